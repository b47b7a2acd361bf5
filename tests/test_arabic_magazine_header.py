"""A magazine page's header (China Today): issue line, headline, dashed subtitle, writer."""

from __future__ import annotations

from pathlib import Path

import pytest

import readoutparse
from readoutparse.errors import ReadoutParseError
from readoutparse.parsers import sidebars

FIXTURE = (Path(__file__).resolve().parent.parent / "fixtures" / "xinhua_arabic"
           / "china_today_issue_line_dashed_subtitle_byline.txt")


def test_issue_line_is_furniture() -> None:
    rule = sidebars.classify("العدد 12 ديسمبر(كانون الأول) 2010")
    assert rule is not None and rule.name == "issue_line"
    assert sidebars.classify("العدد الكبير من الزوار في 2010") is None


def test_magazine_page_reads_headline_subtitle_and_writer() -> None:
    article = readoutparse.parse(FIXTURE.read_text("utf-8"), readout=False)
    assert article.title == "مزارع الشاي في الجبال الخضراء"
    assert article.extra["subtitle"] == "جولة في قرية تعيش على أوراق الشاي"
    assert article.extra["byline"] == "لي مينغ"
    assert article.authors == ()  # the name as printed, not guessed into authors
    assert article.published is None  # an issue's month dates no story
    assert article.paragraphs[0].startswith("تقع القرية")


def test_three_headlines_without_a_dash_are_still_a_listing() -> None:
    text = FIXTURE.read_text("utf-8").replace("   - جولة", "جولة")
    with pytest.raises(ReadoutParseError, match="listing"):
        readoutparse.parse(text, readout=False)
