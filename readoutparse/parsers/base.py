"""The interface every parser implements, and the builder that keeps the line accounting.

A parser reads a normalised :class:`~readoutparse.text.Document` and fills an
:class:`ArticleBuilder`.  Every non-blank line it uses is *claimed* for one field; lines
nobody claims are kept in ``boilerplate`` with a warning, so no text is lost silently.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from abc import ABC, abstractmethod
from typing import Any, ClassVar

import attrs

from .. import dates
from ..errors import MalformedDocumentError
from ..model import Article, Dateline, Moment, Related
from ..text import Document, Line

__all__ = ["SENTENCE_END", "ArticleBuilder", "Context", "Parser", "add_caption", "ascii_digits", "ends_sentence"]


@attrs.frozen
class Context:
    """What the caller knows about a document besides its text."""

    name: str = "<string>"
    url: str | None = None
    reference_date: dt.date | None = None


class Parser(ABC):
    """A site-specific parser.

    Subclasses set ``name`` (the registry key), ``language`` (the BCP 47 tag of what it
    usually reads) and ``description``, and implement :meth:`score` and :meth:`parse`.
    Third-party parsers register the class in the ``readoutparse.parsers`` entry-point group.
    """

    name: ClassVar[str]
    language: ClassVar[str]
    description: ClassVar[str] = ""

    @abstractmethod
    def score(self, doc: Document) -> float:
        """How sure this parser is that it reads ``doc``: 0 (not at all) to 1 (certain).

        Must be cheap (look at the head of the document) and never raise.
        """

    @abstractmethod
    def parse(self, doc: Document, context: Context) -> Article:
        """Read ``doc`` into an Article, raising MalformedDocumentError when it cannot."""

    def claims_address(self, url: str) -> bool:
        """Whether ``url`` is a page of this parser's site(s).  Asked only when no parser
        recognises the text and the caller gave its address; the default claims nothing."""
        return False

    def builder(self, doc: Document, language: str | None = None) -> ArticleBuilder:
        return ArticleBuilder(doc, parser=self.name, language=language or self.language)

    def malformed(self, problem: str, line: Line | int | None, doc: Document) -> MalformedDocumentError:
        number = line.number if isinstance(line, Line) else line
        return MalformedDocumentError(problem, line=number, parser=self.name, name=doc.name)


class ArticleBuilder:
    """Mutable scratch space for one record; :meth:`build` freezes it into an Article."""

    def __init__(
        self,
        doc: Document,
        *,
        parser: str,
        language: str,
        prefix: str = "",
        ledger: dict[int, str] | None = None,
    ) -> None:
        self.doc = doc
        self.parser = parser
        self.language = language
        self.title = ""
        self.published: Moment | None = None
        self.source: str | None = None
        self.authors: list[str] = []
        self.editor: str | None = None
        self.url: str | None = None
        self.section: list[str] = []
        self.tags: list[str] = []
        self.categories: list[str] = []
        self.dateline: Dateline | None = None
        self.paragraphs: list[str] = []
        self.related: list[Related] = []
        self.translations: list[ArticleBuilder] = []
        self.boilerplate: list[str] = []
        self.extra: dict[str, Any] = {}
        self.warnings: list[str] = []
        self._prefix = prefix
        self._ledger: dict[int, str] = {} if ledger is None else ledger

    def claim(self, line: Line | int, field: str) -> None:
        """Record that ``line`` fed ``field`` (a line feeds one field only: the first claim wins)."""
        number = line.number if isinstance(line, Line) else line
        self._ledger.setdefault(number, self._prefix + field)

    def claimed(self, line: Line | int) -> bool:
        return (line.number if isinstance(line, Line) else line) in self._ledger

    def paragraph(self, text: str, line: Line | int) -> None:
        self.claim(line, f"paragraphs[{len(self.paragraphs)}]")
        self.paragraphs.append(text)

    def furniture(self, line: Line, text: str | None = None) -> None:
        """Keep a line of site furniture in ``boilerplate``."""
        self.claim(line, f"boilerplate[{len(self.boilerplate)}]")
        self.boilerplate.append(line.text if text is None else text)

    def add_related(self, item: Related, lines: tuple[Line, ...] | list[Line]) -> None:
        index = len(self.related)
        self.related.append(item)
        for line in lines:
            self.claim(line, f"related[{index}]")

    def warn(self, message: str, line: Line | int | None = None) -> None:
        number = line.number if isinstance(line, Line) else line
        self.warnings.append(f"line {number}: {message}" if number is not None else message)

    def translation(self, language: str) -> ArticleBuilder:
        """A builder for another-language version of this record, sharing the line ledger."""
        child = ArticleBuilder(
            self.doc,
            parser=self.parser,
            language=language,
            prefix=f"{self._prefix}translations[{len(self.translations)}].",
            ledger=self._ledger,
        )
        self.translations.append(child)
        return child

    def _sweep(self) -> None:
        # Lines no rule claimed are kept, never dropped: they go to boilerplate, and the
        # warning says where, so a new page variant shows up in the output.
        stray = [line for line in self.doc.content if line.number not in self._ledger]
        for line in stray:
            self.furniture(line)
        if stray:
            numbers = ", ".join(str(line.number) for line in stray[:10])
            more = f" and {len(stray) - 10} more" if len(stray) > 10 else ""
            self.warn(f"unrecognised lines kept in boilerplate: {numbers}{more}")

    def build(self) -> Article:
        if not self._prefix:
            self._sweep()
        return Article(
            parser=self.parser,
            language=self.language,
            title=self.title,
            published=self.published,
            source=self.source,
            authors=self.authors,
            editor=self.editor,
            url=self.url,
            section=self.section,
            tags=self.tags,
            categories=self.categories,
            dateline=self.dateline,
            paragraphs=self.paragraphs,
            related=self.related,
            translations=[t.build() for t in self.translations],
            boilerplate=self.boilerplate,
            extra=self.extra,
            warnings=self.warnings,
            lines=self._ledger if not self._prefix else {},
        )


# -- small helpers shared by the parsers (appended; the builder above is unchanged) ---------

#: What a complete paragraph ends with, in the scripts the built-in parsers read.
SENTENCE_END = (".", "!", "?", "…", ":", ";", '"', "”", "»", ")", "）", "。", "！", "？", "」",
                "』", "’", "'", "■", "؟", "۔")


def ends_sentence(text: str) -> bool:
    """True where ``text`` ends like a finished sentence (a page cut mid-sentence does not)."""
    return text.rstrip().endswith(SENTENCE_END)


def add_caption(b: ArticleBuilder, line: Line, text: str | None = None) -> None:
    """Keep a photo caption in ``extra["captions"]``: content, but not a body paragraph."""
    captions: list[str] = b.extra.setdefault("captions", [])
    b.claim(line, f"extra.captions[{len(captions)}]")
    captions.append(line.text if text is None else text)


_FOREIGN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]")


@functools.lru_cache(maxsize=1024)
def ascii_digits(text: str) -> str:
    """``dates.western_digits``, cached and skipped where no digit needs it: a parser tries
    one line against many shape tables, and translating every character of a long line
    each time dominated its run time."""
    return dates.western_digits(text) if _FOREIGN_DIGIT.search(text) else text
