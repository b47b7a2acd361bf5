"""Stage 4: the fields of the chosen contact: kind, status, initiator, host, multilateral (its day: contact_day.py)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .contact_day import CLAUSE_END
from .contacts import TITLE, Contact, Unit, sides
from .cues import CueSet, cue_data
from .hosts import HOSTED_KINDS, visit_host
from .initiative import is_mutual, proposer, title_sender
from .summits import is_multi
from .wishes import wish_before
from .lexicon import (BILATERAL, CARRY, COUNTRY, COUNTRY_SHORT, CUE, ENTITY, HELD, KIND, MODALITY, MULTI, OFFICE, ORG, PLANNED,
                      RECALL, RECEIVES, SEPARATELY, SUBJECT)
from .mentions import Mention
from .participants import Someone
from .scan import LANGUAGES, alternation, fold_key

__all__ = ["appointed_to_attend", "initiator_and_host", "joining_cues", "kind_of", "multilateral", "stated_held", "status_of"]

# Modality words that may follow the contact they qualify ("会议将于10月举行"); 即将 does
# not ("会见即将离任的大使").
_PLANNED_AFTER = frozenset({"将于", "將於", "将在", "將在", "定于", "定於", "拟于", "擬於", "计划于", "計劃於",
                            "is scheduled to", "is expected to", "is set to", "من المقرر", "dự kiến"})
_PLANNED_SUBJECT = frozenset({"将", "將", "将会", "將會", "预计", "預計", "可望", "料将", "料將", "或将", "或將"})
# Words that announce the contact they follow and only that one: 峰会前夕 (on the eve of the
# summit), 中欧峰会在即 (the summit is near); before a cue they date another event (访欧前夕，…通话).
_AFTER_ONLY = frozenset({"前夕", "在即"})
_PAREN = re.compile(r"[（(][^（）()]{0,60}[）)]")


# 致电 is a cable or a call: a cable when its clause congratulates, condoles or thanks
# (习近平致电祝贺…), a call otherwise (莫迪致电拜登谈印太合作).
_CABLE_OR_CALL = frozenset({"致电", "致電"})
_CABLE_WORDS = re.compile(r"祝贺|祝賀|贺|賀|慰问|慰問|问候|問候|吊唁|弔唁|唁|哀悼|致哀|感谢|感謝|致意|祝愿|祝願|恭喜")


def kind_of(contact: Contact, cues: CueSet, lead: Sequence[Unit] = ()) -> str | None:
    kinds = [k for m in _in_person(contact, cues.language) for k in m.cats["cue"] if k != "contact"]
    if kinds and all(m.text in _CABLE_OR_CALL for m in contact.cues if "message_exchange" in m.cats["cue"]):
        text = contact.unit.text
        cables = [m for m in contact.cues if m.text in _CABLE_OR_CALL]
        if cables and not any(_CABLE_WORDS.search(_clause_around(text, m.start, m.end)) for m in cables):
            kinds = ["phone_call" if k == "message_exchange" else k for k in kinds]
    best = cues.best_kind(kinds)
    if best == "message_exchange" and _delivered_in_person(contact, cues.language):
        return "meeting"  # 森喜朗率团到台湾吊唁: the condolences are a visit's, brought in person
    if best == "meeting" and _online(contact, cues.language):
        return "video_call"  # 我们今天还能够在线上见面: a meeting held online
    if best == "meeting" and multilateral(contact) and summit_online_nearby(contact, lead):
        return "video_call"  # 欧盟与中国14日举行峰会…。…进行线上视频峰会后: the summit was held online
    return best


# How far after the summit's paragraph a sentence may tell how it was held: a digest's heading
# may stand between (金砖国家召开峰会 / 金砖国家分歧加大 / …关注今天举行的…视频峰会).
_WAY_REACH = 2


def summit_online_nearby(contact: Contact, lead: Sequence[Unit]) -> bool:
    """A multilateral meeting that another sentence of its paragraph (or of the next two, the first
    ones for a title's summit) names by a video cue of a multilateral meeting (``视频峰会``,
    ``视频会议``) that it neither announces nor recalls: the story's summit was held online."""
    unit = contact.unit
    paragraph = max(unit.paragraph, 0)
    for u in lead:
        if u is unit or not u.has_cue or u.paragraph == TITLE or not 0 <= u.paragraph - paragraph <= _WAY_REACH:
            continue
        for m in u.mentions[KIND]:
            if CUE not in m.cats or "video_call" not in m.cats[CUE] or not is_multi(u, m):
                continue
            a = max((e.end() for e in CLAUSE_END.finditer(u.text, 0, m.start)), default=0)
            ends = CLAUSE_END.search(u.text, m.end)
            b = ends.start() if ends else len(u.text)
            if not any(mod.cats.keys() & {PLANNED, RECALL} and a <= mod.start < b for mod in u.mentions[MODALITY]):
                return True  # not 双方下月还将举行视频峰会: another summit's way
    return False


@functools.lru_cache(maxsize=8)
def _online_words(language: str | None) -> re.Pattern[str] | None:
    data = cue_data().get("online", {})
    words = [fold_key(w) for lang in ((language,) if language in data else LANGUAGES) for w in data.get(lang, ())]
    if not words:
        return None
    body = alternation(words)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if language in ("en", "vi") else body, re.IGNORECASE)


def _online(contact: Contact, language: str | None) -> bool:
    """A word of being online in the clause of one of the contact's meeting cues."""
    pattern = _online_words(language)
    if pattern is None:
        return False
    text = contact.unit.text
    for m in contact.cues:
        if "meeting" not in m.cats["cue"]:
            continue
        a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start)), default=0)
        ends = CLAUSE_END.search(text, m.end)
        if pattern.search(text, a, ends.start() if ends else len(text)):
            return True
    return False


def joining_cues(contact: Contact, cues: Sequence[Mention]) -> list[Mention]:
    """The cues whose clause names people of two sides, when some do: ``森喜朗在与蔡英文会面中…，
    菅义伟昨天上午直接打电话告诉他``: the meeting, not Suga's call to Mori.  A cue its clause
    recalls (``此前双方在周一通话``) gives way to the others (``将举行面对面会晤``)."""
    unit = contact.unit
    text = unit.text
    recalls = [m for m in unit.mentions[MODALITY] if RECALL in m.cats]
    fresh = [c for c in cues if not any(m.end <= c.start and not CLAUSE_END.search(text, m.end, c.start)
                                        for m in recalls)]
    cues = fresh or list(cues)
    people = [p for p in unit.people if not p.principal and p.side is not None]
    kept = []
    for cue in cues:
        a = max((m.end() for m in CLAUSE_END.finditer(text, 0, cue.start)), default=0)
        ends = CLAUSE_END.search(text, cue.end)
        b = ends.start() if ends else len(text)
        if len({p.side for p in people if a <= p.start < b}) >= 2:
            kept.append(cue)
    return kept or list(cues)


@functools.lru_cache(maxsize=8)
def _in_person_words(language: str | None) -> re.Pattern[str] | None:
    data = cue_data().get("in_person", {})
    words = [fold_key(w) for lang in ((language,) if language in data else LANGUAGES) for w in data.get(lang, ())]
    return re.compile(alternation(words), re.IGNORECASE) if words else None


def _in_person(contact: Contact, language: str | None) -> list[Mention]:
    """The cues a kind is read from: a message cue beside a word of travelling or of a delegation
    gives way to the meeting cue of the sentence (总统接见日本弔唁团: a meeting, not a message)."""
    cues = list(contact.cues)
    meetings = [m for m in cues if "meeting" in m.cats["cue"]]
    pattern = _in_person_words(language)
    if not meetings or pattern is None:
        return cues
    text = contact.unit.text
    kept = []
    for m in cues:
        if "message_exchange" in m.cats["cue"] and "meeting" not in m.cats["cue"]:
            a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start)), default=0)
            ends = CLAUSE_END.search(text, m.end)
            b = ends.start() if ends else len(text)
            if pattern.search(text, a, b):
                continue
        kept.append(m)
    return kept or cues


def _delivered_in_person(contact: Contact, language: str | None) -> bool:
    """Every message cue of the contact follows, in its clause, a word of travelling, of a
    delegation or of carrying (``率团到台湾吊唁``, ``替菅义伟带口信``, ``向普京转交…亲笔信``): the
    message is brought in person, and the contact is the meeting where it is."""
    pattern = _in_person_words(language)
    messages = [m for m in contact.cues if "message_exchange" in m.cats["cue"] and "meeting" not in m.cats["cue"]]
    if pattern is None or not messages:
        return False
    text = contact.unit.text
    carried = [m.start for m in contact.unit.mentions[MODALITY] if CARRY in m.cats]
    for m in messages:
        a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start)), default=0)
        word = pattern.search(text, a, m.end)
        if not (word and word.start() < m.start) and not any(a <= c < m.start for c in carried):
            return False
    return True


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a word sits in, a comma before 并/祝贺… continuing it (致电拜登，祝贺他当选)."""
    a = max(text.rfind(ch, 0, start) for ch in "。；;！？!?")
    b = min([i for i in (text.find(ch, end) for ch in "。；;！？!?") if i >= 0] or [len(text)])
    return text[a + 1:b]


@functools.lru_cache(maxsize=8)
def _planned_patterns(language: str | None) -> tuple[re.Pattern[str], ...]:
    data = cue_data().get("planned_patterns", {})
    langs = (language,) if language in data else LANGUAGES
    return tuple(re.compile(p, re.IGNORECASE) for lang in langs for p in data.get(lang, ()))


def appointed_to_attend(contact: Contact, language: str | None) -> bool:
    """Someone appointed or sent to attend (``特朗普宣布任命奥布莱恩作为他的特使，参加…峰会``): the
    contact is announced, though no planned word stands before its cue."""
    text = contact.unit.text
    for pattern in _planned_patterns(language):
        for m in pattern.finditer(text):
            if any(0 <= c.start - m.end() <= 40 and not re.search(r"[。；;.!?！？]", text[m.end():c.start])
                   for c in contact.cues):
                return True
    return False


def status_of(contact: Contact, script: str, title: Unit | None = None, lead: Sequence[Unit] = ()) -> str:
    """``planned`` when the nearest modality word before the contact's cue says so (将于, will, sẽ, سوف).

    Where the evidence says neither, a Chinese title that announces a contact of the same
    sides decides (``印日首脑预计下月初举行视频峰会`` over ``莫迪与安倍在会面中预计还会…``);
    then an earlier sentence of the lead telling of the same occasion (:func:`_told_before`).
    """
    stated = _stated_status(contact, script)
    if stated is not None:
        return stated
    if (script == "zh" and title is not None and title is not contact.unit and _title_announces(title, script)
            and (sides(title.people) & sides(contact.people) or _title_names_sides(title, contact))):
        return "planned"
    return _told_before(contact, script, lead) or "held"


# Planned words that only guess or hope (有可能也是会谈成员).
_HEDGES = frozenset({"有可能", "可能", "可能会", "可能會", "或许", "或許", "也许", "也許", "期待", "盼", "有意"})
# The lead's sentences a tenseless contact may borrow its status from: those of its first two
# paragraphs before it (all of them, for a title's contact).
_TOLD_PARAGRAPHS = 2


def _told_before(contact: Contact, script: str, lead: Sequence[Unit]) -> str | None:
    """The status an earlier sentence of the lead states for the same occasion, when the evidence
    states none: ``APEC視訊領袖峰會 蔡總統10時宣布…`` under ``…領袖峰會將首度以視訊方式舉行``,
    ``今年的…峰會…分別由…主辦`` after ``習近平將首先於17日出席金磚國家第12次峰會``.  The same
    occasion is the same cue word, or a summit's word for a summit; only a title's contact or a
    summit borrows."""
    unit = contact.unit
    words = {c.text for c in contact.cues}
    summit = any(is_multi(unit, c) for c in contact.cues)
    if unit.paragraph != TITLE and not summit:
        return None  # a lead's own two-sided contact untensed is told as done (习近平同普京举行会谈)
    for u in lead:
        if u is unit and unit.paragraph != TITLE:
            break
        if u.paragraph == TITLE or u.paragraph >= _TOLD_PARAGRAPHS or not u.has_cue:
            continue
        # a weak summit word counts here: it needs no one beside it to name the same occasion
        same = [c for c in u.mentions[KIND] if CUE in c.cats and (c.text in words or (summit and is_multi(u, c)))]
        for c in same:
            a = max((e.end() for e in CLAUSE_END.finditer(u.text, 0, c.start)), default=0)
            if any(PLANNED in m.cats and m.text in _HEDGES and a <= m.start < c.start for m in u.mentions[MODALITY]):
                continue  # 一位高级官员有可能也是会谈成员: a guess, not an announcement
            stated = _stated_status(Contact(u, [c], u.people, [u]), script)
            if stated is not None:
                return stated
    return None


# Hopes are no announcements: 期盼四方外长会谈有重大成果.
_WISHES = frozenset({"期待", "盼", "有意", "准备", "準備", "打算", "安排", "就会", "才会", "就會", "才會"})


def _title_announces(title: Unit, script: str) -> bool:
    """A planned word before a cue in one phrase of the title (a space ends a title's phrase)."""
    text = title.text
    for cue in title.cues(script):
        for m in title.mentions[MODALITY]:
            between = text[m.end:cue.start]
            if m.text in _AFTER_ONLY and PLANNED in m.cats and 0 <= m.start - cue.end <= 2:
                return True  # 中欧峰会在即
            if (PLANNED in m.cats and m.end <= cue.start and m.text not in _WISHES | _AFTER_ONLY and len(between) <= 20
                    and not any(ch.isspace() for ch in between) and not CLAUSE_END.search(between)):
                return True
    return False


def stated_held(contact: Contact, script: str) -> bool:
    """The evidence says in so many words that the contact took place (已, 了, had)."""
    return _stated_status(contact, script) == "held"


def _title_names_sides(title: Unit, contact: Contact) -> bool:
    codes = {c for m in title.mentions[ENTITY] for cat in (COUNTRY, COUNTRY_SHORT, ORG) for c in m.cats.get(cat, ())}
    return len(codes & sides(contact.people)) >= 2


def _stated_status(contact: Contact, script: str) -> str | None:
    unit = contact.unit
    cue = contact.cues[0]
    text = unit.text
    best: tuple[int, str] | None = None
    inert = _not_modal(text, None)
    for m in unit.mentions[MODALITY]:
        if any(a <= m.start and m.end <= b for a, b in inert):
            continue  # 已故, 了解, 为了: no tense
        for category in (PLANNED, HELD):
            if category not in m.cats:
                continue
            if m.text in _AFTER_ONLY:
                continue  # read after the cue only (below)
            if m.start <= cue.start:
                # The same clause only: "…说，他将于…" still counts, "…将…。他会见" does not.
                between = text[m.end:cue.start]
                if len(between) > 90 or CLAUSE_END.search(_PAREN.sub("", between)):
                    continue
                if m.text in ("即将", "即將") and "的" in between[:8]:
                    continue  # 即将离任的首相: the word qualifies a person, not the contact
                if best is None or m.start >= best[0]:
                    best = (m.start, category)
            elif m.start - cue.end <= (3 if script == "zh" else 2) and category == PLANNED and script == "ar":
                best = (m.start, category)
    if best is None:
        # The contact named first, its modality after: "外长会议最快将于10月初举行".
        for m in unit.mentions[MODALITY]:
            if (PLANNED in m.cats and m.text.lower() in _PLANNED_AFTER and 0 <= m.start - cue.end <= 24
                    and not CLAUSE_END.search(text, cue.end, m.start)):
                return "planned"
            # "峰会将提前到9月初举行", "会谈预计下周举行": the contact is the subject of the future
            # (not "会谈后将签署", something after it).
            if (PLANNED in m.cats and m.text in _PLANNED_SUBJECT | _AFTER_ONLY and 0 <= m.start - cue.end <= 2
                    and not any(ch in "后後中时時上前" for ch in text[cue.end:m.start])):
                return "planned"
    # Arabic future prefix glued to the verb cue itself: سيلتقي، ستعقد.
    if script == "ar" and any(m.text.startswith(("سي", "ست")) and PLANNED in m.cats for m in unit.mentions[MODALITY]
                              if abs(m.start - cue.start) <= 2):
        return "planned"
    if best is None:
        return None
    return "planned" if best[1] == PLANNED else "held"


@functools.lru_cache(maxsize=1)
def _not_modal_pattern() -> re.Pattern[str] | None:
    words = [fold_key(w) for ws in cue_data().get("not_modal", {}).values() if isinstance(ws, list) for w in ws]
    return re.compile(alternation(words), re.IGNORECASE) if words else None


def _not_modal(text: str, language: str | None) -> list[tuple[int, int]]:
    pattern = _not_modal_pattern()
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


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
    # 向金正恩致贺电, 给拜登打电话: who comes after 向/给 receives; the subject is before it.
    cut = max(text.rfind(marker, 0, before) for marker in ("向", "给", "給"))
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
               and ev.paragraph + 1 < u.paragraph <= ev.paragraph + 2 and contact_named(u, contact)]
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
            if cues.language == "ar":
                after = [p for p in ev.people if not p.principal and p.start >= receives[0].end]
                host = next((q for p in after[:1] for q in contact.people if q.key == p.key), None)
            else:
                host = _subject(contact, receives[0].start, cues.language)
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
            if cues.language == "ar":
                after = [p for p in ev.people if not p.principal and p.start >= subject_cues[0].end]
                initiator = next((q for p in after[:1] for q in contact.people if q.key == p.key), None)
            else:
                initiator = _subject(contact, subject_cues[0].start, cues.language)
        if any(is_mutual(ev, m.start) for m in [*contact.cues, *subject_cues[:1]]) or _several_senders(
                contact, cues.language) or _round_up(contact, units):
            initiator = None  # 互致贺电, exchanged messages: both sent; a round-up of many senders
        elif initiator is None:
            initiator = (proposer(contact, units)
                         or title_sender(contact, units, lambda u, at: _subject(Contact(u, [], contact.people, []), at)))
    return (None if initiator is None else initiator.key), (None if host is None else host.key)


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


def multilateral(contact: Contact) -> bool:
    mods = contact.unit.mentions[MODALITY]
    if any(p.group for p in contact.people):
        return True
    if any(SEPARATELY in m.cats for m in mods):
        return False  # 分别会见, met separately: bilateral meetings one after another
    if len(sides(contact.people)) >= 3 or (len(sides(contact.people)) < 2
                                            and all(p.side is not None for p in contact.people)):
        return True  # three sides, or one member named at its organisation's summit (not a private counterpart)
    return any(MULTI in m.cats for m in mods) and not any(BILATERAL in m.cats and MULTI not in m.cats for m in mods)
