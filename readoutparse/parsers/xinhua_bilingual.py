"""Xinhua's bilingual portal pages: a Chinese story, optionally followed by its English version.

Layout: breadcrumb (``首頁 > 頭條``), title, a header of ``label:value`` fields split by ``|``
(``發佈時間``, ``來源``, ``作者``, ``責任編輯``; Simplified pages write ``发布时间`` etc.), the
Chinese body (perhaps opening ``新華社北京6月19日電``), then perhaps an English headline, a
``Source: Xinhua | <time> | Editor: ...`` line and English paragraphs (``BEIJING, June 19
(Xinhua) -- ``).  Times printed on the page are Beijing time.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import BEIJING, as_date, at_offset, infer_year, safe_date, western_digits
from ..model import Article, Dateline, Moment
from ..script import han_count, han_variant, is_latin_text, latin_share
from ..text import Document, Line
from .base import ArticleBuilder, Context, Parser

PUBLISHED_LABELS = ("發佈時間", "發布時間", "发布时间", "发佈时间")
_ZH_FIELDS: dict[str, str] = {
    **dict.fromkeys(PUBLISHED_LABELS + ("時間", "时间"), "published"),
    **dict.fromkeys(("來源", "来源"), "source"),
    **dict.fromkeys(("作者", "記者", "记者"), "authors"),
    **dict.fromkeys(("責任編輯", "责任编辑", "編輯", "编辑", "責編", "责编"), "editor"),
}
_TRADITIONAL_LABELS = frozenset(("發佈時間", "發布時間", "時間", "來源", "記者", "責任編輯", "編輯", "責編"))
_EN_FIELDS: dict[str, str] = {
    **dict.fromkeys(("source", "from"), "source"),
    **dict.fromkeys(("editor", "web editor", "responsible editor", "editors"), "editor"),
    **dict.fromkeys(("date", "time", "published", "publish time", "release time", "updated"),
                    "published"),
    **dict.fromkeys(("author", "authors", "writer", "reporter"), "authors"),
}
# A header line is claimed for the most telling field it fed.
_CLAIM_ORDER = ("published", "source", "editor", "authors", "header")
HOME = frozenset(("首頁", "首页"))
_POSITION = ("當前位置", "当前位置", "您的位置", "您現在的位置", "您现在的位置")
_FURNITURE = frozenset(("【纠错】", "【糾錯】", "【打印】", "【关闭】", "【關閉】", "（完）", "(完)",
                        "纠错", "糾錯", "打印", "关闭窗口", "關閉窗口", "返回顶部", "返回頂部"))
_FURNITURE_PREFIXES = ("分享到", "扫一扫", "掃一掃", "【纠错】", "【糾錯】")
_EN_FURNITURE = frozenset(("enditem", "(enditem)", "end item"))

_BAR = re.compile(r"[|｜]")
_CRUMB_SEP = re.compile(r"[>＞»]")
_LABEL_START = re.compile(r"[\u4e00-\u9fff]{2,6} ?[:：]")
_SPLIT_NAMES = re.compile(r"[ 、，,;；/]")
_BRACKETS = {"[": "]", "【": "】", "(": ")", "（": "）"}
_NUMERIC = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_HANZI = re.compile(r"(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日(?: ?(\d{1,2}) ?[:：] ?(\d{2})(?: ?[:：] ?(\d{2}))?)?")
_DATE_LIKE = re.compile(r"\d{4} ?[-/.年]")
_ZH_DATELINE = re.compile(
    r"(?P<agency>新華社|新华社|新華網|新华网|中新社|中新網|中新网)"
    r"(?P<place>[^\d\s（()）,，:：。]{0,12})(?:(?P<year>\d{4})年)?(?P<month>\d{1,2})月(?P<day>\d{1,2})日[電电]"
    r"(?: ?[（(](?:記者|记者) ?(?P<reporters>[^）)]{1,40})[）)])?[ ,，:：]*"
)
_EN_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.'-]{0,30}(?: [A-Z][A-Z.'-]{0,30}){0,4})"
    r"(?:, (?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?)? ?)?"
    r"\((?P<agency>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2})\) ?(?:--|—|–|-) ?"
)
_MONTHS = {name: number for number, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
    "aug august", "sep sept september", "oct october", "nov november", "dec december"), 1)
    for name in names.split()}


def _split_label(field: str) -> tuple[str, str] | None:
    """``label:value`` with an ASCII or full-width colon; the label is short, the value may be empty."""
    cut = min((i for i in (field.find(":"), field.find("：")) if i >= 0), default=-1)
    if cut < 1 or cut > 20:
        return None
    return field[:cut].strip(), field[cut + 1:].strip()


def _zh_fields(text: str) -> list[str]:
    # Fields are split by bars; some pages only leave a space before the next label.
    fields: list[str] = []
    for chunk in _BAR.split(text):
        current: list[str] = []
        for token in chunk.split(" "):
            if current and _LABEL_START.match(token):
                fields.append(" ".join(current))
                current = []
            current.append(token)
        fields.append(" ".join(current).strip())
    return [field for field in fields if field]


def _is_zh_header(text: str) -> bool:
    pair = _split_label(_BAR.split(text, 1)[0])
    return pair is not None and pair[0] in _ZH_FIELDS


def _crumb_items(text: str) -> list[str] | None:
    for prefix in _POSITION:
        if text.startswith(prefix):
            text = text[len(prefix):].lstrip(" :：")
    if not _CRUMB_SEP.search(text):
        return None
    return [item.strip() for item in _CRUMB_SEP.split(text) if item.strip()] or None


def parse_time(value: str) -> Moment | None:
    """A printed Beijing time; None for anything incomplete or impossible, never a guess."""
    value = western_digits(value.strip())
    found = _NUMERIC.fullmatch(value)
    if found:
        year, _, month, day, hour, minute, second = found.groups()
        if hour is None and len(day) == 1:
            return None  # "2025-06-2" may be "2025-06-2x" cut short
    else:
        found = _HANZI.fullmatch(value)
        if not found:
            return None
        year, month, day, hour, minute, second = found.groups()
    if hour is None:
        return safe_date(int(year), int(month), int(day))
    return at_offset(int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
                     tz=BEIJING)


def _names(value: str) -> list[str]:
    return [name for name in _SPLIT_NAMES.split(value) if name]


def _editor_line(text: str) -> tuple[str, str] | None:
    """``[責任編輯:曹川川]``, ``【责任编辑：王某】``, ``(Web editor: Li Ming)``: (language, name)."""
    if text[:1] in _BRACKETS and text.endswith(_BRACKETS[text[0]]):
        text = text[1:-1].strip()
    pair = _split_label(text)
    if pair is None or not pair[1] or len(pair[1]) > 40:
        return None
    if _ZH_FIELDS.get(pair[0]) == "editor":
        return "zh", pair[1]
    if _EN_FIELDS.get(" ".join(pair[0].lower().split())) == "editor":
        return "en", pair[1]
    return None


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
        labelled = any(_has_published_label(line.text[:400]) for line in head)
        if labelled:
            return 0.95 if home else 0.85 if crumb else 0.7
        if home:
            text = " ".join(line.text[:400] for line in head)
            letters = sum(1 for ch in text if ch.isalpha())
            if letters and han_count(text) / letters > 0.5:
                return 0.55
        return 0.05

    def parse(self, doc: Document, context: Context) -> Article:
        lines = doc.content
        if not lines:
            raise self.malformed("empty document", None, doc)
        at = next((i for i, line in enumerate(lines[:10]) if _is_zh_header(line.text)), None)
        crumb = _crumb_items(lines[0].text)
        if at is None:
            expected = lines[min(2 if crumb else 1, len(lines) - 1)]
            raise self.malformed("expected the header line (發佈時間:... | 來源:...) after the title",
                                 expected, doc)
        if at == 0 or (at == 1 and crumb):
            raise self.malformed("no title before the header line", lines[at], doc)
        b = self.builder(doc)
        if at > 1 and crumb:
            b.section = crumb
            b.claim(lines[0], "section")
        else:
            b.warn("no breadcrumb above the title")
        b.title = lines[at - 1].text
        b.claim(lines[at - 1], "title")
        end, labels = at, set()
        while end < len(lines) and _is_zh_header(lines[end].text):
            labels |= self._zh_header(b, lines[end])
            end += 1
        rest = lines[end:]
        en_at = next((i for i, line in enumerate(rest)
                      if not self._is_furniture(line.text) and _editor_line(line.text) is None
                      and is_latin_text(line.text)), len(rest))
        for line in rest[:en_at]:
            if self._side_line(b, b, line):
                continue
            text = line.text
            if not b.paragraphs and b.dateline is None:
                text = self._zh_dateline(b, line, context)
                if not text:
                    b.claim(line, "dateline")
                    continue
            b.paragraph(text, line)
        if not b.paragraphs:
            b.warn("the Chinese body is missing after the header (truncated document?)", lines[end - 1])
        # The header's label spelling breaks a tie in the text's own character variant.
        hint = "zh-Hant" if labels & _TRADITIONAL_LABELS else "zh-Hans"
        b.language = han_variant(b.title + "".join(b.paragraphs), default=hint)
        if en_at < len(rest):
            self._english(b, rest[en_at:], context)
        return b.build()

    def _zh_header(self, b: ArticleBuilder, line: Line) -> set[str]:
        main, labels = "header", set()
        for field in _zh_fields(line.text):
            pair = _split_label(field)
            if pair is None:
                b.extra.setdefault("header", []).append(field)
                b.warn(f"unlabelled header field {field!r} kept in extra", line)
                continue
            label, value = pair
            labels.add(label)
            kind = _ZH_FIELDS.get(label)
            if kind is None:
                b.extra[label] = value
            elif self._set_field(b, kind, value, line):
                main = min(main, kind, key=_CLAIM_ORDER.index)
        b.claim(line, main)
        return labels

    def _set_field(self, b: ArticleBuilder, kind: str, value: str, line: Line) -> bool:
        if kind == "published":
            if b.published is None:
                b.published = parse_time(value)
                if b.published is None:
                    b.warn(f"unreadable publish time {value!r} ignored", line)
            return b.published is not None
        if kind == "source" and value and b.source is None:
            b.source = value
        elif kind == "authors" and value and not b.authors:
            b.authors = _names(value)
        elif kind == "editor" and value and b.editor is None:
            b.editor = value
        else:
            return False
        return True

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

    def _english(self, b: ArticleBuilder, lines: tuple[Line, ...], context: Context) -> None:
        t = b.translation("en")
        start = 0
        if _EN_DATELINE.match(lines[0].text) or _en_header(lines[0].text) is not None:
            t.warn("the English version has no headline", lines[0])
        else:
            t.title = lines[0].text
            t.claim(lines[0], "title")
            start = 1
        if start < len(lines) and (fields := _en_header(lines[start].text)) is not None:
            main = "header"
            for kind, value in fields:
                if kind.startswith("extra:"):
                    t.extra[kind[6:]] = value
                elif self._set_field(t, kind, value, lines[start]):
                    main = min(main, kind, key=_CLAIM_ORDER.index)
            t.claim(lines[start], main)
            start += 1
        for line in lines[start:]:
            # English prose may quote a name in Han characters; a line that is mostly Han is
            # not English and is left to the builder's sweep, with a warning.
            if self._side_line(b, t, line) or latin_share(line.text) <= 0.8:
                continue
            text = line.text
            if not t.paragraphs and t.dateline is None:
                text = self._en_dateline(t, line, as_date(t.published) or as_date(b.published)
                                         or context.reference_date)
            if text:
                t.paragraph(text, line)
            else:
                t.claim(line, "dateline")
        if not t.paragraphs:
            t.warn("the English version has no paragraphs", lines[-1])

    @staticmethod
    def _en_dateline(t: ArticleBuilder, line: Line, anchor: dt.date | None) -> str:
        found = _EN_DATELINE.match(line.text)
        if not found:
            return line.text
        date = None
        if found["month"]:
            month = _MONTHS.get(found["month"].lower())
            if month is None:
                t.warn(f"unknown month {found['month']!r} in the dateline", line)
            elif found["year"]:
                date = safe_date(int(found["year"]), month, int(found["day"]))
            else:
                date = infer_year(month, int(found["day"]), anchor)
        t.dateline = Dateline(place=found["place"] or None, date=date, agency=found["agency"])
        return line.text[found.end():]


def _has_published_label(text: str) -> bool:
    for label in PUBLISHED_LABELS:
        i = text.find(label)
        if i >= 0 and text[i + len(label):].lstrip(" ")[:1] in (":", "："):
            return True
    return False


def _en_header(text: str) -> list[tuple[str, str]] | None:
    """``Source: Xinhua | 2025-06-20 09:10:53 | Editor: Li Ming`` as (field, value) pairs."""
    fields: list[tuple[str, str]] = []
    for field in (f.strip() for f in _BAR.split(text)):
        if not field:
            continue
        if _DATE_LIKE.match(field):
            fields.append(("published", field))
            continue
        pair = _split_label(field)
        if pair is None:
            return None
        label = " ".join(pair[0].lower().split())
        kind = _EN_FIELDS.get(label)
        if kind is None and not (label.replace(" ", "").isalpha() and label.count(" ") < 3):
            return None
        fields.append((kind or f"extra:{pair[0]}", pair[1]))
    if not any(not kind.startswith("extra:") for kind, _ in fields):
        return None
    return fields
