"""Who initiated, beyond the evidence sentence: proposals in the lead, the title's verb, mutual exchanges."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(*paragraphs: str, title: str = "", published: dt.date = D(2020, 11, 10), language: str = "zh-Hans") -> Readout:
    readout = extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                      published=published))
    assert readout is not None
    return readout


@pytest.mark.parametrize("proposal", ["据悉，这次会谈由中方提出。", "官员说，此次电话会谈由日方主动提议，对方同意。"])
def test_a_proposal_later_in_the_lead_names_the_initiator(proposal: str) -> None:
    readout = read("日本首相菅义伟周二晚间与中国国家主席习近平举行电话会谈。", "双方谈到地区局势。", proposal)
    expected = "xi_jinping" if "中方" in proposal else "yoshihide_suga"
    assert readout.initiator == expected


def test_no_proposal_no_initiator() -> None:
    assert read("日本首相菅义伟周二晚间与中国国家主席习近平举行电话会谈。", "双方谈到地区局势。").initiator is None


@pytest.mark.parametrize("sentence", ["俄罗斯总统普京周二向拜登发出贺电，祝贺他胜选。",
                                      "国家主席习近平周三向拜登发去贺电。"])
def test_the_sender_of_a_message_initiates(sentence: str) -> None:
    readout = read(sentence)
    assert readout.initiator == readout.participants[0].id
    assert readout.kind == "message_exchange"


def test_a_mutual_exchange_has_no_initiator() -> None:
    assert read("中国国家主席习近平同新加坡总统哈莉玛互致贺电。").initiator is None


def test_the_titles_calling_verb_names_the_caller_when_the_body_only_says_they_spoke() -> None:
    readout = read("加拿大总理特鲁多周一说，他已经和拜登通过电话。", title="特鲁多致电祝贺拜登")
    assert readout.initiator == "justin_trudeau"
    # a title with no sending verb says nothing about who called
    assert read("加拿大总理特鲁多周一说，他已经和拜登通过电话。", title="特鲁多与拜登通话").initiator is None


@pytest.mark.parametrize(("sentence", "expected"), [
    ("国家主席习近平周三向拜登发贺电，祝贺他当选美国总统。", ["xi_jinping", "joe_biden"]),
    ("普京周二向拜登发出贺电，这是下一任美国总统首次获俄方祝贺。", ["vladimir_putin", "joe_biden"]),
])
def test_an_office_to_be_taken_is_no_participant(sentence: str, expected: list[str]) -> None:
    # Trump held the office on that day; the title names the office Biden takes, not Trump
    assert [p.id for p in read(sentence, published=D(2020, 11, 26)).participants] == expected


def test_english_elected_title_is_no_participant() -> None:
    readout = read("Putin sent a message to Biden on Tuesday congratulating him on being elected U.S. president.",
                   language="en", published=D(2020, 12, 15))
    assert [p.id for p in readout.participants] == ["vladimir_putin", "joe_biden"]


def test_several_senders_in_the_title_name_no_initiator() -> None:
    readout = read("德国总理默克尔、英国首相约翰逊周二分别向拜登去电，祝贺他胜选。",
                   title="约翰逊与默克尔分别向拜登致电道贺")
    assert readout.kind == "phone_call"
    assert {p.id for p in readout.participants} == {"angela_merkel", "boris_johnson", "joe_biden"}
    assert readout.initiator is None


@pytest.mark.parametrize("text", ["他说，那个地区周二失去电力，两国外长改天再谈。", "王毅周二去电视台接受采访。"])
def test_qu_dian_inside_other_words_is_no_call(text: str) -> None:
    article = Article(parser="x", language="zh-Hans", title="", paragraphs=(text,), published=D(2020, 11, 10))
    readout = extract_readout(article)
    assert readout is None or readout.kind != "phone_call"
