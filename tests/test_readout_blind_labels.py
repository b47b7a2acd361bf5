"""The blind readout labels: real archive posts that no rule was tuned on.

``bench/labels/readout_archive_blind.json`` has the shape of ``readout_archive.json`` (the same
checks run on it here) and shares no post with it, so that ``bench/readout_score.py --labels``
on it measures documents nobody has seen.  bench/labels/README.md says how it was drawn.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.test_readout_labels import LABELS, read_labels, score, shape_errors

BLIND = LABELS.parent / "readout_archive_blind.json"


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return read_labels(BLIND)


@pytest.fixture(scope="module")
def main_labels() -> list[dict[str, Any]]:
    return list(read_labels(LABELS)["labels"])


@pytest.fixture(scope="module")
def labels(document: dict[str, Any]) -> list[dict[str, Any]]:
    return list(document["labels"])


def test_header_names_the_same_archive_as_the_main_labels(document: dict[str, Any]) -> None:
    main = read_labels(LABELS)
    assert {k: document[k] for k in ("format", "archive", "sha256")} == \
        {k: main[k] for k in ("format", "archive", "sha256")}
    assert set(document) == {"format", "archive", "sha256", "labels"}


def test_every_label_has_the_documented_shape(labels: list[dict[str, Any]]) -> None:
    assert shape_errors(labels) == []


def test_no_post_is_shared_with_the_main_labels(labels: list[dict[str, Any]],
                                                main_labels: list[dict[str, Any]]) -> None:
    paths = [label["path"] for label in labels]
    assert len(paths) == len(set(paths)), "a post is labelled twice"
    assert set(paths) & {label["path"] for label in main_labels} == set()
    assert all("\n" not in path and path.endswith(".md") for path in paths)
    assert all(path.startswith(("_posts/", "archived/")) for path in paths)


def test_enough_of_each_kind_of_post(labels: list[dict[str, Any]]) -> None:
    contacts = Counter(label["contact"] for label in labels)
    assert len(labels) >= 100
    assert contacts["held"] >= 50 and contacts["planned"] >= 10 and contacts["none"] >= 30
    assert len({label["outlet"] for label in labels}) >= 12


def test_planned_contacts_are_not_dated_before_their_post(labels: list[dict[str, Any]]) -> None:
    for label in labels:
        if label["contact"] == "planned" and label["event_date"] is not None:
            posted = dt.date.fromisoformat(Path(label["path"]).name[:10])
            assert dt.date.fromisoformat(label["event_date"]) >= posted - dt.timedelta(days=1), label["path"]


def test_held_contacts_are_not_dated_after_their_post(labels: list[dict[str, Any]]) -> None:
    # A post stamped in UTC may carry the next day's date of an Asian outlet, never more.
    for label in labels:
        if label["contact"] == "held" and label["event_date"] is not None:
            posted = dt.date.fromisoformat(Path(label["path"]).name[:10])
            assert dt.date.fromisoformat(label["event_date"]) <= posted + dt.timedelta(days=1), label["path"]


def test_one_id_has_one_country_across_both_label_files(labels: list[dict[str, Any]],
                                                        main_labels: list[dict[str, Any]]) -> None:
    countries: dict[str, set[str | None]] = {}
    for label in labels + main_labels:
        for person in label["participants"]:
            if person["id"]:
                countries.setdefault(person["id"], set()).add(person["country"])
    assert {pid: c for pid, c in countries.items() if len(c) > 1} == {}


def test_the_scorer_reads_the_file(labels: list[dict[str, Any]]) -> None:
    assert score.load_labels(BLIND) == labels
    # Without a readout every contact field fails and no post without contact gets a false one.
    rows = [score.score_one(label, None, None) for label in labels]
    summary = score.summarise(rows)
    assert summary["posts"] == len(labels)
    assert summary["held"]["all_four"]["right"] == 0
    assert summary["none"]["with_readout"]["right"] == 0
    assert summary["people"]["labelled"] == sum(len(label["participants"]) for label in labels
                                                if label["contact"] != "none")
