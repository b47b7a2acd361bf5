"""Cue words: what says "phone call", "met", "at the request of", "in Kuala Lumpur".

The words are data (``data/cues.json``); this module compiles them, once per
language, into regular expressions.  Every pattern is linear: alternations of
literal words, or bounded character classes, never nested quantifiers.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .data_files import packaged
from ..errors import ReadoutParseError
from .gated import Searcher, gated
from .literals import ANYWHERE, LiteralScanner, mode_for
from .scan import LANGUAGES, alternation, fold_key

__all__ = ["GENERIC", "CueSet", "InitiatorRule", "PlaceRule", "cue_data", "cues_for", "section_pattern"]

FORMAT = "readoutparse-cues/1"
# The cue group that says only "they were in contact" without saying how.
GENERIC = "contact"


@attrs.frozen
class InitiatorRule:
    """``named``: the pattern's ``who`` group names the side that asked.
    ``other_than_subject``: the sentence's subject accepted (应约), so the other side asked."""

    pattern: Searcher  # a compiled pattern, or one tried only where its literal occurs (gated.py)
    role: str


@attrs.frozen
class PlaceRule:
    pattern: Searcher
    scope: str  # "evidence": the readout sentence; "lead": the first paragraph


@attrs.frozen
class CueSet:
    language: str | None
    kinds: LiteralScanner
    kind_of: Mapping[str, str]  # folded (and, for Latin scripts, lower-cased) cue -> kind
    case_insensitive: bool
    priority: tuple[str, ...]
    initiator: tuple[InitiatorRule, ...]
    place: tuple[PlaceRule, ...]
    place_stopwords: frozenset[str]
    # "at the request of the latter": folded word -> "first" or "last" person named before it
    references: Mapping[str, str] = attrs.field(factory=dict)
    # words that end a place phrase in scripts where case does not ("tại Hà Nội vào ngày ...")
    place_end_words: frozenset[str] = frozenset()

    def kinds_in(self, folded: str) -> Iterator[tuple[int, str]]:
        """(position, kind) of every kind cue in a folded sentence, in order."""
        for start, end in self.kinds.spans(folded):
            word = folded[start:end]
            yield start, self.kind_of[word.lower() if self.case_insensitive else word]

    def best_kind(self, kinds: list[str]) -> str | None:
        """The most specific kind named: a video call also says "talks", a call is not a meeting."""
        for kind in self.priority:
            if kind in kinds:
                return kind
        return None


@functools.lru_cache(maxsize=1)
def cue_data() -> Mapping[str, Any]:
    """The built-in cue file, read on first use."""
    data = packaged("cues.json")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReadoutParseError(f"expected format {FORMAT!r}", name="cues.json")
    return data


_WORD_BOUNDED = ("en", "vi")  # languages whose words end at a space or punctuation


@functools.lru_cache(maxsize=64)
def section_pattern(section: str, language: str | None, bounded: bool = True) -> re.Pattern[str] | None:
    """The words of one word-list section of the cue file (``online``, ``wishes``) as one
    case-folded pattern, longest first: the language's own words, or every language's where
    the section has none for it; in English and Vietnamese bounded by word edges when
    ``bounded`` (``online`` is no part of ``onlineshop``). None when the section is empty."""
    data = cue_data().get(section, {})
    languages = (language,) if language in data else LANGUAGES
    words = [fold_key(w) for lang in languages for w in data.get(lang, ())]
    if not words:
        return None
    body = alternation(words)
    edged = bounded and language in _WORD_BOUNDED
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)" if edged else body, re.IGNORECASE)


def _languages(data: Mapping[str, Any], language: str | None) -> tuple[str, ...]:
    if language not in LANGUAGES:
        return LANGUAGES
    return (language, *data.get("fallbacks", {}).get(language, ()))


@functools.lru_cache(maxsize=16)
def cues_for(language: str | None) -> CueSet:
    """The compiled cues for text in ``language``; an unknown language gets every language's cues."""
    data = cue_data()
    langs = _languages(data, language)
    # Latin-script cues are matched regardless of case ("Điện đàm" opens sentences).
    insensitive = language in ("en", "vi") or language not in LANGUAGES
    flags = re.IGNORECASE if insensitive else 0
    kind_of: dict[str, str] = {}
    for lang in langs:
        for kind, words in data["kinds"].get(lang, {}).items():
            for word in words:
                key = fold_key(word)
                kind_of.setdefault(key.lower() if insensitive else key, kind)
    cjk = {k for k in kind_of if _is_cjk(k)}
    rest = set(kind_of) - cjk
    # CJK cues match anywhere, other scripts as whole words; CJK first where both could.
    kinds = LiteralScanner([(cjk, ANYWHERE), (rest, mode_for(language if language in LANGUAGES else None))],
                           ignore_case=insensitive)
    rules = tuple(
        InitiatorRule(gated(re.compile(fold_key(rule["pattern"]), flags)), rule["role"])
        for lang in langs for rule in data["initiator"].get(lang, ())
    )
    places = tuple(
        PlaceRule(gated(re.compile(fold_key(rule["pattern"]), flags)), rule.get("scope", "evidence"))
        for lang in langs for rule in data["place"].get(lang, ())
    )
    stop = frozenset(w for lang in langs for w in data.get("place_stopwords", {}).get(lang, ()))
    refs = {fold_key(word).lower(): which for lang in langs
            for word, which in data.get("initiator_references", {}).get(lang, {}).items()}
    return CueSet(language, kinds, kind_of, insensitive,
                  tuple(data["kind_priority"]), rules, places, stop, refs,
                  frozenset(w for lang in langs for w in data.get("place_end_words", {}).get(lang, ())))


def _is_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)
