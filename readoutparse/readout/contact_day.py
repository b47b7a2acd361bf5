"""The contact's own day: the date bound to its verb phrase, resolved against the story's day.

Read from the evidence, its paragraph and the lead (then later retellings), never from the
reporting verb (``朝中社今天报道``); a planned contact's day is resolved forward, and month-only
phrases (``上月``, ``last December``) block the fall-back to the story's day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence

from .contacts import TITLE, Contact, Unit
from .cues import cue_data
from .lexicon import BILATERAL, CUE, ENTITY, HELD, KIND, MODALITY, MULTI, ORG, PLANNED, REPORTING, VAGUE, VISIT
from .relative_dates import DateMention, find_dates, resolve, resolve_forward
from .same_day import same_day
from .sides import sides

__all__ = ["CLAUSE_END", "event_date", "lasts_days"]

# "计划…到访日本，并与…会谈" is one clause: a comma before 并/将/与 continues it.
CLAUSE_END = re.compile(r"，(?![并並将將还還也与與同和再])|[；;。!！?？]|, (?!and )")


def _scopes(contact: Contact, units: Sequence[Unit], planned: bool, script: str) -> list[Unit]:
    ev = contact.unit
    if planned:
        return [ev, *_announced_again(contact, units)]
    same = [u for u in units if u.paragraph == ev.paragraph and u is not ev and ev.paragraph != TITLE]
    # A caption-like short paragraph leaves the day to the paragraph after it.
    short = ev.paragraph != TITLE and sum(len(u.text) for u in units if u.paragraph == ev.paragraph) < 80
    after = [u for u in units if short and u.paragraph == ev.paragraph + 1]
    # A summary lead restated with its day in the next paragraph (VOV's sapo, then "ngày
    # 5/10/2022, Chủ tịch nước … đã gửi điện …"): the same kind of cue and two of its people.
    kinds = {k for m in contact.cues for k in m.cats[CUE]}
    keys = {p.key for p in contact.people}
    restated = [u for u in units if ev.paragraph != TITLE and u.paragraph == ev.paragraph + 1 and u not in after
                and u.has_cue and kinds & {k for m in u.mentions[KIND] if CUE in m.cats for k in m.cats[CUE]}
                and len(keys & {p.key for p in u.people}) >= 2]
    lead = [u for u in units if u.paragraph == 0 and u is not ev and u not in restated]
    return [ev] + same + after + restated + lead


def _announced_again(contact: Contact, units: Sequence[Unit]) -> list[Unit]:
    """Sentences of the lead announcing the same contact again (a planned word, the evidence's cue
    word, and one of its people): ``11月20日，特朗普将参加…峰会`` beside ``特朗普计划本周出席虚拟的亚太峰会``.
    Only their dates bound to a cue are read."""
    ev = contact.unit
    if ev.paragraph == TITLE:
        return []
    # not a visit's day: a stay of several days begins before the meeting (菅义伟18日出访…19日会谈)
    words = {c.text for c in contact.cues if VISIT not in c.cats}
    keys = {p.key for p in contact.people if not p.vague}
    out = []
    for u in units:
        if u is ev or not 0 <= u.paragraph <= max(ev.paragraph, 0) + 1 or not u.has_cue:
            continue
        if not any(PLANNED in m.cats for m in u.mentions[MODALITY]):
            continue
        own = [c for c in u.mentions[KIND] if CUE in c.cats and VISIT not in c.cats]
        if any(c.text in words for c in own) and keys & {p.key for p in u.people}:
            out.append(u)
    return out


def _restated(contact: Contact, units: Sequence[Unit], seen: Sequence[Unit], script: str) -> list[Unit]:
    """Later sentences that tell the same contact again, its two sides named by the same
    people beside a cue (``王毅与苏杰生周四(9月10日)在莫斯科进行了…会晤`` after a lead that
    gives no day): their day is the contact's when the evidence and the lead give none."""
    keys = {p.key for p in contact.people if p.id is not None}
    if len(keys) < 2:
        return []
    out = []
    for u in units:
        if u.paragraph == TITLE or u in seen or not u.has_cue or not u.cues(script):
            continue
        named = {p.key for p in u.people if not p.principal}
        if len(named & keys) >= 2 and len(sides([p for p in contact.people if p.key in named])) >= 2:
            out.append(u)
    return out


def _bound_to_reporting(unit: Unit, mention: DateMention, script: str, keys: frozenset[str] = frozenset()) -> bool:
    """``朝中社今天报道``: a day that belongs to the reporting verb, not to the contact.

    In Chinese the reporting verb may stand a few words after its day (``她1月14日透过推特表示``,
    ``菅义伟14日首度明确表示``): still its day when no contact cue and no clause end come between.
    Not when the verb is said to one of the contact's own people (``欧盟领导人周一对习近平表示``,
    ``keys``): that is the contact itself.
    """
    reach = 3 if script == "zh" else 12
    if script == "ar" and _AR_THAT.match(unit.text, mention.end):
        # "أعلنت المتحدثة … اليوم (الجمعة) أن الرئيس … سيقوم": the day ends the reporting clause.
        return any(REPORTING in m.cats and m.end <= mention.start for m in unit.mentions[MODALITY])
    for m in unit.mentions[MODALITY]:
        if REPORTING not in m.cats or m.start < mention.end:
            continue
        if script == "zh" and _said_to(unit, mention.end, m.start, keys):
            continue
        gap = m.start - mention.end
        if gap <= reach:
            return True
        if (script == "zh" and gap <= _ZH_REPORTING_REACH and not CLAUSE_END.search(unit.text, mention.end, m.start)
                and not any(mention.end <= c.start < m.start and not _topic_before(unit.text, mention.end, c.start)
                            for c in unit.mentions[KIND])):
            return True
    return False


# 就…会晤发文表示, 针对…会面表示: a contact that is only the topic of what is said
_TOPIC = re.compile(r"就|针对|針對|对于|對於")


def _topic_before(text: str, a: int, b: int) -> bool:
    """A topic word opens the words between a day and a contact cue (今天就中印外长会晤发文表示)."""
    found = _TOPIC.search(text, a, b)
    return found is not None and found.start() - a <= 2


_ZH_REPORTING_REACH = 12
_ADDRESSED = frozenset("对向對")


def _said_to(unit: Unit, a: int, b: int, keys: frozenset[str]) -> bool:
    """One of the contact's people, after 对/向 and at most a title (对中国国家主席习近平), stands
    between a day and its reporting verb."""
    text = unit.text
    if CLAUSE_END.search(text, a, b):
        return False
    for p in unit.people:
        if a <= p.start and p.end <= b and p.key in keys:
            at = max(text.rfind(ch, a, p.start) for ch in _ADDRESSED)
            if at >= 0 and p.start - at <= _TITLE_REACH:
                return True
    return False


_TITLE_REACH = 12


_AR_THAT = re.compile(r"[ ،,]*(?:ب?ان|وان) ")


def event_date(contact: Contact, units: Sequence[Unit], language: str | None, script: str, planned: bool,
               anchor: dt.date | None, cap: dt.date | None, page_day: dt.date | None,
               dateline_day: dt.date | None, today: dt.date | None = None) -> tuple[dt.date | None, bool]:
    """(the contact's day, whether it is planned after all).

    A held contact is dated backwards from the anchor, a planned one forwards.  A day and
    month that fall shortly after the anchor (``9月25日`` on a page of 22 September) say
    the contact is announced, whatever the verb: it is dated forward and marked planned,
    never read as the same day a year before.  ``today`` is the outlet's own day, against
    which words relative to the day (``今天``, ``yesterday``) are read; ``anchor`` by default.
    """
    ev = contact.unit
    today = today or anchor
    reported_only = False  # the evidence dates its reporting verb only ("周四表示，他与…通电话")
    scopes = _scopes(contact, units, planned, script)
    if script == "zh" and len(scopes) > 2:
        # Of the sentences around the evidence, those that date a contact verb come first
        # (星期六，韩国与中国最高外交官进行会谈 before 杨洁篪周五抵达).
        dated = [u for u in scopes[1:] if _dates_a_cue(u, language, script)]
        scopes = [ev] + dated + [u for u in scopes[1:] if u not in dated]
    restated: list[Unit] = []
    keys = frozenset(p.key for p in contact.people if not p.vague)
    for unit in _then_retellings(scopes, contact, units, planned, script, restated):
        found = list(find_dates(unit.text, language))
        mentions = [d for d in found if not _bound_to_reporting(unit, d, script, keys)]
        if unit is ev and found and not mentions:
            reported_only = True
        mentions = [same_day(unit, d, units, language) for d in mentions]  # 当天: the day told before
        # "今天1月14日": the numbers beside a word name the day better than the word.
        mentions = [d for i, d in enumerate(mentions)
                    if not (d.day is None and i + 1 < len(mentions) and mentions[i + 1].day is not None
                            and mentions[i + 1].start - d.end <= 2)]
        if unit is not ev and any(u is unit for u in restated):
            mentions = _nearest_cue_first(unit, mentions, script)
        else:
            mentions = _bound_to_cues_first(unit, mentions)
        if (planned or reported_only) and unit is not ev:
            # only a day bound to the contact: an announcement's, or once the evidence dated only its
            # reporting verb (艾萨今天推文表示，与…通话 and then 今天在推文上…表示赞许: the tweet's day again)
            mentions = [d for d in mentions if _cue_rank(unit, d) < 2]
        if unit is ev and any(d.span and _cue_rank(unit, d) == 0 for d in mentions):
            return None, planned  # 参加今、明两天的…峰会: a stay in the contact's own clause, whatever else is dated
        for mention in mentions:
            if mention.span:
                if unit is ev or _in_cue_clause(unit, mention):
                    return None, planned  # a range or a stay of several days: no single day
                continue
            base = today if mention.offset is not None or mention.told_before else anchor
            if planned:
                # never before the page's own day, nor before the outlet's own "today"
                floor = min(page_day, base) if page_day is not None and base is not None else page_day
                day = resolve_forward(mention, base, floor)
            else:
                # a bare day is counted from the outlet's own day (RFI's evening of the 14th
                # writing "15日举行高峰会": tomorrow there, though already the 15th in Beijing)
                ahead = _shortly_after(mention, min(anchor, today) if mention.month is None and anchor and today
                                       else anchor)
                if ahead is not None and page_day is not None and ahead < page_day and unit is ev:
                    return None, True  # announced from a dateline older than the page: no day before it
                if ahead is not None and unit is not ev and _cue_rank(unit, mention) == 2:
                    continue  # 卡斯泰26日将就疫情讲话: a day ahead of something else in the lead
                if ahead is not None and mention.month is None:
                    # "14日" on the 13th, in any sentence read for the day: never last month's
                    # 14th; a held verb keeps it held ("14日举行了会谈": another zone's day).
                    return ahead, planned or not _held_in_clause(unit, mention)
                if ahead is not None and unit is ev:
                    return ahead, True
                day = resolve(mention, base, cap)
            if day is not None:
                if not planned and _retold_as_a_stay(contact, units, language):
                    return None, planned  # 28日 per one source, 28日至29日 per the other: no single day
                return day, planned
        if unit is ev and any(VAGUE in m.cats for m in unit.mentions[MODALITY]):
            return None, planned  # "上月", "last December": a month, not the story's day
    if planned or ev.paragraph == TITLE or reported_only:
        return None, planned  # the day of the report is not the day of the contact
    return dateline_day, planned


def _then_retellings(scopes: list[Unit], contact: Contact, units: Sequence[Unit], planned: bool, script: str,
                     restated: list[Unit]) -> Iterator[Unit]:
    """The scopes, then (for a held contact, and only once they are spent) its retellings,
    collected into ``restated``: most contacts are dated before any other sentence is read."""
    yield from scopes
    if not planned:
        restated += _restated(contact, units, scopes, script)
        yield from restated


def _dates_a_cue(unit: Unit, language: str | None, script: str) -> bool:
    if not unit.has_cue:
        return False
    text = unit.text
    found = list(find_dates(text, language))
    if not found or not unit.cues(script):
        return False
    for d in found:
        if d.start <= 1 and text[d.end:d.end + 1] in ("，", ","):
            return True  # 星期六，…会谈: a day opening the sentence dates all of it
        for c in unit.cues(script):
            a, b = (d.end, c.start) if d.end <= c.start else (c.end, d.start)
            if not CLAUSE_END.search(text, a, b):
                return True
    return False


def _nearest_cue_first(unit: Unit, mentions: list[DateMention], script: str) -> list[DateMention]:
    """A retelling's dates, those in a cue's own clause first, nearest the cue first
    (``原定昨天起…访问，但…于今天改以视频方式与蔡英文通话``: today, not yesterday)."""
    cues = unit.cues(script)
    text = unit.text

    def distance(d: DateMention) -> int:
        best = 10_000
        for c in cues:
            a, b = (d.end, c.start) if d.end <= c.start else (c.end, d.start)
            if not CLAUSE_END.search(text, a, b):
                best = min(best, b - a)
        return best

    return sorted(mentions, key=distance)


def _retold_as_a_stay(contact: Contact, units: Sequence[Unit], language: str | None) -> bool:
    """A sentence of the lead telling the same contact (the very cue word of the evidence)
    gives it a range of days or a stay (``10月28日至29日，中美两军举行…视频会议``)."""
    words = {c.text for c in contact.cues if VISIT not in c.cats}
    kinds = {k for c in contact.cues if VISIT not in c.cats for k in c.cats[CUE]}
    keys = {p.key for p in contact.people if not p.vague}
    for unit in units:
        if unit is contact.unit or not 0 <= unit.paragraph < 4 or not unit.has_cue:
            continue
        # the dates first: a sentence without a range of days (most) is not read for its cues
        found = [d for d in find_dates(unit.text, language) if d.span]
        if not found:
            continue
        own = [c for c in unit.mentions[KIND] if CUE in c.cats and VISIT not in c.cats
               and not _counted(unit.text, c.start, language)]  # 举行了四轮会谈: several contacts, no stay
        # the very cue word, or a cue of the same kind with one of the contact's people
        # (عقد وانغ يي يومي الثلاثاء والأربعاء محادثات beside التقى وانغ يي يوم الثلاثاء)
        if not any(c.text in words for c in own) and not (
                any(kinds & set(c.cats[CUE]) for c in own) and keys & {p.key for p in unit.people}):
            continue
        if any(_cue_rank(unit, d) == 0 for d in found):
            return True
    return False


def _cue_rank(unit: Unit, mention: DateMention) -> int:
    """0: the date is in the clause of a contact cue (or opens the sentence: ``星期六，…会谈``);
    1: in the clause of a visit word only (``后天（13日）访台`` beside ``14日将会见``); 2: elsewhere."""
    if not unit.has_cue:
        return 2
    text = unit.text
    rank = 2
    for c in unit.mentions[KIND]:
        if CUE not in c.cats:
            continue
        a, b = (mention.end, c.start) if mention.end <= c.start else (c.end, mention.start)
        if a <= b and not CLAUSE_END.search(text, a, b):
            rank = min(rank, 1 if VISIT in c.cats else 0)
    if rank == 2 and text[mention.end:mention.end + 1] in ("，", ",") and _OPENS.search(text, 0, mention.start):
        rank = 0  # 星期六，…会谈 / 他说：“10月28日至29日，…会议”: a day opening its sentence or quote
    return rank


_OPENS = re.compile(r"(?:^|[：:“\"「『])\s*(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号號]?\s*(?:至|到|-|－|–|—|~|～|和|及|、)\s*)?$")


def _in_cue_clause(unit: Unit, mention: DateMention) -> bool:
    return _cue_rank(unit, mention) < 2


def _bound_to_cues_first(unit: Unit, mentions: list[DateMention]) -> list[DateMention]:
    """A sentence's dates, those bound to a contact's own verb phrase first: ``昨天抵台，今天展开一连串
    会见行程`` is today's meeting, ``将于后天（13日）访台，…14日将会见蔡英文`` the 14th's."""
    if len(mentions) < 2:
        return mentions
    return sorted(mentions, key=lambda d: _cue_rank(unit, d))


def _held_in_clause(unit: Unit, mention: DateMention) -> bool:
    """A held word (已, 了, had) in the date's own clause: "14日举行了会谈", not "…的方向，展开了协调"."""
    text = unit.text
    for m in unit.mentions[MODALITY]:
        if HELD not in m.cats:
            continue
        a, b = (mention.end, m.start) if m.start >= mention.end else (m.end, mention.start)
        if not CLAUSE_END.search(text, a, b):
            return True
    return False


def _shortly_after(mention: DateMention, anchor: dt.date | None) -> dt.date | None:
    if anchor is None or mention.day is None or mention.year is not None:
        return None
    if mention.month is None:
        # "14日" on the 13th: a day of this month still to come.  Read backwards it would be
        # last month's, which no report writes without the month; so it is announced.
        if anchor.day < mention.day <= anchor.day + 10:
            return resolve_forward(mention, anchor, anchor)
        return None
    day = resolve_forward(mention, anchor, anchor)
    if day is not None and anchor + dt.timedelta(days=1) < day <= anchor + dt.timedelta(days=90):
        return day
    return None


@functools.lru_cache(maxsize=8)
def _several_days(language: str | None) -> tuple[re.Pattern[str], ...]:
    data = cue_data().get("several_days", {})
    langs = (language,) if language in data else [k for k in data if not k.startswith("_")]
    return tuple(re.compile(p, re.IGNORECASE) for lang in langs for p in data.get(lang, ()))


_COUNT_REACH = 12  # characters before a contact word a count of its rounds may take (四轮军长级会谈)


@functools.lru_cache(maxsize=8)
def _rounds(language: str | None) -> tuple[re.Pattern[str], ...]:
    data = cue_data().get("counted_rounds", {})
    langs = (language,) if language in data else [k for k in data if not k.startswith("_")]
    return tuple(re.compile(p) for lang in langs for p in data.get(lang, ()))


def _counted(text: str, start: int, language: str | None) -> bool:
    """A count of rounds or times stands right before the contact word at ``start`` (四轮会谈)."""
    head = text[max(0, start - _COUNT_REACH):start]
    return any(p.search(head) for p in _rounds(language))


# 为期两天的G20会议, 二十国集团（G20）线上高峰会议: an organisation's meeting named without a summit word.
_ORG_MEETING = re.compile(r"[）)]?[^，。；：,;:\s]{0,6}?(?:会议|會議)")
# The lead's paragraphs read for the length of a summit (the title too).
_LASTS_PARAGRAPHS = 4


def lasts_days(contact: Contact, units: Sequence[Unit], language: str | None) -> bool:
    """The lead says the occasion lasts several days (``为期四天的…外长会议于周六落下帷幕``,
    ``欧盟峰会经过数日争吵后``, a two-day summit): a phrase of the ``several_days`` table in a
    clause naming a summit (a multilateral word) or the contact's own cue word, when its sentence
    has no two-sided word (会谈, met with).  Such a summit has no single day, even when the post reports one of its days."""
    if any(BILATERAL in m.cats and MULTI not in m.cats for m in contact.unit.mentions[MODALITY]):
        return False  # 在为期两天的峰会期间与…会谈: a meeting on a summit's sidelines has its own day
    patterns = _several_days(language)
    words = {c.text for c in contact.cues}
    for unit in units:
        if unit.paragraph >= _LASTS_PARAGRAPHS:
            continue
        text = unit.text
        for pattern in patterns:
            for m in pattern.finditer(text):
                a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start())), default=0)
                ends = CLAUSE_END.search(text, m.end())
                b = ends.start() if ends else len(text)
                if m.start() - a <= 1:
                    a = 0  # …峰会今天开幕，会期预定4天: a clause opening on the length tells of the sentence's summit
                if any(a <= x.start < b and (MULTI in x.cats) for x in unit.mentions[MODALITY]) or any(
                        a <= x.start < b and CUE in x.cats and x.text in words for x in unit.mentions[KIND]) or any(
                        a <= x.start < b and ORG in x.cats and _ORG_MEETING.match(text, x.end)
                        for x in unit.mentions[ENTITY]):
                    return True  # 为期两天的G20会议: an organisation's meeting, told without a summit word
    return False
