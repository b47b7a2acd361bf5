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
:mod:`.arabic_datelines`, photo captions in :mod:`.arabic_captions`, the story under the
header (and its Chinese version on bilingual pages) in :mod:`.arabic_body`.  A ``بقلم NAME``
byline is never the headline; a headline that asks (``…؟``) is still the line right above
the stamp.  A text that begins
at its dateline (an excerpt) or with prose has no headline and is refused.
"""

from __future__ import annotations

import re

from ..model import Article
from ..script import arabic_share
from ..text import Document, Line
from . import arabic_datelines
from .arabic_body import add_caption, apply_stamp, read_body
from .arabic_captions import is_caption, is_leading_caption
from .arabic_header import (
    HOME, WINDOW, Role, Roles, asked_headline, heads_page, is_prose, long_headline,
    over_title, portal_furniture, published_stamp, same_headline, stamped,
)
from .base import ArticleBuilder, Context, Parser
from .stamps import read_stamp, split_glued_opening

__all__ = ["XinhuaArabicParser"]

_PUNCTUATED = re.compile(r"[،,:：؛;/.!?؟«»\"()]")
# A subtitle printed under the headline behind a dash (China Today: "- زيارة …").
_DASHED = re.compile(r"[-–—] ?(?=\S)")
# This many distinct headlines with no stamp to pick the story's out: a listing page.
_LISTING = 3


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
        if i < len(roles) and roles[i] == "headline" and _DASHED.match(lines[i].text):
            b.extra["subtitle"] = _DASHED.sub("", lines[i].text, count=1)
            b.claim(lines[i], "extra.subtitle")
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
            # Under a subtitle already read, the short line is the writer's name as printed
            # (a magazine's byline), kept so, not guessed into ``authors``.
            key = "byline" if "subtitle" in b.extra else "subtitle"
            b.extra[key] = lines[i].text
            b.claim(lines[i], f"extra.{key}")
            i += 1
        read_body(b, lines[i:], context)
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
                # A dashed line right under a headline is its subtitle, no headline of its own.
                distinct = dict.fromkeys(lines[i].text for i in free
                                         if not (_DASHED.match(lines[i].text) and i - 1 in free))
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
        # The headline stands right above the story's stamp; one that asks reads as prose.
        asked = next((i - 1 for i in range(1, min(lead, len(roles))) if roles[i] == "stamp"
                      and published_stamp(lines[i].text) and asked_headline(lines[i - 1].text)), None)
        if asked is not None:
            return asked
        if anchor is not None:
            raise self.malformed("expected the title before the stamp line", lines[anchor], doc)
        if body == 0:
            raise self.malformed("neither a headline nor a header: the text opens with body "
                                 "prose (a listing or an excerpt, not a page)", first, doc)
        raise self.malformed("no headline: after the header comes body prose", first, doc)

    def _header_line(self, b: ArticleBuilder, line: Line, role: Role) -> None:
        if role in ("stamp", "byline"):
            apply_stamp(b, line, read_stamp(line.text, credit=role == "byline"))
        elif role == "crumb":
            b.section = [p.strip() for p in line.text.split(">") if p.strip()]
            b.claim(line, "section")
        elif role == "caption":
            add_caption(b, line)
        else:
            # Sidebar headings, their headline lists, toolbars, poll boxes.
            b.furniture(line)
