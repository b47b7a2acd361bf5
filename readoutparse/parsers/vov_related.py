"""Related articles on VOV pages: cards inside the body and the lists under the footer headings.

* A card inside the body is a headline-shaped line (short, no sentence end) over a
  lead-marked teaser, or one left last under a picture's file name (a card whose teaser the
  copy lost).  Cards stand in a body that has begun: the article's own lead (its marker, or
  a finished paragraph) comes first, so a line over that lead is never a card's headline
  (an author line over the lead of a copy that starts there is not).
* Under ``Tin liên quan`` and its kin (:data:`.vov_shapes.HEADINGS`) each item is its
  headline, printed twice, then its ``VOV.VN -`` summary; the whole list may be printed
  twice.  Items are keyed by headline, so repeats fold into the first; a later copy's
  summary fills a missing one.  vov.gov.vn's ``label: value`` footer lines go to ``extra``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Related
from ..text import Line
from .base import ArticleBuilder, ends_sentence
from .listings import HEADLINE_MAX, RESIDUE
from .vov_shapes import footer, heading, lead

__all__ = ["cards", "read_tail"]


def cards(body: Sequence[Line]) -> dict[int, bool]:
    """Related cards inside ``body``: maps each card's headline index to whether a teaser
    follows it."""
    def headline(i: int) -> bool:
        text = body[i].text
        return (len(text) <= HEADLINE_MAX and not ends_sentence(text) and lead(text) is None
                and not RESIDUE.search(text))

    # Where the body has begun: after the first lead-marked line or finished paragraph.
    begun = next((i + 1 for i, line in enumerate(body)
                  if lead(line.text) is not None or ends_sentence(line.text)), len(body))
    found = {i - 1: True for i in range(max(2, begun + 1), len(body))
             if lead(body[i].text) and headline(i - 1)}
    last = len(body) - 1
    if last >= 2 and last not in found and RESIDUE.search(body[last - 1].text) and headline(last):
        found[last] = False
    return found


def read_tail(b: ArticleBuilder, tail: Sequence[Line]) -> None:
    """Read the lines under the body's end (footer headings, related lists, footer values)."""
    items: dict[str, tuple[str | None, list[Line]]] = {}
    current: str | None = None
    related = False
    for line in tail:
        kind = heading(line.text)
        marker = lead(line.text)
        found = marker[0] if marker else None
        meta = footer(line.text) if kind is False else None
        if meta is not None and meta[1]:
            b.extra[meta[0]] = meta[1]  # vov.gov.vn's keywords, category, source credit
            b.claim(line, f"extra.{meta[0]}")
            related, current = False, None
        elif kind is not None:
            related, current = kind, None
            b.furniture(line)
        elif not related:
            b.furniture(line)
        elif found or (current is not None and line.text.endswith((".", "…"))):
            # A summary; one printed without its marker still ends like a sentence,
            # which headlines do not.
            if current is None:
                b.warn("related summary without a headline kept in boilerplate", line)
                b.furniture(line)
                continue
            summary, claimed = items[current]
            text = line.text[found.end():].strip() if found else line.text
            items[current] = (summary or text or None, claimed)
            claimed.append(line)
        else:
            current = line.text
            items.setdefault(current, (None, []))[1].append(line)
    for title, (summary, claimed) in items.items():
        b.add_related(Related(title=title, summary=summary, url=None), claimed)
