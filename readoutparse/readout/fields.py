"""Stage 4: who asked for the chosen contact and who hosted it (its kind and multilateral: kinds.py;
its status: status.py; its day: contact_day.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .contact_day import CLAUSE_END
from .contacts import TITLE, Contact, Unit
from .cues import CueSet
from .hosts import HOSTED_KINDS, visit_host
from .initiative import is_mutual, proposer, title_sender
from .wishes import wish_before
from .lexicon import COUNTRY, COUNTRY_SHORT, ENTITY, KIND, MODALITY, OFFICE, ORG, RECEIVES, SUBJECT
from .mentions import Mention
from .participants import Someone

__all__ = ["initiator_and_host"]


def _clause_subject(contact: Contact, unit: Unit, before: int) -> Someone | None:
    """The first of the contact's people in the clause before ``before``, not the partner of a
    preposition (和拜登通电话: Biden is no subject)."""
    text = unit.text
    start = max((e.end() for e in CLAUSE_END.finditer(text, 0, before)), default=0)
    for p in unit.people:
        if start <= p.start < before and not p.principal and text[max(0, p.start - 1):p.start] not in _PARTNER:
            return next((q for q in contact.people if q.key == p.key), None)
    return None


_PARTNER = frozenset("和与與同跟")


def _subject(contact: Contact, before: int, language: str | None = None) -> Someone | None:
    """The participant named last before a verb: its subject (习近平致电…, 特朗普…习近平致电慰问)."""
    text = contact.unit.text
    # 向金正恩致贺电, 给拜登打电话, 对特朗普表示慰问: who comes after 向/给/对 receives; the subject is before it
    # (对 only right before someone: not 对抗, 对此).
    cut = max(text.rfind(marker, 0, before) for marker in ("向", "给", "給"))
    addressed = max(text.rfind(marker, 0, before) for marker in ("对", "對"))
    if addressed > cut and any(addressed < p.start <= addressed + _TITLE_REACH and p.end <= before
                               and not _NOT_TITLE.search(text, addressed + 1, p.start) for p in contact.unit.people):
        cut = addressed
    if cut >= 0 and not CLAUSE_END.search(text, cut, before):
        before = cut
    ahead = [p for p in contact.unit.people if not p.principal and p.start < before]
    # "Chủ tịch nước A và Thủ tướng B đã gửi điện", "A and B sent": the first of joint
    # senders speaks for them (Chinese 和/与 also join the two sides of a call, so not there).
    joint = _JOINT.get(language or "")
    while joint is not None and len(ahead) >= 2 and _joined(contact.unit, ahead[-2].end, ahead[-1].start, joint):
        ahead.pop()
    for p in reversed(ahead):
        for q in contact.people:
            if q.key == p.key:
                return q
    return None


_JOINT = {"vi": " và ", "en": " and "}
_TITLE_REACH = 12  # a title between 对 and the name (对中国国家主席习近平)
_NOT_TITLE = re.compile(r"[^\w]")


def _joined(unit: Unit, a: int, b: int, joint: str) -> bool:
    """Two people joined by "và"/"and", with at most a title between, no verb or cue."""
    between = unit.text[a:b]
    return (between.startswith(joint) and len(between) <= 60 and not any(ch in between for ch in ",;.")
            and not any(a < m.start < b for layer in (KIND, MODALITY) for m in unit.mentions[layer]))


def _who(contact: Contact, unit: Unit, a: int, b: int, cues: CueSet, add: bool = True) -> Someone | None:
    people = contact.people
    named = [p for p in unit.people if p.end > a and p.start < b and not p.principal]
    for p in named:
        for q in people:
            if q.key == p.key:
                return q
    codes = {c for m in unit.mentions[ENTITY] if m.end > a and m.start < b
             for cat in (COUNTRY, COUNTRY_SHORT, ORG) for c in m.cats.get(cat, ())}
    side = [p for p in people if p.side in codes]
    if side:
        return side[0]
    # "theo lời mời của Tổng Bí thư", "بدعوة من الرئيس": a bare title names the participant
    # holding that office, when exactly one does.
    offices = {oid for m in unit.mentions[ENTITY] if m.end > a and m.start < b
               for group in m.cats.get(OFFICE, ()) for oid in group}
    holders = [p for p in people if offices & {p.office, p.titled}]
    if not named and len(holders) == 1 and not codes:
        return holders[0]
    if named and add:
        # someone the evidence names only as the inviter (应X邀请) is a participant too; not
        # someone of another sentence (韩正主持召开… after 习近平致电祝贺…)
        people.append(named[0])
        return named[0]
    return None


def _doer(contact: Contact, verb: Mention, language: str | None) -> Someone | None:
    """Who does what ``verb`` says (receives, sends, phones): the sentence's subject before it,
    or in Arabic the first person after it (بعث الرئيس ..., استقبل الرئيس ...)."""
    if language == "ar":
        after = [p for p in contact.unit.people if not p.principal and p.start >= verb.end]
        return next((q for p in after[:1] for q in contact.people if q.key == p.key), None)
    return _subject(contact, verb.start, language)


def initiator_and_host(contact: Contact, units: Sequence[Unit], cues: CueSet,
                       kind: str | None = "meeting") -> tuple[str | None, str | None]:
    ev = contact.unit
    start = list(units).index(ev)
    following = [u for u in units[start + 1:] if ev.paragraph != TITLE and u.paragraph in (ev.paragraph, ev.paragraph + 1)]
    if ev.paragraph == TITLE:
        following = [u for u in units if u.paragraph == 0]
    initiator: Someone | None = None
    host: Someone | None = None
    # The chair of a summit held by video, named in the sentences after it, is one of its people
    # (越南总理阮春福在河内主持会议); the chair of another sentence of a two-sided contact is not.
    summit_chair = kind == "video_call" and len({p.side for p in contact.people}) > 2
    # Words naming who asked (应约, 接受…的邀请, at the request of) are read a little further, in the
    # lead's next paragraphs too, where the story tells how the meeting came about; words of hosting
    # (应…邀请, 主持) only in the evidence's own paragraph and the next.
    further = [u for u in units[start + 1:] if ev.paragraph != TITLE and u not in following
               and ev.paragraph + 1 < u.paragraph <= ev.paragraph + 2
               # a sentence no asking rule matches is not read for the contact's people
               and any(rule.role != "host" and rule.pattern.search(u.text) for rule in cues.initiator)
               and contact_named(u, contact)]
    for unit in [ev, *following, *further]:
        text = unit.text
        hits = sorted(((m, rule) for rule in cues.initiator for m in [rule.pattern.search(text)]
                       if m and (rule.role != "host" or unit not in further)),
                      key=lambda hit: hit[0].start())
        for match, rule in hits:
            if rule.role == "subject":
                # 马克龙当天下午通过电话向拜登与哈里斯道贺: who congratulates by phone placed the call
                # (not in a question or a wish: 是否会…也和拜登通电话向他表示祝贺)
                caller = None if wish_before(unit, match.start(), cues.language) else _clause_subject(
                    contact, unit, match.start())
                if caller is not None and initiator is None:
                    initiator = caller
                continue
            if rule.role == "other_than_subject":
                # the subject of this sentence's verb (刘鹤…应约与莱特希泽通话 in the paragraph after the lead)
                subject = (_subject(Contact(unit, [], contact.people, []), match.start())
                           or (contact.people[0] if contact.people else None))
                # the other side: not the subject, nor someone of the subject's own side
                others = [p for p in contact.people if subject is None or p.key != subject.key]
                others = [p for p in others if subject is None or p.side != subject.side] or others
                if others and initiator is None:
                    initiator = others[0]
                continue
            a, b = match.span("who")
            who = match.group("who").strip().lower()
            which = next((v for k, v in cues.references.items() if who.startswith(k)), None)
            if which is not None:
                before = [p for p in unit.people if p.end <= match.start() and not p.principal]
                found = (before[-1] if which == "last" else before[0]) if before else None
            else:
                found = _who(contact, unit, a, b, cues, add=unit is ev or (summit_chair and rule.role == "host"))
            if found is None:
                continue
            if rule.role == "host":
                if kind in HOSTED_KINDS or (kind == "video_call" and (unit is ev or summit_chair)):
                    host = host or found  # a call or a letter has no host; a video summit its chair
            elif initiator is None:
                initiator = found
        if initiator is not None or host is not None:
            break
    if host is None and kind in HOSTED_KINDS:
        # "Thủ tướng … đã tiếp Đại sứ …", "استقبل الرئيس …", "X received Y": who receives hosts.
        receives = [m for m in ev.mentions[MODALITY] if RECEIVES in m.cats
                    and any(m.start <= c.start < m.end or c.start <= m.start < c.end for c in contact.cues)]
        if receives:
            host = _doer(contact, receives[0], cues.language)
        if host is None:
            host = visit_host(contact)  # 蓬佩奥访问东京期间与茂木敏充会谈: Motegi hosts
        if host is not None and initiator is not None and host.key == initiator.key:
            host = None
    if initiator is None:
        # 致电, sent a message, phoned: the sentence's subject placed the contact; Arabic
        # puts the subject after the verb (بعث الرئيس ...).
        # a sending or calling verb of the contact's own cues' clauses (not 菅义伟…打电话告诉他
        # beside 森喜朗与蔡英文会面)
        spans = [(max((e.end() for e in CLAUSE_END.finditer(ev.text, 0, c.start)), default=0), c.end)
                 for c in contact.cues]
        subject_cues = [m for m in ev.mentions[MODALITY] if SUBJECT in m.cats
                        and (not spans or any(a <= m.start <= b for a, b in spans))]
        if subject_cues:
            # the first verb whose doer stands in its own clause (各国元首纷纷慰问，…习近平今天致电慰问:
            # Xi, not Trump named before the comma); else the first verb's doer
            doers = [(m, _doer(contact, m, cues.language)) for m in subject_cues]
            own = [d for m, d in doers if d is not None and _same_clause(ev.text, d, m)]
            initiator = own[0] if own else doers[0][1]
        if any(is_mutual(ev, m.start) for m in [*contact.cues, *subject_cues[:1]]) or _several_senders(
                contact, cues.language) or _round_up(contact, units):
            initiator = None  # 互致贺电, exchanged messages: both sent; a round-up of many senders
        elif initiator is None:
            initiator = (proposer(contact, units)
                         or title_sender(contact, units, lambda u, at: _subject(Contact(u, [], contact.people, []), at)))
    return (None if initiator is None else initiator.key), (None if host is None else host.key)


def _same_clause(text: str, who: Someone, verb: Mention) -> bool:
    a, b = (who.end, verb.start) if who.end <= verb.start else (verb.end, who.start)
    return not CLAUSE_END.search(text, a, b)


def contact_named(unit: Unit, contact: Contact) -> bool:
    """A sentence naming two of the contact's people (it tells of the same contact)."""
    keys = {p.key for p in contact.people}
    named = keys & {p.key for p in unit.people if not p.principal}
    return len(named) >= 2 or (len(named) == 1 and _PRONOUN.search(unit.text) is not None)


_PRONOUN = re.compile(r"[他她]|\b(?:he|she)\b|\bông\b|\bbà\b")


def _round_up(contact: Contact, units: Sequence[Unit]) -> bool:
    """The lead opens on messages from the leaders of many countries (``lãnh đạo các nước Lào, Trung
    Hoa, Campuchia, … đã có Điện và Thư chúc mừng``, ``多国领导人…致电``): the message read is one
    of many, sent on one occasion, so no one sender initiated it."""
    if not any("message_exchange" in c.cats["cue"] for c in contact.cues):
        return False
    for unit in units:
        if unit.paragraph != 0 or not unit.has_cue:
            continue
        messages = [c for c in unit.mentions[KIND] if "message_exchange" in c.cats.get("cue", ())]
        if not messages:
            continue
        senders = {code for m in unit.mentions[ENTITY] if m.end <= messages[0].start
                   for cat in (COUNTRY, COUNTRY_SHORT) for code in m.cats.get(cat, ())}
        if len(senders) >= 3:
            return True
    return False


def _several_senders(contact: Contact, language: str | None) -> bool:
    """A round-up: the sentences the contact was read from send from two sides or more."""
    sent: set[str] = set()
    for unit in contact.units:
        if unit.paragraph == TITLE:
            continue
        verbs = [m for m in unit.mentions[MODALITY] if SUBJECT in m.cats]
        if not verbs:
            continue
        if language == "ar":
            after = [p for p in unit.people if not p.principal and p.start >= verbs[0].end]
            sender = after[0] if after else None
        else:
            # "Tổng Bí thư Đảng … Lào; Thủ tướng … Campuchia; … đã gửi điện": senders listed by semicolons
            ahead = [p for p in unit.people if not p.principal and p.end <= verbs[0].start and p.side is not None]
            listed = [p for p in ahead if ";" in unit.text[p.end:verbs[0].start] or unit.text[p.end:p.end + 1] == ";"]
            sent |= {p.side for p in listed if p.side is not None} | (
                {p.side for p in ahead[-1:] if p.side is not None} if listed else set())
            sender = _subject(Contact(unit, [], contact.people, []), verbs[0].start, language)
        if sender is not None and sender.side is not None:
            sent.add(sender.side)
    return len(sent) >= 2
