"""A kicker closed by a colon is a label over what it introduces, never a headline."""

from __future__ import annotations

import pytest

import readoutparse
from readoutparse.parsers.arabic_header import role
from readoutparse.parsers.kickers import kicker


@pytest.mark.parametrize("line", ["مقدمة:", "ملف خاص:", "Bài 1:", "Kỳ cuối：", "الحلقة الأولى:"])
def test_kickers(line: str) -> None:
    assert kicker(line)


@pytest.mark.parametrize("line", [
    "تعليق: إنجاز استثنائي!",               # a labelled headline: text after the colon
    "قال الوزير في كلمته أمام المؤتمر الصحفي اليوم:",  # too many words: a sentence introducing a quote
    "المتحدث: نعم.",
    ":",
    "وقال:؟",
])
def test_not_kickers(line: str) -> None:
    assert not kicker(line)


def test_a_kicker_line_is_arabic_furniture_not_a_headline() -> None:
    assert role("مقدمة:") == "furniture"
    assert role("مقدمة عن الصداقة الصينية العربية") == "headline"


# A special's introduction (in our own words): a label, then one paragraph, no headline.
INTRO = """مقدمة:
تمتد الصداقة بين الصين والدول العربية عبر قرون من التجارة على طريق الحرير، وفي هذا الملف نروي بعض قصصها ونتطلع إلى مستقبلها.
"""


def test_an_introduction_under_a_kicker_is_refused() -> None:
    with pytest.raises(readoutparse.ReadoutParseError, match="no headline"):
        readoutparse.parse(INTRO, readout=False)


# A kicker over a headline and its stamp (People's Daily shape): the headline is the title.
KICKED = """ملف خاص:
حرفيون شباب يعيدون الحياة إلى صناعة الخزف

2022:12:09.10:15    حجم الخط    اطبع

بكين 8 ديسمبر 2022 (شينخوا) عاد عشرات الحرفيين الشباب إلى ورش الخزف القديمة في مدينة جينغدتشن.

وقال أحدهم إن الطلب على القطع اليدوية زاد هذا العام.
"""


def test_a_kicker_over_a_headline_leaves_the_title_alone() -> None:
    article = readoutparse.parse(KICKED, readout=False)
    assert article.title == "حرفيون شباب يعيدون الحياة إلى صناعة الخزف"
    assert article.source == "شينخوا"
    assert "ملف خاص:" in article.boilerplate
    assert article.paragraphs[0].startswith("عاد عشرات الحرفيين")
