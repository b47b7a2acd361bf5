"""Roles of header lines on Arabic portal pages, and their lazy reading."""

from __future__ import annotations

import pytest

from readoutparse.parsers import arabic_header
from readoutparse.parsers.arabic_header import Roles, is_lead, is_prose, role
from readoutparse.text import Document


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("人民网 2019:10:18.08:36:18", "stamp"),
        ("/مصدر: شينخوا/ 2025:07:11.09:45", "stamp"),
        ("الصفحة الرئيسية >> التبادلات الدولية", "crumb"),
        ("الأخبار الأخيرة", "heading"),
        ("حجم الخط اطبع", "furniture"),
        ("بكين 10 يوليو 2025 (شينخوا) التقى وانغ يي لافروف.", "lead"),
        ("مهرجان للثقافة في شنغهايبكين 6 سبتمبر 2019 (شينخوا) التقى لي خان.", "lead"),
        ("في الصورة الملتقطة يوم 18 أكتوبر 2017 شي يلقي تقريرا.", "caption"),
        ("ما هي المدينة التي تود زيارتها؟", "prose"),
        ("我比较关注5G", "prose"),  # not Arabic: never a headline of this format
        ("وانغ يي يلتقي نظيره الروسي سيرغي لافروف", "headline"),
    ],
)
def test_roles(line: str, expected: str) -> None:
    assert role(line) == expected


def test_prose_and_lead_predicates() -> None:
    assert is_prose("قال وانغ إن الصين مستعدة.") and is_prose("ا" * 151)
    assert not is_prose("وانغ يي يلتقي لافروف")
    assert is_lead("القاهرة أول يونيو 2015 / قال") and not is_lead("وانغ يي يلتقي لافروف")


def test_roles_are_read_only_as_far_as_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = arabic_header.role

    def counting(text: str) -> arabic_header.Role:
        seen.append(text)
        return real(text)

    monkeypatch.setattr(arabic_header, "role", counting)
    lines = list(Document("\n".join(["العنوان", "بكين 10 يوليو 2025 (شينخوا) نص.", "فقرة.", "فقرة."])).content)
    roles = Roles(lines)
    assert roles[1] == "lead" and len(seen) == 2
    assert roles.between(0, 2) == ["headline", "lead"] and len(seen) == 2
    assert len(roles) == 4


def test_roles_stop_at_the_window() -> None:
    lines = list(Document("\n".join(["اطبع"] * (arabic_header.WINDOW + 5))).content)
    assert len(Roles(lines)) == arabic_header.WINDOW


def test_a_short_exclaimed_line_is_a_headline_a_long_one_prose() -> None:
    assert role("تعليق: إنجاز استثنائي!") == "headline"
    assert role("قال المتحدث إن الصين ترحب بالتعاون مع جميع الدول في هذا المجال الحيوي والمهم جدا للجميع!") == "prose"
    assert role("قال المتحدث إن الصين ترحب.") == "prose"


def test_markup_residue_is_no_breadcrumb() -> None:
    assert role("<%@ Language=JavaScript %> china radio international") == "prose"
    assert role("الصفحة الرئيسية >> الرياضة") == "crumb"


def test_a_labelled_headline_may_ask() -> None:
    assert not is_prose("تعليق: ماذا تعني الأرقام الجديدة لصادرات الصين؟")
    assert role("تعليق: ماذا تعني الأرقام الجديدة لصادرات الصين؟") == "headline"
    # an unlabelled question is still a sentence (a poll box's question)
    assert is_prose("ما هو السبب الرئيسي في رأيك وراء الضباب الدخاني الكثيف؟")


def test_the_home_link_among_other_buttons_is_a_links_bar_not_a_crumb() -> None:
    assert role("الصفحة الرئيسية أرشيف أضفنا الى مفضلتك مساعدة") == "furniture"
    assert role("الصفحة الرئيسية") == "crumb"
    assert role("الصفحة الرئيسية>>تبادلات دولية") == "crumb"
