"""One test per fixture document: its record equals the expected JSON beside it.

Run ``pytest tests/test_fixtures.py --update-fixtures`` to rewrite the expectations from
the current output, then read the diff line by line before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import readoutparse
from readoutparse.registry import THRESHOLD

from .fixture_cases import case_id, expected_path, fixture_documents

DOCUMENTS = fixture_documents()


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_fixture_record(document: Path, update_fixtures: bool) -> None:
    record = readoutparse.parse_file(document).to_dict()
    expected = expected_path(document)
    if update_fixtures or not expected.exists():
        expected.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
        if not update_fixtures:
            pytest.fail(f"{expected} did not exist; written from current output: review it")
    assert record == json.loads(expected.read_text("utf-8"))


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_fixture_claimed_by_its_own_parser_only(document: Path) -> None:
    scores = dict(readoutparse.detect(document.read_bytes()))
    own = document.parent.name
    assert scores[own] >= THRESHOLD
    others = {name: s for name, s in scores.items() if name != own and s >= THRESHOLD}
    assert not others, f"{case_id(document)} is also claimed by {others}"


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_fixture_accounts_for_every_line(document: Path) -> None:
    article = readoutparse.parse_file(document)
    doc = readoutparse.Document(document.read_text("utf-8"))
    assert sorted(article.lines) == [line.number for line in doc.content]
