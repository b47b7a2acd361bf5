"""The second reading of part of the fifth blind set, and the agreement bench/labels/README.md states."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.test_readout_labels import LABELS, read_labels, shape_errors

FIRST = LABELS.parent / "readout_archive_blind5.json"
SECOND = LABELS.parent / "second_reader_blind5_a.json"
README = LABELS.parent / "README.md"


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


agreement = load("label_agreement", LABELS.parent / "agreement.py")


def label(path: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"path": path, "contact": "none", "kind": None, "participants": [],
                            "initiator": None, "host": None, "event_date": None, "multilateral": False}
    return {**base, **fields}


def test_the_second_reading_has_the_label_shape_and_reads_part_a_of_the_draw() -> None:
    second = read_labels(SECOND)["labels"]
    assert shape_errors(second) == []
    # The fifth set is stored in draw order, so part a of three is every third label from the first.
    assert [x["path"] for x in second] == [x["path"] for x in read_labels(FIRST)["labels"][0::3]]


def test_agreement_counts_only_shared_posts_and_compares_people_as_sets() -> None:
    xi = {"id": "xi_jinping", "country": "CN", "organisation": None}
    unnamed = {"id": None, "country": "FR", "organisation": None}
    first = [label("a", contact="held", participants=[xi, unnamed]), label("b"), label("c", contact="held")]
    second = [label("a", contact="held", participants=[unnamed, xi]), label("b", contact="planned"),
              label("z")]
    got = agreement.agreement(first, second)
    assert got["contact"] == (1, 2)
    assert got["participants"] == (2, 2)


def test_the_readme_states_the_measured_agreement() -> None:
    got = agreement.agreement(read_labels(FIRST)["labels"], read_labels(SECOND)["labels"])
    text = README.read_text(encoding="utf-8")
    for field in ("contact", "kind", "participants", "event_date", "initiator"):
        right, of = got[field]
        assert f"| {field} | {right}/{of} |" in text, field
