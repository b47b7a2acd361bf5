"""The command line, run in-process through ``main`` and as a real subprocess."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import readoutparse
from readoutparse.cli import main

from .fixture_cases import ROOT, SEEDS

SEED_FILES = sorted(str(p) for p in SEEDS.glob("*.txt"))
SEED_PARSERS = ["xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "xinhua_arabic", "vov"]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "readoutparse", *args], input=stdin,
                          capture_output=True, check=False, cwd=cwd,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def record_of(path: str) -> dict[str, object]:
    return {"input": path, **readoutparse.parse_file(path).to_dict()}


# -- one output shape, provenance, error records ----------------------------------------


def test_one_file_prints_an_array_of_one_record_with_its_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "parse", SEED_FILES[0])
    assert status == 0 and err == ""
    assert json.loads(out) == [record_of(SEED_FILES[0])]


def test_several_files_print_an_array_in_input_order(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", *SEED_FILES)
    records = json.loads(out)
    assert status == 0
    assert [r["parser"] for r in records] == SEED_PARSERS
    assert [r["input"] for r in records] == SEED_FILES


def test_failures_are_error_records_in_their_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "lunch.txt"
    bad.write_text("Lunch at noon, bring salad.\n", "utf-8")
    for fmt in ("json", "jsonl"):
        status, out, err = run(capsys, "parse", "--format", fmt, str(bad), SEED_FILES[0])
        records = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()]
        assert status == 1
        assert [r["input"] for r in records] == [str(bad), SEED_FILES[0]]
        assert records[0]["error"]["type"] == "UnknownFormatError"
        assert records[0]["error"]["message"].startswith(f"{bad}: no parser recognises")
        assert "error" not in records[1] and records[1]["parser"] == "xinhua_bilingual"
        messages = [line for line in err.splitlines() if str(bad) in line]
        assert len(messages) == 1 and "Traceback" not in err


def test_one_failure_alone_is_still_an_array(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "x.txt"
    bad.write_text("nothing\n", "utf-8")
    _, one, _ = run(capsys, "parse", str(bad))
    _, two, _ = run(capsys, "parse", str(bad), str(bad))
    assert [r["input"] for r in json.loads(one)] == [str(bad)]
    assert len(json.loads(two)) == 2


def test_jsonl_and_text(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "parse", "--format", "jsonl", *SEED_FILES)
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["parser"] for line in lines] == SEED_PARSERS
    _, text, _ = run(capsys, "parse", "--format", "text", SEED_FILES[4])
    assert "title:" in text and "Ngoại trưởng Trung Quốc" in text


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
    records = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert sum("error" not in r for r in records) == len(SEED_FILES)
    failure = json.loads(errors.read_text("utf-8"))
    assert failure == [r for r in records if "error" in r][0], "--errors holds the same record"
    assert failure["error"]["type"] == "NotTextError" and failure["input"].endswith("broken.txt")
    assert "parsed 5, failed 1" in err.splitlines()[-1]


# -- standard input ---------------------------------------------------------------------


@pytest.mark.parametrize("dash", [True, False])
def test_standard_input_for_parse_detect_and_table(dash: bool) -> None:
    data = Path(SEED_FILES[4]).read_bytes()
    args = ["-"] if dash else []
    parsed = cli("parse", *args, stdin=data)
    assert parsed.returncode == 0, parsed.stderr
    assert [(r["input"], r["parser"]) for r in json.loads(parsed.stdout)] == [("<stdin>", "vov")]
    detected = cli("detect", "--format", "json", *args, stdin=data)
    assert json.loads(detected.stdout)[0]["best"] == "vov"
    table = cli("table", *args, stdin=data)
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [(r["file"], r["kind"]) for r in rows] == [("<stdin>", "phone_call")]


def test_dash_mixes_with_files_in_order() -> None:
    done = cli("parse", "--format", "jsonl", SEED_FILES[0], "-", SEED_FILES[1],
               stdin=Path(SEED_FILES[4]).read_bytes(), cwd=ROOT)
    assert [json.loads(x)["input"] for x in done.stdout.splitlines()] == [
        SEED_FILES[0], "<stdin>", SEED_FILES[1]]


def test_dash_twice_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", "-", "-")
    assert status == 2 and out == "" and err.count("\n") == 1


# -- folders ----------------------------------------------------------------------------


def test_folder_says_what_it_skipped_and_suffix_and_glob_choose(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for i, path in enumerate(SEED_FILES):
        (tmp_path / f"page{i}").write_bytes(Path(path).read_bytes())  # no suffix
    (tmp_path / "one.txt").write_bytes(Path(SEED_FILES[0]).read_bytes())
    (tmp_path / "sub").mkdir()
    status, out, err = run(capsys, "parse", "--format", "jsonl", str(tmp_path))
    assert status == 0 and len(out.splitlines()) == 1
    assert "skipped 5 files not ending in .txt .md .html .htm" in err
    assert "--suffix or --glob" in err and "skipped 1 sub-folder; add -r" in err
    _, out, _ = run(capsys, "parse", "--format", "jsonl", "--glob", "page*", str(tmp_path))
    assert len(out.splitlines()) == 5
    _, out, _ = run(capsys, "parse", "--format", "jsonl", "--suffix", ",.txt", str(tmp_path))
    assert len(out.splitlines()) == 6, "an empty suffix means files without one"


def test_empty_folder_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "parse", str(tmp_path))
    assert out == "[]\n" and "no documents found" in err and status == 0


def test_a_named_file_is_read_whatever_its_suffix(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    page = tmp_path / "page.data"
    page.write_bytes(Path(SEED_FILES[4]).read_bytes())
    status, out, _ = run(capsys, "parse", str(page))
    assert status == 0 and json.loads(out)[0]["parser"] == "vov"


# -- detect and parsers -----------------------------------------------------------------


def test_detect_prints_a_table_with_columns_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "detect", *SEED_FILES)
    rows = out.splitlines()
    assert status == 0 and rows[0].split()[0] == "input"
    assert [row.split()[-1] for row in rows[1:]] == SEED_PARSERS
    _, one, _ = run(capsys, "detect", SEED_FILES[4])
    header, row = one.splitlines()
    assert header.split()[1] == "vov", "for one input the first column is its best parser"
    scores = [float(x) for x in row.split()[1:-1]]
    assert scores == sorted(scores, reverse=True)


def test_detect_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    status, out, err = run(capsys, "detect", "--format", "json", SEED_FILES[3], str(binary))
    first, failed = json.loads(out)
    assert status == 1
    assert first["input"] == SEED_FILES[3] and first["best"] == "xinhua_arabic"
    assert list(first["scores"])[0] == "xinhua_arabic"
    assert failed["input"] == str(binary) and failed["error"]["type"] == "NotTextError"
    assert err.startswith(f"readoutparse: {binary}: not text"), "parse's error style"


def test_detect_on_a_folder_expands_it_like_parse(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "detect", str(SEEDS))
    assert status == 0 and len(out.splitlines()) == 1 + len(SEED_FILES)


def test_detect_has_the_size_limit(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    status, _, err = run(capsys, "detect", "--max-bytes", "4k", str(big))
    assert status == 1 and "over the limit of 4,096 bytes (raise it with --max-bytes)" in err


def test_detect_reads_an_endless_stream_only_to_the_limit() -> None:
    done = cli("detect", "--max-bytes", "1M", "/dev/zero")
    assert done.returncode == 1 and "over the limit of 1,048,576 bytes" in done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1


def test_parsers_lists_builtins(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parsers")
    names = [line.split()[0] for line in out.splitlines()]
    assert status == 0 and {"xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "vov"} <= set(names)
    assert all("built-in" in line for line in out.splitlines()[:4])
    _, out, _ = run(capsys, "parsers", "--format", "json")
    records = {r["name"]: r for r in json.loads(out)}
    assert records["vov"]["origin"] == "built-in" and records["vov"]["problem"] is None
    assert records["vov"]["description"]


# -- table ------------------------------------------------------------------------------


def test_table_prints_a_header_even_without_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("nothing\n", "utf-8")
    status, out, _ = run(capsys, "table", str(note))
    assert status == 1
    assert out == "event_date,kind,status,participants,initiator,host,place,source,language,title,file\n"
    pandas = pytest.importorskip("pandas")
    assert list(pandas.read_csv(io.StringIO(out)).columns)[0] == "event_date"


def test_table_has_parse_options(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out, errors = tmp_path / "rows.csv", tmp_path / "errors.jsonl"
    bad = tmp_path / "bad.txt"
    bad.write_text("nothing\n", "utf-8")
    status, stdout, _ = run(capsys, "table", "-j", "2", "-o", str(out), "--errors", str(errors),
                            *SEED_FILES, str(bad))
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    assert status == 1 and stdout == "" and len(rows) >= 4
    assert json.loads(errors.read_text("utf-8"))["input"] == str(bad)
    status, _, err = run(capsys, "table", "--parser", "vov", "--strict", SEED_FILES[0])
    assert status == 1 and "strict mode" in err and "forced" in err


@pytest.mark.parametrize("command", [[], ["parse"], ["detect"], ["parsers"], ["table"]])
def test_help_on_every_command(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*command, "--help"])
    assert exited.value.code == 0
    assert "usage: readoutparse" in capsys.readouterr().out


def test_every_option_has_help_text() -> None:
    from readoutparse.cli import _build_parser

    top = _build_parser()
    commands = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        for action in sub._actions:
            assert action.help, f"readoutparse {name} {action.option_strings or action.dest}"


# -- options and exit codes -------------------------------------------------------------


def test_forced_parser_on_another_format_warns_and_strict_fails(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "parse", "--parser", "vov", SEED_FILES[0])
    assert status == 0 and "warning" in err and "'vov' was forced" in err
    assert json.loads(out)[0]["warnings"][0].startswith("parser 'vov' was forced")
    status, out, _ = run(capsys, "parse", "--parser", "vov", "--strict", SEED_FILES[0])
    assert status == 1 and json.loads(out)[0]["error"]["type"] == "MalformedDocumentError"
    status, _, err = run(capsys, "parse", "--parser", "vov", SEED_FILES[4])
    assert status == 0 and "forced" not in err, "no warning where the parser fits"


def test_quiet_and_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "parse", "-q", *SEED_FILES)
    assert err == ""
    _, _, err = run(capsys, "parse", "-v", SEED_FILES[4])
    assert f"{SEED_FILES[4]}: vov" in err and "parsed 1, failed 0" in err


def test_jobs_zero_means_one_per_cpu(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "parse", "-j", "0", *SEED_FILES[:2])
    assert status == 0 and len(json.loads(out)) == 2
    with pytest.raises(SystemExit) as exited:
        main(["parse", "-j", "-1", SEED_FILES[0]])
    assert exited.value.code == 2


@pytest.mark.parametrize(("given", "limit"), [("1k", "1,024"), ("2K", "2,048"), ("1kb", "1,024"),
                                              ("1000", "1,000"), ("1MiB", "1,048,576")])
def test_max_bytes_takes_units_and_errors_name_the_option(
    capsys: pytest.CaptureFixture[str], given: str, limit: str
) -> None:
    big = SEED_FILES[0]  # several kilobytes
    status, _, err = run(capsys, "parse", "--max-bytes", given, big)
    if Path(big).stat().st_size > int(limit.replace(",", "")):
        assert status == 1 and f"over the limit of {limit} bytes (raise it with --max-bytes)" in err
        assert "max_bytes=" not in err


def test_max_bytes_refuses_nonsense_and_lowers_huge_values(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["parse", "--max-bytes", "1x", SEED_FILES[0]])
    assert exited.value.code == 2
    assert "expected a size in bytes such as" in capsys.readouterr().err
    status, out, err = run(capsys, "parse", "--max-bytes", "9223372036854775807", SEED_FILES[0])
    assert status == 0 and json.loads(out)[0]["parser"] == "xinhua_bilingual"
    assert "lowered to the largest limit" in err


def test_unknown_parser_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", "--parser", "nope", SEED_FILES[0])
    assert status == 2 and out == "" and "no parser named 'nope'" in err


def test_broken_pipe_is_not_a_failure() -> None:
    done = subprocess.run(
        f"{sys.executable} -m readoutparse parse --format jsonl {' '.join(SEED_FILES * 20)} "
        "| head -c 10 > /dev/null; echo ${PIPESTATUS[0]}",
        shell=True, executable="/bin/bash", capture_output=True, text=True, cwd=ROOT, check=False,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "0", done.stderr
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_python_dash_m_runs_the_same_command() -> None:
    done = cli("parse", "--format", "jsonl", SEED_FILES[3])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["parser"] == "xinhua_arabic"


def test_not_a_readout_exits_1_without_traceback(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Nothing to see here.\n", "utf-8")
    done = cli("parse", str(note))
    assert done.returncode == 1 and json.loads(done.stdout)[0]["error"]["type"] == "UnknownFormatError"
    assert done.stderr.count("\n") == 1 and "note.txt" in done.stderr


def test_readme_cli_example_shows_real_output(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("## From the shell", 1)[1].split("```\n", 2)[1]
    command, *shown = block.rstrip("\n").split("\n")
    assert command.startswith("$ readoutparse ")
    status, out, _ = run(capsys, *command.split()[2:])
    assert status == 0 and out.rstrip("\n").split("\n") == shown


def test_parse_many_hints_that_a_path_string_is_text() -> None:
    result = next(readoutparse.parse_many([SEED_FILES[0]]))
    assert not result.ok and "looks like a file path" in str(result.error)
    assert "pathlib.Path" in str(result.error)
    with pytest.raises(readoutparse.UnknownFormatError) as raised:
        readoutparse.parse("Lunch at noon.")
    assert "file path" not in str(raised.value)


def test_no_input_from_a_terminal_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    for command in ("parse", "table", "detect"):
        status, out, err = run(capsys, command)
        assert status == 2 and out == "" and "no input" in err and err.count("\n") == 1
