r"""Many literal strings found at once: names and cue words.

What is found is what this plain pattern finds (:func:`_plain`), parts joined by ``|``::

    ANYWHERE (Chinese)   (LONGEST|...|SHORTEST)
    WORD                 (?<!\w)(LONGEST|...|SHORTEST)(?!\w)
    CLITIC (Arabic)      (?<!\w)[وف]?[بلك]?(LONGEST|...|SHORTEST)(?!\w)

the group being the string found.  Arabic writes the conjunctions و/ف and the
prepositions ب/ل/ك as part of the next word ("وبوتين" = "and Putin"), hence the clitics.

That pattern opens with a look-behind, which leaves ``re`` nothing to skip by: it enters
the pattern at every position and tries every string there in turn, and this made the
name and cue matchers the readout layer's main cost.  So :class:`LiteralScanner` makes
every pattern open with something ``re`` can skip to in C:

* ANYWHERE and WORD parts: one branch per first character, each opening with that
  character and holding only the strings that start with it.  The boundary test moves
  behind the first character: ``c(?<!\w[\s\S])`` is ``(?<!\w)c``.
* CLITIC parts: the character before the match, ``\W``, consumed instead of looked
  behind at (most Arabic letters start some name, but few characters end a word).  The
  text gets a space in front so that a match at its start has one too, and each search
  starts on the last character of the previous match, where the look-behind would look.

Where parts need different patterns, :meth:`LiteralScanner.spans` takes at each
position the first pattern, in the plain pattern's order, that matches there.  The
results are the plain pattern's because at each position the same readings are tried
in the same order: the parts in the order given, the clitics greedy first, the strings
longest first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from .scan import CJK_LANGUAGES, alternation

__all__ = ["ANYWHERE", "CLITIC", "WORD", "LiteralScanner", "mode_for"]

# Chinese has no spaces, so its strings match anywhere (exclusion strings in the data
# stop false hits such as 克里 inside 克里姆林宫); other scripts match whole words.
ANYWHERE = "anywhere"
WORD = "word"
CLITIC = "clitic"  # whole words, perhaps after Arabic clitics

_CLITICS = "[\u0648\u0641]?[\u0628\u0644\u0643]?"  # [وف]?[بلك]?
# Put after a string's first character, this is (?<!\w) before it; [\s\S] as that
# character need not be a letter.
_START = r"(?<!\w[\s\S])"
_END = r"(?!\w)"

_Part = tuple[frozenset[str], str]  # strings, mode
# How a pattern is searched and gives a string's span: the whole match; the one group
# taking part (the plain pattern); or, in the text with a space in front, from the end
# of the (empty) first group, after any clitics, to the end of the match.
_WHOLE, _GROUP, _SEPARATED = range(3)


class LiteralScanner:
    """``parts``: (strings, mode) in priority order; ``ignore_case`` as ``re.IGNORECASE``."""

    def __init__(self, parts: Sequence[tuple[Iterable[str], str]], *, ignore_case: bool = False) -> None:
        key = tuple((frozenset(strings), mode) for strings, mode in parts)
        # Equal gazetteers, and languages with the same names, share the compiled patterns.
        self._patterns = _patterns(tuple(part for part in key if part[0]), ignore_case)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of each string found, without its clitics, left to right, not overlapping."""
        if len(self._patterns) > 1:
            return self._merged(text)
        pattern, how = self._patterns[0]
        if how == _WHOLE:
            return [m.span() for m in pattern.finditer(text)]
        if how == _GROUP:
            return [m.span(m.lastindex) for m in pattern.finditer(text)]  # type: ignore[arg-type]
        spaced, found, pos = " " + text, [], 0
        while (m := pattern.search(spaced, pos)) is not None:
            pos = m.end() - 1
            found.append((m.end(1) - 1, pos))
        return found

    def _merged(self, text: str) -> list[tuple[int, int]]:
        # What finditer of one pattern holding them all would give: the leftmost match,
        # and at one position the first pattern's.  A pattern's next match is looked for
        # again only once the scan has passed its start: found from further left, the
        # leftmost match at or after a position is the same.  In the spaced text a match
        # starts on the character before its reading, which is the reading's own start
        # in the text as given.
        spaced = " " + text
        texts = [spaced if how == _SEPARATED else text for _, how in self._patterns]
        upcoming = [pattern.search(t) for (pattern, _), t in zip(self._patterns, texts)]
        found: list[tuple[int, int]] = []
        pos = 0
        while True:
            best, how = None, _WHOLE
            for i, (pattern, kind) in enumerate(self._patterns):
                match = upcoming[i]
                if match is not None and match.start() < pos:
                    match = upcoming[i] = pattern.search(texts[i], pos)
                if match is not None and (best is None or match.start() < best.start()):
                    best, how = match, kind
            if best is None:
                return found
            found.append(best.span() if how == _WHOLE else (best.end(1) - 1, best.end() - 1))
            pos = found[-1][1]


def mode_for(language: str | None) -> str:
    """How strings are delimited in text of ``language``; ``None`` (unknown) allows Arabic clitics."""
    if language in CJK_LANGUAGES:
        return ANYWHERE
    return CLITIC if language in (None, "ar") else WORD


@functools.lru_cache(maxsize=32)
def _patterns(parts: tuple[_Part, ...], ignore_case: bool) -> tuple[tuple[re.Pattern[str], int], ...]:
    """The patterns to scan with, in the plain pattern's order."""
    if not parts:
        return ((re.compile("(?!)"), _WHOLE),)
    if ignore_case or any("" in strings for strings, _ in parts):
        # An empty string matches anywhere, so no first character announces it; and
        # ignoring case, many characters may stand for a first one (K, the Kelvin sign,
        # for k), which takes longer to work out than the case-blind cue sets (English,
        # Vietnamese) take to scan, as cues are only looked for in sentences naming someone.
        plain = "|".join(_plain(strings, mode) for strings, mode in parts)
        return ((re.compile(plain, re.IGNORECASE if ignore_case else 0), _GROUP),)
    patterns: list[tuple[re.Pattern[str], int]] = []
    run: list[_Part] = []
    for strings, mode in parts:
        if mode != CLITIC:
            run.append((strings, mode))
            continue
        if run:
            patterns.append((_by_first_character(run), _WHOLE))
            run = []
        found = "|".join(_escape(char) + rests for char, rests in _grouped(strings))
        patterns.append((re.compile(rf"\W{_CLITICS}()(?:{found}){_END}"), _SEPARATED))
    if run:
        patterns.append((_by_first_character(run), _WHOLE))
    return tuple(patterns)


def _plain(strings: frozenset[str], mode: str) -> str:
    """The pattern of the module docstring for one part."""
    found = f"({alternation(strings)})"
    if mode == ANYWHERE:
        return found
    return rf"(?<!\w){_CLITICS if mode == CLITIC else ''}{found}(?!\w)"


def _by_first_character(parts: list[_Part]) -> re.Pattern[str]:
    """One branch per first character, holding each part's strings that start with it."""
    by_char: dict[str, list[str]] = {}
    for strings, mode in parts:
        for char, rests in _grouped(strings):
            by_char.setdefault(char, []).append(rests if mode == ANYWHERE else f"{_START}{rests}{_END}")
    return re.compile("|".join(_escape(char) + (options[0] if len(options) == 1 else f"(?:{'|'.join(options)})")
                               for char, options in sorted(by_char.items())))


def _grouped(strings: frozenset[str]) -> list[tuple[str, str]]:
    """(first character, the rests of the strings starting with it as a group, longest first)."""
    rests: dict[str, list[str]] = {}
    for string in strings:
        rests.setdefault(string[0], []).append(string[1:])
    return [(char, "(?:" + "|".join(map(_escape, sorted(after, key=lambda s: (-len(s), s)))) + ")")
            for char, after in sorted(rests.items())]


# Outside a class only these are special; re.escape also escapes spaces, which names
# are full of, and an escape takes re longer to read than a plain character.
_SPECIAL = str.maketrans({c: "\\" + c for c in "\\.^$*+?{}[]|()"})


def _escape(text: str) -> str:
    return text.translate(_SPECIAL)
