"""An Aho-Corasick automaton that stays fast with thousands of Chinese first characters.

pyahocorasick keeps a node's children in a list it scans one by one.  The root of a Chinese
lexicon has some two thousand children (every first character of a name, title, country or
cue), and nearly every character of a Chinese text sends the automaton back to the root and
through that list: 13 µs for a 45-character sentence, where an automaton of six keys takes
0.5 µs.  So where the keys have more first characters than :data:`FANOUT`, keys and texts are
spelt in UTF-16 code units, each unit as two letters (its high and its low byte, decoded as
Latin-1): no node then has more than 256 children, and the same sentence takes 4 µs.

The hits are the plain automaton's.  A key's spelling starts at an even letter of the text's
spelling exactly where the key starts at a character of the text, and ends on an odd letter;
a hit ending on an even letter straddles two characters and is dropped.  Keys holding a
surrogate or a character outside the Basic Multilingual Plane are never spelt so (their units
could pair up differently in a text); a text holding such characters has its units mapped
back to characters one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick  # type: ignore[import-not-found]

__all__ = ["FANOUT", "KeyAutomaton", "StartGate"]

# First characters past which a root scanned child by child costs more than spelling in bytes
# (measured on archive posts: 65 first characters 20 ns a character plain, 30 spelt; 364: 124 and 50)
# (Arabic and Vietnamese lexicons have well under a hundred, Chinese ones thousands).
FANOUT = 128


def _wide(key: str) -> bool:
    """Whether a key holds a surrogate or a character outside the Basic Multilingual Plane (a
    regular expression of that class takes 7 ms to compile; max() settles most keys in C)."""
    return bool(key) and max(key) >= "\ud800" and any("\ud800" <= c <= "\udfff" or c > "\uffff" for c in key)


def _spelt(text: str) -> str:
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")


class KeyAutomaton:
    """Every occurrence of every key in a text, as ``(index of its last character, value)``."""

    __slots__ = ("_automaton", "spelt")

    def __init__(self, pairs: Iterable[tuple[str, Any]], *, fanout: int = FANOUT) -> None:
        pairs = list(pairs)
        first = {key[0] for key, _ in pairs if key}
        self.spelt = len(first) > fanout and not any(_wide(key) for key, _ in pairs)
        automaton = ahocorasick.Automaton()
        if self.spelt:
            # Spelt all at once and cut by length (two letters a character, none outside the
            # Basic Multilingual Plane): a fifth of the time of spelling each key.
            units = _spelt("".join(key for key, _ in pairs))
            at = 0
            for key, value in pairs:
                automaton.add_word(units[at:at + 2 * len(key)], value)
                at += 2 * len(key)
        else:
            for key, value in pairs:
                automaton.add_word(key, value)
        automaton.make_automaton()
        self._automaton = automaton

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        if not self.spelt:
            return self._automaton.iter(text)  # type: ignore[no-any-return]
        units = _spelt(text)
        if len(units) == 2 * len(text):
            return ((last >> 1, value) for last, value in self._automaton.iter(units) if last & 1)
        where = [i for i, ch in enumerate(text) for _ in range(2 if ch > "\uffff" else 1)]
        return ((where[last >> 1], value) for last, value in self._automaton.iter(units) if last & 1)


def _trie_pattern(keys: Iterable[str]) -> str:
    """A regular expression matching where any of ``keys`` starts: the keys as a trie of
    nested alternations, each branch cut where a key ends (a start needs no longer key)."""
    trie: dict[str, Any] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        parts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(trie)


class StartGate:
    """Where any of a set of keys starts in a text, for keys that match anywhere (Chinese cues).

    A Chinese text mostly holds none of the keys' first characters: the regular expression
    engine skips such characters in a tight loop on its first character set (11-13 ns a
    character on archive posts) where the automaton walks its root's children for each
    (31 ns with 73 first characters).
    """

    __slots__ = ("_search",)

    def __init__(self, keys: Iterable[str]) -> None:
        keys = [key for key in keys if key]
        self._search = re.compile(_trie_pattern(keys) if keys else "(?!)").search

    def starts(self, text: str) -> list[int]:
        """Every position some key starts at, in order, each once."""
        out = []
        search = self._search
        hit = search(text)
        while hit is not None:
            at = hit.start()
            out.append(at)
            hit = search(text, at + 1)
        return out

    def any(self, text: str) -> bool:
        return self._search(text) is not None
