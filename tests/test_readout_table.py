"""readout_rows: one row per readout, sorted by event date, undated last."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from readoutparse.model import Article
from readoutparse.readout import enrich
from readoutparse.readout.table import COLUMNS, readout_rows


def _article(text: str, published: dt.date | None, *, language: str = "en", **fields) -> Article:
    return enrich(Article(parser="x", language=language, title=text[:20], paragraphs=(text,),
                          published=published, **fields))


def test_rows_sorted_by_event_date_undated_last() -> None:
    late = _article("Xi Jinping held phone talks with Vladimir Putin on Thursday.", dt.date(2025, 6, 20),
                    source="Xinhua")
    undated = _article("Xi Jinping held phone talks with Vladimir Putin.", None)
    early = _article("Wang Yi met with Antony Blinken in Beijing on Monday.", dt.date(2023, 6, 20))
    nothing = _article("Markets rose.", dt.date(2023, 1, 1))
    rows = readout_rows([(late, "b.txt"), (undated, Path("c.txt")), (nothing, "d.txt"), (early, "a.txt")])
    assert [r["file"] for r in rows] == ["a.txt", "b.txt", "c.txt"]
    assert tuple(rows[0]) == COLUMNS
    assert rows[0] == {
        "event_date": "2023-06-19", "kind": "meeting", "status": "held",
        "participants": "wang_yi;antony_blinken", "initiator": None, "host": None, "place": "Beijing", "source": None, "language": "en",
        "title": early.title, "file": "a.txt",
    }
    assert rows[1]["source"] == "Xinhua" and rows[1]["event_date"] == "2025-06-19"
    assert rows[2]["event_date"] is None
    json.dumps(rows)  # the CLI writes them as JSON lines


def test_path_first_pairs_and_translations() -> None:
    english = Article(parser="x", language="en", title="Xi, Putin", paragraphs=(
        "Xi Jinping held phone talks with Vladimir Putin on Thursday.",))
    original = _article("国家主席习近平同俄罗斯总统普京通电话。", dt.date(2025, 6, 20), language="zh-Hans",
                        translations=(english,), source="新华网")
    rows = readout_rows([("x.txt", original)])
    # The Chinese half names no day; it takes the English half's (one page, one contact).
    assert [(r["language"], r["event_date"], r["source"]) for r in rows] == [
        ("zh-Hans", "2025-06-19", "新华网"), ("en", "2025-06-19", "新华网")]


def test_bad_pairs_are_refused() -> None:
    with pytest.raises(TypeError):
        readout_rows([("a", "b")])
