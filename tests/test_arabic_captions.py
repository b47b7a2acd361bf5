"""Arabic captions: the portrait line rule (the other rules are covered by the parser tests)."""

from __future__ import annotations

import pytest

from readoutparse.parsers.arabic_captions import is_caption, is_leading_caption, is_portrait


@pytest.mark.parametrize(
    "line",
    ["رئيس اللجنة المنظمة للمهرجان السيد وانغ لي", "مديرة المتحف الدكتورة سلمى حسن"],
)
def test_portrait_lines(line: str) -> None:
    assert is_portrait(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence, even one ending with a name
        "وقال رئيس اللجنة إن المهرجان ناجح، حسبما أفاد السيد وانغ لي.",
        # no honorific before the name
        "رئيس اللجنة المنظمة للمهرجان وانغ لي",
        # too long for a line under a photo
        "رئيس " + "اللجنة المنظمة " * 12 + "السيد وانغ لي",
    ],
)
def test_not_portrait_lines(line: str) -> None:
    assert not is_portrait(line)


def test_portrait_is_not_a_general_caption_rule() -> None:
    # A headline may end with an honorific and a name: only the body asks is_portrait.
    assert is_caption("الرئيس الصيني يلتقي السيد وانغ لي") is None


@pytest.mark.parametrize("text", [
    "في الصورة منظر عام لميناء المدينة بجنوبي الصين. (صورة أرشيفية، شينخوا)",
    "في الصورة: عمال يفرزون الطرود في مركز للتوزيع",
    "منظر لمحطة القطارات الجديدة (صورة أرشيفية)",
])
def test_in_the_photo_opening_and_archive_photo_credit_are_captions(text: str) -> None:
    assert is_caption(text)


def test_a_sentence_about_a_photo_exhibition_is_no_caption() -> None:
    assert is_caption("افتتح في بكين معرض للصور الفوتوغرافية يضم أعمال مصورين من عشرين دولة.") is None


def test_a_dated_opener_is_a_caption_only_above_the_first_paragraph() -> None:
    caption = "مايو 2022، قطار ركاب ينطلق من محطة المدينة في أول رحلة على الخط الجديد."
    assert is_leading_caption(caption)
    assert is_leading_caption("4 مايو 2022، عمال يرممون جسرا قديما.")
    assert not is_caption(caption)  # in the body it reads as a sentence
    # a dateline never takes a comma after its date, and a plain lead has no date up front
    assert not is_leading_caption("بكين 5 أكتوبر 2019 (شينخوا) قال مسؤول صيني اليوم")
    assert not is_leading_caption("قال مسؤول صيني في مايو 2022، إن العمل سيبدأ قريبا.")


def test_a_yearless_photo_day_ends_a_caption_only_above_the_first_paragraph() -> None:
    caption = "وصول أول قطار شحن من المدينة إلى الميناء الجديد في 12 مارس"
    assert is_leading_caption(caption)
    assert is_leading_caption("عمال يركبون ألواحا شمسية في الصحراء في 3 يونيو")
    assert not is_caption(caption)  # in the body it may be a paragraph cut at its date
    # a sentence that ends at its date, and a dateline with its own day, are no captions
    assert not is_leading_caption("وصل الوفد إلى العاصمة في 12 مارس.")
    assert not is_leading_caption("12 مارس 2024 /شبكة الصين/ وصل أول قطار شحن")
    assert not is_leading_caption("بدأ المعرض في 12 مارس 2024 ويستمر أسبوعا")


def test_a_caption_closed_by_a_photographers_unbracketed_credit() -> None:
    line = "يوم 3 مايو، عمال يقطفون الشاي في حقل بالجبل. تصوير لي مينغ/ صحيفة الشعب اليومية أونلاين"
    assert is_caption(line) == "photographer_credit"
    # a sentence that only mentions a photographer, and a dateline closed by a slash, are not
    assert is_caption("وقال المصور إن تصوير الحقول صعب في الشتاء.") is None
    assert is_caption("بكين 3 مايو 2020/صحيفة الشعب اليومية أونلاين/ بدأ موسم قطف الشاي") is None
