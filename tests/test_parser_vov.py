"""The VOV (vov.vn) parser: date lines, lead marker, bylines, furniture, related lists, scoring."""

from __future__ import annotations

import datetime as dt
import time
import unicodedata
from pathlib import Path

import pytest

import readoutparse
from readoutparse import Dateline, MalformedDocumentError, Related
from readoutparse.parsers.vov import VovParser
from readoutparse.text import Document

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "vov"
HANOI = dt.timezone(dt.timedelta(hours=7))

TITLE = "Bộ trưởng Ngoại giao Bùi Thanh Sơn điện đàm với Ngoại trưởng Nga Sergey Lavrov"
LEAD = ("VOV.VN - Tối qua (13/10), Bộ trưởng Ngoại giao Bùi Thanh Sơn đã điện đàm với "
        "Ngoại trưởng Nga Sergey Lavrov.")
BODY = "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, năng lượng và giáo dục."


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def parse(text: str) -> readoutparse.Article:
    return readoutparse.parse(text, parser="vov", readout=False)


def score(text: str) -> float:
    return VovParser().score(Document(text))


# -- the seed ------------------------------------------------------------------------------


def test_seed_lead_related_printed_twice() -> None:
    article = readoutparse.parse_file(FIXTURES / "004_75b8f2d46060ce19.txt", parser="vov",
                                      readout=False)
    assert article.published is None
    assert article.source == "VOV.VN"
    assert article.dateline == Dateline(place=None, date=None, agency="VOV.VN")
    assert article.paragraphs[0].startswith("Ngoại trưởng Trung Quốc Vương Nghị hôm nay (14/10)")
    assert [r.title for r in article.related][1].startswith("Nga đề xuất Nghị quyết")
    assert len(article.related) == 4
    assert all(r.summary and not r.summary.startswith("VOV.VN") for r in article.related)
    assert article.boilerplate == ("Mời quý độc giả theo dõi VOV.VN trên", "Tin liên quan")
    # Both headline copies, both summaries and the repeated list all feed related[0].
    assert sum(1 for field in article.lines.values() if field == "related[0]") == 6
    assert article.warnings == ()


# -- date line -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Thứ Bảy, 06:00, 14/10/2023", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("thứ bảy, 06:00, 14/10/2023", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("THỨ BẢY, 06:00, 14/10/2023", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("Thứ 7, 06:00, 14/10/2023", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("Chủ Nhật, 19:45, 07/04/2024", dt.datetime(2024, 4, 7, 19, 45, tzinfo=HANOI)),
        ("Thứ Hai, 7:05, 1/4/2024", dt.datetime(2024, 4, 1, 7, 5, tzinfo=HANOI)),
        ("14/10/2023 06:00", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("06:00 14/10/2023", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("14/10/2023 06:00 GMT+7", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("Thứ Bảy, 06:00, 14/10/2023 (GMT+7)", dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)),
        ("14/10/2023 23:30 GMT+0",
         dt.datetime(2023, 10, 14, 23, 30, tzinfo=dt.timezone.utc)),
        ("Thứ Bảy, 14/10/2023", dt.date(2023, 10, 14)),
    ],
)
def test_date_line_variants(line: str, expected: dt.datetime | dt.date) -> None:
    article = parse(page(TITLE, line, LEAD, BODY))
    assert article.published == expected
    assert article.published.isoformat() == expected.isoformat()  # type: ignore[union-attr]
    assert article.lines[3] == "published"
    assert article.warnings == ()
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("Thứ Năm, 06:00, 31/02/2024", "impossible date"),
        ("Thứ Bảy, 25:10, 14/10/2023", "impossible time"),
        ("Thứ Bảy, 06:00, 14/10/20", "unreadable date line"),
        ("14/10/2023 06:00 GMT+19", "impossible UTC offset"),
    ],
)
def test_bad_date_line_gives_none_and_a_warning(line: str, problem: str) -> None:
    article = parse(page(TITLE, line, LEAD, BODY))
    assert article.published is None
    assert article.lines[3] == "published"
    assert any(problem in w and w.startswith("line 3:") for w in article.warnings)
    assert line not in article.paragraphs


def test_weekday_that_contradicts_the_date_keeps_the_date_with_a_warning() -> None:
    article = parse(page(TITLE, "Thứ Hai, 06:00, 14/10/2023", LEAD))
    assert article.published == dt.datetime(2023, 10, 14, 6, 0, tzinfo=HANOI)
    assert any("weekday" in w for w in article.warnings)


def test_headline_opening_with_a_date_is_still_the_headline() -> None:
    article = parse(page("7/10: Ngoại trưởng Trung Quốc điện đàm với Ngoại trưởng Mỹ", LEAD, BODY))
    assert article.title.startswith("7/10: ")
    assert article.published is None and article.warnings == ()


def test_paragraph_starting_with_thu_truong_is_not_a_date_line() -> None:
    text = page(TITLE, "Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Đại sứ Nhật Bản.", BODY)
    article = parse(text)
    assert article.published is None
    assert article.paragraphs[0].startswith("Thứ trưởng Ngoại giao")


# -- lead marker and source ------------------------------------------------------------------


@pytest.mark.parametrize("marker", ["VOV.VN - ", "VOV.VN -", "VOV.VN – ", "VOV.VN: ", "VOV.VN—"])
def test_lead_marker_variants(marker: str) -> None:
    article = parse(page(TITLE, marker + "Chiều nay (14/10), hai Bộ trưởng đã hội đàm.", BODY))
    assert article.dateline == Dateline(place=None, date=None, agency="VOV.VN")
    assert article.paragraphs[0] == "Chiều nay (14/10), hai Bộ trưởng đã hội đàm."
    assert article.source == "VOV.VN"


def test_marker_only_in_first_paragraph() -> None:
    article = parse(page(TITLE, BODY, "VOV.VN - Một đoạn trích dẫn ở giữa bài."))
    assert article.dateline is None
    assert article.paragraphs[1] == "VOV.VN - Một đoạn trích dẫn ở giữa bài."
    assert article.source is None  # a marker inside the body names no outlet for the page


def test_relative_dates_stay_in_the_text() -> None:
    article = parse(page(TITLE, "Thứ Bảy, 06:00, 14/10/2023", LEAD,
                         "Trước đó, hôm 18/3 và sáng nay (14/10), hai bên đã trao đổi."))
    assert "Tối qua (13/10)" in article.paragraphs[0]
    assert "hôm 18/3" in article.paragraphs[1] and "sáng nay (14/10)" in article.paragraphs[1]


# -- byline ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "extra", "source"),
    [
        ("Hồng Anh/VOV.VN", ("Hồng Anh",), {}, "VOV.VN"),
        ("Minh Hòa/VOV-Bắc Kinh", ("Minh Hòa",), {"bureau": "VOV-Bắc Kinh"}, "VOV.VN"),
        # a byline naming no VOV desk leaves the source to the marker or the address
        ("Thu Hằng (Theo Reuters)", ("Thu Hằng",), {"based_on": "Reuters"}, None),
        ("(Theo Reuters)", (), {"based_on": "Reuters"}, None),
        ("Thu Hằng/VOV.VN (theo AFP, Reuters)", ("Thu Hằng",), {"based_on": "AFP, Reuters"},
         "VOV.VN"),
        ("Hồng Anh, Minh Hòa/VOV.VN", ("Hồng Anh", "Minh Hòa"), {}, "VOV.VN"),
        ("VOV.VN tổng hợp", (), {"byline": "VOV.VN tổng hợp"}, "VOV.VN"),
        ("VOV.VN (tổng hợp)", (), {"byline": "VOV.VN (tổng hợp)"}, "VOV.VN"),
        ("Hồng Anh/VOV.VN tổng hợp", ("Hồng Anh",), {"byline": "Hồng Anh/VOV.VN tổng hợp"},
         "VOV.VN"),
    ],
)
def test_byline_variants(line: str, authors: tuple[str, ...], extra: dict[str, str],
                         source: str | None) -> None:
    # No lead marker here, so the source comes from the byline alone.
    article = parse(page(TITLE, BODY, line, "Tin liên quan"))
    assert article.authors == authors
    assert article.extra == extra
    assert article.source == source
    assert article.paragraphs == (BODY,)
    assert article.lines[5] == "authors"


@pytest.mark.parametrize(
    "last",
    [
        "Hai bên cũng trao đổi về tình hình khu vực/quốc tế và nhất trí phối hợp tại VOV.",
        "và hai bên nhất trí tổng hợp",
        "Hồng Anh",  # a bare name names no desk or source: too weak to be sure
        "Giá dầu/khí đốt tăng mạnh (Theo Reuters, giá dầu Brent vượt 90 USD/thùng).",
        "Ông Lavrov nói/VOV.VN",
    ],
)
def test_real_last_paragraph_is_not_eaten_as_byline(last: str) -> None:
    article = parse(page(TITLE, LEAD, last, "Tin liên quan"))
    assert article.paragraphs[-1] == last
    assert article.authors == ()
    assert "byline" not in article.extra and "based_on" not in article.extra


# -- furniture and related -------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Tin liên quan", "Tin liên quan:", "TIN LIÊN QUAN", "Tin cùng chuyên mục",
     "Tin cùng chuyên mục:", "Xem thêm", "Xem thêm:", "Chia sẻ", "Chia sẻ:",
     "Mời quý độc giả theo dõi VOV.VN trên", "Mời quý độc giả theo dõi VOV.VN trên Facebook, Zalo"],
)
def test_furniture_heading_ends_the_body(heading: str) -> None:
    article = parse(page(TITLE, LEAD, BODY, heading))
    assert article.paragraphs[-1] == BODY
    assert article.boilerplate == (heading,)
    assert article.warnings == ()


def test_lines_under_share_and_more_go_to_boilerplate() -> None:
    article = parse(page(TITLE, LEAD, BODY, "Chia sẻ", "Facebook", "Zalo", "Xem thêm",
                         "Ông Putin thăm Trung Quốc"))
    assert article.boilerplate == ("Chia sẻ", "Facebook", "Zalo", "Xem thêm",
                                   "Ông Putin thăm Trung Quốc")
    assert article.related == ()
    assert len(article.paragraphs) == 2


def test_inline_see_also_link_is_dropped_and_body_continues() -> None:
    link = "Xem thêm: Ngoại trưởng Nga Sergey Lavrov tới Hà Nội"
    article = parse(page(TITLE, LEAD, link, BODY))
    assert article.boilerplate == (link,)
    assert article.paragraphs[-1] == BODY


def test_related_items_deduplicated_with_and_without_summaries() -> None:
    a, b = "Ngoại trưởng Nga thăm Việt Nam", "Toàn văn Tuyên bố chung Việt Nam - Nga"
    text = page(
        TITLE, LEAD, BODY, "Tin cùng chuyên mục",
        f"{a}\n{a}", f"{b}\n{b}", "VOV.VN - Tuyên bố được công bố chiều nay (14/10).",
        a, a, "VOV.VN - Tối qua (13/10), ông Lavrov tới Hà Nội.",
    )
    article = parse(text)
    assert article.related == (
        Related(a, "Tối qua (13/10), ông Lavrov tới Hà Nội.", None),
        Related(b, "Tuyên bố được công bố chiều nay (14/10).", None),
    )
    assert article.boilerplate == ("Tin cùng chuyên mục",)
    assert sorted(n for n, f in article.lines.items() if f == "related[0]") == [9, 10, 17, 19, 21]


def test_related_item_without_any_summary() -> None:
    article = parse(page(TITLE, LEAD, "Tin liên quan", "Một tin ngắn\nMột tin ngắn"))
    assert article.related == (Related("Một tin ngắn", None, None),)


def test_related_summary_without_marker_is_recognised_by_its_final_period() -> None:
    article = parse(page(TITLE, LEAD, "Tin liên quan", "Hai nước ký tuyên bố chung",
                         "Hai bên ký tuyên bố chung sau hội đàm."))
    assert article.related == (
        Related("Hai nước ký tuyên bố chung", "Hai bên ký tuyên bố chung sau hội đàm.", None),
    )


def test_orphan_related_summary_is_kept_with_a_warning() -> None:
    summary = "VOV.VN - Một bản tóm tắt không có tiêu đề."
    article = parse(page(TITLE, LEAD, "Tin liên quan", summary))
    assert article.related == ()
    assert summary in article.boilerplate
    assert any("without a headline" in w for w in article.warnings)


# -- NFD, truncation, malformed --------------------------------------------------------------


def test_nfd_fixture_reads_like_nfc() -> None:
    raw = (FIXTURES / "nfd_decomposed.txt").read_text("utf-8")
    assert not unicodedata.is_normalized("NFC", raw)
    nfd = parse(raw)
    nfc = parse(unicodedata.normalize("NFC", raw))
    assert nfd == nfc
    assert nfd.authors == ("Quang Dũng",)
    assert nfd.published == dt.datetime(2022, 7, 6, 11, 40, tzinfo=HANOI)
    assert nfd.boilerplate[-1] == "Tin liên quan"


def test_nfd_date_line_and_furniture() -> None:
    text = page(TITLE, "Thứ Bảy, 06:00, 14/10/2023", LEAD, "Hồng Anh/VOV.VN", "Tin liên quan")
    assert parse(unicodedata.normalize("NFD", text)) == parse(text)


def test_title_only_page_is_kept_with_a_warning() -> None:
    article = parse(TITLE + "\n")
    assert article.title == TITLE
    assert article.paragraphs == ()
    assert any("no body" in w for w in article.warnings)


def test_page_cut_mid_sentence_warns() -> None:
    article = parse(page(TITLE, LEAD, "Hai bên nhất trí thúc đẩy hợp tác và"))
    assert any(w.startswith("line 5:") and "mid-sentence" in w for w in article.warnings)
    assert parse(page(TITLE, LEAD, BODY)).warnings == ()


@pytest.mark.parametrize(
    "text",
    ["\n\n  \n", LEAD + "\n\n" + BODY, "Thứ Bảy, 06:00, 14/10/2023\n\n" + TITLE,
     "Tin liên quan\n\n" + TITLE],
)
def test_page_without_a_headline_is_malformed(text: str) -> None:
    with pytest.raises(MalformedDocumentError) as info:
        parse(text)
    assert info.value.parser == "vov"
    if text.strip():
        assert info.value.line == 1


# -- scoring ---------------------------------------------------------------------------------


def test_score_separates_vov_from_other_text() -> None:
    assert score(page(TITLE, LEAD, BODY)) >= 0.9
    assert score(page(TITLE, "Thứ Bảy, 06:00, 14/10/2023", LEAD, BODY)) >= 0.9
    # The marker counts in the head only: seventh line is too late.
    assert score(page(TITLE, BODY, BODY, BODY, BODY, BODY, LEAD)) < 0.5
    furnished = score(page(TITLE, BODY, "Tin liên quan"))
    assert 0.6 <= furnished < 0.9
    assert score(page(TITLE, "Thứ Bảy, 06:00, 14/10/2023", BODY)) >= 0.6
    assert score(page(TITLE, BODY)) < 0.5
    english = page("Foreign ministers hold talks in Hanoi", "The ministers met on Saturday.")
    assert score(english) < 0.1
    assert score(page("中國外長王毅與美國國務卿通電話", "新華社北京10月14日電")) < 0.1
    arabic = page("وزير الخارجية الصيني يلتقي نظيره الروسي", "كوالالمبور 10 يوليو 2025 (شينخوا)")
    assert score(arabic) < 0.1
    assert score("") == 0.0


@pytest.mark.parametrize("name", ["000_b724a6c8c6442259.txt", "001_045416525f67c2d2.txt",
                                  "002_8d2d2c35a449af77.txt", "003_8fe0a44215cf6e95.txt"])
def test_other_formats_score_low(name: str) -> None:
    seed = ROOT / "seeds" / name
    if not seed.exists():
        pytest.skip("seed not present")
    assert score(seed.read_text("utf-8")) < 0.1


def test_fixtures_score_high() -> None:
    for path in FIXTURES.glob("*.txt"):
        assert score(path.read_text("utf-8")) >= 0.6, path.name


# -- robustness ------------------------------------------------------------------------------


@pytest.mark.parametrize("unit", [">", "|", "-", "(", "1", "/", "VOV.VN - ", "Tin liên quan ",
                                  "Thứ Bảy, ", "(Theo ", "1/"])
def test_long_hostile_lines_are_linear(unit: str) -> None:
    line = unit * (100_000 // len(unit))
    text = page(TITLE, line, line, "Tin liên quan", line, line)
    start = time.perf_counter()
    for candidate in (text, page(line, LEAD, line)):
        score(candidate)
        try:
            parse(candidate)
        except MalformedDocumentError:
            pass
    assert time.perf_counter() - start < 2.0


# -- captions, portrait lines, comment furniture ---------------------------------------------

DATE = "Thứ Bảy, 06:00, 14/10/2023"


@pytest.mark.parametrize(
    "caption",
    [
        "Hai ngoại trưởng tại một cuộc gặp năm ngoái. (Nguồn: AP)",
        "Toàn cảnh cuộc điện đàm. (Ảnh: TTXVN)",
        "Toàn cảnh cuộc điện đàm. Ảnh: TTXVN",
        "Người dân xếp hàng trước trụ sở (Ảnh minh họa)",
        "Ngoại trưởng Nga Sergey Lavrov",  # the name-and-title line under a portrait
    ],
)
def test_captions_leave_the_body_for_extra(caption: str) -> None:
    article = parse(page(TITLE, DATE, LEAD, caption, BODY, "Hồng Anh/VOV.VN"))
    assert caption not in article.paragraphs
    assert article.extra["captions"] == [caption]
    assert article.paragraphs[-1] == BODY and article.authors == ("Hồng Anh",)
    assert article.lines[7] == "extra.captions[0]"  # blocks are a blank line apart
    no_stray(article)


def test_a_sentence_about_an_official_is_not_a_portrait_line() -> None:
    line = "Ngoại trưởng Nga Sergey Lavrov cho biết hai bên sẽ tiếp tục trao đổi."
    assert line in parse(page(TITLE, DATE, LEAD, line, BODY)).paragraphs


def test_comment_form_and_recaptcha_notice_are_furniture() -> None:
    notice = "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply."
    article = parse(page(TITLE, DATE, LEAD, BODY, "Viết bình luận", "Bình luận của bạn", notice))
    assert article.paragraphs[-1] == BODY
    assert article.boilerplate == ("Viết bình luận", "Bình luận của bạn", notice)
    no_stray(article)
    inline = parse(page(TITLE, DATE, LEAD, notice, BODY))
    assert notice in inline.boilerplate and notice not in inline.paragraphs


def test_source_without_the_lead_marker_comes_from_the_address_or_is_null() -> None:
    # VOV prints on several sites (vov.vn, vovworld.vn for VOV5): with neither a marker nor
    # an address the text does not say which, so the source is not guessed (a truncated
    # copy must not state a site its whole page contradicts).
    text = page(TITLE, DATE, "Tối qua, hai bộ trưởng đã điện đàm.", BODY)
    article = parse(text)
    assert article.source is None and article.dateline is None
    vovworld = "https://vovworld.vn/vi-VN/chinh-tri/x-1.vov"
    assert readoutparse.parse(text, parser="vov", url=vovworld, readout=False).source == "VOV5"
    url = "https://vov.vn/chinh-tri/hai-bo-truong-dien-dam-post1.vov"
    assert readoutparse.parse(text, parser="vov", url=url, readout=False).source == "VOV.VN"
    assert parse(page(TITLE, DATE, BODY, "Hồng Anh/VOV.VN")).source == "VOV.VN"


# -- listing and section pages are refused ---------------------------------------------------

CARD = "Hai nước nhất trí thúc đẩy hợp tác"
TEASER = "VOV.VN - Hai bên đã trao đổi về quan hệ song phương và các vấn đề cùng quan tâm."


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (page(TEASER, TEASER.replace("Hai bên", "Hai nước")), "teasers and no headline"),
        (page(TITLE, TEASER, CARD, TEASER.replace("Hai bên", "Hai nước")), "headlines with"),
        (page(CARD, CARD, TEASER), "printed twice"),
        (page(CARD, TEASER), "listing card"),
        (page(CARD, TEASER, "-NTI.jpg)"), "listing card"),
    ],
)
def test_listing_pages_are_refused_saying_what_they_look_like(text: str, words: str) -> None:
    with pytest.raises(MalformedDocumentError) as info:
        parse(text)
    assert words in str(info.value) and "not an article" in str(info.value)
    assert info.value.parser == "vov" and info.value.line is not None


def test_a_lone_card_is_an_article_when_the_address_is_an_articles() -> None:
    url = "https://vov.vn/the-gioi/hai-nuoc-nhat-tri-thuc-day-hop-tac-post1000001.vov"
    article = readoutparse.parse(page(CARD, TEASER), parser="vov", url=url, readout=False)
    assert article.title == CARD and article.paragraphs == (TEASER[len("VOV.VN - "):],)
    assert article.url == url


def test_a_listing_address_refuses_a_page_without_a_date_line() -> None:
    with pytest.raises(MalformedDocumentError, match="listing"):
        readoutparse.parse(page(TITLE, LEAD, BODY), parser="vov", readout=False,
                           url="https://vov.vn/tu-khoa/nga-tag1?page=3")


@pytest.mark.parametrize("url", ["https://vov.vn/author?keyword=Minh+Anh", "https://vov.vn/author/minh-anh"])
def test_an_author_search_address_is_a_listing(url: str) -> None:
    # An author page lists the author's bylines: a first line and credits, no lead.
    text = page("Minh Anh - phóng viên ban Thời sự", "Theo Reuters", "Minh Anh/VOV.VN")
    with pytest.raises(MalformedDocumentError, match="listing"):
        readoutparse.parse(text, parser="vov", readout=False, url=url)


def test_a_page_cut_inside_its_lead_is_read_with_a_warning() -> None:
    article = parse(page(CARD, "VOV.VN - Hai bên đã trao đổi về quan hệ song"))
    assert article.paragraphs == ("Hai bên đã trao đổi về quan hệ song",)
    assert any("mid-sentence" in w for w in article.warnings)


def test_a_dated_page_with_only_its_lead_is_an_article() -> None:
    article = parse(page(CARD, DATE, TEASER))
    assert article.title == CARD and len(article.paragraphs) == 1


def no_stray(article: readoutparse.Article) -> None:
    assert not any("unrecognised lines" in w for w in article.warnings), article.warnings


@pytest.mark.parametrize(
    ("marker", "agency", "source"),
    [("VOV.VN - ", "VOV.VN", "VOV.VN"), ("(VOV) - ", "VOV", "VOV.VN"), ("(VOV5) - ", "VOV5", "VOV5"),
     ("(VOVTV) - ", "VOVTV", "VOVTV")],
)
def test_the_source_does_not_depend_on_how_the_lead_names_vov(marker: str, agency: str, source: str) -> None:
    # The dateline keeps what the marker prints; the source is the site that published.
    article = parse(page(TITLE, DATE, marker + "Hai bộ trưởng đã điện đàm tối qua về hợp tác song phương.", BODY))
    assert article.dateline == Dateline(place=None, date=None, agency=agency)
    assert article.source == source


def test_a_date_line_above_the_headline() -> None:
    # VOV's television site prints the day, then the day with its time, over the headline.
    article = parse(page("10/02/2024 -  10/02/2024 00:10", TITLE, "(VOVTV) - " + "Hai bộ trưởng đã điện đàm tối qua về hợp tác song phương.", BODY))
    assert article.title == TITLE and article.source == "VOVTV"
    assert article.published == dt.datetime(2024, 2, 10, 0, 10, tzinfo=HANOI)
    # A later second day is an update: the first day is the publication's.
    updated = parse(page("10/02/2024 - 12/02/2024 08:00", TITLE, "VOV.VN - " + "Hai bộ trưởng đã điện đàm tối qua về hợp tác song phương.", BODY))
    assert updated.published == dt.date(2024, 2, 10)


def test_a_sloppy_minute_in_a_labelled_date_line() -> None:
    # "Cập nhật : 19:1 19/1/2022" (VOV1): the minute lost its zero.
    article = parse(page(TITLE, "Cập nhật : 19:1 19/1/2022", LEAD, BODY))
    assert article.published == dt.datetime(2022, 1, 19, 19, 1, tzinfo=HANOI)


def test_vov_gov_vn_addresses_tell_articles_from_sections() -> None:
    lone = page("VOV1 - - Chỉ trong 6 ngày nghỉ lễ, hàng nghìn người đã nhập viện.", "Bài liên quan")
    article = readoutparse.parse(lone, parser="vov", readout=False,
                                 url="http://vov1.vov.gov.vn/binh-luan-vov1/thay-gi-c84-18012.aspx")
    assert article.title == "" and article.source == "VOV1"
    assert article.paragraphs == ("Chỉ trong 6 ngày nghỉ lễ, hàng nghìn người đã nhập viện.",)
    card = "Bình luận của biên tập viên về một vấn đề thời sự nổi bật trong tuần."
    with pytest.raises(MalformedDocumentError):
        readoutparse.parse(page(TITLE, card, TITLE + " khác", card), parser="vov", readout=False,
                           url="http://vov1.vov.gov.vn/binh-luan-vov1-c84-p58.aspx")


def test_a_date_line_over_a_lead_with_no_headline_is_a_headless_copy() -> None:
    page = ("Cập nhật :9:5 12/4/2016\n\nVOV6 - Truyện ngắn kể về một người thợ gốm già giữ lửa cho lò gốm.\n\n"
            "Bài liên quan\n")
    article = readoutparse.parse(page, readout=False)
    assert article.title == "" and article.source == "VOV6"
    assert article.published == dt.datetime(2016, 4, 12, 9, 5, tzinfo=article.published.tzinfo)
    # dated teasers are still a listing
    with pytest.raises(MalformedDocumentError):
        readoutparse.parse("Cập nhật :9:5 12/4/2016\nVOV6 - Truyện một.\nVOV6 - Truyện hai.\n"
                           "VOV6 - Truyện ba.\n", readout=False)


def test_a_desk_in_capitals_under_the_body_opens_the_footer() -> None:
    page = ("Bà con giữ nghề dệt\n\nVOV4.VN - Bà con trong bản nhiều năm nay giữ nghề dệt thổ cẩm.\n\n"
            "Quàng Văn Sơn/VOV4\n\nBAN DÂN TỘC (VOV4)\nĐịa chỉ: 58 Quán Sứ - Hoàn Kiếm - Hà Nội\n")
    article = readoutparse.parse(page, readout=False)
    assert article.authors == ("Quàng Văn Sơn",) and article.source == "VOV4"
    assert article.paragraphs == ("Bà con trong bản nhiều năm nay giữ nghề dệt thổ cẩm.",)
    assert "BAN DÂN TỘC (VOV4)" in article.boilerplate


def test_the_audio_prompt_is_furniture_wherever_it_stands() -> None:
    page = ("Thính giả hỏi về lễ hội\n\n(VOV5) - Tuần qua, chương trình nhận được nhiều thư của thính giả.\n\n"
            "Nghe âm thanh tại đây:\n\nThính giả ở Nhật Bản hỏi lễ hội diễn ra vào ngày nào.\n")
    article = readoutparse.parse(page, readout=False)
    assert "Nghe âm thanh tại đây:" in article.boilerplate
    assert article.paragraphs == ("Tuần qua, chương trình nhận được nhiều thư của thính giả.",
                                  "Thính giả ở Nhật Bản hỏi lễ hội diễn ra vào ngày nào.")


def test_the_other_platforms_link_closes_the_body() -> None:
    page = (FIXTURES / "vov1_audio_page_platforms_prompt.txt").read_text("utf-8")
    article = readoutparse.parse(page, url="https://vov1.vov.vn/thoi-su/ban-tin-123.vov", readout=False)
    assert article.source == "VOV1"  # no marker: the channel's site names it
    assert "Xem trên các nền tảng khác" in article.boilerplate
    assert len(article.paragraphs) == 1 and article.paragraphs[0].startswith("Ngày 12/6")
    # A sentence that only mentions other platforms is still body.
    said = page.replace("Xem trên các nền tảng khác", "Xem trên các nền tảng khác cũng được.")
    assert "Xem trên các nền tảng khác cũng được." in readoutparse.parse(said, readout=False).paragraphs
