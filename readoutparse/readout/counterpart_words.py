"""The word tables counterparts are read with: the ``addressees`` section of ``cues.json``."""

from __future__ import annotations

import functools

from .cues import cue_data

__all__ = ["dotted_after", "letter_words", "name_ends", "reply_words", "title_ends"]


@functools.lru_cache(maxsize=1)
def letter_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the letter verbs whose object is the addressee, role nouns that end a title before a name)."""
    data = cue_data().get("addressees", {})
    letters = tuple(w for lang in ("zh-Hans", "zh-Hant") for w in data.get("letters", {}).get(lang, ()))
    roles = tuple(w for lang in ("zh-Hans", "zh-Hant") for w in data.get("roles", {}).get(lang, ()))
    return letters, tuple(sorted(roles, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def reply_words() -> tuple[frozenset[str], frozenset[str]]:
    data = cue_data().get("addressees", {})
    return tuple(frozenset(w for lang in ("zh-Hans", "zh-Hant") for w in data.get(key, {}).get(lang, ()))
                 for key in ("replies", "writes"))  # type: ignore[return-value]


@functools.lru_cache(maxsize=1)
def name_ends() -> tuple[str, ...]:
    data = cue_data().get("addressees", {}).get("name_ends", {})
    return tuple(w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()))


@functools.lru_cache(maxsize=1)
def dotted_after() -> frozenset[str]:
    """Place and person nouns a dotted name may follow (艾奥瓦州友人萨拉·兰德): never names' ends."""
    data = cue_data().get("addressees", {}).get("dotted_after", {})
    return frozenset(ch for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()) for ch in w)


@functools.lru_cache(maxsize=1)
def title_ends() -> frozenset[str]:
    data = cue_data().get("addressees", {}).get("title_ends", {})
    return frozenset(ch for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()) for ch in w)
