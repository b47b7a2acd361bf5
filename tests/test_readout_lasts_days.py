"""A held summit the lead says lasts several days has no single day (``several_days`` of cues.json)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout
from readoutparse.readout.cues import cue_data

D = dt.date


def read(*paragraphs: str, title: str = "", language: str = "zh-Hans") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                   published=D(2020, 9, 14)))


def test_the_several_days_table_compiles() -> None:
    data = cue_data()["several_days"]
    for language, patterns in data.items():
        if not language.startswith("_"):
            assert patterns and all(re.compile(p) for p in patterns)


def test_a_summit_of_four_days_has_no_day() -> None:
    readout = read("为期四天的东盟外长会议于周六落下帷幕，中国外长王毅和美国国务卿蓬佩奥都参加了会议。")
    assert readout is not None and readout.status == "held" and readout.event_date is None


def test_a_title_saying_the_summit_took_days_takes_its_day_away() -> None:
    readout = read("欧盟领导人与英国首相约翰逊周一举行峰会。", title="欧盟峰会经过数日争吵后接近达成协议")
    assert readout is not None and readout.event_date is None


def test_a_one_day_summit_keeps_its_day() -> None:
    readout = read("东盟外长会议周六举行，中国外长王毅和美国国务卿蓬佩奥都参加了会议。")
    assert readout is not None and readout.event_date == D(2020, 9, 12)


def test_days_of_something_else_leave_the_day() -> None:
    readout = read("东盟外长会议周六举行，中国外长王毅和美国国务卿蓬佩奥都参加了会议。",
                   "疫情已持续多日，各国仍在抗疫。")
    assert readout is not None and readout.event_date == D(2020, 9, 12)


@pytest.mark.parametrize("text", [
    "Chinese Foreign Minister Wang Yi and U.S. Secretary of State Mike Pompeo attended the two-day ASEAN "
    "meeting on Saturday.",
])
def test_english_two_day_summit(text: str) -> None:
    readout = read(text, language="en")
    assert readout is None or readout.event_date is None

