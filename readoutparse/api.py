"""``parse``, ``parse_file`` and ``detect``: the library's front door."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, BinaryIO

import attrs

from .errors import (
    DocumentTooLargeError,
    MalformedDocumentError,
    ParserCrashedError,
    ReadoutParseError,
    UnknownFormatError,
)
from .model import Article
from .parsers.base import Context
from .dates import in_range
from .registry import ParserInfo, Registry, default
from .sanitise import sanitise
from .text import Document, clean_verbatim, read_document

if TYPE_CHECKING:
    from .readout import Gazetteer

__all__ = ["DEFAULT_MAX_BYTES", "detect", "parse", "parse_file", "parsers"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Input = str | bytes


def _document(
    data: Input, name: str, max_bytes: int, registry: Registry, parser: str | None = None
) -> Document:
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    # Measured before any copy or decoding: an oversized input costs nothing.
    size = data.nbytes if isinstance(data, memoryview) else len(data)
    # For str the limit counts characters: measuring UTF-8 bytes would cost a full copy.
    if size > max_bytes:
        raise DocumentTooLargeError(size, max_bytes, name=name)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    judge = registry.best_score if parser is None else _judge_for(registry, parser)
    return read_document(data, name=name, judge=judge)


def _judge_for(registry: Registry, name: str) -> Callable[[str], float]:
    # With a parser forced, a legacy encoding is judged by that parser alone: the caller
    # has said what the document is, so another format's liking must not pick its codec.
    chosen = registry.get(name)

    def judge(text: str) -> float:
        try:
            return float(chosen.score(Document(text)))
        except Exception:  # a scorer that raises does not claim the text
            return 0.0

    return judge


def parse(
    data: Input,
    *,
    parser: str | None = None,
    url: str | None = None,
    reference_date: dt.date | None = None,
    strict: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str = "<string>",
    readout: bool = True,
    gazetteer: Gazetteer | None = None,
    registry: Registry | None = None,
) -> Article:
    """Parse one document (text or bytes in any supported encoding) into an Article.

    ``parser`` forces a parser by name instead of detecting one; ``url`` fills the record's
    URL where the document gives none; ``reference_date`` anchors dates printed without a
    year; ``strict`` turns every warning into a MalformedDocumentError; ``max_bytes`` bounds
    the input; ``name`` is used in error messages (``parse_file`` passes the path).
    Only ReadoutParseError subclasses are raised for bad input.

    Every string of the record has passed one cleaning (see ``readoutparse.sanitise``),
    whichever parser made it, and the record is JSON data: ``to_json()`` cannot fail.
    """
    if not isinstance(data, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    registry = registry or default()
    anchor, anchor_note = _anchor(reference_date)
    stage: str | None = "reading the document"
    culprit = "readoutparse"
    try:
        doc = _document(data, name, max_bytes, registry, parser)
        try:
            chosen = registry.choose(doc, parser, url=url)
        except UnknownFormatError as error:
            if isinstance(data, str) and _looks_like_path(data):
                # parse_many(glob.glob(...)) passes path strings, which are document text.
                error.args = (f"{error}; this text looks like a file path: a str is document "
                              f"text, so pass pathlib.Path({data!r}) or use parse_file",)
            raise
        culprit, stage = chosen.name, None
        context = Context(name=name, url=url, reference_date=anchor)
        # The one guard every stage after decoding runs in: the parser (built-in or
        # plugin), the record's cleaning and the readout.  Whatever they raise that is
        # not a ReadoutParseError is a bug, reported as one clean error for this document.
        article = chosen.parse(doc, context)
        stage = "checking its record"
        article = sanitise(article)
        if url and not article.url:
            article = attrs.evolve(article, url=clean_verbatim(url)[0])
        if anchor_note:
            article = attrs.evolve(article, warnings=(*article.warnings, anchor_note))
        if readout:
            from .readout import enrich

            stage = "reading the readout"
            article = enrich(article, reference_date=anchor, gazetteer=gazetteer)
            stage = "checking the readout"
            article = sanitise(article, only=("readout",))
        stage = "checking its record"
        article.to_dict()  # every field in a shape the record's JSON can take
    except ReadoutParseError:
        raise
    except (Exception, SystemExit) as exc:  # a parser's sys.exit() is a bug like another
        raise ParserCrashedError(culprit, exc, name=name, stage=stage) from exc
    if strict:
        _refuse_warnings(article, name, chosen.name)
    return article


def _looks_like_path(text: str) -> bool:
    if len(text) > 4096 or "\n" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def _anchor(reference_date: dt.date | None) -> tuple[dt.date | None, str | None]:
    """The caller's reference date, or None with a warning where it is too close to the
    calendar's end for any date to be counted from it."""
    if reference_date is None:
        return None, None
    if not isinstance(reference_date, dt.date):
        raise TypeError(f"reference_date must be a date, not {type(reference_date).__name__}")
    if in_range(reference_date):
        return reference_date, None
    return None, (f"reference_date {reference_date.isoformat()} is too close to the "
                  "calendar's end to count dates from; ignored")


def _refuse_warnings(article: Article, name: str, parser: str) -> None:
    for record in (article, *article.translations):
        if record.warnings:
            raise MalformedDocumentError(
                f"strict mode: {record.warnings[0]}", parser=parser, name=name
            )


def parse_file(path: str | os.PathLike[str], **options: object) -> Article:
    """Parse the file at ``path``; the same as ``parse`` on its bytes, with the path in errors."""
    name = os.fspath(path)
    limit = int(options.get("max_bytes", DEFAULT_MAX_BYTES))  # type: ignore[call-overload]
    size = os.stat(name).st_size
    if size > limit:
        raise DocumentTooLargeError(size, limit, name=name)
    with open(name, "rb") as handle:
        # read(n) allocates n bytes first: ask for the size stat gave (plus one byte, to
        # see growth), not the limit, which may be far larger (a 5 KB file under a 200 MB
        # limit peaked at 210 MB; a limit of 2**63 was an OverflowError).  A file that
        # grew since stat is read on, still never past one byte over the limit.
        data = handle.read(min(size, limit) + 1)
        if len(data) > size:
            rest = _read_at_most(handle, limit + 1 - len(data))
            data += rest
    if len(data) > limit:
        raise DocumentTooLargeError(len(data), limit, name=name)
    options.setdefault("name", name)
    return parse(data, **options)  # type: ignore[arg-type]


def _read_at_most(handle: BinaryIO, count: int) -> bytes:
    chunks: list[bytes] = []
    while count > 0:
        chunk = handle.read(min(count, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        count -= len(chunk)
    return b"".join(chunks)


def detect(data: Input, *, registry: Registry | None = None,
           max_bytes: int = DEFAULT_MAX_BYTES) -> list[tuple[str, float]]:
    """Every parser's score for ``data`` in [0, 1], best first (ties broken by name)."""
    registry = registry or default()
    try:
        return registry.scores(_document(data, "<string>", max_bytes, registry))
    except (ReadoutParseError, TypeError):
        raise
    except Exception as exc:  # the same promise as parse(): only ReadoutParseError
        raise ParserCrashedError("readoutparse", exc, stage="reading the document") from exc


def parsers(*, registry: Registry | None = None) -> list[ParserInfo]:
    """The registered parsers with where each comes from."""
    return (registry or default()).infos()
