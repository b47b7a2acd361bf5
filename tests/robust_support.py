"""Shared machinery of the robustness tests: document variants, record comparisons,
the line-ledger check, and a guard that turns a hang into a failure.

A *variant* is the same article as it may reach a user: other bytes, other line ends,
other normal form, invisible noise.  Its record must equal the clean record (warnings
aside, since they quote line numbers).  A *truncation* may lose information, never
invent it: :func:`truncation_problems` says what a cut-off document's record got wrong.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import functools
import html
import os
import random
import re
import signal
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import readoutparse
from readoutparse import Article, MalformedDocumentError, ParserCrashedError, ReadoutParseError
from readoutparse.script import han_variant
from readoutparse.text import normalise

from .fixture_cases import case_id, fixture_documents

# Units repeated into 100,000-character lines: what a careless regex backtracks on.
# Shared by tests/test_robustness.py and bench/sizes.py.
PATHOLOGICAL = {
    "gt": ">", "bar": "|", "dash": "-", "paren": "(", "digits": "0123456789",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩", "label-zh-hant": "發佈時間:",
    "label-zh-hans": "来源：2025-06-20 | ", "stamp-ar": "/مصدر: شينخوا/ 2025:07:11.",
    "dateline-ar": "كوالالمبور 10 يوليو (", "dateline-zh": "新華社北京6月19日電",
    "vov-lead": "VOV.VN - ", "vov-date": "Thứ Bảy, 06:00, 1", "yaml-key": 'title: "',
    "html-open": "<div><p>", "md-link": "[a](", "comment-open": "<!--", "spaced-gt": " > ",
    "fullwidth": "＞｜：（）", "space-runs": "a \u00a0\u3000\t",
    # Canonical reordering is an insertion sort: marks in reverse order were quadratic.
    "combining-reverse": "\u0301\u0316", "zero-width-joiner": "a\u200d",
    "bidi-override": "\u202e\u2066a\u2069", "line-separators": "a\u2028b\u2029\x85",
    "nested-brackets": "([{（【<", "controls": "a\x1b[0m\x07\x00",
}

DOCUMENTS = fixture_documents()

# The legacy encodings each language's pages were served in.  GB18030 encodes all of
# Unicode, so it applies to every fixture; GBK carries Traditional characters too.
LEGACY: dict[str, tuple[str, ...]] = {
    "zh-Hant": ("big5", "cp950", "gbk", "gb18030"),
    "zh-Hans": ("gbk", "gb18030"),
    "ar": ("cp1256", "gb18030"),
    "vi": ("cp1258", "gb18030"),
}
UNICODE_FORMS = ("utf-8", "utf-8-sig", "utf-16-le-bom", "utf-16-be-bom")
INVISIBLE = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u061c",
             "\u00ad")


def fixture_language(path: Path) -> str:
    """The writing system of a fixture, cheaply (no parse): what picks its legacy codecs."""
    parser = path.parent.name
    if parser == "xinhua_arabic":
        return "ar"
    if parser == "vov":
        return "vi"
    return han_variant(path.read_text("utf-8"))


def legacy_cases() -> list[tuple[Path, str]]:
    return [(path, codec) for path in DOCUMENTS for codec in LEGACY[fixture_language(path)]]


# -- encoders ---------------------------------------------------------------------------


def encode_cp1258(text: str) -> bytes:
    """Text as real Windows-1258 pages have it: a precomposed letter where the code page
    has one, else the base letter (composed as far as the code page allows) followed by
    combining tone marks, e.g. ``ệ`` -> ``ê`` + U+0323."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], list(decomposed[1:])
        progress = True
        while progress:
            progress = False
            for mark in marks:
                composed = unicodedata.normalize("NFC", base + mark)
                if len(composed) == 1 and _encodes(composed, "cp1258"):
                    base = composed
                    marks.remove(mark)
                    progress = True
                    break
        out += (base + "".join(marks)).encode("cp1258")  # raises where it truly cannot
    return bytes(out)


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def encode(text: str, codec: str) -> bytes:
    """``text`` as bytes in ``codec`` (``utf-16-le-bom``/``utf-16-be-bom`` add the BOM)."""
    if codec == "cp1258":
        return encode_cp1258(text)
    if codec == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if codec == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    return text.encode(codec)


def unencodable(text: str, codec: str) -> str | None:
    """Why ``codec`` cannot carry ``text`` (the first character it lacks), or None."""
    try:
        encode(text, codec)
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
        line = exc.object.count("\n", 0, exc.start) + 1
        return f"{codec} has no {char!r} (U+{ord(char):04X}, line {line})"
    return None


# -- text mutations that keep the meaning -------------------------------------------------


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def cr(text: str) -> str:
    return text.replace("\n", "\r")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def invisible_noise(text: str, rnd: random.Random) -> str:
    """Zero-width characters, bidi marks and stray BOMs dropped between characters."""
    pieces = []
    for char in text:
        if char != "\n" and rnd.random() < 0.05:
            pieces.append(rnd.choice(INVISIBLE))
        pieces.append(char)
    return "".join(pieces)


def space_noise(text: str, rnd: random.Random) -> str:
    """No-break/ideographic spaces for spaces, tabs, and blanks around every line."""
    out = []
    for line in text.split("\n"):
        line = "".join(
            rnd.choice(("\u00a0", "\t", " \t ", "\u3000", "\u2009")) if c == " " and rnd.random() < 0.4
            else c
            for c in line
        )
        out.append(rnd.choice(("", "\u00a0", "\u3000 ", "\t")) + line + rnd.choice(("", " ", "\t ", "\u00a0")))
    return "\n".join(out)


def extra_blank_lines(text: str) -> str:
    """Blank lines doubled, and more before and after: paragraphs stay where they were."""
    return "\n\n" + re.sub(r"\n\n+", lambda m: m.group() * 2, text) + "\n\n\n"


def kitchen_sink(text: str, rnd: random.Random) -> str:
    return crlf(nfd(space_noise(invisible_noise(text, rnd), rnd)))


# -- outcomes and comparisons -----------------------------------------------------------


def outcome(data: str | bytes, **options: Any) -> Article | ReadoutParseError:
    """A record or the ReadoutParseError; a crash (ParserCrashedError or anything else)
    propagates, failing the test."""
    options.setdefault("readout", False)
    try:
        return readoutparse.parse(data, **options)
    except ParserCrashedError:
        raise
    except ReadoutParseError as exc:
        return exc


@functools.lru_cache(maxsize=None)
def clean_record(path: Path) -> Article:
    return readoutparse.parse(path.read_bytes(), readout=False)


def comparable(article: Article) -> dict[str, Any]:
    """The record minus its warnings (they quote line numbers, which some variants move)."""
    def strip(record: dict[str, Any]) -> dict[str, Any]:
        record.pop("warnings")
        record["translations"] = [strip(t) for t in record["translations"]]
        return record

    return strip(article.to_dict())


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


class _Cut:
    """How a text value of a truncated record may differ from the whole record's: cut
    shorter (a prefix), or taken from the line the cut went through (``cut_line``), which
    no parser can tell from a complete line."""

    def __init__(self, cut_line: str | None) -> None:
        # As printed and with entities resolved: an HTML line's text is read through them.
        # As printed, with entities resolved, and as a reader sees it (tags dropped): an
        # HTML line's text is read through them.
        self.cut_line = ("\n".join([_squeeze(cut_line), _squeeze(html.unescape(cut_line)),
                                    _visible(cut_line)]) if cut_line else None)

    def text(self, a: Any, b: Any) -> bool:
        if a in (None, ""):
            return True
        if not isinstance(a, str):
            return False
        if isinstance(b, str) and (b.startswith(a) or _squeeze(b).startswith(_squeeze(a))):
            return True
        if self.cut_line is None:
            return False
        # Text of the cut line, alone or after a cut of the whole value (loose HTML text
        # runs on into the previous paragraph, e.g. a "<" left of a cut "<br>").
        squeezed = _squeeze(a)
        shared = len(os.path.commonprefix([squeezed, _squeeze(b)])) if isinstance(b, str) else 0
        return squeezed[shared:] in self.cut_line

    def _from_cut_line(self, record: Mapping[str, Any]) -> bool:
        texts = [v for v in record.values() if isinstance(v, str) and v]
        return bool(texts) and all(self.text(v, None) for v in texts)

    def items(self, part: list[Any], whole: list[Any], same: Callable[[Any, Any], bool]) -> bool:
        """All but the last item equal (or ``same``), the last one a cut of its twin or
        text from the cut line (a record: all its text); one item more than the whole only
        from the cut line."""
        for index, a in enumerate(part):
            b = whole[index] if index < len(whole) else None
            last = index == len(part) - 1
            if a == b:
                continue
            if last and same(a, b):
                continue
            if last and b is None and isinstance(a, str) and self.text(a, None):
                continue
            if last and isinstance(a, Mapping) and self._from_cut_line(a):
                continue  # a record made of the cut line's text (a heading cut short)
            return False
        return len(part) <= len(whole) + 1


def _precise_as(part: Any, whole: Any) -> Any:
    """``part`` where it is ``whole`` at a coarser precision (a date for a datetime on that
    day, or whole minutes for a time with seconds): less information, not a wrong value."""
    if isinstance(whole, dt.datetime) and isinstance(part, dt.date):
        if not isinstance(part, dt.datetime):
            return whole if part == whole.date() else part
        if part.second == part.microsecond == 0 and part == whole.replace(second=0, microsecond=0):
            return whole
    return part


def _same_record(cut: _Cut) -> Callable[[Any, Any], bool]:
    def same(a: Any, b: Any) -> bool:
        return (isinstance(b, Mapping) and a.keys() == b.keys()
                and all(cut.text(a[k], b[k]) if isinstance(a[k], str) else a[k] == b[k]
                        for k in a))
    return same


def truncation_problems(part: Article, whole: Article, where: str = "",
                        cut_line: str | None = None) -> list[str]:
    """What the record of a cut-off document states that the whole document does not.

    Structured values (dates, URLs, numbers, the dateline's date and agency, the parser
    and language) must be equal or absent; a coarser value (a date for a datetime on that
    day, a time without its seconds) is accepted as less, not wrong.  Free text (title,
    names, paragraphs, items of lists, text in ``extra``) may be cut shorter, and text of
    the line the cut went through (``cut_line``) may land in any text field, since no
    parser can tell a cut line from a whole one.
    """
    problems: list[str] = []
    p = where
    cut = _Cut(cut_line)

    def strict(name: str, a: Any, b: Any) -> None:
        if a not in (None, "", (), [], {}) and a != b:
            problems.append(f"{p}{name}: {a!r} where the whole document gives {b!r}")

    def text(name: str, a: Any, b: Any) -> None:
        if not cut.text(a, b):
            problems.append(f"{p}{name}: {a!r} is neither (a prefix of) {b!r} nor text of "
                            "the cut line")

    def items(name: str, a: list[Any], b: list[Any],
              same: Callable[[Any, Any], bool] | None = None) -> None:
        if not cut.items(a, b, same or cut.text):
            problems.append(f"{p}{name}: {a!r} is not a cut of {b!r}")

    strict("parser", part.parser, whole.parser)
    strict("language", part.language, whole.language)
    text("title", part.title, whole.title)
    strict("published", _precise_as(part.published, whole.published), whole.published)
    text("source", part.source, whole.source)
    text("editor", part.editor, whole.editor)
    strict("url", part.url, whole.url)
    for name in ("authors", "section", "tags", "categories"):
        items(name, list(getattr(part, name)), list(getattr(whole, name)))
    if part.dateline is not None:
        if whole.dateline is None:
            problems.append(f"{p}dateline: {part.dateline!r} where the whole document has none")
        else:
            text("dateline.place", part.dateline.place, whole.dateline.place)
            strict("dateline.date", part.dateline.date, whole.dateline.date)
            strict("dateline.agency", part.dateline.agency, whole.dateline.agency)
    items("paragraphs", list(part.paragraphs), list(whole.paragraphs))
    # Related lists print an item more than once, its summary under one copy only: an item
    # of a cut list may lack a summary anywhere in the list, never have another one.
    # A cut line may also start an item of its own (a headline cut short), at the end.
    related_ok = all(
        cut.text(a.title, b.title) and (a.summary is None or cut.text(a.summary, b.summary))
        and a.url in (None, b.url)
        for a, b in zip(part.related, whole.related)
    )
    surplus = part.related[len(whole.related):]
    if not related_ok or len(surplus) > 1 or any(
        not cut.text(a.title, None) or a.summary is not None or a.url is not None for a in surplus
    ):
        problems.append(f"{p}related: {part.related!r} is not a cut of {whole.related!r}")
    for key, value in part.extra.items():
        other = whole.extra.get(key)
        if isinstance(value, str):
            text(f"extra[{key!r}]", value, other)
        elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            items(f"extra[{key!r}]", list(value), list(other or []))
        elif isinstance(value, (list, tuple)) and all(isinstance(v, Mapping) for v in value):
            # Records such as subheadings ({"text", "paragraph"}): a cut list, each item's
            # text cut shorter at most, its other values equal.
            items(f"extra[{key!r}]", list(value), list(other or []), _same_record(cut))
        else:
            strict(f"extra[{key!r}]", value, other)
    if len(part.translations) > len(whole.translations):
        problems.append(f"{p}translations: {len(part.translations)} where the whole has "
                        f"{len(whole.translations)}")
    for index, (a, b) in enumerate(zip(part.translations, whole.translations)):
        problems.extend(truncation_problems(a, b, f"{p}translations[{index}].", cut_line))
    if whole.paragraphs and not part.paragraphs and not part.warnings and not part.translations:
        problems.append(f"{p}no paragraphs and no warning that the body is missing")
    return problems


def truncation_failure(result: Article | ReadoutParseError, whole: Article,
                       cut_line: str | None = None) -> list[str]:
    """Problems of one truncated document's outcome: an error must be a clear one."""
    if isinstance(result, MalformedDocumentError):
        return [] if result.line is not None else [f"MalformedDocumentError names no line: {result}"]
    if isinstance(result, ReadoutParseError):
        if isinstance(result, readoutparse.UnknownFormatError):
            return []
        return [f"unexpected {type(result).__name__}: {result}"]
    return truncation_problems(result, whole, cut_line=cut_line)


# -- the line ledger ----------------------------------------------------------------------

# Whole tags, and the pieces of broken ones: cut off by the line's ends or by another "<".
_TAG = re.compile(r"<[^<>]*>|<[A-Za-z/!][^<>]*$|^[^<>]*>|<[A-Za-z/!][^<>]*(?=<)")
_ENTRY = re.compile(r"^((?:translations\[\d+\]\.)*)(paragraphs|boilerplate)\[(\d+)\]$")


_HIDDEN = re.compile(r"<(script|style|title|noscript|template)\b[^>]*>.*?</\1\s*>",
                     re.IGNORECASE | re.DOTALL)
# How the Zaobao parser keeps furniture with no text of its own: "<tag#id.class> link".
_DESCRIBED = re.compile(r"<(?P<tag>[\w-]+)\S*>(?: (?P<link>\S+))?")


def _visible(line: str) -> str:
    """A source line as a reader sees it: hidden elements and tags dropped, entities
    resolved."""
    return _squeeze(html.unescape(_TAG.sub("", _HIDDEN.sub("", line))))


def _describes(entry: str, line: str) -> bool:
    """Whether ``entry`` is the parser's description of an element on ``line``."""
    m = _DESCRIBED.fullmatch(entry.replace("\n", ""))
    if not m:
        return False
    if not m["link"]:
        return f"<{m['tag']}" in line
    # A start tag may span lines (the parser claims one of them): any piece of the link.
    return m["link"][:40] in line or any(
        len(piece) >= 8 and piece in m["link"] for piece in re.split(r"[\s\"'<>=]+", line))


def ledger_problems(article: Article, text: str) -> list[str]:
    """Every non-blank line of ``text`` is claimed exactly once, and a line claimed as
    ``paragraphs[i]``/``boilerplate[i]`` shares its text with that entry (the entry may
    lack a dateline or marker the line starts with, or hold more lines than this one)."""
    doc = readoutparse.Document(text)
    numbers = [line.number for line in doc.content]
    problems = []
    missing = sorted(set(numbers) - set(article.lines))
    extra = sorted(set(article.lines) - set(numbers))
    if missing:
        problems.append(f"lines not accounted for: {missing[:20]}")
    if extra:
        problems.append(f"ledger claims lines that are blank or absent: {extra[:20]}")
    by_number = {line.number: line.text for line in doc.content}
    for number, field in article.lines.items():
        m = _ENTRY.match(field)
        if not m or number not in by_number:
            continue
        record = article
        for step in re.findall(r"translations\[(\d+)\]", m.group(1)):
            record = record.translations[int(step)]
        entries = record.paragraphs if m.group(2) == "paragraphs" else record.boilerplate
        index = int(m.group(3))
        if index >= len(entries):
            problems.append(f"line {number} claimed as {field}, which does not exist")
            continue
        line, entry = _visible(by_number[number]), _squeeze(entries[index])
        plain = _squeeze(by_number[number])
        # The first paragraph's line may hold only (part of) a dateline the parser cut
        # off it, e.g. "<p>（早报讯" when the marker's closing bracket is on the next line.
        marker = (m.group(2) == "paragraphs" and index == 0 and record.dateline is not None
                  and (any(part and _squeeze(part) in line
                           for part in (record.dateline.agency, record.dateline.place))
                       or not any(ch.isalnum() for ch in line)))
        described = m.group(2) == "boilerplate" and _describes(entries[index], by_number[number])
        # A line may also hold the end of one block and the start of the next (HTML needs
        # no line breaks): then it holds the start (or the end) of the entry it claims.
        shared = (entry in line or line in entry or entry in plain or plain in entry
                  or entry[:10] in line or entry[-10:] in line)
        if line and entry and not (marker or described or shared):
            problems.append(f"line {number} claimed as {field}: {by_number[number][:60]!r} "
                            f"is not in {entries[index][:60]!r}")
    return problems


# -- no hangs ---------------------------------------------------------------------------


class Hang(AssertionError):
    pass


@contextlib.contextmanager
def deadline(seconds: float, what: str) -> Iterator[None]:
    """Fail (not hang) when the block runs longer than ``seconds``: a guard against
    catastrophic backtracking, far above any honest run time, not a timing test."""
    def alarm(signum: int, frame: object) -> None:
        raise Hang(f"{what} ran longer than {seconds} s: catastrophic backtracking?")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def normalised_lines(path: Path) -> list[str]:
    return normalise(path.read_text("utf-8")).split("\n")


__all__ = [
    "DOCUMENTS", "LEGACY", "UNICODE_FORMS", "Hang", "case_id", "clean_record", "comparable",
    "cr", "crlf", "deadline", "encode", "encode_cp1258", "extra_blank_lines", "fixture_language",
    "invisible_noise", "kitchen_sink", "ledger_problems", "legacy_cases", "nfd",
    "normalised_lines", "outcome", "space_noise", "truncation_failure", "truncation_problems",
    "unencodable",
]
