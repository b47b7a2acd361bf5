"""The reference pages say what the code does: every error class, the record keys, the exit
codes, and the Spark recipe marked as the untested sketch it is."""

from __future__ import annotations

import re

import readoutparse
from readoutparse.console import PROVENANCE

from .fixture_cases import ROOT

GUIDE = (ROOT / "docs" / "guide.md").read_text("utf-8")


def test_the_guide_documents_every_error_class() -> None:
    errors = [name for name in readoutparse.__all__
              if isinstance(getattr(readoutparse, name), type)
              and issubclass(getattr(readoutparse, name), readoutparse.ReadoutParseError)
              and name != "ReadoutParseError"]
    assert len(errors) >= 8
    table = {m.group(1) for m in re.finditer(r"^\| `(\w+)` \|", GUIDE, re.MULTILINE)}
    assert set(errors) <= table, f"missing from the guide's error table: {set(errors) - table}"
    assert "PluginWarning" in GUIDE


def test_the_guide_documents_the_shell_conventions() -> None:
    shell = GUIDE.split("## From the shell", 1)[1]
    assert f'`{PROVENANCE}`' in shell and '"error": {"type"' in shell
    for status in ("| 0 |", "| 1 |", "| 2 |"):
        assert status in shell
    for option in ("--max-bytes", "--suffix", "--glob", "-r", "--errors", "-q", "-v", "-j 0"):
        assert option in shell, option
    assert "folder rule" in shell.lower()


def test_the_spark_recipe_is_marked_as_an_untested_sketch() -> None:
    scaling = (ROOT / "docs" / "scaling.md").read_text("utf-8")
    spark = scaling.split("## Spark", 1)[1]
    assert spark.lstrip(": ").lower().startswith("an untested sketch")
    assert "**Untested sketch.**" in spark
    assert "LocalCluster" in scaling.split("## Spark", 1)[0]
