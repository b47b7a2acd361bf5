"""An unnamed side (the country visited, one of a pair of countries) named by a later sentence
that joins one of its people to the contact's other side by a contact word."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout


def read(*paragraphs: str, title: str = "") -> Readout | None:
    return extract_readout(Article(parser="x", language="zh-Hans", title=title, paragraphs=paragraphs,
                                   published=dt.date(2020, 10, 12)))


def keys(readout: Readout | None) -> list[str | None]:
    assert readout is not None
    return [p.id or p.name for p in readout.participants]


def test_the_host_a_later_sentence_has_the_visitor_meet_stands_for_the_country() -> None:
    readout = read("日本首相菅义伟下周将访问越南。", "据报道，菅义伟访问期间将与越南总理阮春福讨论防务合作。")
    assert keys(readout) == ["yoshihide_suga", "nguyen_xuan_phuc"]
    assert readout is not None and readout.host == "nguyen_xuan_phuc" and readout.evidence.startswith("日本首相")


def test_a_paragraph_past_the_lead_is_read_for_that_only() -> None:
    readout = read("日本首相菅义伟下周将访问越南。", "日本媒体关注此行。", "专家认为此行意义重大。", "天气预报说河内有雨。",
                   "菅义伟访问期间将与越南总理阮春福举行会谈。")
    assert keys(readout) == ["yoshihide_suga", "nguyen_xuan_phuc"]


def test_a_person_only_mentioned_fills_nothing() -> None:
    # no contact word joins the prime minister to the visitor
    readout = read("日本首相菅义伟下周将访问越南。", "越南总理阮春福日前表示越南经济正在复苏。")
    assert keys(readout) == ["yoshihide_suga", "越南"]


def test_a_negated_contact_fills_nothing() -> None:
    readout = read("中美双方已商定将于近日举行通话。", "特朗普与中国国家主席习近平多时没有通电话。")
    assert keys(readout) == ["中国", "美国"]


def test_someone_else_of_the_other_side_fills_nothing() -> None:
    # the minister talks with another American, not with the visitor
    readout = read("美国国务次卿克拉奇下周将访问台湾。",
                   "此前台湾经济部长王美花和美国助理国务卿史达伟进行视频对谈。")
    assert keys(readout) is not None and "wang_mei_hua" not in keys(readout)


def test_someone_before_the_visit_word_only_tells_of_the_visit() -> None:
    readout = read("美国环保署长惠勒下周将访问台湾。", "台湾驻美代表萧美琴星期四证实了惠勒访台一事。")
    assert "hsiao_bi_khim" not in keys(readout)
