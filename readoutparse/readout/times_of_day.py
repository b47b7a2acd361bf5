"""A contact later on the page's own day: ``今晚8時`` on a page published at 10:00 is announced.

A time of day (``下午8时``, ``今晚``, ``8 p.m.``, ``tối nay``) in the evidence, or in a sentence of
the lead that names a contact, later than the page's publication time in its outlet's zone,
on the page's own day, says the contact is still to come: it is planned.  The words and the
hour each stands for are data (``times_of_day`` in the ``dates`` section of ``cues.json``:
``hours`` maps a part of the day to its usual hour, ``pm`` lists the parts after noon, where
``8时`` is 20:00).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .contacts import Contact, Unit
from .cues import cue_data
from .scan import alternation, fold_key

__all__ = ["later_today"]

# The clock: 8时, 8時30分, 8点半, 8 p.m., 20:30, 8h30, 20 giờ.
_CLOCK = {
    "zh": r"(?P<h>\d{1,2})(?:[时時点點](?:(?P<m>\d{1,2})分|半)?)",
    "en": r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s?(?P<ap>a\.m\.|p\.m\.|am|pm)",
    "vi": r"(?P<h>\d{1,2})(?:h|\s?giờ)(?P<m>\d\d)?",
}
# A sentence about the contact itself: a noun of contact in the sentence the time is read from.
_CONTACT_NOUN = re.compile(r"会议|會議|峰会|峰會|会谈|會談|会晤|會晤|会见|會見|通话|通話|视讯|視訊|视频|視頻"
                           r"|meeting|summit|talks|call|cuộc gặp|hội đàm|điện đàm|hội nghị", re.IGNORECASE)


def _script(language: str | None) -> str:
    return "zh" if language in ("zh-Hans", "zh-Hant") else (language or "en")


@functools.lru_cache(maxsize=8)
def _table(language: str) -> tuple[re.Pattern[str] | None, dict[str, int], frozenset[str], frozenset[str]]:
    data: Mapping[str, Any] = cue_data()["dates"].get(language, {}).get("times_of_day", {})
    hours = {fold_key(k).lower(): int(v) for k, v in data.get("hours", {}).items()}
    pm = frozenset(fold_key(k).lower() for k in data.get("pm", ()))
    today = frozenset(fold_key(k).lower() for k in data.get("today", ()))
    clock = _CLOCK.get(_script(language))
    if not hours and clock is None:
        return None, hours, pm, today
    words = alternation(list(hours)) if hours else None
    parts = []
    if words:
        parts.append(rf"(?P<w>{words})\s?(?:{clock})?" if clock else rf"(?P<w>{words})")
    if clock:
        parts.append(clock.replace("?P<h>", "?P<h2>").replace("?P<m>", "?P<m2>").replace("?P<ap>", "?P<ap2>"))
    return re.compile("|".join(parts), re.IGNORECASE), hours, pm, today


def _times(text: str, language: str) -> list[tuple[int, int, bool]]:
    """(start, minutes after midnight, whether the words name today) of each time of day in a folded text."""
    pattern, hours, pm, today = _table(language)
    if pattern is None:
        return []
    out = []
    for m in pattern.finditer(text):
        groups = m.groupdict()
        word = (groups.get("w") or "").lower()
        h = groups.get("h") or groups.get("h2")
        minutes = groups.get("m") or groups.get("m2")
        ap = (groups.get("ap") or groups.get("ap2") or "").lower()
        if h is None:
            if word not in hours:
                continue
            out.append((m.start(), hours[word] * 60, word in today))
            continue
        hour = int(h)
        if hour > 24 or (minutes is not None and int(minutes) > 59):
            continue
        if hour < 12 and (word in pm or ap.startswith("p")):
            hour += 12
        out.append((m.start(), hour * 60 + (int(minutes) if minutes else 0), word in today))
    return out


def later_today(contact: Contact, units: Sequence[Unit], language: str | None, day: dt.date | None,
                published: Sequence[dt.datetime]) -> bool:
    """Whether the contact, of the page's own day (or undated), is timed after the page was published.

    ``published`` holds the publication moment in each zone the text may count its hours in
    (the outlet's, the language's usual source's): Voice of America writing at 01:00 in
    Washington of a meeting "上午" in Taipei, where it is 13:00, tells of a meeting held.  The
    contact is to come only when it is so in every one of them.
    """
    if not published or language is None:
        return False
    last = max(contact.unit.paragraph, 0) + 1  # the evidence's paragraph and the next one
    lead = [u for u in units if 0 <= u.paragraph <= last and u is not contact.unit and _CONTACT_NOUN.search(u.text)]
    for unit in [contact.unit, *lead]:
        for start, minutes, names_today in _times(unit.text, language):
            if not _about_a_contact(unit.text, start):
                continue  # 周三下午公布的议程: the hour of something else
            stated = _DAY_BEFORE.search(unit.text, max(0, start - 4), start)
            if day is None and not names_today and stated is None:
                continue  # an undated contact is today's only where the words say so (今晚, tonight)
            # 美东时间11日上午11时30分（新加坡时间12日凌晨零时30分）: each hour on its own day
            if all(_to_come(_own_day(stated, day, moment), minutes, moment) for moment in published):
                return True
            return False  # the first hour of the contact decides
    return False


_DAY_BEFORE = re.compile(r"(?P<d>\d{1,2})[日号號]\s*$")
_CLAUSE = re.compile(r"[，,。；;！？!?]")


def _about_a_contact(text: str, at: int) -> bool:
    a = max((m.end() for m in _CLAUSE.finditer(text, 0, at)), default=0)
    b = next((m.start() for m in _CLAUSE.finditer(text, at)), len(text))
    return _CONTACT_NOUN.search(text, a, b) is not None or _HOLD.search(text, a, b) is not None


_HOLD = re.compile(r"举行|舉行|召开|召開|通电话|通電話|\bhold|\bmeet|gặp|عقد|يعقد")


def _own_day(stated: re.Match[str] | None, day: dt.date | None, moment: dt.datetime) -> dt.date:
    if stated is not None:
        number = int(stated.group("d"))
        if number != moment.day:
            # another day of the month, the day before or after in this zone (never a month off)
            for delta in (-1, 1):
                other = moment.date() + dt.timedelta(days=delta)
                if other.day == number:
                    return other
            return moment.date() - dt.timedelta(days=1)
        return moment.date()
    return day or moment.date()


def _to_come(day: dt.date, minutes: int, moment: dt.datetime) -> bool:
    if day != moment.date():
        return day > moment.date()
    return minutes > moment.hour * 60 + moment.minute + 30
