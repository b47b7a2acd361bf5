"""A heading of two contacts separated by a space tells the first; a space inside a Latin gloss
separates no phrases."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article
from readoutparse.readout import extract_readout
from readoutparse.readout.bystanders import phrases_with
from readoutparse.readout.mentions import Mention


def ids(*paragraphs: str) -> list[str | None]:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=paragraphs,
                                      published=dt.date(2020, 8, 1)))
    assert readout is not None
    return [p.id for p in readout.participants]


def test_a_heading_of_two_contacts_tells_the_first() -> None:
    assert ids("习近平同尼泊尔总统就两国建交纪念日互致贺电 李克强同尼泊尔总理互致贺电") == [
        "xi_jinping", "bidya_devi_bhandari"]


def test_one_contact_across_phrases_keeps_its_people() -> None:
    # the first phrase names one side only: the heading's people stay together
    assert set(ids("习近平应约 同美国总统特朗普通电话")) == {"xi_jinping", "donald_trump"}


def test_a_latin_gloss_splits_no_phrase() -> None:
    text = "美国国务卿会晤英国首相约翰逊(Boris Johnson)之后抵达 哥本哈根"
    cue = Mention(text.index("会晤"), text.index("会晤") + 2, 0, {}, "会晤")
    assert phrases_with(text, [cue]) == [(0, text.index(" 哥"))]
