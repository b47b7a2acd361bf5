"""Subheadings and deks told from body paragraphs (readoutparse.parsers.headings)."""

from __future__ import annotations

from readoutparse.parsers import furniture
from readoutparse.parsers.headings import mark_subheadings
from readoutparse.parsers.html_body import Block, read_html

PROSE = "两国外长在电话中同意继续保持沟通，并就地区局势交换了意见。"


def kinds(fragment: str, title: str = "外长通电话") -> list[tuple[str, str]]:
    blocks, _ = read_html(fragment)
    verdicts = mark_subheadings(furniture.classify(blocks, None, title), title)
    return [(v.kind, v.text) for v in verdicts]


def test_heading_elements_are_subheadings_and_the_headline_again_is_boilerplate() -> None:
    found = kinds(f"<p>{PROSE}</p><h2>会谈之后</h2><p>{PROSE}</p><h3>外长通电话</h3>")
    assert found == [("paragraph", PROSE), ("subheading", "会谈之后"), ("paragraph", PROSE),
                     ("boilerplate", "外长通电话")]


def test_a_short_bold_line_is_a_subheading_but_a_bold_sentence_or_long_line_is_not() -> None:
    found = kinds(f"<p>{PROSE}</p><p><strong>经贸议题</strong></p><p>{PROSE}</p>"
                  f"<p><b>这是一句强调的话。</b></p><p><b>{PROSE * 2}</b></p>"
                  f"<p>{PROSE}<b>甲</b></p>")
    assert [k for k, _ in found] == ["paragraph", "subheading", "paragraph", "paragraph",
                                     "paragraph", "paragraph"]


def test_a_lead_in_label_in_bold_is_not_a_heading() -> None:
    found = kinds(f"<p><strong>编者按：</strong>以下内容转载自网络。</p><p>{PROSE}</p>")
    assert [k for k, _ in found] == ["paragraph", "paragraph"]


def test_a_heading_that_ends_a_sentence_is_the_dek_over_the_story_and_text_below_it() -> None:
    dek = "两国同意加强合作。"
    assert kinds(f"<h2>{dek}</h2><p>{PROSE}</p><h2>{dek}</h2>") == [
        ("standfirst", dek), ("paragraph", PROSE), ("paragraph", dek)]


def test_a_paragraph_repeating_a_heading_is_the_dek_printed_twice() -> None:
    found = kinds(f"<p>外交新动向</p><h3>外交新动向</h3><p>{PROSE}</p>")
    assert [k for k, _ in found] == ["boilerplate", "subheading", "paragraph"]


def test_a_post_made_only_of_headings_keeps_them_as_text() -> None:
    assert [k for k, _ in kinds("<h2>第一条消息</h2><h2>第二条消息</h2>")] == ["paragraph"] * 2


def test_blocks_record_whether_all_their_text_is_bold() -> None:
    blocks, _ = read_html("<p><b>全部</b><strong>加粗</strong></p><p><b>部分</b>加粗</p>"
                          "<p>没有</p>")
    assert [b.bold for b in blocks] == [True, False, False]
    assert Block("paragraph", "x", 1).bold is False


def test_markdown_bold_left_in_the_html_is_a_subheading_without_its_stars() -> None:
    found = kinds(f"<p>{PROSE}</p><p>**经济与外交**</p><p>{PROSE}</p>")
    assert found[1] == ("subheading", "经济与外交")


def test_a_bold_interview_question_is_text() -> None:
    found = kinds(f"<p>{PROSE}</p><p><b>记者：您如何看待这次会谈？</b></p><p>{PROSE}</p>")
    assert [k for k, _ in found] == ["paragraph"] * 3


def test_a_heading_whose_only_link_is_a_tag_page_stays_a_heading() -> None:
    tag = "https://news.example.com/gb/tag/%E5%AD%A6%E6%A0%A1.html"
    found = kinds(f'<p>{PROSE}</p><h2>三、<a href="{tag}">学校</a>在各地</h2><p>{PROSE}</p>'
                  f'<h3><a href="https://news.example.com/gb/21/1/5/n1.htm">另一篇报道</a></h3>')
    assert found == [("paragraph", PROSE), ("subheading", "三、学校在各地"), ("paragraph", PROSE),
                     ("related", "另一篇报道")]
