"""Attacks: hostile input that must give a record or a clean one-line refusal, in
bounded, linear time, and never a crash.

Each attack is a small generator of input.  The check is the same for all of them
(:func:`judged`): a record whose JSON writes as UTF-8 and holds no control character,
bidi override or lone surrogate, or a ReadoutParseError on one line that is not a
ParserCrashedError, within a guard far above any honest run time.  Growth is checked by
input size ratios (:func:`tests.timing.growth`), with bounds a quadratic step cannot meet and a linear
one always does, never by absolute timing.  Figures are in ``bench/growth.py``.

Keep adding: an attack found in the wild, or invented, is one entry here.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import math
import re
from collections.abc import Callable
from typing import Any, ClassVar

import pytest
from hypothesis import given, strategies as st

import readoutparse
from readoutparse import (
    Article,
    MalformedDocumentError,
    NotTextError,
    ParserCrashedError,
    ReadoutParseError,
    Registry,
    UnknownFormatError,
)
from readoutparse.model import Dateline, Related
from readoutparse.parsers.base import Context, Parser
from readoutparse.text import Document

from .robust_support import DOCUMENTS, case_id, deadline
from .timing import growth

# Nothing a record may hold, however it got there (text.clean_text's _REFUSED).
FORBIDDEN = re.compile("[\ud800-\udfff\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
GUARD = 20.0  # seconds per input: far above any honest run, a hang is a failure


def zaobao(title: str = '"中俄首脑通话"', date: str = "2021-08-26T02:42:56.371Z",
           body: str = "<p>国家主席习近平昨天与俄罗斯总统普京通电话。</p>",
           front: str = "") -> str:
    """A Zaobao archive post in the template's shape, in our own words."""
    return (f"---\nlayout: post\ntitle: {title}\ndate: {date}\nauthor: 联合早报\n{front}"
            "from: https://www.zaobao.com/realtime/china/story20210826-1186506\n"
            "tags: [ 联合早报 ]\ncategories: [ 联合早报 ]\n---\n<!--1629968640000-->\n"
            "[中俄首脑通话](https://www.zaobao.com/realtime/china/story20210826-1186506)\n"
            f"------\n\n<div>\n{body}\n</div>\n")


def strings(value: Any) -> list[str]:
    """Every string of a record's JSON data, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in strings(k) + strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def judged(data: str | bytes, **options: Any) -> Article | ReadoutParseError:
    """The outcome of one attack, failing the test on anything but a clean one."""
    with deadline(GUARD, "an attack"):
        try:
            article = readoutparse.parse(data, **options)
        except ParserCrashedError as exc:
            pytest.fail(f"crash, not a refusal: {exc}")
        except ReadoutParseError as exc:
            assert "\n" not in str(exc), f"refusal is not one line: {exc!r}"
            return exc
    record = article.to_dict()
    text = json.dumps(record, ensure_ascii=False)
    text.encode("utf-8")  # no lone surrogate can be written
    bad = [s[:60] for s in strings(record) if FORBIDDEN.search(s)]
    assert not bad, f"record strings hold control or bidi characters: {bad}"
    return article


# -- strings by other routes than the document's lines -------------------------------------

ESCAPED_TITLES = {
    "lone-high-surrogate": (r'"\ud83d 中俄首脑通话"', "\ufffd 中俄首脑通话"),
    "lone-low-surrogate": (r'"中俄\ude00首脑通话"', "中俄\ufffd首脑通话"),
    "surrogate-pair-as-escapes": (r'"\ud83d\ude00 中俄"', "\U0001f600 中俄"),
    "terminal-title-escape": (r'"\u001b]0;owned\u0007中俄首脑通话"', "]0;owned 中俄首脑通话"),
    "ansi-colour": (r'"\u001b[31m中俄\u001b[0m"', "[31m中俄 [0m"),
    "rtl-override": (r'"\u202e中俄首脑通话"', "中俄首脑通话"),
    "isolates": (r'"中俄\u2066首脑\u2069通话"', "中俄首脑通话"),
    "nul": (r'"\u0000中俄首脑通话"', "中俄首脑通话"),
    "c1-csi": (r'"\u009b31m中俄"', "31m中俄"),
}


@pytest.mark.parametrize("name", ESCAPED_TITLES)
def test_escapes_in_front_matter_are_cleaned_with_a_warning(name: str) -> None:
    raw, clean = ESCAPED_TITLES[name]
    article = judged(zaobao(title=raw))
    assert isinstance(article, Article)
    assert article.title == clean
    if FORBIDDEN.search(raw.encode().decode("unicode_escape")) and name != "surrogate-pair-as-escapes":
        assert any(w.startswith("title: removed") for w in article.warnings), article.warnings
        with pytest.raises(MalformedDocumentError):
            readoutparse.parse(zaobao(title=raw), strict=True)


@pytest.mark.parametrize("entity", ["&#x110000;", "&#99999999999;", "&#0;", "&#x1b;", "&#xd83d;",
                                    "&#x202e;", "&#x7f;&#x9b;", "&#xdfff;&#xd800;"])
def test_numeric_entities_out_of_range_or_not_text(entity: str) -> None:
    result = judged(zaobao(body=f"<p>国家主席{entity}习近平与普京通电话。</p>"))
    if isinstance(result, Article):
        assert "习近平与普京通电话" in "".join(result.paragraphs)


@pytest.mark.parametrize("label", ["unicode_escape", "raw_unicode_escape", "utf-7", "idna",
                                   "punycode", "cp037", "rot13", "base64"])
def test_a_declared_charset_that_is_no_charset_is_not_used(label: str) -> None:
    # Latin-1 bytes (not UTF-8) so the declared label is consulted at all; the escapes
    # would become surrogates and control characters under unicode_escape.
    text = zaobao(title=r'"\\ud83d\\x1b caf\xe9"', front=f"encoding: {label}\n")
    result = judged(text.encode("latin-1", "replace") + b"\xe9\n")
    if isinstance(result, Article):
        assert "\\ud83d" in result.title or "ud83d" in result.title


# -- a plugin's record ---------------------------------------------------------------------


class _Plugin(Parser):
    """A parser whose record is whatever the test puts in ``made``."""

    name: ClassVar[str] = "attack_plugin"
    language: ClassVar[str] = "en"
    made: ClassVar[Callable[[], Any]]

    def score(self, doc: Document) -> float:
        return 1.0 if doc.text.startswith("ATTACK") else 0.0

    def parse(self, doc: Document, context: Context) -> Article:
        return type(self).made()  # type: ignore[no-any-return]


def plugin_outcome(made: Callable[[], Any], **options: Any) -> Article | ReadoutParseError:
    class Made(_Plugin):
        pass

    Made.made = staticmethod(made)  # type: ignore[assignment]
    registry = Registry(plugins=False)
    registry.add(Made())
    options.setdefault("readout", True)
    try:
        with deadline(GUARD, "a plugin's record"):
            article = readoutparse.parse("ATTACK\nline\n", registry=registry, **options)
    except ReadoutParseError as exc:
        assert "\n" not in str(exc), f"refusal is not one line: {exc!r}"
        return exc
    record = article.to_dict()
    json.dumps(record, ensure_ascii=False, allow_nan=False).encode("utf-8")
    assert not [s for s in strings(record) if FORBIDDEN.search(s)]
    return article


def _article(**fields: Any) -> Article:
    fields.setdefault("title", "Leaders spoke")
    return Article(parser="attack_plugin", language="en", **fields)


def test_plugin_datetime_in_extra_becomes_iso_text() -> None:
    when = dt.datetime(2025, 6, 19, 15, 0, tzinfo=dt.timezone.utc)
    article = plugin_outcome(lambda: _article(extra={"seen": when, "days": [dt.date(2025, 6, 19)],
                                                    "nested": {"at": when}}))
    assert isinstance(article, Article)
    assert article.extra == {"seen": "2025-06-19T15:00:00+00:00", "days": ["2025-06-19"],
                             "nested": {"at": "2025-06-19T15:00:00+00:00"}}


@pytest.mark.parametrize("value", [{1, 2}, b"bytes", object(), complex(1, 2)],
                         ids=["set", "bytes", "object", "complex"])
def test_plugin_extra_that_is_no_json_fails_that_item_cleanly(value: Any) -> None:
    result = plugin_outcome(lambda: _article(extra={"bad": value}))
    assert isinstance(result, ParserCrashedError), result
    assert "attack_plugin" in str(result) and "extra['bad']" in str(result)


def test_plugin_nan_in_extra_is_null_with_a_warning() -> None:
    article = plugin_outcome(lambda: _article(extra={"score": math.nan, "n": math.inf}))
    assert isinstance(article, Article)
    assert article.extra == {"score": None, "n": None}
    assert any("extra['score']" in w for w in article.warnings)


@pytest.mark.parametrize("made", [
    lambda: None, lambda: {"title": "x"}, lambda: "a str", lambda: 42,
    lambda: _article(published="2025-06-19"), lambda: _article(title=b"bytes"),
    lambda: _article(related=("just a string",)),
], ids=["none", "dict", "str", "int", "str-published", "bytes-title", "str-related"])
def test_plugin_record_of_the_wrong_shape_is_a_clean_error(made: Callable[[], Any]) -> None:
    result = plugin_outcome(made)
    assert isinstance(result, ParserCrashedError), result
    assert "attack_plugin" in str(result)


def test_plugin_strings_everywhere_are_cleaned() -> None:
    dirty = "\x1b]0;x\x07 A\u202e B\ud800 C  D "
    article = plugin_outcome(lambda: _article(
        title=dirty, authors=(dirty,), paragraphs=(dirty, "clean"),
        dateline=Dateline(place=dirty), related=(Related(title=dirty, url=dirty),),
        extra={dirty: [dirty, {dirty: dirty}]}, warnings=(dirty,),
        translations=(_article(title=dirty, paragraphs=(dirty,)),)))
    assert isinstance(article, Article)
    clean = "]0;x A B\ufffd C D"
    assert article.title == clean and article.paragraphs == (clean, "clean")
    assert article.translations[0].title == clean
    assert article.related[0].title == clean and article.dateline is not None
    assert article.extra == {clean: [clean, {clean: clean}]}
    assert any("removed" in w for w in article.translations[0].warnings)


def test_plugin_with_a_warning_per_string_gets_a_bounded_list() -> None:
    article = plugin_outcome(lambda: _article(paragraphs=tuple(f"p{i}\x07" for i in range(5000))))
    assert isinstance(article, Article)
    assert len(article.warnings) <= 12 and "more strings cleaned" in article.warnings[-1]


@pytest.mark.parametrize("depth", [50, 5000])
def test_plugin_deeply_nested_extra(depth: int) -> None:
    nested: Any = "\x07leaf"
    for _ in range(depth):
        nested = [nested]
    result = plugin_outcome(lambda: _article(extra={"deep": nested}))
    # Shallow: cleaned; deeper than Python's recursion allows: that item's clean error.
    assert isinstance(result, Article if depth < 100 else ParserCrashedError), result


def test_plugin_system_exit_in_parse_is_contained() -> None:
    def made() -> Article:
        raise SystemExit(3)

    assert isinstance(plugin_outcome(made), ParserCrashedError)


def test_plugin_dates_at_the_calendar_edge_are_null_with_a_warning() -> None:
    edge = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone.utc)
    article = plugin_outcome(lambda: _article(published=edge,
                                              dateline=Dateline(date=dt.date(1, 1, 1))))
    assert isinstance(article, Article)
    assert article.published is None and article.dateline == Dateline()
    assert len([w for w in article.warnings if "calendar" in w]) == 2


# Any code point, surrogates and controls included.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())


@given(st.text(ANY_CHAR, max_size=40), st.lists(st.text(ANY_CHAR, max_size=40), max_size=4),
       st.dictionaries(st.text(ANY_CHAR, max_size=8),
                       st.one_of(st.text(ANY_CHAR, max_size=20), st.integers(), st.none(),
                                 st.floats(), st.booleans(), st.dates(), st.datetimes()),
                       max_size=4))
def test_any_plugin_strings_give_a_clean_writable_record(
        title: str, paragraphs: list[str], extra: dict[str, Any]) -> None:
    result = plugin_outcome(lambda: _article(title=title, paragraphs=tuple(paragraphs),
                                             extra=extra), readout=False)
    assert isinstance(result, Article), result


@given(st.text(ANY_CHAR, min_size=1, max_size=60))
def test_any_json_escaped_title_gives_a_clean_record(title: str) -> None:
    # json.dumps escapes every non-ASCII and control character: the front-matter route.
    judged(zaobao(title=json.dumps(title)), readout=False)


# -- the readout on odd case folding -----------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Xi Jinping held phone talkſ with Russian President Vladimir Putin on Thursday.",
    "Xi Jinping and Vladimir Putin exchanged vıews on Ukraine on Thursday.",
    "İ Xi Jinping held phone talks with Vladimir Putin.",
    "XI JINPING HELD PHONE TALKS WITH VLADIMIR PUTİN ON THURSDAY.",
    "Xi Jinping held ＰＨＯＮＥ talks with Vladimir Putin.",
])
def test_case_folding_in_the_readout_never_raises(sentence: str) -> None:
    result = plugin_outcome(lambda: _article(paragraphs=(sentence,),
                                             published=dt.date(2025, 6, 19)))
    assert isinstance(result, Article), result


# -- dates at the calendar's edges -------------------------------------------------------------

EDGE_DATES = ["9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "9999-12-31", "0001-01-01",
              "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"]
EDGE_ANCHORS = [None, dt.date.max, dt.date.min, dt.date(9999, 12, 30), dt.date(1, 1, 2)]


@pytest.mark.parametrize("date", EDGE_DATES)
@pytest.mark.parametrize("anchor", EDGE_ANCHORS, ids=str)
def test_zaobao_dates_at_the_calendar_edge(date: str, anchor: dt.date | None) -> None:
    body = "<p>（早报讯）国家主席习近平昨天（25日）与俄罗斯总统普京通电话。</p>"
    result = judged(zaobao(date=date, body=body), reference_date=anchor)
    assert isinstance(result, Article)
    assert result.published is None and any("calendar" in w for w in result.warnings)


def _edge_years(text: str, year: str) -> str:
    # Every four-digit year of the document at the edge; months and days stay.
    return re.sub(r"(?<!\d)(?:19|20)\d\d(?!\d)", year, text)


@pytest.mark.parametrize("path", DOCUMENTS, ids=case_id)
@pytest.mark.parametrize("year", ["9999", "0001"])
@pytest.mark.parametrize("anchor", [None, dt.date.max, dt.date.min], ids=str)
def test_every_parser_at_the_calendar_edge(path: Any, year: str, anchor: dt.date | None) -> None:
    result = judged(_edge_years(path.read_text("utf-8"), year), reference_date=anchor)
    if isinstance(result, Article):
        for record in (result, *result.translations):
            day = record.published
            assert day is None or dt.date(2, 1, 1) <= (
                day.date() if isinstance(day, dt.datetime) else day) <= dt.date(9998, 12, 31)


def test_reference_date_at_the_edge_is_ignored_with_a_warning() -> None:
    article = judged(zaobao(), reference_date=dt.date.max)
    assert isinstance(article, Article)
    assert any("reference_date 9999-12-31" in w for w in article.warnings)


# -- line numbers are editor lines ----------------------------------------------------------------

SEPARATORS = ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"]


@pytest.mark.parametrize("path", DOCUMENTS[::4], ids=case_id)
@pytest.mark.parametrize("separator", SEPARATORS, ids=lambda s: f"U+{ord(s):04X}")
def test_line_numbers_count_only_lf_crlf_cr(path: Any, separator: str) -> None:
    text = path.read_text("utf-8")
    # Mixed line ends, and the separator inside lines where a word boundary is.
    lines = text.split("\n")
    ends = ["\n", "\r\n", "\r"]
    mixed = "".join(line.replace(" ", separator, 1) + ends[i % 3] for i, line in enumerate(lines))
    editor = re.split(r"\r\n|\r|\n", mixed)
    result = judged(mixed)
    if isinstance(result, Article):
        non_blank = {i for i, line in enumerate(editor, 1) if line.strip(" \t" + "".join(SEPARATORS))}
        assert set(result.lines) <= set(range(1, len(editor) + 1))
        assert set(result.lines) == non_blank
    elif isinstance(result, MalformedDocumentError) and result.line is not None:
        assert result.line <= len(editor)


def test_an_error_names_the_editor_line() -> None:
    # Arabic layout: the header is on line 3 in an editor, with separators in lines 1-2.
    text = "عنوان\u2028الخبر\u2029هنا\r\n\r\n/مصدر: شينخوا/ 2025:07:11.10:20\r\n"
    result = readoutparse.parse(text, parser="xinhua_arabic") if False else None
    del result
    with pytest.raises(MalformedDocumentError) as raised:
        readoutparse.parse("\u2028\u2029\n\n/مصدر: شينخوا/ 2025:07:11.10:20\n",
                           parser="xinhua_arabic")
    assert raised.value.line in (None, 3)


# -- decoding -------------------------------------------------------------------------------------

DECODING = {
    "only-utf8-boms": codecs.BOM_UTF8 * 10000,
    "only-boms-as-text": "\ufeff" * 100000,
    "utf16-lone-high-surrogate": codecs.BOM_UTF16_LE + "首頁".encode("utf-16-le") + b"\x3d\xd8" + "頭條".encode("utf-16-le"),
    "utf16-lone-low-surrogate": codecs.BOM_UTF16_BE + b"\xde\x00" + "首頁".encode("utf-16-be"),
    "utf16-reversed-pair": codecs.BOM_UTF16_LE + b"\x00\xde\x3d\xd8",
    "utf16-nul-characters": codecs.BOM_UTF16_LE + zaobao(title='"中俄\u0000首脑"').replace(
        "<p>", "<p>\u0000").encode("utf-16-le"),
    "utf32-out-of-range": codecs.BOM_UTF32_LE + b"\x00\x00\x11\x00",
    "overlong-slash": zaobao().encode() + b"\xc0\xaf",
    "overlong-3-byte": zaobao().encode() + b"\xe0\x80\xaf",
    "overlong-nul": zaobao().encode().replace(b"<p>", b"<p>\xc0\x80"),
    "utf8-surrogate-bytes": zaobao().encode().replace(b"<p>", b"<p>\xed\xa0\xbd"),
    "cesu-pair": zaobao().encode().replace(b"<p>", b"<p>\xed\xa0\xbd\xed\xb8\x80"),
    "five-byte-utf8": zaobao().encode() + b"\xf8\x88\x80\x80\x80",
    "bom-then-binary": codecs.BOM_UTF8 + b"\x00" * 1000,
    "bom-utf16-odd-length": codecs.BOM_UTF16_LE + b"a",
}


@pytest.mark.parametrize("name", DECODING)
def test_decoding_attacks(name: str) -> None:
    result = judged(DECODING[name])
    if name.startswith("only-boms"):
        assert isinstance(result, UnknownFormatError)
    if name.startswith(("utf16-lone", "utf16-reversed", "overlong", "utf8-surrogate", "cesu")):
        assert isinstance(result, NotTextError), result


def test_str_with_a_lone_surrogate_is_refused() -> None:
    assert isinstance(judged(zaobao(title='"\ud83d"')), NotTextError)


# -- structure bombs --------------------------------------------------------------------------------

BOMBS: dict[str, Callable[[int], str]] = {
    "nested-brackets-title": lambda n: zaobao(title='"' + "(" * n + "中俄" + ")" * n + '"'),
    "nested-square-title": lambda n: zaobao(title="'" + "[" * n + "中俄" + "]" * n + "'"),
    "zero-width-joiners": lambda n: zaobao(body="<p>习近平" + "\u200d" * n + "同普京通电话。</p>"),
    "combining-reverse-order": lambda n: zaobao(
        body="<p>a" + "\u0301\u0316" * (n // 2) + "</p>"),
    "combining-in-title": lambda n: zaobao(title='"中俄' + "\u0316\u0301" * (n // 2) + '"'),
    "rtl-override-dateline": lambda n: zaobao(body="<p>\u202e（早报讯）" + "\u202e" * n
                                                   + "国家主席习近平与普京通电话。</p>"),
    "mixed-separators": lambda n: zaobao(body="<p>甲</p>" + "\u2028\r\u2029\r\n\x85\n" * (n // 8)),
    "hangul-jamo": lambda n: zaobao(body="<p>" + "\u1100\u1161\u11a8" * (n // 3) + "</p>"),
    "nul-escapes": lambda n: zaobao(title='"' + "\\u0000" * (n // 6) + '中俄"'),
    "space-runs-body": lambda n: zaobao(body="<p>习近平" + " " * n + "同普京通电话。</p>"),
}


@pytest.mark.parametrize("name", BOMBS)
def test_structure_bombs_parse_in_linear_time(name: str) -> None:
    make = BOMBS[name]
    ratio = growth(lambda n: judged(make(n)), 25_000)
    # Generous: a quadratic step gives about 16, and the guard catches worse.
    assert ratio < 9, f"{name}: 4x the input took {ratio:.1f}x the time"


def test_front_matter_of_many_keys_is_bounded() -> None:
    front = "".join(f"key{i}: value {i}\n" for i in range(100_000))
    judged(zaobao(front=front))


def test_readout_on_a_plugin_record_with_space_runs_is_linear() -> None:
    def make(n: int) -> Callable[[], Article]:
        return lambda: _article(paragraphs=("Xi Jinping held" + " " * n + "phone talks with Putin.",
                                            "a " * n))

    ratio = growth(lambda n: plugin_outcome(make(n)), 50_000)
    assert ratio < 9, f"4x the spaces took {ratio:.1f}x the time"


# -- memory ---------------------------------------------------------------------------------------

# Peak memory of one parse as a multiple of its input (docs/robustness.md, "Memory"):
# measured up to 27 for real documents and 90 for pages of one-character lines.  Bounds
# with room; tracemalloc counts allocations, so this is no timing test.
MEMORY_BOUNDS = {"repeated": 40.0, "short lines": 130.0}


def _peak_multiple(data: bytes) -> float:
    import tracemalloc

    readoutparse.parse(data[:4096], readout=False)  # modules and patterns loaded first
    from readoutparse.readout import Gazetteer, extract_readout
    from readoutparse.model import Article

    # The lexicons (gazetteer, CLDR country names, automata) load once per process, not
    # per document: load them before measuring.
    extract_readout(Article(parser="x", language="zh-Hans", title="习近平同普京通电话"),
                    gazetteer=Gazetteer.builtin())
    tracemalloc.start()
    try:
        judged(data)
        return tracemalloc.get_traced_memory()[1] / len(data)
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("shape", MEMORY_BOUNDS)
@pytest.mark.parametrize("fmt", ["xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "vov"])
def test_peak_memory_is_a_bounded_multiple_of_the_input(fmt: str, shape: str) -> None:
    from bench.sizes import _document, _repeated, _short_lines

    lines = _document(fmt)
    size = 200_000
    text = _repeated(lines, size) if shape == "repeated" else _short_lines(lines, size)
    multiple = _peak_multiple(text.encode("utf-8"))
    assert multiple < MEMORY_BOUNDS[shape], f"{fmt} {shape}: peak {multiple:.0f}x the input"


def test_parse_file_reads_what_the_file_holds_not_the_limit(tmp_path: Any) -> None:
    import tracemalloc

    path = tmp_path / "post.md"
    path.write_text(zaobao(), "utf-8")
    readoutparse.parse_file(path, readout=False)
    tracemalloc.start()
    try:
        # A huge limit is no reason to allocate it (read(n) allocates n bytes first).
        article = readoutparse.parse_file(path, max_bytes=2**63 - 1, readout=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert article.title == "中俄首脑通话"
    assert peak < 10_000_000, f"peak {peak:,} bytes for a {path.stat().st_size}-byte file"


@pytest.mark.skipif(not __import__("os").path.exists("/dev/zero"), reason="needs /dev/zero")
def test_parse_file_of_an_endless_device_stops_at_the_limit() -> None:
    with deadline(GUARD, "/dev/zero"):
        with pytest.raises(readoutparse.DocumentTooLargeError):
            readoutparse.parse_file("/dev/zero", max_bytes=1_000_000)


# -- the readout on one endless sentence full of names --------------------------------------------


def _readout(unit: str, count: int) -> None:
    from readoutparse.readout import extract_readout

    extract_readout(Article(parser="x", language="zh-Hans", title="王毅会见拉夫罗夫",
                            paragraphs=(unit * count,) * 4))


@pytest.mark.parametrize("unit", ["美国国务卿蓬佩奥与中国外长王毅通电话，", "王毅会见拉夫罗夫。"])
def test_a_lead_of_endless_mentions_is_read_in_linear_time(unit: str) -> None:
    # Every pair of mentions in one sentence was weighed: 76 KB of one sentence took 12 s.
    # The readout reads a lead's first sentences and the first characters of each.
    _readout(unit, 100)
    ratio = growth(lambda n: _readout(unit, n), 8_000, bound=8.0, floor=0.025)
    assert ratio < 8, f"4 times the text took {ratio:.1f} times the time"
