"""The peer: trafilatura, a general-purpose extractor, and how right each tool is.

Our inputs are text dumps, so each is wrapped in a minimal HTML page for trafilatura:
every non-blank line becomes a ``<p>`` (lines that already are markup, as in the Jekyll
posts, are kept as they are).  No ``<title>``, ``<h1>`` or date metadata is added: the
wrapper gives trafilatura what the document gives us, no more.
"""

from __future__ import annotations

import html
import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs

Fields = dict[str, Any]  # {"title": str | None, "date": "YYYY-MM-DD" | None, "body": str}
BODY_THRESHOLD = 0.9  # bigram F1 at or above which a body counts as right


def available() -> str | None:
    """The reason trafilatura cannot run here, or None when it can."""
    try:
        import trafilatura  # noqa: F401
    except ImportError as exc:  # not installed, or installed without lxml_html_clean
        return f"{type(exc).__name__}: {exc} (pip install '.[bench]')"
    return None


def to_html(text: str) -> str:
    lines = []
    for line in text.splitlines():
        line = line.strip()
        if line:
            lines.append(line if line.startswith("<") else f"<p>{html.escape(line)}</p>")
    body = "\n".join(lines)
    return f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head><body>\n{body}\n</body></html>'


def extractor() -> Callable[[str], Fields]:
    """trafilatura's ``extract(..., with_metadata=True)`` on one wrapped document."""
    from trafilatura import extract

    def run(page: str) -> Fields:
        found = extract(page, output_format="json", with_metadata=True)
        data = json.loads(found) if found else {}
        return {"title": data.get("title"), "date": data.get("date"), "body": data.get("text") or ""}

    return run


def ours(record: dict[str, Any]) -> Fields:
    """The same three fields from one of our records (as ``to_dict`` gives it)."""
    paragraphs = list(record["paragraphs"])
    for translation in record["translations"]:
        paragraphs += translation["paragraphs"]
    published = record["published"]
    return {"title": record["title"], "date": published[:10] if published else None,
            "body": "\n".join(paragraphs)}


def _clean(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split()).casefold()


def _bigrams(text: str) -> Counter[str]:
    # Character bigrams without spaces: fair across Chinese, Arabic, Vietnamese and English.
    squeezed = "".join(_clean(text).split())
    return Counter(squeezed[i:i + 2] for i in range(len(squeezed) - 1))


def body_f1(expected: str, found: str) -> float:
    want, got = _bigrams(expected), _bigrams(found)
    if not want and not got:
        return 1.0
    common = sum((want & got).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@attrs.define
class Score:
    """How often a tool got each field right, over ``documents`` fixtures."""

    documents: int = 0
    title: int = 0
    date: int = 0
    body: int = 0
    f1_total: float = 0.0

    def add(self, expected: Fields, found: Fields) -> None:
        self.documents += 1
        self.title += _clean(expected["title"]) == _clean(found["title"])
        self.date += expected["date"] == (found["date"] or None)
        f1 = body_f1(expected["body"], found["body"])
        self.body += f1 >= BODY_THRESHOLD
        self.f1_total += f1

    def percent(self, field: str) -> float:
        return 100.0 * getattr(self, field) / self.documents if self.documents else 0.0

    @property
    def mean_f1(self) -> float:
        return self.f1_total / self.documents if self.documents else 0.0
