from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import readoutparse
from readoutparse import (
    DocumentTooLargeError,
    MalformedDocumentError,
    NotTextError,
    UnknownFormatError,
    UnknownParserError,
)

from .fixture_cases import FIXTURES, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_parse_file_equals_parse_of_bytes(path: Path) -> None:
    assert readoutparse.parse_file(path) == readoutparse.parse(path.read_bytes())
    assert readoutparse.parse_file(path) == readoutparse.parse(path.read_text("utf-8"))


@pytest.mark.parametrize("text", ["", "   \n\t\n", "Just a note about lunch.\nSee you."])
def test_no_readout_is_unknown_format_with_scores(text: str) -> None:
    with pytest.raises(UnknownFormatError) as raised:
        readoutparse.parse(text)
    error = raised.value
    assert [name for name, _ in error.scores]
    assert "closest:" in str(error)


def test_binary_input_is_not_text() -> None:
    with pytest.raises(NotTextError, match="PNG"):
        readoutparse.parse(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))


def test_size_limit_is_checked_first_and_can_be_raised(tmp_path: Path) -> None:
    seed = SEED_FILES[0].read_bytes()
    with pytest.raises(DocumentTooLargeError, match="over the limit"):
        readoutparse.parse(seed, max_bytes=100)
    big = tmp_path / "big.txt"
    big.write_bytes(seed)
    with pytest.raises(DocumentTooLargeError) as raised:
        readoutparse.parse_file(big, max_bytes=100)
    assert str(big) in str(raised.value)
    assert readoutparse.parse(seed, max_bytes=len(seed)).title


def test_unknown_parser_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownParserError, match="vov"):
        readoutparse.parse("text", parser="nope")


def test_forced_parser_and_url() -> None:
    article = readoutparse.parse(SEED_FILES[4].read_bytes(), parser="vov",
                                 url="https://vov.vn/x.vov", readout=False)
    assert article.parser == "vov" and article.url == "https://vov.vn/x.vov"
    assert article.readout is None


def test_strict_turns_warnings_into_errors() -> None:
    # The page prints an impossible publish time (31 April): parsed with a warning...
    path = FIXTURES / "xinhua_bilingual" / "traditional_invalid_time_trailing_editor.txt"
    loose = readoutparse.parse_file(path)
    assert loose.published is None
    assert any("publish time" in warning for warning in loose.warnings)
    # ...and refused, naming the file and the line, when the caller asks for strictness.
    with pytest.raises(MalformedDocumentError, match="strict") as raised:
        readoutparse.parse_file(path, strict=True)
    assert str(path) in str(raised.value) and "line " in str(raised.value)


def test_reference_date_is_passed_through() -> None:
    article = readoutparse.parse(SEED_FILES[4].read_bytes(), reference_date=dt.date(2023, 12, 1))
    assert article.readout is not None
    assert article.readout.event_date == dt.date(2023, 10, 14)


# A vovworld page stored from its body: Vietnamese prose, no marker, no furniture.
_UNMARKED_VI = ("Cộng đồng người Việt ở nước ngoài luôn theo dõi các sự kiện lớn của đất nước và gửi "
                "nhiều ý kiến đóng góp tâm huyết về phát triển kinh tế, văn hóa và giáo dục.\n"
                "Thính giả ở Canada hỏi về thủ tục đăng ký quốc tịch cho con sinh ở nước ngoài.\n")


def test_an_unmarked_copy_is_read_by_the_site_its_address_names() -> None:
    with pytest.raises(readoutparse.UnknownFormatError):
        readoutparse.parse(_UNMARKED_VI, readout=False)
    with pytest.raises(readoutparse.UnknownFormatError):  # an address of no known site
        readoutparse.parse(_UNMARKED_VI, url="https://example.com/a.html", readout=False)
    url = "https://m.vovworld.vn/vi-VN/hop-thu-thinh-gia/thu-cua-thinh-gia-1443053.vov"
    article = readoutparse.parse(_UNMARKED_VI, url=url, readout=False)
    assert article.parser == "vov" and article.source == "VOV5" and article.title == ""
    assert any("chosen by the page's address" in w for w in article.warnings)


def test_an_address_does_not_hand_text_of_another_script_to_its_site() -> None:
    with pytest.raises(readoutparse.UnknownFormatError):
        readoutparse.parse("這是一段沒有任何標記的中文文字,講述一個城市的新公園。\n" * 2,
                           url="https://vov.vn/xa-hoi/cong-vien-moi-123.vov", readout=False)
