"""Where the fixtures are, shared by the tests that walk them."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"
DOCUMENT_SUFFIXES = (".txt", ".md")


def fixture_documents() -> list[Path]:
    """Every input document under fixtures/<parser>/, sorted for stable test ids."""
    return sorted(
        path for path in FIXTURES.glob("*/*") if path.suffix in DOCUMENT_SUFFIXES
    )


def expected_path(document: Path) -> Path:
    return document.with_suffix(".json")


def case_id(document: Path) -> str:
    return f"{document.parent.name}/{document.stem}"
