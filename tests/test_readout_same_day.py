"""当天/当日: the day told just before the word, not the story's own day."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(paragraphs: tuple[str, ...], published: dt.date | dt.datetime, source: str | None = None) -> Readout:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=paragraphs,
                                      published=published, source=source))
    assert readout is not None
    return readout


def test_the_day_of_the_sentence_before() -> None:
    readout = read(("美国国务卿蓬佩奥9月10日抵达东京。当天，蓬佩奥与日本外相茂木敏充举行会谈。",), D(2020, 9, 12))
    assert (readout.status, readout.event_date) == ("held", D(2020, 9, 10))


def test_the_day_of_a_reporting_verb_earlier_in_the_sentence() -> None:
    readout = read(("日本首相菅义伟5日表示，菅义伟当天与美国总统拜登通了电话。",), D(2021, 2, 7))
    assert readout.event_date == D(2021, 2, 5)


def test_the_day_of_the_paragraph_before() -> None:
    readout = read(("菲律宾外交部说，两国外长昨天（10日）重申双边关系稳固。",
                    "菲律宾外长洛钦当天与中国外长王毅在云南举行会谈。"), D(2020, 10, 11))
    assert readout.event_date == D(2020, 10, 10)


def test_with_no_day_before_it_is_the_story_day() -> None:
    readout = read(("俄罗斯总统普京当天与法国总统马克龙通电话。",), D(2020, 10, 11))
    assert readout.event_date == D(2020, 10, 11)


def test_after_a_stay_of_several_days_no_single_day() -> None:
    readout = read(("中国外长王毅10月4日至6日访问东京。当天，王毅与日本外相茂木敏充举行会谈。",), D(2020, 10, 8))
    assert readout.event_date is None


def test_an_announced_meeting_on_the_arrival_day_of_another_zone() -> None:
    # an evening page in Washington, already the next day in Asia: the day told is still the contact's
    readout = read(("美国国务卿蓬佩奥周一（10月26日）抵达新德里。蓬佩奥将在当天晚间会见印度外长苏杰生。",),
                   dt.datetime(2020, 10, 26, 16, 11, tzinfo=dt.timezone.utc), source="美国之音")
    assert (readout.status, readout.event_date) == ("planned", D(2020, 10, 26))
