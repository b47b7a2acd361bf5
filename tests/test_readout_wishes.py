"""Wishes and conditions are no contacts; a contact's fields come from the cue that joins its sides."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(text: str, language: str = "zh-Hans", title: str = "") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=tuple(text.split("\n")),
                                   published=D(2020, 9, 19)))


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "刚刚上任的日本首相菅义伟，传盼望与台湾总统蔡英文通话。"),
    ("zh-Hant", "日本首相菅義偉期待能與總統蔡英文通電話。"),
    ("zh-Hans", "如果日本首相菅义伟与台湾总统蔡英文通话，将是首次。"),
    ("en", "Japanese Prime Minister Yoshihide Suga hopes to meet Chinese President Xi Jinping."),
])
def test_a_wish_or_a_condition_is_no_contact(language: str, text: str) -> None:
    assert read(text, language) is None


def test_a_wish_with_a_day_is_announced() -> None:
    readout = read("日本首相菅义伟希望下周与台湾总统蔡英文通话。")
    assert readout is not None and readout.status == "planned"


def test_the_meeting_where_a_wish_was_told_is_the_contact() -> None:
    text = ("日本前首相森喜朗昨天告诉台湾总统蔡英文，日本首相菅义伟期待与她通电话。\n"
            "森喜朗在与蔡英文会面中，当面向她表示，菅义伟前天直接打电话告诉他，托他转达问候。")
    readout = read(text)
    assert readout is not None
    assert (readout.status, readout.kind, readout.initiator) == ("held", "meeting", None)
    assert [p.id for p in readout.participants][:2] == ["yoshiro_mori", "tsai_ing_wen"]
