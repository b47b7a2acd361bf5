"""Day expressions in readouts and the day they name.

News copy rarely prints a full date for the event: it says ``昨天（25日）``,
``hôm nay (14/10)``, ``اليوم (الخميس)`` or ``on Thursday`` and leaves the rest to the
dateline or the page's date.  :func:`find_dates` finds such expressions (on folded
text, see :mod:`.scan`); :func:`resolve` turns one into a day against an *anchor*,
choosing the latest matching day not after it, and gives ``None`` rather than a
guess when the expression and the anchor do not fix the day.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ..dates import infer_month, infer_year, safe_date
from .cues import cue_data
from .scan import LANGUAGES, alternation, fold_key

__all__ = ["DateMention", "DatelineMatch", "find_dates", "local_day", "local_moment", "parse_dateline", "resolve"]

# Sites publish in local time; a UTC stamp (Zaobao's ``...Z``) is moved to the zone
# of the language's usual source before its day is taken.
LOCAL_UTC_OFFSET_HOURS: Mapping[str, int] = {"zh-Hans": 8, "zh-Hant": 8, "ar": 8, "vi": 7}


@attrs.frozen
class DateMention:
    """One day expression: any of its parts may be missing."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    offset: int | None = None  # days relative to the anchor
    last: bool = False  # "last Thursday": strictly before the anchor's day
    last_week: bool = False  # "上周三": in the calendar week before the anchor's
    span: bool = False  # one end of a range or a stay of several days ("4日至6日", "为期两天"): no single day
    told_before: bool = False  # "当天" given the day told before it: read, like "今天", from the outlet's day


@attrs.frozen
class DatelineMatch:
    place: str | None
    year: int | None
    month: int | None
    day: int | None
    end: int  # where the body text starts after the dateline
    agency: str | None = None
    place_span: tuple[int, int] = (0, 0)


def _vocab(language: str) -> Mapping[str, Any]:
    vocab: Mapping[str, Any] = cue_data()["dates"].get(language, {})
    return vocab


def _keys(mapping: Mapping[str, int]) -> list[str]:
    return [fold_key(k) for k in mapping]


def _table(mapping: Mapping[str, int]) -> dict[str, int]:
    return {fold_key(k).lower(): v for k, v in mapping.items()}


@functools.lru_cache(maxsize=8)
def _compiled(language: str) -> tuple[re.Pattern[str], dict[str, dict[str, int]]]:
    v = _vocab(language)
    rel, wd = v.get("relative_days", {}), v.get("weekdays", {})
    months = v.get("months", {})
    tables = {"rel": _table(rel), "wd": _table(wd), "mon": _table(months)}
    R, W = alternation(_keys(rel)), alternation(_keys(wd))
    if language in ("zh-Hans", "zh-Hant"):
        last = alternation(v.get("last_week_prefixes", ["上"]))

        def paren(s: str) -> str:
            return rf"[（(](?:(?P<m_{s}>\d{{1,2}})月)?(?P<d_{s}>\d{{1,2}})[日号號]?[）)]"

        pattern = (
            r"(?:(?P<y_a>\d{4})年)?(?P<m_a>\d{1,2})月(?P<d_a>\d{1,2})[日号號]"
            rf"|(?P<rel_b>{R})(?:{paren('b')})?"
            rf"|(?P<lastweek_c>{last})?(?P<wd_c>{W})(?:{paren('c')})?"
            r"|(?<![\d月年.])(?P<d_e>\d{1,2})日(?![本元圆圓])"
            # 本月20日: a day of the anchor's own month, read as a bare day (上月20日 is not)
            r"|(?<=本月)(?P<d_f>\d{1,2})[日号號](?![本元圆圓])"
        )
        return re.compile(pattern), tables
    if language == "en":
        caps = alternation([m.capitalize() for m in months] + [k.capitalize() for k in months if len(k) > 3])
        words = alternation([*rel, *(k.capitalize() for k in rel)])
        days = alternation([*wd, *(k.capitalize() for k in wd)])
        pattern = (
            rf"(?<!\w)(?P<mon_a>{caps})\.? (?P<d_a>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,? (?P<y_a>\d{{4}}))?"
            rf"|(?<!\w)(?P<d_b>\d{{1,2}})(?:st|nd|rd|th)? (?P<mon_b>{caps})(?!\w)(?:,? (?P<y_b>\d{{4}}))?"
            rf"|(?<!\w)(?:(?P<last_c>[Ll]ast) )?(?P<wd_c>{days})(?!\w)"
            rf"|(?<!\w)(?P<rel_d>{words})(?!\w)"
        )
        return re.compile(pattern), tables
    if language == "ar":
        M = alternation(_keys(months))
        pattern = (
            rf"(?<!\w)(?P<d_a>\d{{1,2}}) (?P<mon_a>{M})(?:/[^\s\d]+)?(?: (?P<y_a>\d{{4}}))?(?!\w)"
            rf"|(?<!\w)(?P<rel_b>{R})(?!\w)(?: ?\((?P<wd_b>{W})\))?"
            rf"|(?<!\w)يوم (?P<wd_c>{W})(?!\w)"
            rf"|\((?P<wd_d>{W})\)"
        )
        return re.compile(pattern), tables
    if language == "vi":
        words = alternation(v.get("day_words", ["ngày"]))
        lastweek = alternation(v.get("last_week_prefixes", ["tuần trước"]))

        def dm(s: str) -> str:
            return rf"(?P<d_{s}>\d{{1,2}})[/-](?P<m_{s}>\d{{1,2}})(?:[/-](?P<y_{s}>\d{{4}}))?(?![\d/])"

        pattern = (
            rf"(?<!\w)(?P<rel_a>{R})(?!\w)(?:\s*\((?:[^()\d]{{0,20}})?{dm('a')}\))?"
            rf"|(?<!\w)(?:{words})\s+(?:(?:{W}),?\s+)?(?:ngày\s+)?{dm('b')}"
            rf"|(?<!\w)(?:{W})(?: {lastweek})?\s*[,(]?\s*(?:ngày\s+)?{dm('c')}"
            r"|(?<!\w)ngày (?P<d_d>\d{1,2}) tháng (?P<m_d>\d{1,2})(?: năm (?P<y_d>\d{4}))?"
        )
        return re.compile(pattern, re.IGNORECASE), tables
    raise ValueError(f"no date vocabulary for {language!r}")


# The first day of a range whose last day carries the month (folded text: إلى -> الي).
_RANGE_START = {"ar": re.compile(r"(?:^|\s)من (?P<d>\d{1,2}) (?:الي|حتي) "),
                "vi": re.compile(r"(?:^|\s)từ (?:ngày )?(?P<d>\d{1,2}) (?:đến|tới|-) ", re.IGNORECASE)}


# Chinese ranges and stays: "10月4日至6日", "11日-12日", "3日和4日", "11月24-25日", "为期两天",
# "今、明两天".  Either end of such a range names no single day of the contact.
_ZH_RANGE_TAIL = re.compile(r"\s*(?:至|到|-|－|–|—|~|～|和|及|、)\s*(?:\d{1,2}月)?\d{1,2}[日号號]")
_ZH_RANGE_HEAD = re.compile(r"\d{1,2}[日号號]?\s*(?:至|到|-|－|–|—|~|～)\s*$|\d{1,2}[日号號]\s*(?:和|及|、)\s*$")
_ZH_STAY = re.compile(r"(?:为期|為期)[一二两兩三四五六七八九十\d]{1,2}(?:天|日)|(?<![\d月])[二两兩三四五六七八九十\d]{1,2}天的(?!时间|時間)"
                      r"|今、?明(?:两|兩)?天")


def _zh_stays(folded: str) -> Iterator[DateMention]:
    for m in _ZH_STAY.finditer(folded):
        yield DateMention(start=m.start(), end=m.end(), span=True)


def _ar_pairs(folded: str) -> Iterator[DateMention]:
    """``يومي الثلاثاء والأربعاء``: the dual "on the two days" of two weekdays, a stay."""
    weekdays = alternation(_keys(_vocab("ar").get("weekdays", {})))
    for m in re.finditer(rf"(?<!\w)يومي (?:{weekdays}) و ?(?:{weekdays})(?!\w)", folded):
        yield DateMention(start=m.start(), end=m.end(), span=True)


def find_dates(folded: str, language: str | None) -> Iterator[DateMention]:
    """Day expressions in a folded text, in order of position."""
    if language in ("zh-Hans", "zh-Hant"):
        found = sorted([*_find_dates(folded, language), *_zh_stays(folded)], key=lambda m: m.start)
        yield from found
        return
    if language == "ar":
        pairs = list(_ar_pairs(folded))
        rest = [m for m in _find_dates(folded, language)
                if not any(p.start <= m.start < p.end for p in pairs)]
        yield from sorted([*rest, *pairs], key=lambda m: m.start)
        return
    yield from _find_dates(folded, language)


def _find_dates(folded: str, language: str | None) -> Iterator[DateMention]:
    if language not in LANGUAGES:
        found = [m for lang in LANGUAGES for m in find_dates(folded, lang)]
        yield from sorted(found, key=lambda m: m.start)
        return
    pattern, tables = _compiled(language)
    for match in pattern.finditer(folded):
        parts: dict[str, Any] = {}
        for key, value in match.groupdict().items():
            if value is not None:
                parts[key.split("_")[0]] = value
        month = int(parts["m"]) if "m" in parts else tables["mon"].get(parts.get("mon", "").lower())
        day = int(parts["d"]) if "d" in parts else None
        start = match.start()
        opening = _RANGE_START.get(language)
        first = opening.search(folded, max(0, start - 24), start) if opening is not None and day else None
        if first is not None and day is not None and first.end() == start and 0 < int(first.group("d")) < day:
            # "من 20 إلى 22 مارس", "từ ngày 8 đến 10/1": a stay of several days begins on the first.
            day, start = int(first.group("d")), first.start() + (folded[first.start()] in " \t\n")
        span = language in ("zh-Hans", "zh-Hant") and day is not None and (
            _ZH_RANGE_TAIL.match(folded, match.end()) is not None
            or _ZH_RANGE_HEAD.search(folded, max(0, start - 8), start) is not None)
        yield DateMention(
            start=start,
            end=match.end(),
            year=int(parts["y"]) if "y" in parts else None,
            month=month,
            day=day,
            weekday=tables["wd"].get(parts["wd"].lower()) if "wd" in parts else None,
            offset=tables["rel"].get(parts["rel"].lower()) if "rel" in parts else None,
            last="last" in parts,
            last_week="lastweek" in parts,
            span=span,
        )


def resolve(mention: DateMention, anchor: dt.date | None, cap: dt.date | None = None) -> dt.date | None:
    """The day ``mention`` names, given the anchor ("today" for the text) and a latest possible day.

    Explicit numbers win over words: ``昨天（25日）`` is the 25th even if the anchor is off
    by a day (a UTC page stamp, a late archive), and a weekday beside ``اليوم`` names
    the day better than the anchor does.
    """
    cap = cap if cap is not None else anchor
    if mention.span:
        return None
    if mention.day is not None and mention.month is not None and mention.year is not None:
        day = safe_date(mention.year, mention.month, mention.day)
        return day if day is not None and (cap is None or day <= cap) else None
    if anchor is None:
        return None
    if cap is not None and cap < anchor:
        anchor = cap
    if mention.day is not None and mention.month is not None:
        return infer_year(mention.month, mention.day, anchor, slack=0)
    if mention.day is not None:
        return infer_month(mention.day, anchor, slack=0)
    if mention.weekday is not None:
        if mention.last_week:
            monday = anchor - dt.timedelta(days=anchor.weekday())
            return monday - dt.timedelta(days=7 - mention.weekday)
        back = (anchor.weekday() - mention.weekday) % 7
        if mention.last and back == 0:
            back = 7
        return anchor - dt.timedelta(days=back)
    if mention.offset is not None and mention.offset <= 0:
        return anchor + dt.timedelta(days=mention.offset)
    return None


def local_day(moment: dt.date | dt.datetime | None, language: str | None, source: str | None = None) -> dt.date | None:
    """The calendar day of a page stamp, in the outlet's own time zone when the stamp is UTC."""
    if moment is None:
        return None
    if isinstance(moment, dt.datetime):
        return local_moment(moment, language, source).date()
    return moment


def local_moment(moment: dt.datetime, language: str | None, source: str | None = None) -> dt.datetime:
    """A UTC page stamp moved to the zone its outlet writes in: the outlet's own
    (``outlet_zones`` of ``cues.json``: Voice of America writes in Washington's time, RFI in
    Paris's), else the language's usual source's; a stamp with another offset is kept."""
    if moment.utcoffset() != dt.timedelta(0):
        return moment
    zone = _outlet_zone(source)
    if zone is not None:
        return moment.astimezone(zone)
    hours = LOCAL_UTC_OFFSET_HOURS.get(language or "")
    return moment if hours is None else moment.astimezone(dt.timezone(dt.timedelta(hours=hours)))


@functools.lru_cache(maxsize=256)
def _outlet_zone(source: str | None) -> dt.tzinfo | None:
    if not source:
        return None
    zones: Mapping[str, str] = cue_data().get("outlet_zones", {})
    for key, name in sorted(zones.items(), key=lambda kv: -len(kv[0])):
        if key.startswith("_") or key not in source:
            continue
        try:
            return zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None  # no time zone database: the language's zone is the next best guess
    return None


@functools.lru_cache(maxsize=8)
def _dateline_pattern(language: str) -> re.Pattern[str] | None:
    if language in ("zh-Hans", "zh-Hant"):
        return re.compile(
            r"(?P<agency>新华社|新華社|中新社|中新网|中新網|人民网|人民網|央视网|央視網)(?:记者|記者)?"
            r"(?P<place>[\u4e00-\u9fff]{2,10}?)(?P<m>\d{1,2})月(?P<d>\d{1,2})日[电電]"
            r"\s*(?:[（(][^）)]{1,30}[）)])?\s*"
        )
    if language == "en":
        months = _vocab("en").get("months", {})
        caps = alternation([m.capitalize() for m in months])
        return re.compile(
            rf"(?P<place>[A-Z][A-Z .'-]{{1,40}}?),\s+(?P<mon>{caps})\.? (?P<d>\d{{1,2}})(?:,? (?P<y>\d{{4}}))?"
            r"\s*\((?P<agency>[^()]{2,20})\)\s*(?:--|—|–|-)?\s*"
        )
    if language == "ar":
        months = alternation(_keys(_vocab("ar").get("months", {})))
        return re.compile(
            rf"(?P<place>[^\d()،,]{{2,40}}?)\s+(?P<d>\d{{1,2}})\s+(?P<mon>{months})(?:/[^\s\d]+)?\s+(?P<y>\d{{4}})"
            r"\s*\((?P<agency>[^()]{2,20})\)\s*"
        )
    return None


_WIRE = re.compile(
    r"\s*[（(]?(?P<agency>路透社?|法新社|美联社|美聯社|中央社(?:记者[\u4e00-\u9fff]{2,4})?|中央社(?:記者[\u4e00-\u9fff]{2,4})?|共同社|彭博社?|韩联社|韓聯社|塔斯社|德新社|埃菲社|俄新社|卫星社|衛星社)"
    r"(?:记者|記者)?(?P<place>[\u4e00-\u9fff]{2,8}?)(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日"
    r"(?:电|電|专电|專電|综合外电报导|綜合外電報導|综合报导|綜合報導)?"
    r"\s*[）)]?\s*[-－—–]*\s*"
)


def parse_dateline(folded_text: str, language: str | None) -> DatelineMatch | None:
    """A wire dateline at the start of a (folded) first paragraph, if there is one.

    Only used when the parser has not already split the dateline off, so plugin
    parsers that leave it in the text still get the date and place.
    """
    if language in ("zh-Hans", "zh-Hant", None) or language not in LANGUAGES:
        wire = _WIRE.match(folded_text)
        if wire is not None:
            return DatelineMatch(place=wire.group("place"), year=None,
                                 month=int(wire.group("m")) if wire.group("m") else None, day=int(wire.group("d")),
                                 end=wire.end(), agency=wire.group("agency"), place_span=wire.span("place"))
    for lang in (language,) if language in LANGUAGES else LANGUAGES:
        pattern = _dateline_pattern(lang)
        match = pattern.match(folded_text) if pattern else None
        if match is None:
            continue
        parts = match.groupdict()
        mon = parts.get("mon")
        month = int(parts["m"]) if parts.get("m") else _table(_vocab(lang).get("months", {})).get((mon or "").lower())
        return DatelineMatch(
            place=parts["place"].strip(" ,"),
            year=int(parts["y"]) if parts.get("y") else None,
            month=month,
            day=int(parts["d"]),
            end=match.end(),
            agency=parts.get("agency"),
            place_span=match.span("place"),
        )
    return None


def resolve_forward(mention: DateMention, anchor: dt.date | None, floor: dt.date | None = None) -> dt.date | None:
    """The day an *announced* contact names: the next matching day on or after the anchor.

    ``floor`` is the earliest possible day (the page's own day): a planned contact is
    never dated before it; what would be is ``None``.
    """
    floor = floor if floor is not None else anchor
    if mention.span:
        return None
    day: dt.date | None = None
    if mention.day is not None and mention.month is not None and mention.year is not None:
        day = safe_date(mention.year, mention.month, mention.day)
    elif anchor is None:
        return None
    elif mention.day is not None and mention.month is not None:
        day = safe_date(anchor.year, mention.month, mention.day)
        if day is not None and day < anchor:
            day = safe_date(anchor.year + 1, mention.month, mention.day)
    elif mention.day is not None:
        day = safe_date(anchor.year, anchor.month, mention.day)
        if day is not None and anchor - dt.timedelta(days=3) <= day < anchor:
            return None  # "27日" on the 28th: a day just past, written ahead of time; no guess
        if day is None or day < anchor:
            year, month = (anchor.year + 1, 1) if anchor.month == 12 else (anchor.year, anchor.month + 1)
            day = safe_date(year, month, mention.day)
    elif mention.weekday is not None:
        day = anchor + dt.timedelta(days=(mention.weekday - anchor.weekday()) % 7)
    elif mention.offset is not None and mention.offset >= 0:
        day = anchor + dt.timedelta(days=mention.offset)
    if day is None or (floor is not None and day < floor):
        return None
    if anchor is not None and mention.year is None and day > anchor + dt.timedelta(days=185):
        return None  # an announcement half a year ahead without a year is more likely a past day
    return day
