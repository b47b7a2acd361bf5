from __future__ import annotations

import codecs
import re
import unicodedata

import pytest
from hypothesis import given, strategies as st

from readoutparse import NotTextError
from readoutparse.text import Document, clean_text, decode, normalise


def test_normalise_folds_invisible_and_space_characters() -> None:
    raw = "\ufeffA\u00a0B\u200b\u200eC\t\tD  \r\nE\rF\u2028G"
    assert normalise(raw) == "A BC D\nE\nF G"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"])
def test_only_lf_crlf_and_cr_end_lines(separator: str) -> None:
    # An editor (and grep -n) shows "body" on line 3: the line numbers of errors and of
    # Article.lines must agree with it, whatever str.splitlines() would say.
    doc = Document(f"title{separator}still title\r\nsecond\rbody\n")
    assert [(line.number, line.text) for line in doc.content] == [
        (1, "title still title"), (2, "second"), (3, "body")]


def test_every_non_starter_lies_below_the_scanned_range() -> None:
    # text._non_starter_run scans U+0000..U+1FFFF only, for speed; this checks the rest.
    from readoutparse.text import _leading_non_starter

    assert not [hex(c) for c in range(0x20000, 0x110000) if _leading_non_starter(chr(c))]


def test_long_combining_runs_are_made_stream_safe_and_stay_canonical() -> None:
    marks = "\u0301" * 40 + "\u0316" * 40  # reverse canonical order: 230 before 220
    out = normalise("a" + marks + " b\u0301")
    assert out.endswith(" b\u0301".replace("b\u0301", "b\u0301"))
    runs = out.split("\u034f")
    assert len(runs) > 1 and all(len(run) <= 31 for run in runs)
    assert unicodedata.is_normalized("NFC", out)
    # Short runs (all real text) are left alone.
    assert "\u034f" not in normalise(unicodedata.normalize("NFD", "Vương Nghị điện đàm"))


@pytest.mark.parametrize(
    "raw, clean, refused",
    [
        ("plain", "plain", ""),
        ("\ud83d 中俄", "\ufffd 中俄", "a lone surrogate (now U+FFFD)"),
        ("\ud83d\ude00", "\U0001f600", ""),  # a pair as two escapes (YAML) is one character
        ("\x1b]0;x\x07 title", "]0;x title", "U+0007, U+001B"),
        ("\u202e txt.exe", "txt.exe", "U+202E"),
        ("a\u2066b\u2069c", "abc", "U+2066, U+2069"),
        ("\x00 x", "x", "U+0000"),
        ("a\tb\u00a0 c\u200b", "a b c", ""),
        ("e\u0301", "\u00e9", ""),
        ("a\r\nb", "a\nb", ""),
    ],
)
def test_clean_text(raw: str, clean: str, refused: str) -> None:
    assert clean_text(raw) == (clean, refused)


@given(st.text(max_size=200))
def test_clean_text_gives_encodable_normalised_text(text: str) -> None:
    clean, _ = clean_text(text)
    clean.encode("utf-8")
    # What a record may not hold is gone; the rest is as normalise leaves it, except
    # spaces at a string's edges, which the fast path does not look for.
    assert not re.search("[\ud800-\udfff\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", clean)
    assert "  " not in clean and unicodedata.is_normalized("NFC", clean)
    assert clean_text(clean) == (clean, "")
    assert normalise(clean) == clean.strip(" ") or normalise(clean) == normalise(text)


def test_normalise_composes_nfd() -> None:
    nfd = unicodedata.normalize("NFD", "Vương Nghị điện đàm")
    assert normalise(nfd) == "Vương Nghị điện đàm"


@given(st.text(max_size=300))
def test_normalise_is_idempotent_and_never_leaves_trailing_blanks(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert all(line == line.strip() for line in once.split("\n"))
    assert "\r" not in once


def test_document_numbers_non_blank_lines_from_one() -> None:
    doc = Document("title\n\n  \nbody\n")
    assert [(line.number, line.text) for line in doc.content] == [(1, "title"), (4, "body")]


@pytest.mark.parametrize(
    "data, encoding",
    [
        (codecs.BOM_UTF8 + "首頁".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "首頁".encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + "首頁".encode("utf-16-be"), "utf-16"),
        ("首頁".encode(), "utf-8"),
    ],
)
def test_decode_unicode_forms(data: bytes, encoding: str) -> None:
    assert decode(data) == ("首頁", encoding)


@pytest.mark.parametrize(
    "data, what",
    [(b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"PK\x03\x04rest", "ZIP"), (b"abc\x00def", "NUL")],
)
def test_decode_refuses_binary_naming_what_it_saw(data: bytes, what: str) -> None:
    with pytest.raises(NotTextError) as raised:
        decode(data, name="x.bin")
    assert what in str(raised.value) and "x.bin" in str(raised.value)
    assert raised.value.offset is not None


def test_undecodable_bytes_name_the_offset() -> None:
    data = "首頁".encode() + b"\xff\xfe\xfa"
    with pytest.raises(NotTextError) as raised:
        decode(data, judge=lambda text: 0.0)
    assert raised.value.offset == len("首頁".encode())
    assert f"byte offset {len('首頁'.encode())}" in str(raised.value)
