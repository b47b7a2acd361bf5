"""Whether the chosen contact took place or is announced (``status``: held or planned), from
the modality words around its cue, its title and the lead's earlier sentences."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .contact_day import CLAUSE_END
from .contacts import TITLE, Contact, Unit, sides
from .cues import cue_data
from .summits import is_multi
from .lexicon import (ATTENDANCE, COUNTRY, COUNTRY_SHORT, CUE, ENTITY, HELD, KIND, MODALITY, ORG, PLANNED)
from .scan import LANGUAGES, alternation, fold_key

__all__ = ["appointed_to_attend", "stated_held", "status_of"]

# Modality words that may follow the contact they qualify ("会议将于10月举行"); 即将 does
# not ("会见即将离任的大使").
_PLANNED_AFTER = frozenset({"将于", "將於", "将在", "將在", "定于", "定於", "拟于", "擬於", "计划于", "計劃於",
                            "is scheduled to", "is expected to", "is set to", "من المقرر", "dự kiến"})
_PLANNED_SUBJECT = frozenset({"将", "將", "将会", "將會", "预计", "預計", "可望", "料将", "料將", "或将", "或將"})
# Words that announce the contact they follow and only that one: 峰会前夕 (on the eve of the
# summit), 中欧峰会在即 (the summit is near); before a cue they date another event (访欧前夕，…通话).
_AFTER_ONLY = frozenset({"前夕", "在即"})
_PAREN = re.compile(r"[（(][^（）()]{0,60}[）)]")


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
                if _qualifies_someone(unit, m.start, m.end, cue.start):
                    continue  # 将与刚刚当选的市长…会谈: the tense of the person's modifier
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
        if script == "zh" and _attendees_to_come(contact):
            return "planned"
    # Arabic future prefix glued to the verb cue itself: سيلتقي، ستعقد.
    if script == "ar" and any(m.text.startswith(("سي", "ست")) and PLANNED in m.cats for m in unit.mentions[MODALITY]
                              if abs(m.start - cue.start) <= 2):
        return "planned"
    if best is None:
        return None
    return "planned" if best[1] == PLANNED else "held"


# A modifier of a person ends in 的 right before that person's phrase; it opens after the
# partner word or verb that governs the person, so a modality word with one of these between
# itself and the 的 is the contact's (将与新任的首相会谈), not the modifier's.
_MODIFIER_END = 8  # characters from the 的 to the name, a title between (的上海新市长龚正: 5)
_PARTNER_BEFORE = re.compile(r"[与與同和跟]")  # 将与刚当选的拜登通话: the modifier opens the partner
_MODIFIER_OPENERS = re.compile(r"[与與同和跟对對向给給]|会见|會見|接见|接見|致电|致電|会晤|會晤")


def _qualifies_someone(unit: Unit, before: int, start: int, cue: int) -> bool:
    """The words from ``start`` to the cue run on into a ``…的`` modifier of someone the sentence
    names before the cue (``刚刚在星期二当选的上海新市长龚正``): the modality word from ``before``
    to ``start`` tells that person's past or future, not the contact's.  Not where the person and
    the cue are one noun phrase (``…的克拉夫特访台``) and no partner word opens the modifier."""
    text = unit.text
    for p in unit.people:
        if not start < p.start < cue:
            continue
        mark = text.rfind("的", start, p.start)
        if (mark < 0 or p.start - mark - 1 > _MODIFIER_END or CLAUSE_END.search(text, start, mark)
                or _MODIFIER_OPENERS.search(text, start, mark)
                or any(start <= q.start < mark for q in unit.people)):
            continue
        if cue - p.end <= 1 and not _PARTNER_BEFORE.search(text, max(0, before - 2), before):
            continue  # 原本安排在今天的克拉夫特访台: the modifier is of the person's visit, the contact
        return True
    return False


_ATTENDEE_REACH = 3  # characters from the last attendee named to the future word of their verb


def _attendees_to_come(contact: Contact) -> bool:
    """``…改为视频会议，习近平、默克尔和米歇尔将参加``: the contact's people, after its cue in the
    same sentence, are the subject of a future attendance verb (将 right before 参加, 出席)."""
    unit = contact.unit
    cue = contact.cues[0]
    text = unit.text
    modal = unit.mentions[MODALITY]
    for m in modal:
        if PLANNED not in m.cats or m.text not in _PLANNED_SUBJECT or m.start < cue.end:
            continue
        if re.search(r"[；;。!！?？]", text[cue.end:m.start]):
            continue
        if not any(ATTENDANCE in a.cats and a.start == m.end for a in modal):
            continue
        if any(0 <= m.start - p.end <= _ATTENDEE_REACH and p.start > cue.end for p in contact.people):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _not_modal_pattern() -> re.Pattern[str] | None:
    words = [fold_key(w) for ws in cue_data().get("not_modal", {}).values() if isinstance(ws, list) for w in ws]
    return re.compile(alternation(words), re.IGNORECASE) if words else None


def _not_modal(text: str, language: str | None) -> list[tuple[int, int]]:
    pattern = _not_modal_pattern()
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]
