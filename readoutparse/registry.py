"""Which parsers exist, where they come from, and which one reads a document.

Built-in parsers are named here by import path and imported on first use; third-party
parsers come from the ``readoutparse.parsers`` entry-point group and are loaded lazily,
once.  A bad plugin costs only itself: one that fails to load (whatever its import raises),
or that takes a name already taken, is skipped with a :class:`PluginWarning` and listed
with its problem by :meth:`Registry.infos`; one whose ``parse`` returns something other
than an Article gives that document a ``ParserCrashedError``.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .errors import (
    ParserCrashedError,
    PluginError,
    ReadoutParseError,
    UnknownFormatError,
    UnknownParserError,
)
from .model import Article
from .parsers.base import Context, Parser
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
    #: Why the parser is not in use (a name clash, a failed import), or None when it is.
    problem: str | None = None

    def describe(self) -> str:
        if self.distribution is None:
            return self.origin
        return f"plugin {self.distribution} {self.version or ''}".rstrip()

    def to_dict(self) -> dict[str, Any]:
        """JSON-shaped, as ``readoutparse parsers --format json`` prints it."""
        return {"name": self.name, "origin": self.origin, "target": self.target,
                "distribution": self.distribution, "version": self.version,
                "problem": self.problem}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _plugin_warning(message: str, info: ParserInfo) -> None:
    # Attributed to the plugin, not to a line of ours: the warning's location is the
    # distribution, so Python's display names the culprit and quotes none of our source.
    warnings.warn_explicit(
        _one_line(message), PluginWarning,
        filename=f"<plugin {info.distribution or info.target}>", lineno=0,
        module=info.target.partition(":")[0] or "readoutparse",
    )


class _Contained(Parser):
    """A parser seen through a guard: whatever it raises or returns, one document pays.

    Plugins and added parsers are wrapped always; any parser is wrapped when forced (``parser=``) onto a
    document it scores below the threshold, so the record carries a warning saying so.
    """

    def __init__(self, inner: Parser, *, forced_score: float | None = None,
                 forced_by: str = "was forced on") -> None:
        self._inner = inner
        self._forced_score = forced_score
        self._forced_by = forced_by
        # Instance values shadow Parser's class-level defaults (description = "").
        self.__dict__.update(name=inner.name, language=getattr(inner, "language", "und"),
                             description=getattr(inner, "description", ""))

    def __getattr__(self, attr: str) -> Any:
        # Helpers the plugin defines; private names are never forwarded, so copying or
        # unpickling a half-built wrapper cannot recurse.
        if attr.startswith("_"):
            raise AttributeError(attr)
        return getattr(self._inner, attr)

    def score(self, doc: Document) -> float:
        try:
            return float(self._inner.score(doc))
        except (Exception, SystemExit):  # a scorer that raises does not claim the document
            return 0.0

    def claims_address(self, url: str) -> bool:
        claims = getattr(self._inner, "claims_address", None)
        try:
            return bool(claims(url)) if callable(claims) else False
        except (Exception, SystemExit):  # a plugin's broken claim claims nothing
            return False

    def parse(self, doc: Document, context: Context) -> Article:
        try:
            article = self._inner.parse(doc, context)
        except ReadoutParseError:
            raise
        except (Exception, SystemExit) as exc:
            raise ParserCrashedError(self.name, exc, name=context.name) from exc
        if not isinstance(article, Article):
            problem = TypeError(f"parse() returned {type(article).__name__}, not an Article")
            raise ParserCrashedError(self.name, problem, name=context.name)
        if self._forced_score is not None:
            note = (f"parser {self.name!r} {self._forced_by} a document it scores "
                    f"{self._forced_score:.2f} (below {THRESHOLD:.2f}); the record may be wrong")
            article = attrs.evolve(article, warnings=(note, *article.warnings))
        return article


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
        self._broken: dict[str, ParserInfo] = {}
        self._skipped: list[ParserInfo] = []

    # -- discovery -------------------------------------------------------------------

    def _discover(self) -> dict[str, ParserInfo]:
        if self._infos is not None:
            return self._infos
        infos = {name: ParserInfo(name, target) for name, target in self._builtins.items()}
        if self._use_plugins:
            plugins: dict[str, list[tuple[ParserInfo, EntryPoint]]] = {}
            for ep in self._plugin_entry_points():
                dist = getattr(ep, "dist", None)
                info = ParserInfo(
                    ep.name,
                    ep.value,
                    origin="plugin",
                    distribution=dist.name if dist else None,
                    version=dist.version if dist else None,
                )
                plugins.setdefault(ep.name, []).append((info, ep))
            for name, claimants in plugins.items():
                rivals = ([infos[name]] if name in infos else []) + [i for i, _ in claimants]
                if len(rivals) == 1:
                    infos[name], self._entry_points[name] = claimants[0]
                    continue
                # A clash is the installer's to settle: a built-in keeps its name, and
                # plugins that share one are all skipped, never chosen by sys.path order.
                sides = " and ".join(f"{r.describe()} ({r.target})" for r in rivals)
                for info, _ in claimants:
                    problem = (f"skipped: {len(rivals)} parsers are named {name!r}: {sides}; "
                               f"uninstall or rename one")
                    skipped = attrs.evolve(info, problem=problem)
                    self._skipped.append(skipped)
                    _plugin_warning(f"readoutparse: skipping plugin parser {name!r}: "
                                    f"{len(rivals)} parsers have this name: {sides}; "
                                    f"uninstall or rename one", info)
        self._infos = infos
        return infos

    def _plugin_entry_points(self) -> Iterable[EntryPoint]:
        # importlib.metadata costs ~15 ms to import: pay it when plugins are first needed.
        from importlib.metadata import entry_points

        seen: set[tuple[str, str, str | None]] = set()
        for ep in entry_points(group=self._group):
            # The same distribution can be visible twice on sys.path; count it once.
            dist = getattr(ep, "dist", None)
            key = (ep.name, ep.value, dist.name if dist else None)
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
        self._instances[instance.name] = _Contained(instance)

    def infos(self) -> list[ParserInfo]:
        """Every parser found, usable or not; a skipped one says why in ``problem``."""
        found = [self._broken.get(info.name, info) for info in self._discover().values()]
        return found + self._skipped

    def names(self) -> list[str]:
        """The names of the parsers in use (a plugin that failed to load is left out)."""
        return [name for name in self._discover() if name not in self._broken]

    # -- loading ---------------------------------------------------------------------

    def get(self, name: str) -> Parser:
        """The parser called ``name``; raises UnknownParserError if there is none."""
        parser = self._load(name)
        if parser is None:
            unusable = [i for i in (self._broken.get(name), *self._skipped)
                        if i is not None and i.name == name]
            if unusable:
                raise PluginError(f"parser {name!r} is not available: {unusable[0].problem}")
            raise UnknownParserError(name, self.names())
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
                loaded = self._entry_points[name].load()()
                if getattr(loaded, "name", None) != name:
                    raise TypeError(f"its class says name={getattr(loaded, 'name', None)!r}")
                if not callable(getattr(loaded, "score", None)) or not callable(
                    getattr(loaded, "parse", None)
                ):
                    raise TypeError("it lacks score() or parse()")
                parser = _Contained(loaded)
            # A broken plugin must not break the others, whatever its import raises:
            # SystemExit or KeyboardInterrupt from a module body is a bug, not a request.
            except BaseException as exc:  # noqa: BLE001
                problem = f"failed to load: {type(exc).__name__}: {exc}"
                self._broken[name] = attrs.evolve(info, problem=_one_line(problem))
                _plugin_warning(f"readoutparse: skipping plugin parser {name!r} from "
                                f"{info.describe()} ({info.target}): {problem}", info)
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

    def choose(self, doc: Document, name: str | None = None, *, url: str | None = None) -> Parser:
        """The parser for ``doc``: ``name`` if given, else the best scorer at or above the
        threshold, else (with ``url``) the one parser whose site the address is, provided
        the text is in its script (a score of at least half the threshold): a stored copy
        that lost every marker of its page is still that site's page.  A record read so
        carries a warning naming its score."""
        if name is not None:
            chosen = self.get(name)
            score = _Contained(chosen).score(doc)
            if not score >= THRESHOLD:
                return _Contained(chosen, forced_score=score if score >= 0.0 else 0.0)
            return chosen
        scores = self.scores(doc)
        if scores and scores[0][1] < THRESHOLD and url:
            owner = self._address_owner(url, dict(scores))
            if owner is not None:
                return owner
        if not scores or scores[0][1] < THRESHOLD:
            seen = doc.content[0].text[:60] if doc.content else ""
            raise UnknownFormatError(scores, THRESHOLD, seen=seen or "nothing but blanks",
                                     name=doc.name)
        return self.get(scores[0][0])


    def _address_owner(self, url: str, scores: dict[str, float]) -> Parser | None:
        owners = [p for p in self.parsers() if _Contained(p).claims_address(url)
                  and scores.get(p.name, 0.0) >= THRESHOLD / 2]
        if len(owners) != 1:
            return None
        return _Contained(owners[0], forced_score=scores[owners[0].name],
                          forced_by="was chosen by the page's address for")


_default: Registry | None = None


def default() -> Registry:
    """The process-wide registry (built-ins and installed plugins)."""
    global _default
    if _default is None:
        _default = Registry()
    return _default
