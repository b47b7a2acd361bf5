"""Broken and hostile HTML inside archive posts (zaobao_jekyll).

Each body is wrapped in a real post's front matter.  The outcome must be a record (or a
ReadoutParseError), in bounded time and memory, with no network or file access, no
entity expansion, script and style never read as text, and every line accounted for.
"""

from __future__ import annotations

import resource
import socket
import threading
from pathlib import Path

import pytest

from readoutparse import Article

from .robust_support import deadline, ledger_problems, outcome
from .timing import growth

HEAD = """---
layout: post
title: "中俄首脑通话"
date: 2021-08-26T02:42:56.371Z
author: 联合早报
from: https://www.zaobao.com/realtime/china/story20210826-1186506
tags: [ 联合早报 ]
categories: [ 联合早报 ]
---
<!--1629968640000-->
[中俄首脑通话](https://www.zaobao.com/realtime/china/story20210826-1186506)
------

"""

_LOL = "".join(
    f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
)
BILLION_LAUGHS = f'<!DOCTYPE lolz [<!ENTITY lol0 "lol">{_LOL}]>\n<div><p>正文&lol9;</p></div>'

# name -> (body, text that must be in the paragraphs, text that must not be anywhere)
CASES: dict[str, tuple[str, list[str], list[str]]] = {
    "unclosed": ("<div><p>第一段<p>第二段<div><p>第三段", ["第一段", "第二段", "第三段"], []),
    "misnested": ("<div><p><b>甲<i>乙</b>丙</i>丁</p></div><p>戊</p>", ["甲乙丙丁", "戊"], []),
    "stray-closers": ("</p></div></span><div><p>正文</p></b></i></div></html>", ["正文"], []),
    "script-style": (
        "<div><p>正文</p><script>var s='脚本文字';</script><style>p{color:red}/*样式*/</style>"
        "<p>尾</p></div>", ["正文", "尾"], ["脚本文字", "样式", "color"],
    ),
    "script-unclosed": ("<div><p>正文</p><script>var s='脚本文字';\n<p>还是脚本</p>", ["正文"],
                        ["脚本文字"]),
    "svg-script": ("<div><p>正文</p><svg><script>alert('svg脚本')</script></svg></div>", ["正文"],
                   ["svg脚本"]),
    "script-in-attribute": ('<div><p onclick="alert(\'属性脚本\')">正文</p></div>', ["正文"],
                            ["属性脚本"]),
    "comments": ("<div><p>正文<!-- 注释文字 --></p><!-- <p>藏起来</p> --></div>", ["正文"],
                 ["注释文字", "藏起来"]),
    "comment-unclosed": ("<div><p>正文</p><!-- 注释文字 <p>藏</p>", ["正文"], ["注释文字"]),
    "cdata-pi": ("<?xml version='1.0' encoding='ebcdic'?><?php echo 1; ?><div><p>正文"
                 "<![CDATA[ 数据 ]]></p></div>", ["正文"], ["php"]),
    "billion-laughs": (BILLION_LAUGHS, ["正文"], ["lollol"]),
    "external-entities": (
        '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        "<div><p>正文&xxe;</p></div>", ["正文"], ["root:"],
    ),
    "bad-character-references": (
        "<div><p>正文&#0;&#1;&#xD800;&#x110000;&#99999999999;&#x1F600;&bogus;&amp</p></div>",
        ["正文"], [],
    ),
    "lone-brackets": ("<div><p>a < b && c > d <<<>>> </p></div>", ["a < b"], []),
    "unclosed-attribute": ('<div><p class="x>正文</p><p>二</p></div>\n<p>下一行</p>', [], []),
    "huge-attribute": ('<div><p title="' + "a" * 5_000_000 + '">正文</p><p>第二段</p></div>',
                       ["正文", "第二段"], ["aaaa"]),
    "long-tag-name": ("<div><" + "p" * 1_000_000 + ">正文</div>", ["正文"], []),
    "long-comment": ("<div><p>正文</p><!--" + "x" * 3_000_000 + "--><p>后</p></div>",
                     ["正文", "后"], ["xxxx"]),
    "entity-flood": ("<div><p>" + "&amp;" * 500_000 + "</p></div>", ["&&&&"], []),
    "deep-divs": ("<div>" * 100_000 + "<p>深处的正文</p>" + "</div>" * 100_000, ["深处的正文"], []),
    "deep-unclosed": ("<div>" * 100_000 + "<p>深处的正文</p>", ["深处的正文"], []),
    "deep-inline": ("<b>" * 100_000 + "深处的正文", ["深处的正文"], []),
    "deep-tables": ("<table><tr><td>" * 20_000 + "表格正文", ["表格正文"], []),
    "many-paragraphs": ("<p>段" * 100_000, ["段"], []),
    "deep-lines": ("<div>\n" * 50_000 + "<p>深处的正文</p>\n" + "</div>\n" * 50_000,
                   ["深处的正文"], []),
}


@pytest.mark.parametrize("name", CASES)
def test_hostile_body(name: str) -> None:
    body, present, absent = CASES[name]
    text = HEAD + body + "\n"
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with deadline(20, name):
        result = outcome(text)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 300, f"{name}: memory grew by {grown_mb:.0f} MB"
    assert isinstance(result, Article), f"{name}: {result}"
    everything = "\n".join([*result.paragraphs, *result.boilerplate, result.title,
                            *map(str, result.extra.values())])
    body_text = "\n".join(result.paragraphs)
    for wanted in present:
        assert wanted in body_text, f"{name}: {wanted!r} lost"
    for unwanted in absent:
        assert unwanted not in everything, f"{name}: {unwanted!r} read as text"
    assert len(body_text) <= len(body), f"{name}: more text out than in: entity expansion?"
    assert ledger_problems(result, text) == []


def test_no_network_access_for_external_entities() -> None:
    """A SYSTEM entity, a DTD and a stylesheet pointing at a local listener: nothing connects."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    hits: list[object] = []

    def watch() -> None:
        try:
            hits.append(listener.accept())
        except OSError:
            pass

    watcher = threading.Thread(target=watch)
    watcher.start()
    url = f"http://127.0.0.1:{port}/x"
    body = (f'<!DOCTYPE html SYSTEM "{url}.dtd" [<!ENTITY net SYSTEM "{url}">]>\n'
            f'<link rel="stylesheet" href="{url}.css"><div><p>正文&net;</p>'
            f'<img src="{url}.png"><iframe src="{url}.html"></iframe></div>')
    try:
        result = outcome(HEAD + body + "\n")
        watcher.join()
    finally:
        listener.close()
    assert isinstance(result, Article)
    assert not hits, "the parser opened a network connection"


def _attributes_run(count: int) -> None:
    body = "<div><p " + " ".join(f"a{i}=1" for i in range(count)) + ">正文</p></div>"
    result = outcome(HEAD + body + "\n")
    assert isinstance(result, Article) and "正文" in result.text


def test_many_attributes_on_one_element_is_not_quadratic() -> None:
    """libxml2 checks an element's attribute names pairwise: 40,000 attributes (280 KB)
    take seconds (100,000 take 14 s) where a document of that size takes milliseconds.
    Four times the attributes must cost about four times the time, not sixteen."""
    with deadline(60, "40,000 attributes"):
        ratio = growth(_attributes_run, 10_000, bound=8.0, floor=0.006)
    assert ratio < 8, f"4 times the attributes took {ratio:.1f} times the time"


def test_ledger_after_the_tag_stripping_fallback() -> None:
    text = HEAD + "<div>" * 300 + "\n<p>第一段</p>\n<p>第二段</p>\n<p>第三段</p>\n"
    result = outcome(text)
    assert isinstance(result, Article)
    assert any("tags stripped" in w for w in result.warnings)
    assert result.paragraphs == ("第一段", "第二段", "第三段")
    assert ledger_problems(result, text) == []


@pytest.mark.parametrize("hidden", ["<script>x()</script>", "<style>p{}</style>",
                                    "<title>t</title>"])
def test_text_after_a_leading_hidden_element_is_claimed_by_its_own_line(hidden: str) -> None:
    text = HEAD + hidden + "\n第一段\n\n<p>第二段</p>\n"
    result = outcome(text)
    assert isinstance(result, Article) and result.paragraphs == ("第一段", "第二段")
    first = HEAD.count("\n") + 2  # the line of 第一段
    assert result.lines.get(first) == "paragraphs[0]", result.lines
    assert ledger_problems(result, text) == []


@pytest.mark.parametrize("skipped", [
    "<script>\nvar a;\n</script>", "<style>\np {}\n</style>",
    '<figure>\n<img src="a.png">\n</figure>', '<div id="dfp-ad-x"\n class="dfp-tag">\n广告</div>',
])
def test_text_after_a_multiline_skipped_element_is_claimed_by_its_own_line(skipped: str) -> None:
    text = HEAD + "<div><p>一</p>\n" + skipped + "\n第二段\n</div>\n"
    result = outcome(text)
    assert isinstance(result, Article) and result.paragraphs == ("一", "第二段")
    second = text.split("\n").index("第二段") + 1
    assert result.lines.get(second) == "paragraphs[1]", result.lines
    assert ledger_problems(result, text) == []


def test_fuzz_found_figure_split_over_lines() -> None:
    """Found by the fuzz run (test_lossy_mutation_is_a_record_or_a_clear_error): a line
    swapped out of the front matter, and the figure line split after its start tag."""
    path = Path(__file__).parent.parent / "fixtures/zaobao_jekyll/dw_embeds_tweet_video.md"
    lines = path.read_text("utf-8").split("\n")
    figure = next(i for i, line in enumerate(lines) if line.startswith("<figure"))
    lead = lines[figure + 1]
    cut = lines[figure].index(">") + 1
    lines[1], lines[figure: figure + 2] = lead, [lines[figure][:cut], lines[figure][cut:], "layout: post"]
    text = "\n".join(lines)
    result = outcome(text)
    assert isinstance(result, Article)
    assert ledger_problems(result, text) == []


@pytest.mark.parametrize(("name", "unit", "count"), [
    # Text straight in a <div>, split by blank lines: the line of each piece was counted
    # from the start of its text node (str.count per paragraph: 1 MB took 21 s).
    ("loose-div-blank-lines", "一段文字\n\n", 20_000),
    # A caption whose text runs on across comments was grown with += (8 MB took 35 s).
    ("caption-runs", "说明<!--c-->", 40_000),
])
def test_body_shapes_grow_linearly(name: str, unit: str, count: int) -> None:
    """Four times the input must cost about four times the time, not sixteen."""
    def run(n: int) -> None:
        inner = unit * n
        body = (f"<div><figure>{inner}</figure><p>正文</p></div>" if name == "caption-runs"
                else f"<div>\n{inner}</div>")
        assert isinstance(outcome(HEAD + body + "\n"), Article)

    with deadline(180, name):
        ratio = growth(run, count, bound=8.0, floor=0.04)
    assert ratio < 8, f"{name}: 4 times the input took {ratio:.1f} times the time"


def test_loose_div_text_keeps_each_piece_on_its_line() -> None:
    text = HEAD + "<div>\n第一段\n\n第二段\n\n\n第三段\n</div>\n"
    result = outcome(text)
    assert isinstance(result, Article) and result.paragraphs == ("第一段", "第二段", "第三段")
    lines = text.split("\n")
    assert [result.lines[lines.index(p) + 1] for p in result.paragraphs] == [
        "paragraphs[0]", "paragraphs[1]", "paragraphs[2]"]


def test_stripping_fallback_keeps_figcaption_text_as_a_caption() -> None:
    text = (HEAD + "<div>" * 300 + "\n<p>第一段</p>\n<figure><img src=\"a.png\">"
            "<figcaption>图片&amp;说明</figcaption></figure>\n<p>第二段</p>\n")
    result = outcome(text)
    assert isinstance(result, Article) and any("tags stripped" in w for w in result.warnings)
    assert result.paragraphs == ("第一段", "第二段")
    assert result.extra["captions"] == ["图片&说明"]
    assert ledger_problems(result, text) == []


@pytest.mark.parametrize("doctype", ["<!DOCTYPE x []>", '<!DOCTYPE x [<!ENTITY a "b">]>',
                                     '<!DOCTYPE x [\n<!ENTITY a "b">\n]>'])
def test_stripping_fallback_drops_doctypes_with_internal_subsets(doctype: str) -> None:
    text = HEAD + doctype + "\n" + "<div>" * 300 + "\n<p>第一段</p>\n"
    result = outcome(text)
    assert isinstance(result, Article) and any("tags stripped" in w for w in result.warnings)
    assert result.paragraphs == ("第一段",)
    assert not any("]>" in b or "DOCTYPE" in b for b in result.boilerplate)
