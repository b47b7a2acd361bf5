"""readoutparse.testing (for plugin authors) and the DataFrame helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import readoutparse
from readoutparse import Article, Context, Document
from readoutparse.readout.table import COLUMNS, readouts_frame, records_frame
from readoutparse.testing import check_document, check_fixtures, check_ledger, isolated_registry

from .fixture_cases import SEEDS
from .plugin_support import DEMO, install, site  # noqa: F401  (the fixture)

sys.path.insert(0, str(DEMO))
from kremlin_readout import KremlinReadoutParser  # noqa: E402

sys.path.remove(str(DEMO))
sys.modules.pop("kremlin_readout", None)

TEXT = "KREMLIN READOUT\n\nA title\n\nJune 19, 2025\n\nVladimir Putin spoke with Xi Jinping.\n"


class Forgetful(KremlinReadoutParser):
    name = "forgetful"

    def parse(self, doc: Document, context: Context) -> Article:
        article = super().parse(doc, context)
        lines = dict(article.lines)
        lines.pop(3)
        import attrs

        return attrs.evolve(article, lines=lines)


def test_check_document_passes_a_good_parser_and_returns_the_record() -> None:
    article = check_document(KremlinReadoutParser, TEXT)
    assert article.title == "A title" and article.parser == "kremlin_readout"


def test_check_document_names_what_to_fix() -> None:
    with pytest.raises(AssertionError, match=r"lines no field claimed .*\[3\]"):
        check_document(Forgetful, TEXT)
    with pytest.raises(AssertionError, match="built-in parsers also claim"):
        check_document(KremlinReadoutParser, TEXT + (SEEDS / "004_75b8f2d46060ce19.txt").read_text("utf-8")
                       .replace("KREMLIN", ""))  # noqa: E501  (a VOV page is no Kremlin page)


def test_check_fixtures_writes_then_compares(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, "utf-8")
    with pytest.raises(AssertionError, match="review them"):
        check_fixtures(KremlinReadoutParser, tmp_path)
    assert check_fixtures(KremlinReadoutParser, tmp_path) == [tmp_path / "a.txt"]
    (tmp_path / "a.txt").write_text(TEXT.replace("A title", "Another"), "utf-8")
    with pytest.raises(AssertionError, match="differs from a.json"):
        check_fixtures(KremlinReadoutParser, tmp_path)


def test_isolated_registry_works_when_the_plugin_is_installed(site: Path) -> None:
    install(site, "kremlin_demo", "1.0", "kremlin_readout",
            "kremlin_readout = kremlin_readout:KremlinReadoutParser")
    article = readoutparse.parse(TEXT, registry=isolated_registry(KremlinReadoutParser))
    assert article.parser == "kremlin_readout"
    check_ledger(article, TEXT)


def test_dataframes_in_one_call(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    paths = sorted(SEEDS.glob("*.txt"))
    records = records_frame(readoutparse.parse_many([*paths, b"not a readout"]))
    assert records["input"].tolist()[:5] == [str(p) for p in paths]
    assert records["error"].tolist()[-1]["type"] == "UnknownFormatError"
    assert records["parser"].tolist()[:5] == [readoutparse.parse_file(p).parser for p in paths]
    readouts = readouts_frame(readoutparse.parse_many(paths))
    assert list(readouts.columns) == list(COLUMNS) and len(readouts) >= 5
    assert readouts["event_date"].dropna().tolist() == sorted(readouts["event_date"].dropna())
    empty = readouts_frame([])
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0
