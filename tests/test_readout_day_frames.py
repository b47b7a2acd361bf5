"""The contact's day past a frame of saying: which day is the reporting verb's, which the contact's."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(paragraphs: tuple[str, ...], published: dt.date, title: str = "") -> Readout:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title=title, paragraphs=paragraphs,
                                      published=published))
    assert readout is not None
    return readout


def test_after_a_dated_report_only_a_day_bound_to_the_contact_counts() -> None:
    # the evidence dates only its tweet; the next paragraph's day dates another remark
    readout = read(("美国国务卿蓬佩奥今天发推文表示，已与台湾外长吴钊燮通了电话。",
                    "蓬佩奥今天还在推特上赞扬台湾的民主成就。"), D(2020, 9, 9))
    assert (readout.kind, readout.event_date) == ("phone_call", None)


def test_a_day_said_to_the_other_side_dates_the_contact() -> None:
    # 对习近平表示: what is said to the counterpart is the contact itself, not a report of it
    readout = read(("德国总理默克尔周一对中国国家主席习近平表示，欧方希望加快投资协定谈判。",), D(2020, 9, 15),
                   title="默克尔与习近平举行视频会晤")
    assert readout.event_date == D(2020, 9, 14)


def test_a_day_said_to_a_bystander_stays_the_reports() -> None:
    readout = read(("德国总理默克尔周一对记者表示，她与中国国家主席习近平通过电话。",), D(2020, 9, 15))
    assert readout.event_date is None


@pytest.mark.parametrize("text", [
    "美国国务卿蓬佩奥在华盛顿会见了台湾外长吴钊燮。吴钊燮周三在推特发文，介绍了会面的情况。",
    "中国外交部今天谴责美国国务卿蓬佩奥与台湾外长吴钊燮会面，称其违反承诺。",
    "美国国务卿蓬佩奥在华盛顿会见台湾外长吴钊燮。一位评论员今天就蓬佩奥与吴钊燮会面发文表示，此举挑衅。",
])
def test_a_day_of_posting_condemning_or_commenting_is_not_the_contacts(text: str) -> None:
    readout = read((text,), D(2020, 7, 23))
    assert readout.participants and readout.event_date is None
