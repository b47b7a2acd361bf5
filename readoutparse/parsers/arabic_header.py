"""Header lines of Arabic portal pages: what each line is, by the shape tables.

A page's header mixes the story's headline with stamps, breadcrumbs, sidebar headings and
their headline lists, toolbars, captions and, on some pages, a poll box's prose.  :func:`role`
names one line by running the shared tables (:mod:`.stamps`, :mod:`.sidebars`,
:mod:`.arabic_datelines`, :mod:`.arabic_captions`) in that order; :class:`Roles` does it
lazily for a page's first lines, so the body under an early dateline is never looked at.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from ..model import Moment
from ..script import arabic_share
from ..text import Line
from . import arabic_datelines, sidebars
from .arabic_captions import is_caption
from .kickers import kicker
from .sidebars import only_toolbar
from .stamps import read_stamp

__all__ = ["HEADLINE_MAX", "HOME", "Role", "Roles", "SENTENCE_END", "WINDOW", "asked_headline", "heads_page", "is_lead",
           "is_prose", "long_headline", "over_title", "portal_furniture", "published_stamp", "refines",
           "role", "same_headline", "stamped"]

Role = Literal["stamp", "byline", "crumb", "furniture", "heading", "caption", "lead", "prose", "headline"]

HOME = "الصفحة الرئيسية"
SENTENCE_END = (".", "!", "?", "؟", "…", ".»", '."', ".”", "。", "！", "？")
HEADLINE_MAX = 150
# A headline may exclaim ("تعليق: إنجاز استثنائي!"); a short line ending so is no sentence.
_EXCLAIMED_MAX = 80
# A headline may carry its genre's label, and then ask or end as it likes ("تعليق: إلى
# ماذا يشير …؟"): no sentence of a story opens with a label and a colon.
_LABELLED = re.compile(r"^(?:تعليق|تحليل(?: إخباري)?|تقرير|مقابلة|مقال|خاص)\s?[:：]")
#: How far down a page its stamp may sit (below sidebar blocks and a poll box).
WINDOW = 40


def is_prose(text: str) -> bool:
    """A sentence, or longer than any headline."""
    if len(text) > HEADLINE_MAX:
        return True
    if text.endswith("!") and len(text) <= _EXCLAIMED_MAX:
        return False
    if _LABELLED.match(text):
        return False
    return text.endswith(SENTENCE_END)


def _is_crumb(text: str) -> bool:
    # "<" is markup residue ("<%@ Language=JavaScript %>"), never in a crumb.  The home link
    # followed by other buttons (archive, favourites, help) is a links bar, not a crumb.
    if len(text) > 200 or "<" in text:
        return False
    # The home link, then other entries between bars, is a menu bar (CRI 2008): no crumb.
    return ">" in text or text == HOME or (text.startswith(HOME) and not only_toolbar(text)
                                           and "|" not in text)


def is_lead(text: str) -> bool:
    """The line opens with a dateline, or has one glued after a sidebar headline."""
    return arabic_datelines.match(text) is not None or arabic_datelines.find_glued(text) is not None


def role(text: str) -> Role:
    """What a line of the page's header is."""
    if read_stamp(text, credit=False) is not None:
        return "stamp"
    credit = read_stamp(text, credit=True)
    if credit is not None and credit.role == "author":
        return "byline"  # "بقلم NAME": an author, never the headline (CRI prints it over the stamp)
    if _is_crumb(text):
        return "crumb"
    rule = sidebars.classify(text)
    if rule is not None:
        return "heading" if rule.kind == "heading" else "furniture"
    if is_lead(text):
        return "lead"
    if is_caption(text):
        return "caption"
    if kicker(text):
        return "furniture"  # "مقدمة:" announces what is under it: a label, never the headline
    return "prose" if is_prose(text) or not arabic_share(text[:200]) else "headline"


class Roles:
    """Each header line's role, worked out when first asked for: most pages show their
    dateline within a few lines, and the lines below it are never looked at as header."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._known: list[Role] = []

    def __len__(self) -> int:
        return min(len(self._lines), WINDOW)

    def __getitem__(self, i: int) -> Role:
        while len(self._known) <= i:
            self._known.append(role(self._lines[len(self._known)].text))
        return self._known[i]

    def between(self, start: int, stop: int) -> list[Role]:
        return [self[i] for i in range(start, stop)]


# -- questions the parser asks of single header lines ---------------------------------

_PAGE_COUNTER = re.compile(r" ?\(\d{1,3}\)$")


def long_headline(text: str) -> bool:
    """Longer than a headline, in Arabic, yet no sentence: a report's title, say."""
    return len(text) > HEADLINE_MAX and not text.endswith(SENTENCE_END) and arabic_share(text[:200]) >= 0.5


# A sentence's end inside a line (an ellipsis ".." is none).
_INNER_END = re.compile(r"(?<!\.)[.!?؟](?!\.)\s")


def asked_headline(text: str) -> bool:
    """A headline that asks: short, in Arabic, one question mark at its end and no sentence
    before it (``بينغياو.. كيف حافظت …؟``).  Asked of the line right above a stamp only:
    elsewhere a question is prose (a poll's)."""
    return (len(text) <= HEADLINE_MAX and text.endswith(("؟", "?")) and arabic_share(text[:200]) >= 0.5
            and _INNER_END.search(text[:-1]) is None)


def refines(moment: Moment, published: Moment) -> bool:
    """A stamp with a time refines one with only that day (china.org.cn prints both)."""
    return (isinstance(moment, dt.datetime) and not isinstance(published, dt.datetime)
            and moment.date() == published)


def same_headline(text: str, title: str) -> bool:
    """The title printed again, perhaps without the page counter ``(7)`` of a photo set."""
    return text == title or text == _PAGE_COUNTER.sub("", title)


def published_stamp(text: str, *, readable: bool = False) -> bool:
    stamp = read_stamp(text, credit=False)
    return stamp is not None and stamp.role == "published" and (stamp.readable or not readable)


def portal_furniture(text: str) -> bool:
    rule = sidebars.classify(text)
    return rule is not None and (rule.kind in ("heading", "toolbar") or rule.marks)


def over_title(text: str) -> bool:
    stamp = read_stamp(text, credit=False)
    return stamp is not None and stamp.over_title


def heads_page(text: str) -> bool:
    stamp = read_stamp(text, credit=False)
    return stamp is not None and stamp.heads_page


def stamped(text: str) -> bool:
    stamp = read_stamp(text[:300], credit=False)
    return stamp is not None and stamp.readable
