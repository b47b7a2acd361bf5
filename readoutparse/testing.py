"""Helpers for testing a parser plugin, as readoutparse tests its own parsers.

Each helper runs the parser in a registry of its own (the built-ins plus the parser, no
installed plugins), so a test gives the same answer before and after the plugin is
installed.  Failures raise ``AssertionError`` with a message saying what to fix, so they
read well under pytest or plain ``assert``-free scripts alike.

>>> from readoutparse.testing import check_document, check_fixtures, isolated_registry
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .api import parse
from .model import Article
from .parsers.base import Parser
from .registry import THRESHOLD, Registry
from .text import read_document

__all__ = ["check_detection", "check_document", "check_fixtures", "check_ledger",
           "isolated_registry"]


def isolated_registry(parser: type[Parser] | Parser, *, builtins: bool = True) -> Registry:
    """A registry holding ``parser`` (and the built-ins unless ``builtins=False``), never
    the installed plugins: so it works whether or not your plugin is installed."""
    registry = Registry(None if builtins else {}, plugins=False)
    registry.add(parser, origin="under test")
    return registry


def check_detection(parser: type[Parser] | Parser, data: str | bytes) -> dict[str, float]:
    """Assert that ``parser`` claims ``data`` (score >= 0.5) and no built-in does.

    Returns every parser's score.
    """
    registry = isolated_registry(parser)
    doc = read_document(data, name="<test>", judge=registry.best_score)
    scores = dict(registry.scores(doc))
    name = _name(parser)
    assert scores[name] >= THRESHOLD, (
        f"{name} scores {scores[name]:.2f} on its own document; detection needs {THRESHOLD}")
    rivals = {n: s for n, s in scores.items() if n != name and s >= THRESHOLD}
    assert not rivals, f"built-in parsers also claim the document: {rivals}"
    return scores


def check_ledger(article: Article, data: str | bytes) -> None:
    """Assert that every non-blank line of ``data`` fed exactly one field of ``article``."""
    doc = read_document(data)
    numbers = [line.number for line in doc.content]
    missing = sorted(set(numbers) - set(article.lines))
    extra = sorted(set(article.lines) - set(numbers))
    assert not missing, f"lines no field claimed (call b.claim, b.paragraph or b.furniture): {missing}"
    assert not extra, f"claims of lines that are blank or absent: {extra}"


def check_document(
    parser: type[Parser] | Parser, data: str | bytes, *, allow_warnings: bool = False,
    **options: Any,
) -> Article:
    """Parse ``data`` with ``parser`` and check what every document must satisfy.

    Checks detection (``check_detection``), the line ledger (``check_ledger``), that the
    record survives JSON (``Article.from_json(a.to_json()) == a``) and, unless
    ``allow_warnings``, that the parser noticed nothing odd.  Returns the Article so the
    test can assert its fields.  ``options`` go to ``readoutparse.parse``.
    """
    check_detection(parser, data)
    article = parse(data, registry=isolated_registry(parser), **options)
    assert article.parser == _name(parser), f"detected as {article.parser}"
    check_ledger(article, data)
    assert Article.from_json(article.to_json()) == article, "the record does not survive JSON"
    if not allow_warnings:
        assert not article.warnings, f"the parser warned: {list(article.warnings)}"
    return article


def check_fixtures(
    parser: type[Parser] | Parser, folder: str | os.PathLike[str], *,
    suffixes: Iterable[str] = (".txt", ".md", ".html", ".htm"), update: bool = False,
    **options: Any,
) -> list[Path]:
    """Check every document in ``folder`` against the JSON record beside it.

    ``page.txt`` is compared with ``page.json`` (``Article.to_dict()`` form).  With
    ``update=True``, or when a ``.json`` is missing, the expectation is written from the
    current output: read it before you commit it.  Returns the documents checked.
    """
    wanted = tuple(suffixes)
    documents = sorted(p for p in Path(folder).iterdir() if p.suffix in wanted)
    assert documents, f"no documents ending in {' '.join(wanted)} in {folder}"
    written = []
    for document in documents:
        data = document.read_bytes()
        article = check_document(parser, data, allow_warnings=True, name=str(document),
                                 **options)
        expected = document.with_suffix(".json")
        record = article.to_dict()
        if update or not expected.exists():
            expected.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", "utf-8")
            written.append(expected.name)
            continue
        assert record == json.loads(expected.read_text("utf-8")), (
            f"{document.name}: the record differs from {expected.name} (update=True rewrites it)")
    assert update or not written, f"expectations written, review them: {written}"
    return documents


def _name(parser: type[Parser] | Parser) -> str:
    return parser.name
