"""A fixed sample of the real archive (every 48th post of ../shared/corpora/waimei-posts.tar.xz,
about 1,350 posts of every outlet): no crash, no furniture family left in ``paragraphs``, a
dateline read wherever the lead opens with one, and every line accounted for.

The furniture shapes are those of ``bench/families.py`` (the census's), written from the
pages and independent of the parser's rule tables.  Skips when the archive is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import readoutparse
from readoutparse import Article

from .robust_support import ledger_problems

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz"
EVERY = 48

sys.path.insert(0, str(ROOT / "bench"))
from census import members  # noqa: E402  (the census's own sampling of the archive)
from families import FAMILIES, WIRE  # noqa: E402

Outcome = tuple[str, str, "Article | Exception"]


@pytest.fixture(scope="module")
def parsed() -> list[Outcome]:
    if not ARCHIVE.exists():
        pytest.skip(f"the real archive is not here ({ARCHIVE}): real-archive checks skipped")
    results: list[Outcome] = []
    for name, data in members(ARCHIVE, EVERY):
        text = data.decode("utf-8", "replace")
        try:
            results.append((name, text, readoutparse.parse(data, name=name, readout=False)))
        except Exception as exc:  # noqa: BLE001 - what went wrong is the test's finding
            results.append((name, text, exc))
    return results


def test_the_sample_is_the_fixed_size_and_nothing_crashes(parsed: list[Outcome]) -> None:
    assert len(parsed) > 1000
    crashed = [(n, repr(r)) for n, _, r in parsed
               if isinstance(r, Exception) and not isinstance(r, readoutparse.ReadoutParseError)]
    refused = [(n, str(r)) for n, _, r in parsed if isinstance(r, readoutparse.ReadoutParseError)]
    assert crashed == []
    assert len(refused) <= len(parsed) // 500, refused[:5]  # posts, not site pages: ~none


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_no_furniture_family_in_paragraphs(parsed: list[Outcome], family: str) -> None:
    pattern = FAMILIES[family]
    leaks = [(name, p[:80]) for name, _, r in parsed if isinstance(r, Article)
             for p in r.paragraphs if pattern.search(p)]
    assert leaks == []


def test_no_related_headline_is_left_in_the_body(parsed: list[Outcome]) -> None:
    # A headline the page also links as related (中央社's in-body insert, its 延伸閱讀 list)
    # is another story's title, not a paragraph of this one.
    leaks = [(name, p[:60]) for name, _, r in parsed if isinstance(r, Article)
             for p in r.paragraphs if p in {x.title for x in r.related}]
    assert leaks == []


def test_a_dateline_is_read_wherever_the_lead_carries_one(parsed: list[Outcome]) -> None:
    left = [(name, p[:60]) for name, _, r in parsed if isinstance(r, Article) and r.dateline is None
            for p in r.paragraphs[:3] if WIRE.search(p)]
    assert left == []
    assert sum(isinstance(r, Article) and r.dateline is not None for _, _, r in parsed) > 400


def test_wire_copy_keeps_its_agency(parsed: list[Outcome]) -> None:
    """中央社 and 路透 posts open with their own datelines in nearly every case."""
    for outlet, agency in (("中央社", "中央社"), ("路透", "路透")):
        posts = [r for _, _, r in parsed if isinstance(r, Article) and r.source
                 and outlet in r.source]
        dated = [r for r in posts if r.dateline is not None and r.dateline.agency == agency]
        assert posts and len(dated) >= 0.85 * len(posts), (outlet, len(dated), len(posts))


def test_every_line_is_claimed_once(parsed: list[Outcome]) -> None:
    """Nothing is lost: every non-blank line feeds exactly one field.  (The finer check of
    robust_support.ledger_problems, that a line's text is in the entry it claims, cannot
    tell a start tag's continuation line, which holds only attributes, from a stray one.)"""
    problems = []
    for name, text, r in parsed:
        if isinstance(r, Article):
            numbers = [line.number for line in readoutparse.Document(text).content]
            if sorted(r.lines) != numbers:
                problems.append((name, sorted(set(numbers) ^ set(r.lines))[:5]))
    assert problems == []


def test_paragraph_lines_hold_their_paragraphs_text(parsed: list[Outcome]) -> None:
    problems = [(name, found[:2]) for name, text, r in parsed if isinstance(r, Article)
                for found in [[p for p in ledger_problems(r, text) if "paragraphs[" in p]] if found]
    assert problems == []
