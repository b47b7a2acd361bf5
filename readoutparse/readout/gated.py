"""A regular expression that is not tried where a literal every match of it holds is absent.

A cue pattern that opens with a character class, ``(?P<who>[^，。]{2,12}?)…主持`` or
``(?P<who>(?:[^,.;()]|…){2,60}?) (?:đã )?chủ trì``, leaves ``re`` nothing to skip to: it
enters the pattern at every position and tries every length there, 300 µs on one
Vietnamese sentence, for a word the sentence mostly does not hold.  :class:`Gated` finds
the pattern's longest run of literal characters that every match must hold (a run at the
top level of the pattern, outside any group, repeat or alternative) and searches for it
first, with the pattern's own flags, so case-blind matching is the pattern's own:

* no run in the text at or after ``pos``: no match, the pattern is not tried;
* a run at ``L``: no match can start before ``L - W``, ``W`` being the widest the part of
  the pattern before the run can be, so the pattern is searched from there.

The results are the pattern's own: look-behinds and ``\\b`` see the text before the
position a search starts at, and ``^`` matches only at the text's real start, which a
search started later could not have matched at either.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from typing import Any, Protocol

try:
    from re import _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_parse as _sre_parse

__all__ = ["Gated", "Searcher", "gated", "required_literal"]


def required_literal(pattern: re.Pattern[str]) -> tuple[str, int | None] | None:
    """(the longest top-level literal run, the widest the pattern before it can be, None when
    unbounded), or None when the pattern has no run worth searching for first."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - a pattern this cannot read is simply not gated
        return None
    items = list(parsed.data)
    best: tuple[int, int] | None = None  # (start index, end index) in items
    i = 0
    while i < len(items):
        if items[i][0] is _sre_parse.LITERAL:
            j = i
            while j < len(items) and items[j][0] is _sre_parse.LITERAL:
                j += 1
            if best is None or j - i > best[1] - best[0]:
                best = (i, j)
            i = j
        else:
            i += 1
    if best is None:
        return None
    start, end = best
    if end - start < 2 or (start == 0 and not pattern.flags & re.IGNORECASE):
        # One character (a space) is in every sentence; and re itself skips to a literal
        # the pattern opens with.
        return None
    run = "".join(chr(code) for _, code in items[start:end])
    widest = _sre_parse.SubPattern(parsed.state, items[:start]).getwidth()[1] if start else 0
    return run, (None if widest >= _sre_parse.MAXREPEAT else int(widest))


class Searcher(Protocol):
    """What the readers use of a compiled pattern: a :class:`Gated` one or a plain one."""

    @property
    def pattern(self) -> str: ...

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None: ...

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]: ...


def gated(compiled: re.Pattern[str]) -> Searcher:
    """``compiled`` behind a gate where it has one worth having, else itself (a wrapper would only
    add a call to every search)."""
    found = Gated(compiled)
    return compiled if found.gate is None else found


class Gated:
    """``pattern``, searched only where its required literal allows (see the module's text)."""

    __slots__ = ("compiled", "gate", "reach", "pattern", "flags", "run")

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled
        self.pattern = compiled.pattern
        self.flags = compiled.flags
        found = required_literal(compiled)
        self.gate: re.Pattern[str] | None = None
        self.reach: int | None = None
        # Matched case by case, the run is found with str.find, a plain substring search.
        self.run: str | None = None
        if found is not None:
            run, self.reach = found
            self.gate = re.compile(re.escape(run), compiled.flags)
            if not compiled.flags & re.IGNORECASE:
                self.run = run

    def _start(self, string: str, pos: int, endpos: int) -> int | None:
        """Where the pattern's search may start, or None when it cannot match."""
        if self.gate is None:
            return pos
        if self.run is not None:
            pos, endpos = max(pos, 0), max(endpos, 0)  # re reads a negative bound as 0, str.find from the end
            at = string.find(self.run, pos, endpos)
            if at < 0:
                return None
        else:
            hit = self.gate.search(string, pos, endpos)
            if hit is None:
                return None
            at = hit.start()
        return pos if self.reach is None else max(pos, at - self.reach)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        start = self._start(string, pos, endpos)
        return None if start is None else self.compiled.search(string, start, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        start = self._start(string, pos, endpos)
        return iter(()) if start is None else self.compiled.finditer(string, start, endpos)

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, Gated) and other.compiled == self.compiled

    def __hash__(self) -> int:
        return hash(self.compiled)

    def __repr__(self) -> str:
        return f"Gated({self.compiled!r})"
