"""Dateline shapes of Arabic wire copy, and the dateline place list."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from readoutparse.parsers.arabic_datelines import AGENCIES, find_glued, match, places


@pytest.mark.parametrize(
    ("text", "shape", "place", "day", "agency", "rest"),
    [
        ("كوالالمبور 10 يوليو 2025 (شينخوا) قال", "agency", "كوالالمبور", dt.date(2025, 7, 10), "شينخوا", "قال"),
        ("هانغتشو 17 أكتوبر 2019 ( شينخوا ) دعا", "agency", "هانغتشو", dt.date(2019, 10, 17), "شينخوا", "دعا"),
        ("هونغ كونغ 30 يونيو 2022(شينخوا) وصل", "agency", "هونغ كونغ", dt.date(2022, 6, 30), "شينخوا", "وصل"),
        ("بكين أول يناير 2018 (شينخوانت) كل", "agency", "بكين", dt.date(2018, 1, 1), "شينخوانت", "كل"),
        ("بكين 2 ديسمبر 2013/ عقد", "slash", "بكين", dt.date(2013, 12, 2), None, "عقد"),
        ("القاهرة أول يونيو 2015 / قال", "slash", "القاهرة", dt.date(2015, 6, 1), None, "قال"),
        ("21 ديسمبر 2016 /صحيفة الشعب اليومية أونلاين/ أقيمت", "slash", None, dt.date(2016, 12, 21),
         "صحيفة الشعب اليومية أونلاين", "أقيمت"),
        ("5 مارس 2019 / شبكة الصين / تتحدث", "slash", None, dt.date(2019, 3, 5), "شبكة الصين", "تتحدث"),
        ("بكين 30 سبتمبر 2016 /عشية الاحتفال بالذكرى الـ67", "slash", "بكين", dt.date(2016, 9, 30), None, "عشية"),
        ("بكين 8 مايو2017 / بعث", "slash", "بكين", dt.date(2017, 5, 8), None, "بعث"),
        ("الرباط 3 يونيو2021 (شينخوا) قال", "agency", "الرباط", dt.date(2021, 6, 3), "شينخوا", "قال"),
    ],
)
def test_shapes(text: str, shape: str, place: str | None, day: dt.date, agency: str | None, rest: str) -> None:
    found = match(text)
    assert found is not None
    assert (found.shape, found.place, found.date(None), found.agency) == (shape, place, day, agency)
    assert text[found.end:].strip().startswith(rest)


def test_month_only_dateline_names_the_outlet_and_no_date() -> None:
    found = match("أبريل 2017 / شبكة الصين/ نظم المكتب")
    assert found is not None and found.shape == "month_slash"
    assert (found.day, found.agency, found.date(dt.date(2017, 4, 7))) == (None, "شبكة الصين", None)
    assert match("أبريل 2017 قال المتحدث") is None  # no outlet between slashes: not a dateline


def test_a_day_without_a_year_takes_it_from_the_anchor() -> None:
    found = match("موسكو 31 ديسمبر (شينخوا) قال")
    assert found is not None and found.year is None
    assert found.date(dt.date(2025, 1, 1)) == dt.date(2024, 12, 31)
    assert found.date(None) is None


@pytest.mark.parametrize(
    "text",
    [
        "بكين 10 يوليو (الخميس) التقى وانغ يي لافروف.",  # a weekday is not an agency
        "وقال إن الاجتماع عقد في بكين 10 يوليو 2025 (شينخوا).",  # not at the start
        "بكين 10 يوليو 20",  # cut short
        "الصين تستضيف منتدى للتعاون الاقتصادي مع الدول العربية في مدينة 6 سبتمبر 2019 (شينخوا)",
    ],
)
def test_no_dateline(text: str) -> None:
    assert match(text) is None


def test_headline_glued_to_the_dateline_is_split_at_a_known_place() -> None:
    glued = find_glued("مهرجان للثقافة العربية في شنغهايبكين 6 سبتمبر 2019 (شينخوا) التقى لي")
    assert glued is not None
    head, found = glued
    assert head == "مهرجان للثقافة العربية في شنغهاي"
    assert (found.place, found.date(None), found.agency) == ("بكين", dt.date(2019, 9, 6), "شينخوا")


def test_nothing_glued_when_no_known_place_ends_the_word() -> None:
    assert find_glued("مهرجان للثقافة العربية في مدينةزيد 6 سبتمبر 2019 (شينخوا) التقى") is None
    assert find_glued("بكين 6 سبتمبر 2019 (شينخوا) التقى") is None  # at the start: not glued


def test_places_file_is_valid() -> None:
    raw = resources.files("readoutparse.parsers").joinpath("data/dateline_places.json").read_text("utf-8")
    data = json.loads(raw)
    assert data["format"] == "readoutparse dateline places 1"
    names = data["places"]
    assert names and len(names) == len(set(names)), "places must be unique"
    assert all(isinstance(n, str) and n == n.strip() and n for n in names)
    assert all(not any(ch.isdigit() for ch in n) for n in names)
    assert places()[0] == max(names, key=len)


def test_agencies_are_longest_first() -> None:
    assert list(AGENCIES) == sorted(AGENCIES, key=len, reverse=True)


@pytest.mark.parametrize(
    ("text", "author", "opener", "rest"),
    [
        ("بقلم لينا وانغ، باحثة في شؤون الشرق الأوسط 10 أغسطس 2022 / شبكة الصين / تتسع",
         "لينا وانغ", "بقلم لينا وانغ، باحثة في شؤون الشرق الأوسط", "تتسع"),
        ("بقلم: سامي العربي 5 مارس 2018 / شبكة الصين / تحظى", "سامي العربي", "بقلم: سامي العربي", "تحظى"),
    ],
)
def test_byline_opener_before_the_dateline(text: str, author: str, opener: str, rest: str) -> None:
    found = match(text)
    assert found is not None and found.shape == "slash"
    assert (found.author, found.opener, found.agency) == (author, opener, "شبكة الصين")
    assert text[found.end:].strip().startswith(rest)


def test_byline_without_a_dateline_after_it_is_no_dateline() -> None:
    assert match("بقلم لينا وانغ، باحثة في شؤون الشرق الأوسط") is None
    # A date inside prose after a byline is not a dateline: no outlet or agency closes it.
    assert match("بقلم لينا وانغ 10 أغسطس 2022 كتبت الباحثة مقالا") is None
    assert match("كوالالمبور 10 يوليو 2025 (شينخوا) قال").author is None  # type: ignore[union-attr]


def test_a_day_and_outlet_between_slashes_with_no_year() -> None:
    found = match("18 سبتمبر/ شبكة الصين/ شاركت الصين في الدورة")
    assert found is not None and found.shape == "day_slash"
    assert (found.day, found.month, found.year, found.agency) == (18, 9, None, "شبكة الصين")
    assert found.date(dt.date(2014, 9, 18)) == dt.date(2014, 9, 18)  # the year from the stamp
    # without an outlet between two slashes a bare day and month is no dateline
    assert match("18 سبتمبر/ شاركت الصين في الدورة") is None


def test_a_place_day_and_month_closed_by_a_slash_with_no_year() -> None:
    # People's Daily 2006: "PLACE DAY MONTH/", neither year nor outlet; the stamp gives the year.
    found = match("بكين 19 يوليو/ نشرت صحيفة الشعب اليومية تقريرا")
    assert found is not None and found.shape == "place_day_slash"
    assert (found.place, found.day, found.month, found.year, found.agency) == ("بكين", 19, 7, None, None)
    assert found.date(dt.date(2006, 7, 19)) == dt.date(2006, 7, 19)
    # the outlet between slashes is still read as the outlet's shape
    assert match("شيان 19 يوليو/ شبكة الصين/ قال").shape == "day_slash"  # type: ignore[union-attr]
