"""The second blind readout label set: 170 more real posts that no rule was tuned on.

``bench/labels/readout_archive_blind2.json`` has the shape of the other label files (the same
checks run on it here), shares no post with them, holds the counts bench/labels/README.md
states for it, and its posts are exactly what ``bench/labels/draw_blind2.py`` draws from the
archive (checked when the unpacked archive or ``../shared/corpora`` is present).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests import test_readout_blind_labels as blind
from tests.test_readout_labels import ARCHIVE, LABELS, ROOT, read_labels, score, shape_errors

BLIND2 = LABELS.parent / "readout_archive_blind2.json"
README = LABELS.parent / "README.md"
SECTION = "## The second blind set: readout_archive_blind2.json (2026-12-02)"
UNPACKED = Path("/work/corpus")


def load_draw() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draw_blind2", LABELS.parent / "draw_blind2.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["draw_blind2"] = module
    spec.loader.exec_module(module)
    return module


draw = load_draw()


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return read_labels(BLIND2)


@pytest.fixture(scope="module")
def labels(document: dict[str, Any]) -> list[dict[str, Any]]:
    return list(document["labels"])


@pytest.fixture(scope="module")
def other_labels() -> list[dict[str, Any]]:
    return list(read_labels(LABELS)["labels"]) + list(read_labels(blind.BLIND)["labels"])


def test_header_names_the_same_archive_as_the_main_labels(document: dict[str, Any]) -> None:
    blind.test_header_names_the_same_archive_as_the_main_labels(document)


def test_every_label_has_the_documented_shape(labels: list[dict[str, Any]]) -> None:
    assert shape_errors(labels) == []


def test_no_post_is_shared_with_either_other_label_file(labels: list[dict[str, Any]],
                                                        other_labels: list[dict[str, Any]]) -> None:
    blind.test_no_post_is_shared_with_the_main_labels(labels, other_labels)


def test_dates_are_possible_for_their_posts(labels: list[dict[str, Any]]) -> None:
    blind.test_planned_contacts_are_not_dated_before_their_post(labels)
    blind.test_held_contacts_are_not_dated_after_their_post(labels)


def test_one_id_has_one_country_across_all_label_files(labels: list[dict[str, Any]],
                                                       other_labels: list[dict[str, Any]]) -> None:
    blind.test_one_id_has_one_country_across_both_label_files(labels, other_labels)


def readme_table() -> dict[str, tuple[int, int, int, int]]:
    """The README section's outlet rows: outlet -> (held, planned, none, total)."""
    text = README.read_text(encoding="utf-8")
    assert SECTION in text, "README lacks the second blind set's section"
    section = text.split(SECTION, 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip().strip("*") for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and all(re.fullmatch(r"\d+", cell) for cell in cells[1:]):
            held, planned, none, total = (int(cell) for cell in cells[1:])
            rows[cells[0]] = (held, planned, none, total)
    return rows


def test_the_counts_are_those_the_readme_states(labels: list[dict[str, Any]]) -> None:
    rows = readme_table()
    counted: dict[str, Counter[str]] = {}
    for label in labels:
        counted.setdefault(label["outlet"], Counter())[label["contact"]] += 1
    everything: Counter[str] = sum(counted.values(), Counter())
    expected = {"all": everything, **counted}
    # Small outlets may share one row, their names joined by commas.
    for name, row in rows.items():
        members = [member.strip() for member in name.split(",")]
        held = sum(expected[m]["held"] for m in members)
        planned = sum(expected[m]["planned"] for m in members)
        none = sum(expected[m]["none"] for m in members)
        assert row == (held, planned, none, held + planned + none), name
    named = {member.strip() for name in rows for member in name.split(",")}
    assert named == set(expected)
    assert rows["all"] == (61, 25, 84, 170)


def test_the_scorer_reads_the_file(labels: list[dict[str, Any]]) -> None:
    assert score.load_labels(BLIND2) == labels
    # Without a readout every contact field fails and no post without contact gets a false one.
    summary = score.summarise([score.score_one(label, None, None) for label in labels])
    assert summary["posts"] == len(labels)
    assert summary["held"]["all_four"]["right"] == 0
    assert summary["none"]["with_readout"]["right"] == 0


def test_shares_split_by_largest_remainder_ties_by_name() -> None:
    assert draw.shares({"b": 1, "a": 1, "c": 2}, 2) == {"a": 1, "b": 0, "c": 1}
    assert draw.shares({"x": 7, "y": 2, "z": 1}, 5) == {"x": 4, "y": 1, "z": 0}
    assert sum(draw.shares({"x": 5, "y": 5, "z": 5}, 7).values()) == 7


def test_the_pools_read_the_title_and_the_stratum() -> None:
    def post(title: str, body: str) -> bytes:
        return f"---\ntitle: \"{title}\"\ncategories: [ (臺)中央社CNA ]\n---\n{body}\n".encode()

    assert draw.pool_of(post("甲与乙通电话", "")) == ("contact", "中央社")
    assert draw.pool_of(post("甲将与乙会晤", "")) == ("planned", "中央社")
    assert draw.pool_of(post("天气", "今日晴")) == ("none", "中央社")
    assert draw.pool_of(post("天气", "会议召开")) == (None, "中央社")  # a cue in the lead, none in the title


@pytest.fixture(scope="module")
def pools() -> Any:
    if UNPACKED.is_dir():
        return draw.pools(draw.documents(UNPACKED))
    if ARCHIVE.is_file():
        return draw.pools(draw.documents(None))
    pytest.skip(f"no archive: neither {UNPACKED} nor {ARCHIVE.relative_to(ROOT.parent)} is present")


def test_the_draw_reproduces_the_labelled_posts(pools: Any, labels: list[dict[str, Any]]) -> None:
    drawn = draw.draw(pools, 2027, draw.labelled([draw.MAIN, draw.BLIND]), draw.SECOND)
    assert len(drawn) == len(set(drawn)) == 170
    assert set(drawn) == {label["path"] for label in labels}
    members = {pool: {p for paths in outlets.values() for p in paths} for pool, outlets in pools.items()}
    assert set(drawn[:80]) | set(drawn[140:]) <= members["contact"]
    assert set(drawn[80:110]) <= members["planned"]
    assert set(drawn[110:140]) <= members["none"]


def test_the_same_procedure_reproduces_the_first_blind_set(pools: Any) -> None:
    drawn = draw.draw(pools, 2026, draw.labelled([draw.MAIN]), draw.FIRST)
    assert set(drawn) == {label["path"] for label in read_labels(blind.BLIND)["labels"]}


def test_the_pool_sizes_are_those_the_readme_states(pools: Any) -> None:
    left_out = draw.labelled([draw.MAIN, draw.BLIND])
    sizes = {pool: sum(1 for paths in outlets.values() for p in paths if p not in left_out)
             for pool, outlets in pools.items()}
    assert sizes == {"contact": 519, "planned": 103, "none": 48399}
