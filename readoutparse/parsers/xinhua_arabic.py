"""Xinhua copy on Arabic-language Chinese portals (People's Daily Arabic and republishers).

The portals print the story between furniture in several layouts, all read by one rule:
the headline is the line just above the page's stamp (the line holding its time), or,
where the stamp comes first or is missing, the first headline-shaped line of the header.

* People's Daily Arabic: breadcrumb ``الصفحة الرئيسية >> التبادلات الدولية``, title,
  stamp ``/مصدر: شينخوا/ 2025:07:11.09:45`` (or ``2020:02:25.08:40 حجم الخط اطبع``);
  2016-2022 pages open with the masthead ``人民网 YYYY:MM:DD.HH:MM:SS`` (when the page was
  printed: kept in ``extra["printed"]``) and sidebar headings before and after the crumb,
  and may print the title again under the stamp.
* Republished pages: a date line ``DD - MM - YYYY``, the title (often twice), the body.
* Other portals: Belt and Road (``التاريخ: … المصدر: …``, ``الوقت:…المصدر:…``, closing
  ``تحرير: NAME``), CRI, CCTV (``BJT …``), china.org.cn (``arabic.china.org.cn | …``).

Stamp shapes live in :mod:`.stamps`, furniture in :mod:`.sidebars`, dateline shapes in
:mod:`.arabic_datelines`, photo captions in :mod:`.arabic_captions`.  A text that begins
at its dateline (an excerpt) or with prose has no headline and is refused.
"""

from __future__ import annotations

import re

from .. import dates
from ..model import Article, Dateline
from ..script import arabic_share
from ..text import Document, Line
from . import arabic_datelines, sidebars
from .arabic_captions import is_caption, is_leading_caption
from .arabic_header import (
    HOME, SENTENCE_END, WINDOW, Role, Roles, heads_page, is_lead, is_prose, long_headline,
    over_title, portal_furniture, published_stamp, refines, same_headline, stamped,
)
from .base import ArticleBuilder, Context, Parser
from .stamps import Stamp, read_stamp, split_glued_opening

__all__ = ["XinhuaArabicParser"]

_PUNCTUATED = re.compile(r"[،,:：؛;/.!?؟«»\"()]")
# This many distinct headlines with no stamp to pick the story's out: a listing page.
_LISTING = 3
# A caption under a credit line is short: a longer unfinished line is a cut paragraph.
_CAPTION_MAX = 120


class XinhuaArabicParser(Parser):
    name = "xinhua_arabic"
    language = "ar"
    description = "Xinhua Arabic copy on People's Daily Arabic, Belt and Road, CRI, CCTV and china.org.cn pages"

    def score(self, doc: Document) -> float:
        head = doc.head(12)
        if not head:
            return 0.0
        sample = "\n".join(line.text[:2000] for line in head)
        share = arabic_share(sample[:500])  # a sample tells the script; this runs on every document
        if share < 0.5:
            return round(share * 0.3, 3)
        marked = (
            HOME in sample
            # A stamp may stand under a long navigation list (CRI 2004).
            or any(stamped(line.text) for line in doc.content[:WINDOW])
            or any(arabic_datelines.match(line.text[:300]) for line in head[:8])
            or any(portal_furniture(line.text) for line in head)
        )
        if marked:
            return 0.9
        if "شينخوا" in sample:
            return 0.6
        # No marker: a headline over prose may be a readout that lost its header (still
        # below a marked page); text that opens with a sentence is just Arabic prose.
        headline = not is_prose(head[0].text) and any(is_prose(x.text) for x in head[1:])
        return 0.55 if headline else 0.45

    def parse(self, doc: Document, context: Context) -> Article:
        b = self.builder(doc)
        lines = list(doc.content)
        if not lines:
            raise self.malformed("empty document: no title", None, doc)
        roles = Roles(lines)
        title = self._title(lines, roles, doc)
        for i in range(title):
            self._header_line(b, lines[i], roles[i])
        b.title = lines[title].text
        glued = split_glued_opening(b.title)
        if glued is not None:
            # The stamp's site name run onto the title line: furniture, kept.
            b.title, opening = glued
            b.boilerplate.append(opening)
        b.claim(lines[title], "title")
        i = title + 1
        # Under the title: its stamp, toolbar words, and the title printed again.
        while i < len(lines) and i < len(roles) and (
            roles[i] in ("stamp", "furniture") or same_headline(lines[i].text, b.title)
        ):
            if same_headline(lines[i].text, b.title):
                b.claim(lines[i], "title")
            else:
                self._header_line(b, lines[i], roles[i])
            i += 1
        kicker = (i < len(roles) and roles[i] == "headline" and not _PUNCTUATED.search(lines[i].text)
                  and read_stamp(lines[i].text) is None
                  # a photo's caption above the lead has a shape of its own: the body reads it
                  and not (is_caption(lines[i].text) or is_leading_caption(lines[i].text)))
        if kicker and i + 1 == len(lines):
            # The page ends under it: a subtitle, or a lead cut short; which, the text does
            # not say, so it is stated as neither.
            b.furniture(lines[i])
            b.warn("the page ends at a short line under the title (a subtitle, or a cut "
                   "lead?): kept in boilerplate", lines[i])
            i += 1
        elif kicker and i + 1 < len(roles) and roles[i + 1] in ("prose", "lead"):
            # A second, short headline between the title and the body's first sentence, with
            # no punctuation (a section heading "ثالثا، …" has some) and no credit (a
            # byline): a subtitle, or the section's kicker (china.org.cn 2006), not body.
            b.extra["subtitle"] = lines[i].text
            b.claim(lines[i], "extra.subtitle")
            i += 1
        self._body(b, lines[i:], context)
        if b.source is None and b.dateline is not None:
            b.source = b.dateline.agency
        return b.build()

    def _title(self, lines: list[Line], roles: Roles, doc: Document) -> int:
        """The index of the headline, or a clear refusal naming what is missing."""
        lead = next((i for i in range(len(roles)) if roles[i] == "lead"), len(roles))
        body = next((i for i in range(lead) if roles[i] == "prose"), lead)
        # The stamp may sit below prose that is a sidebar's (a poll question), but then
        # only a stamp that reads as one anchors the title.
        anchor = next((i for i in range(lead) if roles[i] == "stamp"
                       and published_stamp(lines[i].text, readable=i > body)), None)
        if anchor is not None and over_title(lines[anchor].text):
            # This portal prints its stamp over the headline: what stands above is header.
            under = next((i for i in range(anchor + 1, len(roles)) if roles[i] == "headline"), None)
            if under is not None:
                return under
            raise self.malformed("expected the title under the stamp line", lines[anchor], doc)
        if anchor is not None:
            above = [i for i in range(anchor) if roles[i] == "headline"]
            if above:
                return above[-1]
            if anchor > 0 and long_headline(lines[anchor - 1].text):
                # Right above the stamp, a line too long for a headline but no sentence:
                # a long headline (a report's title with its series name).
                return anchor - 1
            if anchor + 1 < len(roles) and is_caption(lines[anchor + 1].text) == "ends_with_photo_day":
                # No headline above the stamp: the line right under it is the headline,
                # though it ends with its photo's day as captions do (china.org.cn photos).
                return anchor + 1
            body = next((i for i in range(anchor + 1, len(roles)) if roles[i] in ("lead", "prose")),
                        len(roles))
        start = anchor + 1 if anchor is not None else 0
        # The breadcrumb stands right over the story's headline: a menu or links above it
        # (the 2006 layout's section list) are the page's, not the story's.
        crumbs = [i for i in range(start, body) if roles[i] == "crumb"]
        if anchor is not None and not crumbs and heads_page(lines[anchor].text):
            # The top bar's stamp is over a menu, then the crumb, then the story: no crumb,
            # so the page was cut above the story's headline.
            raise self.malformed("the page ends before the breadcrumb over the story: expected "
                                 "the title", lines[min(body, len(lines)) - 1], doc)
        start = crumbs[-1] + 1 if crumbs else start
        found = [i for i in range(start, body) if roles[i] == "headline"]
        if found:
            # Headlines under a sidebar heading are its list; the story's comes first.
            free = [i for i in found if "heading" not in roles.between(start, i)]
            if free:
                distinct = dict.fromkeys(lines[i].text for i in free)
                if anchor is None and len(distinct) >= _LISTING:
                    what = ("then the dateline: a sidebar list over an excerpt with no headline of "
                            "its own" if body == lead < len(lines) else "a listing page (or a sidebar)")
                    raise self.malformed(f"{len(distinct)} headlines and no stamp, {what}, not one "
                                         "story", lines[free[0]], doc)
                return free[0]
            if body < len(lines):  # the list ends where the story starts: its headline is last
                return found[-1]
            raise self.malformed("page ends inside a sidebar list: expected the title",
                                 lines[found[-1]], doc)
        if body >= len(lines):
            raise self.malformed("page ends after its header: expected the title", lines[-1], doc)
        if body >= len(roles):
            raise self.malformed(f"no headline in the first {WINDOW} lines: expected the title",
                                 lines[body - 1], doc)
        first = lines[body]
        if roles[body] == "lead":
            raise self.malformed("no headline: the text begins at its dateline (an excerpt, "
                                 "not a page of the format)", first, doc)
        if anchor is not None:
            raise self.malformed("expected the title before the stamp line", lines[anchor], doc)
        if body == 0:
            raise self.malformed("neither a headline nor a header: the text opens with body "
                                 "prose (a listing or an excerpt, not a page)", first, doc)
        raise self.malformed("no headline: after the header comes body prose", first, doc)

    def _header_line(self, b: ArticleBuilder, line: Line, role: Role) -> None:
        if role == "stamp":
            self._stamp(b, line, read_stamp(line.text, credit=False))
        elif role == "crumb":
            b.section = [p.strip() for p in line.text.split(">") if p.strip()]
            b.claim(line, "section")
        elif role == "caption":
            self._caption(b, line)
        else:
            # Sidebar headings, their headline lists, toolbars, poll boxes.
            b.furniture(line)

    def _stamp(self, b: ArticleBuilder, line: Line, stamp: Stamp | None) -> None:
        if stamp is None:
            return
        field = {"printed": "extra.printed", "author": f"authors[{len(b.authors)}]"}.get(
            stamp.role, stamp.role)
        b.claim(line, field)
        if not stamp.readable:
            b.warn(f"unreadable stamp line {line.text[:80]!r}", line)
            return
        if stamp.role == "printed":
            if stamp.moment is not None:
                b.extra.setdefault("printed", stamp.moment.isoformat())
            return
        if stamp.moment is not None and (b.published is None or refines(stamp.moment, b.published)):
            b.published = stamp.moment
        if stamp.source and b.source is None:
            b.source = stamp.source
        if stamp.editor and b.editor is None:
            b.editor = stamp.editor
        if stamp.author:
            b.authors.append(stamp.author)

    def _caption(self, b: ArticleBuilder, line: Line) -> None:
        captions = b.extra.setdefault("captions", [])
        b.claim(line, f"extra.captions[{len(captions)}]")
        captions.append(line.text)

    def _body(self, b: ArticleBuilder, lines: list[Line], context: Context) -> None:
        in_sidebar = in_footer = False
        # A credit line above the story (CRI's "cri"): the photo's short caption may follow.
        credited = False
        for line in lines:
            text = line.text
            rule = sidebars.classify(text)
            if in_footer or rule is not None:
                # Under the page's footer (copyright, contact, cookie notice) nothing is story.
                b.furniture(line)
                in_sidebar = in_sidebar or (rule is not None and rule.ends_story)
                in_footer = in_footer or (rule is not None and rule.kind == "footer")
                continue
            credit = read_stamp(text, credit=True)
            leading = not b.paragraphs and b.dateline is None
            if credit is not None:
                self._stamp(b, line, credit)
                # A closing credit (source, agency, editor) ends the story's text; a byline
                # opens it.
                in_sidebar = in_sidebar or (credit.role != "author" and bool(b.paragraphs))
                credited = leading
            elif leading and is_lead(text):
                # The story's dateline ends a sidebar list, and is never a caption.
                self._lead(b, line, context)
            elif is_caption(text) or (leading and is_leading_caption(text)) or (
                    leading and credited and len(text) <= _CAPTION_MAX
                    and not text.endswith(SENTENCE_END)):
                # Under the credit and above the story, a short unfinished line names the
                # picture printed there (CRI's portrait of the person interviewed).
                self._caption(b, line)
            elif in_sidebar and (not text.endswith(SENTENCE_END) or text.isascii()):
                # A sidebar's headlines and keyword strips, however long, and its links (Latin
                # letters only): a sentence ends the list.
                b.furniture(line)
            elif leading:
                self._lead(b, line, context)
            else:
                b.paragraph(text, line)
        if not b.paragraphs:
            b.warn("no body paragraphs: the page looks truncated")
        elif not b.paragraphs[-1].endswith(SENTENCE_END):
            b.warn("the last paragraph stops mid-sentence: the page looks cut off")

    def _lead(self, b: ArticleBuilder, line: Line, context: Context) -> None:
        """The first paragraph, with its dateline (if any) parsed out of it."""
        text = line.text
        found = arabic_datelines.match(text)
        if found is None:
            glued = arabic_datelines.find_glued(text)
            if glued is not None:
                # A sidebar headline run into the dateline: furniture, kept (the line
                # itself is the lead's).
                head, found = glued
                b.boilerplate.append(head)
        if found is None:
            b.paragraph(text, line)
            return
        when = found.date(dates.as_date(b.published) or context.reference_date)
        if when is None and found.day is not None:  # a month-only dateline has no day to read
            b.warn(f"dateline date not understood: {text[found.start:found.end].strip()!r}", line)
        b.dateline = Dateline(place=found.place, date=when, agency=found.agency)
        if found.author:
            # A byline run into the dateline: the name is the author; the words as printed
            # (with the author's role) are kept, since the line is the lead's.
            b.authors.append(found.author)
            b.extra["byline"] = found.opener
        # western_digits keeps lengths, so the offset holds in the text as printed.
        rest = text[found.end:].strip()
        if rest:
            b.paragraph(rest, line)
        else:
            b.claim(line, "dateline")
