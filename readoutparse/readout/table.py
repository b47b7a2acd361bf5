"""Readouts as table rows: the timeline behind ``readoutparse table``, and DataFrames.

``records_frame`` and ``readouts_frame`` turn what ``parse_many`` yields (or Articles, or
``(Article, path)`` pairs) into a pandas DataFrame in one call; pandas is optional and
imported only by them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from ..model import Article

__all__ = ["COLUMNS", "readout_rows", "readouts_frame", "records_frame"]

COLUMNS = ("event_date", "kind", "status", "participants", "initiator", "host", "place", "source",
           "language", "title", "file")


def _pair(item: Any) -> tuple[Article, str | None]:
    # Accept (article, path) and (path, article): callers build these pairs both ways.
    # An Article alone has no path; a parse_many Result is its article and item.
    if isinstance(item, Article):
        return item, None
    if hasattr(item, "item") and hasattr(item, "article") and item.article is not None:
        return item.article, item.item
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
            "status": readout.status,
            "participants": ";".join(p.key for p in readout.participants),
            "initiator": readout.initiator,
            "host": readout.host,
            "place": readout.place,
            "source": version.source or article.source,
            "language": version.language,
            "title": version.title,
            "file": path,
        }


def _failed(item: Any) -> bool:
    return hasattr(item, "ok") and hasattr(item, "error") and not item.ok


def readout_rows(articles_with_paths: Iterable[Any]) -> list[dict[str, Any]]:
    """One JSON-ready row per readout, earliest contact first, undated ones last.

    Each item is an ``(Article, path)`` pair (``(path, Article)`` works too; the path
    may be ``None``), an Article, or a ``parse_many`` Result (failed ones give no row).
    Articles without a readout give no row.  Ties keep input order.
    """
    rows = [row for item in articles_with_paths if not _failed(item)
            for row in _rows(*_pair(item))]
    rows.sort(key=lambda row: (row["event_date"] is None, row["event_date"] or ""))
    return rows



def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("this needs pandas: pip install pandas") from None
    return pandas


def readouts_frame(items: Iterable[Any]) -> Any:  # pandas.DataFrame; pandas is optional and untyped
    """One DataFrame row per readout, with the ``COLUMNS`` of ``readout_rows`` (also when
    there is no row), e.g. ``readouts_frame(readoutparse.parse_many(paths))``."""
    return _pandas().DataFrame(readout_rows(items), columns=list(COLUMNS))


def records_frame(items: Iterable[Any]) -> Any:  # pandas.DataFrame; pandas is optional and untyped
    """One DataFrame row per record: ``input`` (the Result's item, the pair's path, or
    None), every key of ``Article.to_dict()``, and ``error`` (None, or a failed Result's
    error type and message as ``{"type", "message"}``)."""
    keys = ["input", *_RECORD_KEYS, "error"]
    rows: list[dict[str, Any]] = []
    for item in items:
        if _failed(item):
            error = {"type": type(item.error).__name__, "message": str(item.error)}
            rows.append({"input": item.item, "error": error})
            continue
        article, path = _pair(item)
        rows.append({"input": path, **article.to_dict(), "error": None})
    return _pandas().DataFrame(rows, columns=keys)


_RECORD_KEYS = tuple(Article(parser="", language="", title="").to_dict())
