"""The gazetteer: who is who, what they are called in each language, which office they held when.

The knowledge lives in JSON (``data/people.json``; the format is documented in
``docs/readout.md``).  This module validates it, merges user additions into it, and
compiles, once per gazetteer and language, one matcher of every name.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Union

from .data_files import packaged
from ..model import Participant
from .countries import CountryLexicon
from .literals import LiteralScanner, mode_for
from .offices import OfficeLexicon
from .people import GazetteerError, Office, Person, by_language, lexicon_format
from .scan import CJK_LANGUAGES, LANGUAGES, fold_key

__all__ = ["Gazetteer", "GazetteerError", "NameMatcher", "Office", "Person"]

FORMAT = "readoutparse-gazetteer/2"
FORMATS = (FORMAT, "readoutparse-gazetteer/1")  # format 1: free office titles, a countries section
GazetteerSource = Union["Gazetteer", str, "os.PathLike[str]", Mapping[str, Any]]


class NameMatcher:
    """Every name of a gazetteer in one language, compiled together."""

    def __init__(self, scanner: LiteralScanner, table: dict[str, tuple[tuple[str, bool], ...]]) -> None:
        self.scanner = scanner
        # folded name -> ((person id, is short form), ...); empty for an exclusion string
        self.table = table

    def find(self, folded: str) -> list[tuple[int, int, tuple[tuple[str, bool], ...]]]:
        """(start, end, candidates) of each name in a folded text, left to right."""
        table = self.table
        return [(start, end, table[folded[start:end]]) for start, end in self.scanner.spans(folded)]

    def finditer(self, folded: str) -> Iterator[tuple[int, int, tuple[tuple[str, bool], ...]]]:
        return iter(self.find(folded))


def _compile(entries: dict[str, dict[str, list[tuple[str, bool]]]], language: str | None) -> NameMatcher:
    """``entries``: script class ('cjk' or 'word') -> folded string -> candidates."""
    table: dict[str, tuple[tuple[str, bool], ...]] = {}
    parts = []
    for kind in ("word", "cjk"):
        strings = entries.get(kind, {})
        if not strings:
            continue
        table.update({k: tuple(dict.fromkeys(v)) for k, v in strings.items()})
        # Latin or Arabic names in Chinese text are matched as Chinese ones: anywhere.
        parts.append((list(strings), mode_for("zh-Hans" if kind == "cjk" else language)))
    return NameMatcher(LiteralScanner(parts), table)


def _variants(name: str, language: str) -> set[str]:
    # Vietnamese honorifics are written lower-case mid-sentence and capitalised at its start.
    folded = fold_key(name)
    if language == "vi" and folded[:1].islower():
        return {folded, folded[:1].upper() + folded[1:]}
    return {folded}


class Gazetteer:
    """People, country words and exclusions, with compiled matchers cached per language.

    Build one with :meth:`builtin`, :meth:`from_file` or :meth:`from_dict`; add to one
    with :meth:`extend`.  A gazetteer is never changed after it is built, so one
    instance can be shared by threads and reused across documents.
    """

    def __init__(self, people: Iterable[Person] = (), *,
                 countries: CountryLexicon | Mapping[str, Mapping[str, Iterable[str]]] | None = None,
                 exclude: Mapping[str, Iterable[str]] | None = None,
                 fallbacks: Mapping[str, Iterable[str]] | None = None,
                 offices: OfficeLexicon | None = None) -> None:
        self._people: dict[str, Person] = {}
        for person in people:
            known = self._people.get(person.id)
            self._people[person.id] = person if known is None else known.merged(person)
        # Country forms: the built-in lexicon (CLDR names and ours), plus any given here;
        # a plain mapping code -> language -> forms adds full names (format 1 files).
        lexicon = CountryLexicon.builtin()
        if isinstance(countries, CountryLexicon):
            lexicon = countries
        elif countries:
            lexicon = lexicon.extend(CountryLexicon(
                {code: {lang: tuple(v) for lang, v in words.items()} for code, words in countries.items()}))
        self.country_lexicon = lexicon
        self.office_lexicon = offices if offices is not None else OfficeLexicon.builtin()
        self.exclude = {lang: tuple(v) for lang, v in (exclude or {}).items()}
        self.fallbacks = {lang: tuple(v) for lang, v in (fallbacks or {}).items()}
        self._matchers: dict[str | None, NameMatcher] = {}
        self._automata: dict[str | None, Any] = {}  # language -> lexicon.Compiled, built on first use
        self._builtin = False  # the shipped gazetteer, whose compiled lexicons are kept on disk
        self._country_matchers: dict[str | None, NameMatcher] = {}

    # ---- construction
    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str | None = None) -> Gazetteer:
        fmt = lexicon_format(data, "a gazetteer", FORMAT, tuple(FORMATS), name)
        legacy = fmt != FORMAT
        people = data.get("people", [])
        if not isinstance(people, list):
            raise GazetteerError("'people' must be a list", name=name)
        countries = data.get("countries") or {}
        if not isinstance(countries, Mapping):
            raise GazetteerError("'countries' must be an object keyed by country code", name=name)
        if countries and not legacy:
            raise GazetteerError("format 2 keeps countries in a country lexicon (readoutparse-countries/1), "
                                 "not in the gazetteer's 'countries'", name=name)
        try:
            return cls(
                (Person.from_dict(p, f"people[{i}]", legacy=legacy) for i, p in enumerate(people)),
                countries={c: by_language(w, f"countries.{c}") for c, w in countries.items()},
                exclude=by_language(data.get("exclude"), "exclude"),
                fallbacks=by_language(data.get("fallbacks"), "fallbacks"),
            )
        except GazetteerError as error:
            if name is None:
                raise
            raise GazetteerError(str(error), name=name) from None

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> Gazetteer:
        try:
            with open(path, encoding="utf-8") as handle:
                data = json.load(handle)
        except json.JSONDecodeError as error:
            raise GazetteerError(f"not valid JSON: {error}", name=os.fspath(path)) from None
        return cls.from_dict(data, name=os.fspath(path))

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def builtin() -> Gazetteer:
        """The gazetteer shipped with readoutparse, read on first use and then shared."""
        gazetteer = Gazetteer.from_dict(packaged("people.json"), name="people.json")
        gazetteer._builtin = True  # see lexicon_cache: made from the package's files alone
        return gazetteer

    @classmethod
    def coerce(cls, source: GazetteerSource | None) -> Gazetteer:
        """A gazetteer from a gazetteer, a path or a mapping; ``None`` gives the built-in one."""
        if source is None:
            return cls.builtin()
        if isinstance(source, Gazetteer):
            return source
        if isinstance(source, Mapping):
            return cls.from_dict(source)
        return cls.from_file(source)

    def extend(self, other: GazetteerSource) -> Gazetteer:
        """A new gazetteer with ``other``'s people, names, offices and words added to these."""
        more = Gazetteer.coerce(other)
        countries = self.country_lexicon
        if more.country_lexicon is not CountryLexicon.builtin() and more.country_lexicon is not countries:
            countries = countries.extend(more.country_lexicon)
        offices = self.office_lexicon
        if more.office_lexicon is not OfficeLexicon.builtin() and more.office_lexicon is not offices:
            offices = offices.extend(more.office_lexicon)

        def union(a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
            return {k: tuple(dict.fromkeys(a.get(k, ()) + b.get(k, ()))) for k in {**a, **b}}

        return Gazetteer([*self._people.values(), *more._people.values()], countries=countries,
                         exclude=union(self.exclude, more.exclude), fallbacks=union(self.fallbacks, more.fallbacks),
                         offices=offices)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "fallbacks": {k: list(v) for k, v in self.fallbacks.items()},
            "exclude": {k: list(v) for k, v in self.exclude.items()},
            "people": [p.to_dict() for p in self._people.values()],
        }

    # ---- lookup
    def __len__(self) -> int:
        return len(self._people)

    def __iter__(self) -> Iterator[Person]:
        return iter(self._people.values())

    def __contains__(self, person_id: object) -> bool:
        return person_id in self._people

    def __repr__(self) -> str:
        return f"Gazetteer({len(self)} people)"

    def person(self, person_id: str) -> Person:
        try:
            return self._people[person_id]
        except KeyError:
            raise KeyError(f"no person {person_id!r} in the gazetteer") from None

    def find(self, name: str, *, language: str | None = None, on: dt.date | None = None) -> tuple[Person, ...]:
        """People called exactly ``name`` (full or short form); with ``on``, those holding an office then first."""
        key = fold_key(name.strip())
        found = [self._people[pid] for pid, _short in self.matcher(language).table.get(key, ())]
        if not found and language is not None:
            found = [self._people[pid] for pid, _short in self.matcher(None).table.get(key, ())]
        if on is not None:
            found.sort(key=lambda p: p.office_on(on) is None)
        return tuple(found)

    def office_of(self, person_id: str, on: dt.date | None) -> str | None:
        """The person's office on that day, or ``None`` when unknown (never a guess)."""
        office = self.person(person_id).office_on(on)
        return None if office is None else office.office

    def participant(self, person_id: str, name: str, on: dt.date | None) -> Participant:
        person = self.person(person_id)
        return Participant(id=person.id, name=name, country=person.country, organisation=person.organisation,
                           office=self.office_of(person_id, on))

    # ---- compiled matchers
    def languages_for(self, language: str | None) -> tuple[str, ...] | None:
        """The name languages used for text in ``language``; ``None`` means all of them."""
        if language not in LANGUAGES:
            return None
        return (language, *self.fallbacks.get(language, ()))

    def matcher(self, language: str | None) -> NameMatcher:
        if language not in self._matchers:
            self._matchers[language] = self._build_names(self.languages_for(language), language)
        return self._matchers[language]

    def country_matcher(self, language: str | None) -> NameMatcher:
        if language not in self._country_matchers:
            langs = self.languages_for(language)
            entries: dict[str, dict[str, list[tuple[str, bool]]]] = {}
            for lang in langs or LANGUAGES:
                for code, values in self.country_lexicon.country_forms(lang).items():
                    for value in values:
                        for key in _variants(value, lang):
                            self._add(entries, lang, key, (code, False))
            self._country_matchers[language] = _compile(entries, language if langs else None)
        return self._country_matchers[language]

    @staticmethod
    def _add(entries: dict[str, dict[str, list[tuple[str, bool]]]], lang: str, key: str,
             value: tuple[str, bool] | None) -> None:
        bucket = entries.setdefault("cjk" if lang in CJK_LANGUAGES else "word", {}).setdefault(key, [])
        if value is not None:
            bucket.append(value)

    def _build_names(self, langs: tuple[str, ...] | None, language: str | None) -> NameMatcher:
        entries: dict[str, dict[str, list[tuple[str, bool]]]] = {}
        for person in self._people.values():
            for is_short, names in ((False, person.names), (True, person.short)):
                for lang, values in names.items():
                    if langs is None or lang in langs:
                        for value in values:
                            for key in _variants(value, lang):
                                self._add(entries, lang, key, (person.id, is_short))
        for lang, values in self.exclude.items():
            if langs is None or lang in langs:
                for value in values:
                    for key in _variants(value, lang):
                        self._add(entries, lang, key, None)
        return _compile(entries, language if langs else None)
