"""The command line, run in-process through ``main`` and once as a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import readoutparse
from readoutparse.cli import main

from .fixture_cases import SEEDS

SEED_FILES = sorted(str(p) for p in SEEDS.glob("*.txt"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_one_file_prints_one_object_equal_to_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", SEED_FILES[0])
    assert status == 0 and err == ""
    assert json.loads(out) == readoutparse.parse_file(SEED_FILES[0]).to_dict()


def test_several_files_print_an_array(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", *SEED_FILES)
    records = json.loads(out)
    assert status == 0
    assert [r["parser"] for r in records] == [
        "xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "xinhua_arabic", "vov"]


def test_jsonl_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "parse", "--format", "jsonl", *SEED_FILES)
    lines = out.splitlines()
    assert len(lines) == len(SEED_FILES)
    assert json.loads(lines[4])["parser"] == "vov"
    _, text, _ = run(capsys, "parse", "--format", "text", SEED_FILES[4])
    assert "title:" in text and "Ngoại trưởng Trung Quốc" in text


def test_a_failing_file_gives_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "lunch.txt"
    bad.write_text("Lunch at noon, bring salad.\n", "utf-8")
    status, out, err = run(capsys, "parse", "--format", "jsonl", SEED_FILES[0], str(bad))
    assert status == 1
    assert len(out.splitlines()) == 1, "the good file is still parsed"
    messages = [line for line in err.splitlines() if str(bad) in line]
    assert len(messages) == 1 and "no parser recognises" in messages[0]
    assert "Traceback" not in err


def test_output_and_errors_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for path in SEED_FILES:
        (folder / Path(path).name).write_bytes(Path(path).read_bytes())
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    status, _, err = run(capsys, "parse", str(folder), "--format", "jsonl",
                         "--output", str(out), "--errors", str(errors))
    assert status == 1
    assert len(out.read_text("utf-8").splitlines()) == len(SEED_FILES)
    failure = json.loads(errors.read_text("utf-8"))
    assert failure["error"] == "NotTextError" and failure["path"].endswith("broken.txt")
    assert "parsed 5, failed 1" in err.splitlines()[-1]


def test_detect_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "detect", *SEED_FILES)
    rows = out.splitlines()
    assert status == 0 and rows[0].split()[0] == "file"
    assert [row.split()[-1] for row in rows[1:]] == [
        "xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "xinhua_arabic", "vov"]


def test_parsers_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parsers")
    names = [line.split()[0] for line in out.splitlines()]
    assert status == 0 and {"xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "vov"} <= set(names)
    assert all("built-in" in line for line in out.splitlines()[:4])


@pytest.mark.parametrize("command", [[], ["parse"], ["detect"], ["parsers"], ["table"]])
def test_help_on_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert "usage: readoutparse" in capsys.readouterr().out


def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run([sys.executable, "-m", "readoutparse", "parse", "--format", "jsonl",
                           SEED_FILES[3]], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["parser"] == "xinhua_arabic"


def test_not_a_readout_exits_1_without_traceback(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Nothing to see here.\n", "utf-8")
    done = subprocess.run([sys.executable, "-m", "readoutparse", "parse", str(note)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "note.txt" in done.stderr


def test_readme_cli_example_shows_real_output(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (SEEDS.parent / "README.md").read_text("utf-8")
    block = readme.split("## From the shell", 1)[1].split("```\n", 2)[1]
    command, *shown = block.rstrip("\n").split("\n")
    assert command.startswith("$ readoutparse ")
    status, out, _ = run(capsys, *command.split()[2:])
    assert status == 0 and out.rstrip("\n").split("\n") == shown
