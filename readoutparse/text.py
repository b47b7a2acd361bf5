"""Decoding and normalisation: the one place raw input becomes lines a parser reads.

Everything downstream sees NFC text with line ends unified, invisible characters
removed, and runs of white space folded to one space, so no parser cleans text again.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from typing import NamedTuple

from .errors import NotTextError

__all__ = ["Document", "Line", "decode", "normalise", "read_document"]

# Invisible characters that change bytes but not meaning: bidi marks, zero-width
# characters, stray BOMs and soft hyphens.
_DELETE = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
_SPACES = dict.fromkeys([0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000]
                        + list(range(0x2000, 0x200B)), " ")
_LINE_BREAKS = dict.fromkeys([0x2028, 0x2029, 0x85], "\n")
_TABLE = str.maketrans({**_DELETE, **_SPACES, **_LINE_BREAKS})

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF", "a PDF file"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
)
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*[=:]\s*["']?([A-Za-z0-9_.:-]{2,40})""")
# The legacy encodings these sites were served in, tried when UTF-8 fails.
LEGACY_ENCODINGS = ("gb18030", "cp950", "big5hkscs", "cp1256", "cp1258", "cp1252")


class Line(NamedTuple):
    """A non-blank line of a document with its 1-based line number."""

    number: int
    text: str


class Document:
    """A decoded, normalised document: its lines and where it came from."""

    __slots__ = ("name", "text", "lines", "content", "encoding")

    def __init__(self, text: str, *, name: str = "<string>", encoding: str = "str") -> None:
        self.name = name
        self.encoding = encoding
        self.text = normalise(text)
        self.lines: tuple[str, ...] = tuple(self.text.split("\n"))
        self.content: tuple[Line, ...] = tuple(
            Line(i, t) for i, t in enumerate(self.lines, 1) if t
        )

    def __repr__(self) -> str:
        return f"Document({self.name!r}, {len(self.lines)} lines)"

    def head(self, count: int = 12) -> tuple[Line, ...]:
        """The first ``count`` non-blank lines: what format detection looks at."""
        return self.content[:count]


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, invisible characters removed, white space folded per line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_TABLE)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return "\n".join([" ".join(line.split()) for line in text.split("\n")])


def _sniff_binary(data: bytes, name: str | None) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(f"binary data: looks like {what}", offset=0, name=name)
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise NotTextError(
            "binary data: NUL byte (UTF-16 text needs a byte-order mark)", offset=nul, name=name
        )


def decode(
    data: bytes,
    *,
    name: str | None = None,
    judge: Callable[[str], float] | None = None,
) -> tuple[str, str]:
    """Bytes to text; returns ``(text, encoding)``.

    UTF-8 and UTF-16 are recognised by BOM or validity; otherwise a charset the document
    declares is tried, then the legacy encodings these sites used.  ``judge`` scores a
    candidate text (the registry's best detection score); the best-judged decoding wins, so
    a Big5 page is not read as GB18030 mojibake.  When nothing reads, the error names the
    first byte that is not UTF-8.
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise NotTextError(f"invalid {encoding}", offset=exc.start, name=name) from None
    _sniff_binary(data, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    candidates: list[str] = []
    declared = _DECLARED.search(data, 0, 4096)
    if declared:
        candidates.append(declared.group(1).decode("ascii").lower())
    candidates.extend(_guesses(data))
    candidates.extend(LEGACY_ENCODINGS)
    best: tuple[float, int, str, str] | None = None
    seen: set[str] = set()
    for rank, encoding in enumerate(candidates):
        try:
            key = codecs.lookup(encoding).name
        except LookupError:
            continue
        if key in seen:
            continue
        seen.add(key)
        try:
            text = data.decode(key)
        except UnicodeDecodeError:
            continue
        score = judge(text) if judge else 1.0
        if best is None or (score, -rank) > (best[0], -best[1]):
            best = (score, rank, text, key)
    if best is None or best[0] <= 0.0:
        raise NotTextError(
            "not valid UTF-8 and no other encoding gives a readable document", offset=bad, name=name
        )
    return best[2], best[3]


def _guesses(data: bytes) -> list[str]:
    # charset-normalizer ranks encodings by how plausible the decoded text is; it is
    # imported here only, because well-formed UTF-8 (nearly all input) never needs it.
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data[:65536], steps=4, threshold=0.3)][:3]


def read_document(
    data: str | bytes,
    *,
    name: str = "<string>",
    judge: Callable[[str], float] | None = None,
) -> Document:
    """Decode (if needed) and normalise input into a :class:`Document`."""
    if isinstance(data, str):
        return Document(data, name=name)
    text, encoding = decode(data, name=name, judge=judge)
    return Document(text, name=name, encoding=encoding)
