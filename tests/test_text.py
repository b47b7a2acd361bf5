from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given, strategies as st

from readoutparse import NotTextError
from readoutparse.text import Document, decode, normalise


def test_normalise_folds_invisible_and_space_characters() -> None:
    raw = "\ufeffA\u00a0B\u200b\u200eC\t\tD  \r\nE\rF\u2028G"
    assert normalise(raw) == "A BC D\nE\nF\nG"


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
