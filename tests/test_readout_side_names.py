"""An unnamed side found through a short form or a visit word is named by its country in full."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

DAY = dt.date(2024, 3, 6)


def read(*paragraphs: str, title: str = "", language: str = "zh-Hans") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                   published=DAY))


def names(readout: Readout | None) -> list[tuple[str | None, str]]:
    assert readout is not None
    return [(p.country or p.organisation, p.name) for p in readout.participants]


def test_short_forms_of_two_sides_become_their_full_names() -> None:
    assert names(read("中印两军周一举行第十轮军长级会谈。")) == [("CN", "中国"), ("IN", "印度")]


def test_traditional_pages_take_the_traditional_name() -> None:
    assert names(read("美俄兩國下週將舉行會談。", language="zh-Hant")) == [("US", "美國"), ("RU", "俄羅斯")]


def test_an_organisation_short_form_takes_the_organisation_name() -> None:
    assert ("EU", "欧盟") in names(read("中欧两方今天举行视频峰会。"))


def test_the_hosts_of_a_visit_word_are_named_by_the_country() -> None:
    readout = read("美国商务部长下周将访台。")
    assert names(readout)[-1] == ("TW", "台湾")


def test_a_side_written_in_full_keeps_the_text_form() -> None:
    assert names(read("美国国务卿下周将访问日本。"))[-1] == ("JP", "日本")
