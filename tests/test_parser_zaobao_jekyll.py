"""The Zaobao Jekyll parser: front matter, outlets and bylines, HTML furniture, datelines, scoring."""

from __future__ import annotations

import datetime as dt
import gc
import sys
import time
from pathlib import Path

import pytest

import readoutparse
from readoutparse import Dateline, MalformedDocumentError
from readoutparse.parsers.zaobao_jekyll import ZaobaoJekyllParser
from readoutparse.text import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = Path("/work/shared/seeds")
UTC = dt.timezone.utc
LEAD = "中国国家主席习近平昨天（25日）与俄罗斯总统普京通电话，就阿富汗局势交换意见。"
BODY = "双方商定将推动两国双边接触与密切协调，尤其是要加强外交部门之间的接触与协调。"


def post(body: str = f"<div>\n<p>{LEAD}</p><p>{BODY}</p>\n</div>", **fields: str) -> str:
    meta = {
        "layout": "post",
        "title": '"中俄首脑通话 双方愿就阿富汗问题加强协调沟通"',
        "date": "2021-08-26T02:42:56.371Z",
        "author": "联合早报",
        "from": "https://www.zaobao.com/realtime/china/story20210826-1186506",
        "tags": "[ 联合早报 ]",
        "categories": "[ 联合早报 ]",
    }
    meta.update(fields)
    head = "\n".join(f"{key}: {value}" for key, value in meta.items() if value is not None)
    return (f"---\n{head}\n---\n<!--1629968640000-->\n"
            f"[中俄首脑通话](https://www.zaobao.com/realtime/china/story20210826-1186506)\n"
            f"------\n\n{body}\n")


def parse(text: str) -> readoutparse.Article:
    return readoutparse.parse(text, parser="zaobao_jekyll", readout=False)


def score(text: str) -> float:
    return ZaobaoJekyllParser().score(Document(text))


# -- front matter ---------------------------------------------------------------------------


def test_basic_record() -> None:
    article = parse(post())
    assert article.title == "中俄首脑通话 双方愿就阿富汗问题加强协调沟通"
    assert article.published == dt.datetime(2021, 8, 26, 2, 42, 56, 371000, tzinfo=UTC)
    assert article.url == "https://www.zaobao.com/realtime/china/story20210826-1186506"
    assert article.paragraphs == (LEAD, BODY)
    assert article.extra == {"epoch_ms": 1629968640000}
    assert article.language == "zh-Hans"
    assert not article.warnings and not article.boilerplate


def test_escaped_quotes_single_quotes_and_comments() -> None:
    article = parse(post(title=r'"王毅：美方要\"相向而行\" \\ 不设前提"', comments="True"))
    assert article.title == '王毅：美方要"相向而行" \\ 不设前提'
    assert article.extra["comments"] is True
    assert parse(post(title="'拜登称''竞争''不应变成冲突'")).title == "拜登称'竞争'不应变成冲突"


def test_unknown_keys_and_non_post_layout_go_to_extra() -> None:
    article = parse(post(layout="page", image="/img/a.jpg", draft="false"))
    assert article.extra["layout"] == "page"
    assert article.extra["image"] == "/img/a.jpg"
    assert article.extra["draft"] is False
    assert "layout" not in parse(post()).extra


def test_flow_and_block_lists() -> None:
    article = parse(post(tags='[ 中俄, "阿富汗, 局势", \'普京\' ]', categories="[ news, 联合早报 ]"))
    assert article.tags == ("中俄", "阿富汗, 局势", "普京")
    assert article.categories == ("news", "联合早报")
    block = parse(post(tags="\n- 中俄\n- 阿富汗"))
    assert block.tags == ("中俄", "阿富汗")


def test_date_keeps_its_offset_and_date_only_gives_a_date() -> None:
    assert parse(post(date="2023-07-13 20:10:00 +0800")).published == dt.datetime(
        2023, 7, 13, 20, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert parse(post(date="2023-07-13")).published == dt.date(2023, 7, 13)


@pytest.mark.parametrize("bad", ["2021-13-45T99:00:00Z", "2021-08-2", "yesterday"])
def test_malformed_date_is_none_with_a_warning_naming_the_line(bad: str) -> None:
    article = parse(post(date=bad))
    assert article.published is None
    assert any(w.startswith("line 4:") and "date" in w for w in article.warnings)


def test_naive_date_is_read_as_utc_with_a_warning() -> None:
    article = parse(post(date="2021-08-26T02:42:56"))
    assert article.published == dt.datetime(2021, 8, 26, 2, 42, 56, tzinfo=UTC)
    assert any("no UTC offset" in w for w in article.warnings)


def test_epoch_differing_from_date_is_stored_without_warning() -> None:
    text = post(date="2023-07-13T12:10:00.000Z").replace("1629968640000", "1689252067000")
    article = parse(text)
    assert article.extra["epoch_ms"] == 1689252067000
    assert article.published == dt.datetime(2023, 7, 13, 12, 10, tzinfo=UTC)
    assert not article.warnings


def test_url_falls_back_to_the_link_line() -> None:
    article = parse(post(**{"from": None}))
    assert article.url == "https://www.zaobao.com/realtime/china/story20210826-1186506"
    assert article.lines[10] == "title" and article.lines[11] == "title"


def test_truncated_front_matter_names_the_opening_line() -> None:
    text = "\n---\nlayout: post\ntitle: \"中俄首脑通话\"\ndate: 2021-08-26T02:42:56Z\n"
    with pytest.raises(MalformedDocumentError) as error:
        parse(text)
    assert error.value.line == 2 and "never closed" in str(error.value)


def test_missing_title_is_malformed() -> None:
    text = post(title=None).replace("[中俄首脑通话](https://www.zaobao.com/realtime/china/"
                                    "story20210826-1186506)\n", "")
    with pytest.raises(MalformedDocumentError) as error:
        parse(text)
    assert error.value.line == 1 and "title" in str(error.value)


def test_missing_title_taken_from_link_line_with_warning() -> None:
    article = parse(post(title=None))
    assert article.title == "中俄首脑通话"
    assert any("no title" in w for w in article.warnings)


def test_stray_front_matter_line_is_kept_and_flagged() -> None:
    article = parse(post(author="联合早报\nthis is not yaml"))
    assert "this is not yaml" in article.boilerplate
    assert any("not 'key: value'" in w for w in article.warnings)


def test_quoted_title_continued_on_the_next_line() -> None:
    article = parse(post(title='"中俄首脑通话 \\"热线\\" 双方\n愿加强协调"'))
    assert article.title == '中俄首脑通话 "热线" 双方 愿加强协调'
    assert article.lines[3] == "title" and article.lines[4] == "title"


@pytest.mark.parametrize("style", [">-", "|", ">"])
def test_block_scalar_titles_are_folded(style: str) -> None:
    article = parse(post(title=f"{style}\n  中俄首脑通话\n  双方愿加强协调"))
    assert article.title == "中俄首脑通话 双方愿加强协调"
    assert not article.title.startswith((">", "|"))


def test_yaml_values_keep_dates_as_text_and_read_booleans() -> None:
    article = parse(post(comments="True", date="2021-08-26T02:42:56.371Z"))
    assert article.published == dt.datetime(2021, 8, 26, 2, 42, 56, 371000, tzinfo=UTC)
    assert article.extra["comments"] is True


def test_a_value_yaml_refuses_is_read_leniently() -> None:
    article = parse(post(title='"标题 \\q 里有 YAML 不认的转义"'))
    assert article.title.startswith("标题") and "转义" in article.title


def test_block_list_of_many_items_reads_every_item_once() -> None:
    items = "\n".join(f"- t{i}" for i in range(5000))
    article = parse(post(tags=f"\n{items}"))
    assert article.tags[:2] == ("t0", "t1") and len(article.tags) == 5000
    lines = post(tags=f"\n{items}").split("\n")
    first, last = lines.index("- t0") + 1, lines.index("- t4999") + 1
    assert article.lines[first] == "tags" and article.lines[last] == "tags"


def _block_list_run(count: int) -> float:
    text = post(tags="\n" + "\n".join("- a" for _ in range(count)))
    # The collector's passes grow with the objects alive, not with the parser's loops.
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        assert len(parse(text).tags) == count
        return time.perf_counter() - started
    finally:
        gc.enable()


def test_block_list_grows_linearly() -> None:
    """tags: then 80,000 '- a' lines was copied per item."""
    small = min(_block_list_run(20_000) for _ in range(3))  # best of three: a busy machine
    large = min(_block_list_run(80_000) for _ in range(3))  # must not decide
    assert large < 8 * small + 0.3, f"20,000 items {small:.2f} s; 80,000 {large:.2f} s"


@pytest.mark.parametrize("author", ["unknown", "Unknown"])
def test_unknown_author_is_no_author(author: str) -> None:
    article = parse(post(author=author, categories="[ 中国数字时代 ]", tags="[ ]"))
    assert article.authors == () and article.source == "中国数字时代"


def test_url_is_kept_as_the_document_gives_it() -> None:
    url = "https://www.rfi.fr/cn/中国/20210108-标题 – 法国国际广播电台"
    assert parse(post(**{"from": url})).url == url


@pytest.mark.parametrize(("name", "body"), [
    ("404.md", "---\nlayout: default\ntitle: 页面不存在\npermalink: /404.html\n---\n\n抱歉。\n"),
    ("about.md", "---\nlayout: page\ntitle: 关于\n---\n\n这是一个新闻存档。\n"),
    ("index.md", "---\nlayout: home\n---\n"),
])
def test_jekyll_site_pages_are_refused(name: str, body: str) -> None:
    with pytest.raises(MalformedDocumentError) as error:
        readoutparse.parse(body, name=name, parser="zaobao_jekyll", readout=False)
    assert "site page" in str(error.value) and name in str(error.value)


def test_cut_off_post_gets_a_truncation_warning() -> None:
    article = parse(post(f"<div>\n<p>{LEAD}</p>\n<p>{BODY[:12]}"))
    assert any("truncated" in w for w in article.warnings)
    assert not any("truncated" in w for w in parse(post()).warnings)


# -- outlet and authors ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("author", "categories", "source", "authors"),
    [
        ("联合早报", "[ 联合早报 ]", "联合早报", ()),
        ("法广", "[ news, 法广 ]", "法广", ()),
        ("某某电视台", "[ news, 某某电视台 ]", "某某电视台", ()),  # unknown outlet named in categories
        ("美国之音", "[ news ]", "美国之音", ()),  # a known outlet though categories are generic
        ("李逸华", "[ news, 美国之音 ]", "美国之音", ("李逸华",)),
        ("王小明、陈大文", "[ 德国之声 ]", "德国之声", ("王小明", "陈大文")),
    ],
)
def test_source_and_authors(author: str, categories: str, source: str,
                            authors: tuple[str, ...]) -> None:
    article = parse(post(author=author, categories=categories, tags="[ ]"))
    assert (article.source, article.authors) == (source, authors)


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("https://www.reuters.com/world/china/x", "路透"),
        ("https://www.cna.com.tw/news/aopl/1.aspx", "中央社"),
        ("https://www.rti.org.tw/news/view/id/1", "中央廣播電臺"),
        ("https://www.voachinese.com/a/x.html", "美国之音"),
        ("https://www.bbc.co.uk/zhongwen/simp/world-1", "BBC"),
        ("https://cn.nytimes.com/china/20210101/x/", "纽约时报中文网"),
        ("https://www.nytimes.com/2021/01/01/world/x.html", "纽约时报"),
        ("https://example.org/x", None),
    ],
)
def test_person_author_and_generic_categories_take_the_outlet_from_the_host(
        url: str, source: str | None) -> None:
    article = parse(post(author="陈思远", categories="[ news ]", tags="[ 国际 ]", **{"from": url}))
    assert article.authors == ("陈思远",)
    assert article.source == source


def test_traditional_post_is_zh_hant() -> None:
    body = "<p>（中央社台北25日電）外交部長與美國國務卿今天通電話，雙方就區域安全問題交換意見。</p>"
    article = parse(post(body, title='"外交部長與美國國務卿通電話"', author="中央社"))
    assert article.language == "zh-Hant"


# -- HTML body ------------------------------------------------------------------------------


def test_ad_slots_and_subscription_promos_never_reach_the_body() -> None:
    body = (
        f'<div><p>{LEAD}</p><section id="imu"><div id="dfp-ad-imu1"> </div></section>'
        '<div class="dfp-tag-wrapper"><div class="dfp-tag">广告</div></div>'
        '<div id="innity-in-post"></div><div id="dfp-ad-midarticlespecial">赞助</div>'
        f'<p>{BODY}</p> <a href="https://subscribe.sph.com.sg/promo?utm=1"><img src="x.jpg"></a>'
        '<a href="https://subscribe.sph.com.sg/promo">订阅联合早报</a></div>'
    )
    article = parse(post(body))
    assert article.paragraphs == (LEAD, BODY)
    # Textless furniture is kept too, named by what it is and where it points.
    assert article.boilerplate == (
        "<section#imu>", "广告", "<div#innity-in-post>", "赞助",
        "<a> https://subscribe.sph.com.sg/promo?utm=1", "订阅联合早报",
    )


def test_figure_captions_go_to_extra_and_embeds_to_boilerplate() -> None:
    body = (
        '<div><div class="figure-media"><img src="a.jpg"><div class="caption">王毅与布林肯会面。（路透社）'
        f'</div></div><p>{LEAD}</p><figure><img src="b.jpg" alt="不要这个"><figcaption>说明 &amp; 来源'
        '</figcaption></figure><div class="media_embed"><iframe src="https://youtube.com/embed/x">'
        '视频</iframe></div><blockquote class="twitter-tweet"><p>推文内容<br>第二行</p>&mdash; 某人'
        f'</blockquote><script>var x = "脚本";</script><style>p{{}}</style><p>{BODY}</p></div>'
    )
    article = parse(post(body))
    assert article.paragraphs == (LEAD, BODY)
    assert article.extra["captions"] == ["王毅与布林肯会面。（路透社）", "说明 & 来源"]
    assert article.boilerplate == ("视频", "推文内容 第二行 — 某人")


def test_empty_paragraphs_br_and_entities() -> None:
    body = (f"<div><p> </p><p>&nbsp;</p><p>{LEAD}<br>第二行&amp;更多&ldquo;引号&rdquo;</p>"
            "<p><br></p><p>一、政治<br/>二、经济<br><br>三、人文</p></div>")
    article = parse(post(body))
    assert article.paragraphs == (f"{LEAD}\n第二行&更多“引号”", "一、政治\n二、经济\n三、人文")
    assert not article.boilerplate and not article.warnings


def test_loose_text_splits_at_double_br_and_blank_lines() -> None:
    body = ("<div>\n华盛顿 — 第一段。<br><br>\n第二段，<br>\n同一段的第二行。\n\n第三段。\n"
            f"<p>{BODY}</p>\n第四段。\n</div>")
    article = parse(post(body, author="美国之音", categories="[ 美国之音 ]"))
    assert article.paragraphs == ("第一段。", "第二段，\n同一段的第二行。", "第三段。", BODY, "第四段。")
    assert article.dateline == Dateline(place="华盛顿")


def test_plain_markdown_body() -> None:
    body = f"{LEAD}\n\n![图片说明](https://x/a.jpg)\n\n{BODY}\n"
    article = parse(post(body))
    assert article.paragraphs == (LEAD, BODY)
    assert article.boilerplate == ("![图片说明](https://x/a.jpg)",)


def test_misnested_html_keeps_all_text() -> None:
    body = f"<div><p>{LEAD}<b>加粗<i>斜体</b>尾巴</i><p>{BODY}</div></span></p>"
    article = parse(post(body))
    assert article.paragraphs[0].startswith(LEAD) and "加粗斜体尾巴" in article.paragraphs[0]
    assert article.paragraphs[-1] == BODY


def test_deep_nesting_falls_back_to_stripped_tags_with_a_warning() -> None:
    depth = 100_000
    body = f"<p>{LEAD}</p>" + "<div>" * depth + "<p>深处的段落</p>" + "</div>" * depth + f"<p>{BODY}</p>"
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)  # any Python recursion over the tree would fail here
    try:
        started = time.perf_counter()
        article = parse(post(body))
        elapsed = time.perf_counter() - started
    finally:
        sys.setrecursionlimit(limit)
    assert article.paragraphs == (LEAD, "深处的段落", BODY)
    assert any("tags stripped" in w for w in article.warnings)
    assert elapsed < 5


def test_external_entities_are_not_resolved() -> None:
    body = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><p>&e;</p>'
    article = parse(post(body))
    assert not any("root:" in p for p in article.paragraphs)


# -- datelines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("（早报讯）", Dateline(agency="早报")),
        ("（北京综合讯）", Dateline(place="北京", agency="综合")),
        ("（法新社华盛顿25日电）", Dateline(place="华盛顿", date=dt.date(2021, 8, 25), agency="法新社")),
        ("（中央社台北26日電）", Dateline(place="台北", date=dt.date(2021, 8, 26), agency="中央社")),
        ("（路透社北京8月24日電）", Dateline(place="北京", date=dt.date(2021, 8, 24), agency="路透社")),
        ("（美联社28日电）", Dateline(date=dt.date(2021, 7, 28), agency="美联社")),  # later day: last month
        ("（中央社記者陳家倫台北25日電）", Dateline(date=dt.date(2021, 8, 25), agency="中央社")),
        ("路透莫斯科8月25日 - ", Dateline(place="莫斯科", date=dt.date(2021, 8, 25), agency="路透")),
    ],
)
def test_datelines(lead: str, dateline: Dateline) -> None:
    article = parse(post(f"<p>{lead}{LEAD}</p><p>{BODY}</p>"))
    assert article.dateline == dateline
    assert article.paragraphs == (LEAD, BODY)


def test_dateline_without_published_uses_reference_date() -> None:
    text = post("<p>（法新社华盛顿25日电）正文。</p>", date="bad")
    article = readoutparse.parse(text, parser="zaobao_jekyll", readout=False,
                                 reference_date=dt.date(2024, 1, 3))
    assert article.dateline == Dateline(place="华盛顿", date=dt.date(2023, 12, 25), agency="法新社")
    assert parse(text).dateline == Dateline(place="华盛顿", date=None, agency="法新社")


def test_dash_inside_a_sentence_is_not_a_dateline() -> None:
    article = parse(post("<p>中美关系——这是最重要的双边关系。</p>"))
    assert article.dateline is None


def test_closing_credit_moves_to_editor_or_authors() -> None:
    article = parse(post(f"<p>{LEAD}</p><p>{BODY}（編輯：王小明）1121116</p>"))
    assert article.editor == "王小明" and article.paragraphs[-1] == BODY
    assert article.extra["date_code"] == "1121116"
    article = parse(post(f"<p>{LEAD}</p><p>{BODY}（编译：陈家伦）</p>"))
    assert article.authors == ("陈家伦",) and article.editor is None


# -- detection ------------------------------------------------------------------------------


def test_scores() -> None:
    assert score(post()) >= 0.95
    assert score(post(**{"from": None}).replace("<!--1629968640000-->\n", "")) >= 0.8
    assert score(post(layout=None)) >= 0.8
    assert score("---\ntitle: x\n---\nhello") < 0.8
    assert score("---\nfoo: bar\n---\n") < 0.5
    assert score("# A markdown document\n\ntitle: not front matter\n") == 0.0
    for seed in ("000", "002", "003", "004"):
        for path in SEEDS.glob(f"{seed}_*.txt"):
            assert score(path.read_text("utf-8")) < 0.5


def test_seed_is_detected_as_zaobao() -> None:
    path = ROOT / "fixtures" / "zaobao_jekyll" / "001_045416525f67c2d2.txt"
    assert readoutparse.detect(path.read_bytes())[0] == ("zaobao_jekyll", 0.95)


@pytest.mark.parametrize("junk", [">", "|", "-", "(", "（", "1", "<", "<p", "[](", "（法新社", "title: "])
def test_long_lines_parse_in_linear_time(junk: str) -> None:
    started = time.perf_counter()
    article = parse(post(junk * 100_000))
    assert time.perf_counter() - started < 3
    assert article.title


def test_stripped_fallback_drops_scripts_in_linear_time() -> None:
    body = "<div>" * 300 + "<SCRIPT>var a;</ScRiPt>" * 30_000 + f"<p>{LEAD}</p><style>p{{}}</style>"
    started = time.perf_counter()
    article = parse(post(body))
    assert time.perf_counter() - started < 3
    assert article.paragraphs == (LEAD,)


@pytest.mark.parametrize("inside", ["  ", "\u3000", "\u00a0"])
def test_url_white_space_survives_byte_for_byte(inside: str) -> None:
    url = f"https://www.rfi.fr/cn/中国/20210108-标题{inside}法国国际广播电台"
    assert parse(post(**{"from": url})).url == url


@pytest.mark.parametrize(("closing", "editor", "authors", "code"), [
    ("（譯者：劉學源/核稿：林治平）1091229", "林治平", ("劉學源",), "1091229"),
    ("（譯者：劉學源核稿：林治平）1091229", "林治平", ("劉學源",), "1091229"),
    ("（編輯：周慧盈/沈朋達）1090907", "周慧盈、沈朋達", (), "1090907"),
    ("（编辑：郝成 校对：颜京宁）", "郝成", (), None),
    ("（編輯：韋樞）10910", "韋樞", (), "10910"),  # a code cut short by the feed
])
def test_closing_credit_shapes(closing: str, editor: str, authors: tuple[str, ...],
                               code: str | None) -> None:
    article = parse(post(f"<p>{LEAD}</p><p>{BODY}{closing}</p>"))
    assert (article.editor, article.authors, article.extra.get("date_code")) == (
        editor, authors, code)
    assert article.paragraphs[-1] == BODY


@pytest.mark.parametrize("line", ["记者：乔龙 责编：许书婷 胡力汉", "（实习记者：林佩谕 责编： 网编：洪伟）",
                                  "自由亚洲电台记者家傲华盛顿报道 责编：申铧 网编：洪伟",
                                  "（编写/责编：横路）"])
def test_credit_lines_leave_the_body_and_are_kept_as_written(line: str) -> None:
    article = parse(post(f"<p>{LEAD}</p><p>{BODY}</p><p>{line}</p>"))
    assert article.paragraphs == (LEAD, BODY)
    assert article.extra["credit"] == line
    assert article.editor is None or article.editor in line.replace(" ", "、")
