"""parse_many and iter_inputs: order, bad items, processes, pickling, folders, streaming."""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import os
import pickle
import signal
import subprocess
import sys
import time
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import readoutparse
from readoutparse.batch import InputError, Result, iter_inputs, parse_many
from readoutparse.errors import (
    DocumentTooLargeError,
    MalformedDocumentError,
    NotTextError,
    ParserCrashedError,
    PluginError,
    ReadoutParseError,
    UnknownFormatError,
    UnknownParserError,
)
from readoutparse.parsers.base import Context, Parser
from readoutparse.registry import Registry
from readoutparse.text import Document

from .fixture_cases import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))
NOT_A_READOUT = "Shopping list\n\neggs, milk, bread\n"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)


def _options() -> dict[str, Any]:
    # The readout layer is optional while it is being written; test with it when it is there.
    try:
        from readoutparse.readout import enrich  # noqa: F401
    except ImportError:
        return {"readout": False}
    return {}


OPTIONS = _options()


def test_results_come_in_input_order_and_match_parse() -> None:
    items: list[Any] = []
    for path in SEED_FILES:
        items += [path, path.read_bytes(), path.read_text("utf-8")]
    results = list(parse_many(items, **OPTIONS))
    assert [r.item for r in results] == [
        label for i, path in enumerate(SEED_FILES)
        for label in (str(path), f"<item {3 * i + 1}>", f"<item {3 * i + 2}>")
    ]
    for result, item in zip(results, items):
        assert result.ok, result.error
        expected = readoutparse.parse(
            item.read_bytes() if isinstance(item, Path) else item, **OPTIONS
        )
        assert result.article == expected
        assert result.parser == expected.parser
        assert result.error is None


def test_bad_items_give_errors_and_the_rest_parse(tmp_path: Path) -> None:
    good = SEED_FILES[0]
    missing = tmp_path / "gone.txt"
    items: list[Any] = [good, PNG, missing, NOT_A_READOUT, tmp_path, 42, good.read_bytes()]
    results = list(parse_many(items, **OPTIONS))
    assert [r.ok for r in results] == [True, False, False, False, False, False, True]
    assert [type(r.error) for r in results[1:6]] == [
        NotTextError, InputError, UnknownFormatError, InputError, InputError
    ]
    assert results[2].item == str(missing)
    assert str(missing) in str(results[2].error)
    assert results[2].error.errno is not None  # type: ignore[union-attr]
    assert results[5].item == "<item 5>"
    assert "int" in str(results[5].error)
    assert all(r.article is None and r.parser is None for r in results[1:6])


def test_a_str_is_text_and_a_path_is_a_path() -> None:
    as_text, as_path = parse_many([str(SEED_FILES[0]), SEED_FILES[0]], **OPTIONS)
    assert isinstance(as_text.error, UnknownFormatError)
    assert as_path.ok


def test_options_reach_parse_and_strict_errors_name_the_parser() -> None:
    results = list(parse_many([b"x" * 100, SEED_FILES[0]], max_bytes=50, **OPTIONS))
    assert all(isinstance(r.error, DocumentTooLargeError) for r in results)
    [forced] = parse_many([SEED_FILES[0]], parser="no_such_parser", **OPTIONS)
    assert isinstance(forced.error, UnknownParserError)


def _mixed_items(tmp_path: Path, copies: int) -> list[Any]:
    items: list[Any] = []
    for i in range(copies):
        items += [*SEED_FILES, PNG, tmp_path / f"missing{i}.txt", NOT_A_READOUT]
        items += [p.read_bytes() for p in SEED_FILES]
    return items


def test_two_jobs_give_the_same_results_as_one(tmp_path: Path) -> None:
    items = _mixed_items(tmp_path, copies=6)
    serial = list(parse_many(items, **OPTIONS))
    parallel = list(parse_many(items, jobs=2, chunksize=5, **OPTIONS))
    assert parallel == serial
    assert sum(not r.ok for r in parallel) == 18


def _errors() -> list[ReadoutParseError]:
    try:
        raise KeyError("boom")
    except KeyError as exc:
        crashed = ParserCrashedError("vov", exc, name="a.txt")
    return [
        ReadoutParseError("plain", name="a.txt"),
        UnknownFormatError([("vov", 0.3), ("zaobao_jekyll", 0.1)], 0.5, seen="Hi", name="a.txt"),
        MalformedDocumentError("no title", line=3, parser="vov", name="a.txt"),
        DocumentTooLargeError(10, 5, name="a.txt"),
        NotTextError("binary data", offset=0, name="a.txt"),
        UnknownParserError("nope", ["vov"]),
        crashed,
        PluginError("two parsers are named 'vov'"),
        InputError("No such file or directory", errno=2, name="a.txt"),
    ]


@pytest.mark.parametrize("error", _errors(), ids=lambda e: type(e).__name__)
def test_errors_pickle_round_trip(error: ReadoutParseError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    state = dict(error.__dict__)
    if isinstance(error, ParserCrashedError):
        # The original exception need not pickle; its repr crosses instead.
        assert repr(state.pop("error")) in str(copy.__dict__.pop("error"))
    assert copy.__dict__ == state
    result = Result("a.txt", None, error, None)
    assert pickle.loads(pickle.dumps(result)) == result


def test_articles_and_results_pickle_round_trip() -> None:
    results = list(parse_many(SEED_FILES, **OPTIONS))
    for result in results:
        copy = pickle.loads(pickle.dumps(result))
        assert copy == result
        assert copy.article == result.article
        assert copy.article.to_dict() == result.article.to_dict()  # type: ignore[union-attr]
        assert copy.ok


def test_result_to_dict() -> None:
    good, bad = parse_many([SEED_FILES[0], PNG], **OPTIONS)
    assert good.to_dict() == {
        "item": str(SEED_FILES[0]), "ok": True, "parser": good.parser,
        "article": good.article.to_dict(),  # type: ignore[union-attr]
    }
    assert bad.to_dict()["error"] == {"type": "NotTextError", "message": str(bad.error)}
    assert bad.to_dict()["ok"] is False


def test_a_folder_of_files_with_one_failing(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "2025" / "07").mkdir(parents=True)
    for i in range(200):
        seed = SEED_FILES[i % len(SEED_FILES)]
        folder = archive if i < 150 else archive / "2025" / "07"
        (folder / f"{i:04d}{seed.suffix}").write_bytes(seed.read_bytes())
    broken = archive / "0075b.txt"
    broken.write_bytes(PNG)
    (archive / "notes.json").write_text("{}")  # not a document suffix: skipped

    flat = list(iter_inputs([archive]))
    assert len(flat) == 151 and flat == sorted(flat)
    files = list(iter_inputs([archive], recursive=True))
    assert len(files) == 201
    results = list(parse_many(files, jobs=2, **OPTIONS))
    assert [r.item for r in results] == [str(p) for p in files]
    failed = [r for r in results if not r.ok]
    assert [r.item for r in failed] == [str(broken)]
    assert isinstance(failed[0].error, NotTextError)


def test_iter_inputs_keeps_files_as_given_and_missing_paths() -> None:
    given = [SEED_FILES[1], "does/not/exist.txt", SEED_FILES[0]]
    assert list(iter_inputs(given)) == [SEED_FILES[1], Path("does/not/exist.txt"), SEED_FILES[0]]
    assert list(iter_inputs([SEEDS], suffixes=(".md",))) == []
    assert list(iter_inputs([SEEDS], suffixes=(".TXT",))) == sorted(SEEDS.glob("*.txt"))


class _Pulled:
    """An endless stream of documents that counts how many were taken from it."""

    def __init__(self) -> None:
        self.count = 0
        self.data = [p.read_bytes() for p in SEED_FILES]

    def __iter__(self) -> Iterator[bytes]:
        for i in itertools.count():
            self.count += 1
            yield self.data[i % len(self.data)]


@pytest.mark.parametrize("jobs", [1, 2])
def test_streaming_pulls_items_only_as_needed(jobs: int) -> None:
    source = _Pulled()
    results = parse_many(source, jobs=jobs, chunksize=4, **OPTIONS)
    assert source.count == 0  # nothing is read before the first result is asked for
    first = list(itertools.islice(results, 10))
    assert all(r.ok for r in first)
    # One chunk per window slot beyond what was yielded, never the whole (endless) input.
    assert source.count <= 10 + jobs * 2 * 4 + 4
    results.close()  # type: ignore[attr-defined]


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="chunksize"):
        parse_many([], chunksize=0)
    assert list(parse_many([], jobs=2)) == []


# -- crashes: a parser bug, and a worker process that dies --------------------------------


class _Fragile(Parser):
    """Reads 'OK ...' documents; raises on 'BUG', kills its process on 'DIE'."""

    name: ClassVar[str] = "fragile"
    language: ClassVar[str] = "en"

    def score(self, doc: Document) -> float:
        return 1.0

    def parse(self, doc: Document, context: Context) -> readoutparse.Article:
        first = doc.content[0].text
        if first.startswith("DIE"):
            os._exit(3)
        if first.startswith("BUG"):
            raise ZeroDivisionError("parser bug")
        if first.startswith("BIG"):
            held = _Held()  # a local of the failing frame: a traceback would keep it
            _held.append(weakref.ref(held))
            raise ValueError("a bug with a large frame")
        if first.startswith("OOM"):
            raise MemoryError("this document is too big for the machine")
        if first.startswith("PID"):
            time.sleep(0.05)  # slow enough that the parent is killed mid-batch
            first = str(os.getpid())
        return readoutparse.Article(
            parser=self.name, language="en", title=first, published=dt.date(2025, 7, 10)
        )


class _Held:
    payload = bytearray(1 << 20)


_held: list[weakref.ref[_Held]] = []


def _fragile_registry() -> Registry:
    registry = Registry(builtins={}, plugins=False)
    registry.add(_Fragile)
    return registry


def test_a_parser_bug_is_a_parser_crashed_error_with_its_traceback() -> None:
    items = ["OK 1", "BUG", "OK 2"]
    for jobs in (1, 2):
        results = list(parse_many(items, jobs=jobs, chunksize=1, readout=False,
                                  registry=_fragile_registry()))
        assert [r.ok for r in results] == [True, False, True]
        error = results[1].error
        assert isinstance(error, ParserCrashedError)
        assert results[1].parser == "fragile"
        assert "ZeroDivisionError: parser bug" in error.__notes__[-1]
        assert "Traceback" in error.__notes__[-1]


def test_a_worker_that_dies_costs_only_its_own_item() -> None:
    items = [f"OK {i}" for i in range(12)]
    items[7] = "DIE now"
    results = list(parse_many(items, jobs=2, chunksize=2, readout=False,
                              registry=_fragile_registry()))
    assert [r.item for r in results] == [f"<item {i}>" for i in range(12)]
    assert [r.ok for r in results] == [i != 7 for i in range(12)]
    assert isinstance(results[7].error, ParserCrashedError)
    assert "worker process died" in str(results[7].error)
    assert results[8].article.title == "OK 8"  # type: ignore[union-attr]


def test_a_failed_result_keeps_no_frames() -> None:
    _held.clear()
    results = list(parse_many(["BIG", "OK 1"], readout=False, registry=_fragile_registry()))
    assert [r.ok for r in results] == [False, True]
    error = results[0].error
    assert isinstance(error, ParserCrashedError)
    assert error.__traceback__ is None and error.error.__traceback__ is None
    assert "a bug with a large frame" in error.__notes__[-1]  # the text of it is kept
    gc.collect()
    assert _held and _held[0]() is None, "the failing frame's locals are still alive"


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_memory_error_is_that_items_failure_only(jobs: int) -> None:
    items = ["OK 0", "OOM", "OK 2", "OK 3"]
    results = list(parse_many(items, jobs=jobs, chunksize=1, readout=False,
                              registry=_fragile_registry()))
    assert [r.ok for r in results] == [True, False, True, True]
    assert "MemoryError" in str(results[1].error)


_ORPHAN_SCRIPT = """
import sys
sys.path.insert(0, {root!r})
from readoutparse.batch import parse_many
from tests.test_batch import _fragile_registry
pids = set()
for result in parse_many(["PID"] * 100000, jobs=2, chunksize=1, readout=False,
                         registry=_fragile_registry()):
    pids.add(result.article.title)
    if len(pids) == 2:
        print(" ".join(sorted(pids)), flush=True)
        pids.add("printed")
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="reads process states in /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_workers_die_with_their_parent(how: signal.Signals) -> None:
    root = str(Path(__file__).resolve().parent.parent)
    parent = subprocess.Popen([sys.executable, "-c", _ORPHAN_SCRIPT.format(root=root)],
                              stdout=subprocess.PIPE, text=True)
    workers: list[int] = []
    try:
        line = parent.stdout.readline()  # type: ignore[union-attr]
        workers = [int(pid) for pid in line.split()]
        assert len(workers) == 2 and all(_alive(pid) for pid in workers), line
        parent.send_signal(how)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 10
        while any(map(_alive, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(map(_alive, workers)), f"workers {workers} outlived their parent"
    finally:
        parent.kill()
        parent.wait()
        for pid in filter(_alive, workers):  # a failed run must not leave them behind
            os.kill(pid, signal.SIGKILL)


@pytest.mark.skipif(not hasattr(os, "symlink") or not hasattr(os, "mkfifo"),
                    reason="needs symbolic links and named pipes")
def test_a_folder_reports_what_it_cannot_read_in_place(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "a.txt"
    good.write_bytes(SEED_FILES[0].read_bytes())
    (tmp_path / "b-dangling.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "c-loop.txt").symlink_to(tmp_path / "c-loop.txt")
    os.mkfifo(tmp_path / "d-pipe.txt")  # no document, and reading it would block
    locked = tmp_path / "e-locked"
    locked.mkdir()
    (locked / "inside.txt").write_bytes(SEED_FILES[1].read_bytes())
    (tmp_path / "f-link-to-folder").symlink_to(tmp_path, target_is_directory=True)
    real_scandir = os.scandir

    def scandir(path: Any) -> Any:  # as root, chmod 000 would not stop the listing
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found = list(iter_inputs([tmp_path], recursive=True))
    assert [p.name for p in found] == ["a.txt", "b-dangling.txt", "c-loop.txt", "e-locked"]
    results = list(parse_many(found, readout=False))
    assert [r.ok for r in results] == [True, False, False, False]
    assert all(isinstance(r.error, InputError) for r in results[1:])
    assert "cannot list this folder (Permission denied)" in str(results[3].error)
    assert str(locked) in str(results[3].error)
