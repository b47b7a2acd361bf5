"""A named person's partner named by its country (与台湾展开经济对话): an unnamed official of it."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article
from readoutparse.readout import extract_readout

PUBLISHED = dt.datetime(2021, 3, 2, 8, 0, tzinfo=dt.timezone.utc)


def _readout(text: str):  # type: ignore[no-untyped-def]
    return extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(text,),
                                   published=PUBLISHED))


def test_the_partner_country_of_a_holding_verb_is_a_side() -> None:
    readout = _readout("法新社巴黎3月2日电 王毅下周将与越南举行第三轮人权对话。")
    assert readout is not None and readout.status == "planned"
    assert [(p.id, p.country) for p in readout.participants] == [("wang_yi", "CN"), (None, "VN")]


def test_a_partner_only_urged_is_no_side() -> None:
    assert _readout("法新社巴黎3月2日电 王毅呼吁美国与越南举行人权对话。") is None


def test_taking_part_names_no_partner() -> None:
    # 参与 ends in 与 but takes part in something: the country after it is no partner
    assert _readout("法新社巴黎3月2日电 王毅参与越南举行的人权对话记者会。") is None
