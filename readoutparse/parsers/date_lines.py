"""Date lines printed under a headline, as on vov.vn: ``Thứ Bảy, 06:00, 14/10/2023``.

A label may open the line (``Cập nhật: 06/10/2022``, as vov.gov.vn prints it; :data:`LABELS`).
A relative line (``Cập nhật: 5 giờ trước``) is a date line too, but names no day: it is
claimed with a warning and ``published`` stays unknown.
The weekday (any capitalisation, words or digits: ``Thứ Bảy``, ``thứ 7``, ``CN``), the time
and the day in either order, and an optional offset (``GMT+7``); Hanoi time unless the line
states an offset.  A weekday that contradicts the date is a warning; the date is kept.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import HANOI, at_offset, safe_date
from ..model import Moment
from ..text import Line
from .base import ArticleBuilder

__all__ = ["DATE_LINE", "LABELS", "dateish", "published"]

_WEEKDAYS = {
    "thứ hai": 0, "thứ ba": 1, "thứ tư": 2, "thứ năm": 3, "thứ sáu": 4, "thứ bảy": 5,
    "chủ nhật": 6, "thứ 2": 0, "thứ 3": 1, "thứ 4": 2, "thứ 5": 3, "thứ 6": 4, "thứ 7": 5,
    "cn": 6,
}
#: Labels that may open a date line (casefolded), followed by a colon.
LABELS = ("cập nhật", "ngày đăng", "đăng ngày", "đăng lúc", "thời gian đăng", "ngày cập nhật")
_LABEL = "(?:(?:" + "|".join(LABELS) + r") ?[:：] ?)?"
_WEEKDAY = r"thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|cn"
# Matched against the casefolded line; every part is bounded, so no backtracking blow-up.
DATE_LINE = re.compile(
    _LABEL + rf"(?:(?P<weekday>{_WEEKDAY}), ?)?"
    r"(?:(?P<h1>\d{1,2}):(?P<m1>\d{1,2}),? )?"  # a sloppy print drops a minute's zero: "19:1"
    r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
    r"(?:,? (?P<h2>\d{1,2}):(?P<m2>\d{2}))?"
    r"(?: ?\(?(?:gmt|utc) ?(?P<sign>[+-])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?\)?)?"
)
# "5 giờ trước" (5 hours ago): a date line that names no day; the page's fetch time would
# fix it, and the text does not give that, so it is claimed with a warning and no value.
_RELATIVE = re.compile(_LABEL + r"\d{1,3} ?(?:giây|phút|giờ|tiếng|ngày|tuần|tháng) trước")
# Two date lines joined by a dash: publication, then the same day's time or an update.
_RANGE = re.compile(r"(?P<first>\d{1,2}/\d{1,2}/\d{4}) *[-–] *(?P<second>[^-–]{8,40})")
# What a date line starts with; a line like this that fails DATE_LINE is a damaged one.
_DATE_START = re.compile(_LABEL + rf"(?:(?:{_WEEKDAY}),|\d{{1,2}}/\d{{1,2}}/\d|\d{{1,2}}:\d\d?[, ])")


def dateish(text: str) -> bool:
    folded = text.casefold()
    return len(text) <= 60 and any(ch.isdigit() for ch in text) and (
        _DATE_START.match(folded) is not None or _RELATIVE.fullmatch(folded) is not None)


def published(line: Line, b: ArticleBuilder) -> Moment | None:
    """The date line as an aware datetime (Hanoi time unless it states an offset)."""
    if _RELATIVE.fullmatch(line.text.casefold()):
        b.warn(f"relative date line {line.text!r}: it names no day, so published is unknown",
               line)
        return None
    text = line.text.casefold()
    span = _RANGE.fullmatch(text)
    if span is not None:
        # "10/02/2024 - 10/02/2024 00:10": the day, then a moment; a later second day is an
        # update, and the first day is the publication's.
        first = DATE_LINE.fullmatch(span["first"])
        second = DATE_LINE.fullmatch(span["second"])
        if first is not None and second is not None:
            same = [first[k] for k in ("day", "month", "year")] == [second[k] for k in ("day", "month", "year")]
            text = span["second"] if same else span["first"]
    m = DATE_LINE.fullmatch(text)
    if m is None:
        b.warn(f"unreadable date line {line.text!r}", line)
        return None
    day = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    if day is None:
        b.warn(f"impossible date {line.text!r}", line)
        return None
    if m["weekday"] and _WEEKDAYS[m["weekday"]] != day.weekday():
        b.warn(f"weekday does not match the date in {line.text!r}; the date is kept", line)
    if m["h1"] and m["h2"]:
        b.warn(f"two times in the date line {line.text!r}", line)
        return None
    hour, minute = m["h1"] or m["h2"], m["m1"] or m["m2"]
    if hour is None:
        return day
    tz: dt.tzinfo = HANOI
    if m["sign"]:
        offset = int(m["oh"]) * 60 + int(m["om"] or 0)
        if offset > 14 * 60:
            b.warn(f"impossible UTC offset in {line.text!r}", line)
            return None
        sign = -1 if m["sign"] == "-" else 1
        tz = dt.timezone(dt.timedelta(minutes=sign * offset))
    moment = at_offset(day.year, day.month, day.day, int(hour), int(minute), tz=tz)
    if moment is None:
        b.warn(f"impossible time {line.text!r}", line)
    return moment
