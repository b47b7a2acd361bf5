"""Dates as the four sites write them: month names, digit forms, offsets, missing years."""

from __future__ import annotations

import datetime as dt
import re

__all__ = [
    "ARABIC_MONTHS",
    "BEIJING",
    "HANOI",
    "SINGAPORE",
    "UTC",
    "as_date",
    "at_offset",
    "in_range",
    "infer_month",
    "infer_year",
    "safe_date",
    "western_digits",
]

UTC = dt.timezone.utc
BEIJING = dt.timezone(dt.timedelta(hours=8))
SINGAPORE = BEIJING
HANOI = dt.timezone(dt.timedelta(hours=7))

# Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits, and full-width digits.
_DIGITS = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０１２３４５６７８９", "0123456789" * 3
)

ARABIC_MONTHS: dict[str, int] = {
    # Xinhua's Egyptian-style names, with the variant spellings seen in archives.
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "ابريل": 4, "مايو": 5,
    "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
    "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine (Syriac) names.
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
}
# Longest first, so "كانون الثاني" wins over a shorter prefix; "X/Y" pairs print both names.
_MONTH_NAMES = "|".join(sorted(map(re.escape, ARABIC_MONTHS), key=len, reverse=True))
ARABIC_MONTH = re.compile(rf"(?P<month>{_MONTH_NAMES})(?:\s?/\s?(?:{_MONTH_NAMES}))?")


# The days a record may hold: a year of room at each end of the calendar, so that a time
# zone conversion (at most a day) or a relative date counted from one (yesterday, last
# week, last year) can never overflow.  No news page is dated in year 1 or 9999; a page
# that says so is damaged or hostile, and its date is null rather than a crash.
FIRST_DAY = dt.date(2, 1, 1)
LAST_DAY = dt.date(9998, 12, 31)


def in_range(value: dt.date | dt.datetime) -> bool:
    """Whether ``value`` (its calendar day, in its own zone) lies within FIRST_DAY..LAST_DAY."""
    day = value.date() if isinstance(value, dt.datetime) else value
    return FIRST_DAY <= day <= LAST_DAY


def western_digits(text: str) -> str:
    """Arabic-Indic and full-width digits as ASCII digits (same length, so offsets hold)."""
    return text.translate(_DIGITS)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None where the numbers name no day (31 June, month 13) or a day too
    close to the calendar's ends to use (see FIRST_DAY)."""
    try:
        found = dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None
    return found if in_range(found) else None


def infer_year(month: int, day: int, anchor: dt.date | None, *, slack: int = 1) -> dt.date | None:
    """The latest ``month``/``day`` not after ``anchor`` plus ``slack`` days.

    A dateline or relative date prints no year; the page's own date fixes it.  The default
    day of slack covers a UTC page stamp a few hours behind the local dateline.  Without an
    anchor the year is unknown and the answer is None rather than a guess.
    """
    if anchor is None or not in_range(anchor):
        return None
    latest = anchor + dt.timedelta(days=slack)
    for year in (anchor.year, anchor.year - 1):
        found = safe_date(year, month, day)
        if found is not None and found <= latest:
            return found
    return None


def infer_month(day: int, anchor: dt.date | None, *, slack: int = 1) -> dt.date | None:
    """A day of the month printed alone (``25日电``): this month's, or an earlier month's."""
    if anchor is None or not in_range(anchor):
        return None
    latest = anchor + dt.timedelta(days=slack)
    year, month = anchor.year, anchor.month
    for _ in range(3):  # a 31st may skip back over a 30-day month
        found = safe_date(year, month, day)
        if found is not None and found <= latest:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def as_date(value: dt.datetime | dt.date | None) -> dt.date | None:
    """The calendar day of a published value, in its own time zone."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value


def at_offset(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0,
    *, tz: dt.tzinfo,
) -> dt.datetime | None:
    """An aware datetime, or None where the fields are out of range (also a day too close
    to the calendar's ends: see FIRST_DAY)."""
    try:
        found = dt.datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except (ValueError, OverflowError):
        return None
    return found if in_range(found) else None
