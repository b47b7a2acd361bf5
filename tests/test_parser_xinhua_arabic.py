"""Rules of the Arabic Xinhua parser: both page layouts, stamps, datelines, furniture, scores."""

from __future__ import annotations

import datetime as dt
import time

import pytest

import readoutparse
from readoutparse import MalformedDocumentError
from readoutparse.parsers.xinhua_arabic import XinhuaArabicParser
from readoutparse.text import Document

from .fixture_cases import FIXTURES, ROOT

BEIJING = dt.timezone(dt.timedelta(hours=8))
CRUMB = "الصفحة الرئيسية >> التبادلات الدولية"
TITLE = "وانغ يي يلتقي نظيره الروسي سيرغي لافروف"
LEAD = "التقى وزير الخارجية الصيني وانغ يي اليوم (الخميس) وزير الخارجية الروسي سيرغي لافروف."
SECOND = "وتبادل الجانبان وجهات النظر حول القضايا الدولية والإقليمية ذات الاهتمام المشترك."


def parse(text: str, **options: object) -> readoutparse.Article:
    return readoutparse.parse(text, parser="xinhua_arabic", readout=False, **options)  # type: ignore[arg-type]


def page_a(stamp: str, lead: str, *tail: str, crumb: str = CRUMB) -> str:
    return "\n\n".join([crumb, TITLE, stamp, lead, SECOND, *tail]) + "\n"


def page_b(date_line: str, lead: str, *, twice: bool = True) -> str:
    titles = [TITLE, TITLE] if twice else [TITLE]
    return "\n\n".join([date_line, *titles, lead, SECOND]) + "\n"


# -- layout A: breadcrumb, title, stamp -------------------------------------------------


def test_layout_a_source_stamp() -> None:
    a = parse(page_a("/مصدر: شينخوا/   2025:07:11.09:45", f"كوالالمبور 10 يوليو 2025 (شينخوا) {LEAD}"))
    assert a.section == ("الصفحة الرئيسية", "التبادلات الدولية")
    assert a.title == TITLE
    assert a.published == dt.datetime(2025, 7, 11, 9, 45, tzinfo=BEIJING)
    assert a.source == "شينخوا"
    assert a.dateline == readoutparse.Dateline("كوالالمبور", dt.date(2025, 7, 10), "شينخوا")
    assert a.paragraphs == (LEAD, SECOND)
    assert a.lines[5] == "published" and a.lines[1] == "section"
    assert not a.warnings and not a.boilerplate


def test_layout_a_stamp_with_font_size_and_print_words_stays_the_published_line() -> None:
    a = parse(page_a("2020:02:25.08:40    حجم الخط    اطبع", f"بكين 24 فبراير 2020 (شينخوا) {LEAD}"))
    assert a.published == dt.datetime(2020, 2, 25, 8, 40, tzinfo=BEIJING)
    assert a.lines[5] == "published"
    assert a.boilerplate == ()
    # No /مصدر/ on the stamp: the dateline's agency is the source.
    assert a.source == "شينخوا"


def test_layout_a_bare_stamp_single_chevron_breadcrumb() -> None:
    a = parse(page_a("2014:03:25.16:21", LEAD, crumb="الصفحة الرئيسية > تبادلات دولية"))
    assert a.section == ("الصفحة الرئيسية", "تبادلات دولية")
    assert a.published == dt.datetime(2014, 3, 25, 16, 21, tzinfo=BEIJING)
    assert a.dateline is None and a.source is None
    assert a.paragraphs == (LEAD, SECOND)


def test_layout_a_other_outlet_in_source_slot() -> None:
    a = parse(page_a("/مصدر: صحيفة الشعب اليومية أونلاين/ 2023:04:01.10:00", f"بكين 31 مارس 2023 (شينخوا) {LEAD}"))
    assert a.source == "صحيفة الشعب اليومية أونلاين"
    assert a.dateline is not None and a.dateline.agency == "شينخوا"


def test_arabic_indic_stamp() -> None:
    a = parse(page_a("/مصدر: شينخوا/ ٢٠٢٤:٠٧:٢٦.١٠:١٢", LEAD))
    assert a.published == dt.datetime(2024, 7, 26, 10, 12, tzinfo=BEIJING)


@pytest.mark.parametrize("stamp", ["/مصدر: شينخوا/ 2025:07:1", "2025:13:40.09:45", "/مصدر: شينخوا/"])
def test_damaged_stamp_warns_and_gives_no_date(stamp: str) -> None:
    a = parse(page_a(stamp, LEAD))
    assert a.published is None
    assert a.title == TITLE  # a broken stamp never becomes the title or a paragraph
    assert a.lines[5] == "published"
    assert any("line 5" in w and "stamp" in w for w in a.warnings)


# -- layout B: DD - MM - YYYY, title (twice or once) -----------------------------------


def test_layout_b_title_twice() -> None:
    a = parse(page_b("19 - 05 - 2025", LEAD))
    assert a.published == dt.date(2025, 5, 19)
    assert a.title == TITLE
    assert a.lines[3] == a.lines[5] == "title"
    assert a.paragraphs == (LEAD, SECOND)
    assert a.section == () and a.source is None and a.dateline is None


def test_layout_b_title_once() -> None:
    a = parse(page_b("23 - 08 - 2023", f"بريتوريا 22 أغسطس 2023 (شينخوا) {LEAD}", twice=False))
    assert a.title == TITLE
    assert a.paragraphs == (LEAD, SECOND)
    assert a.source == "شينخوا"


def test_layout_b_arabic_indic_date_line() -> None:
    assert parse(page_b("١٥ - ٠١ - ٢٠٢٤", LEAD)).published == dt.date(2024, 1, 15)


@pytest.mark.parametrize("date_line", ["31 - 02 - 2025", "19 - 05 - 20", "19 - 05"])
def test_layout_b_bad_date_line_is_claimed_with_a_warning(date_line: str) -> None:
    a = parse(page_b(date_line, LEAD))
    assert a.published is None
    assert a.title == TITLE
    assert a.lines[1] == "published"
    assert any(w.startswith("line 1:") for w in a.warnings)


# -- datelines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("marker", "place", "day"),
    [
        ("كوالالمبور 10 يوليو 2025 (شينخوا)", "كوالالمبور", dt.date(2025, 7, 10)),
        ("بكين 18 فبراير 2020(شينخوا)", "بكين", dt.date(2020, 2, 18)),
        ("القاهرة ١٤ كانون الثاني ٢٠٢٤ (شينخوا)", "القاهرة", dt.date(2024, 1, 14)),
        ("بريتوريا 22 أغسطس/آب 2023 (شينخوا) -", "بريتوريا", dt.date(2023, 8, 22)),
        ("دمشق 3 آب/أغسطس 2023 (شينخوا):", "دمشق", dt.date(2023, 8, 3)),
        ("الأمم المتحدة 5 تشرين الأول 2023 (شينخوا) --", "الأمم المتحدة", dt.date(2023, 10, 5)),
        ("نيويورك، 2 إبريل 2024 (شينخوا)", "نيويورك", dt.date(2024, 4, 2)),
    ],
)
def test_dateline_forms(marker: str, place: str, day: dt.date) -> None:
    a = parse(page_b("01 - 01 - 2030", f"{marker} {LEAD}"))
    assert a.dateline == readoutparse.Dateline(place, day, "شينخوا")
    assert a.paragraphs[0] == LEAD


def test_dateline_without_year_takes_it_from_the_stamp() -> None:
    a = parse(page_a("/مصدر: شينخوا/ 2025:01:01.08:00", f"موسكو 31 ديسمبر (شينخوا) {LEAD}"))
    assert a.dateline is not None and a.dateline.date == dt.date(2024, 12, 31)


def test_dateline_without_year_and_without_page_date_uses_reference_date() -> None:
    text = "\n\n".join([TITLE, f"فيينتيان 25 تموز (شينخوا) {LEAD}"])
    a = parse(text, reference_date=dt.date(2024, 8, 1))
    assert a.dateline is not None and a.dateline.date == dt.date(2024, 7, 25)
    b = parse(text)
    assert b.dateline is not None and b.dateline.date is None and b.dateline.place == "فيينتيان"
    assert any("dateline" in w for w in b.warnings)


def test_dateline_with_impossible_day_keeps_no_date() -> None:
    a = parse(page_b("01 - 07 - 2025", f"بكين 31 يونيو 2025 (شينخوا) {LEAD}"))
    assert a.dateline is not None and a.dateline.date is None
    assert a.paragraphs[0] == LEAD
    assert any("dateline" in w for w in a.warnings)


def test_paragraph_digits_stay_as_printed_after_the_dateline() -> None:
    lead = "قال وانغ إن عام ٢٠٢٤ يوافق الذكرى العاشرة."
    a = parse(page_b("١٥ - ٠١ - ٢٠٢٤", f"القاهرة ١٤ يناير (شينخوا) {lead}"))
    assert a.paragraphs[0] == lead
    assert a.dateline is not None and a.dateline.date == dt.date(2024, 1, 14)


def test_weekday_in_brackets_is_not_a_dateline_and_stays_in_the_text() -> None:
    lead = "بكين 10 يوليو (الخميس) التقى وانغ يي لافروف."
    a = parse(page_b("10 - 07 - 2025", lead))
    assert a.dateline is None and a.paragraphs[0] == lead


def test_dateline_only_later_in_the_body_is_not_parsed_out() -> None:
    later = "وفي وقت سابق، بكين 9 يوليو 2025 (شينخوا) عقد الجانبان اجتماعا."
    a = parse(page_b("10 - 07 - 2025", LEAD).rstrip() + f"\n\n{later}\n")
    assert a.dateline is None and a.paragraphs[-1] == later


def test_dateline_alone_on_its_line_is_claimed_as_dateline() -> None:
    a = parse(page_b("10 - 07 - 2025", "بكين 10 يوليو 2025 (شينخوا)"))
    assert a.dateline is not None and a.paragraphs == (SECOND,)
    assert a.lines[7] == "dateline"


# -- furniture --------------------------------------------------------------------------


def test_footer_headings_and_copyright_are_boilerplate() -> None:
    tail = ("صور ساخنة", "أخبار ساخنة", "حجم الخط اطبع", "جميع حقوق النشر محفوظة © صحيفة الشعب اليومية أونلاين")
    a = parse(page_a("2020:02:25.08:40", LEAD, *tail))
    assert a.boilerplate == tail
    assert a.paragraphs == (LEAD, SECOND)
    assert not a.warnings


def test_sidebar_headline_list_after_latest_news_is_boilerplate() -> None:
    headlines = (
        "وانغ يي يلتقي وزير الخارجية السعودي في بكين",
        "الصين والإمارات تتفقان على تعزيز التعاون في مجال الطاقة",
    )
    a = parse(page_a("2024:05:30.08:15", LEAD, "الأخبار الأخيرة", *headlines, "أخبار بصور", "ملفات خاصة"))
    assert a.boilerplate == ("الأخبار الأخيرة", *headlines, "أخبار بصور", "ملفات خاصة")
    assert a.paragraphs == (LEAD, SECOND)


def test_short_line_before_any_sidebar_heading_is_body() -> None:
    a = parse(page_a("2024:05:30.08:15", LEAD, "وانغ يي يلتقي لافروف"))
    assert a.paragraphs[-1] == "وانغ يي يلتقي لافروف"


def test_prose_after_a_sidebar_heading_is_still_body() -> None:
    prose = "وأكد الجانبان ضرورة مواصلة التواصل والتنسيق بين البلدين في المرحلة المقبلة."
    a = parse(page_a("2024:05:30.08:15", LEAD, "صور ساخنة", prose))
    assert a.paragraphs[-1] == prose
    assert a.boilerplate == ("صور ساخنة",)


# -- truncation and errors --------------------------------------------------------------


def test_page_cut_after_stamp_warns_with_empty_body() -> None:
    a = parse("\n\n".join([CRUMB, TITLE, "/مصدر: شينخوا/ 2025:06:19.22:10", "صور ساخنة"]))
    assert a.paragraphs == () and a.title == TITLE
    assert a.published == dt.datetime(2025, 6, 19, 22, 10, tzinfo=BEIJING)
    assert any("truncated" in w for w in a.warnings)


def test_page_cut_after_breadcrumb_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError) as info:
        parse(CRUMB + "\n")
    assert info.value.line == 1 and "title" in str(info.value)


def test_stamp_where_the_title_should_be_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError) as info:
        parse("\n\n".join([CRUMB, "/مصدر: شينخوا/ 2025:06:19.22:10", LEAD]))
    assert info.value.line == 3 and info.value.parser == "xinhua_arabic"


def test_furniture_where_the_title_should_be_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError) as info:
        parse("\n\n".join(["19 - 05 - 2025", "صور ساخنة"]))
    assert info.value.line == 3


def test_empty_document_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError):
        parse("\n \n")


@pytest.mark.parametrize("unit", [">", "|", "-", "(", "7", "/مصدر: ", "(شينخوا) ", "2025:07:11.", "صور ساخنة "])
def test_long_hostile_lines_parse_in_linear_time(unit: str) -> None:
    line = unit * (100_000 // len(unit))
    text = "\n".join([line, line, line, line, line])
    start = time.perf_counter()
    parser = XinhuaArabicParser()
    parser.score(Document(text))
    try:
        parse(text)
    except MalformedDocumentError:
        pass
    assert time.perf_counter() - start < 2.0


# -- detection --------------------------------------------------------------------------


def _score(text: str) -> float:
    return XinhuaArabicParser().score(Document(text))


@pytest.mark.parametrize("path", sorted((FIXTURES / "xinhua_arabic").glob("*.txt")), ids=lambda p: p.stem)
def test_own_fixtures_score_high(path: object) -> None:
    assert _score(path.read_text("utf-8")) >= 0.8  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", ["000_b724a6c8c6442259.txt", "001_045416525f67c2d2.txt", "004_75b8f2d46060ce19.txt"])
def test_other_formats_score_low(seed: str) -> None:
    path = ROOT / "seeds" / seed
    if not path.exists():
        pytest.skip(f"{path} not present")
    assert _score(path.read_text("utf-8")) < 0.2


def test_unmarked_arabic_text_is_still_ours_but_unsure() -> None:
    assert 0.5 <= _score(f"{TITLE}\n\n{LEAD}\n\n{SECOND}\n") < 0.8


@pytest.mark.parametrize(
    "text",
    ["Xi Jinping held phone talks with Vladimir Putin on Thursday.", "", "12345\n67890", "首頁 > 新聞\n習近平"],
)
def test_non_arabic_scores_low(text: str) -> None:
    assert _score(text) < 0.2


def test_marker_alone_without_arabic_script_is_not_enough() -> None:
    assert _score("19 - 05 - 2025\n\nXi and Putin agree to deepen ties\n\nBEIJING (Xinhua) -- text") < 0.2
