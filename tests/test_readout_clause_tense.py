"""The tense of the clause that carries a contact: modifiers of people, tours before their verb,
called-off words that qualify another occasion."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(text: str, language: str = "zh-Hans", title: str = "") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=(text,),
                                   published=D(2020, 9, 27)))


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "王毅将与刚刚就任的日本外相茂木敏充举行会谈。"),
    ("zh-Hant", "王毅將與剛剛就任的日本外相茂木敏充舉行會談。"),
    ("zh-Hans", "王毅将同已经抵达北京的日本外相茂木敏充会面。"),
])
def test_a_held_word_in_the_partners_modifier_leaves_the_contact_announced(language: str, text: str) -> None:
    readout = read(text, language)
    assert readout is not None and readout.status == "planned"


def test_a_planned_word_in_the_subjects_modifier_leaves_the_meeting_held() -> None:
    # 计划 qualifies the minister (the one in charge of a plan), not the meeting
    readout = read("负责这项计划的英国外交大臣拉布与王毅会面，双方讨论了贸易。")
    assert readout is not None and readout.status == "held"


def test_a_modifier_of_the_visit_itself_still_tells_its_tense() -> None:
    # the modifier qualifies "拉布访华", the visit: it was scheduled, then called off
    assert read("原本安排在明天的拉布访华最终取消。") is None


@pytest.mark.parametrize(("text", "countries"), [
    ("王毅将于下周对日本、韩国和蒙古三国进行正式访问。", {"JP", "KR", "MN"}),
    ("王毅将于10月1日至5日对日本、韩国、蒙古等3国进行访问。", {"JP", "KR", "MN"}),
    ("茂木敏充还将前往英国、法国和德国进行访问。", {"GB", "FR", "DE"}),
])
def test_an_announced_tour_meets_the_hosts_of_every_country_listed_before_its_verb(
        text: str, countries: set[str]) -> None:
    readout = read(text)
    assert readout is not None and (readout.kind, readout.status) == ("meeting", "planned")
    assert countries <= {p.country for p in readout.participants if p.id is None}


def test_a_tour_told_in_the_past_is_the_storys_setting() -> None:
    assert read("王毅对日本、韩国和蒙古进行了访问。") is None


def test_a_visit_inside_the_object_of_dui_is_the_topic_of_another_verb() -> None:
    # 将 announces the counter-measures; the visit is what they answer
    assert read("北京将对英国外交大臣拉布访华采取反制措施。") is None


def test_a_called_off_word_qualifying_another_occasion_leaves_the_contact() -> None:
    readout = read("王毅与茂木敏充将举行视频会议，取代因疫情取消的访问。")
    assert readout is not None and (readout.kind, readout.status) == ("video_call", "planned")


def test_a_called_off_word_of_the_contact_itself_still_drops_it() -> None:
    assert read("王毅与茂木敏充将举行视频会议，但会议因故取消。") is None


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "习近平同默克尔举行虚拟峰会，讨论气候变化。"),
    ("zh-Hant", "習近平同默克爾舉行虛擬峰會，討論氣候變化。"),
])
def test_a_planned_character_inside_the_word_virtual_says_nothing(language: str, text: str) -> None:
    readout = read(text, language)
    assert readout is not None and readout.status == "held"


def read_lead(title: str, *paragraphs: str) -> Readout | None:
    return extract_readout(Article(parser="x", language="zh-Hans", title=title, paragraphs=paragraphs,
                                   published=D(2020, 9, 27)))


def test_both_sides_are_the_two_countries_an_earlier_sentence_names() -> None:
    readout = read_lead("贸易协议评估再起波澜", "日本和韩国的谈判代表本周将开会，讨论出口管制。双方已商定将于近日举行通话。")
    assert readout is not None and (readout.kind, readout.status) == ("phone_call", "planned")
    assert {p.country for p in readout.participants} == {"JP", "KR"}


def test_both_sides_are_the_pair_of_short_forms_the_title_names() -> None:
    readout = read_lead("日韩存在分歧", "商务部发言人表示，双方已商定将于近日举行通话。")
    assert readout is not None and readout.status == "planned"
    assert {p.country for p in readout.participants} == {"JP", "KR"}


def test_both_sides_with_no_sides_named_before_is_no_contact() -> None:
    assert read_lead("贸易协议评估再起波澜", "商务部发言人表示，双方已商定将于近日举行通话。") is None


def test_both_sides_after_three_countries_is_no_guess() -> None:
    assert read_lead("", "美国、日本和印度的官员发表声明。双方将于下周举行会谈。") is None
