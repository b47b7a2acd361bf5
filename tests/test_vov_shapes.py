"""VOV's sites' shared shapes (``parsers.vov_shapes``), the headline-less copy
(``listings.lost_headline``) and the parser rules built on them."""

from __future__ import annotations

import pytest

import readoutparse
from readoutparse import MalformedDocumentError
from readoutparse.parsers.date_lines import dateish
from readoutparse.parsers.listings import lost_headline
from readoutparse.parsers.vov_shapes import (
    HEADINGS, IMAGE_LABEL, LEADS, footer, heading, host_source, kicker, lead, masthead, page_source,
)

TITLE = "Thủ tướng điện đàm với Thủ tướng Campuchia"
PROSE = ("Hai Thủ tướng nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư, đồng thời "
         "tăng cường phối hợp tại các diễn đàn khu vực và quốc tế trong thời gian tới.")


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def parse(text: str, url: str | None = None) -> readoutparse.Article:
    return readoutparse.parse(text, parser="vov", url=url, readout=False)


@pytest.mark.parametrize(
    ("text", "source", "rest"),
    [
        ("VOV.VN - Chiều nay", "VOV.VN", "Chiều nay"),
        ("VOV.VN: Chiều nay", "VOV.VN", "Chiều nay"),
        ("(VOV5) - Chiều nay", "VOV5", "Chiều nay"),
        ("(VOV5)- Chiều nay", "VOV5", "Chiều nay"),
        ("VOV5) - Chiều nay", "VOV5", "Chiều nay"),  # the copy lost the opening bracket
        ("(VOVworld) – Chiều nay", "VOV5", "Chiều nay"),
        ("(VOV) - Chiều nay", "VOV", "Chiều nay"),
    ],
)
def test_lead_markers_name_their_source(text: str, source: str, rest: str) -> None:
    found = lead(text)
    assert found is not None and found[1] == source and text[found[0].end():] == rest


@pytest.mark.parametrize("text", ["VOV5 là kênh đối ngoại", "(VOV5)", "Theo VOV, hai bên"])
def test_marker_needs_its_dash_at_the_start(text: str) -> None:
    assert lead(text) is None


def test_tables_are_casefolded_and_every_lead_names_a_source() -> None:
    assert all(key == key.casefold() for key in HEADINGS)
    # A row names its source, or (None) captures the channel it names.
    assert all(source or pattern.groups == 1 for pattern, source in LEADS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Phản hồi", False), ("Bài liên quan", True), ("Các tin/bài khác", True),
     ("Từ khóa: bão, lũ", False), ("Tác giả:", False), ("Nguồn: AP", None),
     ("Hai bên: nhất trí", None), ("Mời quý độc giả theo dõi VOV.VN trên", False)],
)
def test_headings_and_footer_lines(text: str, expected: bool | None) -> None:
    assert heading(text) is expected


def test_footer_values() -> None:
    assert footer("Từ khóa: bão ian, quan hệ việt mỹ") == ("keywords", "bão ian, quan hệ việt mỹ")
    assert footer("Nguồn tin: VOVVN") == ("source_credit", "VOVVN")
    assert footer("Tác giả:") == ("author", "")
    assert footer("Thông tin: gì đó") is None


@pytest.mark.parametrize(
    ("url", "source"),
    [("https://vov.vn/the-gioi/a-post1.vov", "VOV.VN"), ("https://amp.vov.vn/x-1.vov", "VOV.VN"),
     ("https://m.vovworld.vn/vi-VN/x-1.vov", "VOV5"), ("https://vovworld.vn./vi-VN/x.vov", "VOV5"),
     ("https://vov.gov.vn/x-437641", "VOV.VN"), ("https://vnexpress.net/x.html", None), (None, None)],
)
def test_host_source(url: str | None, source: str | None) -> None:
    assert host_source(url) == source


@pytest.mark.parametrize("text", ["Cập nhật: 06/10/2022", "Ngày đăng: 14:05, 06/10/2022",
                                  "Cập nhật: 5 giờ trước", "20 phút trước"])
def test_a_label_may_open_a_date_line(text: str) -> None:
    assert dateish(text)


def is_teaser(text: str) -> bool:
    return lead(text) is not None


@pytest.mark.parametrize(
    ("texts", "photo", "address", "expected"),
    [
        ([PROSE], False, False, True),  # a long finished paragraph is no headline
        ([TITLE, PROSE], False, False, False),
        (["VOV.VN - " + PROSE, PROSE], False, False, True),  # prose under the lead
        (["VOV.VN - Hai bên trao đổi."], True, False, True),  # a photo above the lead
        (["VOV.VN - Hai bên trao đổi."], False, True, True),  # an article's address
        (["VOV.VN - Hai bên trao đổi."], False, False, False),  # a card, or a fragment
        (["VOV.VN - Hai bên trao đổi.", "VOV.VN - " + PROSE], False, False, False),  # teasers
    ],
)
def test_lost_headline(texts: list[str], photo: bool, address: bool, expected: bool) -> None:
    assert lost_headline(texts, is_teaser=is_teaser, photo=photo,
                         article_address=address) is expected


def test_headless_copy_keeps_its_lead_and_warns() -> None:
    article = parse(page("(VOV5) - " + PROSE, PROSE))
    assert article.title == "" and article.paragraphs == (PROSE, PROSE)
    assert article.source == "VOV5" and any("not a headline" in w for w in article.warnings)


def test_pipes_and_caption_above_the_lead() -> None:
    article = parse("|\nThủ tướng Hun Manet. (Ảnh: TTXVN) |\n(VOV5) - Hai bên trao đổi.\n")
    assert article.title == "" and article.paragraphs == ("Hai bên trao đổi.",)
    assert article.extra["captions"] == ["Thủ tướng Hun Manet. (Ảnh: TTXVN)"]
    assert article.boilerplate == ("|",)


def test_a_bare_lead_is_still_refused() -> None:
    with pytest.raises(MalformedDocumentError):
        parse(page("VOV.VN - Hai bên trao đổi."))


def test_share_button_under_the_headline_does_not_end_the_body() -> None:
    article = parse(page(TITLE, "Chia sẻ", "VOV.VN - " + PROSE, PROSE, "Phản hồi", "* Vui lòng"))
    assert article.paragraphs == (PROSE, PROSE)
    assert article.boilerplate == ("Chia sẻ", "Phản hồi", "* Vui lòng")


def test_source_follows_the_address_when_no_marker_names_it() -> None:
    url = "https://vovworld.vn/vi-VN/chinh-tri/x-942485.vov"
    assert parse(page(TITLE, PROSE), url=url).source == "VOV5"
    assert parse(page(TITLE, PROSE)).source is None
    assert parse(page(TITLE, "(VOV5) - " + PROSE), url="https://vov.vn/x.vov").source == "VOV5"


def test_footer_values_go_to_extra_and_empty_ones_to_boilerplate() -> None:
    article = parse(page(TITLE, "Cập nhật: 06/10/2022", "VOV.VN - " + PROSE,
                         "Từ khóa: campuchia, điện đàm", "Tác giả:", "Nguồn tin: VOVVN"))
    assert article.published is not None and article.published.isoformat() == "2022-10-06"
    assert article.extra == {"keywords": "campuchia, điện đàm", "source_credit": "VOVVN"}
    assert article.boilerplate == ("Tác giả:",) and article.paragraphs == (PROSE,)


def test_role_bylines_are_not_authors() -> None:
    article = parse(page(TITLE, "VOV.VN - " + PROSE, "Nhóm PV/VOV.VN"))
    assert article.authors == () and article.extra["byline"] == "Nhóm PV/VOV.VN"


@pytest.mark.parametrize(("text", "expected"), [
    ("thu tuong gui dien mung thu tuong canada hinh 1", True),
    ("Thủ tướng gửi điện mừng hinh 1", False),  # a slug is unaccented lower case
    ("hinh 1", False),
])
def test_image_label_shape(text: str, expected: bool) -> None:
    assert (IMAGE_LABEL.fullmatch(text) is not None) is expected


def test_the_line_under_an_image_label_is_its_caption_only_without_a_blank_between() -> None:
    label = "thu tuong dien dam hinh 1"
    caption = "Hai Thủ tướng tại cuộc điện đàm."
    joined = parse(page(TITLE, "VOV.VN - " + PROSE, label + "\n" + caption, PROSE))
    assert joined.extra["captions"] == [caption] and joined.paragraphs == (PROSE, PROSE)
    apart = parse(page(TITLE, "VOV.VN - " + PROSE, label, caption))
    assert caption in apart.paragraphs and label in apart.boilerplate


def test_a_related_card_inside_the_body_is_related_not_body() -> None:
    article = parse(page(TITLE, "Cập nhật: 5 giờ trước", "VOV.VN - " + PROSE, PROSE,
                         "anh_1.jpg", "Hai nước ký thỏa thuận mới", "VOV.VN - Hai bên ký kết."))
    assert article.paragraphs == (PROSE, PROSE) and article.published is None
    assert [(r.title, r.summary) for r in article.related] == [
        ("Hai nước ký thỏa thuận mới", "Hai bên ký kết.")]
    assert any("relative date line" in w for w in article.warnings)


def test_a_card_whose_teaser_the_copy_lost_is_still_related() -> None:
    article = parse(page(TITLE, "VOV.VN - " + PROSE, PROSE, "anh_1.jpg",
                         "Hai nước ký thỏa thuận mới"))
    assert article.paragraphs == (PROSE, PROSE)
    assert [(r.title, r.summary) for r in article.related] == [("Hai nước ký thỏa thuận mới", None)]


@pytest.mark.parametrize(
    ("text", "source", "rest"),
    [("VOV1 - - Chỉ trong 6 ngày", "VOV1", "Chỉ trong 6 ngày"), ("(VOV2) - Đêm nhạc", "VOV2", "Đêm nhạc"),
     ("VOV1 - Sáng nay", "VOV1", "Sáng nay")],
)
def test_numbered_channel_markers(text: str, source: str, rest: str) -> None:
    found = lead(text)
    assert found is not None and found[1] == source and text[found[0].end():] == rest
    assert page_source(source, None) == source  # a channel has a site of its own


def test_page_source_never_guesses() -> None:
    assert page_source(None, None) is None
    assert page_source(None, None, names_vov=True) == "VOV.VN"
    assert page_source("VOV", None) == page_source("VOV.VN", None) == "VOV.VN"
    assert page_source("VOV.VN", "https://vovworld.vn/vi-VN/x.vov") == "VOV5"  # the address's site
    assert page_source("VOV5", "https://vov.vn/x.vov") == "VOV5"  # the service's own marker
    assert page_source(None, "http://vov1.vov.gov.vn/x-c84-1.aspx") == "VOV1"


@pytest.mark.parametrize(("text", "expected"), [
    ("logovov", True), ("BAN THỜI SỰ VOV1", True), ("VOV", False), ("Bản tin VOV sáng nay", False),
    ("HÀ NỘI", False),
])
def test_masthead_lines(text: str, expected: bool) -> None:
    assert masthead(text) is expected


def test_a_lone_lead_closed_by_the_pages_furniture_opens_an_article() -> None:
    texts = ["VOV1 - Hai bên trao đổi về hợp tác.", "Bài liên quan"]
    assert lost_headline(texts, is_teaser=is_teaser, photo=False, article_address=False, closed=True)
    # an unfinished teaser stays a card, furniture or not
    assert not lost_headline(["VOV1 - Hai bên trao đổi về"], is_teaser=is_teaser, photo=False,
                             article_address=False, closed=True)
    article = parse(page("VOV1 - " + PROSE, "Chủ đề : Hợp tác, Ngoại giao", "Bài liên quan", TITLE))
    assert article.title == "" and article.paragraphs == (PROSE,) and article.source == "VOV1"
    assert article.extra["keywords"] == "Hợp tác, Ngoại giao"
    with pytest.raises(MalformedDocumentError):  # two teasers: a listing, furniture or not
        parse(page("VOV1 - " + PROSE, "VOV1 - " + PROSE, "Bài liên quan"))


def test_a_channel_site_name_in_the_lead_names_the_channel() -> None:
    found = lead("VOV4.VN - Bà con trong bản giữ nghề dệt.")
    assert found is not None and found[1] == "VOV4"


@pytest.mark.parametrize(("url", "source"), [
    ("https://vov4.vov.gov.vn/TV/x-c1213-381158.aspx", "VOV4"),
    ("https://vov6.vov.vn/doc-truyen/x-c11-24359.aspx", "VOV6"),
    ("http://vov1.vov.gov.vn/x-c84-1.aspx", "VOV1"),
    ("https://vov9.vov.vn/x.aspx", None),
])
def test_a_numbered_channel_host_names_the_channel(url: str, source: str | None) -> None:
    assert host_source(url) == source


def test_qr_label_and_search_keywords_are_furniture_headings() -> None:
    assert heading("Mã QRCODE xem trên mobile") is False
    assert footer("Từ khóa tìm kiếm : Sân khấu truyền thanh, Đài TNVN,") == (
        "keywords", "Sân khấu truyền thanh, Đài TNVN,")


@pytest.mark.parametrize(("text", "expected"), [
    ("Bài 1:", True), ("Kỳ cuối:", True), ("Phóng sự:", True), ("Bài 2 :", True),
    ("Lời Tòa soạn nhân dịp năm mới:", False),  # a sentence-long lead-in, not a kicker
    (TITLE, False), ("Xem thêm: " + TITLE, False), (":", False), ("VOV.VN -:", False),
])
def test_a_kicker_is_a_few_words_closed_by_a_colon(text: str, expected: bool) -> None:
    assert kicker(text) is expected


def test_a_series_kicker_over_the_headline_is_furniture() -> None:
    more = "Hai bên cũng trao đổi về các vấn đề quốc tế cùng quan tâm."
    article = parse(page("Bài 1:", TITLE, "VOV.VN - " + PROSE, more))
    assert article.title == TITLE and article.paragraphs == (PROSE, more)
    assert "Bài 1:" in article.boilerplate and article.source == "VOV.VN"
    # over a lead it is the only headline-like line: the page is not read as headless
    with pytest.raises(MalformedDocumentError):
        parse(page("Bài 1:", "VOV.VN - " + PROSE, "VOV.VN - " + PROSE))
