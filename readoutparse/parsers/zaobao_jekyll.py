"""Jekyll posts from a Chinese news archive: YAML front matter, then the story as HTML.

The archive's template carries many outlets (联合早报, 法广, 美国之音, 中央社 ...), so the
outlet is read from the post (author, categories, the original URL), never assumed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from typing import Any
from urllib.parse import urlsplit

from dateutil.parser import isoparse

from .. import dates, script
from ..model import Article, Dateline
from ..text import Document, Line
from .base import ArticleBuilder, Context, Parser
from .html_body import looks_like_html, read_html, read_plain

__all__ = ["ZaobaoJekyllParser"]

_KEY = re.compile(r"([A-Za-z_][\w-]{0,40}):(?: (.*))?")
_EPOCH = re.compile(r"<!--\s?(\d{1,16})\s?-->")
_SPACED_OFFSET = re.compile(r"(.{10}[T ][\d:.]{2,20}) ([+-]\d\d:?\d\d|Z)")
_PERSONS = re.compile(r"\s?[、，,;；/]\s?")
# （早报讯） and Zaobao's （北京综合讯）; wire datelines such as （法新社华盛顿25日电）.
_NEWS_MARKER = re.compile(r"[（(【]\s?(?P<who>[^\s（）()【】\d]{1,12}?)[讯訊]\s?[）)】]\s?")
_WIRE = re.compile(
    r"[（(]\s?(?P<agency>[^\s（）()\d]{1,8}?社|路透|彭博|法广|美国之音)"
    r"(?P<place>[^\s（）()\d]{1,12}?)?(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日"
    r"(?:[电電]|专电|專電|综合外电报道|綜合外電報導)\s?[）)]\s?"
)
# Reuters Chinese: 路透莫斯科3月21日 - ; VOA: 华盛顿 — .
_REUTERS = re.compile(r"(?P<agency>路透)(?P<place>[^\s\d]{1,12}?)(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
                      r" ?[-–—] ?")
# Spaces on both sides: a Chinese "——" inside a sentence is punctuation, not a dateline.
_PLACE_DASH = re.compile(r"(?P<place>[^\W\d_]{2,8}) — (?!—)")
_REPORTER = ("记者", "記者", "特派", "特约", "特約")
# A closing credit such as CNA's （編輯：王小明）1121116 (the digits are an ROC date code).
_CREDIT = re.compile(r"[（(](?P<role>編輯|编辑|責任編輯|责任编辑|編譯|编译)[：:]\s?"
                     r"(?P<names>[^（）()：:]{1,40})[）)]\s?(?P<code>\d{7})?")

_HOSTS = (
    ("zaobao.com.sg", "联合早报"), ("zaobao.com", "联合早报"), ("rfi.fr", "法广"),
    ("voachinese.com", "美国之音"), ("voanews.com", "美国之音"), ("dw.com", "德国之声"),
    ("reuters.com", "路透"), ("bbc.com", "BBC"), ("bbc.co.uk", "BBC"), ("cna.com.tw", "中央社"),
    ("rti.org.tw", "中央廣播電臺"), ("rfa.org", "自由亚洲电台"), ("nytimes.com", "纽约时报"),
    ("cn.nytimes.com", "纽约时报中文网"), ("ftchinese.com", "FT中文网"),
    ("theinitium.com", "端传媒"), ("udn.com", "联合新闻网"), ("nikkei.com", "日经中文网"),
)
_OUTLETS = frozenset(
    [name for _, name in _HOSTS]
    + "联合早报 联合晚报 早报 法国国际广播电台 RFI 美国之音 VOA 德国之声 DW 路透社 路透中文网 "
      "BBC中文 BBC中文网 臺中央社 (臺)中央社 中央社CNA CNA RTI 央廣 自由亚洲电台 RFA 纽约时报 "
      "紐約時報 法新社 美联社 共同社 明报 星岛日报 华尔街日报 金融时报".split()
    + ["RTI 中央廣播電臺", "BBC News 中文"]
)
_GENERIC = frozenset("news 新闻 新聞 即时 即時 realtime world china 国际 國際 中国 中國 "
                     "headlines top 要闻 要聞".split())


def _scalar(raw: str) -> Any:
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            return json.loads(raw)
        except ValueError:  # YAML escapes JSON lacks (\x, \U): keep the text readable
            return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    if raw in ("true", "True", "false", "False"):
        return raw in ("true", "True")
    return raw


def _value(raw: str) -> Any:
    if raw.startswith("[") and raw.endswith("]"):
        items, quote, current = [], "", []
        for char in raw[1:-1]:  # split at commas outside quotes
            if char in "\"'" and (not quote or quote == char):
                quote = "" if quote else char
            if char == "," and not quote:
                items.append("".join(current))
                current = []
            else:
                current.append(char)
        items.append("".join(current))
        return [str(_scalar(item.strip())) for item in items if item.strip()]
    return _scalar(raw)


def _strings(value: Any) -> list[str]:
    if isinstance(value, list):
        return value
    return [str(value)] if value not in (None, "") else []


class ZaobaoJekyllParser(Parser):
    name = "zaobao_jekyll"
    language = "zh-Hans"
    description = "Jekyll posts of a Chinese news archive (联合早报, 法广, 中央社 ...): front matter + HTML"

    def score(self, doc: Document) -> float:
        head = doc.head(30)
        if not head or head[0].text != "---":
            return 0.0
        keys: set[str] = set()
        marker = False
        for index, line in enumerate(head[1:], 1):
            if line.text in ("---", "..."):
                marker = any(_EPOCH.fullmatch(x.text) for x in head[index + 1:index + 3])
                break
            keys.add(line.text.partition(":")[0])
        marker = marker or "from" in keys
        if "title" in keys:
            return (0.95 if marker else 0.8) if "layout" in keys else (0.8 if marker else 0.6)
        return (0.7 if marker else 0.55) if "layout" in keys else 0.1

    def parse(self, doc: Document, context: Context) -> Article:
        b = self.builder(doc)
        opening = doc.content[0] if doc.content else None
        if opening is None or opening.text != "---":
            raise self.malformed("expected front matter opening with '---'", opening, doc)
        meta, where, body_start = self._front_matter(b, doc, opening)
        title = meta.get("title")
        body_start = self._header(b, doc, body_start)
        if not isinstance(title, str) or not title.strip():
            if not b.title:
                raise self.malformed("front matter has no title", opening, doc)
            b.warn("front matter has no title; taken from the link line")
        else:
            b.title = " ".join(title.split())  # an escaped \n or \t is not part of a headline
        self._published(b, meta, where.get("date"))
        self._people(b, meta, where.get("author"))
        self._body(b, doc, body_start, context)
        body = " ".join(b.paragraphs)
        if not script.han_count(b.title + body) and script.is_latin_text(b.title + " " + body):
            b.language = "en"
        else:
            b.language = script.han_variant(b.title + body[:4000])
        return b.build()

    # -- front matter ------------------------------------------------------------------

    def _front_matter(self, b: ArticleBuilder, doc: Document,
                      opening: Line) -> tuple[dict[str, Any], dict[str, int], int]:
        """Flat ``key: value`` lines up to the closing ``---``: the values, the line number
        of each key, and the index (in ``doc.lines``) of the line after the closing one."""
        b.claim(opening, "header")
        meta: dict[str, Any] = {}
        where: dict[str, int] = {}
        # ``author`` is claimed once it is known to name the outlet or a person.
        fields = {"title": "title", "date": "published", "from": "url", "author": "",
                  "tags": "tags", "categories": "categories", "layout": "header"}
        last = ""
        for index in range(opening.number, len(doc.lines)):
            text, number = doc.lines[index], index + 1
            if not text:
                continue
            if text in ("---", "..."):
                b.claim(number, "header")
                extra = {k: v for k, v in meta.items() if k not in fields}
                if meta.get("layout") not in (None, "post"):
                    extra["layout"] = meta["layout"]
                b.extra.update(extra)
                return meta, where, index + 1
            found = _KEY.fullmatch(text)
            if found:
                last = found.group(1)
                meta[last] = _value(found.group(2) or "")
                where[last] = number
                if fields.get(last) != "":
                    b.claim(number, fields.get(last, "extra"))
            elif text.startswith("- ") and last and (
                    meta.get(last) in ("", None) or isinstance(meta.get(last), list)):
                # A block list (``tags:`` then ``- item`` lines) is read as a flow list.
                meta[last] = [*_strings(meta.get(last)), str(_scalar(text[2:].strip()))]
                b.claim(number, fields.get(last) or "extra")
            elif text.startswith("#"):
                b.claim(number, "header")
            else:
                b.furniture(Line(number, text))
                b.warn("front matter line is not 'key: value'", number)
        raise self.malformed("front matter opened here is never closed with '---' "
                             "(truncated document?)", opening, doc)

    def _header(self, b: ArticleBuilder, doc: Document, start: int) -> int:
        """The epoch comment, ``[title](url)`` link line and ``------`` underline."""
        index = start
        while index < len(doc.lines):
            text = doc.lines[index]
            epoch = _EPOCH.fullmatch(text)
            if not text:
                pass
            elif epoch and "epoch_ms" not in b.extra:
                b.extra["epoch_ms"] = int(epoch.group(1))
                b.claim(index + 1, "extra")
            elif text.startswith("[") and text.endswith(")") and "](" in text and not b.url:
                cut = text.rfind("](")
                b.title, b.url = text[1:cut].strip(), text[cut + 2:-1].strip() or None
                b.claim(index + 1, "title")
            elif len(text) >= 3 and set(text) in ({"-"}, {"="}):
                b.claim(index + 1, "title")
                return index + 1
            else:
                break
            index += 1
        return index

    def _published(self, b: ArticleBuilder, meta: dict[str, Any], line: int | None) -> None:
        raw = str(meta.get("date") or "").strip()
        if not raw:
            b.warn("front matter has no date", line)
            return
        spaced = _SPACED_OFFSET.fullmatch(raw)
        try:
            value = isoparse(spaced.group(1) + spaced.group(2) if spaced else raw)
        except (ValueError, OverflowError):
            b.warn(f"unreadable date {raw[:40]!r}", line)
            return
        if len(raw) == 10:
            b.published = value.date()
        elif value.tzinfo is None:
            b.warn(f"date {raw[:40]!r} states no UTC offset; read as UTC like the archive's others",
                   line)
            b.published = value.replace(tzinfo=dates.UTC)
        else:
            b.published = value

    def _people(self, b: ArticleBuilder, meta: dict[str, Any], line: int | None) -> None:
        url = meta.get("from")
        if isinstance(url, str) and url.strip():
            b.url = url.strip()
        b.tags = _strings(meta.get("tags"))
        b.categories = _strings(meta.get("categories"))
        author = str(meta.get("author") or "").strip()
        if author and (author in _OUTLETS or author in b.categories or author in b.tags):
            b.source = author
            if line is not None:
                b.claim(line, "source")
            return
        b.authors = [name for name in _PERSONS.split(author) if name]
        if line is not None:
            b.claim(line, "authors")
        named = [c for c in b.categories if c in _OUTLETS] or [
            c for c in b.categories if c.lower() not in _GENERIC and c not in b.authors]
        if named:
            b.source = named[-1]
            return
        try:
            host = urlsplit(b.url or "").hostname or ""
        except ValueError:  # e.g. a broken IPv6 literal
            host = ""
        b.source = next((outlet for domain, outlet in _HOSTS
                         if host == domain or host.endswith("." + domain)), None)

    # -- body --------------------------------------------------------------------------

    def _body(self, b: ArticleBuilder, doc: Document, start: int, context: Context) -> None:
        lines = list(doc.lines[start:])
        numbers = [n for n, text in enumerate(lines, start + 1) if text]
        if not numbers:
            b.warn("post has no body")
            return
        fragment = "\n".join(lines)
        if looks_like_html(fragment):
            blocks, warnings = read_html(fragment)
            for message in warnings:
                b.warn(message, numbers[0])
        else:
            blocks = read_plain(lines)

        def nearest(line: int) -> int:  # a block's line, moved onto a non-blank body line
            at = min(bisect.bisect_left(numbers, start + line), len(numbers) - 1)
            return numbers[at]

        paragraphs = [(block.text, nearest(block.line)) for block in blocks
                      if block.kind == "paragraph"]
        if paragraphs:
            paragraphs[0] = (self._dateline(b, paragraphs[0][0], context), paragraphs[0][1])
        fed = self._credit(b, paragraphs)
        for text, line in paragraphs:
            if text:
                b.paragraph(text, line)
        for index, (text, line) in enumerate(paragraphs):
            if not text:  # all of it was the lead's dateline or a credit on its own
                b.claim(line, "dateline" if index == 0 and b.dateline else fed or "dateline")
        for block in blocks:
            if block.kind == "boilerplate":
                b.claim(nearest(block.line), f"boilerplate[{len(b.boilerplate)}]")
                b.boilerplate.append(block.text)
        for number in numbers:  # markup-only lines of the HTML body
            b.claim(number, "paragraphs")
        if not b.paragraphs:
            b.warn("post body has no paragraphs", numbers[0])

    def _dateline(self, b: ArticleBuilder, lead: str, context: Context) -> str:
        anchor = dates.as_date(b.published) or context.reference_date
        wire = _WIRE.match(lead) or _REUTERS.match(lead)
        if wire:
            place = wire.group("place")
            if place and any(word in place for word in _REPORTER):
                place = None  # "記者陳家倫台北": the name and the place cannot be told apart
            day, month = int(wire.group("day")), wire.group("month")
            date = None
            if anchor is not None:
                date = (dates.infer_year(int(month), day, anchor) if month
                        else dates.infer_month(day, anchor))
            b.dateline = Dateline(place=place, date=date, agency=wire.group("agency"))
            return lead[wire.end():]
        marker = _NEWS_MARKER.match(lead)
        if marker:
            who = marker.group("who")
            if who.endswith(("综合", "綜合")) and len(who) > 2:  # （北京综合讯）
                b.dateline = Dateline(place=who[:-2], agency=who[-2:])
            else:
                b.dateline = Dateline(agency=who)
            return lead[marker.end():]
        dash = _PLACE_DASH.match(lead)
        if dash and len(lead) > dash.end():
            b.dateline = Dateline(place=dash.group("place"))
            return lead[dash.end():]
        return lead

    def _credit(self, b: ArticleBuilder, paragraphs: list[tuple[str, int]]) -> str | None:
        """A closing editor/translator credit moves out of the text into its field, which
        is returned (None when there is no credit).

        It closes the story proper, but a related-news link may still follow it, so the
        last paragraph that ends with a credit is the one read.
        """
        for index in reversed(range(len(paragraphs))):
            text, line = paragraphs[index]
            found = None
            for found in _CREDIT.finditer(text, max(0, len(text) - 80)):
                pass
            if found is None or text[found.end():].strip():
                continue
            names = [n for n in _PERSONS.split(found.group("names").strip()) if n]
            if found.group("role") in ("編譯", "编译"):
                field = "authors"
                b.authors.extend(n for n in names if n not in b.authors)
            else:
                field = "editor"
                b.editor = "、".join(names)
            if found.group("code"):
                b.extra["date_code"] = found.group("code")
            paragraphs[index] = (text[:found.start()].rstrip(), line)
            return field
        return None
