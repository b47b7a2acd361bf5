"""Who sent a message of sympathy or congratulation initiated it."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(text: str, title: str = "") -> Readout:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title=title, paragraphs=(text,),
                                      published=D(2020, 10, 3)))
    assert readout is not None
    return readout


@pytest.mark.parametrize("text", [
    "俄罗斯总统普京今天向美国总统特朗普表达慰问之意，祝他早日康复。",
    "俄罗斯总统普京今天对美国总统特朗普表示慰问。",
    "俄罗斯总统普京也向特朗普致以慰问，盼他战胜病毒。",
])
def test_who_sends_sympathy_initiated(text: str) -> None:
    readout = read(text)
    assert (readout.kind, readout.initiator) == ("message_exchange", "vladimir_putin")


def test_who_congratulates_in_a_message_initiated() -> None:
    readout = read("法国总统马克龙最早向美国当选总统拜登表达祝贺，并在贺电中说愿加强合作。")
    assert readout.initiator == "emmanuel_macron"


def test_a_title_that_sends_sympathy_names_its_sender() -> None:
    readout = read("特朗普确诊新冠。", title="特朗普确诊 普京慰问")
    assert readout.initiator == "vladimir_putin"


def test_a_sender_in_his_own_clause_beats_someone_named_before_a_comma() -> None:
    # 各国领导人纷纷慰问 has no one of the contact in its clause; the one who phoned does
    readout = read("美国总统特朗普宣布确诊后，各国领导人纷纷慰问，俄罗斯总统普京今天致电慰问。")
    assert readout.initiator == "vladimir_putin"


def test_a_partner_after_dui_in_another_word_is_no_receiver() -> None:
    # 对抗 holds 对 but names nobody after it: the sender is still the one before the verb
    readout = read("俄罗斯总统普京不愿对抗，今天向美国总统特朗普致电慰问。")
    assert readout.initiator == "vladimir_putin"
