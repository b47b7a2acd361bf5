"""Xinhua copy on Arabic-language Chinese portals (People's Daily Arabic and republishers).

Two page layouts share one reader:

* A: breadcrumb ``الصفحة الرئيسية >> التبادلات الدولية``, title, a stamp line
  ``/مصدر: شينخوا/ 2025:07:11.09:45`` (Beijing time; older eras print ``حجم الخط اطبع``
  after it, or the bare stamp), body, sidebar/footer furniture.
* B: a date line ``DD - MM - YYYY``, the title (usually printed twice), body.

The body may open with a dateline ``PLACE DAY MONTH [YEAR] (شينخوا)``.
"""

from __future__ import annotations

import re

from .. import dates
from ..model import Article, Dateline
from ..script import arabic_share
from ..text import Document, Line
from .base import ArticleBuilder, Context, Parser

_SOURCE = r"/ ?(?:ال)?مصدر ?[:：] ?(?P<source>[^/]{1,80}?) ?/"
# Anchored at the line start, so a stamp quoted inside body prose is never a header.
_STAMP = re.compile(
    rf"(?:{_SOURCE}[ |]{{0,5}})?"
    r"(?P<y>\d{4}):(?P<mo>\d{1,2}):(?P<d>\d{1,2})\.(?P<h>\d{1,2}):(?P<mi>\d{2})(?!\d)"
)
_SOURCE_ANY = re.compile(_SOURCE)
# What a stamp line cut short still looks like: it must be claimed, never read as a title.
_STAMP_START = re.compile(r"/ ?(?:ال)?مصدر|\d{4}:\d")
_DATE_LINE = re.compile(r"(?P<d>\d{1,2}) ?- ?(?P<mo>\d{1,2}) ?- ?(?P<y>\d{4})")
_DATEISH = re.compile(r"[\d /.-]{1,40}")
_DATELINE = re.compile(
    rf"(?:(?P<place>[^\d()]{{1,40}}?) ?)?(?P<day>\d{{1,2}}) (?:{dates.ARABIC_MONTH.pattern})"
    r"(?: (?P<year>\d{4}))? ?\((?P<agency>شينخوا)\)[ :\-–—ـ،,]{0,6}"
)
_HOME = "الصفحة الرئيسية"
# Sidebar headings: once one appears, the short lines under it are its headline list.
_SIDEBAR = ("الأخبار الأخيرة", "صور ساخنة", "أخبار ساخنة", "أخبار بصور", "ملفات خاصة")
# Longest first, so "حجم الخط" is removed whole before any shorter word.
_FURNITURE = sorted((*_SIDEBAR, "حجم الخط", "اطبع"), key=len, reverse=True)
_COPYRIGHT = ("حقوق النشر محفوظة", "جميع الحقوق محفوظة")
_SENTENCE_END = (".", "!", "?", "؟", "…", ".»", '."', ".”")
_HEADLINE_MAX = 150


def _only_furniture(text: str) -> bool:
    for phrase in _FURNITURE:
        text = text.replace(phrase, " ")
    return not text.strip(" |:-•·/")


def _is_prose(text: str) -> bool:
    return len(text) > _HEADLINE_MAX or text.endswith(_SENTENCE_END)


class XinhuaArabicParser(Parser):
    name = "xinhua_arabic"
    language = "ar"
    description = (
        "Xinhua Arabic copy: People's Daily Arabic pages and DD - MM - YYYY republished pages"
    )

    def score(self, doc: Document) -> float:
        head = doc.head(12)
        if not head:
            return 0.0
        sample = "\n".join(line.text[:2000] for line in head)
        share = arabic_share(sample[:500])  # a sample tells the script; this runs on every document
        if share < 0.5:
            return round(share * 0.3, 3)
        first = dates.western_digits(head[0].text[:200])
        marked = (
            _HOME in sample
            or "(شينخوا)" in sample
            or _DATE_LINE.fullmatch(first) is not None
            or any(_STAMP.match(dates.western_digits(line.text[:200])) for line in head[:6])
        )
        if marked:
            return 0.9
        if "شينخوا" in sample:
            return 0.6
        # No marker: a headline over prose may be a readout that lost its header (still
        # below a marked page); text that opens with a sentence is just Arabic prose.
        headline = not _is_prose(head[0].text) and any(_is_prose(x.text) for x in head[1:])
        return 0.55 if headline else 0.45

    def parse(self, doc: Document, context: Context) -> Article:
        b = self.builder(doc)
        lines = list(doc.content)
        if not lines:
            raise self.malformed("empty document: no title", None, doc)
        i = 0
        crumb = lines[0].text
        if len(crumb) <= 200 and (">" in crumb or crumb.startswith(_HOME)):
            b.section = [p.strip() for p in crumb.split(">") if p.strip()]
            b.claim(lines[0], "section")
            i = 1
        if i < len(lines) and _DATEISH.fullmatch(lines[i].text):
            self._date_line(b, lines[i])
            i += 1
        if i >= len(lines):
            raise self.malformed("page ends after its header: expected the title", lines[-1], doc)
        found = lines[i].text
        if _STAMP_START.match(dates.western_digits(found)) or _only_furniture(found):
            raise self.malformed(f"expected the title, found {found[:60]!r}", lines[i], doc)
        b.title = lines[i].text
        b.claim(lines[i], "title")
        i += 1
        if i < len(lines) and lines[i].text == b.title:
            b.claim(lines[i], "title")
            i += 1
        if i < len(lines) and _STAMP_START.match(dates.western_digits(lines[i].text)):
            self._stamp(b, lines[i])
            i += 1
        self._body(b, lines[i:], context)
        if not b.paragraphs:
            b.warn("no body paragraphs: the page looks truncated")
        if b.source is None and b.dateline is not None:
            b.source = b.dateline.agency
        return b.build()

    def _date_line(self, b: ArticleBuilder, line: Line) -> None:
        b.claim(line, "published")
        m = _DATE_LINE.fullmatch(dates.western_digits(line.text))
        day = m and dates.safe_date(int(m["y"]), int(m["mo"]), int(m["d"]))
        if day:
            b.published = day
        else:
            b.warn(f"unreadable date line {line.text[:80]!r}", line)

    def _stamp(self, b: ArticleBuilder, line: Line) -> None:
        # Furniture words printed after the stamp (حجم الخط اطبع) stay claimed with it.
        b.claim(line, "published")
        text = dates.western_digits(line.text)
        source = _SOURCE_ANY.search(text)
        if source:
            b.source = line.text[source.start("source"):source.end("source")]
        m = _STAMP.match(text)
        moment = m and dates.at_offset(
            int(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"]), int(m["mi"]), tz=dates.BEIJING
        )
        if moment:
            b.published = moment
        else:
            b.warn(f"unreadable stamp line {line.text[:80]!r}", line)

    def _body(self, b: ArticleBuilder, lines: list[Line], context: Context) -> None:
        in_sidebar = False
        for line in lines:
            text = line.text
            if _only_furniture(text):
                b.furniture(line)
                in_sidebar = in_sidebar or any(h in text for h in _SIDEBAR)
            elif any(c in text for c in _COPYRIGHT):
                b.furniture(line)
                in_sidebar = True
            elif in_sidebar and not _is_prose(text):
                b.furniture(line)
            elif b.paragraphs or b.dateline:
                b.paragraph(text, line)
            else:
                self._lead(b, line, context)

    def _lead(self, b: ArticleBuilder, line: Line, context: Context) -> None:
        """The first paragraph, with its dateline (if any) parsed out of it."""
        text = line.text
        m = _DATELINE.match(dates.western_digits(text[:400]))
        if not m:
            b.paragraph(text, line)
            return
        day, month = int(m["day"]), dates.ARABIC_MONTHS[m["month"]]
        if m["year"]:
            when = dates.safe_date(int(m["year"]), month, day)
        else:
            anchor = dates.as_date(b.published) or context.reference_date
            when = dates.infer_year(month, day, anchor)
        if when is None:
            b.warn(f"dateline date not understood: {text[:m.end()].strip()!r}", line)
        place = text[m.start("place"):m.end("place")].strip(" ،,") if m["place"] else None
        b.dateline = Dateline(place=place or None, date=when, agency=m["agency"])
        # western_digits keeps lengths, so the offset holds in the text as printed.
        rest = text[m.end():].strip()
        if rest:
            b.paragraph(rest, line)
        else:
            b.claim(line, "dateline")
