"""The one a person acts for, or whose greetings they convey, is no participant (data/on_behalf.json)."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout
from readoutparse.readout.on_behalf import OnBehalf
from readoutparse.readout.people import GazetteerError


def read(text: str, language: str = "zh-Hans") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title="", paragraphs=(text,),
                                   published=dt.date(2024, 3, 6)))


def ids(readout: Readout | None) -> list[str | None]:
    assert readout is not None
    return [p.id for p in readout.participants]


def test_who_a_visitor_represents_is_no_participant() -> None:
    assert ids(read("美国国务卿布林肯下周将代表美国总统拜登访问日本，会晤日本首相岸田文雄。")) == [
        "antony_blinken", "fumio_kishida"]


def test_whose_greetings_a_visitor_conveys_is_no_participant() -> None:
    assert ids(read("美国国务卿布林肯会见日本首相岸田文雄时代为传达美国总统拜登的友谊。")) == [
        "antony_blinken", "fumio_kishida"]


def test_a_title_holding_the_verb_is_no_verb() -> None:
    assert ids(read("美国贸易代表戴琪与中国副总理刘鹤通话。")) == ["katherine_tai", "liu_he"]


def test_traditional_pages_too() -> None:
    assert ids(read("美國國務卿布林肯將代表美國總統拜登訪問日本，會晤日本首相岸田文雄。", "zh-Hant")) == [
        "antony_blinken", "fumio_kishida"]


def test_every_noun_holds_a_verb() -> None:
    with pytest.raises(GazetteerError, match="nouns"):
        OnBehalf.from_dict({"format": "readoutparse-on-behalf/1", "verbs": {"zh-Hans": ["代表"]},
                            "nouns": {"zh-Hans": ["代理人"]}})
