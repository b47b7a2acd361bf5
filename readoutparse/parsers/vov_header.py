"""What VOV pages print between the headline (and date line) and the lead, by shape.

* The headline printed again right under itself: the same headline, claimed as the title.
* A byline standing over the lead, in two shapes: ``Tác giả NAME`` (vov.vn's author label)
  and names closed by a dash (vovworld: ``Thanh Tuyền, Mỹ Trà và nhóm PV VTC -``).  Names
  are capitalised words; a desk (``VOV1``) or a team (``nhóm PV VTC``) is no author, and the
  line is kept in ``extra["byline"]``.  The same byline printed again under the body (without
  its dash) is the byline, not a paragraph (:func:`repeats_byline`).
* Headlines of other stories (a sidebar: short lines that end no sentence) printed between
  the header and a lead-marked first paragraph, or the page's end (a copy cut before its
  lead): furniture.  The lead marker decides: a page whose lead has no marker keeps such
  lines over its body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import Line
from . import captions
from .base import ArticleBuilder
from .listings import HEADLINE_MAX, RESIDUE
from .vov_shapes import lead

__all__ = ["header_byline", "repeats_byline", "skip_header"]

_AUTHOR_LABEL = re.compile(r"[Tt]ác giả ?:? ?(?P<names>\S.{1,79})$")
_DASH_CLOSED = re.compile(r"(?P<names>[^.!?:;\"“”]{2,80}?) ?[-–]$")
_NAME_SPLIT = re.compile(r", | và | & | ?- ")
# Reporters' roles and teams: people unnamed.
_TEAM = re.compile(r"(?:nhóm )?(?:pv|phóng viên|btv|ctv)\b", re.IGNORECASE)
_DESK = re.compile(r"VOV[\w.-]*$")
# A sidebar under the header is short: this many headlines at most.
_SIDEBAR_MAX = 4
_CLOSING = "\"'”’»)"


def header_byline(text: str) -> tuple[list[str], bool] | None:
    """The authors a byline line names and whether it names anyone else (a desk, a team),
    or None where the line is no byline."""
    text = text.strip()
    found = _AUTHOR_LABEL.match(text) or _DASH_CLOSED.fullmatch(text)
    if found is None or lead(text) is not None:
        return None
    names, others = [], False
    for part in (p.strip() for p in _NAME_SPLIT.split(found["names"])):
        if not part:
            continue
        if _TEAM.match(part) or _DESK.match(part):
            others = True
            continue
        words = part.split()
        if len(words) > 5 or not all(w[:1].isupper() for w in words):
            return None
        names.append(part)
    return (names, others) if names or others else None


def repeats_byline(text: str, printed: str | None) -> bool:
    """``text`` is the header's byline ``printed`` again, without its closing dash."""
    return printed is not None and text.strip() == printed.strip().rstrip("-– ").strip()


def _headline_shaped(text: str) -> bool:
    # A quoted phrase may close a headline; a sentence ends in its point, quoted or not.
    return (len(text) <= HEADLINE_MAX and not captions.is_caption(text) and not RESIDUE.search(text)
            and not text.rstrip(_CLOSING).endswith((".", "!", "?", "…", ":", ";")))


def skip_header(b: ArticleBuilder, lines: Sequence[Line], start: int) -> tuple[int, str | None]:
    """Claim the repeated headline, a byline over the lead and a sidebar before a marked
    lead, from ``start``; returns where the body starts and the byline line as printed."""
    at, printed = start, None
    if b.title and at < len(lines) and lines[at].text.strip() == b.title.strip():
        b.claim(lines[at], "title")
        at += 1
    found = header_byline(lines[at].text) if at + 1 < len(lines) else None
    if found is not None and lead(lines[at + 1].text) is not None:
        names, others = found
        b.authors.extend(names)
        if others or not names:
            b.extra["byline"] = lines[at].text
        b.claim(lines[at], "authors" if names else "extra.byline")
        printed = lines[at].text
        at += 1
    end = at
    # A line with no letters (a widget's residue) may stand among them.
    while end < len(lines) and end - at < _SIDEBAR_MAX and lead(lines[end].text) is None \
            and (_headline_shaped(lines[end].text) or RESIDUE.search(lines[end].text)):
        end += 1
    # The page may be cut before the lead: short unfinished lines up to its end are no body
    # either (the whole page would show them over the lead).
    if at < end and (end == len(lines) or lead(lines[end].text) is not None):
        for line in lines[at:end]:
            b.furniture(line)
        at = end
    return at, printed
