"""The English version printed under a Chinese story, read into a translation record.

Layout: an English headline; sometimes a line like ``Source: Xinhua | 2025-06-20 09:10:53 |
Editor: Li Ming``; English paragraphs, the first sometimes opening with a dateline
``BEIJING, June 19 (Xinhua) -- ``.  Photo captions (``… (Xinhua/Li Ming)``) go to the
translation's ``extra["captions"]``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from ..dates import as_date, infer_year, safe_date
from ..model import Dateline
from ..script import latin_share
from ..text import Line
from . import captions
from .base import ArticleBuilder, Context, add_caption, ends_sentence
from .header_values import CLAIM_ORDER, set_field, split_label

__all__ = ["EN_DATELINE", "EN_FIELDS", "en_header", "read_english", "set_field"]

EN_FIELDS: dict[str, str] = {
    **dict.fromkeys(("source", "from"), "source"),
    **dict.fromkeys(("editor", "web editor", "responsible editor", "editors"), "editor"),
    **dict.fromkeys(("date", "time", "published", "publish time", "release time", "updated"),
                    "published"),
    **dict.fromkeys(("author", "authors", "writer", "reporter"), "authors"),
}
_BAR = re.compile(r"[|｜]")
_DATE_LIKE = re.compile(r"\d{4} ?[-/.年]")
EN_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.'-]{0,30}(?: [A-Z][A-Z.'-]{0,30}){0,4})"
    r"(?:, (?P<month>[A-Z][a-z]{2,8})\.? (?P<day>\d{1,2})(?:, (?P<year>\d{4}))?)? ?)?"
    r"\((?P<agency>[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20}){0,2})\) ?(?:--|—|–|-) ?"
)
_MONTHS = {name: number for number, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july",
    "aug august", "sep sept september", "oct october", "nov november", "dec december"), 1)
    for name in names.split()}

#: A parser's hook for lines it recognises wherever they stand (editor credits, furniture):
#: called with the translation builder and the line, returns True when it claimed the line.
SideLine = Callable[[ArticleBuilder, Line], bool]


def en_header(text: str) -> list[tuple[str, str]] | None:
    """``Source: Xinhua | 2025-06-20 09:10:53 | Editor: Li Ming`` as (field, value) pairs."""
    fields: list[tuple[str, str]] = []
    for field in (f.strip() for f in _BAR.split(text)):
        if not field:
            continue
        if _DATE_LIKE.match(field):
            fields.append(("published", field))
            continue
        pair = split_label(field)
        if pair is None:
            return None
        label = " ".join(pair[0].lower().split())
        kind = EN_FIELDS.get(label)
        if kind is None and not (label.replace(" ", "").isalpha() and label.count(" ") < 3):
            return None
        fields.append((kind or f"extra:{pair[0]}", pair[1]))
    if not any(not kind.startswith("extra:") for kind, _ in fields):
        return None
    return fields


def read_english(b: ArticleBuilder, lines: Sequence[Line], context: Context,
                 side_line: SideLine) -> None:
    """Read ``lines`` (the English part of ``b``'s page) into a new translation of ``b``."""
    t = b.translation("en")
    start = 0
    while start < len(lines) - 1 and captions.is_caption(lines[start].text):
        add_caption(t, lines[start])  # a photo caption above the English headline
        start += 1
    lines = lines[start:]
    start = 0
    if EN_DATELINE.match(lines[0].text) or en_header(lines[0].text) is not None:
        t.warn("the English version has no headline", lines[0])
    else:
        t.title = lines[0].text
        t.claim(lines[0], "title")
        start = 1
    if start < len(lines) and (fields := en_header(lines[start].text)) is not None:
        main = "header"
        for kind, value in fields:
            if kind.startswith("extra:"):
                t.extra[kind[6:]] = value
            elif set_field(t, kind, value, lines[start]):
                main = min(main, kind, key=CLAIM_ORDER.index)
        t.claim(lines[start], main)
        start += 1
    last: Line | None = None
    for line in lines[start:]:
        # English prose may quote a name in Han characters; a line that is mostly Han is
        # not English and is left to the builder's sweep, with a warning.
        if side_line(t, line) or latin_share(line.text) <= 0.8:
            continue
        if captions.is_caption(line.text):
            add_caption(t, line)
            continue
        text = line.text
        if not t.paragraphs and t.dateline is None:
            text = _dateline(t, line, as_date(t.published) or as_date(b.published)
                             or context.reference_date)
        if text:
            t.paragraph(text, line)
            last = line
        else:
            t.claim(line, "dateline")
    if not t.paragraphs:
        t.warn("the English version has no paragraphs", lines[-1])
    elif last is not None and last == lines[-1] and not ends_sentence(last.text):
        t.warn("the English version ends mid-sentence (truncated?)", last)


def _dateline(t: ArticleBuilder, line: Line, anchor: dt.date | None) -> str:
    found = EN_DATELINE.match(line.text)
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
