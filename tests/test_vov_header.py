"""What VOV pages print between the headline and the lead (vov_header), and in-body cards (vov_related)."""

from __future__ import annotations

import readoutparse
from readoutparse.parsers.vov_header import header_byline, repeats_byline
from readoutparse.parsers.vov_related import cards
from readoutparse.text import Document


def test_author_label_and_dash_closed_bylines() -> None:
    assert header_byline("Tác giả Ngọc Lan") == (["Ngọc Lan"], False)
    assert header_byline("Tác giả: VOV1") == ([], True)  # a desk is no author
    assert header_byline("Hải Yến và Minh Tâm -") == (["Hải Yến", "Minh Tâm"], False)
    assert header_byline("Hải Yến, nhóm PV VTC -") == (["Hải Yến"], True)


def test_lines_that_are_no_byline() -> None:
    assert header_byline("Giá lúa tăng mạnh ở đồng bằng -") is None  # lower-case words: no names
    assert header_byline("VOV.VN - Sáng nay, Quốc hội họp phiên bế mạc.") is None  # a lead
    assert header_byline("Tác giả của cuốn sách là một nhà thơ trẻ.") is None
    assert header_byline("Hải Yến") is None  # a bare name is not enough


def test_byline_printed_again_without_its_dash() -> None:
    assert repeats_byline("Hải Yến và Minh Tâm", "Hải Yến và Minh Tâm -  ")
    assert not repeats_byline("Hải Yến và Minh Tâm", None)
    assert not repeats_byline("Hải Yến", "Hải Yến và Minh Tâm -")


def _parse(text: str) -> readoutparse.Article:
    return readoutparse.parse(text, readout=False)


def test_sidebar_headlines_only_before_a_marked_lead() -> None:
    page = ("Mở cửa lại chợ đêm ven sông\nCập nhật: 03/03/2024\nTuyến xe buýt mới đi vào hoạt động\n"
            "(VOV5) - Chợ đêm ven sông mở cửa lại từ tối qua sau ba tháng sửa chữa.\n"
            "Hàng trăm gian hàng bán đồ thủ công và món ăn địa phương.\n")
    article = _parse(page)
    assert article.boilerplate == ("Tuyến xe buýt mới đi vào hoạt động",)
    assert article.paragraphs[0].startswith("Chợ đêm ven sông")
    assert article.source == "VOV5"
    # With no marked lead the short line stays: the marker is what tells a sidebar.
    unmarked = page.replace("(VOV5) - ", "")
    assert "Tuyến xe buýt mới đi vào hoạt động" in _parse(unmarked).paragraphs


def test_a_line_over_the_article_lead_is_no_related_card() -> None:
    body = Document("Dòng tiêu đề lặp lại\nTên Người Viết\nVOV.VN - Mở đầu bài viết, một câu trọn vẹn.\n"
                    "Tin khác ngắn\nVOV.VN - Tóm tắt của tin khác.\n").content
    # Only the headline under the lead heads a card; the line over the lead does not.
    assert cards(body) == {3: True}


def test_caption_closed_by_a_table_bar() -> None:
    page = ("Mùa hoa ban nở trắng núi rừng\nVOV.VN - Hoa ban nở sớm hơn mọi năm ở các bản vùng cao.\n"
            "Hoa ban trên đèo. Ảnh: Thu Hà/VOV |\nDu khách đến chụp ảnh rất đông.\n")
    article = _parse(page)
    assert article.extra["captions"] == ["Hoa ban trên đèo. Ảnh: Thu Hà/VOV |"]
    assert len(article.paragraphs) == 2
