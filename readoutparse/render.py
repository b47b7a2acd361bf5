"""A readable plain-text view of a record, for ``readoutparse parse --format text``."""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache

from .model import Article, date_to_iso

__all__ = ["escape_terminal", "render_text"]

# What a terminal acts on instead of showing: C0 and C1 controls (ESC starts a sequence
# that can retitle the window or rewrite the screen, BEL rings), DEL, the bidirectional
# controls that reorder what is shown, line/paragraph separators, and lone surrogates.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape_terminal(text: str, keep: str = "") -> str:
    """``text`` with every character a terminal would act on written as a visible escape
    (``\\x1b``, ``\\u202e``); the characters in ``keep`` (e.g. newline) stay as they are."""
    pattern = _pattern(keep)
    return pattern.sub(_escape, text) if pattern.search(text) else text


@lru_cache(maxsize=8)
def _pattern(keep: str) -> re.Pattern[str]:
    return re.compile("(?![" + re.escape(keep) + "])" + _UNSAFE.pattern) if keep else _UNSAFE


def _field(label: str, value: object) -> str:
    return f"{label + ':':<12}{value}"


def render_text(article: Article, name: str | None = None, *, indent: str = "") -> str:
    lines = []
    if name is not None:
        lines.append(f"== {name} [{article.parser}, {article.language}]")
    lines.append(_field("title", article.title))
    scalars = {
        "published": date_to_iso(article.published),
        "source": article.source,
        "authors": ", ".join(article.authors),
        "editor": article.editor,
        "url": article.url,
        "section": " > ".join(article.section),
        "tags": ", ".join(article.tags),
        "categories": ", ".join(article.categories),
    }
    lines.extend(_field(label, value) for label, value in scalars.items() if value)
    if article.dateline is not None:
        d = article.dateline
        parts = [p for p in (d.agency, d.place, date_to_iso(d.date)) if p]
        lines.append(_field("dateline", " / ".join(parts)))
    if article.readout is not None:
        r = article.readout
        who = ", ".join(f"{p.name} ({p.id})" for p in r.participants) or "-"
        lines.append(_field("readout", f"{r.kind or 'contact'} on {date_to_iso(r.event_date) or '?'}: "
                                       f"{who}; initiator {r.initiator or '-'}"
                                       + (f"; at {r.place}" if r.place else "")))
    lines.append("")
    for paragraph in article.paragraphs:
        lines.append(textwrap.fill(paragraph, width=100) if paragraph.isascii() else paragraph)
        lines.append("")
    if article.related:
        lines.append("related:")
        lines.extend(f"  - {item.title}" for item in article.related)
    for key, value in article.extra.items():
        lines.append(_field(key, value))
    if article.boilerplate:
        lines.append(f"boilerplate: {len(article.boilerplate)} lines")
    for warning in article.warnings:
        lines.append(f"warning:    {warning}")
    for translation in article.translations:
        lines.append("")
        lines.append(f"-- translation [{translation.language}]")
        lines.append(render_text(translation))
    return "\n".join(indent + line if line else line for line in lines).rstrip("\n") + "\n"
