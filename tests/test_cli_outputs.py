"""Outputs under a bug: a failure nobody planned for still leaves no temporary file."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutparse.cli import main

from .fixture_cases import SEEDS


def test_an_unexpected_error_leaves_the_old_output_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old\n", "utf-8")

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the writer")

    monkeypatch.setattr("readoutparse.commands.render_text", broken)
    with pytest.raises(RuntimeError):
        main(["parse", "--format", "text", "-o", str(target), str(SEEDS / "004_75b8f2d46060ce19.txt")])
    assert target.read_text("utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_errors_and_records_never_mix_on_standard_output(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["parse", "--errors", "-", str(SEEDS / "004_75b8f2d46060ce19.txt")])
    out, err = capsys.readouterr()
    assert status == 2 and out == "" and "would mix on standard output" in err
