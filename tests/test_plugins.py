"""Plugins: a real distribution with an entry point, found and used through the registry."""

from __future__ import annotations

import shutil
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

import readoutparse
from readoutparse import PluginError, PluginWarning, Registry

DEMO = Path(__file__).parent / "plugin_demo"
KREMLIN_TEXT = """KREMLIN READOUT

Telephone conversation with President of China Xi Jinping

June 19, 2025

Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping.

The leaders discussed the situation in the Middle East.
"""


def _install(site: Path, dist: str, version: str, module: str, entry: str) -> None:
    """Lay out an installed distribution as pip would: the module plus its .dist-info."""
    shutil.copy(DEMO / f"{module}.py", site / f"{module}.py")
    info = site / f"{dist}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {dist}\nVersion: {version}\n", "utf-8"
    )
    (info / "entry_points.txt").write_text(f"[readoutparse.parsers]\n{entry}\n", "utf-8")
    (info / "RECORD").write_text("", "utf-8")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))
        for name in ("kremlin_readout", "broken_plugin"):
            sys.modules.pop(name, None)


def test_plugin_parses_through_the_registry(site: Path) -> None:
    _install(site, "kremlin_demo", "1.2.0", "kremlin_readout",
             "kremlin_readout = kremlin_readout:KremlinReadoutParser")
    registry = Registry()
    info = {i.name: i for i in registry.infos()}["kremlin_readout"]
    assert (info.distribution, info.version) == ("kremlin_demo", "1.2.0")
    assert "kremlin_readout" not in sys.modules, "plugins must load lazily"

    article = readoutparse.parse(KREMLIN_TEXT, registry=registry)
    assert article.parser == "kremlin_readout"
    assert article.title == "Telephone conversation with President of China Xi Jinping"
    assert article.published.isoformat() == "2025-06-19"
    assert len(article.paragraphs) == 2
    # Plugins get the readout layer for free.
    assert article.readout is not None
    assert {p.id for p in article.readout.participants} >= {"xi_jinping", "vladimir_putin"}
    # The built-ins still work beside it.
    assert readoutparse.parse("---\nlayout: post\ntitle: \"x\"\n---\n<p>中俄</p>",
                              registry=registry, readout=False).parser == "zaobao_jekyll"


def test_broken_plugin_is_skipped_with_a_warning(site: Path) -> None:
    _install(site, "broken_demo", "0.1", "broken_plugin", "broken = broken_plugin:Nothing")
    registry = Registry()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        names = [p.name for p in registry.parsers()]
    assert "broken" not in names
    assert {"xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "vov"} <= set(names)
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert len(messages) == 1 and "broken" in messages[0] and "broken_demo" in messages[0]
    with pytest.raises(readoutparse.UnknownParserError):
        registry.get("broken")


def test_two_parsers_with_one_name_is_an_error_naming_both(site: Path) -> None:
    _install(site, "vov_clone", "3.0", "kremlin_readout", "vov = kremlin_readout:KremlinReadoutParser")
    with pytest.raises(PluginError) as raised:
        Registry().names()
    message = str(raised.value)
    assert "'vov'" in message and "built-in" in message and "vov_clone 3.0" in message


def test_parsers_lists_origins(site: Path) -> None:
    _install(site, "kremlin_demo", "1.2.0", "kremlin_readout",
             "kremlin_readout = kremlin_readout:KremlinReadoutParser")
    described = {i.name: i.describe() for i in readoutparse.parsers(registry=Registry())}
    assert described["vov"] == "built-in"
    assert described["kremlin_readout"] == "plugin kremlin_demo 1.2.0"
