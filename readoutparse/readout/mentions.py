"""Stage 1: every mention in one sentence, found in one pass of the automaton.

A hit of the automaton becomes a mention when the text allows it: the right case for
names and countries in cased scripts; whole words for Latin-script strings; for Arabic,
the clitics before a word (و ف ب ل ك، ال) and the suffixes after it (ـه ـها ـهما ـهم ات ...).
Then, per layer, overlapping hits compete: among names, titles and countries the set of
non-overlapping hits covering the most text wins, a blocker on a tie; among cue words the
longest at the leftmost place.  That is how ``普通话`` hides ``通话``, ``不会面临``
hides ``会面`` (``面临`` is a blocker of the same length), ``斯特拉斯堡`` hides ``特拉斯``,
and ``美国务卿`` reads as 美 + 国务卿 rather than 美国 + 务卿.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from .lexicon import ARABIC, BLOCK, CJK, COUNTRY, ENTITY, KIND, MODALITY, OFFICE, ORG, PERSON, SHORT, WORD, Compiled
from .scan import fold_case

__all__ = ["Mention", "allowed", "find_mentions"]

_ARABIC_PREFIXES = frozenset({
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "فب", "فل",
    "وبال", "فبال", "وك", "وكال", "س", "وس", "فس", "سي", "ست", "وسي", "وست",
})
_ARABIC_SUFFIXES = frozenset({
    "", "ه", "ها", "هما", "هم", "هن", "ي", "يه", "ين", "ان", "ون", "ات", "اته", "اتها", "ا", "يا", "كم", "نا",
    "تها", "ته", "تهما", "تين", "تان",
})


class Mention:
    """One span of a sentence and what it may be: ``cats`` maps a category to its payloads."""

    __slots__ = ("start", "end", "layer", "cats", "text")

    def __init__(self, start: int, end: int, layer: int, cats: dict[str, list[Any]], text: str) -> None:
        self.start, self.end, self.layer, self.cats, self.text = start, end, layer, cats, text

    def has(self, category: str) -> bool:
        return category in self.cats

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.text!r}, {sorted(self.cats)})"


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def allowed(text: str, start: int, end: int, mode: int) -> bool:
    if mode == CJK:
        return True
    if mode == WORD:
        return not (start > 0 and text[start - 1].isalnum()) and not (end < len(text) and text[end].isalnum())
    # ARABIC: the letters glued before and after the string must be clitics and suffixes.
    ws = start
    while ws > 0 and _is_arabic_letter(text[ws - 1]) and start - ws <= 4:
        ws -= 1
    if ws > 0 and text[ws - 1].isalnum():
        return False
    if text[ws:start] not in _ARABIC_PREFIXES:
        return False
    we = end
    while we < len(text) and _is_arabic_letter(text[we]) and we - end <= 4:
        we += 1
    if we < len(text) and text[we].isalnum():
        return False
    return text[end:we] in _ARABIC_SUFFIXES


def _whole_particle(text: str, start: int, end: int) -> bool:
    """A two-letter Arabic particle takes only و or ف before it and nothing after it."""
    ws = start
    while ws > 0 and _is_arabic_letter(text[ws - 1]) and start - ws <= 2:
        ws -= 1
    return text[ws:start] in ("", "و", "ف") and not (end < len(text) and _is_arabic_letter(text[end]))


def _best_cover(spans: Sequence[tuple[int, int, bool]]) -> list[int]:
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


def _leftmost_longest(spans: Sequence[tuple[int, int, bool]]) -> list[int]:
    """Indices of the spans a left-to-right longest-match scan keeps (a blocker wins a tie)."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], -spans[i][1], not spans[i][2]))
    chosen, pos = [], -1
    for i in order:
        if spans[i][0] >= pos:
            chosen.append(i)
            pos = spans[i][1]
    return chosen


# One-character forms that are everyday words before a title (新首相 is a new prime
# minister, not Singapore's): believed only right after another short form (中新).
_AMBIGUOUS_SHORTS = frozenset("新老古白西加土意以巴阿南马")


_BOTH = frozenset({"两国", "兩國"})


def _add_shorts(text: str, chosen: list[tuple[int, int, dict[str, list[Any]]]], lexicon: Compiled) -> None:
    """Short country forms right before a title word (俄外长, 美国务卿), or before another short form."""
    shorts = lexicon.shorts
    if not shorts:
        return
    taken = sorted((a, b) for a, b, _ in chosen)
    ends = {b for _, b in taken}
    for a, b, c in list(chosen):
        if OFFICE not in c:
            continue
        pos = a
        if text[max(0, a - 2):a] in _BOTH:
            pos = a - 2  # 中印两国外长: the pair's forms stand before "both countries"
        while pos > 0:
            for size in (3, 2, 1):
                key = text[max(0, pos - size):pos]
                if (len(key) == size and key in shorts and not any(x < pos and y > pos - size for x, y in taken)
                        and not (key in _AMBIGUOUS_SHORTS and text[max(0, pos - size - 1):pos - size] not in shorts)):
                    chosen.append((pos - size, pos, {k: list(v) for k, v in shorts[key].items()}))
                    taken.append((pos - size, pos))
                    pos -= size
                    if text[pos - 1:pos] in ("驻", "駐") and pos - 1 not in ends:
                        pos -= 1  # 美驻华大使: the sending country's short form stands before 驻
                    break
            else:
                break
            if pos in ends:
                break
    del ends


def find_mentions(text: str, lexicon: Compiled) -> dict[int, list[Mention]]:
    """Mentions of a folded sentence per layer, each list in text order."""
    low = fold_case(text)
    # (layer, start, end) -> category -> payloads
    found: dict[tuple[int, int, int], dict[str, list[Any]]] = {}
    entries = lexicon.entries
    for last, key in lexicon.automaton.iter(low):
        end = last + 1
        start = end - len(key)
        for layer, category, payload, exact, mode in entries[key]:
            if mode != CJK:
                if exact is not None and text[start:end] != exact:
                    continue
                if not allowed(text, start, end, mode):
                    continue
                if layer == MODALITY and mode == ARABIC and end - start <= 2 and not _whole_particle(text, start, end):
                    continue  # لم, لن, قد are particles: "كلمة" holds no لم
            span = (layer, start, end)
            cats = found.get(span)
            if cats is None:
                found[span] = {category: [payload]}
            elif category in cats:
                cats[category].append(payload)
            else:
                cats[category] = [payload]
    out: dict[int, list[Mention]] = {ENTITY: [], KIND: [], MODALITY: []}
    by_layer: dict[int, list[tuple[int, int, dict[str, list[Any]]]]] = {ENTITY: [], KIND: [], MODALITY: []}
    for (layer, start, end), cats in found.items():
        by_layer[layer].append((start, end, cats))
    person_spans: list[tuple[int, int]] = []
    for layer in (ENTITY, KIND, MODALITY):
        items = by_layer[layer]
        if not items:
            continue
        # Names and titles: the reading covering most text (美 + 国务卿 over 美国 + 务卿).
        # Cue words: the longest at the leftmost place ("phone talks" over "talks with").
        pick = _best_cover if layer == ENTITY else _leftmost_longest
        chosen = [items[i] for i in pick([(a, b, BLOCK in c) for a, b, c in items])]
        if layer == ENTITY:
            _add_shorts(text, chosen, lexicon)
            # An office word may hold a country word ("Chinese President"): both count.
            offices = [(a, b) for a, b, c in chosen if OFFICE in c]
            if offices:
                kept = {(a, b) for a, b, _ in chosen}
                for a, b, c in items:
                    if (a, b) not in kept and (COUNTRY in c or ORG in c) and any(x <= a and b <= y for x, y in offices):
                        chosen.append((a, b, {k: v for k, v in c.items() if k in (COUNTRY, ORG)}))
            person_spans = [(a, b) for a, b, c in chosen if BLOCK not in c and c.keys() & {PERSON, SHORT, OFFICE, COUNTRY, ORG}]
        elif person_spans:
            # A cue word inside a name or a title is part of it ("thư" in "Tổng Bí thư").
            chosen = [(a, b, c) for a, b, c in chosen
                      if not any(x <= a and b <= y and (x, y) != (a, b) for x, y in person_spans)]
        # A blocker hides what it overlaps; a string that is both (美国) is still itself.
        out[layer] = sorted((Mention(a, b, layer, {k: v for k, v in c.items() if k != BLOCK}, text[a:b])
                             for a, b, c in chosen if len(c) > 1 or BLOCK not in c),
                            key=lambda m: (m.start, m.end))
    return out
