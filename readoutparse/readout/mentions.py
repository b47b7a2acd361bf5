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

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from .covers import best_cover, inside, leftmost_longest, no_overlap
from .lexicon import ARABIC, BLOCK, CJK, COUNTRY, ENTITY, KIND, MODALITY, OFFICE, ORG, PERSON, SHORT, WORD, Compiled
from .scan import fold_case

__all__ = ["Mention", "allowed", "category_mask", "find_mentions"]

_ARABIC_PREFIXES = frozenset({
    "", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وب", "ول", "فب", "فل",
    "وبال", "فبال", "وك", "وكال", "س", "وس", "فس", "سي", "ست", "وسي", "وست",
})
_ARABIC_SUFFIXES = frozenset({
    "", "ه", "ها", "هما", "هم", "هن", "ي", "يه", "ين", "ان", "ون", "ات", "اته", "اتها", "ا", "يا", "كم", "نا",
    "تها", "ته", "تهما", "تين", "تان",
})


# One bit per category (in order of first use), so that a reader asks "a name or a title?" of a
# mention with one ``&`` (``m.flags & NAMES``, ``NAMES = category_mask(PERSON, SHORT)``) instead
# of building a set (``m.cats.keys() & {PERSON, SHORT}``) per mention and question.
_BITS: dict[str, int] = {}


def category_mask(*categories: str) -> int:
    """The bits of ``categories`` in :attr:`Mention.flags`."""
    out = 0
    for category in categories:
        bit = _BITS.get(category)
        if bit is None:
            bit = _BITS[category] = 1 << len(_BITS)
        out |= bit
    return out


class Mention:
    """One span of a sentence and what it may be: ``cats`` maps a category to its payloads."""

    __slots__ = ("start", "end", "layer", "cats", "text", "flags")

    def __init__(self, start: int, end: int, layer: int, cats: dict[str, list[Any]], text: str,
                 flags: int | None = None) -> None:
        self.start, self.end, self.layer, self.cats, self.text = start, end, layer, cats, text
        # The category_mask of the categories it was found with; keys a later stage writes into
        # ``cats`` for itself (``_context``, ``_principal``) are no category.
        self.flags = category_mask(*cats) if flags is None else flags

    def has(self, category: str) -> bool:
        return category in self.cats

    def __repr__(self) -> str:
        return f"Mention({self.start}, {self.end}, {self.text!r}, {sorted(self.cats)})"


def _is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a"


def _in_word(ch: str) -> bool:
    """A letter or digit that continues a Latin-script word; a CJK ideograph does not
    (``G20峰会``, ``APEC峰會``, ``AIT處長``: Chinese glues Latin names to its words)."""
    return ch.isalnum() and not ("\u3040" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")


def allowed(text: str, start: int, end: int, mode: int) -> bool:
    if mode == CJK:
        return True
    if mode == WORD:
        return not (start > 0 and _in_word(text[start - 1])) and not (end < len(text) and _in_word(text[end]))
    # ARABIC: the letters glued before and after the string must be clitics and suffixes (at most
    # five letters are looked at on each side: no clitic or suffix is longer).
    ws = start
    low = start - 5 if start > 5 else 0
    while ws > low and "\u0621" <= text[ws - 1] <= "\u064a":
        ws -= 1
    if ws > 0 and text[ws - 1].isalnum():
        return False
    if ws < start and text[ws:start] not in _ARABIC_PREFIXES:
        return False
    we = end
    high = min(len(text), end + 5)
    while we < high and "\u0621" <= text[we] <= "\u064a":
        we += 1
    if we < len(text) and text[we].isalnum():
        return False
    return we == end or text[end:we] in _ARABIC_SUFFIXES


def _whole_particle(text: str, start: int, end: int) -> bool:
    """A two-letter Arabic particle takes only و or ف before it and nothing after it."""
    ws = start
    while ws > 0 and _is_arabic_letter(text[ws - 1]) and start - ws <= 2:
        ws -= 1
    return text[ws:start] in ("", "و", "ف") and not (end < len(text) and _is_arabic_letter(text[end]))


# One-character forms that are everyday words before a title (新首相 is a new prime
# minister, not Singapore's): believed only right after another short form (中新).
_AMBIGUOUS_SHORTS = frozenset("新老古白西加土意以巴阿南马")


_BOTH = frozenset({"两国", "兩國"})


def _add_shorts(text: str, chosen: list[_Item], lexicon: Compiled) -> None:
    """Short country forms right before a title word (俄外长, 美国务卿), or before another short form."""
    shorts = lexicon.shorts
    if not shorts:
        return
    # A short form ends right before the title (or before 两国): one set test turns away
    # the titles no short form can precede, before the spans taken are sorted.
    ends_of_shorts = lexicon.short_ends
    offices = [a for a, _, c, _ in chosen if OFFICE in c
               and (text[a - 1:a] in ends_of_shorts or text[max(0, a - 2):a] in _BOTH)]
    if not offices:
        return
    taken = sorted((a, b) for a, b, _, _ in chosen)
    ends = {b for _, b in taken}
    for a in offices:
        pos = a
        if text[max(0, a - 2):a] in _BOTH:
            pos = a - 2  # 中印两国外长: the pair's forms stand before "both countries"
        while pos > 0:
            for size in (3, 2, 1):
                key = text[max(0, pos - size):pos]
                if (len(key) == size and key in shorts and not any(x < pos and y > pos - size for x, y in taken)
                        and not (key in _AMBIGUOUS_SHORTS and text[max(0, pos - size - 1):pos - size] not in shorts)):
                    forms = {k: list(v) for k, v in shorts[key].items()}
                    chosen.append((pos - size, pos, forms, category_mask(*forms)))
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


# What one key of the automaton contributes to a sentence, worked out once per key:
# (length, checks, full, partial).  ``checks`` are the distinct conditions its entries put on
# the text, (exact, mode, particle), none for entries that match anywhere; ``full`` is
# (layer, category -> payloads) per layer, in the entries' order, for when every check
# passes (nearly always); ``partial`` the entries with the index of their check (-1: none)
# for when only some do.
_Contribution = tuple[tuple[int, dict[str, list[Any]], int], ...]
_Item = tuple[int, int, dict[str, list[Any]], int]  # start, end, categories, their mask
_KeyInfo = tuple[int, tuple[tuple["str | None", int, bool], ...], _Contribution,
                 tuple[tuple[int, str, Any, int], ...]]


def _contribution(entries: Sequence[tuple[int, str, Any, int]], passed: Sequence[bool] | None) -> _Contribution:
    layers: dict[int, dict[str, list[Any]]] = {}
    for layer, category, payload, check in entries:
        if check >= 0 and passed is not None and not passed[check]:
            continue
        cats = layers.setdefault(layer, {})
        if category in cats:
            cats[category].append(payload)
        else:
            cats[category] = [payload]
    return tuple((layer, cats, category_mask(*cats)) for layer, cats in layers.items())


def _key_info(lexicon: Compiled, key: str) -> _KeyInfo:
    checks: list[tuple[str | None, int, bool]] = []
    partial = []
    for layer, category, payload, exact, mode in lexicon.entries[key]:
        index = -1
        if mode != CJK:
            # لم, لن, قد are particles: "كلمة" holds no لم
            check = (exact, mode, layer == MODALITY and mode == ARABIC and len(key) <= 2)
            if check not in checks:
                checks.append(check)
            index = checks.index(check)
        partial.append((layer, category, payload, index))
    info = (len(key), tuple(checks), _contribution(partial, None), tuple(partial))
    lexicon.key_info[key] = info
    return info


def _passes(text: str, start: int, end: int, exact: str | None, mode: int, particle: bool) -> bool:
    if exact is not None and text[start:end] != exact:
        return False
    if mode == WORD:
        if (start > 0 and _in_word(text[start - 1])) or (end < len(text) and _in_word(text[end])):
            return False
    elif not allowed(text, start, end, mode):
        return False
    return not particle or _whole_particle(text, start, end)


def find_mentions(text: str, lexicon: Compiled) -> dict[int, list[Mention]]:
    """Mentions of a folded sentence per layer, each list in text order."""
    low = fold_case(text)
    size = len(text)
    table = lexicon.key_info
    by_layer: dict[int, list[_Item]] = {ENTITY: [], KIND: [], MODALITY: []}
    # Each (start, end) is one key's, found once, so its entries are all seen at one hit and the
    # spans of a layer come in the automaton's order: by end, then longest first.
    assert lexicon.automaton is not None
    for last, key in lexicon.automaton.iter(low):
        info = table.get(key)
        if info is None:
            info = _key_info(lexicon, key)
        length, checks, contribution, partial = info
        end = last + 1
        start = end - length
        if checks:
            if len(checks) == 1:
                exact, mode, particle = checks[0]
                if exact is None and not particle:
                    if mode == WORD:  # most Latin-script hits
                        if ((start and text[start - 1].isalnum() and _in_word(text[start - 1]))
                                or (end < size and text[end].isalnum() and _in_word(text[end]))):
                            continue
                    elif not allowed(text, start, end, mode):  # most Arabic hits
                        continue
                elif not _passes(text, start, end, exact, mode, particle):
                    continue
            else:
                passed = [_passes(text, start, end, *check) for check in checks]
                if not all(passed):
                    if not any(passed):
                        continue
                    contribution = _contribution(partial, passed)
        for layer, cats, flags in contribution:
            by_layer[layer].append((start, end, cats, flags))
    out: dict[int, list[Mention]] = {ENTITY: [], KIND: [], MODALITY: []}
    person_spans: list[tuple[int, int]] = []
    for layer in (ENTITY, KIND, MODALITY):
        items = by_layer[layer]
        if not items:
            continue
        # Names and titles: the reading covering most text (美 + 国务卿 over 美国 + 务卿).
        # Cue words: the longest at the leftmost place ("phone talks" over "talks with").
        # Spans that do not overlap are all kept, in the order the two would give them.
        alone = no_overlap(items)
        if alone:
            chosen = items[::-1] if layer == ENTITY else list(items)
        else:
            pick = best_cover if layer == ENTITY else leftmost_longest
            chosen = [items[i] for i in pick([(a, b, BLOCK in c) for a, b, c, _ in items])]
        if layer == ENTITY:
            _add_shorts(text, chosen, lexicon)
            # An office word may hold a country word ("Chinese President"): both count.
            offices = [(a, b) for a, b, c, _ in chosen if OFFICE in c] if not alone else None
            if offices:
                kept = {(a, b) for a, b, _, _ in chosen}
                for a, b, c, _ in items:
                    if (a, b) not in kept and (COUNTRY in c or ORG in c) and any(x <= a and b <= y for x, y in offices):
                        inner = {k: v for k, v in c.items() if k in (COUNTRY, ORG)}
                        chosen.append((a, b, inner, category_mask(*inner)))
            person_spans = [(a, b) for a, b, c, f in chosen if not f & _BLOCK and f & _PEOPLE]
        elif person_spans:
            # A cue word inside a name or a title is part of it ("thư" in "Tổng Bí thư").
            chosen = [item for item in chosen if not inside(item[0], item[1], person_spans)]
        # A blocker hides what it overlaps; a string that is both (美国) is still itself.  Each
        # mention gets its own dict: the people stage writes into it.
        in_order = alone and len(chosen) == len(items)  # then items are the chosen, in text order
        found = [Mention(a, b, layer, {k: v for k, v in c.items() if k != BLOCK} if f & _BLOCK else c.copy(),
                         text[a:b], f & ~_BLOCK)
                 for a, b, c, f in (items if in_order else chosen) if not f & _BLOCK or len(c) > 1]
        if not in_order:
            found.sort(key=_POSITION)
        out[layer] = found
    return out


_PEOPLE = category_mask(PERSON, SHORT, OFFICE, COUNTRY, ORG)
_BLOCK = category_mask(BLOCK)


_POSITION = attrgetter("start", "end")
