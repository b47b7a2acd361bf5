"""Planned contacts: modality words of expectation, and a bare day still to come this month."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(language: str, text: str, published: dt.date) -> Readout:
    readout = extract_readout(Article(parser="x", language=language, title="", paragraphs=(text,),
                                      published=published))
    assert readout is not None
    return readout


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "外电预期王毅下月访问东京，与茂木敏充会面。"),
    ("zh-Hans", "王毅料将与茂木敏充会面，讨论双边关系。"),
    ("zh-Hant", "日方預料王毅將與茂木敏充會面。"),
    ("zh-Hans", "岸信夫或将与魏凤和通电话。"),
    # "due to" (应于): the day is fixed in advance, the contact still to come
    ("zh-Hans", "王毅与茂木敏充应于今天下午在东京会面。"),
    ("zh-Hant", "王毅與茂木敏充應於本週四在東京會面。"),
])
def test_expectation_words_make_a_contact_planned(language: str, text: str) -> None:
    assert read(language, text, D(2020, 9, 27)).status == "planned"


def test_a_bare_day_ahead_of_the_page_is_announced_and_dated_forward() -> None:
    readout = read("zh-Hans", "消息人士说，岸信夫与魏凤和15日举行电话会谈。", D(2020, 12, 13))
    assert (readout.status, readout.event_date) == ("planned", D(2020, 12, 15))


def test_a_bare_day_ahead_with_a_held_verb_stays_held_but_is_never_last_month() -> None:
    # another zone's day: held, and dated on the day it names, not a month earlier
    readout = read("zh-Hans", "岸信夫与魏凤和14日举行了电话会谈。", D(2020, 12, 13))
    assert (readout.status, readout.event_date) == ("held", D(2020, 12, 14))


@pytest.mark.parametrize(("day", "expected"), [
    (D(2020, 12, 13), D(2020, 12, 12)),  # a day just past: held, that day
    (D(2020, 12, 1), None),  # "30日" on the 1st is last month's; more than ten days ahead: no guess either way
])
def test_bare_days_behind_or_far_ahead_are_not_announcements(day: dt.date, expected: dt.date | None) -> None:
    text = "岸信夫与魏凤和12日举行电话会谈。" if expected else "岸信夫与魏凤和30日举行电话会谈。"
    readout = read("zh-Hans", text, day)
    assert readout.status == "held"
    if expected is not None:
        assert readout.event_date == expected


def test_an_announcement_read_from_a_stale_dateline_is_never_dated_before_the_page() -> None:
    from readoutparse.model import Dateline
    article = Article(parser="x", language="zh-Hant", title="", published=D(2013, 1, 1),
                      dateline=Dateline(place="X", date=D(2012, 1, 1), agency=None),
                      paragraphs=("俄羅斯總統普京視頻通話2月1日",))
    readout = extract_readout(article)
    assert readout is None or readout.event_date is None or readout.event_date >= D(2013, 1, 1)


def test_a_day_bound_only_to_the_reporting_verb_leaves_the_contact_undated() -> None:
    from readoutparse.model import Dateline
    article = Article(parser="x", language="zh-Hans", title="", published=D(2020, 11, 12),
                      dateline=Dateline(place="东京", date=D(2020, 11, 12), agency=None),
                      paragraphs=("日本首相菅义伟周四表示，他与拜登通了电话，双方同意尽快会面。",))
    readout = extract_readout(article)
    assert readout is not None and readout.event_date is None
    # a sentence that dates nothing still takes the dateline's day
    article = Article(parser="x", language="zh-Hans", title="", published=D(2020, 11, 12),
                      dateline=Dateline(place="东京", date=D(2020, 11, 12), agency=None),
                      paragraphs=("日本首相菅义伟与拜登通了电话，双方同意尽快会面。",))
    readout = extract_readout(article)
    assert readout is not None and readout.event_date == D(2020, 11, 12)


def test_attendees_with_a_future_attendance_verb_make_the_meeting_planned() -> None:
    readout = read("zh-Hans", "这次峰会改为视频会议，中国国家主席习近平和德国总理默克尔将出席。", D(2020, 9, 12))
    assert readout.status == "planned"


def test_attendees_who_attended_leave_the_meeting_held() -> None:
    readout = read("zh-Hans", "这次峰会改为视频会议，中国国家主席习近平和德国总理默克尔出席。", D(2020, 9, 12))
    assert readout.status == "held"


def test_a_future_word_of_someone_outside_the_contact_leaves_it_held() -> None:
    # the future verb's subject is nobody of the contact: no announcement of it
    readout = read("zh-Hans", "习近平同默克尔举行视频会议，双方官员将参加后续磋商。", D(2020, 9, 12))
    assert readout.status == "held"


def test_a_subject_set_off_by_a_comma_keeps_the_held_talks_first() -> None:
    # the first talks' clause opens with a day, its subject before the comma; the second are planned
    readout = read("zh-Hans", "日本外相茂木敏充，25日与到访的中国外长王毅在东京举行会谈，王毅傍晚还将与日本首相菅义伟举行会谈。",
                   D(2020, 11, 25))
    assert (readout.status, readout.event_date) == ("held", D(2020, 11, 25))



@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "茂木敏充定于下周与王毅举行第三轮战略对话。"),
    ("zh-Hant", "茂木敏充定於下週與王毅舉行對話會議。"),
])
def test_a_dialogue_is_a_meeting_that_can_be_announced(language: str, text: str) -> None:
    readout = read(language, text, D(2020, 9, 27))
    assert (readout.kind, readout.status) == ("meeting", "planned")
    assert sorted(p.id or "" for p in readout.participants) == ["toshimitsu_motegi", "wang_yi"]


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "茂木敏充今天启程前往北京，与王毅举行会谈。"),
    ("zh-Hant", "茂木敏充今天動身飛往北京與王毅會面。"),
])
def test_a_departure_to_a_contact_makes_it_planned(language: str, text: str) -> None:
    assert read(language, text, D(2020, 9, 27)).status == "planned"


def test_a_departure_after_the_contact_leaves_it_held() -> None:
    assert read("zh-Hans", "茂木敏充与王毅举行会谈后启程回国。", D(2020, 9, 27)).status == "held"


def test_an_invitation_to_come_for_talks_is_planned_and_a_weak_cue_reaches_past_the_journey() -> None:
    # 会商 is a weak cue: the guests glossed in Latin and their journey stand between
    readout = read("zh-Hans", "俄方邀集茂木敏充（Toshimitsu Motegi）与王毅到莫斯科会商。", D(2020, 9, 27))
    assert readout.status == "planned"
    assert {"toshimitsu_motegi", "wang_yi"} <= {p.id for p in readout.participants}


def test_a_visit_made_at_an_invitation_stays_held() -> None:
    assert read("zh-Hans", "王毅应邀请到东京与茂木敏充会谈。", D(2020, 9, 27)).status == "held"
