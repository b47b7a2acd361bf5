"""Pages that are not articles: section and listing pages, told apart by their shape.

A listing page prints cards: a headline (sometimes twice, once as a link and once as the
card's caption), perhaps a teaser under it, then the next card.  An article prints one
headline and then its body.  The shapes this module recognises:

* several teasers (lines opening with the site's lead marker, ``VOV.VN -``) and no body
  paragraph among them;
* a headline printed twice in a row over its teaser;
* a lone card: one headline over one *finished* teaser and nothing else.  A page cut off
  inside its lead ends mid-sentence instead and is an article (with a truncation warning);
* a run of headline-like lines (short, no sentence end) with no header and no prose.

And the opposite case, :func:`lost_headline`: an article whose stored copy lost its
headline and opens with its body.

Each function returns a sentence saying what the page looks like, or None; the parser
raises its ``MalformedDocumentError`` with it, naming the line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..text import Line
from .base import ends_sentence

__all__ = ["HEADLINE_MAX", "RESIDUE", "headline_run", "lost_headline", "teaser_listing"]

#: What a dump leaves of an image or a widget: a file name, or no letters at all.
RESIDUE = re.compile(r"\.(?:jpe?g|png|gif|webp)\)?$|^[^\w]*$", re.IGNORECASE)
# A headline is short; a line longer than this is a paragraph even without a full stop.
HEADLINE_MAX = 120


def teaser_listing(title: str, body: Sequence[Line], *, is_teaser: Callable[[str], bool],
                   dated: bool, ends_page: bool) -> tuple[str, Line] | None:
    """``(what it looks like, where)`` when the lines under ``title`` are listing cards.

    ``body`` holds the lines between the headline (and date line) and the first furniture
    heading; ``dated`` says whether the page printed a date line (cards have none);
    ``ends_page`` whether nothing follows ``body``.
    """
    teasers = [line for line in body if is_teaser(line.text)]
    # A body paragraph that is no teaser makes the page an article, whatever related
    # cards (a headline over a teaser) it carries inside its body.
    prose = any(len(line.text) > HEADLINE_MAX and ends_sentence(line.text)
                and not is_teaser(line.text) for line in body)
    if len(teasers) >= 2 and not prose:
        return (f"{len(teasers)} headlines with teasers and no article body: this is a "
                "section or listing page, not an article", teasers[1])
    if len(body) > 1 and body[0].text == title and is_teaser(body[1].text):
        return ("the headline printed twice over its teaser, as listing pages print their "
                "cards: this is a listing page, not an article", body[0])
    if (not dated and ends_page and body and is_teaser(body[0].text)
            and ends_sentence(body[0].text) and all(RESIDUE.search(line.text) for line in body[1:])):
        return ("a headline and its teaser with no date line and no body: this is a listing "
                "card, not an article", body[0])
    return None


def headline_run(texts: Sequence[str]) -> bool:
    """True when (nearly) every line is headline-like: short and without a sentence end."""
    headlines = sum(1 for text in texts if len(text) <= HEADLINE_MAX and not ends_sentence(text))
    return headlines >= 2 and headlines >= len(texts) - 1


def lost_headline(texts: Sequence[str], *, is_teaser: Callable[[str], bool], photo: bool,
                  article_address: bool, closed: bool = False) -> bool:
    """True where the page opens with its body, its headline lost in the copy: a long
    finished paragraph, or a lead (``is_teaser``) with a captioned photo above it
    (``photo``), prose under it, an article's address, or the page's furniture right under
    it (``closed``: a related heading, a topics line).  A listing card is a headline over
    a teaser, and teasers follow teasers; neither opens with prose."""
    first = texts[0]
    if not is_teaser(first):
        return len(first) > HEADLINE_MAX and ends_sentence(first)
    prose = any(len(text) > HEADLINE_MAX and ends_sentence(text) and not is_teaser(text)
                for text in texts[1:])
    return photo or prose or article_address or (closed and ends_sentence(first))
