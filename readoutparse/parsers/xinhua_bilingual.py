"""Xinhua's bilingual portal pages: a Chinese story, optionally followed by its English version.

Layout: breadcrumb (``首頁 > 頭條``) or the portal's English slogan (a paragraph of English
furniture), the title, perhaps a subtitle, a header of ``label:value`` fields split by ``|``
(``發佈時間``, ``來源``, ``作者``, ``責任編輯``; Simplified pages write ``发布时间`` etc.), the
Chinese body (perhaps opening ``新華社北京6月19日電``), then perhaps the English version
(:mod:`.english_version`).  Times printed on the page are Beijing time.

Variants of real dumps, each read by a mechanism:

* the header's last value runs straight into the lead (``責任編輯:曹川川6月5日晚,…``): the
  line is split where the value must end (:mod:`.header_values`);
* photo captions (``… 新華社記者 李明 攝``) go to ``extra["captions"]`` (:mod:`.captions`);
* a page with no title line (header first) keeps an empty title, with a warning;
* a card whose title is English (quote cards, ``中國網-中國習觀``) prints Chinese and English
  lines side by side: all of them are its body, and it has no English *article*;
* staff credit lines (``監製:蔚力``, ``策劃:丁素雲 曹川川``) go to ``extra["credits"]``, as
  printed;
* the company's other channels through the same big5 gate print the header's first value
  without its label (``2017年07月20日 13:30:05 來源: 福建日報``, ``中國網 china.com.cn   時間:
  2015-03-05``: :func:`.header_values.header_lead`), a special's home link over the title
  (``…首頁``), and labelled credits under the body (``視頻來源: … 責任編輯: …``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..dates import as_date, infer_year, safe_date
from ..model import Article, Dateline
from ..script import han_count, han_variant, is_latin_text
from ..text import Document, Line
from . import captions
from .base import ArticleBuilder, Context, Parser, add_caption, ends_sentence
from .english_version import EN_FIELDS, read_english
from .header_values import (PUBLISHED_LABELS, TRADITIONAL_LABELS, ZH_FIELDS, has_published_label,
                            header_lead, is_credit_line, is_zh_header, parse_time, read_zh_header,
                            split_label)
from .listings import headline_run

__all__ = ["PUBLISHED_LABELS", "XinhuaBilingualParser", "parse_time"]

HOME = frozenset(("首頁", "首页"))
_POSITION = ("當前位置", "当前位置", "您的位置", "您現在的位置", "您现在的位置")
_FURNITURE = frozenset(("【纠错】", "【糾錯】", "【打印】", "【关闭】", "【關閉】", "（完）", "(完)",
                        "纠错", "糾錯", "打印", "关闭窗口", "關閉窗口", "返回顶部", "返回頂部"))
_FURNITURE_PREFIXES = ("分享到", "扫一扫", "掃一掃", "【纠错】", "【糾錯】")
# English furniture, compared lower-cased; the video widget's notice stands where a
# video page's body would be.
_EN_FURNITURE = frozenset(("enditem", "(enditem)", "end item", "video player is loading.",
                           "video player is loading"))
_CRUMB_SEP = re.compile(r"[>＞»]")
_BRACKETS = {"[": "]", "【": "】", "(": ")", "（": "）"}
_ZH_DATELINE = re.compile(
    r"(?P<agency>新華社|新华社|新華網|新华网|中新社|中新網|中新网)"
    r"(?P<place>[^\d\s（()）,，:：。]{0,12})(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日[電电]"
    r"(?: ?[（(](?:記者|记者) ?(?P<reporters>[^）)]{1,40})[）)])?[ ,，:：]*"
)
_SPLIT_NAMES = re.compile(r"[ 、，,;；/]")
# Longer than any headline: a Latin line this long above the header is the portal's slogan.
_HEADLINE_MAX = 200
# A subtitle is a second, short headline: no sentence punctuation at all.
_SUBTITLE_MAX = 40
_CLAUSE = re.compile(r"[。，,；;！？!?：:]")
# Staff credits: a short label and a list of two-to-four-character names.
_CREDIT_LINE = re.compile(r"([\u4e00-\u9fff]{2,4}) ?[:：] ?((?:[\u4e00-\u9fff]{2,4}(?: |、|$)){1,8})")
_HEADER_WINDOW = 10
# A label with no value above the title: a widget's caption (``字號:``, font size).
_BARE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4} ?[:：]")
# Arrow glyphs (``使用鍵盤'←' '→'鍵翻頁``) name keys or buttons: a gallery's hint, never a headline.
_ARROWS = re.compile(r"[\u2190-\u21ff]")
# A media tag closing a headline (``…米歇爾[組圖]``, ``【視頻】``): one to three Han characters
# in brackets, the kind of page, not words of the headline.
_TITLE_TAG = re.compile(r"(?:\[|【|［)([\u4e00-\u9fff]{1,3})(?:\]|】|］)$")


def _crumb_items(text: str) -> list[str] | None:
    for prefix in _POSITION:
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip(" :：")
    if not _CRUMB_SEP.search(text):
        return None
    return [item.strip() for item in _CRUMB_SEP.split(text) if item.strip()] or None


def _names(value: str) -> list[str]:
    return [name for name in _SPLIT_NAMES.split(value) if name]


def _editor_line(text: str) -> tuple[str, str] | None:
    """``[責任編輯:曹川川]``, ``【责任编辑：王某】``, ``(Web editor: Li Ming)``: (language, name)."""
    if text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
    pair = split_label(text)
    if pair is None or not pair[1] or len(pair[1]) > 40:
        return None
    if ZH_FIELDS.get(pair[0]) == "editor":
        return "zh", pair[1]
    if EN_FIELDS.get(" ".join(pair[0].lower().split())) == "editor":
        return "en", pair[1]
    return None


def _slogan(text: str) -> bool:
    """The portal's English slogan: a Latin paragraph, longer than any headline."""
    return len(text) > _HEADLINE_MAX and is_latin_text(text)


def _subtitle_shaped(text: str) -> bool:
    """A second headline: short, Han, and without any sentence or clause punctuation."""
    return (len(text) <= _SUBTITLE_MAX and not _CLAUSE.search(text)
            and not _ZH_DATELINE.match(text) and not is_latin_text(text))


class XinhuaBilingualParser(Parser):
    name = "xinhua_bilingual"
    language = "zh-Hant"
    description = "Xinhua portal page (Traditional or Simplified Chinese), optionally with its English version"

    def score(self, doc: Document) -> float:
        head = doc.head(8)
        if not head:
            return 0.0
        crumb = _crumb_items(head[0].text[:300])
        home = bool(crumb) and crumb[0] in HOME  # type: ignore[index]
        # The portal's labelled time, or a header printing its time or site name unlabelled
        # (the same company's other channels, through the same big5 gate).
        labelled = any(has_published_label(line.text[:400]) or header_lead(line.text[:400])
                       for line in head)
        if labelled:
            return 0.95 if home else 0.85 if crumb else 0.7
        text = " ".join(line.text[:400] for line in head)
        letters = sum(map(str.isalpha, text))  # perf: the same count, in C (was 4% of a parse)
        han = letters > 0 and han_count(text) / letters > 0.5
        if home and han:
            return 0.55
        if _slogan(head[0].text[:2000]) and len(head) > 1 and han_count(head[1].text[:400]) > 10:
            # The portal's slogan over Chinese text: this portal's page, even if a cut-off or
            # section one; parsing says which it is and refuses what is not an article.
            return 0.55
        return 0.05

    def parse(self, doc: Document, context: Context) -> Article:
        lines = doc.content
        if not lines:
            raise self.malformed("empty document", None, doc)
        at = next((i for i, line in enumerate(lines[:_HEADER_WINDOW]) if is_zh_header(line.text)),
                  None)
        if at is None:
            raise self._not_a_page(lines, doc)
        b = self.builder(doc)
        self._top(b, lines[:at])
        end, labels, rest = at, set(), ""
        while end < len(lines) and is_zh_header(lines[end].text) and not rest:
            found, rest = read_zh_header(b, lines[end])
            labels |= found
            end += 1
        body = [Line(lines[end - 1].number, rest)] if rest else []
        body += lines[end:]
        card = bool(b.title) and is_latin_text(b.title)
        en_at = len(body) if card else next(
            (i for i, line in enumerate(body) if not self._is_furniture(line.text)
             and _editor_line(line.text) is None and is_latin_text(line.text)), len(body))
        self._chinese(b, body[:en_at], context, last=en_at == len(body))
        if not b.paragraphs:
            b.warn("the Chinese body is missing after the header (truncated document?)",
                   lines[end - 1])
        # The header's label spelling breaks a tie in the text's own character variant.
        hint = "zh-Hant" if labels & TRADITIONAL_LABELS else "zh-Hans"
        b.language = han_variant(b.title + "".join(b.paragraphs), default=hint)
        if en_at < len(body):
            read_english(b, body[en_at:], context, lambda t, line: self._side_line(b, t, line))
        return b.build()

    def _not_a_page(self, lines: Sequence[Line], doc: Document) -> Exception:
        crumb = _crumb_items(lines[0].text)
        expected = lines[min(2 if crumb else 1, len(lines) - 1)]
        window = [line.text for line in lines[:_HEADER_WINDOW] if not _slogan(line.text)]
        shape = "a listing of headlines" if headline_run(window) else "an excerpt without its header"
        return self.malformed(
            f"expected the header line (發佈時間:... | 來源:...) after the title; none in the first "
            f"{_HEADER_WINDOW} lines, so this looks like {shape}, not an article page",
            expected, doc)

    def _top(self, b: ArticleBuilder, head: Sequence[Line]) -> None:
        """Breadcrumb, slogan and title: the lines above the header.  A channel may print
        its masthead (its name, the day's date) above the breadcrumb, and a font-size label
        (``字號:``) under it: furniture."""
        at = next((i for i, line in enumerate(head) if _crumb_items(line.text)), None)
        crumb = _crumb_items(head[at].text) if at is not None else None
        if crumb and at is not None:
            for line in head[:at]:
                b.furniture(line)
            b.section = crumb
            b.claim(head[at], "section")
            head = head[at + 1:]
            for line in head[:-1]:
                if _BARE_LABEL.fullmatch(line.text):
                    b.furniture(line)
            head = [line for line in head[:-1] if not _BARE_LABEL.fullmatch(line.text)] + list(head[-1:])
        elif head and all(line.text.endswith(tuple(HOME)) for line in head[:-1]) and len(head) > 1:
            # A channel's or special's home link over the title (``2015鏡頭看兩會首頁``):
            # navigation, as a breadcrumb is.
            for line in head[:-1]:
                b.furniture(line)
            head = head[-1:]
        elif not (head and _slogan(head[0].text)):
            b.warn("no breadcrumb above the title")
        for line in head:
            if _slogan(line.text):
                b.furniture(line)
        rest = [line for line in head if not _slogan(line.text)]
        known_top = bool(crumb) or len(rest) < len(head)
        if (known_top and len(rest) == 2 and rest[0] == head[-2]
                and _subtitle_shaped(rest[1].text)):
            # Breadcrumb or slogan, title, then a second short headline: the subtitle.  With
            # neither above, the line over the title is unknown and the sweep reports it.
            b.extra["subtitle"] = rest[-1].text
            b.claim(rest[-1], "extra.subtitle")
            head = head[:-1]
        if head and not _slogan(head[-1].text):
            b.title = head[-1].text
            tag = _TITLE_TAG.search(b.title)
            if tag and tag.start() > 0:
                b.title = b.title[: tag.start()].rstrip()
                b.extra["title_tag"] = tag[1]
            b.claim(head[-1], "title")
        else:
            b.warn("no title line above the header: the title is left empty", head[-1] if head
                   else None)

    def _chinese(self, b: ArticleBuilder, body: list[Line], context: Context, *, last: bool) -> None:
        """The Chinese body: captions, credits, a repeated title, a subtitle, the dateline."""
        final: Line | None = None
        for line in body:
            if self._side_line(b, b, line):
                continue
            text = line.text
            if captions.is_caption(text):
                add_caption(b, line)
                continue
            if is_credit_line(text) and not _CREDIT_LINE.fullmatch(text):
                # ``視頻來源: 深圳衛視 責任編輯: 任曼瑤``: labelled credits, read like the header.
                read_zh_header(b, line)
                continue
            if (credit := _CREDIT_LINE.fullmatch(text)) and ZH_FIELDS.get(credit[1]) is None:
                credits: list[str] = b.extra.setdefault("credits", [])
                b.claim(line, f"extra.credits[{len(credits)}]")
                credits.append(text)
                continue
            if not b.paragraphs and b.dateline is None:
                if b.title and (text == b.title or (len(text) >= 6 and b.title.endswith(text))):
                    b.claim(line, "title")  # the title printed again above the body
                    continue
                if _ARROWS.search(text) and not _CLAUSE.search(text):
                    b.furniture(line)  # a gallery's hint naming its arrow keys: navigation
                    continue
                if b.title and _subtitle_shaped(text) and "subtitle" not in b.extra:
                    b.extra["subtitle"] = text
                    b.claim(line, "extra.subtitle")
                    continue
                text = self._zh_dateline(b, line, context)
                if not text:
                    b.claim(line, "dateline")
                    continue
            b.paragraph(text, line)
            final = line
        if last and final is not None and final == body[-1] and not ends_sentence(final.text):
            b.warn("the last paragraph ends mid-sentence and nothing follows (truncated?)", final)

    @staticmethod
    def _is_furniture(text: str) -> bool:
        return (text in _FURNITURE or text.startswith(_FURNITURE_PREFIXES)
                or text.lower() in _EN_FURNITURE)

    def _side_line(self, b: ArticleBuilder, own: ArticleBuilder, line: Line) -> bool:
        """Editor credits and furniture, wherever they stand; ``own`` is the current half."""
        editor = _editor_line(line.text)
        if editor is not None:
            target = b if editor[0] == "zh" or own is b else own
            if target.editor is None:
                target.editor = editor[1]
            elif target.editor != editor[1]:
                target.warn(f"editor line names {editor[1]!r}, the header {target.editor!r}", line)
            target.claim(line, "editor")
            return True
        if self._is_furniture(line.text):
            (own if line.text.lower() in _EN_FURNITURE else b).furniture(line)
            return True
        return False

    def _zh_dateline(self, b: ArticleBuilder, line: Line, context: Context) -> str:
        found = _ZH_DATELINE.match(line.text)
        if not found:
            return line.text
        month, day = int(found["month"]), int(found["day"])
        if found["year"]:
            date = safe_date(int(found["year"]), month, day)
        else:
            date = infer_year(month, day, as_date(b.published) or context.reference_date)
        b.dateline = Dateline(place=found["place"] or None, date=date, agency=found["agency"])
        if found["reporters"] and not b.authors:
            b.authors = _names(found["reporters"])
        return line.text[found.end():]
