"""Decoding and normalisation: the one place raw input becomes lines a parser reads.

Everything downstream sees NFC text with line ends unified, invisible characters
removed, and runs of white space folded to one space, so no parser cleans text again.
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
import warnings
from array import array
from collections.abc import Callable, Iterator, Sequence
from itertools import compress
from typing import NamedTuple, overload

from .errors import NotTextError

__all__ = ["Document", "Line", "Lines", "clean_text", "clean_verbatim", "decode", "normalise", "read_document"]

# Invisible characters that change bytes but not meaning: bidi marks, embeddings,
# overrides and isolates (readout text is never bidi-formatted by hand; an override can
# only disguise what a line says), zero-width characters, stray BOMs and soft hyphens.
_DELETE = dict.fromkeys(
    [0x00AD, 0x061C, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)
# U+2028, U+2029 and NEL are white space here, not line ends: an editor, grep -n and
# wc -l count only LF, CRLF and CR, and a line number in an error or in ``Article.lines``
# must be the line a user finds in an editor.
_SPACES = dict.fromkeys([0x09, 0x0B, 0x0C, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000,
                         0x2028, 0x2029, 0x85]
                        + list(range(0x2000, 0x200B)), " ")
# Control characters are no text (a NUL or an escape code from a terminal dump); they
# become spaces rather than vanishing, so the words on either side stay apart.
_CONTROLS = dict.fromkeys(
    [c for c in range(0x20) if c not in (0x0A, 0x0D)] + [0x7F] + list(range(0x80, 0x85))
    + list(range(0x86, 0xA0)),
    " ",
)
_TABLE = str.maketrans({**_CONTROLS, **_DELETE, **_SPACES})
# str.translate walks every character slowly on non-Latin text; most documents hold none
# of these characters, and a regex search finds that out many times faster.
_ODD = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
# Where some are present (a U+3000 or a no-break space on most Chinese pages), two
# substitutions give translate's result five times faster (195 against 39 us on an
# archive post): every entry of _TABLE maps to "" or to " ", and no replacement is
# itself replaced.
_TO_DELETE = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_TABLE.items())
                                      if v is None) + "]")
_TO_SPACE = re.compile("[" + "".join(re.escape(chr(c)) for c, v in sorted(_TABLE.items())
                                     if v == " ") + "]")
assert all(v is None or v == " " for v in _TABLE.values())
_SPACE_RUN = re.compile(" {2,}")
_LINE_EDGE = re.compile(" ?\n ?")
_SURROGATE = re.compile("[\ud800-\udfff]")
# What a record string may not hold however it got there (a JSON or YAML escape, an
# entity, a plugin): lone surrogates, control characters, bidi embeddings, overrides and
# isolates.  Removing them is worth a warning; the rest of _TABLE is folded silently.
_REFUSED = re.compile(
    "[\ud800-\udfff\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]"
)
# Characters clean_text changes: _TABLE's, CR, surrogates.  One character class, so the
# search runs at the regex engine's fast scanning speed.
_UNCLEAN = re.compile("[\r\ud800-\udfff" + _ODD.pattern[1:])

# Canonical reordering in CPython's NFC is an insertion sort: a run of n combining marks
# in reverse canonical order costs n squared (256 KB took 23 s).  UAX #15's Stream-Safe
# Text Format bounds such runs: after 30 non-starters a COMBINING GRAPHEME JOINER
# (a starter that shows nothing) is inserted.  No real language needs more than 30; a
# longer run is an attack or noise, and the joiner keeps normalising it linear.
_STREAM_SAFE_RUN = 30
_CGJ = "\u034f"
_long_runs: re.Pattern[str] | None = None


def _non_starter_run() -> re.Pattern[str]:
    """Runs of more than 30 characters that decompose to non-starters (combining class
    above 0, or a decomposition that starts with one, as U+0F73 does)."""
    global _long_runs
    if _long_runs is None:
        # Every such character lies below U+20000 (tests/test_text.py checks the whole
        # range): scanning that far costs ~30 ms once, the whole range ten times more.
        found = [c for c in range(0x20000) if _leading_non_starter(chr(c))]
        ranges: list[list[int]] = []
        for c in found:
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
        cls = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "")
                      for a, b in ranges)
        _long_runs = re.compile(f"[{cls}]{{{_STREAM_SAFE_RUN + 1},}}")
    return _long_runs


def _leading_non_starter(char: str) -> bool:
    if unicodedata.combining(char):
        return True
    return bool(unicodedata.decomposition(char)) and bool(
        unicodedata.combining(unicodedata.normalize("NFD", char)[0]))


def _stream_safe(text: str) -> str:
    """``text`` with a grapheme joiner after every 30 characters of a longer run of
    combining marks, so that NFC costs linear time (UAX #15, section 13)."""
    def split(run: re.Match[str]) -> str:
        marks = run.group()
        step = _STREAM_SAFE_RUN
        return _CGJ.join(marks[i:i + step] for i in range(0, len(marks), step))

    return _non_starter_run().sub(split, text)


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


class Lines(Sequence[Line]):
    """The non-blank lines of a document, each made when it is read.

    A tuple of :class:`Line` costs about 90 bytes a line on top of the line's text: on
    a page of very short lines that was a third of the parse's peak memory.  This keeps
    only the line numbers (4 bytes each) and builds a Line on access; it reads like the
    tuple it replaces (index, iterate, ``len``, ``+``, compare with a tuple), and a slice
    is another view.
    """

    __slots__ = ("_padded", "_numbers")

    def __init__(self, lines: tuple[str, ...]) -> None:
        # Indexed by line number (a blank at 0), so that iterating is map() at C speed.
        self._padded: tuple[str, ...] = ("", *lines)
        # compress() keeps the numbers of non-empty lines at C speed.
        self._numbers = array("I", compress(range(1, len(lines) + 1), lines))

    @classmethod
    def _view(cls, padded: tuple[str, ...], numbers: array[int]) -> Lines:
        view = cls.__new__(cls)
        view._padded, view._numbers = padded, numbers
        return view

    def __len__(self) -> int:
        return len(self._numbers)

    @overload
    def __getitem__(self, index: int) -> Line: ...
    @overload
    def __getitem__(self, index: slice) -> Lines: ...

    def __getitem__(self, index: int | slice) -> Line | Lines:
        if isinstance(index, slice):
            # A view, not a copy: parsers slice off "the rest of the document" often.
            return Lines._view(self._padded, self._numbers[index])
        number = self._numbers[index]
        return Line(number, self._padded[number])

    def __add__(self, other: object) -> tuple[Line, ...]:
        if isinstance(other, (Lines, tuple, list)):
            return (*self, *other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple[Line, ...]:
        if isinstance(other, (Lines, tuple, list)):
            return (*other, *self)
        return NotImplemented

    def __iter__(self) -> Iterator[Line]:
        return map(Line, self._numbers, map(self._padded.__getitem__, self._numbers))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Lines, tuple, list)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Lines({len(self)} non-blank lines)"


class Document:
    """A decoded, normalised document: its lines and where it came from."""

    __slots__ = ("name", "text", "lines", "content", "encoding", "_raw", "_head")

    def __init__(self, text: str, *, name: str = "<string>", encoding: str = "str") -> None:
        self.name = name
        self.encoding = encoding
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        # The decoded text as written (line ends aside): normalising changes no line's
        # number, so a value that must stay byte for byte (a URL) is read from here.
        self._raw = text
        self.text = normalise(text)
        self.lines: tuple[str, ...] = tuple(self.text.split("\n"))
        self.content: Lines = Lines(self.lines)
        self._head: tuple[Line, ...] = ()

    def raw_line(self, number: int) -> str:
        """Line ``number`` (1-based) as the input wrote it: before white space was folded,
        invisible characters removed and NFC applied (for values kept byte for byte)."""
        start = 0
        for _ in range(number - 1):
            start = self._raw.find("\n", start) + 1
            if start == 0:
                return ""
        end = self._raw.find("\n", start)
        return self._raw[start:] if end < 0 else self._raw[start:end]

    def __repr__(self) -> str:
        return f"Document({self.name!r}, {len(self.lines)} lines)"

    def head(self, count: int = 12) -> tuple[Line, ...]:
        """The first ``count`` non-blank lines: what format detection looks at."""
        # Every parser's scorer asks for the head of the same document (8 to 30 lines):
        # the longest asked for so far is kept, and a shorter head is a slice of it.
        if count < 0:
            return tuple(self.content[:count])
        head = self._head
        if count > len(head) and len(head) < len(self.content):
            head = self._head = tuple(self.content[:count])
        return head[:count] if count < len(head) else head


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, invisible characters removed, white space folded per line."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ODD.search(text):
        text = _TO_SPACE.sub(" ", _TO_DELETE.sub("", text))
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", _stream_safe(text))
    # Every white space character is now " " or "\n": fold runs, then trim line edges.
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGE.sub("\n", text)
    return text.strip(" ")


def clean_verbatim(value: str) -> tuple[str, str]:
    """A string kept as written (a URL): ``(clean, refused)`` as :func:`clean_text`, but
    only what no record may hold is removed; white space, invisible characters and the
    Unicode form are left alone."""
    if value.isprintable() or not _REFUSED.search(value):
        return value, ""
    refused = sorted({f"U+{ord(c):04X}" for c in _REFUSED.findall(value)
                      if not _SURROGATE.match(c)})
    if _SURROGATE.search(value):
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        refused.append("a lone surrogate (now U+FFFD)")
    return _REFUSED.sub("", value), ", ".join(refused[:8])


def clean_text(value: str) -> tuple[str, str]:
    """A string that enters a record, cleaned as document text is: ``(clean, refused)``.

    Document text is clean already, but a string can reach a record by other routes: a
    JSON or YAML escape in front matter (``"\\ud83d"``, ``"\\u001b]0;"``), an HTML
    entity, a plugin.  Surrogate pairs are joined, a lone surrogate becomes U+FFFD, and
    then the string is normalised like a document.  ``refused`` names the characters no
    record may hold (surrogates, control characters, bidi embeddings and overrides) that
    were removed, for a warning; it is empty when only white space or invisible characters
    were folded.  One regex search decides that a clean string (nearly all) is left as is.
    """
    # isprintable() (C speed) is false for every character _UNCLEAN holds: the regex
    # runs only on the few strings with a newline or another invisible character.
    if ((value.isprintable() or not _UNCLEAN.search(value))
            # Runs of spaces: a plugin's record may hold them, and the readout's patterns
            # would pay for them.  (Spaces at the edges of a line cost nothing and are
            # left to the slow path's normalise when it runs for another reason.)
            and "  " not in value and unicodedata.is_normalized("NFC", value)):
        return value, ""
    refused = sorted({f"U+{ord(c):04X}" for c in _REFUSED.findall(value)
                      if not _SURROGATE.match(c)})
    if _SURROGATE.search(value):
        # A pair written as two escapes is one character; the rest was never text.
        before = value.count("\ufffd")
        value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        if value.count("\ufffd") > before:
            refused.append("a lone surrogate (now U+FFFD)")
    return normalise(value), ", ".join(refused[:8]) + (" ..." if len(refused) > 8 else "")


def _sniff_binary(data: bytes, name: str | None) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(f"binary data: looks like {what}", offset=0, name=name)
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise NotTextError(
            "binary data: NUL byte (UTF-16 text needs a byte-order mark)", offset=nul, name=name
        )


# Endings that complete a cut-off character in the encodings read here: one trail byte,
# the rest of a UTF-8 sequence, the rest of a GB18030 four-byte sequence.
_TAILS = (
    *(bytes([t]) for t in range(256)),
    *(bytes([t, 0x80]) for t in range(0x80, 0xC0)),
    b"\x90\x80\x80",
    *(bytes([t, 0x30]) for t in range(0x81, 0xFF)),
    *(bytes([t, 0x81, 0x30]) for t in range(0x30, 0x3A)),
)


def _decode_whole(data: bytes, encoding: str) -> str:
    """``data`` decoded strictly, except that a character cut off by the end of the input
    (a document truncated mid-character) is dropped: those bytes were never text."""
    decoder = codecs.getincrementaldecoder(encoding)()
    text = decoder.decode(data, final=False)
    pending = decoder.getstate()[0] if hasattr(decoder, "getstate") else b""
    # Some multi-byte decoders hold back any trailing byte, even one no character starts
    # with: drop only what some ending would complete.
    if pending and not any(_decodes(pending + tail, encoding) for tail in _TAILS):
        start = len(data) - len(pending)
        raise UnicodeDecodeError(encoding, data, start, len(data), "invalid start byte")
    return text


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


# A well-formed UTF-8 multi-byte sequence (RFC 3629: no overlongs, no surrogates).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_WINDOW = 1 << 15


def _damaged_utf8(data: bytes, bad: int) -> bool:
    """True when the bytes around the first invalid one are otherwise UTF-8.

    Legacy multi-byte text almost never forms valid UTF-8 sequences, so when nearly every
    non-ASCII byte near the damage does, the input is UTF-8 with some bytes broken, and
    reading the whole of it in a legacy encoding would only turn it into mojibake.
    """
    window = data[max(0, bad - _WINDOW):bad + _WINDOW]
    high = len(_HIGH_BYTE.findall(window))
    valid = _UTF8_SEQUENCE.findall(window)
    return len(valid) >= 8 and sum(map(len, valid)) >= 0.9 * high


_UNICODE_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A labelled charset is often the name of a subset of what the page really uses (GBK
# text under a gb2312 label, Big5 with Microsoft's extensions under big5): try the
# superset right after the label.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950", "iso8859-1": "cp1252",
              "latin-1": "cp1252", "ascii": "cp1252"}
# Bytes of a non-UTF-8 input that each candidate decoding is judged on: enough for any
# scorer (they look at a document's head) and for the mess measure, cheap at any size.
_SAMPLE = 1 << 16
# Non-ASCII bytes an encoding must have read before it breaks for that break to outrank
# an encoding that reads every byte (or a third of the sample's, if fewer): ASCII reads
# alike in every candidate, so only those bytes are evidence of the document's encoding.
_EVIDENCE = 256
# charset-normalizer's own limit between readable text and mojibake.
_MESS_LIMIT = 0.2
# The registry's detection threshold (not imported: the registry imports this module).
_RECOGNISED = 0.5


class _Candidate(NamedTuple):
    key: tuple[bool, bool, bool, float, float, int]
    encoding: str


def decode(
    data: bytes,
    *,
    name: str | None = None,
    judge: Callable[[str], float] | None = None,
) -> tuple[str, str]:
    """Bytes to text; returns ``(text, encoding)``.

    UTF-32/UTF-16/UTF-8 byte-order marks decide first; then binary data is refused; then
    strict UTF-8 (nearly all input, which pays for nothing else).  Only when that fails
    are the candidates tried: a charset the document declares, charset-normalizer's
    guesses, and the legacy encodings these sites used.  Each is read on a sample and
    ranked by, in order: readable (charset-normalizer's mess measure under its limit, so
    Big5 bytes read as GB18030 lose even where a scorer cannot tell, as on Zaobao's
    ASCII front matter, and ``judge`` above 0); recognised by ``judge`` (the registry's
    best detection score); declared by the document; least mess; best judged; earliest.
    When no candidate reads the whole input, the error names the byte where the encoding
    that reads furthest breaks, or else the first byte that is not UTF-8.

    A character cut off by the end of the input is dropped, not an error, because
    truncated documents are common and those bytes hold no text.
    """
    for bom, encoding in _UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return _decode_whole(data, encoding), encoding
            except UnicodeDecodeError as exc:
                raise NotTextError(
                    f"invalid {encoding} ({exc.reason})", offset=exc.start, name=name
                ) from None
    _sniff_binary(data, name)
    try:
        return _decode_whole(data, "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    if _damaged_utf8(data, bad):
        raise NotTextError(
            f"UTF-8 text with an invalid byte 0x{data[bad]:02x}; no other encoding reads it",
            offset=bad, name=name,
        )
    found, damaged, vetoes = _candidates(data, judge)
    ranked = sorted(found, reverse=True)
    for candidate in ranked:
        if not candidate.key[0]:
            break  # the rest is mojibake
        if vetoes and _reads_worse(data, candidate.encoding, max(vetoes), judge):
            # The encoding that breaks further on reads the text before the break better
            # than this one does: it is the document's encoding, with a damaged byte, and
            # this reading is mojibake.
            break
        try:
            return _decode_whole(data, candidate.encoding), candidate.encoding
        except UnicodeDecodeError as exc:  # the sample read, a later part does not
            damaged.append((exc.start, candidate.encoding, (candidate.key[1], candidate.key[3])))
            vetoes.append(damaged[-1])  # it read the whole sample first
    if damaged:
        # Legacy text with a broken byte: name it where the encoding that reads furthest
        # (a recognised one first) breaks, which is where the damage is, not where UTF-8
        # gave up.
        offset, encoding, _ = max(damaged)
        raise NotTextError(
            f"invalid {encoding} byte 0x{data[offset]:02x} (the text before it reads as "
            f"{encoding}; it is not UTF-8 from byte {bad} on)", offset=offset, name=name,
        )
    tried = ", ".join(c.encoding for c in ranked[:4]) or "none decodes it"
    raise NotTextError(
        f"not valid UTF-8, and no other encoding gives readable text (tried {tried})",
        offset=bad, name=name,
    )


def _readable(text: str, judge: Callable[[str], float] | None) -> tuple[bool, float, float]:
    """(readable, mess, score): readable is little mess, and some parser seeing something
    of its format in the text; on short inputs the mess measure alone lets any 8-bit code
    page through."""
    from charset_normalizer.md import mess_ratio

    mess = mess_ratio(text, _MESS_LIMIT)
    score = judge(text) if judge is not None else 1.0
    return mess < _MESS_LIMIT and score > 0.0, mess, score


def _reads_worse(data: bytes, encoding: str, damage: _Damage,
                 judge: Callable[[str], float] | None) -> bool:
    """Whether ``encoding`` reads the bytes before a damaged encoding's break worse
    (less recognised, or messier) than that encoding does."""
    start, _, quality = damage
    try:
        text = _decode_whole(data[:start], encoding)
    except UnicodeDecodeError:
        return True
    _, mess, score = _readable(text, judge)
    return (score >= _RECOGNISED, -mess) < quality


_Damage = tuple[int, str, tuple[bool, float]]


def _candidates(
    data: bytes, judge: Callable[[str], float] | None
) -> tuple[list[_Candidate], list[_Damage], list[_Damage]]:
    """Every candidate decoding of the sample with its ranking key; for encodings that
    fail on the sample after reading some of it well, where they fail and how well
    (recognised, least mess) they read what comes before; and those of them that read
    enough non-ASCII bytes first to outrank a reading of the whole sample.

    A long ASCII first line and a line of Windows-1256 Arabic read as GB18030 give a
    few plausible Han characters before GB18030 breaks: that reading names the byte if
    nothing reads the page, but is too little evidence to veto Windows-1256.
    """

    names: list[tuple[str, bool]] = []
    declared = _DECLARED.search(data, 0, 4096)
    if declared:
        label = declared.group(1).decode("ascii").lower()
        names.append((label, True))
        names.append((_SUPERSETS.get(_codec_name(label) or "", label), True))
    names.extend((guess, False) for guess in _guesses(data))
    names.extend((legacy, False) for legacy in LEGACY_ENCODINGS)
    sample = data[:_SAMPLE]
    evidence = min(len(_HIGH_BYTE.findall(sample)) // 3, _EVIDENCE)
    found: list[_Candidate] = []
    damaged: list[_Damage] = []
    vetoes: list[_Damage] = []
    seen: set[str] = set()
    for rank, (label, is_declared) in enumerate(names):
        encoding = _codec_name(label)
        if encoding is None or encoding in seen or encoding.startswith(("utf-8", "utf_8")):
            continue
        seen.add(encoding)
        try:
            text = _decode_whole(sample, encoding)
        except UnicodeDecodeError as exc:
            if exc.start >= 16:
                ok, mess, score = _readable(_decode_whole(sample[:exc.start], encoding), judge)
                if ok:
                    damaged.append((exc.start, encoding, (score >= _RECOGNISED, -mess)))
                    if len(_HIGH_BYTE.findall(sample, 0, exc.start)) >= evidence:
                        vetoes.append(damaged[-1])
            continue
        ok, mess, score = _readable(text, judge)
        key = (ok, score >= _RECOGNISED, is_declared, -mess, score, -rank)
        found.append(_Candidate(key, encoding))
    return found, damaged, vetoes


def _codec_name(label: str) -> str | None:
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Only text encodings: a label like "base64" or "rot13" names a bytes transform.
    if not getattr(info, "_is_text_encoding", True):
        return None
    # Only charsets that read ASCII as ASCII, as every encoding these pages were served in
    # does: "unicode_escape" or "utf-7" would turn printable bytes into surrogates, control
    # characters or markup, and EBCDIC into other letters.
    return info.name if _reads_ascii(info.name) else None


# Printable ASCII, line ends, and what escape and label codecs rewrite.
_ASCII_PROBE = bytes(range(0x20, 0x7F)) + b"\n\r\t \\u0041\\x41 +AGE- .xn--ls8h."


@functools.lru_cache(maxsize=64)
def _reads_ascii(encoding: str) -> bool:
    try:
        with warnings.catch_warnings():  # unicode_escape warns of the escapes it rewrites
            warnings.simplefilter("ignore")
            return codecs.decode(_ASCII_PROBE, encoding) == _ASCII_PROBE.decode("ascii")
    except Exception:  # a codec that cannot read printable ASCII is no page's charset
        return False


def _guesses(data: bytes) -> list[str]:
    # charset-normalizer ranks encodings by how plausible the decoded text is; it is
    # imported here only, because well-formed UTF-8 (nearly all input) never needs it.
    from charset_normalizer import from_bytes

    return [match.encoding for match in from_bytes(data[:_SAMPLE], steps=4, threshold=0.3)][:3]


def read_document(
    data: str | bytes,
    *,
    name: str = "<string>",
    judge: Callable[[str], float] | None = None,
) -> Document:
    """Decode (if needed) and normalise input into a :class:`Document`."""
    if isinstance(data, str):
        # A lone surrogate (from bytes read with errors="surrogateescape") is an undecoded
        # byte, not a character; refusing it here beats a crash in a parser or in lxml.
        bad = _SURROGATE.search(data)
        if bad:
            raise NotTextError(
                f"lone surrogate U+{ord(bad.group()):04X} at character {bad.start()} "
                "(undecoded bytes: pass the bytes instead)",
                name=name,
            )
        return Document(data, name=name)
    text, encoding = decode(data, name=name, judge=judge)
    bad = _SURROGATE.search(text)
    if bad:
        # No charset decodes to a lone surrogate; a codec that did was no charset.
        raise NotTextError(f"{encoding} decoding gave a lone surrogate U+{ord(bad.group()):04X} "
                           f"at character {bad.start()}", name=name)
    return Document(text, name=name, encoding=encoding)
