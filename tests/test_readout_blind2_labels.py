"""The label sets drawn by ``bench/labels/draw_blind2.py``: the second blind set and the dev set.

``bench/labels/readout_archive_blind2.json`` (170 posts nobody tuned on) and
``bench/labels/readout_archive_dev3.json`` (200 posts drawn to be tuned on) and
``bench/labels/readout_archive_blind3.json`` (200 posts, the fourth round's held-out set) and
``bench/labels/readout_archive_blind4.json`` (140 posts, held out from its last branches) and
``bench/labels/readout_archive_blind5.json`` and ``readout_archive_blind6.json`` (140 posts each, the fifth
round's held-out sets) and ``readout_archive_dev7.json`` (140 posts, its dev set) have the shape of the
other label files (the same checks run on them here), share no post with the files drawn before
them, hold the counts bench/labels/README.md states for them, and their posts are exactly what
``draw_blind2.py --set blind2|dev3|blind3|blind4|blind5|blind6|dev7`` draws from the archive (checked when the unpacked archive or
``../shared/corpora`` is present).  Every check runs once per set.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests import test_readout_blind_labels as blind
from tests.test_readout_labels import ARCHIVE, LABELS, ROOT, read_labels, score, shape_errors

README = LABELS.parent / "README.md"
UNPACKED = Path("/work/corpus")


def load_draw() -> ModuleType:
    spec = importlib.util.spec_from_file_location("draw_blind2", LABELS.parent / "draw_blind2.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["draw_blind2"] = module
    spec.loader.exec_module(module)
    return module


draw = load_draw()


@dataclass(frozen=True)
class LabelSet:
    """One drawn label file and what the README states about it."""

    name: str  # the draw's ``--set``
    path: Path
    section: str  # the README heading its counts are read under
    totals: tuple[int, int, int, int]  # held, planned, none, all
    pool_sizes: dict[str, int]  # each pool once the earlier files are left out


SETS = (
    LabelSet("blind2", LABELS.parent / "readout_archive_blind2.json",
             "## The second blind set: readout_archive_blind2.json (2026-12-02)",
             (61, 25, 84, 170), {"contact": 519, "planned": 103, "none": 48399}),
    LabelSet("dev3", LABELS.parent / "readout_archive_dev3.json",
             "## The dev set: readout_archive_dev3.json (2026-12-02)",
             (67, 35, 98, 200), {"contact": 409, "planned": 73, "none": 48369}),
    LabelSet("blind3", LABELS.parent / "readout_archive_blind3.json",
             "## The third blind set: readout_archive_blind3.json (2026-12-02, fourth round)",
             (70, 31, 99, 200), {"contact": 289, "planned": 33, "none": 48329}),
    LabelSet("blind4", LABELS.parent / "readout_archive_blind4.json",
             "## The fourth blind set: readout_archive_blind4.json (2026-12-02, fourth round)",
             (43, 21, 76, 140), {"contact": 159, "planned": 3, "none": 48289}),
    LabelSet("blind5", LABELS.parent / "readout_archive_blind5.json",
             "## The fifth blind set: readout_archive_blind5.json (2026-12-02, fifth round)",
             (38, 17, 85, 140),
             {"contact": 59, "planned": 0, "none": 48252, "lead": 13645, "weak": 1271}),
    LabelSet("blind6", LABELS.parent / "readout_archive_blind6.json",
             "## The sixth blind set: readout_archive_blind6.json (2026-12-02, fifth round)",
             (22, 14, 104, 140), {"contact": 19, "weak": 1211, "lead": 13605}),
    LabelSet("dev7", LABELS.parent / "readout_archive_dev7.json",
             "## The fifth round's dev set: readout_archive_dev7.json (2026-12-02)",
             (18, 17, 105, 140), {"contact": 0, "weak": 1130, "lead": 13565}),
)


@pytest.fixture(scope="module", params=SETS, ids=[s.name for s in SETS])
def label_set(request: pytest.FixtureRequest) -> LabelSet:
    chosen: LabelSet = request.param
    return chosen


@pytest.fixture(scope="module")
def document(label_set: LabelSet) -> dict[str, Any]:
    return read_labels(label_set.path)


@pytest.fixture(scope="module")
def labels(document: dict[str, Any]) -> list[dict[str, Any]]:
    return list(document["labels"])


@pytest.fixture(scope="module")
def other_labels(label_set: LabelSet) -> list[dict[str, Any]]:
    # Every label file the set's draw left out: the ids must agree with them too.
    _seed, left_out, _steps = draw.SETS[label_set.name]
    return [label for path in left_out for label in read_labels(path)["labels"]]


def test_each_set_is_the_one_its_draw_names(label_set: LabelSet) -> None:
    assert label_set.name in draw.SETS
    _seed, left_out, _steps = draw.SETS[label_set.name]
    assert label_set.path not in left_out


def test_header_names_the_same_archive_as_the_main_labels(document: dict[str, Any]) -> None:
    blind.test_header_names_the_same_archive_as_the_main_labels(document)


def test_every_label_has_the_documented_shape(labels: list[dict[str, Any]]) -> None:
    assert shape_errors(labels) == []


def test_no_post_is_shared_with_the_files_drawn_before(labels: list[dict[str, Any]],
                                                       other_labels: list[dict[str, Any]]) -> None:
    blind.test_no_post_is_shared_with_the_main_labels(labels, other_labels)


def test_dates_are_possible_for_their_posts(labels: list[dict[str, Any]]) -> None:
    blind.test_planned_contacts_are_not_dated_before_their_post(labels)
    blind.test_held_contacts_are_not_dated_after_their_post(labels)


def test_one_id_has_one_country_across_all_label_files(labels: list[dict[str, Any]],
                                                       other_labels: list[dict[str, Any]]) -> None:
    blind.test_one_id_has_one_country_across_both_label_files(labels, other_labels)


def readme_table(section_heading: str) -> dict[str, tuple[int, int, int, int]]:
    """A README section's outlet rows: outlet -> (held, planned, none, total)."""
    text = README.read_text(encoding="utf-8")
    assert section_heading in text, f"README lacks the section {section_heading!r}"
    section = text.split(section_heading, 1)[1].split("\n## ", 1)[0]
    rows = {}
    for line in section.splitlines():
        cells = [cell.strip().strip("*") for cell in line.strip().strip("|").split("|")]
        if len(cells) == 5 and all(re.fullmatch(r"\d+", cell) for cell in cells[1:]):
            held, planned, none, total = (int(cell) for cell in cells[1:])
            rows[cells[0]] = (held, planned, none, total)
    return rows


def test_the_counts_are_those_the_readme_states(label_set: LabelSet,
                                                labels: list[dict[str, Any]]) -> None:
    rows = readme_table(label_set.section)
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
    assert rows["all"] == label_set.totals


def test_the_scorer_reads_the_file(label_set: LabelSet, labels: list[dict[str, Any]]) -> None:
    assert score.load_labels(label_set.path) == labels
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
    assert draw.pool_of(post("天气", "会议召开")) == ("lead", "中央社")  # a cue in the lead, none in the title
    assert draw.pool_of(post("两国举行对话", "")) == ("weak", "中央社")  # a cue in the title, not a strong one


def test_each_set_leaves_out_every_file_drawn_before_it() -> None:
    # The sets are drawn in this order; a later one leaves out the earlier ones and the main file.
    order = ["first", "blind2", "dev3", "blind3", "blind4", "blind5", "blind6", "dev7"]
    files = {"first": draw.BLIND, "blind2": draw.BLIND2, "dev3": draw.DEV3, "blind3": draw.BLIND3,
             "blind4": draw.BLIND4, "blind5": draw.BLIND5, "blind6": draw.BLIND6}
    for i, name in enumerate(order):
        _seed, left_out, _steps = draw.SETS[name]
        assert set(left_out) == {draw.MAIN} | {files[earlier] for earlier in order[:i]}


def test_the_two_parts_of_a_draw_share_nothing_and_cover_it() -> None:
    drawn = [f"p{i}" for i in range(7)]
    a, b = draw.part(drawn, "a"), draw.part(drawn, "b")
    assert a == ["p0", "p2", "p4", "p6"] and b == ["p1", "p3", "p5"]
    assert sorted(a + b) == sorted(drawn)
    quarters = [draw.part(drawn, x, 4) for x in "abcd"]
    assert quarters[0] == ["p0", "p4"] and quarters[3] == ["p3"]
    assert sorted(sum(quarters, [])) == sorted(drawn)
    with pytest.raises(ValueError):
        draw.part(drawn, "c", 2)


@pytest.fixture(scope="module")
def pools() -> Any:
    if UNPACKED.is_dir():
        return draw.pools(draw.documents(UNPACKED))
    if ARCHIVE.is_file():
        return draw.pools(draw.documents(None))
    pytest.skip(f"no archive: neither {UNPACKED} nor {ARCHIVE.relative_to(ROOT.parent)} is present")


def test_the_draw_reproduces_the_labelled_posts(pools: Any, label_set: LabelSet,
                                                labels: list[dict[str, Any]]) -> None:
    seed, left_out, steps = draw.SETS[label_set.name]
    drawn = draw.draw(pools, seed, draw.labelled(left_out), steps)
    assert len(drawn) == len(set(drawn)) == label_set.totals[3]
    assert set(drawn) == {label["path"] for label in labels}
    # Each step's posts come from its own pool, in draw order.
    members = {pool: {p for paths in outlets.values() for p in paths} for pool, outlets in pools.items()}
    start = 0
    for pool, k in steps:
        assert set(drawn[start:start + k]) <= members[pool], (pool, start)
        start += k


def test_the_same_procedure_reproduces_the_first_blind_set(pools: Any) -> None:
    seed, left_out, steps = draw.SETS["first"]
    drawn = draw.draw(pools, seed, draw.labelled(left_out), steps)
    assert set(drawn) == {label["path"] for label in read_labels(blind.BLIND)["labels"]}


def test_the_pool_sizes_are_those_the_readme_states(pools: Any, label_set: LabelSet) -> None:
    _seed, left_out, _steps = draw.SETS[label_set.name]
    excluded = draw.labelled(left_out)
    # A set's README states the pools its draw had; the fifth set added two.
    sizes = {pool: sum(1 for paths in pools[pool].values() for p in paths if p not in excluded)
             for pool in label_set.pool_sizes}
    assert sizes == label_set.pool_sizes
