"""Readouts as table rows: the timeline behind ``readoutparse table``."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from ..model import Article

__all__ = ["COLUMNS", "readout_rows"]

COLUMNS = ("event_date", "kind", "participants", "initiator", "place", "source", "language", "title", "file")


def _pair(item: tuple[Any, Any]) -> tuple[Article, str | None]:
    # Accept (article, path) and (path, article): callers build these pairs both ways.
    first, second = item
    article, path = (first, second) if isinstance(first, Article) else (second, first)
    if not isinstance(article, Article):
        raise TypeError(f"expected an (Article, path) pair, got {item!r}")
    return article, None if path is None else os.fspath(path)


def _rows(article: Article, path: str | None) -> Iterable[dict[str, Any]]:
    # One row per readout: the original's and each translation's (they may differ,
    # e.g. a translation that names the day when the original does not).
    for version in (article, *article.translations):
        readout = version.readout
        if readout is None:
            continue
        yield {
            "event_date": None if readout.event_date is None else readout.event_date.isoformat(),
            "kind": readout.kind,
            "participants": ";".join(p.key for p in readout.participants),
            "initiator": readout.initiator,
            "place": readout.place,
            "source": version.source or article.source,
            "language": version.language,
            "title": version.title,
            "file": path,
        }


def readout_rows(articles_with_paths: Iterable[tuple[Any, Any]]) -> list[dict[str, Any]]:
    """One JSON-ready row per readout, earliest contact first, undated ones last.

    Each item is an ``(Article, path)`` pair (``(path, Article)`` works too); the path
    may be ``None``.  Articles without a readout give no row.  Ties keep input order.
    """
    rows = [row for item in articles_with_paths for row in _rows(*_pair(item))]
    rows.sort(key=lambda row: (row["event_date"] is None, row["event_date"] or ""))
    return rows

