"""The readout fixtures scored against their hand labels (tests/data/readout_fixture_labels.json).

The expected JSON next to each fixture is written by the code; these labels were written by
reading the documents, so they catch a readout that changed for the worse and was re-recorded.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import readoutparse

ROOT = Path(__file__).resolve().parent.parent
LABELS = json.loads((ROOT / "tests" / "data" / "readout_fixture_labels.json").read_text("utf-8"))["labels"]
# Known gaps, failing on main too: a summit noun with only its host in the sentence (the
# attendees follow in the next one) is a weak cue left unread; an Arabic state visit
# announced by a spokesperson gives no readout.
KNOWN_GAPS = {"xinhua_bilingual/readout_multilateral_summit", "zaobao_jekyll/readout_multilateral_video_summit",
              "xinhua_arabic/readout_planned_state_visit"}


def _document(path: str) -> Path:
    found = [p for p in (ROOT / "fixtures").glob(path + ".*") if p.suffix != ".json"]
    assert len(found) == 1, path
    return found[0]


def _same(pred: dict[str, Any], label: dict[str, Any]) -> bool:
    if pred.get("id") and label.get("id"):
        return bool(pred["id"] == label["id"])
    name = label.get("name")
    if name:
        return bool(pred.get("name") and (name in pred["name"] or pred["name"] in name))
    return bool(pred.get("country") == label.get("country") and pred.get("office") == label.get("office"))


@pytest.mark.parametrize("label", [pytest.param(label, marks=pytest.mark.xfail(reason="known gap", strict=False))
                                   if label["path"] in KNOWN_GAPS else label for label in LABELS],
                         ids=[label["path"] for label in LABELS])
def test_fixture_readout_matches_its_hand_label(label: dict[str, Any]) -> None:
    readout = readoutparse.parse_file(_document(label["path"])).to_dict()["readout"]
    if label["contact"] == "none":
        assert readout is None
        return
    assert readout is not None
    assert readout["status"] == label["contact"]
    assert readout["kind"] == label["kind"]
    predicted = readout["participants"]
    for person in label["participants"]:
        assert any(_same(p, person) for p in predicted), (person, predicted)
    assert readout["event_date"] == label["event_date"]
