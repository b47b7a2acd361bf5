"""Office words: what makes ``瑙鲁外长``, ``Foreign Minister of Tuvalu`` or ``وزير الخارجية التونسي``
name a person by office.  Data in ``data/offices.json`` (format ``readoutparse-offices/1``)."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from .data_files import packaged
from .people import OFFICES, GazetteerError, by_language, lexicon_format

__all__ = ["FORMAT", "OfficeLexicon"]

FORMAT = "readoutparse-offices/1"


class OfficeLexicon:
    """office id -> language -> words; never changed once built."""

    def __init__(self, words: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None) -> None:
        self.words = {oid: dict(langs) for oid, langs in (words or {}).items()}

    @classmethod
    def from_dict(cls, data: Any, *, name: str | None = None) -> OfficeLexicon:
        lexicon_format(data, "an office lexicon", FORMAT, (FORMAT,), name)
        offices = data.get("offices") or {}
        if not isinstance(offices, Mapping):
            raise GazetteerError("offices: expected an object keyed by office id", name=name)
        words = {}
        for oid, langs in offices.items():
            if oid not in OFFICES:
                raise GazetteerError(f"offices.{oid}: not an office id (one of {', '.join(OFFICES)})", name=name)
            try:
                words[oid] = by_language(langs, f"offices.{oid}")
            except GazetteerError as error:
                raise GazetteerError(str(error), name=name) from None
        return cls(words)

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def builtin() -> OfficeLexicon:
        return OfficeLexicon.from_dict(packaged("offices.json"), name="offices.json")

    def extend(self, other: OfficeLexicon) -> OfficeLexicon:
        out = {oid: dict(langs) for oid, langs in self.words.items()}
        for oid, langs in other.words.items():
            for lang, words in langs.items():
                mine = out.setdefault(oid, {})
                mine[lang] = tuple(dict.fromkeys(mine.get(lang, ()) + words))
        return OfficeLexicon(out)

    def to_dict(self) -> dict[str, Any]:
        return {"format": FORMAT, "offices": {oid: {k: list(v) for k, v in langs.items()}
                                              for oid, langs in self.words.items()}}

    def forms(self, language: str) -> dict[str, tuple[str, ...]]:
        """word -> office ids it may name, in vocabulary order (the more specific first)."""
        out: dict[str, list[str]] = {}
        for oid in OFFICES:
            for word in self.words.get(oid, {}).get(language, ()):
                out.setdefault(word, []).append(oid)
        return {w: tuple(v) for w, v in out.items()}
