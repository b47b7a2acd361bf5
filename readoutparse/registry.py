"""Which parsers exist, where they come from, and which one reads a document.

Built-in parsers are named here by import path and imported on first use; third-party
parsers come from the ``readoutparse.parsers`` entry-point group and are loaded lazily,
once.  A plugin that fails to load is skipped with a warning; it never breaks the others.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from .errors import PluginError, UnknownFormatError, UnknownParserError
from .parsers.base import Parser
from .text import Document

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["ENTRY_POINT_GROUP", "THRESHOLD", "ParserInfo", "PluginWarning", "Registry", "default"]

ENTRY_POINT_GROUP = "readoutparse.parsers"
THRESHOLD = 0.5
BUILTINS: dict[str, str] = {
    "xinhua_bilingual": "readoutparse.parsers.xinhua_bilingual:XinhuaBilingualParser",
    "zaobao_jekyll": "readoutparse.parsers.zaobao_jekyll:ZaobaoJekyllParser",
    "xinhua_arabic": "readoutparse.parsers.xinhua_arabic:XinhuaArabicParser",
    "vov": "readoutparse.parsers.vov:VovParser",
}


class PluginWarning(UserWarning):
    """A plugin parser could not be loaded and was skipped."""


@attrs.frozen
class ParserInfo:
    """A registered parser: its name, ``module:Class`` target, and where it comes from."""

    name: str
    target: str
    origin: str = "built-in"
    distribution: str | None = None
    version: str | None = None

    def describe(self) -> str:
        if self.distribution is None:
            return self.origin
        return f"plugin {self.distribution} {self.version or ''}".rstrip()


def _load_target(target: str) -> type[Parser]:
    module_name, _, attr = target.partition(":")
    obj: object = importlib.import_module(module_name)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj  # type: ignore[return-value]


class Registry:
    """A set of parsers, with detection.  ``Registry()`` sees built-ins and installed plugins."""

    def __init__(
        self,
        builtins: dict[str, str] | None = None,
        *,
        plugins: bool = True,
        group: str = ENTRY_POINT_GROUP,
    ) -> None:
        self._builtins = dict(BUILTINS if builtins is None else builtins)
        self._use_plugins = plugins
        self._group = group
        self._infos: dict[str, ParserInfo] | None = None
        self._entry_points: dict[str, EntryPoint] = {}
        self._instances: dict[str, Parser] = {}
        self._broken: set[str] = set()

    # -- discovery -------------------------------------------------------------------

    def _discover(self) -> dict[str, ParserInfo]:
        if self._infos is not None:
            return self._infos
        infos = {name: ParserInfo(name, target) for name, target in self._builtins.items()}
        if self._use_plugins:
            for ep in self._plugin_entry_points():
                dist = getattr(ep, "dist", None)
                info = ParserInfo(
                    ep.name,
                    ep.value,
                    origin="plugin",
                    distribution=dist.name if dist else None,
                    version=dist.version if dist else None,
                )
                if ep.name in infos:
                    first = infos[ep.name]
                    raise PluginError(
                        f"two parsers are named {ep.name!r}: {first.describe()} ({first.target}) "
                        f"and {info.describe()} ({info.target}); uninstall or rename one"
                    )
                infos[ep.name] = info
                self._entry_points[ep.name] = ep
        self._infos = infos
        return infos

    def _plugin_entry_points(self) -> Iterable[EntryPoint]:
        # importlib.metadata costs ~15 ms to import: pay it when plugins are first needed.
        from importlib.metadata import entry_points

        seen: set[tuple[str, str]] = set()
        for ep in entry_points(group=self._group):
            # The same distribution can be visible twice on sys.path; count it once.
            key = (ep.name, ep.value)
            if key not in seen:
                seen.add(key)
                yield ep

    def add(self, parser: type[Parser] | Parser, *, origin: str = "added") -> None:
        """Register a parser class or instance directly (handy in tests and notebooks)."""
        infos = self._discover()
        instance = parser() if isinstance(parser, type) else parser
        if instance.name in infos:
            raise PluginError(
                f"two parsers are named {instance.name!r}: {infos[instance.name].describe()} "
                f"and {origin} {type(instance).__module__}.{type(instance).__qualname__}"
            )
        infos[instance.name] = ParserInfo(instance.name, type(instance).__qualname__, origin=origin)
        self._instances[instance.name] = instance

    def infos(self) -> list[ParserInfo]:
        return list(self._discover().values())

    def names(self) -> list[str]:
        return list(self._discover())

    # -- loading ---------------------------------------------------------------------

    def get(self, name: str) -> Parser:
        """The parser called ``name``; raises UnknownParserError if there is none."""
        parser = self._load(name)
        if parser is None:
            raise UnknownParserError(name, [n for n in self.names() if n not in self._broken])
        return parser

    def _load(self, name: str) -> Parser | None:
        if name in self._instances:
            return self._instances[name]
        info = self._discover().get(name)
        if info is None or name in self._broken:
            return None
        if info.origin != "plugin":
            parser = _load_target(info.target)()
        else:
            try:
                parser = self._entry_points[name].load()()
                if getattr(parser, "name", None) != name:
                    raise TypeError(f"its class says name={getattr(parser, 'name', None)!r}")
                if not callable(getattr(parser, "score", None)) or not callable(
                    getattr(parser, "parse", None)
                ):
                    raise TypeError("it lacks score() or parse()")
            except Exception as exc:  # a broken plugin must not break the others
                self._broken.add(name)
                warnings.warn(
                    f"readoutparse: skipping plugin parser {name!r} from {info.describe()} "
                    f"({info.target}): {type(exc).__name__}: {exc}",
                    PluginWarning,
                    stacklevel=3,
                )
                return None
        self._instances[name] = parser
        return parser

    def parsers(self) -> list[Parser]:
        loaded = (self._load(name) for name in self.names())
        return [p for p in loaded if p is not None]

    # -- detection -------------------------------------------------------------------

    def scores(self, doc: Document) -> list[tuple[str, float]]:
        """Every parser's score for ``doc``, best first; ties broken by name."""
        results = []
        for parser in self.parsers():
            try:
                score = float(parser.score(doc))
            except Exception:  # a scorer that raises simply does not claim the document
                score = 0.0
            if not score >= 0.0:  # also catches NaN
                score = 0.0
            results.append((parser.name, min(score, 1.0)))
        results.sort(key=lambda item: (-item[1], item[0]))
        return results

    def best_score(self, text: str) -> float:
        scores = self.scores(Document(text))
        return scores[0][1] if scores else 0.0

    def choose(self, doc: Document, name: str | None = None) -> Parser:
        if name is not None:
            return self.get(name)
        scores = self.scores(doc)
        if not scores or scores[0][1] < THRESHOLD:
            seen = doc.content[0].text[:60] if doc.content else ""
            raise UnknownFormatError(scores, THRESHOLD, seen=seen or "nothing but blanks",
                                     name=doc.name)
        return self.get(scores[0][0])


_default: Registry | None = None


def default() -> Registry:
    """The process-wide registry (built-ins and installed plugins)."""
    global _default
    if _default is None:
        _default = Registry()
    return _default
