"""Text helpers shared by the readout matchers: folding, sentences, word boundaries.

Matching runs on a *folded* copy of the text so that spelling variants that do not
change meaning (Arabic hamza seats and vowel marks, Arabic-Indic digits, curly
apostrophes, the several middle dots of Chinese transliterations) need not be listed
in the data files.  Folding keeps a map back to the original so that every name,
place and sentence we report is the text exactly as the document wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = [
    "CJK_LANGUAGES", "LANGUAGES", "Folded", "alternation", "fold", "fold_key", "sentences", "word_pattern",
]

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ar", "vi")
CJK_LANGUAGES = frozenset({"zh-Hans", "zh-Hant"})

# One character in, one character out: positions in the folded text equal positions
# in the original, so most documents need no index map at all.
_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'", "\u2018": "'", "\u02bc": "'",
        "\u2027": "\u00b7", "\u30fb": "\u00b7", "\u2022": "\u00b7", "\uff65": "\u00b7", "\u2219": "\u00b7",
        "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
        "\u0649": "\u064a", "\u0629": "\u0647",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
# Arabic short vowels, tanween, shadda, sukun, dagger alif and tatweel carry no
# identity for matching; they are dropped (this is the only length-changing fold).
_DROP = re.compile("[\u0640\u064b-\u065f\u0670]")


class Folded:
    """A folded string and the way back to the original's positions."""

    __slots__ = ("original", "text", "_index")

    def __init__(self, original: str) -> None:
        self.original = original
        same = original.translate(_SAME_LENGTH)
        if _DROP.search(same) is None:
            self.text = same
            self._index: list[int] | None = None
        else:
            kept = [i for i, ch in enumerate(same) if _DROP.match(ch) is None]
            self.text = "".join(same[i] for i in kept)
            self._index = kept

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original positions of the folded slice ``[start:end]``."""
        if self._index is None:
            return start, end
        if start >= len(self._index):
            return len(self.original), len(self.original)
        last = self._index[end - 1] + 1 if end > start else self._index[start]
        # Marks that follow the last kept letter belong to that letter.
        while last < len(self.original) and _DROP.match(self.original[last]):
            last += 1
        return self._index[start], last

    def original_text(self, start: int, end: int) -> str:
        a, b = self.span(start, end)
        return self.original[a:b]


def fold(text: str) -> Folded:
    return Folded(text)


def fold_key(text: str) -> str:
    """The folded form of a data-file string (a name, a cue, a month)."""
    return _DROP.sub("", text.translate(_SAME_LENGTH))


# Sentence ends: CJK full stops always; Latin/Arabic stops only before white space,
# so that "U.S." or "VOV.VN" inside a sentence is left alone (see _ABBREVIATION).
_SENTENCE_END = re.compile(r"[。！？!?]+[」』”\"）)]*|[.؟](?=\s)")
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Gov|Sen|Rep|Prof"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)


def sentences(paragraph: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of one paragraph, in order, without surrounding blanks."""
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        if _ABBREVIATION.search(paragraph, start, end):
            continue
        yield from _trimmed(paragraph, start, end)
        start = end
    yield from _trimmed(paragraph, start, len(paragraph))


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


# Arabic writes the conjunctions و/ف and the prepositions ب/ل/ك as part of the next
# word ("وبوتين" = "and Putin"); a name may carry one of each in front of it.
_ARABIC_CLITICS = "(?:[\u0648\u0641]?[\u0628\u0644\u0643]?)"


def word_pattern(alternation: str, language: str | None, group: str = "w") -> str:
    """A regex for ``alternation`` as whole words in ``language`` (in ``group``).

    Chinese has no spaces, so CJK strings match anywhere (exclusion strings in the
    data stop false hits such as 克里 inside 克里姆林宫).  Other scripts need word
    boundaries; Arabic also accepts the attached clitics.
    """
    if language in CJK_LANGUAGES:
        return f"(?P<{group}>{alternation})"
    prefix = _ARABIC_CLITICS if language in (None, "ar") else ""
    return rf"(?<!\w){prefix}(?P<{group}>{alternation})(?!\w)"


def alternation(strings: list[str] | set[str] | tuple[str, ...]) -> str:
    """Longest first, so that "Vladimir Putin" wins over "Putin" at the same place."""
    ordered = sorted(set(strings), key=lambda s: (-len(s), s))
    return "|".join(re.escape(s) for s in ordered)
