"""Properties that hold for any input: parse returns a record or a ReadoutParseError."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import readoutparse
from readoutparse import Article, ParserCrashedError, ReadoutParseError

from .fixture_cases import case_id, fixture_documents

DOCUMENTS = fixture_documents()
FURNITURE = ["Tin liên quan", "صور ساخنة", "【纠错】", "Chia sẻ", "حجم الخط", "首頁 > 國際",
             "<div id=\"dfp-ad-x\"></div>", "---", "|", ">>", "VOV.VN -", "發佈時間:"]


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


def _mutate(lines: list[str], rnd: random.Random) -> list[str]:
    lines = list(lines)
    for _ in range(rnd.randint(1, 4)):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        op = rnd.choice(("drop", "dup", "swap", "space", "furniture", "truncate"))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "space":
            lines[i] = "  " + lines[i].replace(" ", " \t ") + "   "
        elif op == "furniture":
            lines.insert(i, rnd.choice(FURNITURE))
        else:
            del lines[i:]
    return lines


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
@given(seed=st.integers(0, 2**32 - 1))
def test_mutated_fixture(document: Path, seed: int) -> None:
    lines = document.read_text("utf-8").split("\n")
    _outcome("\n".join(_mutate(lines, random.Random(seed))))


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_round_trip(document: Path) -> None:
    article = readoutparse.parse_file(document)
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
