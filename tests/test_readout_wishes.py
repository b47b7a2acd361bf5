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


def test_a_call_still_under_discussion_gives_way_to_the_meeting_held() -> None:
    text = ("韩国外交部今天表示，正在讨论韩国总统文在寅何时应与美国当选总统拜登通电话。\n"
            "外交部副发言人说，双方将在适当的时机通电话。\n"
            "此外，正在美国访问的韩国外长康京和18日与美国国务卿蓬佩奥进行了会见。")
    readout = read(text)
    assert readout is not None
    assert (readout.status, readout.kind, readout.event_date) == ("held", "meeting", D(2020, 9, 18))
    assert [p.id for p in readout.participants] == ["kang_kyung_wha", "mike_pompeo"]


@pytest.mark.parametrize("text", [
    "總統蔡英文今天下午在總統府接見日本弔唁前總統李登輝訪台團，團長為前首相森喜朗。",
    "日本前首相森喜朗今天率團來台弔唁前總統李登輝，總統蔡英文在總統府接見森喜朗。",
])
def test_a_condolence_visit_received_is_a_meeting(text: str) -> None:
    readout = read(text, "zh-Hant")
    assert readout is not None
    assert (readout.kind, readout.host) == ("meeting", "tsai_ing_wen")


def test_a_condolence_message_stays_a_message() -> None:
    readout = read("國家主席習近平致唁電，向日本首相菅義偉表示慰問。", "zh-Hant")
    assert readout is not None and readout.kind == "message_exchange"


@pytest.mark.parametrize("text", [
    "台湾外交部次长表示，目前没有安排台湾总统蔡英文与美国候任总统拜登通话。",
    "立委质询问，是否安排美国候任总统拜登与台湾总统蔡英文通话？",
    "天主教教宗方济各已决定，不会与即将到访的美国国务卿蓬佩奥会面。",
])
def test_no_arrangement_a_question_or_a_refusal_is_no_contact(text: str) -> None:
    assert read(text) is None


def test_a_day_ahead_of_something_else_in_the_lead_does_not_announce_the_contact() -> None:
    text = "法国总理卡斯泰26日将就疫情讲话。关于中国方面的消息有金砖国家领导人召开峰会，习近平出席。"
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(text,),
                                      published=D(2020, 11, 17)))
    assert readout is None or readout.status == "held"


def test_a_cue_its_clause_recalls_gives_way_to_the_announced_one() -> None:
    text = "英国首相约翰逊和欧盟委员会主席冯德莱恩将举行面对面会晤，此前双方在周一通话，但未能缩小分歧。"
    readout = read(text)
    assert readout is not None and (readout.kind, readout.status) == ("meeting", "planned")


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "台湾总统蔡英文与美国驻联合国大使克拉夫特今天在线上见面。"),
    ("en", "Indian Prime Minister Narendra Modi met Australian Prime Minister Scott Morrison virtually on Thursday."),
])
def test_a_meeting_held_online_is_a_video_call(language: str, text: str) -> None:
    readout = read(text, language)
    assert readout is not None and readout.kind == "video_call"


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "民间团体盼台湾总统蔡英文出席亚太经合组织峰会，与日本首相菅义伟会面。"),
    ("zh-Hans", "智库学者表示，台湾应该争取由总统蔡英文与日本首相菅义伟会面。"),
    ("zh-Hant", "學者說，台灣應當爭取由總統蔡英文與日本首相菅義偉會面。"),
])
def test_what_someone_hopes_or_says_should_happen_is_no_contact(language: str, text: str) -> None:
    assert read(text, language) is None


def test_the_same_meeting_told_as_done_is_a_contact() -> None:
    readout = read("台湾总统蔡英文与日本首相菅义伟会面。")
    assert readout is not None and readout.status == "held"


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "中方欢迎俄罗斯总统普京提出的就伊核问题召开视频峰会的倡议。"),
    ("zh-Hant", "中方歡迎俄羅斯總統普京提出的與美國總統川普舉行會談的構想。"),
])
def test_a_contact_only_proposed_is_no_contact(language: str, text: str) -> None:
    assert read(text, language) is None


def test_a_proposal_after_the_contact_leaves_it_held() -> None:
    # the proposal noun follows something else than the contact word
    readout = read("俄罗斯总统普京与美国总统特朗普通电话，提出了召开峰会的时间表。")
    assert readout is not None and readout.kind == "phone_call"
