"""The errors ``parse`` can raise.  Each builds its own message from the fields it carries."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DocumentTooLargeError",
    "MalformedDocumentError",
    "NotTextError",
    "ParserCrashedError",
    "PluginError",
    "ReadoutParseError",
    "UnknownFormatError",
    "UnknownParserError",
]


class ReadoutParseError(ValueError):
    """Base of every error readoutparse raises on bad input."""

    def __init__(self, message: str, *, name: str | None = None) -> None:
        self.name = name
        super().__init__(f"{name}: {message}" if name else message)

    def __reduce__(self) -> tuple[object, ...]:
        # Subclasses take other arguments than their message; rebuild from the stored
        # state so errors cross process pools and distributed engines intact.
        return (_restore, (type(self), str(self), dict(self.__dict__)))


def _restore(cls: type[ReadoutParseError], message: str, state: dict[str, object]) -> ReadoutParseError:
    error = cls.__new__(cls)
    Exception.__init__(error, message)
    error.__dict__.update(state)
    return error


class UnknownFormatError(ReadoutParseError):
    """No parser recognises the document well enough."""

    def __init__(
        self,
        scores: Sequence[tuple[str, float]],
        threshold: float,
        *,
        seen: str = "",
        name: str | None = None,
    ) -> None:
        self.scores = tuple(scores)
        self.threshold = threshold
        closest = ", ".join(f"{n} {s:.2f}" for n, s in self.scores[:3]) or "no parsers registered"
        what = f" (starts with {seen!r})" if seen else ""
        super().__init__(
            f"no parser recognises this document{what}; closest: {closest}; "
            f"a parser needs a score of at least {threshold:.2f}",
            name=name,
        )


class MalformedDocumentError(ReadoutParseError):
    """The document is recognisably one format but lacks what that format requires."""

    def __init__(
        self, problem: str, *, line: int | None = None, parser: str | None = None,
        name: str | None = None,
    ) -> None:
        self.problem = problem
        self.line = line
        self.parser = parser
        where = f"line {line}: " if line is not None else ""
        fmt = f" [{parser}]" if parser else ""
        super().__init__(f"{where}{problem}{fmt}", name=name)


class DocumentTooLargeError(ReadoutParseError):
    """The input is larger than the caller's limit; nothing was read."""

    def __init__(self, size: int, limit: int, *, name: str | None = None) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"document is {size:,} bytes, over the limit of {limit:,} bytes "
            "(raise it with max_bytes=...)",
            name=name,
        )


class NotTextError(ReadoutParseError):
    """The input is binary data or cannot be decoded as text."""

    def __init__(self, reason: str, *, offset: int | None = None, name: str | None = None) -> None:
        self.reason = reason
        self.offset = offset
        where = f" at byte offset {offset}" if offset is not None else ""
        super().__init__(f"not text{where}: {reason}", name=name)


class UnknownParserError(ReadoutParseError):
    """The caller asked for a parser name that is not registered."""

    def __init__(self, wanted: str, known: Sequence[str]) -> None:
        self.wanted = wanted
        self.known = tuple(known)
        super().__init__(f"no parser named {wanted!r}; known parsers: {', '.join(known)}")


class ParserCrashedError(ReadoutParseError):
    """A parser raised something other than a ReadoutParseError: a bug in that parser."""

    def __init__(self, parser: str, error: BaseException, *, name: str | None = None,
                 stage: str | None = None) -> None:
        self.parser = parser
        self.error = error
        # Where it failed when not in the parser itself: "reading the readout", ...
        self.stage = stage
        during = f" while {stage}" if stage else ""
        # One line whatever the error says: it is printed as one line of a batch report.
        what = " ".join(f"{type(error).__name__}: {error}".split())[:300]
        super().__init__(f"parser {parser!r} failed unexpectedly{during}: {what}", name=name)

    def __reduce__(self) -> tuple[object, ...]:
        # The original exception may not pickle; carry its text instead.
        state = dict(self.__dict__, error=RuntimeError(repr(self.error)))
        return (_restore, (type(self), str(self), state))


class PluginError(ReadoutParseError):
    """A plugin's registration is unusable, e.g. two parsers share one name."""
