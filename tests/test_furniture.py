"""The shared mechanisms the Zaobao template parser is built from: the furniture rule engine,
the element rule tables, datelines, outlets and front matter, each on its own."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from readoutparse.model import Dateline
from readoutparse.parsers import front_matter, furniture, markup_rules, outlets
from readoutparse.parsers.datelines import read_dateline
from readoutparse.parsers.html_body import Block, read_html


def kinds(*texts: str | Block, outlet: str | None = None) -> list[str]:
    blocks = [t if isinstance(t, Block) else Block("paragraph", t, 1, "p") for t in texts]
    return [v.kind for v in furniture.classify(blocks, outlet)]


PROSE = "外交部长今天在记者会上说，双方同意继续保持沟通。"


@pytest.mark.parametrize("stamp", [
    "08/01/2021 - 15:32", "Wed, 05 Aug 2020 14:35:33 GMT", "2021-01-08T01:08:59Z",
    "2021-01-07T14:22:52.614Z", "2020-08-26 11:26:44", "Oct 3rd 2020", "1小时前", "2020年8月5日",
])
def test_time_stamps_on_their_own_are_boilerplate(stamp: str) -> None:
    assert kinds(stamp, PROSE) == ["boilerplate", "paragraph"]


def test_a_sentence_holding_a_time_is_text() -> None:
    assert kinds("2021-01-08T01:08:59Z 之后，外交部长说双方同意继续沟通。") == ["paragraph"]


def test_byline_over_a_time_stamp_gives_names() -> None:
    verdict = furniture.classify([Block("paragraph", "苗子(综合报道)\n2021-01-20T15:35:41.905Z", 1)])[0]
    assert verdict.kind == "byline" and verdict.facts["names"] == "苗子(综合报道)"


def test_related_heading_takes_the_linked_headlines_after_it_then_ends() -> None:
    linked = Block("paragraph", "两国外长通电话", 2, "li", "https://example.com/1")
    assert kinds("相关内容", linked, linked, PROSE) == ["boilerplate", "related", "related",
                                                       "paragraph"]
    assert kinds("延伸閱讀", PROSE) == ["boilerplate", "paragraph"]  # unlinked text is not a headline


def test_feed_footer_and_the_addresses_under_it() -> None:
    assert kinds("获取更多RSS：\nhttps://feedx.net\nhttps://feedx.xyz") == ["boilerplate"]
    assert kinds("获取更多RSS：", "https://feedx.net", PROSE) == ["boilerplate"] * 2 + ["paragraph"]


def test_gallery_heading_makes_the_pictures_after_it_captions_until_prose_in_p() -> None:
    item = Block("paragraph", "维生素A：在动物产品中。", 2, "div")
    assert kinds("相关图集：免疫力", item, item) == ["boilerplate", "caption", "caption"]


@pytest.mark.parametrize(("text", "kind"), [
    ("© 2020年某台版权声明：本文所有内容受到著作权法保护", "boilerplate"),
    ("The post 标题 first appeared on 某网站.", "boilerplate"),
    ("使用浏览器播视频/view video in browser", "boilerplate"),
    ("资料照：两国外长在会谈前握手。", "caption"),
    ("责任编辑：杨明", "credit"),
    ("责任编辑：杨明 #", "credit"),
    ("责任编辑：/杨明#", "credit"),
    ("责任编辑：杨明#◇", "credit"),
    ("责任编辑：杨明）＃", "credit"),
    ("寒冬記者 張峰", "byline"),
    ("发布时间：2021年1月06日", "boilerplate"),
    ("This article appeared in the Asia section of the print edition under the headline \"X\"",
     "boilerplate"),
    ("==========================================", "boilerplate"),
    ("▲会谈现场", "caption"),
    ("发稿 王明；审校 李华", "credit"),
    ("张慈(综合报导)", "byline"),
    ("視頻：教堂被拆中", "caption"),
    ("视频【外长谈会谈成果】", "caption"),
    ("视频显示，现场有一辆轿车。", "paragraph"),
    ("白洛宾（Robin Brant）\nBBC记者 发自上海", "byline"),
    ("发布时间：2014年12月30日 来源：某报", "boilerplate"),
    ("文｜唐步、紫电、文婷", "byline"),
    ("by Leo Mirani: senior Britain correspondent, The Economist", "byline"),
    ("By Tuesday, the markets had fallen.", "paragraph"),
    ("《时事纵横》制作组", "boilerplate"),
    ("（注：作者是某大学学者。本文仅代表作者个人观点。责编邮箱bo.liu@example.com）", "boilerplate"),
])
def test_generic_shapes(text: str, kind: str) -> None:
    assert kinds(text) == [kind]


def test_closing_credit_is_cut_off_with_its_facts() -> None:
    verdict = furniture.classify([Block("paragraph", PROSE + "（編輯：王小明）1100108", 1)])[0]
    assert (verdict.kind, verdict.text) == ("paragraph", PROSE)
    assert verdict.facts == {"role": "編輯", "names": "王小明", "code": "1100108"}


def test_outlet_rows_run_for_their_outlet_only() -> None:
    teaser = PROSE + "...more"
    rti = furniture.classify([Block("paragraph", teaser, 1)], "RTI 中央廣播電臺")[0]
    assert (rti.kind, rti.text, rti.taken) == ("paragraph", PROSE, "...more")
    assert furniture.classify([Block("paragraph", teaser, 1)], "联合早报")[0].text == teaser
    assert kinds("记者乔龙 责编 胡力汉", outlet="自由亚洲电台") == ["credit"]


def test_linked_list_items_are_related_beside_prose_and_a_digest_alone() -> None:
    item = Block("paragraph", "新闻标题", 1, "li", "https://example.com/a")
    assert kinds(item, PROSE) == ["related", "paragraph"]
    assert kinds(item, item) == ["paragraph", "paragraph"]


def test_every_rule_names_its_reason_and_a_known_kind() -> None:
    known = {"paragraph", "boilerplate", "caption", "related", "byline", "credit"}
    tables = [furniture.GENERIC, *furniture.OUTLETS.values()]
    for table in tables:
        for rules in table.values():
            for rule in rules:
                assert rule.why and rule.kind in known, rule
                assert rule.then is None or rule.then in furniture.GENERIC, rule
    for tag_rule in markup_rules.GENERIC + markup_rules.SITE:
        assert tag_rule.why and tag_rule.role in markup_rules.ROLES, tag_rule
        assert tag_rule.tags or tag_rule.ids or tag_rule.classes or tag_rule.prefixes, tag_rule


# -- element rules --------------------------------------------------------------------------

def test_element_rules_give_captions_related_links_and_widgets() -> None:
    fragment = (
        '<div><div class="picinfo">总统与外长会面。（中央社檔案照片）</div>\n'
        f"<p>{PROSE}</p>\n"
        '<img src="a.jpg"><div><small>资料照：外长</small></div>\n'
        "<div class='SubscriptionInner'><div>订阅电子报</div></div>\n"
        "<div class='moreArticle'><div class='moreArticle-title'>延伸閱讀</div>\n"
        "<a class='moreArticle-link' href='https://example.com/1'><span>标题一</span></a>\n"
        "<a class='moreArticle-link' href='https://example.com/2'><span>标题二</span></a></div>"
        '<time datetime="2021-01-20">1 小时前</time></div>'
    )
    blocks, _ = read_html(fragment)
    got = [(b.kind, b.text, b.url) for b in blocks]
    assert got == [
        ("caption", "总统与外长会面。（中央社檔案照片）", None), ("paragraph", PROSE, None),
        ("boilerplate", "<img> a.jpg", None), ("caption", "资料照：外长", None),
        ("boilerplate", "订阅电子报", None), ("boilerplate", "延伸閱讀", None),
        ("related", "标题一", "https://example.com/1"), ("related", "标题二", "https://example.com/2"),
        ("boilerplate", "1 小时前", None),
    ]


def test_a_related_headline_set_between_paragraphs_is_related_not_body() -> None:
    # 中央社 sets a headline of another story between two paragraphs of the body.
    fragment = (f"<div><p>{PROSE}</p><div class='media'><div class='insertGroup'><div>"
                "<a class='insert' href='https://example.com/3'><i class='icon-dot'></i>"
                "<span>外长会晤大使</span></a></div></div></div><p>第二段。</p></div>")
    blocks, _ = read_html(fragment)
    assert [(b.kind, b.text, b.url) for b in blocks] == [
        ("paragraph", PROSE, None), ("related", "外长会晤大使", "https://example.com/3"),
        ("paragraph", "第二段。", None)]
    # A plain link inside a paragraph stays body text.
    blocks, _ = read_html(f"<div><p>{PROSE}<a href='https://example.com/4'>链接</a></p></div>")
    assert [b.kind for b in blocks] == ["paragraph"]


def test_small_print_is_a_caption_only_right_after_a_picture() -> None:
    blocks, _ = read_html(f"<div><p>{PROSE}</p><div><small>小字</small></div></div>")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


# -- datelines ------------------------------------------------------------------------------

@pytest.mark.parametrize(("lead", "dateline"), [
    ("（中央社記者吳家豪台北13日電）生技廠", Dateline(None, dt.date(2020, 10, 13), "中央社")),
    ("【大纪元2021年01月04日讯】陆媒报导", Dateline(None, dt.date(2021, 1, 4), "大纪元")),
    ("路透东京11月30日 - 日本", Dateline("东京", dt.date(2020, 11, 30), "路透")),
    ("路透1月19日 - 金价", Dateline(None, dt.date(2021, 1, 19), "路透")),
    ("(德国之声中文网)1月6日", Dateline(None, None, "德国之声中文网")),
])
def test_datelines(lead: str, dateline: Dateline) -> None:
    anchor = dt.date(2020, 10, 14) if "中央社" in lead else dt.date(2020, 12, 1)
    if "1月19日" in lead:
        anchor = dt.date(2021, 1, 20)
    found, rest = read_dateline(lead, anchor)
    assert found == dateline and rest and not rest.startswith(("）", "】", "-", ")"))


def test_impossible_dated_marker_gives_no_date() -> None:
    found, _ = read_dateline("【大纪元2021年02月30日讯】正文", None)
    assert found is not None and found.date is None


# -- outlets and front matter ---------------------------------------------------------------

def test_most_specific_host_wins_whatever_the_table_order() -> None:
    assert outlets.outlet_of_url("https://cn.nytimes.com/world/1/") == "纽约时报中文网"
    assert outlets.outlet_of_url("https://www.nytimes.com/1") == "纽约时报"
    assert outlets.outlet_of_url("http://[::1") is None


def test_front_matter_ledger_and_values() -> None:
    lines = ['---', 'title: "一行', '二行"', 'tags:', '- 甲', '- 乙', '# 注释', 'junk', 'x: >-',
             '折叠', '文字', 'date: 2020-01-01T00:00:00Z', '---']
    found = front_matter.read(lines, 0)
    assert found.values["title"] == "一行 二行" and found.values["tags"] == ["甲", "乙"]
    assert found.values["x"] == "折叠 文字" and found.values["date"] == "2020-01-01T00:00:00Z"
    assert found.chunks["title"].lines == (2, 3) and found.chunks["tags"].lines == (4, 5, 6)
    assert found.comments == (7,) and found.stray == (8,) and found.end == 13


def test_front_matter_never_closed() -> None:
    with pytest.raises(front_matter.Unclosed):
        front_matter.read(["---", "title: x"], 0)


def test_timestamp_pattern_is_anchored_by_fullmatch_only() -> None:
    assert re.fullmatch(furniture.TIMESTAMP, "2021-01-08T01:08:59Z")
    assert not re.fullmatch(furniture.TIMESTAMP, "2021-01-08T01:08:59Z 正文")


def test_a_byline_after_a_dated_marker_gives_reporters() -> None:
    reporters: list[str] = []
    found, rest = read_dateline("【大纪元2020年11月06日讯】（大纪元记者李明、王华综合报导）正文", None,
                                reporters=reporters)
    assert found == Dateline(None, dt.date(2020, 11, 6), "大纪元") and rest == "正文"
    assert reporters == ["李明", "王华"]


def test_a_parenthesised_note_is_furniture_only_when_it_links_to_a_sign_up_page() -> None:
    note = "（欢迎点击此处订阅简报，我们将每天发送最新内容。）"
    promo = Block("paragraph", note, 1, "p", None, ("https://sso.example.com/email/?source=top",))
    aside = Block("paragraph", note, 1, "p", None, ("https://example.com/2021/01/story.html",))
    assert kinds(promo, PROSE) == ["boilerplate", "paragraph"]
    assert kinds(aside, PROSE) == ["paragraph", "paragraph"]


def test_paragraphs_all_one_link_are_related_beside_prose() -> None:
    one = Block("paragraph", "两国外长通电话", 2, "p", "https://example.com/1")
    two = Block("paragraph", "两国外长会面", 3, "p", "https://example.com/2")
    assert kinds(PROSE, one, two, PROSE) == ["paragraph", "related", "related", "paragraph"]
    assert kinds(one, two) == ["paragraph", "paragraph"]  # no prose: a digest
    labelled = Block("paragraph", "延伸阅读：两国外长会面", 3, "p", "https://example.com/2")
    assert furniture.classify([Block("paragraph", PROSE, 1, "p"), labelled])[1].text == "两国外长会面"
    assert kinds(PROSE, Block("paragraph", PROSE, 2, "p", None, ("https://example.com/1",))
                 ) == ["paragraph", "paragraph"]  # a link inside a sentence


def test_short_latin_words_after_the_last_chinese_paragraph_or_linked_are_buttons() -> None:
    def marked(*texts: str | Block) -> list[str]:
        blocks = [t if isinstance(t, Block) else Block("paragraph", t, 1, "p") for t in texts]
        return [v.kind for v in furniture.buttons(furniture.classify(blocks))]

    view = Block("paragraph", "View", 1, "div", "https://example.com/1")
    assert marked("View", PROSE, view, PROSE, "No More.", "MORE") == [
        "paragraph", "paragraph", "boilerplate", "paragraph", "boilerplate", "boilerplate"]
    assert marked("The end", "No More.") == ["paragraph", "paragraph"]  # no Chinese story
    heading = Block("paragraph", "No More.", 1, "h3")
    assert marked(PROSE, heading, "MORE", PROSE) == ["paragraph", "boilerplate", "boilerplate",
                                                     "paragraph"]


def test_a_credit_printed_first_is_cut_where_the_last_name_must_end() -> None:
    lead = "除了原有的课程，多所高校今年秋季还将开设一门新的必修课。" + PROSE * 3
    found = furniture.classify([Block("paragraph", "某台记者林海报道 责编：王明 网编：李华" + lead, 1)])[0]
    assert (found.kind, found.text, found.facts["editor"]) == ("paragraph", lead, "王明")
    # No known lead opener after the name: where the name ends cannot be told, nothing is cut.
    vague = "某台记者林海报道 责编：王明 网编：李华原有课程之外" + PROSE * 3
    assert furniture.classify([Block("paragraph", vague, 1)])[0].text == vague


def test_a_class_prefix_names_css_module_classes() -> None:
    blocks, _ = read_html('<p>外长会谈在北京举行。</p><div class="BarrierFailsafe__fullBarrier___2bFWd">'
                          '<h1>You’ve hit the wall.</h1></div>')
    assert [b.kind for b in blocks] == ["paragraph", "boilerplate"]


def test_a_card_inside_a_sentence_is_set_apart_and_the_sentence_runs_on() -> None:
    blocks, _ = read_html("<div class='dictionary'><span>团长由</span><span>王明</span>"
                          "<div class='dictionary-box'><p>王明小档案</p><ul><li>生日：某年</li></ul>"
                          "<div>关闭</div></div><span>担任。</span></div>")
    assert [(b.kind, b.text) for b in blocks] == [("card", "王明小档案 生日：某年 关闭"),
                                                  ("paragraph", "团长由王明担任。")]


def test_closing_lines_cut_off_a_paragraph() -> None:
    for tail, kind in (("\n点击查看本文英文版。", "boilerplate"), ("\n某台记者 柳飞", "byline")):
        verdict = furniture.classify([Block("paragraph", PROSE + tail, 1)])[0]
        assert (verdict.kind, verdict.text, verdict.rule) == ("paragraph", PROSE, kind)


def test_front_matter_dates() -> None:
    assert front_matter.read_date("2020-09-22") == (dt.date(2020, 9, 22), None)
    value, problem = front_matter.read_date("2020-09-22 10:00:00 +08:00")
    assert value is not None and value.utcoffset() == dt.timedelta(hours=8) and problem is None
    value, problem = front_matter.read_date("2020-09-22T10:00:00")
    assert value is not None and value.utcoffset() == dt.timedelta(0) and "no UTC offset" in (problem or "")
    assert front_matter.read_date("soon") == (None, "unreadable date 'soon'")
    assert front_matter.read_date(" ") == (None, "front matter has no date")


def test_an_editor_line_closing_a_paragraph_is_cut_off() -> None:
    verdict = furniture.classify([Block("paragraph", PROSE + "\n责任编辑：杨明", 1)])[0]
    assert (verdict.kind, verdict.text, verdict.facts.get("editor")) == ("paragraph", PROSE, "杨明")


def test_a_linked_read_more_pointer_is_furniture_with_its_stop_in_or_out_of_the_link() -> None:
    story = "州政府宣布学校停课再延长两周，以便卫生部门完成检测工作。"
    blocks, _ = read_html(f'<p>{story}</p><p><a href="https://example.com/1">详情请阅全文</a>。</p>'
                          f'<p><a href="https://example.com/2">详情请阅原文。</a></p>'
                          f'<p><a href="https://example.com/3">阅读全文的评论</a></p>'
                          f'<p>详情请阅全文。</p>')
    kinds = [(v.kind, v.rule) for v in furniture.classify(blocks)]
    # a headline that merely holds the words stays a headline; unlinked, the words stay text
    assert kinds == [("paragraph", ""), ("boilerplate", "boilerplate"),
                     ("boilerplate", "boilerplate"), ("related", ""), ("paragraph", "")]
