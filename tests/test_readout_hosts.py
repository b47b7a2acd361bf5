"""Hosts and initiators: who receives or is visited hosts a meeting; a call or a cable has no host."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(text: str, published: dt.date, language: str = "zh-Hans", title: str = "") -> Readout:
    readout = extract_readout(Article(parser="x", language=language, title=title,
                                      paragraphs=tuple(text.split("\n")), published=published))
    assert readout is not None
    return readout


@pytest.mark.parametrize(("language", "text", "host"), [
    ("zh-Hant", "總統蔡英文今天接見來訪的美國衛生及公共服務部部長艾薩。", "tsai_ing_wen"),
    ("zh-Hans", "习近平在人民大会堂会见来访的俄罗斯总统普京。", "xi_jinping"),
    ("zh-Hans", "美国国务卿蓬佩奥周二访问东京期间，与日本外相茂木敏充举行会谈。", "toshimitsu_motegi"),
])
def test_who_receives_or_is_visited_hosts(language: str, text: str, host: str) -> None:
    readout = read(text, D(2020, 10, 7), language)
    assert (readout.kind, readout.host, readout.initiator) == ("meeting", host, None)


def test_a_chair_named_in_another_sentence_hosts_no_cable() -> None:
    readout = read("习近平致电祝贺通伦当选老挝人民革命党中央总书记。\n韩正主持召开会议。", D(2021, 1, 15))
    assert readout.host is None
    assert [p.id for p in readout.participants] == ["xi_jinping", "thongloun_sisoulith"]


def test_yingyue_in_a_later_sentence_reads_that_sentences_subject() -> None:
    text = ("中国副总理刘鹤今天与美国贸易代表莱特希泽、财政部长姆努钦通话，双方同意继续推动落实。\n"
            "据新华社报道，也是中方牵头人的刘鹤，今早应约与莱特希泽和姆努钦通话。")
    readout = read(text, D(2020, 8, 25))
    assert readout.initiator is not None and readout.initiator != "liu_he"


def test_a_sending_verb_in_another_phrase_of_the_title_initiates_nothing() -> None:
    readout = read("特朗普在通话中祝贺菅义伟当选。", D(2020, 9, 21), title="特朗普与日本新首相通话：有问题随时打电话")
    assert readout.initiator is None
    readout = read("特鲁多与拜登周一举行电话会谈。", D(2020, 11, 10), title="特鲁多致电祝贺拜登")
    assert readout.initiator == "justin_trudeau"


def test_who_accepted_an_invitation_did_not_initiate() -> None:
    text = ("美国驻联合国大使克拉夫特周三与驻纽约台北经济文化办事处处长李光章共进午餐。\n"
            "美联社报道，两人在餐厅会面。\n"
            "克拉夫特对美联社表示，她接受了同李光章共进午餐的邀请。")
    readout = read(text, D(2020, 9, 17))
    li = next(p for p in readout.participants if p.name == "李光章")
    assert readout.initiator == (li.id or li.name)


def test_one_message_of_a_round_up_from_many_countries_has_no_initiator() -> None:
    text = ("Nhân dịp Quốc khánh, lãnh đạo các nước Lào, Trung Quốc, Campuchia, Cuba, Nga đã có Điện và Thư "
            "chúc mừng gửi Lãnh đạo Việt Nam.\n"
            "Chủ tịch nước Trung Quốc Tập Cận Bình đã gửi điện mừng tới Tổng Bí thư Nguyễn Phú Trọng.")
    readout = read(text, D(2023, 9, 2), "vi")
    assert readout.kind == "message_exchange" and readout.initiator is None
    alone = read("Chủ tịch nước Trung Quốc Tập Cận Bình đã gửi điện mừng tới Tổng Bí thư Nguyễn Phú Trọng.",
                 D(2023, 9, 2), "vi")
    assert alone.initiator == "xi_jinping"


def test_who_congratulates_by_phone_placed_the_call() -> None:
    text = ("法国总统府表示，总统马克龙与拜登通了电话。\n"
            "根据爱丽舍宫的消息，马克龙当天下午通过电话向拜登道贺，并承诺在气候问题上合作。")
    assert read(text, D(2020, 11, 10)).initiator == "emmanuel_macron"


def test_a_phone_congratulation_only_wondered_about_initiates_nothing() -> None:
    text = ("台湾总统蔡英文已与美国当选总统拜登通电话。\n"
            "外界注意蔡英文是否再度通过电话向拜登表示祝贺。")
    assert read(text, D(2020, 11, 13)).initiator is None
