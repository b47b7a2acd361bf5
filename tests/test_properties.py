"""Properties that hold for any input: parse returns a record or a ReadoutParseError.

Mutated fixtures are covered by tests/test_robustness.py (test_lossy_mutation_...).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import readoutparse
from readoutparse import Article, ParserCrashedError, ReadoutParseError

from .fixture_cases import case_id, fixture_documents

DOCUMENTS = fixture_documents()


def _outcome(data: str | bytes) -> Article | None:
    try:
        article = readoutparse.parse(data)
    except ParserCrashedError:
        raise
    except ReadoutParseError:
        return None
    assert isinstance(article, Article)
    assert Article.from_dict(article.to_dict()) == article
    return article


@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    _outcome(text)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    _outcome(data)


@given(st.text(max_size=500))
def test_detect_scores_bounded_and_deterministic(text: str) -> None:
    first = readoutparse.detect(text)
    assert first == readoutparse.detect(text)
    assert all(0.0 <= score <= 1.0 for _, score in first)
    assert [s for _, s in first] == sorted((s for _, s in first), reverse=True)


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_round_trip(document: Path) -> None:
    article = readoutparse.parse_file(document)
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
