"""The stamp table: every portal's stamp and credit line, read by one engine."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.parsers.stamps import ARABIC_PORTALS, Stamp, read_stamp, split_glued_opening

BEIJING = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("line", "rule", "moment", "source"),
    [
        ("/مصدر: شينخوا/ 2025:07:11.09:45", "pd_stamp", dt.datetime(2025, 7, 11, 9, 45, tzinfo=BEIJING), "شينخوا"),
        ("2020:02:25.08:40 حجم الخط اطبع", "pd_stamp", dt.datetime(2020, 2, 25, 8, 40, tzinfo=BEIJING), None),
        ("2014:02:28.17:07 حجم الخط: اطبع", "pd_stamp", dt.datetime(2014, 2, 28, 17, 7, tzinfo=BEIJING), None),
        ("٢٠٢٤:٠٧:٢٦.١٠:١٢", "pd_stamp", dt.datetime(2024, 7, 26, 10, 12, tzinfo=BEIJING), None),
        ("/مصدر: شينخوا/ 10:35, October 01, 2016", "pd_stamp_en", dt.datetime(2016, 10, 1, 10, 35, tzinfo=BEIJING), "شينخوا"),
        ("/صحيفة الشعب اليومية أونلاين/ 16:26, December 21, 2016", "pd_stamp_en",
         dt.datetime(2016, 12, 21, 16, 26, tzinfo=BEIJING), "صحيفة الشعب اليومية أونلاين"),
        ("2022-06-09 11:14:58 /مصدر: شينخوا/", "brnn", dt.datetime(2022, 6, 9, 11, 14, 58, tzinfo=BEIJING), "شينخوا"),
        ("التاريخ: 2021-05-21 المصدر: شبكة شينخوا", "ydyl_date", dt.date(2021, 5, 21), "شبكة شينخوا"),
        ("الوقت:2022-12-08 10:48:29المصدر: شينخوا", "ydyl_time", dt.datetime(2022, 12, 8, 10, 48, 29, tzinfo=BEIJING), "شينخوا"),
        ("BJT 17:27 18-11-2009", "cctv", dt.datetime(2009, 11, 18, 17, 27, tzinfo=BEIJING), None),
        ("arabic.china.org.cn | 12. 07. 2018", "china_org", dt.date(2018, 7, 12), None),
        ("arabic.china.org.cn / 15:40:28 2012-11-08", "china_org_time", dt.datetime(2012, 11, 8, 15, 40, 28, tzinfo=BEIJING), None),
        ("19 - 05 - 2025", "date_line", dt.date(2025, 5, 19), None),
        ("2020-12-25", "iso_day", dt.date(2020, 12, 25), None),
        ("17:02:23 26-07-2016 | Arabic. News. Cn", "news_cn", dt.datetime(2016, 7, 26, 17, 2, 23, tzinfo=BEIJING), None),
        ("شينخوا2020-05-02 09:10:11", "agency_time", dt.datetime(2020, 5, 2, 9, 10, 11, tzinfo=BEIJING), "شينخوا"),
        ("وكالة شينخوا 2020-05-02 09:10", "agency_time", dt.datetime(2020, 5, 2, 9, 10, tzinfo=BEIJING), "وكالة شينخوا"),
    ],
)
def test_header_stamps(line: str, rule: str, moment: object, source: str | None) -> None:
    stamp = read_stamp(line, credit=False)
    assert stamp == Stamp(rule, "published", moment, source)  # type: ignore[arg-type]


def test_cri_offset_is_the_lines_own() -> None:
    stamp = read_stamp("cri (GMT+03:00) 2015-10-01 09:21:52", credit=False)
    assert stamp is not None and stamp.source == "cri"
    assert stamp.moment == dt.datetime(2015, 10, 1, 9, 21, 52, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def test_masthead_is_the_print_time_not_the_story_time() -> None:
    stamp = read_stamp("人民网 أرشيف | من نحن 2021:03:25.09:57:25", credit=False)
    assert stamp is not None and stamp.role == "printed"
    assert stamp.moment == dt.datetime(2021, 3, 25, 9, 57, 25, tzinfo=BEIJING)


@pytest.mark.parametrize(
    "line",
    ["/مصدر: شينخوا/ 2025:07:1", "2025:13:40.09:45", "/مصدر: شينخوا/", "31 - 02 - 2025", "19 - 05",
     "التاريخ: 2021-03-2", "الوقت:2022-12-08 10:48:2", "BJT 17:2", "人民网 2021:03:2",
     "2020:02:25.08:40 حجم", "17:02:23 26-07-20"],
)
def test_damaged_stamps_are_stamps_without_a_time(line: str) -> None:
    # A cut or impossible stamp is still the stamp (never a title), and states no time.
    stamp = read_stamp(line, credit=False)
    assert stamp is not None and not stamp.readable and stamp.moment is None


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("تحرير: تشي هونغ", "editor", "تشي هونغ"),
        ("/مصدر: CCTV عربي/", "source", "CCTV عربي"),
        ("بقلم يحي مصطفى", "author", "يحي مصطفى"),
        ("وكالة أنباء شينخوا / 5 مارس 2003 /", "source", "وكالة أنباء شينخوا"),
    ],
)
def test_credit_lines(line: str, field: str, value: str) -> None:
    stamp = read_stamp(line, credit=True)
    assert stamp is not None and getattr(stamp, field) == value
    assert read_stamp(line, credit=False) is None or field == "source"


def test_agency_credit_dates_the_story() -> None:
    stamp = read_stamp("وكالة أنباء شينخوا / 5 مارس 2003 /", credit=True)
    assert stamp is not None and stamp.moment == dt.date(2003, 3, 5)


@pytest.mark.parametrize(
    "line",
    ["وانغ يي يلتقي لافروف", "قال إن عام 2024 يوافق الذكرى العاشرة.", ".", "2020:02:25.08:40 وقال"],
)
def test_other_lines_are_no_stamps(line: str) -> None:
    assert read_stamp(line, credit=False) is None or not read_stamp(line, credit=False).readable  # type: ignore[union-attr]
    assert read_stamp(line, credit=True) is None


def test_a_stamp_quoted_in_prose_is_no_stamp() -> None:
    assert read_stamp("وصدر البيان 2020:02:25.08:40 حجم الخط", credit=False) is None


def test_rule_names_are_unique_and_every_rule_has_a_role() -> None:
    names = [rule.name for rule in ARABIC_PORTALS]
    assert len(names) == len(set(names))
    assert {rule.role for rule in ARABIC_PORTALS} <= {"published", "printed", "editor", "author", "source"}


def test_long_lines_are_never_stamps() -> None:
    assert read_stamp("2020:02:25.08:40 " + "اطبع " * 200) is None


def test_a_stamp_opening_glued_to_the_title_is_split_off() -> None:
    assert split_glued_opening("وانغ يي يلتقي لافروف arabic.china.org.cn /") == (
        "وانغ يي يلتقي لافروف", "arabic.china.org.cn /")
    assert split_glued_opening("arabic.china.org.cn /") is None
    assert split_glued_opening("وانغ يي يلتقي لافروف") is None
    stamp = read_stamp("15:51:25 2022-03-04", credit=False)
    assert stamp is not None and stamp.moment == dt.datetime(2022, 3, 4, 15, 51, 25, tzinfo=BEIJING)


def test_release_day_stamp_names_its_source() -> None:
    # The label is spelt with and without its hamza; empty slots between bars are skipped.
    for label in ("الإصدار", "الأصدار", "الاصدار"):
        stamp = read_stamp(f"مصدر:مكتب الإحصاء | | موعد {label}:2023-02-13", credit=False)
        assert stamp == Stamp("release_day", "published", dt.date(2023, 2, 13), "مكتب الإحصاء")


def test_print_edition_line_is_a_stamp_not_a_title() -> None:
    line = "صحيفة الأخبار اليومية – الطبعة الخارجية- الصادرة يوم 3 مايو عام 2015- الصفحة رقم:07"
    assert read_stamp(line, credit=False) == Stamp(
        "print_edition", "published", dt.date(2015, 5, 3), "صحيفة الأخبار اليومية")
    # Cut before its day: still that stamp, unreadable, never a title.
    cut = read_stamp("صحيفة الأخبار اليومية – الطبعة الخارجية- الصا", credit=False)
    assert cut is not None and not cut.readable


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("بقلم / سامي نور، صحيفة الشعب اليومية", "سامي نور", "صحيفة الشعب اليومية"),
        ("بقلم سامي نور، وكالة شينخوا", "سامي نور", "وكالة شينخوا"),
        # A role after the comma names no outlet.
        ("بقلم سامي نور، مراسل في القاهرة", "سامي نور", None),
        ("بقلم سامي نور", "سامي نور", None),
    ],
)
def test_byline_with_an_outlet_names_the_source(line: str, author: str, source: str | None) -> None:
    stamp = read_stamp(line, credit=True)
    assert stamp is not None and (stamp.role, stamp.author, stamp.source) == ("author", author, source)


def test_a_stamp_over_the_title_says_so() -> None:
    stamp = read_stamp("GMT+08:00 || 2004-08-17 17:04:46", credit=False)
    assert stamp is not None and stamp.over_title and stamp.rule == "cri_offset_first"
    assert stamp.moment == dt.datetime(2004, 8, 17, 17, 4, 46, tzinfo=BEIJING)
    under = read_stamp("2020:02:25.08:40 حجم الخط اطبع", credit=False)
    assert under is not None and not under.over_title


def test_cri_credit_line_names_the_source() -> None:
    stamp = read_stamp("cri", credit=True)
    assert stamp is not None and (stamp.role, stamp.source) == ("source", "cri")
    assert read_stamp("cri", credit=False) is None  # a credit, never a header stamp


def test_a_damaged_stamp_keeps_its_place_over_the_title() -> None:
    # Cut mid-line, the stamp is still the row's: a parser must not look above it for the title.
    stamp = read_stamp("GMT+08:00 || 2006-0", credit=False)
    assert stamp is not None and not stamp.readable and stamp.over_title


def test_the_2006_top_bar_ends_with_the_pages_update_time() -> None:
    # The bar's buttons (search, font sizes) come first; the stamp is the last thing on it.
    stamp = read_stamp("بحث SIZE: L M S تحديث في 2006:07:19.07:47", credit=False)
    assert stamp is not None and (stamp.rule, stamp.role) == ("pd_updated", "published")
    assert stamp.moment == dt.datetime(2006, 7, 19, 7, 47, tzinfo=BEIJING)
    assert read_stamp("تحديث في 2006:07:19.07:47", credit=False) is not None
    # A sentence about an update is no stamp: only toolbar words may precede the label.
    assert read_stamp("قال المسؤول إن تحديث في 2006:07:19.07:47", credit=False) is None


def test_news_cn_prints_the_iso_time_before_its_name() -> None:
    stamp = read_stamp("2018-12-31 19:45:51|arabic.news.cn", credit=False)
    assert stamp is not None and stamp.rule == "news_cn_iso" and stamp.readable
    assert stamp.moment == dt.datetime(2018, 12, 31, 19, 45, 51, tzinfo=BEIJING)
    assert read_stamp("2018-12-31 19:45:51 | Arabic. News. Cn", credit=False) is not None


def test_an_agency_glued_to_a_time_needs_the_whole_time() -> None:
    # a sentence that names a day and time is no stamp; nor is a day alone after a word
    assert read_stamp("وصل الوفد 2020-05-02 09:10 إلى بكين", credit=False) is None
    assert read_stamp("شينخوا2020-05-02", credit=False) is None
