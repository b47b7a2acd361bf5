"""Text helpers shared by the readout matchers: folding, sentences, alternations.

Matching runs on a *folded* copy of the text so that spelling variants that do not
change meaning (Arabic hamza seats and vowel marks, Arabic-Indic digits, curly
apostrophes, the several middle dots of Chinese transliterations) need not be listed
in the data files.  Folding keeps a map back to the original so that every name,
place and sentence we report is the text exactly as the document wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

__all__ = [
    "CJK_LANGUAGES", "CLAUSE_MARK", "LANGUAGES", "ORDINAL", "Folded", "alternation", "fold", "fold_key", "sentence_texts", "sentences",
]

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ar", "vi")
CJK_LANGUAGES = frozenset({"zh-Hans", "zh-Hant"})
# Punctuation that ends a clause in any of our scripts: the scope of a negation, of a
# summons' subject, of a contact put back.
CLAUSE_MARK = re.compile(r"[，,。；;：:！？!?]")
# 第十五次, 首届: the ordinal of a meeting between the verb holding it and its name
ORDINAL = r"(?:第[\d一二三四五六七八九十百]+(?:次|届|屆)|首届|首屆|首次)"

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
# str.translate looks every character up in that table, which costs more than all the
# matching on a sentence; a sentence mostly holds none of these characters, or a few.
# Replacing one character at a time gives translate's result because no replacement is
# itself replaced.
_SAME_LENGTH_CHARS = {chr(code): value for code, value in _SAME_LENGTH.items()}
_FOLDABLE_CLASS = "".join(map(re.escape, _SAME_LENGTH_CHARS))
_FOLDABLE = re.compile(f"[{_FOLDABLE_CLASS}]")
# Arabic short vowels, tanween, shadda, sukun, dagger alif and tatweel carry no
# identity for matching; they are dropped (this is the only length-changing fold).
_DROP_CLASS = "\u0640\u064b-\u065f\u0670"
_DROP = re.compile(f"[{_DROP_CLASS}]")
_DROP_CHARS = frozenset(c for c in map(chr, range(0x0600, 0x0700)) if _DROP.match(c))  # all in that block
# Most sentences hold nothing to fold: one search settles that.
_ANY_FOLD = re.compile(f"[{_FOLDABLE_CLASS}{_DROP_CLASS}]")


class Folded:
    """A folded string and the way back to the original's positions."""

    __slots__ = ("original", "text", "_index", "_dropped")

    def __init__(self, original: str) -> None:
        self.original = original
        self.text = original
        self._index: list[int] | None = None
        # Whether marks were dropped (positions differ); the index of the kept characters is
        # made on the first span asked for, as most folded sentences are never mapped back.
        self._dropped = False
        if original.isascii() or _ANY_FOLD.search(original) is None:
            return  # every character folded is outside ASCII
        same = original
        for char in set(_FOLDABLE.findall(original)):
            same = same.replace(char, _SAME_LENGTH_CHARS[char])
        self.text = same
        if _DROP.search(same) is not None:
            self.text = _DROP.sub("", same)
            self._dropped = True

    @classmethod
    def same_length(cls, original: str, text: str) -> Folded:
        """The fold of ``original`` already made: ``text``, a slice of a folded text whose
        folds changed no length (every fold but a drop is one character for one)."""
        out = cls.__new__(cls)
        out.original, out.text, out._index, out._dropped = original, text, None, False
        return out

    def _kept(self) -> list[int]:
        if self._index is None:
            self._index = [i for i, ch in enumerate(self.original) if ch not in _DROP_CHARS]
        return self._index

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original positions of the folded slice ``[start:end]``."""
        if not self._dropped:
            return start, end
        self._kept()
        assert self._index is not None
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
# In meaning ``[。！？!?]+[」』”"）)]*|[.؟](?=\s)``; opening with one character class lets
# re skip in C to the next stop instead of trying the pattern at every character.
_SENTENCE_END = re.compile(r"[。！？!?.؟](?:(?<=[。！？!?])[。！？!?]*[」』”\"）)]*|(?<=[.؟])(?=\s))")
_ABBREVIATION = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Gen|Gov|Sen|Rep|Prof"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)


def sentences(paragraph: str) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of one paragraph, in order, without surrounding blanks."""
    for start, end in _pieces(paragraph):
        span = _trimmed(paragraph, start, end)
        if span is not None:
            yield span


def sentence_texts(paragraph: str) -> list[str]:
    """The text of each span :func:`sentences` gives."""
    # str.strip() drops exactly the characters for which str.isspace() is true.
    return [text for text in (paragraph[start:end].strip() for start, end in _pieces(paragraph)) if text]


def _pieces(paragraph: str) -> list[tuple[int, int]]:
    pieces = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.end()
        # An abbreviation ends at ``end`` and is at most 5 characters long ("Sept."):
        # searching the whole sentence for it cost more than splitting it.
        if _ABBREVIATION.search(paragraph, max(start, end - 5), end):
            continue
        pieces.append((start, end))
        start = end
    pieces.append((start, len(paragraph)))
    return pieces


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    piece = text[start:end]
    kept = piece.strip()
    if not kept:
        return None
    start += len(piece) - len(piece.lstrip())
    return start, start + len(kept)


def alternation(strings: Iterable[str]) -> str:
    """Longest first, so that "Vladimir Putin" wins over "Putin" at the same place."""
    ordered = sorted(set(strings), key=lambda s: (-len(s), s))
    return "|".join(re.escape(s) for s in ordered)


def fold_case(text: str) -> str:
    """Lower case, one character for one, so positions still match the text.

    ``str.lower`` lengthens a few characters (``İ`` becomes two); those are kept as they
    are.  Keys and texts go through this same function, so a key found in a text is
    always a key of the table (``ſ``, ``ı`` and ``İ`` fold to themselves on both sides).
    """
    low = text.lower()
    if len(low) == len(text):  # no lower-case mapping shortens a character
        return low
    return "".join(c if len(m := c.lower()) != 1 else m for c in text)
