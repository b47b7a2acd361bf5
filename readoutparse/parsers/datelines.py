"""Datelines that open a wire story in Chinese, read into place, date and agency.

Shapes, tried in order (each anchored at the start of the lead):

- wire: ``（中央社記者陳家倫台北13日電）``, ``（法新社华盛顿25日电）``, ``（中央社華盛頓20日綜合外電報導）``
- dated marker: ``【大纪元2021年01月04日讯】``
- Reuters Chinese: ``路透莫斯科3月21日 -``
- news marker: ``（早报讯）``, ``（北京综合讯）``, ``(德国之声中文网)``
- place and dash: ``华盛顿 —`` (spaces on both sides: a ``——`` in a sentence is punctuation)
"""

from __future__ import annotations

import datetime as dt
import re

from .. import dates
from ..model import Dateline

__all__ = ["read_dateline"]

_WIRE = re.compile(
    r"[（(]\s?(?P<agency>[^\s（）()\d]{1,8}?社|路透|彭博|法广|美国之音)"
    r"(?P<place>[^\s（）()\d]{1,40}?)?(?:(?P<year>\d{4})年)?(?:(?P<month>\d{1,2})月)?"
    r"(?P<day>\d{1,2})日"
    r"(?:[电電]|专电|專電|综合外电报道|綜合外電報導)\s?[）)]\s?"
)
_DATED = re.compile(r"【(?P<agency>[^\s【】\d]{1,10}?)(?P<year>\d{4})年(?P<month>\d{1,2})月"
                    r"(?P<day>\d{1,2})日[讯訊]】\s?")
_REUTERS = re.compile(r"(?P<agency>路透)(?P<place>[^\s\d]{1,12}?)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
                      r" ?[-–—] ?")
# 大纪元's byline right after its dated marker: （大纪元记者佟亦加综合报导）
_BYLINE = re.compile(r"[（(](?:大纪元|大紀元)?(?:记者|記者)(?P<names>[^（）()\d]{2,30}?)"
                     r"(?:综合|綜合)?(?:报导|報導|报道|報道)[）)]\s?")
_NEWS_MARKER = re.compile(r"[（(【]\s?(?P<who>[^\s（）()【】\d]{1,12}?)[讯訊]\s?[）)】]\s?")
_NETWORK = re.compile(r"[（(](?P<who>德国之声中文网|德國之聲中文網|美国之音|美國之音)[）)]\s?")
_PLACE_DASH = re.compile(r"(?P<place>[^\W\d_]{2,8}) — (?!—)")
_REPORTER = ("记者", "記者", "特派", "特约", "特約")


def _day(year: int | None, month: str | None, day: int, anchor: dt.date | None) -> dt.date | None:
    try:
        if year is not None and month:
            return dt.date(year, int(month), day)
        if anchor is None:
            return None
        return dates.infer_year(int(month), day, anchor) if month else dates.infer_month(day,
                                                                                        anchor)
    except (ValueError, OverflowError):
        return None


def read_dateline(lead: str, anchor: dt.date | None, strict: bool = False,
                  reporters: list[str] | None = None) -> tuple[Dateline | None, str]:
    """The dateline ``lead`` opens with (None if none) and the lead without it.

    ``anchor`` (the publication date) supplies the month and year a dateline leaves out.
    ``strict``: only the dated wire shapes and （…讯） markers, for a paragraph after the
    first (a lead that follows a summary or an editor's note), where a dash proves nothing.
    A reporter byline right after the dateline is cut off too, its names added to
    ``reporters``.
    """
    wire = _WIRE.match(lead) or _REUTERS.match(lead)
    if wire:
        place = wire.group("place")
        if place and any(word in place for word in _REPORTER):
            place = None  # "記者陳家倫台北": the name and the place cannot be told apart
        year = wire.groupdict().get("year")
        date = _day(int(year) if year else None, wire.group("month"), int(wire.group("day")),
                    anchor)
        return Dateline(place=place, date=date, agency=wire.group("agency")), lead[wire.end():]
    dated = _DATED.match(lead)
    if dated:
        date = _day(int(dated.group("year")), dated.group("month"), int(dated.group("day")),
                    anchor)
        rest = lead[dated.end():]
        byline = _BYLINE.match(rest)
        if byline and reporters is not None:
            reporters.extend(n for n in re.split(r"[、，,/ ]", byline.group("names")) if n)
            rest = rest[byline.end():]
        return Dateline(date=date, agency=dated.group("agency")), rest
    marker = _NEWS_MARKER.match(lead)
    if strict and not marker:
        return None, lead
    marker = marker or _NETWORK.match(lead)
    if marker:
        who = marker.group("who")
        if who.endswith(("综合", "綜合")) and len(who) > 2:  # （北京综合讯）
            return Dateline(place=who[:-2], agency=who[-2:]), lead[marker.end():]
        return Dateline(agency=who), lead[marker.end():]
    dash = _PLACE_DASH.match(lead)
    if dash and len(lead) > dash.end():
        return Dateline(place=dash.group("place")), lead[dash.end():]
    return None, lead
