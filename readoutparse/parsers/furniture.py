"""Page furniture told apart from body text by its shape and position: rule tables, one engine.

The blocks of a post's body (from :mod:`.html_body`) pass through a small state machine, as
pygments' ``RegexLexer`` runs its token tables: each state is an ordered list of
:class:`Rule`; the first rule that matches a block says what the block is (``kind``), may
cut a part off it (``cut``: a trailing teaser link, a closing credit) and names the state
for the blocks after it (``then``).  ``GENERIC`` holds shapes any outlet prints (time stamps,
copyright lines, related-news headings); ``OUTLETS`` holds rows for one outlet's template,
keyed by the outlet name the parser found, and runs before the generic table.

Kinds: ``paragraph`` (body text), ``boilerplate``, ``caption``, ``related`` (a related
headline: the block's link), ``byline`` (author names and a time stamp: boilerplate whose
names are read), ``credit`` (a closing editor / reporter credit, read into fields).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from .header_values import split_name
from .html_body import Block

__all__ = ["Rule", "Verdict", "GENERIC", "OUTLETS", "classify", "buttons", "TIMESTAMP"]


#: a time stamp printed on its own: 08/01/2021 - 15:32 (法广), Wed, 05 Aug 2020 14:35:33 GMT
#: (美国之音), 2021-01-08T01:08:59Z (路透, 德国之声), 2020-08-26 11:26:44 (纽约时报),
#: Oct 3rd 2020 (经济学人), 2020年8月5日 or 1小时前 (BBC)
TIMESTAMP = re.compile(
    r"\d{1,2}/\d{1,2}/\d{4}(?: - \d{1,2}:\d{2})?"
    r"|(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{1,2}:\d{2}(?::\d{2})? (?:GMT|UTC|[+-]\d{4})"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
    r"|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日(?:\s?\d{1,2}:\d{2})?"
    r"|(?:更新[:：]?\s?)?\d{1,3}\s?(?:秒|分钟|分鐘|小时|小時|天|日|周|週)前"
)
_URLS = r"(?:(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?\s*)+"


class Rule(NamedTuple):
    #: what a matching block is (see the module docstring)
    kind: str
    #: matched against the whole block text (``fullmatch``), or, with ``cut``, searched
    pattern: re.Pattern[str]
    #: the state for the blocks after this one (None: stay)
    then: str | None = None
    #: the block must be all one link's text (a headline)
    linked: bool = False
    #: the block must be one link's text but for punctuation beside it (a read-more pointer)
    pointer: bool = False
    #: the match (its pattern ends in ``$``, and it lies in the block's last 80 characters)
    #: is cut off the block (into ``boilerplate``, or read for ``credit``), and the rest
    #: stays a paragraph
    cut: bool = False
    #: the match, at the block's start, is cut off and the rest stays a paragraph; a group
    #: named ``runover`` (a name the text runs on from) ends where a name must end
    #: (:func:`.header_values.split_name`)
    head: bool = False
    #: most lines a matching block may have (a heading or stamp is short)
    lines: int = 1
    #: the block element must be one of these (empty: any)
    tags: frozenset[str] = frozenset()
    #: one of the block's links must match this
    href: re.Pattern[str] | None = None
    #: who prints it and why it is furniture
    why: str = ""


class Verdict(NamedTuple):
    block: Block
    kind: str
    #: the block's text as it stays (a cut rule's rest)
    text: str
    #: the part a cut rule took off (or the whole block for credit/byline rules)
    taken: str = ""
    #: named groups of the matching rule (editor=..., names=...)
    facts: Mapping[str, str] = {}
    #: the kind of the rule that matched (for a cut: what the part taken off is)
    rule: str = ""


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


_RELATED_HEADING = _re(r"(?:延伸閱讀|延伸阅读|相關新聞|相关新闻|相關內容|相关内容|相关报道|相關報導"
                       r"|相关阅读|相關閱讀|更多相关|推荐阅读|推薦閱讀|Related)\s?[:：]?")
# "Read the full story" (or "the original") in a link of its own, with the brackets or full stop round it.
_READ_MORE = _re(r"[<＜〈《【(（]?(?:(?:详情|詳情)?(?:请|請)?(?:阅|閱|看|查看|阅读|閱讀)(?:全文|原文)"
                 r"|全文(?:阅读|閱讀)|(?:阅读|閱讀|查看)更多|Read more|Read the full story)"
                 r"[>＞〉》】)）]?[。.…]*")
# Two to four Han characters per name; a credit label (网编, 摄影 …) is never a name, even
# where a cut-off page has lost the colon after it.
_NAME = r"(?!网编|網編|责编|責編|编辑|編輯|摄影|攝影|记者|記者|发自|發自)[\u3400-\u9fff·]{2,4}"
_ORIGINAL_LINK = r"(?:点击|點擊)(?:查看|阅读|閱讀)本[文版](?:英文版|中文版)。?"
_EDITOR = r"(?P<editor>" + _NAME + r"(?:[、/ ]" + _NAME + r"){0,3})"

GENERIC: Mapping[str, tuple[Rule, ...]] = {
    "body": (
        Rule("boilerplate", TIMESTAMP, why="a feed or page time stamp on its own"),
        Rule("byline", _re(r"(?P<names>[^\n]{1,80})\n(?:" + TIMESTAMP.pattern + ")"), lines=2,
             why="德国之声, 纽约时报: byline over a time stamp"),
        Rule("boilerplate", _RELATED_HEADING, then="related", why="related-news heading"),
        Rule("boilerplate", _READ_MORE, pointer=True,
             why="a read-more pointer (大纪元's live updates close each item with a linked "
                 "详情请阅全文): a link's label, not a headline, whether its 。 sits in the link or not"),
        Rule("boilerplate", _re(r"(?:相关图集|相關圖集)[:：].{0,60}"), then="gallery",
             why="德国之声 picture gallery heading"),
        Rule("boilerplate", _re(r"(?s)获取更多RSS[:：]?(?:\n.{0,400})?"), then="feed", lines=9,
             why="the feed's own footer, with its addresses (a cut-off page may end mid-URL)"),
        Rule("boilerplate", _re(r"[（(][^\n]{1,120}"),  # (its close may be cut off)
             href=re.compile(r"(?i)(?:^|[/.?=])(?:e-?mail|newsletters?|subscri\w*|sign-?up)\b"),
             why="a parenthesised note linking to a sign-up page: 纽约时报's （点击此处订阅NYT简报…）"),
        Rule("boilerplate", _re(r"(?s)(?:[©Ⓒ]|Copyright |\(c\) )\s?.{0,300}"), lines=3,
             why="copyright line"),
        Rule("boilerplate", _re(r"The post .{1,300} (?:first appeared|appeared first) on .{1,80}"),
             why="a WordPress feed's closing line"),
        Rule("boilerplate", _re(r"This article appeared in the .{1,80} section of the print "
                                r"edition.{0,300}"), why="经济学人's print-edition note"),
        Rule("caption", _re(r"(?:视频|視頻)\s?(?:[:：]\s?[^\n。！？]{1,80}|【[^\n】]{1,80}】)"),
             why="the title of a video in the story (寒冬's 視頻：…, 自由亚洲电台's 视频【…】)"),
        Rule("caption", _re(r"[▲△↑].{1,300}"),
             why="a picture's caption marked with ▲ (中国数字时代's WeChat reposts)"),
        Rule("boilerplate", _re(r".{0,40}(?:view video in browser|浏览器播视频|瀏覽器播視頻).{0,40}"),
             why="BBC video notice"),
        Rule("caption", _re(r"[（(]?(?:资料照|資料照|档案照|檔案照)片?[）)]?\s?[:：\-－—]\s?.{1,300}"),
             why="caption of a file photo"),
        Rule("credit", _re(r"[（(](?P<role>編輯|编辑|責任編輯|责任编辑|譯者|译者|編譯|编译)[：:]\s?"
                           r"(?P<names>[^（）()：:]{1,40}?)(?:[/／、]?\s?(?:核稿|編輯|编辑|校对|校對)[：:]"
                           r"\s?(?P<editor>[^（）()：:]{0,20}))?[）)]\s?(?P<code>\d{5,7})?\s*$"),
             cut=True, why="中央社 closing credit (譯者/核稿, 编辑/校对), with an ROC date code"),
        Rule("credit", _re(r"[^\n（）()。，]{0,40}?(?:记者|記者)[^\n。，]{0,40}?\s责编[:：]\s?" + _EDITOR
                           + r"\s网编[:：]\s?(?P<runover>[\u3400-\u9fff]{2,})"), head=True,
             why="自由亚洲电台 credit line that a repost prints first, run into the lead"),
        Rule("credit", _re(r"(?:^|\n)(?:[（(][^\n（）()]{0,40}?|(?:[^\n（）()]{0,40}?"
                           r"(?:记者|撰稿|编译|编写|报道|报导)[^\n]{0,40}?\s?)?)责编[:：\s]\s?(?:"
                           + _EDITOR + r")?(?:[\s，,][^\n]{0,40})?[）)]?\s*$"), cut=True,
             why="自由亚洲电台 credit line (记者… 责编… 网编…), also where others repost it, "
                 "and FT中文网's closing note (…责编：name email)"),
        Rule("credit", _re(r"(?P<role>编译|发稿)\s?(?P<names>[^;；\n]{2,60}?)\s?[;；]?\s?审校\s?"
                           r"(?P<editor>[^;；\n]{2,60})?"),
             why="路透 translator (or filer, 发稿) and reviser line, also where others repost it"),
        Rule("credit", _re(r"(?:^|\n)(?:责任编辑|責任編輯)[:：]\s?/?" + _EDITOR
                           + r"\s?[#＃◇）)\d]{0,3}\s*$"), cut=True,
             why="大纪元 editor line, alone or closing the last paragraph (template marks after it)"),
        Rule("credit", _re(r"(?:^|\n)[^\n（）()]{0,40}?(?:记者|記者)[^\n]{0,40}?\s(?:编辑|編輯)[:：]\s?"
                           + _EDITOR + r"(?:\s[^\n]{0,40})?\s*$"), cut=True,
             why="自由亚洲电台 credit line naming 编辑 for 责编 (记者… 编辑：… 网编：…)"),
        Rule("byline", _re(r"(?P<names>" + _NAME + r"(?:\s?[/／、]\s?" + _NAME + r"){0,3})\s?[（(]"
                           r"(?:综合报导|综合报道|綜合報導|编译|編譯|综合|綜合)[)）]"),
             why="德国之声 closing byline: 张慈(综合报导)"),
        Rule("byline", _re(r"(?:文|作者|撰文|文字)\s?[｜|:：]\s?(?P<names>" + _NAME
                           + r"(?:[、，, ]" + _NAME + r"){0,5})"),
             why="a repost's byline line: 文｜唐步、紫电, 作者：某某"),
        Rule("byline", _re(r"[Bb]y (?P<names>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
                           r"(?:: [^\n.]{0,100})?"), why="经济学人 byline: by First Last: role"),
        Rule("boilerplate", _re(r"[^\n]{0,20}(?:《[^》\n]{1,20}》)?\s?(?:制作组|製作組|节目组|節目組)"),
             why="大纪元's programme team credit: 《时事纵横》制作组"),
        Rule("boilerplate", _re(r"[（(][^\n]{0,400}?(?:责编邮箱|責編郵箱)[^\n]{0,80}[）)]"),
             why="FT中文网's closing note: the author, a disclaimer and the editor's address"),
        Rule("byline", _re(r"[^\s（）()]{2,10}?(?:特約記者|特约记者|記者|记者)\s?(?P<names>" + _NAME
                           + r"(?:[、 ]" + _NAME + r"){0,3})"),
             why="寒冬's closing 寒冬記者 name: the outlet's reporter, on a line of its own"),
        Rule("credit", _re(r"(?:^|\n)(?P<role>翻译|翻譯|译者|譯者)\s?[：:/／]\s?(?P<names>[^\n：:]{1,40}?)"
                           r"(?:\n" + _ORIGINAL_LINK + r")?\s*$"), cut=True,
             why="纽约时报, FT中文网 translator line closing the story (翻译：…, 译者/…), with "
                 "纽约时报's link to the English original under it"),
        Rule("credit", _re(r"(?P<compilers>" + _NAME + r"(?:\s?[/／、]\s?" + _NAME + r"){0,3})\s?[（(]"
                           r"据?[^（）()\n]{0,40}?(?:社|台|报|報|AFP|AP|dpa|Reuters)(?=[、丶,，/ 等)）])[^（）()\n]{0,30}[)）]"),
             why="德国之声 closing line: the writers, then the agencies they wrote from"),
        Rule("boilerplate", _re(r"(?:发布时间|發佈時間|發布時間|发布日期|發布日期|更新时间|更新時間)[:：]\s?"
                                r"(?:" + TIMESTAMP.pattern + r")(?:\s+(?:来源|來源|原标题|原標題)[:：]"
                                r"[^\n]{0,80})?"),
             why="中国数字时代 reposts: the source's own 'published:' stamp (with its source)"),
        Rule("boilerplate", _re(r"(?:^|\n)" + _ORIGINAL_LINK + r"\s*$"), cut=True,
             why="纽约时报's link to the story in its other language, closing the story"),
        Rule("byline", _re(r"(?:^|\n)[^\s（）()]{2,10}?(?:特約記者|特约记者|記者|记者)\s?(?P<names>"
                           + _NAME + r")\s*$"), cut=True,
             why="自由亚洲电台's reporter line closing the last paragraph"),
        Rule("byline", _re(r"(?:(?P<names>[^\n]{1,40})\n)?[^\s\n]{0,12}?(?:记者|記者)\s?(?:发自|發自)"
                           r"[^\s\n]{1,10}"), lines=2,
             why="BBC byline: name, then 记者 发自 place (the name may be the block before)"),
    ),
    "related": (
        Rule("related", _re(r".{2,200}"), linked=True, why="a headline under a related heading"),
    ),
    "gallery": (
        Rule("caption", _re(r"(?s).{1,2000}"), lines=50, tags=frozenset({"div", "b", ""}),
             why="a gallery picture's text, straight in its <div> (body text is in <p>)"),
    ),
    "feed": (
        Rule("boilerplate", _re(_URLS), lines=9, why="feed addresses under the footer"),
    ),
}

OUTLETS: Mapping[str, Mapping[str, tuple[Rule, ...]]] = {
    "(臺)中央社CNA": {"body": (
        Rule("credit", _re(r"(?<=[。」”！？])(?P<code>\d{5,7})\s*$"), cut=True,
             why="中央社 ROC date code closing a story with no credit"),
    )},
    "路透": {"body": (
        Rule("boilerplate", _re(r"(?:Reuters|路透)\s?\d{1,2}月\d{1,2}日\s?[-–]\s?[（(][^）)\n]{1,80}[）)]"),
             why="路透 update note over the lead: (新增…)"),
    )},
    "中国数字时代": {"body": (
        Rule("boilerplate", _re(r"Feed enhanced by .{1,80}"), why="WordPress feed plugin credit"),
    )},
    "RTI 中央廣播電臺": {"body": (
        Rule("boilerplate", _re(r"\.{2,6}\s?more$"), cut=True,
             why="RTI prints teasers that end in a ......more link"),
    )},
}


@functools.lru_cache(maxsize=256)
def _rules(outlet: str | None, state: str) -> tuple[Rule, ...]:
    own = OUTLETS.get(outlet or "", {})
    return (*own.get(state, ()), *GENERIC.get(state, ()))


def _match(rule: Rule, block: Block, breaks: int) -> re.Match[str] | None:
    if rule.linked and not block.url or rule.pointer and not (block.url or block.pointer):
        return None
    if breaks >= rule.lines and not rule.cut:
        return None
    if rule.tags and block.tag not in rule.tags:
        return None
    if rule.href is not None and not any(rule.href.search(link) for link in block.links):
        return None
    if rule.head:
        return rule.pattern.match(block.text)
    if rule.cut:  # a cut pattern ends in $: the first match from the window's start
        return rule.pattern.search(block.text, max(0, len(block.text) - 80))
    return rule.pattern.fullmatch(block.text)


def _head_cut(block: Block, found: re.Match[str], rule: Rule) -> Verdict | None:
    """The verdict of a ``head`` rule, or None where the run-on name's end cannot be told
    (the text after it opens with nothing a lead is known to open with)."""
    end = found.end()
    if found.groupdict().get("runover"):
        name, rest = split_name(found.group("runover"))
        if not rest and block.text[end:end + 1].strip():
            return None
        end = found.start("runover") + len(name)
    facts = {k: v for k, v in found.groupdict().items() if v and k != "runover"}
    rest = block.text[end:].lstrip()
    return Verdict(block, "paragraph" if rest else rule.kind, rest, block.text[:end], facts,
                   rule.kind)


def classify(blocks: Iterable[Block], outlet: str | None = None,
             title: str = "", page: str | None = None) -> list[Verdict]:
    """What each block is, in order.  Blocks the walker already classed (captions, related
    links, furniture) keep their kind; only paragraphs are read against the tables.  Before
    the first body paragraph, a block that repeats ``title`` is the page's headline."""
    from .block_positions import byline_names, link_lists, meta_cards, split_rules

    verdicts: list[Verdict] = []
    state = "body"
    headline = " ".join(title.split())
    for block in split_rules(list(blocks)):
        if block.kind != "paragraph":
            verdicts.append(Verdict(block, block.kind, block.text))
            continue
        if headline and " ".join(block.text.split()) == headline and not any(
                v.kind == "paragraph" for v in verdicts):
            verdicts.append(Verdict(block, "boilerplate", block.text, block.text))
            continue
        verdict = None
        breaks = block.text.count("\n")
        while verdict is None:
            for rule in _rules(outlet, state):
                found = _match(rule, block, breaks)
                if found is None:
                    continue
                facts = {k: v for k, v in found.groupdict().items() if v}
                if rule.head:
                    verdict = _head_cut(block, found, rule)
                    if verdict is None:
                        continue
                elif rule.cut:
                    rest = block.text[:found.start()].rstrip()
                    verdict = Verdict(block, "paragraph" if rest else rule.kind, rest,
                                      found.group(), facts, rule.kind)
                else:
                    verdict = Verdict(block, rule.kind, block.text, block.text, facts, rule.kind)
                state = rule.then or state
                break
            else:
                if state == "body":
                    verdict = Verdict(block, "paragraph", block.text)
                else:
                    state = "body"  # a block that no rule of the state takes ends it
        verdicts.append(verdict)
    return byline_names(meta_cards(link_lists(verdicts), page))


def buttons(verdicts: list[Verdict], title: str = "") -> list[Verdict]:
    """:func:`.block_positions.buttons` (kept here, where the parser finds the tables)."""
    from .block_positions import buttons as marked

    return marked(verdicts, title)
