"""Inline text cut into paragraph blocks (readoutparse.parsers.html_paragraphs), and the
captions html_body tells by the picture's alt text."""

from __future__ import annotations

from readoutparse.parsers.html_body import read_html
from readoutparse.parsers.html_paragraphs import Collector, clean, pieces


def test_loose_text_breaks_at_blank_lines_and_double_breaks_but_not_in_a_paragraph() -> None:
    out = Collector()
    out.text("第一段\n\n第二段", 1)
    out.br()
    out.br()
    out.text("第三段", 4)
    out.flush(True)
    assert [(b.text, b.line) for b in out.blocks] == [("第一段", 1), ("第二段", 3), ("第三段", 4)]
    out.text("一行", 5)
    out.br()
    out.text("二行", 6)
    out.flush(False, "p")
    assert [(b.text, b.tag) for b in out.blocks[3:]] == [("一行\n二行", "p")]


def test_links_and_bold_of_the_visible_text() -> None:
    out = Collector()
    out.text("标题", 1, href="https://example.com/a", bold=True)
    out.text(" ", 1, join=True)
    out.flush(False, "li")
    block = out.blocks[0]
    assert (block.url, block.links, block.bold) == ("https://example.com/a",
                                                   ("https://example.com/a",), True)


def test_pieces_and_clean() -> None:
    assert pieces("a\n \nb", True) == [("a", 0), ("b", 4)]
    assert pieces("a\n\nb", False) == [("a\n\nb", 0)]
    assert clean(" a\nb\u3000 ") == "a b"


def test_text_beside_a_picture_repeating_its_alt_is_a_caption() -> None:
    blocks, _ = read_html('<p>外长会谈在北京举行，双方交换了意见。</p>'
                          '<img alt="两国外长在北京握手" src="a.jpg"><p>两国外长在北京握手（美联社）</p>'
                          '<p>两国外长在北京握手之后，又举行了一场记者会，回答提问。</p>')
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate", "caption", "paragraph"]
    assert blocks[1].alt == "两国外长在北京握手"


def test_alt_text_far_from_the_paragraph_makes_no_caption() -> None:
    blocks, _ = read_html('<img alt="两国外长在北京握手" src="a.jpg"><p>会谈开始。</p>'
                          '<p>两国外长在北京握手</p>')
    assert [b.kind for b in blocks] == ["boilerplate", "paragraph", "paragraph"]


def test_punctuation_beside_a_link_makes_the_block_a_pointer_but_no_headline() -> None:
    # <a>read the full story</a>。: one link's text but for the stop, so a pointer; a block
    # with words outside its link is neither
    blocks, _ = read_html('<p><a href="https://example.com/full">查看全文</a>。</p>'
                          '<p><a href="https://example.com/b">另一篇报道。</a></p>'
                          '<p>详见<a href="https://example.com/c">这篇报道</a>。</p>')
    assert [(b.url, b.pointer) for b in blocks] == [
        (None, "https://example.com/full"),
        ("https://example.com/b", "https://example.com/b"), (None, None)]
    assert blocks[2].links == ("https://example.com/c",)
