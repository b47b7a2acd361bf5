"""``当天``/``当日`` (that same day): the day told just before, not the story's own day.

``…9月10日抵达莫斯科。当天，王毅与…会谈`` is the 10th, ``拉布11月13日发表声明指出，外交部当天
召见…`` the 13th, whatever the page's day.  The antecedent is the nearest day expression before the
word: in its sentence, then the earlier sentences of its paragraph, then the paragraph before.
With none there, the word keeps its reading as the story's own day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from .contacts import TITLE, Unit
from .relative_dates import DateMention, find_dates

__all__ = ["same_day"]

_SAME_DAY = re.compile(r"(?:当|當)(?:天|日)")


def _is_same_day(text: str, mention: DateMention) -> bool:
    return mention.day is None and mention.weekday is None and _SAME_DAY.fullmatch(text, mention.start, mention.end) is not None


def same_day(unit: Unit, mention: DateMention, units: Sequence[Unit], language: str | None) -> DateMention:
    """``mention`` with the day of its antecedent when it is ``当天``/``当日`` and one is found."""
    if not _is_same_day(unit.text, mention) or unit.paragraph == TITLE:
        return mention
    at = next((i for i, u in enumerate(units) if u is unit), None)
    if at is None:
        return mention
    before = [d for d in find_dates(unit.text, language) if d.end <= mention.start]
    candidates: list[tuple[Unit, list[DateMention]]] = [(unit, before)]
    for u in reversed(units[:at]):
        if u.paragraph == TITLE or u.paragraph < unit.paragraph - 1:
            break
        candidates.append((u, list(find_dates(u.text, language))))
    for u, found in candidates:
        for d in reversed(found):
            if _is_same_day(u.text, d):
                continue  # a chain of 当天: the day before it still decides
            # a stay of several days stays one (span): which of its days is not told
            return attrs.evolve(d, start=mention.start, end=mention.end, told_before=True)
    return mention
