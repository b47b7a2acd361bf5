"""Plugins: real distributions with entry points, found and used through the registry.

A bad plugin costs only itself: a failed import (whatever it raises), a name clash, or a
``parse`` that returns something other than an Article is contained and reported.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import pytest

import readoutparse
from readoutparse import PluginError, PluginWarning, Registry
from readoutparse.cli import main

from .fixture_cases import SEEDS
from .plugin_support import install, site  # noqa: F401  (the fixture)

KREMLIN_TEXT = """KREMLIN READOUT

Telephone conversation with President of China Xi Jinping

June 19, 2025

Vladimir Putin had a telephone conversation with President of the People's Republic of China Xi Jinping.

The leaders discussed the situation in the Middle East.
"""
KREMLIN = "kremlin_readout = kremlin_readout:KremlinReadoutParser"
BUILTINS = {"xinhua_bilingual", "zaobao_jekyll", "xinhua_arabic", "vov"}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_plugin_parses_through_the_registry(site: Path) -> None:
    install(site, "kremlin_demo", "1.2.0", "kremlin_readout", KREMLIN)
    registry = Registry()
    info = {i.name: i for i in registry.infos()}["kremlin_readout"]
    assert (info.distribution, info.version) == ("kremlin_demo", "1.2.0")
    assert "kremlin_readout" not in sys.modules, "plugins must load lazily"

    article = readoutparse.parse(KREMLIN_TEXT, registry=registry)
    assert article.parser == "kremlin_readout"
    assert article.title == "Telephone conversation with President of China Xi Jinping"
    assert article.published is not None and article.published.isoformat() == "2025-06-19"
    assert len(article.paragraphs) == 2
    assert article.readout is not None  # plugins get the readout layer for free
    assert {p.id for p in article.readout.participants} >= {"xi_jinping", "vladimir_putin"}
    assert readoutparse.parse("---\nlayout: post\ntitle: \"x\"\n---\n<p>中俄</p>",
                              registry=registry, readout=False).parser == "zaobao_jekyll"
    assert registry.get("kremlin_readout").description.startswith("Kremlin-style")


def test_broken_plugin_is_skipped_with_one_warning(site: Path) -> None:
    install(site, "broken_demo", "0.1", "broken_plugin", "broken = broken_plugin:Nothing")
    registry = Registry()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        names = [p.name for p in registry.parsers()]
    assert "broken" not in names and BUILTINS <= set(names)
    plugin_warnings = [w for w in caught if issubclass(w.category, PluginWarning)]
    assert len(plugin_warnings) == 1
    message = str(plugin_warnings[0].message)
    assert "broken" in message and "broken_demo" in message and "\n" not in message
    # Attributed to the plugin, never to a line of readoutparse's own source.
    assert "readoutparse" not in Path(plugin_warnings[0].filename).parts
    assert plugin_warnings[0].filename == "<plugin broken_demo>"
    with pytest.raises(PluginError, match="failed to load: ImportError"):
        registry.get("broken")
    assert {i.name: i.problem for i in registry.infos()}["broken"].startswith("failed to load")


@pytest.mark.parametrize("module", ["exit_plugin", "interrupt_plugin"])
def test_plugin_raising_systemexit_or_keyboardinterrupt_at_import_is_contained(
    site: Path, module: str, capsys: pytest.CaptureFixture[str]
) -> None:
    install(site, f"{module}_demo", "1.0", module, f"{module} = {module}:Parser")
    seed = str(sorted(SEEDS.glob("*.txt"))[4])
    status, out, err = run(capsys, "parse", seed)
    assert status == 0 and json.loads(out)[0]["parser"] == "vov"
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("readoutparse: warning: skipping plugin parser")
    assert ("SystemExit" if module == "exit_plugin" else "KeyboardInterrupt") in lines[0]
    assert "Traceback" not in err and "warnings.warn" not in err


def test_failed_plugin_gets_no_detect_column(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    install(site, "broken_demo", "0.1", "broken_plugin", "broken = broken_plugin:Nothing")
    status, out, err = run(capsys, "detect", str(sorted(SEEDS.glob("*.txt"))[0]))
    assert status == 0 and "broken" not in out.splitlines()[0]
    assert err.count("\n") == 1 and "skipping plugin parser 'broken'" in err
    status, out, _ = run(capsys, "parsers", "--format", "json")
    problems = {r["name"]: r["problem"] for r in json.loads(out)}
    assert problems["broken"].startswith("failed to load: ImportError")


def test_a_plugin_reusing_a_builtin_name_is_skipped_naming_both(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    install(site, "vov_clone", "3.0", "kremlin_readout", "vov = kremlin_readout:KremlinReadoutParser")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        registry = Registry()
        names = registry.names()
    assert names.count("vov") == 1 and registry.get("vov").description.startswith("VOV")
    message = str(next(w.message for w in caught if issubclass(w.category, PluginWarning)))
    assert "'vov'" in message and "built-in" in message and "vov_clone 3.0" in message
    # The command line keeps working, `parsers` shows the clash, and the exit status is 0.
    status, out, err = run(capsys, "parsers")
    assert status == 0
    clash = [line for line in out.splitlines() if "vov_clone" in line]
    assert len(clash) == 1 and "skipped" in clash[0] and "built-in" in clash[0]
    assert err.count("\n") == 1 and "vov_clone 3.0" in err
    status, out, _ = run(capsys, "parse", str(sorted(SEEDS.glob("*.txt"))[4]))
    assert status == 0 and json.loads(out)[0]["parser"] == "vov"


def test_two_plugins_with_one_name_are_both_skipped(site: Path) -> None:
    install(site, "first_demo", "1.0", "kremlin_readout", KREMLIN)
    install(site, "second_demo", "2.0", "kremlin_readout", KREMLIN)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        registry = Registry()
        assert "kremlin_readout" not in registry.names()
    messages = [str(w.message) for w in caught if issubclass(w.category, PluginWarning)]
    assert messages and all("first_demo 1.0" in m and "second_demo 2.0" in m for m in messages)
    with pytest.raises(PluginError, match="not available"):
        registry.get("kremlin_readout")
    skipped = [i for i in registry.infos() if i.problem]
    assert {i.distribution for i in skipped} == {"first_demo", "second_demo"}


@pytest.mark.parametrize("mode", ["none", "dict", "str", "exit"])
def test_parse_returning_a_non_article_is_a_clean_error(site: Path, mode: str) -> None:
    install(site, "odd_demo", "1.0", "odd_plugin", "odd = odd_plugin:OddParser")
    registry = Registry()
    with pytest.raises(readoutparse.ParserCrashedError) as raised:
        readoutparse.parse(f"ODD PLUGIN\n{mode}\n", registry=registry, name="doc.txt")
    message = str(raised.value)
    assert message.startswith("doc.txt: parser 'odd' failed unexpectedly")
    if mode != "exit":
        assert "not an Article" in message
    results = list(readoutparse.parse_many([f"ODD PLUGIN\n{mode}\n".encode(),
                                            (SEEDS / "004_75b8f2d46060ce19.txt").read_bytes()],
                                           registry=registry))
    assert [r.ok for r in results] == [False, True]


def test_parsers_lists_origins(site: Path) -> None:
    install(site, "kremlin_demo", "1.2.0", "kremlin_readout", KREMLIN)
    described = {i.name: i.describe() for i in readoutparse.parsers(registry=Registry())}
    assert described["vov"] == "built-in"
    assert described["kremlin_readout"] == "plugin kremlin_demo 1.2.0"
