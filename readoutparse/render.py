"""A readable plain-text view of a record, for ``readoutparse parse --format text``."""

from __future__ import annotations

import textwrap

from .model import Article, date_to_iso

__all__ = ["render_text"]


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
