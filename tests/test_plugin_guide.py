"""docs/plugins.md works as printed: its files are written to a folder, the plugin's own tests
pass before installing, pip installs it offline, and readoutparse parses through it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from .fixture_cases import ROOT

GUIDE = ROOT / "docs" / "plugins.md"


def _files() -> dict[str, str]:
    found = re.findall(r"<!-- file: (\S+) -->\s*```[a-z]*\n(.*?)```", GUIDE.read_text("utf-8"),
                       re.DOTALL)
    return dict(found)


def _run(args: list[str], cwd: Path, path: list[Path]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, path))}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env, check=False)


def test_the_guide_shows_a_whole_project() -> None:
    files = _files()
    assert {"pyproject.toml", "kremlin_plugin/__init__.py", "kremlin_plugin/parser.py",
            "tests/test_parser.py"} <= set(files)
    assert 'entry-points."readoutparse.parsers"' in files["pyproject.toml"]
    assert "readoutparse.testing" in files["tests/test_parser.py"]


def test_a_plugin_written_from_the_guide_alone_installs_and_parses(tmp_path: Path) -> None:
    pytest.importorskip("setuptools")
    project, site = tmp_path / "kremlin-plugin", tmp_path / "site"
    for name, text in _files().items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text, "utf-8")
    pytest_args = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]

    before = _run(pytest_args, project, [ROOT])
    assert before.returncode == 0, before.stdout + before.stderr
    record = json.loads((project / "tests/documents/putin_xi.json").read_text("utf-8"))
    assert record["parser"] == "kremlin_readout"

    installed = _run([sys.executable, "-m", "pip", "install", "--quiet", "--no-index",
                      "--no-build-isolation", "--no-deps", "--target", str(site), str(project)],
                     tmp_path, [ROOT])
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert list(site.glob("kremlin_plugin-0.1.0.dist-info/entry_points.txt"))

    listed = _run([sys.executable, "-m", "readoutparse", "parsers", "--format", "json"],
                  tmp_path, [site, ROOT])
    plugins = {p["name"]: p for p in json.loads(listed.stdout)}
    assert plugins["kremlin_readout"]["distribution"] == "kremlin-plugin"
    assert plugins["kremlin_readout"]["problem"] is None and listed.stderr == ""

    parsed = _run([sys.executable, "-m", "readoutparse", "parse",
                   str(project / "tests/documents/putin_xi.txt")], tmp_path, [site, ROOT])
    assert parsed.returncode == 0, parsed.stderr
    (article,) = json.loads(parsed.stdout)
    assert article["parser"] == "kremlin_readout" and article["published"] == "2025-06-19"
    assert {p["id"] for p in article["readout"]["participants"]} >= {"xi_jinping", "vladimir_putin"}

    short = tmp_path / "short.txt"
    short.write_text("KREMLIN READOUT\n", "utf-8")
    failed = _run([sys.executable, "-m", "readoutparse", "parse", str(short)], tmp_path, [site, ROOT])
    assert failed.returncode == 1 and "MalformedDocumentError" in failed.stdout
    assert "Traceback" not in failed.stderr

    after = _run(pytest_args, project, [site, ROOT])  # the same tests, now installed
    assert after.returncode == 0, after.stdout + after.stderr
