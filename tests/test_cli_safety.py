"""The command line under faults and hostile input: nothing destroyed, nothing half-written,
nothing raw reaching the terminal, one bad record costing only itself."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from readoutparse.cli import main
from readoutparse.model import Article

from .fixture_cases import ROOT, SEEDS
from .plugin_support import install, site  # noqa: F401  (the fixture)

SEED_FILES = sorted(str(p) for p in SEEDS.glob("*.txt"))
ENV = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def one_line_error(err: str) -> None:
    assert err.count("\n") == 1 and err.startswith("readoutparse: ") and "Traceback" not in err


# -- outputs never destroy inputs -------------------------------------------------------


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_an_output_naming_an_input_is_refused_before_anything_is_opened(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, option: str
) -> None:
    page = tmp_path / "a.txt"
    original = Path(SEED_FILES[4]).read_bytes()
    page.write_bytes(original)
    for target in (str(page), str(tmp_path / "." / "a.txt")):
        status, out, err = run(capsys, "parse", str(page), option, target)
        assert status == 2 and out == "" and "is also an input" in err
        one_line_error(err)
        assert page.read_bytes() == original
    status, _, err = run(capsys, "parse", str(tmp_path), option, str(page))  # via a folder
    assert status == 2 and page.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"], "no temporary file left"


def test_output_and_errors_naming_one_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = str(tmp_path / "x.json")
    status, _, err = run(capsys, "parse", SEED_FILES[0], "-o", target, "--errors", target)
    assert status == 2 and "different files" in err and not Path(target).exists()


def test_output_is_renamed_into_place_and_keeps_permissions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old", "utf-8")
    target.chmod(0o640)
    status, _, _ = run(capsys, "parse", SEED_FILES[0], "-o", str(target))
    assert status == 0 and json.loads(target.read_text("utf-8"))[0]["input"] == SEED_FILES[0]
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


# -- write failures are one line ----------------------------------------------------------


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize("command", ["parse", "table"])
def test_a_full_disk_is_one_line_and_exit_1(command: str) -> None:
    done = subprocess.run([sys.executable, "-m", "readoutparse", command, *SEED_FILES,
                           "-o", "/dev/full"], capture_output=True, text=True, env=ENV, check=False)
    assert done.returncode == 1 and "cannot write /dev/full: No space left on device" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("readoutparse: cannot write")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_standard_output_on_a_full_disk_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "readoutparse", "parse", SEED_FILES[0]],
                              stdout=full, stderr=subprocess.PIPE, text=True, env=ENV, check=False)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "cannot write standard output: No space left on device" in done.stderr


@pytest.mark.parametrize(("target", "says"), [("nodir/x.json", "folder nodir does not exist"),
                                              (".", "it is a folder")])
def test_an_unwritable_output_is_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    target: str, says: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    status, out, err = run(capsys, "parse", SEED_FILES[0], "-o", target)
    assert status == 2 and out == "" and says in err
    one_line_error(err)


# -- folders ------------------------------------------------------------------------------


def test_an_unreadable_folder_does_not_stop_the_readable_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:  # root reads every folder; make this one refuse
        if os.path.samefile(path, locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("readoutparse.inputs.os.scandir", scandir)
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(locked), SEED_FILES[0])
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert records[0]["input"] == str(locked) and "Permission denied" in records[0]["error"]["message"]
    assert records[1]["parser"] == "xinhua_bilingual"


def test_dangling_links_loops_and_unreadable_subfolders_are_reported(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_bytes(Path(SEED_FILES[4]).read_bytes())
    (folder / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to(folder, target_is_directory=True)
    (folder / "secret").mkdir()
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if os.path.basename(path) == "secret":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("readoutparse.inputs.os.scandir", scandir)
    status, out, _ = run(capsys, "parse", "-r", "--format", "jsonl", str(folder))
    records = {Path(r["input"]).relative_to(folder).as_posix(): r for r in map(json.loads, out.splitlines())}
    assert status == 1
    assert records["good.txt"]["parser"] == "vov"
    assert "broken symbolic link" in records["gone.txt"]["error"]["message"]
    assert "symbolic link loop" in records["self.txt"]["error"]["message"]
    assert "symbolic link loop" in records["sub/back"]["error"]["message"]
    assert "Permission denied" in records["secret"]["error"]["message"]


# -- one bad record is one failed item -----------------------------------------------------


@pytest.mark.parametrize("fmt", [("parse", "json"), ("parse", "jsonl"), ("parse", "text"),
                                 ("table", "csv"), ("table", "jsonl")])
@pytest.mark.parametrize("mode", ["datetime", "surrogate"])
def test_an_unwritable_record_costs_only_its_item(
    site: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: tuple[str, str], mode: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    install(site, "odd_demo", "1.0", "odd_plugin", "odd = odd_plugin:OddParser")
    bad = tmp_path / "bad.txt"
    bad.write_text(f"ODD PLUGIN\n{mode}\n", "utf-8")
    # parse() cleans such records itself (readoutparse.sanitise); a record that still cannot
    # be written, from a cleaning that missed a case, must cost only its item.
    written = Article.to_dict

    def unwritable(self: Article) -> dict[str, object]:
        if self.parser == "odd":
            raise TypeError("Object of type datetime is not JSON serializable")
        return written(self)

    monkeypatch.setattr(Article, "to_dict", unwritable)
    command, form = fmt
    errors = tmp_path / "errors.jsonl"
    status, out, err = run(capsys, command, "--format", form, "--errors", str(errors),
                           SEED_FILES[0], str(bad), SEED_FILES[4])
    assert status == 1 and "Traceback" not in err
    failure = json.loads(errors.read_text("utf-8"))
    assert failure["input"] == str(bad) and failure["error"]["type"] == "ParserCrashedError"
    assert "record" in failure["error"]["message"] and "JSON serializable" in failure["error"]["message"]
    out.encode("utf-8")  # nothing unencodable reached the output
    if command == "table":
        rows = list(csv.DictReader(io.StringIO(out))) if form == "csv" else [
            json.loads(line) for line in out.splitlines()]
        assert {r["file"] for r in rows} == {SEED_FILES[0], SEED_FILES[4]}
    elif form == "text":
        assert out.count("== ") == 3 and f"== {bad} [failed]" in out
    else:
        records = json.loads(out) if form == "json" else [json.loads(x) for x in out.splitlines()]
        assert [r["input"] for r in records] == [SEED_FILES[0], str(bad), SEED_FILES[4]]
        assert [("error" in r) for r in records] == [False, True, False]


# -- the terminal sees no raw control or bidi characters ----------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


RAW = ("\x1b", "\x07", "\u202e", "\u202c", "\x00")


@pytest.mark.parametrize("args", [("parse", "--format", "text"), ("table",), ("table", "--format", "jsonl"),
                                  ("parse",), ("parse", "--format", "jsonl")])
def test_control_and_bidi_characters_never_reach_the_terminal_raw(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    install(site, "odd_demo", "1.0", "odd_plugin", "odd = odd_plugin:OddParser")
    page = tmp_path / "evil.txt"
    # The plugin's record has a readout only if the text names a contact: add one line.
    page.write_text("ODD PLUGIN\nescape\nXi Jinping held phone talks with Vladimir Putin on "
                    "June 19, 2025.\n", "utf-8")
    if args[0] == "parse":
        # parse() already drops these characters (readoutparse.sanitise); switch that off so
        # the CLI's own escaping, the last line of defence, is what is tested here.  (The
        # table needs a readout, which raw control characters in the lead would cost.)
        monkeypatch.setattr("readoutparse.api.sanitise", lambda article, **_: article)
    terminal, errors = _Terminal(), _Terminal()
    monkeypatch.setattr(sys, "stdout", terminal)
    monkeypatch.setattr(sys, "stderr", errors)
    main([*args, str(page)])
    shown = terminal.getvalue() + errors.getvalue()
    assert shown.strip()
    for char in RAW:
        assert char not in shown, repr(char)
    if args[-1] in ("text",):
        assert "\\x1b]0;owned\\x07" in shown, "escaped visibly, not dropped"
    if args == ("parse",):
        assert json.loads(terminal.getvalue())[0]["title"].startswith("\x1b]0;owned\x07"), \
            "JSON escapes keep the data exact"


def test_error_lines_escape_hostile_file_names(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    name = tmp_path / "x\x1b[2Jy.txt"
    status, _, err = run(capsys, "parse", str(name))
    assert status == 1 and "\x1b" not in err and "\\x1b[2J" in err


# -- SIGINT and SIGTERM --------------------------------------------------------------------


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
@pytest.mark.parametrize("output", ["-", "file"])
def test_a_signal_ends_with_complete_json_and_the_summary(
    tmp_path: Path, signum: int, output: str
) -> None:
    # The run parses the seeds, then waits on standard input, which the test holds open:
    # the signal arrives at a known point, after five records.
    target = tmp_path / "out.json"
    args = ["-o", str(target)] if output == "file" else []
    child = subprocess.Popen(
        [sys.executable, "-m", "readoutparse", "parse", "-v", *args, *SEED_FILES, "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    assert child.stderr is not None and child.stdin is not None
    seen = [child.stderr.readline() for _ in SEED_FILES]
    assert all(b": " in line for line in seen), seen
    child.send_signal(signum)
    out, err = child.communicate(timeout=60)
    child.stdin.close()
    assert child.returncode == 128 + signum, err
    text = target.read_text("utf-8") if output == "file" else out.decode("utf-8")
    assert [r["input"] for r in json.loads(text)] == SEED_FILES
    name = "SIGINT" if signum == signal.SIGINT else "SIGTERM"
    assert f"stopped by {name}" in err.decode() and "parsed 5, failed 0" in err.decode()
    assert "Traceback" not in err.decode()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["out.json"] if output == "file" else [])
