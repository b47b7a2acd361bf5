"""The Dask recipes in docs/scaling.md, run exactly as printed there: on Dask's synchronous
scheduler, and on a real ``dask.distributed.LocalCluster`` of worker processes."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import readoutparse

from .fixture_cases import FIXTURES, ROOT, SEEDS

pytest.importorskip("dask.bag")

SCALING = ROOT / "docs" / "scaling.md"


def _recipe(name: str) -> str:
    """The python block that follows ``<!-- recipe: name -->`` in docs/scaling.md."""
    match = re.search(
        rf"<!-- recipe: {re.escape(name)} -->\s*```python\n(.*?)```", SCALING.read_text("utf-8"),
        re.DOTALL,
    )
    assert match, f"docs/scaling.md has no recipe {name!r}"
    return match.group(1)


def _recipes() -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "scaling_recipe"}
    exec(compile(_recipe("dask-files"), str(SCALING), "exec"), namespace)
    exec(compile(_recipe("dask-jsonl"), str(SCALING), "exec"), namespace)
    return namespace


def _documents() -> list[Path]:
    found = sorted(p for p in FIXTURES.glob("*/*") if p.suffix in (".txt", ".md"))
    return found or sorted(SEEDS.glob("*.txt"))


def _read_lines(files: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for name in files for line in Path(name).read_text("utf-8").splitlines()]


def _expected(path: Path, data: bytes | None = None, **options: Any) -> dict[str, Any]:
    try:
        article = (readoutparse.parse(data, name=str(path), **options) if data is not None
                   else readoutparse.parse_file(path))
    except readoutparse.ReadoutParseError as error:
        return {"ok": False, "type": type(error).__name__, "message": str(error)}
    return {"ok": True, "parser": article.parser, "article": article.to_dict()}


def _seen(line: dict[str, Any]) -> dict[str, Any]:
    if line["ok"]:
        return {"ok": True, "parser": line["parser"], "article": line["article"]}
    return {"ok": False, **line["error"]}


def _archive(tmp_path: Path) -> Path:
    archive = tmp_path / "archive"
    documents = _documents()
    for i, document in enumerate(documents):
        folder = archive / document.parent.name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:03d}{document.suffix}").write_bytes(document.read_bytes())
    (archive / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return archive


def _check_archive_output(archive: Path, written: list[str]) -> None:
    assert len(written) > 1 and written == sorted(written)
    lines = _read_lines(written)
    paths = sorted(p for p in archive.rglob("*") if p.is_file())
    assert [line["item"] for line in lines] == [str(p) for p in paths]
    for line, path in zip(lines, paths):
        assert _seen(line) == _expected(path), path
    assert [line["item"] for line in lines if not line["ok"]] == [str(archive / "broken.txt")]


def test_dask_files_recipe(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    written = _recipes()["parse_archive"](
        str(archive), str(tmp_path / "parsed"), scheduler="sync", per_partition=3
    )
    _check_archive_output(archive, written)


def test_dask_files_recipe_on_a_local_cluster_of_processes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    archive = _archive(tmp_path)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=50) as cluster, \
            distributed.Client(cluster) as client:
        written = _recipes()["parse_archive"](str(archive), str(tmp_path / "parsed"),
                                              per_partition=3)
        # The work ran in the workers' own processes, not in this one.
        pids = set(client.run(lambda: __import__("os").getpid()).values())
        seen = client.run(lambda: "readoutparse.registry" in __import__("sys").modules)
    assert len(pids) == 2 and __import__("os").getpid() not in pids
    assert any(seen.values()), "the workers imported readoutparse and parsed"
    _check_archive_output(archive, written)


def test_dask_jsonl_recipe(tmp_path: Path) -> None:
    documents = _documents()
    source = tmp_path / "archive.jsonl"
    with source.open("w", encoding="utf-8") as out:
        for i, document in enumerate(documents):
            record = {"url": f"https://example.org/{i}", "text": document.read_text("utf-8")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    written = _recipes()["parse_jsonl"](str(source), str(tmp_path / "parsed"), scheduler="sync")
    lines = _read_lines(written)
    assert len(lines) == len(documents)
    for i, (line, document) in enumerate(zip(lines, documents)):
        url = f"https://example.org/{i}"
        assert line["item"] == url
        expected = _expected(Path(url), document.read_text("utf-8"), url=url)
        assert _seen(line) == expected, document
