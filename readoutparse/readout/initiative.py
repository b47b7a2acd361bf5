"""Who took the initiative, when the evidence sentence does not say.

Three shapes the lead uses beyond the evidence sentence's own words:

- the contact named as the subject of a proposal, anywhere in the lead:
  ``此次电话会谈由日方提议``, ``会谈由中方提出``, ``the call was requested by Tokyo``;
- the title's sending or calling verb (``特鲁多致电祝贺拜登``, ``普京向拜登发出贺电``) when the
  evidence is a body sentence that only says they spoke;
- a mutual exchange (``互致贺电``, ``exchanged messages``) has no initiator at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .contacts import TITLE, Contact, Unit
from .lexicon import COUNTRY, COUNTRY_SHORT, ENTITY, MODALITY, ORG, PERSON, SHORT, SUBJECT
from .participants import Someone

__all__ = ["is_mutual", "proposer", "title_sender"]

_CONTACT_NOUN = r"(?:会谈|會談|会晤|會晤|会见|會見|通话|通話|电话|電話|会面|會面|见面|見面|call|meeting|talks)"
_PROPOSED = re.compile(
    _CONTACT_NOUN + r"[^，。；,;.]{0,8}?由(?P<who>[^，。；,;]{1,16}?)(?:一方)?(?:主动)?(?:提议|提議|提出|发起|發起|请求|請求|要求|安排)"
    r"|" + _CONTACT_NOUN + r" (?:was|were) (?:requested|proposed|initiated|sought) by (?P<who2>[^,;.]{1,40})")
_PHRASE_END = re.compile(r"[\s，,。；;：:！？!?]")
_MUTUAL = re.compile(r"互致|互通|互发|互發|相互致|彼此致|exchanged|mutual")


def is_mutual(unit: Unit, cue_start: int) -> bool:
    """``习近平同哈莉玛互致贺电``: both sent, neither initiated."""
    return any(0 <= cue_start - m.start() <= 4 or m.start() <= cue_start < m.end()
               for m in _MUTUAL.finditer(unit.text))


def proposer(contact: Contact, units: Sequence[Unit]) -> Someone | None:
    """The participant a sentence of the lead says proposed the contact (by name or by side)."""
    for unit in units:
        if unit.paragraph == TITLE or unit.paragraph > 3:
            continue
        for match in _PROPOSED.finditer(unit.text):
            group = "who" if match.group("who") is not None else "who2"
            a, b = match.span(group)
            found = _side_or_person(contact, unit, a, b)
            if found is not None:
                return found
    return None


def title_sender(contact: Contact, units: Sequence[Unit],
                 subject: Callable[[Unit, int], Someone | None]) -> Someone | None:
    """The subject of the title's sending or calling verb, when it is one of the contact's people."""
    if contact.unit.paragraph == TITLE:
        return None
    title = next((u for u in units if u.paragraph == TITLE), None)
    if title is None or not title.has_cue:
        return None
    verbs = [m for m in title.mentions[MODALITY] if SUBJECT in m.cats]
    if not verbs or is_mutual(title, verbs[0].start):
        return None
    who = subject(title, verbs[0].start)
    if who is None:
        return None
    # 特朗普与日本新首相通话：有问题随时打电话: a verb in another phrase of the title is not its
    # subject's (a space or a colon ends a title's phrase).
    ahead = [p for p in title.people if p.end <= verbs[0].start and not p.principal]
    if ahead and _PHRASE_END.search(title.text, ahead[-1].end, verbs[0].start):
        return None
    # 约翰逊与默克尔分别向拜登致电: several senders, no one initiator.
    cut = max([title.text.rfind(marker, 0, verbs[0].start) for marker in ("向", "给", "給")])
    end = cut if cut >= 0 else verbs[0].start
    # names as found, resolved or not (an ambiguous short form is still someone)
    names = {m.start for m in title.mentions[ENTITY] if m.cats.keys() & {PERSON, SHORT} and m.start < end}
    if len(names | {p.start for p in title.people if p.start < end}) > 1:
        return None
    return next((p for p in contact.people if p.key == who.key), None)


def _side_or_person(contact: Contact, unit: Unit, a: int, b: int) -> Someone | None:
    named = [p for p in unit.people if p.end > a and p.start < b and not p.principal]
    for p in named:
        for q in contact.people:
            if q.key == p.key:
                return q
    codes = {c for m in unit.mentions[ENTITY] if m.end > a and m.start < b
             for cat in (COUNTRY, COUNTRY_SHORT, ORG) for c in m.cats.get(cat, ())}
    return next((p for p in contact.people if p.side in codes), None)
