"""Installed-looking plugins for tests: a module plus its .dist-info, as pip lays them out."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from readoutparse import registry as registry_module

DEMO = Path(__file__).parent / "plugin_demo"
MODULES = ("kremlin_readout", "broken_plugin", "exit_plugin", "interrupt_plugin", "odd_plugin")


def install(site: Path, dist: str, version: str, module: str, *entries: str) -> None:
    """Lay out an installed distribution: the module plus its .dist-info."""
    if not (site / f"{module}.py").exists():
        shutil.copy(DEMO / f"{module}.py", site / f"{module}.py")
    info = site / f"{dist}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", "utf-8"
    )
    lines = "\n".join(entries)
    (info / "entry_points.txt").write_text(f"[readoutparse.parsers]\n{lines}\n", "utf-8")
    (info / "RECORD").write_text("", "utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    """A fresh site folder on sys.path; the process-wide registry is rebuilt around it."""
    folder = tmp_path / "site"
    folder.mkdir()
    sys.path.insert(0, str(folder))
    registry_module._default = None
    try:
        yield folder
    finally:
        sys.path.remove(str(folder))
        registry_module._default = None
        for name in MODULES:
            sys.modules.pop(name, None)
