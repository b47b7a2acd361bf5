"""Photo captions of Arabic portal pages."""

from __future__ import annotations

import pytest

from readoutparse.parsers.arabic_captions import is_caption


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("في الصورة الملتقطة يوم 18 أكتوبر 2017 شي جين بينغ يلقي تقريرا أمام المؤتمر.", "photo_opening"),
        ("صورة ملتقطة يوم 3 مايو 2024 لوزير الخارجية الصيني", "photo_opening"),
        ("وزير الخارجية الصيني يصافح نظيره اللبناني في بكين 10 يوليو 2018", "ends_with_photo_day"),
        ("وزير الخارجية الصيني يصافح نظيره اللبناني في بكين ١٠ يوليو ٢٠١٨", "ends_with_photo_day"),
        ("الرئيسان خلال المحادثات في قاعة الشعب الكبرى (صورة: شينخوا)", "photo_credit"),
        ("وزير الخارجية الصيني يحدد معالم دبلوماسية الصين(Xinhua)", "photo_credit"),
    ],
)
def test_captions(line: str, rule: str) -> None:
    assert is_caption(line) == rule


@pytest.mark.parametrize(
    "line",
    [
        "وقال وانغ إن الصين تدعم لبنان في الحفاظ على سيادته واستقراره.",
        "في الصورة التي نشرتها الوزارة ظهر الرئيسان معا.",  # not Xinhua's caption opening
        "واتفق الجانبان على عقد الجولة المقبلة من المحادثات في بكين 10 يوليو 2018.",  # a sentence
        "مع السلامة عام 2017، أهلا بك عام 2018",  # a headline ending with a year, not a day
        "",
    ],
)
def test_not_captions(line: str) -> None:
    assert is_caption(line) is None
