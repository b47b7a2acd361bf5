"""The contact's day: bound to its own verb phrase, ranges and stays undated, the outlet's own "today"."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout
from readoutparse.readout.relative_dates import find_dates, local_day, local_moment
from readoutparse.readout.scan import fold

D = dt.date


def read(text: str, published: dt.date | dt.datetime, language: str = "zh-Hans", source: str | None = None,
         title: str = "") -> Readout:
    readout = extract_readout(Article(parser="x", language=language, title=title, paragraphs=(text,),
                                      published=published, source=source))
    assert readout is not None
    return readout


def test_the_day_of_the_contact_verb_not_of_the_arrival() -> None:
    readout = read("美国国务次卿柯拉克昨天抵达台北，今天展开一连串会见行程，与行政院副院长沈荣津会谈。", D(2020, 9, 18))
    assert (readout.status, readout.event_date) == ("held", D(2020, 9, 18))


def test_a_planned_meeting_takes_its_own_day_not_the_visits() -> None:
    readout = read("美国驻联合国大使克拉夫特将于后天（13日）访台，外交部长今天说，克拉夫特14日将会见台湾总统蔡英文。",
                   D(2021, 1, 11))
    assert (readout.status, readout.event_date) == ("planned", D(2021, 1, 14))


@pytest.mark.parametrize("text", [
    "美国国务卿蓬佩奥10月4日至6日访问东京期间，将与日本外相茂木敏充会谈。",
    "王毅在10月11日-12日访问柬埔寨期间，将与柬埔寨首相洪森会谈。",
    "俄罗斯总统普京与法国总统马克龙3日和4日将在巴黎会谈。",
    "美国国务卿蓬佩奥将与日本外相茂木敏充举行为期两天的会谈。",
])
def test_a_range_or_a_stay_of_several_days_has_no_single_day(text: str) -> None:
    readout = read(text, D(2020, 10, 2))
    assert readout.status == "planned"
    assert readout.event_date is None


def test_range_ends_are_marked_and_resolve_to_nothing() -> None:
    found = list(find_dates("11月24-25日举行，10月4日至6日访问，为期三天的访问", "zh-Hans"))
    assert [m.span for m in found] == [True, True, True, True]
    assert not any(m.span for m in find_dates("3日和普京通话，4日抵达", "zh-Hans"))


def test_a_day_a_few_words_before_a_reporting_verb_is_the_reports() -> None:
    readout = read("俄罗斯总统普京1月14日透过社交媒体表示，他与法国总统马克龙通了电话。", D(2021, 1, 15))
    assert readout.event_date != D(2021, 1, 14)


def test_a_day_with_the_contact_between_it_and_the_reporting_verb_is_the_contacts() -> None:
    readout = read("中国外长王毅昨天与英国外交大臣拉布通话时指出，双方应加强沟通。", D(2020, 7, 29))
    assert readout.event_date == D(2020, 7, 28)


def test_an_outlet_writes_today_in_its_own_zone() -> None:
    # 02:30 UTC on the 24th is the evening of the 23rd in Washington and the morning of the 24th in Beijing
    stamp = dt.datetime(2020, 11, 24, 2, 30, tzinfo=dt.timezone.utc)
    assert local_day(stamp, "zh-Hans", "美国之音") == D(2020, 11, 23)
    assert local_day(stamp, "zh-Hans", "联合早报") == D(2020, 11, 24)
    assert local_day(stamp, "zh-Hans") == D(2020, 11, 24)
    assert local_moment(stamp, "zh-Hans", "法广").hour == 3
    text = "美国当选总统拜登今天与德国总理默克尔通电话。"
    assert read(text, stamp, source="美国之音").event_date == D(2020, 11, 23)
    assert read(text, stamp, source="联合早报").event_date == D(2020, 11, 24)


def test_a_weekday_of_an_event_ahead_of_the_outlets_zone_is_still_read_on_the_asian_day() -> None:
    # Friday night in Washington, Saturday in Busan: "星期六" is this Saturday, not last week's
    stamp = dt.datetime(2020, 8, 22, 3, 0, tzinfo=dt.timezone.utc)
    readout = read("星期六，中共中央政治局委员杨洁篪在釜山与韩国国家安全顾问徐勋会谈。", stamp, source="美国之音")
    assert readout.event_date == D(2020, 8, 22)


def test_a_meeting_retold_over_two_days_has_no_single_day() -> None:
    text = ("美中两国军队星期三(10月28日)举行了首次危机沟通工作组视频会议。\n"
            "中国国防部发言人星期四说：“10月28日至29日，中美两军举行危机沟通工作组视频会议。”")
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=tuple(text.split("\n")),
                                      published=D(2020, 10, 30)))
    assert readout is not None and readout.event_date is None


def test_a_date_before_de_is_no_stay() -> None:
    assert not any(m.span for m in find_dates("而8月25日的这次会面也丝毫没有打消顾虑", "zh-Hans"))
    readout = read("8月25日，中国外长王毅与意大利外长迪马约在罗马会面。而8月25日的这次会面备受关注。", D(2020, 8, 28))
    assert readout.event_date == D(2020, 8, 25)


def test_arabic_talks_over_two_weekdays_have_no_single_day() -> None:
    found = list(find_dates(fold("محادثات يومي الثلاثاء والأربعاء مع وزراء").text, "ar"))
    assert [m.span for m in found] == [True]
    text = ("عقد وزير الخارجية الصيني وانغ يي يومي الثلاثاء والأربعاء محادثات مع وزراء الدول العربية.\n"
            "التقى وزير الخارجية الصيني وانغ يي يوم الثلاثاء مع وزير الخارجية الأردني أيمن الصفدي.")
    readout = extract_readout(Article(parser="x", language="ar", title="", paragraphs=tuple(text.split("\n")),
                                      published=D(2018, 7, 12)))
    assert readout is not None and readout.event_date is None


@pytest.mark.parametrize(("text", "day"), [
    ("法国总统马克龙表示，下星期一与到访的美国国务卿蓬佩奥的会谈内容将会公开。", D(2020, 11, 16)),
    ("中国外长王毅暂定于9月9日与东盟各国外长举行视频会议。", D(2020, 9, 9)),
])
def test_more_words_of_announcement(text: str, day: dt.date) -> None:
    readout = read(text, D(2020, 9, 7) if day.month == 9 else D(2020, 11, 14))
    assert (readout.status, readout.event_date) == ("planned", day)


def test_a_planned_contact_takes_the_day_another_sentence_announces_it_with() -> None:
    text = ("欧盟领导人将在下个月举行特别峰会，讨论欧洲与中国的关系。\n"
            "欧洲理事会的日程显示，欧盟领导人将于11月16日在柏林举行峰会。")
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=tuple(text.split("\n")),
                                      published=D(2020, 10, 2)))
    assert readout is not None
    assert (readout.status, readout.event_date) == ("planned", D(2020, 11, 16))


def test_a_visits_first_day_is_not_the_planned_meetings() -> None:
    text = ("日本首相菅义伟访问越南时将与越南总理阮春福举行会谈。\n"
            "菅义伟将于18日出访越南和印度尼西亚。")
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=tuple(text.split("\n")),
                                      published=D(2020, 10, 16)))
    assert readout is not None and (readout.status, readout.event_date) == ("planned", None)


@pytest.mark.parametrize("text", [
    "捷克参议院议长维特齐将代替已故前议长访问台湾，并与总统蔡英文会面。",
    "美国国务次卿柯拉克访台期间，除了与总统蔡英文会面，还将与其他官员交流。",
])
def test_a_modality_word_inside_another_word_says_nothing(text: str) -> None:
    assert read(text, D(2020, 8, 12)).status == "planned"


def test_an_envoy_appointed_to_attend_a_summit_is_announced_undated() -> None:
    text = ("在东盟峰会星期四拉开序幕后，美国总统特朗普星期五（11月13日）宣布任命国家安全顾问奥布莱恩作为他的特使，"
            "参加今、明两天的东盟视频峰会。")
    stamp = dt.datetime(2020, 11, 14, 2, 41, tzinfo=dt.timezone.utc)
    readout = read(text, stamp, source="美国之音")
    assert (readout.status, readout.event_date) == ("planned", None)


def test_the_eve_of_a_contact_announces_it_and_only_it() -> None:
    assert read("中国国家主席习近平与德国总理默克尔视频峰会前夕，欧盟发表声明。", D(2020, 9, 13)).status == "planned"
    # 前夕 before the cue dates another event: the call took place
    readout = read("在王毅访欧前夕，法国外长勒德里昂与中国外长王毅通电话。", D(2020, 8, 20))
    assert readout.status == "held"
    assert read("中国外长王毅定在下周与法国外长勒德里昂会谈。", D(2020, 8, 20)).status == "planned"


def test_tonight_in_washington_is_the_outlets_day_for_a_planned_call() -> None:
    # 01:00 UTC on the 15th: the evening of the 14th in Washington, already the 15th in Beijing
    stamp = dt.datetime(2020, 11, 15, 1, 0, tzinfo=dt.timezone.utc)
    readout = read("美国当选总统拜登今天晚些时候将与德国总理默克尔通电话。", stamp, source="美国之音")
    assert (readout.status, readout.event_date) == ("planned", D(2020, 11, 14))


def test_an_appointment_of_weeks_ago_announces_nothing() -> None:
    text = "日本首相安倍晋三指派日本前首相森喜朗于8月9日率团到台北会见台湾总统蔡英文。"
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(text,),
                                      published=D(2020, 8, 23)))
    assert readout is None or readout.status == "held"


def _two(first: str, second: str, published: dt.date) -> Readout | None:
    return extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(first, second),
                                   published=published))


def test_earlier_rounds_counted_in_the_lead_are_no_stay_of_todays_talks() -> None:
    readout = _two("中印第五轮军长级会谈今天在边境中方一侧举行。",
                   "双方此前已于6月6日、6月22日及7月14日举行了四轮军长级会谈。", D(2020, 8, 2))
    assert readout is not None and readout.event_date == D(2020, 8, 2)


def test_a_range_for_the_same_talks_still_leaves_them_undated() -> None:
    readout = _two("中印第五轮军长级会谈今天在边境中方一侧举行。",
                   "双方于8月2日至3日举行军长级会谈。", D(2020, 8, 2))
    assert readout is not None and readout.event_date is None


def test_a_count_of_rounds_is_told_apart_from_an_ordinal() -> None:
    from readoutparse.readout.contact_day import _counted

    assert _counted("双方举行了四轮军长级会谈", 10, "zh-Hans")
    assert _counted("雙方舉行了三次會晤", 7, "zh-Hant")
    assert not _counted("双方举行第五轮军长级会谈", 10, "zh-Hans")
    assert not _counted("双方举行第15轮会谈", 9, "zh-Hans")
