"""Contacts the story does not report: called off, or recalled past the lead."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout
from readoutparse.readout.recall import BACKGROUND_DAYS

D = dt.date


def read(*paragraphs: str, title: str = "", published: dt.date = D(2020, 12, 15),
         language: str = "zh-Hans", **kwargs: object) -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                   published=published), **kwargs)  # type: ignore[arg-type]


def test_a_planned_contact_put_back_is_no_contact() -> None:
    assert read("消息说，王毅原计划下月访问东京并与茂木敏充会谈，但双方已决定延期。") is None
    assert read("王毅计划下月与茂木敏充会谈。", title="王毅访日推迟") is None
    assert read("Wang Yi will meet Toshimitsu Motegi next month, but the visit was postponed.",
                language="en") is None


def test_a_planned_contact_still_on_is_kept() -> None:
    readout = read("王毅计划下月与茂木敏充会谈。", title="王毅将访日")
    assert readout is not None and readout.status == "planned"


def test_a_held_contact_discussing_cancellation_is_kept() -> None:
    # "取消" is what they talked about, not what became of the meeting
    readout = read("王毅周一与茂木敏充会谈，讨论取消部分关税。", published=D(2020, 12, 15))
    assert readout is not None and readout.status == "held"


def test_an_old_contact_recalled_past_the_lead_is_background() -> None:
    lead = "外交部发言人今天在例行记者会上回答提问。"
    past = "发言人说，习近平已于11月25日致电拜登，祝贺他当选。"
    assert read(lead, "记者问及双方是否安排通话。", past) is None
    # the same sentence in the lead is the story's contact
    assert read(past) is not None
    # recent enough: a report of this week's contact in its second paragraph
    recent = f"发言人说，习近平已于12月{15 - BACKGROUND_DAYS + 1}日致电拜登，祝贺他当选。"
    assert read(lead, recent) is not None


def test_a_callers_reference_date_decides_no_recall() -> None:
    lead = "外交部发言人今天在例行记者会上回答提问。"
    past = "发言人说，习近平已于11月25日致电拜登，祝贺他当选。"
    assert read(lead, past, reference_date=D(2020, 12, 15)) is not None


def test_a_contact_told_as_some_years_or_months_ago_is_no_story_contact() -> None:
    assert read("不过，4年多前，台湾总统蔡英文与日本首相安倍晋三通电话。") is None
    assert read("两个多月前，台湾总统蔡英文与日本首相安倍晋三通电话。") is None


def test_the_same_call_untold_as_past_is_the_story_contact() -> None:
    readout = read("台湾总统蔡英文与日本首相安倍晋三通电话。")
    assert readout is not None and readout.kind == "phone_call"
