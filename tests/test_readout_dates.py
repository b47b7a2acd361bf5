"""Every relative-date form, resolved against dateline, published day or reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Dateline
from readoutparse.readout import enrich, extract_readout
from readoutparse.readout.relative_dates import DateMention, find_dates, local_day, parse_dateline, resolve
from readoutparse.readout.scan import fold_key

D = dt.date
CALL = {
    "zh-Hans": "{when}国家主席习近平同俄罗斯总统普京通电话。",
    "zh-Hant": "{when}國家主席習近平同俄羅斯總統普京通電話。",
    "en": "Chinese President Xi Jinping held phone talks with Russian President Vladimir Putin {when}.",
    "ar": "أجرى الرئيس الصيني شي جين بينغ {when} مكالمة هاتفية مع الرئيس الروسي فلاديمير بوتين.",
    "vi": "Chủ tịch Trung Quốc Tập Cận Bình {when} đã điện đàm với Tổng thống Nga Vladimir Putin.",
}

FORMS = [
    # language, expression, anchor (published day), expected
    ("zh-Hant", "6月19日下午，", D(2025, 6, 20), D(2025, 6, 19)),
    ("zh-Hans", "2024年12月30日，", D(2025, 1, 2), D(2024, 12, 30)),
    ("zh-Hans", "12月30日，", D(2025, 1, 2), D(2024, 12, 30)),  # the latest 30 December not after the anchor
    ("zh-Hans", "昨天（25日）", D(2021, 8, 26), D(2021, 8, 25)),
    ("zh-Hans", "昨晚（28日）", D(2021, 8, 29), D(2021, 8, 28)),
    ("zh-Hans", "周三（22日）", D(2021, 9, 23), D(2021, 9, 22)),
    ("zh-Hans", "今天（30日）", D(2021, 9, 30), D(2021, 9, 30)),
    ("zh-Hans", "今天（1日）", D(2021, 10, 1), D(2021, 10, 1)),
    ("zh-Hans", "昨天（30日）", D(2021, 10, 1), D(2021, 9, 30)),  # the day number reaches back a month
    ("zh-Hans", "昨天", D(2021, 8, 26), D(2021, 8, 25)),
    ("zh-Hans", "周三", D(2021, 9, 23), D(2021, 9, 22)),
    ("zh-Hans", "上周三", D(2021, 9, 23), D(2021, 9, 15)),
    ("zh-Hans", "25日下午", D(2021, 8, 26), D(2021, 8, 25)),
    ("zh-Hant", "週三（22日）", D(2021, 9, 23), D(2021, 9, 22)),
    ("en", "on Thursday", D(2025, 6, 20), D(2025, 6, 19)),
    ("en", "on Friday", D(2025, 6, 20), D(2025, 6, 20)),  # the anchor's own day is allowed
    ("en", "last Friday", D(2025, 6, 20), D(2025, 6, 13)),
    ("en", "yesterday", D(2025, 6, 20), D(2025, 6, 19)),
    ("en", "on June 19", D(2025, 6, 20), D(2025, 6, 19)),
    ("en", "on 19 June 2025", D(2025, 6, 20), D(2025, 6, 19)),
    ("en", "on Dec. 30", D(2025, 1, 2), D(2024, 12, 30)),
    ("ar", "اليوم (الخميس)", D(2025, 7, 11), D(2025, 7, 10)),  # the weekday beats a day-late page stamp
    ("ar", "اليوم", D(2025, 7, 11), D(2025, 7, 11)),
    ("ar", "أمس", D(2025, 7, 11), D(2025, 7, 10)),
    ("ar", "يوم الأربعاء", D(2025, 7, 11), D(2025, 7, 9)),
    ("ar", "في 10 يوليو 2025", D(2025, 7, 11), D(2025, 7, 10)),
    ("ar", "في 10 تموز", D(2025, 7, 11), D(2025, 7, 10)),
    ("ar", "في ١٠ يوليو ٢٠٢٥", D(2025, 7, 11), D(2025, 7, 10)),  # Arabic-Indic digits
    ("vi", "hôm nay (14/10)", D(2023, 10, 14), D(2023, 10, 14)),
    ("vi", "hôm qua (13/10)", D(2023, 10, 14), D(2023, 10, 13)),
    ("vi", "tối qua (13/10)", D(2023, 10, 14), D(2023, 10, 13)),
    ("vi", "sáng nay (28/12)", D(2024, 1, 2), D(2023, 12, 28)),
    ("vi", "hôm 18/3", D(2024, 4, 2), D(2024, 3, 18)),
    ("vi", "ngày 13/10/2023", D(2023, 10, 14), D(2023, 10, 13)),
    ("vi", "hôm qua", D(2023, 10, 14), D(2023, 10, 13)),
    ("vi", "ngày 13 tháng 10", D(2023, 10, 14), D(2023, 10, 13)),
]


@pytest.mark.parametrize(("language", "when", "anchor", "expected"), FORMS)
def test_relative_form_in_a_readout(language: str, when: str, anchor: dt.date, expected: dt.date) -> None:
    text = CALL[language].format(when=when)
    article = Article(parser="x", language=language, title="", paragraphs=(text,), published=anchor)
    readout = extract_readout(article)
    assert readout is not None and readout.event_date == expected
    # the same with the day passed by the caller instead of a published date
    undated = Article(parser="x", language=language, title="", paragraphs=(text,))
    assert extract_readout(undated, reference_date=anchor).event_date == expected


@pytest.mark.parametrize(("language", "when"), [
    ("zh-Hans", "6月19日"), ("zh-Hans", "昨天（25日）"), ("en", "on Thursday"), ("vi", "hôm nay (14/10)"),
    ("ar", "اليوم (الخميس)"),
])
def test_no_anchor_no_day(language: str, when: str) -> None:
    article = Article(parser="x", language=language, title="", paragraphs=(CALL[language].format(when=when),))
    assert extract_readout(article).event_date is None


def test_a_stated_day_after_the_published_day_is_dropped() -> None:
    text = CALL["zh-Hans"].format(when="2025年6月21日")
    article = Article(parser="x", language="zh-Hans", title="", paragraphs=(text,), published=D(2025, 6, 20))
    assert extract_readout(article).event_date is None


def test_reference_date_after_published_is_capped() -> None:
    text = CALL["en"].format(when="today")
    article = Article(parser="x", language="en", title="", paragraphs=(text,), published=D(2025, 6, 20))
    assert extract_readout(article, reference_date=D(2025, 6, 25)).event_date == D(2025, 6, 20)


def test_no_day_expression_gives_no_day() -> None:
    text = CALL["en"].format(when="")
    article = Article(parser="x", language="en", title="", paragraphs=(text,), published=D(2025, 6, 20))
    assert extract_readout(article).event_date is None


def test_dateline_date_anchors_and_is_the_fallback_day() -> None:
    text = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin."
    article = Article(parser="x", language="en", title="", paragraphs=(text,),
                      dateline=Dateline(place="MOSCOW", date=D(2025, 5, 8), agency="Xinhua"),
                      published=dt.datetime(2025, 5, 9, 1, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    readout = extract_readout(article)
    assert readout.event_date == D(2025, 5, 8)
    assert readout.place == "MOSCOW"


@pytest.mark.parametrize(("language", "lead", "place", "day"), [
    ("en", "BEIJING, June 19 (Xinhua) -- Chinese President Xi Jinping held phone talks with Vladimir Putin "
           "on Thursday.", "BEIJING", D(2025, 6, 19)),
    ("zh-Hans", "新华社北京6月19日电 国家主席习近平19日下午同俄罗斯总统普京通电话。", "北京", D(2025, 6, 19)),
    ("zh-Hans", "新华社莫斯科5月8日电 国家主席习近平同俄罗斯总统普京举行会谈。", "莫斯科", D(2025, 5, 8)),
    ("ar", "كوالالمبور 10 يوليو 2025 (شينخوا) التقى وزير الخارجية الصيني وانغ يي اليوم (الخميس) "
           "وزير الخارجية الروسي سيرغي لافروف.", "كوالالمبور", D(2025, 7, 10)),
])
def test_datelines_left_in_the_text(language: str, lead: str, place: str, day: dt.date) -> None:
    article = Article(parser="x", language=language, title="", paragraphs=(lead,), published=D(2025, 7, 11))
    readout = extract_readout(article)
    assert readout.event_date == day
    assert readout.place == (place if readout.kind == "meeting" else None)


def test_dateline_parser_parts() -> None:
    found = parse_dateline(fold_key("كوالالمبور 10 يوليو 2025 (شينخوا) قال"), "ar")
    assert (found.place, found.year, found.month, found.day, found.agency) == ("كوالالمبور", 2025, 7, 10, "شينخوا")
    assert parse_dateline("VOV.VN - Ngoại trưởng", "vi") is None


def test_utc_page_stamp_is_read_in_local_time() -> None:
    stamp = dt.datetime(2021, 8, 25, 20, 0, tzinfo=dt.timezone.utc)  # 04:00 on the 26th in Singapore
    assert local_day(stamp, "zh-Hans") == D(2021, 8, 26)
    assert local_day(stamp, "vi") == D(2021, 8, 26)
    assert local_day(stamp, "en") == D(2021, 8, 25)
    text = CALL["zh-Hans"].format(when="今天（26日）")
    article = Article(parser="x", language="zh-Hans", title="", paragraphs=(text,), published=stamp)
    assert extract_readout(article).event_date == D(2021, 8, 26)


def test_translation_without_a_date_uses_the_originals_day() -> None:
    english = Article(parser="x", language="en", title="Xi, Putin talk",
                      paragraphs=(CALL["en"].format(when="on Thursday"),))
    original = Article(parser="x", language="zh-Hans", title="", paragraphs=(CALL["zh-Hans"].format(when="19日"),),
                       published=D(2025, 6, 20), translations=(english,))
    enriched = enrich(original)
    assert enriched.readout.event_date == D(2025, 6, 19)
    assert enriched.translations[0].readout.event_date == D(2025, 6, 19)
    assert extract_readout(english) is not None and extract_readout(english).event_date is None


def test_resolve_rules() -> None:
    anchor = D(2024, 3, 1)
    assert resolve(DateMention(0, 0, day=31), anchor) == D(2024, 1, 31)  # skips February
    assert resolve(DateMention(0, 0, month=2, day=30), anchor) is None
    assert resolve(DateMention(0, 0, offset=1), anchor) is None  # tomorrow is never an event day
    assert resolve(DateMention(0, 0, year=2024, month=2, day=29), anchor) == D(2024, 2, 29)
    assert resolve(DateMention(0, 0, year=2024, month=2, day=29), None) == D(2024, 2, 29)


def test_find_dates_in_order() -> None:
    found = list(find_dates("昨天（25日）与普京通电话，此前6月19日", "zh-Hans"))
    assert [(m.day, m.month) for m in found] == [(25, None), (19, 6)]
