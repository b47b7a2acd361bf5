"""Jekyll posts from a Chinese news archive: YAML front matter, then the story as HTML.

The archive's template carries many outlets (联合早报, 法广, 美国之音, 中央社 ...), so the
outlet is read from the post (author, categories, the original URL), never assumed.
Front matter is read by :mod:`.front_matter`, the body's blocks by :mod:`.html_body` (with
the element rules of :mod:`.markup_rules`), page furniture told from text by the rule
tables of :mod:`.furniture`, datelines by :mod:`.datelines`, outlets by :mod:`.outlets`.

Where the furniture goes: template furniture (time stamps, feed footers, widgets, headings,
copyright lines) to ``boilerplate``; related headlines, with their links, to ``related``;
photo captions (``<figure>``, 中央社's ``div.picinfo``, the small print under a picture,
``资料照：…``, gallery texts) to ``extra["captions"]``, a list of strings, since a user may
want them but they are not the story; a closing credit to ``editor`` (or ``authors`` for a
translator), with 中央社's ROC date code in ``extra["date_code"]`` and an RFA or 大纪元 credit
line as written in ``extra["credit"]``.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from .. import dates, script
from ..model import Article, Related
from ..text import Document, Line
from . import front_matter
from .base import ArticleBuilder, Context, Parser
from .datelines import read_dateline
from .closing_credits import read_credit
from .furniture import buttons, classify
from .headings import mark_subheadings
from .html_body import looks_like_html, read_html, read_plain
from .outlets import GENERIC_CATEGORIES, NAMES, NO_AUTHOR, outlet_of_url

__all__ = ["ZaobaoJekyllParser"]

_EPOCH = re.compile(r"<!--\s?(\d{1,16})\s?-->")
_PERSONS = re.compile(r"\s?[、，,;；/]\s?")
# a numbered part's label (十二、孔子学院在德国): a numeral, 、 and a few words, no sentence
_SECTION_LABEL = re.compile(r"[一二三四五六七八九十百]{1,4}、[^。！？，,.!?；;：:\n]{1,30}")
_ROLE_NOTE = re.compile(r"\s?[（(][^（）()]{0,12}[)）]")  # 苗子(综合报道), 王凡（摘编）
# Jekyll layouts of site pages, not posts; and keys only site pages carry.
_SITE_LAYOUTS = frozenset("page default home archive archives search categories tags "
                          "category tag about 404".split())


def _strings(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value if item not in (None, "")]
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
        if isinstance(title, (int, float)) and not isinstance(title, bool):
            title = str(title)  # a headline YAML read as a number
        body_start = self._header(b, doc, body_start)
        if not isinstance(title, str) or not title.strip():
            if not b.title:
                raise self.malformed("front matter has no title", opening, doc)
            b.warn("front matter has no title; taken from the link line")
        else:
            b.title = " ".join(title.split())  # an escaped \n or \t is not part of a headline
        self._published(b, meta, where.get("date"))
        self._people(b, meta, where.get("author"))
        if b.url is not None and "from" in where:
            b.url = front_matter.as_written(b.url, doc.raw_line(where["from"]))
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
        """The values, the line of each key, and the index (in ``doc.lines``) of the line
        after the closing ``---``; every front-matter line is claimed for its field."""
        b.claim(opening, "header")
        try:
            found = front_matter.read(doc.lines, opening.number - 1)
        except front_matter.Unclosed:
            raise self.malformed("front matter opened here is never closed with '---' "
                                 "(truncated document?)", opening, doc) from None
        meta = found.values
        # ``author`` is claimed once it is known to name the outlet or a person.
        fields = {"title": "title", "date": "published", "from": "url", "author": "",
                  "tags": "tags", "categories": "categories", "layout": "header"}
        for key, chunk in found.chunks.items():
            for number in chunk.lines:
                if fields.get(key) != "":
                    b.claim(number, fields.get(key, "extra"))
        for number in found.comments:
            b.claim(number, "header")
        for number in found.stray:
            b.furniture(Line(number, doc.lines[number - 1]))
            b.warn("front matter line is not 'key: value'", number)
        for message, number in found.warnings:
            b.warn(message, number)
        b.claim(found.closing, "header")
        extra = {k: v for k, v in meta.items() if k not in fields and front_matter.plain(v)}
        if meta.get("layout") not in (None, "post"):
            extra["layout"] = meta["layout"]
        b.extra.update(extra)
        where = {key: chunk.lines[0] for key, chunk in found.chunks.items()}
        if "date" not in meta and (str(meta.get("layout")) in _SITE_LAYOUTS
                                   or "permalink" in meta):
            what = f"layout {meta['layout']!r}" if "layout" in meta else "a permalink"
            raise self.malformed(f"a Jekyll site page ({what}, no date), not a post",
                                 opening, doc)
        return meta, where, found.end

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
        value, problem = front_matter.read_date(str(meta.get("date") or ""))
        if problem:
            b.warn(problem, line)
        b.published = value

    def _people(self, b: ArticleBuilder, meta: dict[str, Any], line: int | None) -> None:
        url = meta.get("from")
        if isinstance(url, str) and url.strip():
            b.url = url.strip()
        b.tags = _strings(meta.get("tags"))
        b.categories = _strings(meta.get("categories"))
        author = str(meta.get("author") or "").strip()
        if author and (author in NAMES or author in b.categories or author in b.tags):
            b.source = author
            if line is not None:
                b.claim(line, "source")
            return
        if author in NO_AUTHOR:
            author = ""
        b.authors = [name for name in _PERSONS.split(author) if name]
        if line is not None:
            b.claim(line, "authors" if b.authors else "header")
        named = [c for c in b.categories if c in NAMES] or [
            c for c in b.categories if c.lower() not in GENERIC_CATEGORIES and c not in b.authors]
        b.source = named[-1] if named else outlet_of_url(b.url)

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
            last = lines[numbers[-1] - start - 1]
            if fragment.lstrip().startswith("<") and not last.endswith(">"):
                b.warn("post body stops inside its HTML (truncated document?)", numbers[-1])
        else:
            blocks = read_plain(lines)

        def nearest(line: int) -> int:  # a block's line, moved onto a non-blank body line
            at = min(bisect.bisect_left(numbers, start + line), len(numbers) - 1)
            return numbers[at]

        verdicts = buttons(mark_subheadings(classify(blocks, b.source, b.title, b.url),
                                            b.title), b.title)
        # The lead is the first paragraph; a wire dateline may open one of the next three
        # instead, after a summary, an update note or a few "key: figure" lines.
        leads = [i for i, v in enumerate(verdicts) if v.kind == "paragraph"][:4]
        anchor = dates.as_date(b.published) or context.reference_date
        captions: list[str] = []
        headings: list[dict[str, Any]] = []  # {"text", "paragraph": the one it stands over}
        standfirst: list[str] = []
        cards: list[str] = []  # 中央社's profile cards, opened from a name in a sentence
        # Furniture claims its line after the paragraphs have: a line holding the end of a
        # furniture tag and the start of a paragraph feeds the paragraph.
        later: list[tuple[int, str]] = []
        for index, verdict in enumerate(verdicts):
            line, text = nearest(verdict.block.line), verdict.text
            if index in leads and b.dateline is None:
                reporters: list[str] = []
                b.dateline, text = read_dateline(text, anchor, index != leads[0], reporters)
                b.authors.extend(n for n in reporters if n not in b.authors)
                if (verdict.kind == "paragraph" and text != verdict.text
                        and _SECTION_LABEL.fullmatch(text)):
                    # all the lead holds past its dateline is a numbered label of a few
                    # words: a series part's title over the story (大纪元's 十二、…), no text
                    verdict = verdict._replace(kind="boilerplate", taken=text)
            if verdict.rule == "byline" and not b.authors:  # a byline, or one cut off
                names = " ".join(w for w in _ROLE_NOTE.sub("", verdict.facts.get(
                    "names", "")).split(" ") if w not in NO_AUTHOR)  # DW's "null 张慈"
                b.authors = list(dict.fromkeys(n.strip() for n in _PERSONS.split(names)
                                               if n.strip()))
            credit = read_credit(verdict.facts, verdict.taken)
            if verdict.rule == "credit":
                b.authors.extend(n for n in credit.authors if n not in b.authors)
                b.editor = credit.editor or b.editor
                for key, value in (("date_code", credit.code), ("credit", credit.line)):
                    if value:
                        b.extra[key] = value
            if verdict.kind == "paragraph" and text:
                b.paragraph(text, line)
                if verdict.taken and verdict.rule in ("boilerplate", "byline"):  # cut off
                    b.boilerplate.append(verdict.taken)
            elif verdict.kind == "paragraph":  # all of it was the lead's dateline
                b.claim(line, "dateline")
            elif verdict.kind == "caption":
                later.append((line, f"extra.captions[{len(captions)}]"))
                captions.append(text)
            elif verdict.kind == "subheading":
                later.append((line, f"extra.subheadings[{len(headings)}]"))
                headings.append({"text": text, "paragraph": len(b.paragraphs)})
            elif verdict.kind == "card":
                later.append((line, f"extra.cards[{len(cards)}]"))
                cards.append(text)
            elif verdict.kind == "standfirst":
                later.append((line, "extra.standfirst"))
                standfirst.append(text)
            elif verdict.kind == "related":
                later.append((line, f"related[{len(b.related)}]"))
                links = verdict.block.links
                b.related.append(Related(title=text, url=verdict.block.url or (
                    links[0] if len(links) == 1 else None)))
            elif verdict.kind == "credit":
                later.append((line, "editor" if credit.editor else "authors" if credit.authors
                              else "extra.credit"))
            else:  # boilerplate, and a byline (its names are read above)
                later.append((line, f"boilerplate[{len(b.boilerplate)}]"))
                b.boilerplate.append(verdict.taken or text)
        for line, field in later:
            b.claim(line, field)
        found: dict[str, Any] = {"captions": captions, "subheadings": headings, "cards": cards,
                                 "standfirst": "\n".join(standfirst)}
        b.extra.update((key, value) for key, value in found.items() if value)
        for number in numbers:  # markup-only lines of the HTML body
            b.claim(number, "paragraphs")
        if not b.paragraphs:
            b.warn("post body has no paragraphs", numbers[0])
