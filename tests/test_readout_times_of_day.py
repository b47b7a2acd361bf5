"""A contact later on the page's own day is still to come: the hour read against the publication time."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

UTC = dt.timezone.utc


def read(text: str, published: dt.datetime, language: str = "zh-Hant", source: str | None = "(臺)中央社CNA") -> Readout:
    readout = extract_readout(Article(parser="x", language=language, title="", paragraphs=tuple(text.split("\n")),
                                      published=published, source=source))
    assert readout is not None
    return readout


SUMMIT = "中國國家主席習近平與德國總理梅克爾14日舉行視訊峰會，氣氛尷尬。\n路透報導，會議約於台灣時間14日下午8時舉行。"


@pytest.mark.parametrize(("hour_utc", "status"), [(4, "planned"), (14, "held")])
def test_an_hour_later_than_the_page_makes_the_contact_planned(hour_utc: int, status: str) -> None:
    readout = read(SUMMIT, dt.datetime(2020, 9, 14, hour_utc, 56, tzinfo=UTC))
    assert (readout.status, readout.event_date) == (status, dt.date(2020, 9, 14))


@pytest.mark.parametrize(("language", "text", "late_utc"), [
    ("zh-Hant", "習近平今晚與德國總理梅克爾通電話。", 14),  # 22:00 in Taipei
    ("en", "Chinese President Xi Jinping and German Chancellor Angela Merkel hold a phone call tonight.", 23),
    ("vi", "Chủ tịch Tập Cận Bình điện đàm với Thủ tướng Đức Angela Merkel tối nay.", 15),  # 22:00 in Hanoi
])
def test_tonight_on_a_morning_page_is_planned_and_on_a_late_page_held(language: str, text: str, late_utc: int) -> None:
    morning = read(text, dt.datetime(2020, 9, 14, 1, 0, tzinfo=UTC), language, None)
    late = read(text, dt.datetime(2020, 9, 14, late_utc, 0, tzinfo=UTC), language, None)
    assert (morning.status, late.status) == ("planned", "held")


def test_a_held_word_keeps_an_evening_contact_held() -> None:
    assert read("習近平今晚已與德國總理梅克爾通電話。", dt.datetime(2020, 9, 14, 1, 0, tzinfo=UTC)).status == "held"


def test_an_hour_in_washington_and_in_taipei_must_both_be_ahead() -> None:
    # 01:12 in Washington, 13:12 in Taipei: a meeting "上午" in Taipei is over
    text = "美国卫生部长阿扎尔星期一（8月10日）上午至台湾总统府会面台湾总统蔡英文。"
    readout = read(text, dt.datetime(2020, 8, 10, 5, 12, tzinfo=UTC), "zh-Hans", "美国之音")
    assert readout.status == "held"


def test_an_hour_given_with_another_day_is_that_days() -> None:
    text = ("美国助理国务卿库柏今天与台湾驻美代表萧美琴会面。\n"
            "国务院公布，库柏于美东时间11日上午11时30分（新加坡时间12日凌晨零时30分）与萧美琴进行闭门会晤。")
    readout = read(text, dt.datetime(2021, 1, 12, 1, 2, tzinfo=UTC), "zh-Hans", "联合早报")
    assert readout.status == "held"


def test_the_hour_of_something_else_does_not_count() -> None:
    text = "美國國務卿蓬佩奧今天與日本外相茂木敏充會談，外務省下午將公布內容。"
    assert read(text, dt.datetime(2020, 9, 14, 1, 0, tzinfo=UTC)).status == "held"
