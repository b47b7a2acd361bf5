"""Which of a sentence's overlapping spans are read: the cover of most text, or leftmost-longest.

Hits of one layer of the automaton overlap (美国 and 国务卿 in 美国务卿; "phone talks" and
"talks with").  Names, titles and countries take the non-overlapping set covering the most
text (:func:`best_cover`); cue words the longest at the leftmost place (:func:`leftmost_longest`).
A blocker wins a tie in both.  Spans that overlap nothing are all kept (:func:`no_overlap`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

__all__ = ["best_cover", "inside", "leftmost_longest", "no_overlap"]


def best_cover(spans: Sequence[tuple[int, int, bool]]) -> list[int]:
    """Indices of the non-overlapping spans covering the most text (weighted interval scheduling)."""
    order = sorted(range(len(spans)), key=lambda i: spans[i][1])
    ends = [spans[i][1] for i in order]
    best = [0] * (len(order) + 1)
    take = [False] * len(order)
    prev = [0] * len(order)
    for k, i in enumerate(order):
        start, end, blocker = spans[i]
        p = bisect.bisect_right(ends, start, 0, k)
        prev[k] = p
        with_it = best[p] + 2 * (end - start) + (1 if blocker else 0)
        if with_it > best[k]:
            best[k + 1], take[k] = with_it, True
        else:
            best[k + 1] = best[k]
    chosen = []
    k = len(order)
    while k > 0:
        if take[k - 1]:
            chosen.append(order[k - 1])
            k = prev[k - 1]
        else:
            k -= 1
    return chosen


def leftmost_longest(spans: Sequence[tuple[int, int, bool]]) -> list[int]:
    """Indices of the spans a left-to-right longest-match scan keeps (a blocker wins a tie)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], not spans[i][2]))
    chosen, pos = [], -1
    for i in order:
        if spans[i][0] >= pos:
            chosen.append(i)
            pos = spans[i][1]
    return chosen


def no_overlap(items: Sequence[tuple[int, int, Any, int]]) -> bool:
    """Whether the spans (start, end, categories, mask), in the automaton's order, follow each
    other without overlapping."""
    end = -1
    for a, b, _, _ in items:
        if a < end:
            return False
        end = b
    return True


def inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``[a, b)`` lies within one of ``spans`` other than itself."""
    for x, y in spans:
        if x <= a and b <= y and (x != a or y != b):
            return True
    return False
