"""An unnamed side named by a later sentence of the lead.

A visit meets the unnamed hosts of the country visited (``抵达柏林``), a pair of countries
holds talks (``中印举行会谈``): the contact's sentence names no one of that side.  When a later
sentence of the lead names, in the clause of one of its contact words, a person of that side
together with a person of another side of the contact (``…与德国外长马斯举行会谈``), that person
is who the side sent: they stand in the contact for the unnamed official.  A person only
mentioned (in a clause without a contact word, or with no one of the other side in the
sentence) fills nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from .lexicon import KIND, VISIT
from .scan import CLAUSE_MARK
from .someone import Someone
from .units import Contact, Unit

__all__ = ["fill_unnamed_sides"]


def _named(p: Someone) -> bool:
    return not (p.vague or p.principal or p.group or p.titled_only) and p.side is not None


def _joined(unit: Unit, side: str, others: list[Someone]) -> list[Someone]:
    """The people of ``side`` a contact word of ``unit`` joins to one of ``others``: a named
    person of the contact's other sides, or anyone of a side the contact names no one of."""
    people = [p for p in unit.people if _named(p)]
    text = unit.text
    negations = unit.negations
    out: list[Someone] = []

    def same_clause(a: int, b: int) -> bool:
        return a <= b and not CLAUSE_MARK.search(text, a, b)

    for cue in unit.mentions[KIND]:
        if any(same_clause(b, cue.start) for _, b in negations if b <= cue.start):
            continue  # 多时没有通电话: no contact to join anyone

        # the candidate shares the cue's clause; the other side stands in that clause or opens
        # the sentence (王毅抵达雅加达，与印尼外长…举行会谈)
        def clause(p: Someone) -> bool:
            return same_clause(p.end, cue.start) if p.end <= cue.start else same_clause(cue.end, p.start)

        # a visit's hosts stand after its word (访台期间将与蔡英文会面) or invited the visitor
        # (应王毅之邀前往访问); someone before it only tells of it (萧美琴证实了惠勒访台)
        mine = [p for p in people if p.side == side and clause(p)
                and (VISIT not in cue.cats or p.start >= cue.end or "邀" in text[p.end:cue.start])]
        if not mine:
            continue
        if any(p.key == q.key if not q.vague else p.side == q.side
               for p in people if clause(p) or p.start < cue.start for q in others):
            out += [p for p in mine if p not in out]
    return out


def fill_unnamed_sides(contact: Contact, units: list[Unit], further: Callable[[], list[Unit]], script: str) -> Contact:
    """``contact`` with each unnamed side replaced by whom a later sentence has it meet.

    ``further`` gives the sentences of the paragraphs past the lead, read only here."""
    vague = [p for p in contact.people if p.vague and p.id is None and p.side is not None]
    if not vague or script != "zh" or contact.unit not in units:
        return contact
    later = [*units[units.index(contact.unit) + 1:], *further()]
    keys = {p.key for p in contact.people}
    people = list(contact.people)
    used = list(contact.units)
    for p in vague:
        others = [q for q in contact.people if q.side is not None and q.side != p.side]
        if not others:
            continue
        for unit in later:
            if not unit.has_cue:
                continue
            found = [q for q in _joined(unit, p.side or "", others) if q.key not in keys]
            if found:
                at = people.index(p)
                people[at:at + 1] = found
                keys |= {q.key for q in found}
                if unit not in used:
                    used.append(unit)
                break
    if people == contact.people:
        return contact
    return Contact(contact.unit, contact.cues, people, used)
