"""The furniture table: sidebar headings, toolbars, footers and stubs of portal pages."""

from __future__ import annotations

import time

import pytest

from readoutparse.parsers.sidebars import ARABIC_PORTALS, classify, only_toolbar


@pytest.mark.parametrize(
    ("line", "name", "kind"),
    [
        ("الأخبار الأخيرة", "sidebar_heading", "heading"),
        ("أخبار بصور", "sidebar_heading", "heading"),
        ("روابط ذات العلاقة", "sidebar_heading", "heading"),
        ("الكلمات الرئيسية", "sidebar_heading", "heading"),
        ("التصويت | الأخبار الساخنة", "poll_heading", "heading"),
        ("جميع حقوق النشر محفوظة", "copyright", "footer"),
        ("Copyright © China Internet Information Center. All Rights Reserved", "copyright", "footer"),
        ("التلفون: 010-65363696 فاكس:010-65363688", "contact", "footer"),
        ("China Internet Information Cente", "copyright", "footer"),
        ("يمكنكم مشاركتنا بتعليقاتكم عبر فيسبوك و تويتر", "share_prompt", "toolbar"),
        ("مقالات ذات صلة", "sidebar_heading", "heading"),
        ("أنباء شينخواشبكة الصين إذاعة الصين الدولية", "partner_links", "footer"),
        ("حجم الخط اطبع", "toolbar", "toolbar"),
        ("حجم الخط: اطبع", "toolbar", "toolbar"),
        ("fontLarger fontSmaller", "toolbar", "toolbar"),
        ("الصفحة الأولى | اطبع | أرسل لصديق | أضف إلى المفضلة | اتصل بنا | حجم الخط أ أ أ", "toolbar", "toolbar"),
        ("الطباعة E-mail الصفحة الأولى", "toolbar", "toolbar"),
        ("CRI Online", "toolbar", "toolbar"),
        ("تحميل app", "toolbar", "toolbar"),
        ("إنجازات رائعة الصين بعيون عربية فيديو صور أخبار الصفحة الأولى", "section_bar", "toolbar"),
        ("【1】【2】【3】", "pager", "stub"),
        ("![]() |", "image_stub", "stub"),
        ("arabic.people.cn@facebook arabic.people.cn@twitter", "social", "stub"),
        ("بكين غائم~ مشمس جزئياً 4/-2", "weather", "stub"),
        ("×", "symbols", "stub"),
        ("Share", "toolbar", "toolbar"),
        ("Share this with Close", "toolbar", "toolbar"),
        ("Messenger Pinterest LinkedIn", "toolbar", "toolbar"),
    ],
)
def test_furniture_lines(line: str, name: str, kind: str) -> None:
    rule = classify(line)
    assert rule is not None and (rule.name, rule.kind) == (name, kind)


@pytest.mark.parametrize(
    "line",
    [
        "وانغ يي يلتقي لافروف",
        "وقال إن الصين مستعدة للعمل مع الجانب العربي.",
        "أخبار ساخنة من بكين عن لقاء الرئيسين",  # a heading word inside a headline
        "اطبع هذه الصفحة لتحتفظ بها",
        "ألقى الرئيس كلمة في حفل الافتتاح",  # starts with the letter of the font buttons
        "Share prices rose in Shanghai",  # a share button's word opening English prose
    ],
)
def test_story_lines_are_not_furniture(line: str) -> None:
    assert classify(line) is None


def test_only_toolbar() -> None:
    assert only_toolbar("") and only_toolbar(" حجم الخط اطبع ") and only_toolbar("حجم الخط: اطبع")
    assert not only_toolbar("وقال") and not only_toolbar("حجم")


def test_rule_names_are_unique() -> None:
    names = [rule.name for rule in ARABIC_PORTALS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("unit", ["حجم الخط:", "أ ", "| ", "اطبع ", "【1】", "![](", "الأخبار الأخيرة "])
def test_long_hostile_lines_are_cheap(unit: str) -> None:
    line = unit * (100_000 // len(unit)) + "x"
    start = time.perf_counter()
    assert classify(line) is None and not only_toolbar(line)
    assert time.perf_counter() - start < 1.0


def test_image_labels_mark_a_portal_page() -> None:
    rule = classify("قمة التعاون في بكين_fororder_3")
    assert rule is not None and rule.name == "image_label" and rule.marks and not rule.ends_story
    assert classify("قمة التعاون في بكين") is None


def test_pagers_headings_and_footers_end_the_story() -> None:
    for line, name in (("【1】【2】【3】", "pager"), ("أخبار ساخنة", "sidebar_heading"),
                       ("بيان الخصوصية وسياسة ملفات تعريف الارتباط", "cookie_notice"),
                       ("جميع حقوق النشر محفوظة", "copyright")):
        rule = classify(line)
        assert rule is not None and rule.name == name and rule.ends_story, line
    toolbar = classify("حجم الخط اطبع")
    assert toolbar is not None and not toolbar.ends_story


def test_numbered_pagers_end_the_story() -> None:
    for line in ("1   2   3   4   >", "< 1 2 3", "1 2"):
        rule = classify(line)
        assert rule is not None and rule.name == "number_pager" and rule.ends_story, line
    assert classify("2024") is None  # a lone number is no pager


@pytest.mark.parametrize(("text", "name"), [
    ("تعليق", "comment_box"), ("مجموع التعليقات : 0", "comment_box"), ("مجهول الاسم :", "comment_box"),
    ("BIG5   中文   日本語   Español   Русский язык   Deutsch   français   English", "language_bar"),
])
def test_comment_box_and_language_bar(text: str, name: str) -> None:
    rule = classify(text)
    assert rule is not None and rule.name == name


def test_a_comment_box_ends_the_story_and_a_sentence_about_comments_is_prose() -> None:
    rule = classify("مجموع التعليقات : 3")
    assert rule is not None and rule.ends_story
    assert classify("تعليق: الصين والعالم العربي شراكة متجددة") is None
    assert classify("English Premier League clubs visit Beijing for friendly matches") is None


def test_a_stamp_cell_may_close_with_a_bar() -> None:
    assert only_toolbar(" |") and only_toolbar("|  |")
    assert not only_toolbar("| عاجل")


@pytest.mark.parametrize(("text", "name"), [
    ("Video PlayerClose", "player"), ("Video Player is loading.", "player"),
    ("010020070790000000000000011100001377108031", "page_code"),
    ("الصفحة الرئيسية أرشيف أضفنا الى مفضلتك مساعدة", "toolbar"),
])
def test_player_residue_page_codes_and_the_2006_links_bar(text: str, name: str) -> None:
    rule = classify(text)
    assert rule is not None and rule.name == name


def test_numbers_in_text_and_a_player_named_in_prose_are_no_furniture() -> None:
    assert classify("2018") is None and classify("بلغ عدد الركاب 1200000 راكب") is None
    assert classify("Video Player of the year award goes to Beijing studio") is None


def test_a_stray_mis_decoded_letter_is_a_stub() -> None:
    rule = classify("ã")
    assert rule is not None and rule.name == "mojibake"
    assert classify("Ã©") is not None
    assert classify("المنوعات") is None and classify("CRI") is None
