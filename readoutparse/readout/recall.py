"""Contacts a story does not report: called off, or recalled as background.

- A planned contact whose own sentence, or the title, says it was called off or put back
  (``王毅访日延期``, ``the visit was postponed``) is no contact of the story.  The words are
  the ``called_off`` section of ``cues.json``; a contact its sentence says had been scheduled
  (``原定``, the ``scheduled`` section) is checked the same way whatever its tense.
- A held contact read from past the first paragraph and dated more than a week before the
  story's day is background the story recalls (a spokesman reminding that a message was
  sent weeks ago), not the story's contact.  A report of a contact opens with it.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from .contacts import TITLE, Contact, Unit
from .cues import cue_data
from .scan import CLAUSE_MARK, LANGUAGES, fold_key

__all__ = ["BACKGROUND_DAYS", "called_off", "called_off_words", "recalled_background"]

BACKGROUND_DAYS = 7
_MINUTES = re.compile(r"\s*(?:了)?\s*(?:\d+|[一二两三四五六七八九十半几]+)\s*(?:多)?(?:分钟|分鐘|个小时|個小時|小时|小時|minutes?|hours?)")


@functools.lru_cache(maxsize=None)
def _called_off_pattern(language: str | None, section: str = "called_off") -> re.Pattern[str] | None:
    data = cue_data()
    langs = (language, *data.get("fallbacks", {}).get(language, ())) if language in LANGUAGES else LANGUAGES
    words = sorted({fold_key(w) for lang in langs for w in data.get(section, {}).get(lang, ())}, key=len,
                   reverse=True)
    if not words:
        return None
    parts = [re.escape(w) if any("\u4e00" <= ch <= "\u9fff" for ch in w) else r"\b" + re.escape(w) + r"\b"
             for w in words]
    return re.compile("|".join(parts), re.IGNORECASE)


def called_off_words(language: str | None) -> re.Pattern[str] | None:
    """The ``called_off`` words of ``cues.json`` (取消, 推迟, postponed) as one pattern."""
    return _called_off_pattern(language)


# 取代因疫情取消的峰会: a called-off word before 的 qualifies the noun after it, another occasion
# the contact may replace, not the contact.
_QUALIFIES = re.compile(r"\s*(?:了)?的")


def _first_calling_off(pattern: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    return next((m for m in pattern.finditer(text, start) if not _QUALIFIES.match(text, m.end())), None)


def called_off(contact: Contact, title: Unit | None, language: str | None, status: str = "planned") -> bool:
    """The evidence after its cue, or the title, says the contact was called off or put back.

    A contact read as held is none when the clause naming it says it was put back
    (``三方峰会推迟至明年``), and is checked like a planned one when the evidence says it had
    been scheduled (``原定在周六举行的视频会谈``, ``had been scheduled``).
    """
    pattern = _called_off_pattern(language)
    if pattern is None:
        return False
    if status != "planned":
        ev = contact.unit
        after = contact.cues[0].end if contact.cues else 0
        found = _first_calling_off(pattern, ev.text, after)
        if (found is not None and not CLAUSE_MARK.search(ev.text, after, found.start())
                and not _MINUTES.match(ev.text, found.end())):
            return True  # 三方峰会推迟至明年: put back in the clause that names it (not 推迟25分钟)
        scheduled = _called_off_pattern(language, "scheduled")
        if scheduled is None or scheduled.search(contact.unit.text) is None:
            return False
    ev = contact.unit
    if _first_calling_off(pattern, ev.text, contact.cues[0].end if contact.cues else 0):
        return True
    return title is not None and title is not ev and _first_calling_off(pattern, title.text, 0) is not None


def recalled_background(contact: Contact, status: str, day: dt.date | None, anchor: dt.date | None) -> bool:
    if status != "held" or day is None or anchor is None or contact.unit.paragraph in (TITLE, 0):
        return False
    return day < anchor - dt.timedelta(days=BACKGROUND_DAYS)
