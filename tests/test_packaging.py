"""The package as an index shows it: metadata, one version, an sdist whose tests run."""

from __future__ import annotations

import email.parser
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

import readoutparse

from .fixture_cases import ROOT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_metadata_is_complete() -> None:
    project = PYPROJECT["project"]
    assert project["license"] == "MIT", "an SPDX expression, not the deprecated table"
    assert (ROOT / "LICENSE").read_text("utf-8").startswith("MIT License")
    classifiers = set(project["classifiers"])
    assert "Operating System :: OS Independent" in classifiers
    assert {"Programming Language :: Python :: 3.10", "Programming Language :: Python :: 3.13"} <= classifiers
    assert not any(c.startswith("License ::") for c in classifiers), "SPDX replaces these"
    assert {"Homepage", "Documentation", "Issues", "Source"} <= set(project["urls"])
    assert all(u.startswith("https://") for u in project["urls"].values())


def test_the_version_is_written_once() -> None:
    project = PYPROJECT["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    attr = PYPROJECT["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "readoutparse.__version__"
    assert re.fullmatch(r"\d+\.\d+\.\d+", readoutparse.__version__)


def test_readme_links_are_absolute() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    targets = re.findall(r"\]\(([^)]+)\)", readme)
    assert targets, "the README links to the docs"
    relative = [t for t in targets if not t.startswith(("https://", "http://", "#"))]
    assert not relative, f"relative links break on a package index page: {relative}"


@pytest.mark.skipif(os.environ.get("READOUTPARSE_SKIP_SDIST") == "1", reason="inside the sdist test")
def test_the_sdist_builds_offline_and_its_tests_run(tmp_path: Path) -> None:
    pytest.importorskip("build")
    built = subprocess.run([sys.executable, "-m", "build", "--sdist", "--no-isolation",
                            "--outdir", str(tmp_path / "dist"), str(ROOT)],
                           capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (archive,) = (tmp_path / "dist").glob("readoutparse-*.tar.gz")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="data")
    (tree,) = (tmp_path / "unpacked").iterdir()
    for needed in ("LICENSE", "README.md", "tests/fixture_cases.py", "tests/plugin_support.py",
                   "seeds", "fixtures", "docs/guide.md", "readoutparse/readout/data"):
        assert (tree / needed).exists(), f"the sdist lacks {needed}"
    info = email.parser.Parser().parsestr((tree / "PKG-INFO").read_text("utf-8"))
    assert info["License-Expression"] == "MIT" and info["Version"] == readoutparse.__version__
    # A few of the sdist's own tests, against the sdist's own package.
    env = {**os.environ, "PYTHONPATH": str(tree), "READOUTPARSE_SKIP_SDIST": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/test_cli.py::test_one_file_prints_an_array_of_one_record_with_its_input",
         "tests/test_plugins.py::test_plugin_parses_through_the_registry",
         "tests/test_model.py", "tests/test_shipped_helpers.py", "README.md"],
        capture_output=True, text=True, cwd=tree, env=env, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "passed" in done.stdout
    imported = subprocess.run([sys.executable, "-c", "import readoutparse; print(readoutparse.__file__)"],
                              capture_output=True, text=True, cwd=tree, env=env, check=True)
    assert Path(imported.stdout.strip()).is_relative_to(tree)
