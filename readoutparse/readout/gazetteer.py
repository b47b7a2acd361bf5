"""The gazetteer: who is who, what they are called in each language, which office they held when.

The knowledge lives in JSON (``data/people.json``; the format is documented in
``docs/readout.md``).  This module validates it, merges user additions into it, and
compiles, once per gazetteer and language, one regular expression of every name.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any, Union

import attrs

from ..errors import ReadoutParseError
from ..model import Participant
from .scan import CJK_LANGUAGES, LANGUAGES, alternation, fold_key, word_pattern

__all__ = ["Gazetteer", "GazetteerError", "NameMatcher", "Office", "Person"]

FORMAT = "readoutparse-gazetteer/1"
GazetteerSource = Union["Gazetteer", str, "os.PathLike[str]", Mapping[str, Any]]


class GazetteerError(ReadoutParseError):
    """A gazetteer file or mapping that does not follow the documented format."""


def _day(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise GazetteerError(f"{where}: expected a YYYY-MM-DD date or null, got {value!r}") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise GazetteerError(f"{where}: expected a list of non-empty strings")
    return tuple(dict.fromkeys(v.strip() for v in value))


def _by_language(value: Any, where: str) -> dict[str, tuple[str, ...]]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise GazetteerError(f"{where}: expected an object keyed by language tag")
    return {lang: _strings(v, f"{where}.{lang}") for lang, v in value.items()}


@attrs.frozen
class Office:
    """One term in one office; ``end`` is the last day (inclusive), ``None`` while in office."""

    title: str
    start: dt.date | None = None
    end: dt.date | None = None

    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "office": self.title,
            "from": None if self.start is None else self.start.isoformat(),
            "to": None if self.end is None else self.end.isoformat(),
        }


@attrs.frozen
class Person:
    """A person the extractor can recognise.

    ``names`` may be matched on their own; ``short`` forms (``Wang``, ``شي``) are only
    believed when one of the person's full names appears in the same document, because
    on their own they are ordinary words or other people's names too.
    """

    id: str
    country: str | None
    names: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    short: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    offices: tuple[Office, ...] = ()

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on ``day``: the first listed one, as the data lists the most senior first."""
        if day is None:
            return None
        return next((o for o in self.offices if o.held_on(day)), None)

    def offices_on(self, day: dt.date) -> tuple[Office, ...]:
        """Every office held on ``day`` (Netanyahu was long prime minister and foreign minister)."""
        return tuple(o for o in self.offices if o.held_on(day))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "country": self.country,
                                "names": {k: list(v) for k, v in self.names.items()}}
        if self.short:
            data["short"] = {k: list(v) for k, v in self.short.items()}
        data["offices"] = [o.to_dict() for o in self.offices]
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str = "person") -> Person:
        if not isinstance(data, Mapping):
            raise GazetteerError(f"{where}: expected an object")
        pid = data.get("id")
        if not isinstance(pid, str) or not re.fullmatch(r"[a-z0-9_]+", pid):
            raise GazetteerError(f"{where}: 'id' must be lower-case letters, digits and '_', got {pid!r}")
        where = f"{where} {pid!r}"
        country = data.get("country")
        if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
            raise GazetteerError(f"{where}: 'country' must be an ISO 3166 alpha-2 code, got {country!r}")
        offices = []
        for i, item in enumerate(data.get("offices") or ()):
            at = f"{where}.offices[{i}]"
            if not isinstance(item, Mapping) or not isinstance(item.get("office"), str):
                raise GazetteerError(f"{at}: expected an object with an 'office' string")
            start, end = _day(item.get("from"), f"{at}.from"), _day(item.get("to"), f"{at}.to")
            if start and end and end < start:
                raise GazetteerError(f"{at}: 'to' ({end}) is before 'from' ({start})")
            offices.append(Office(item["office"], start, end))
        return cls(pid, country, _by_language(data.get("names"), f"{where}.names"),
                   _by_language(data.get("short"), f"{where}.short"), tuple(offices))

    def merged(self, other: Person) -> Person:
        """This person with ``other``'s additions: names and offices are added, a country replaces."""

        def union(a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
            out = dict(a)
            for lang, values in b.items():
                out[lang] = tuple(dict.fromkeys(out.get(lang, ()) + values))
            return out

        return Person(self.id, other.country or self.country, union(self.names, other.names),
                      union(self.short, other.short), tuple(dict.fromkeys(self.offices + other.offices)))


class NameMatcher:
    """Every name of a gazetteer in one language, as one compiled regex."""

    def __init__(self, pattern: re.Pattern[str], table: dict[str, tuple[tuple[str, bool], ...]]) -> None:
        self.pattern = pattern
        # folded name -> ((person id, is short form), ...); empty for an exclusion string
        self.table = table

    def finditer(self, folded: str) -> Iterator[tuple[int, int, tuple[tuple[str, bool], ...]]]:
        for match in self.pattern.finditer(folded):
            group = "w" if match.group("w") is not None else "c"
            yield match.start(group), match.end(group), self.table[match.group(group)]


def _compile(entries: dict[str, dict[str, list[tuple[str, bool]]]], language: str | None) -> NameMatcher:
    """``entries``: script class ('cjk' or 'word') -> folded string -> candidates."""
    table: dict[str, tuple[tuple[str, bool], ...]] = {}
    parts = []
    for kind, group in (("word", "w"), ("cjk", "c")):
        strings = entries.get(kind, {})
        if not strings:
            continue
        table.update({k: tuple(dict.fromkeys(v)) for k, v in strings.items()})
        parts.append(word_pattern(alternation(list(strings)), "zh-Hans" if kind == "cjk" else language, group))
    if not parts:
        return NameMatcher(re.compile(r"(?P<w>(?!))(?P<c>(?!))"), {})
    if len(parts) == 1:
        parts.append(r"(?P<c>(?!))" if "?P<w>" in parts[0] else r"(?P<w>(?!))")
    return NameMatcher(re.compile("|".join(parts)), table)


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

    def __init__(self, people: Iterable[Person] = (), *, countries: Mapping[str, Mapping[str, Iterable[str]]] | None = None,
                 exclude: Mapping[str, Iterable[str]] | None = None,
                 fallbacks: Mapping[str, Iterable[str]] | None = None) -> None:
        self._people: dict[str, Person] = {}
        for person in people:
            known = self._people.get(person.id)
            self._people[person.id] = person if known is None else known.merged(person)
        self.countries = {code: {lang: tuple(v) for lang, v in words.items()} for code, words in (countries or {}).items()}
        self.exclude = {lang: tuple(v) for lang, v in (exclude or {}).items()}
        self.fallbacks = {lang: tuple(v) for lang, v in (fallbacks or {}).items()}
        self._matchers: dict[str | None, NameMatcher] = {}
        self._country_matchers: dict[str | None, NameMatcher] = {}

    # ---- construction
    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, name: str | None = None) -> Gazetteer:
        if not isinstance(data, Mapping):
            raise GazetteerError("a gazetteer must be a JSON object", name=name)
        fmt = data.get("format", FORMAT)
        if fmt != FORMAT:
            raise GazetteerError(f"unknown gazetteer format {fmt!r} (expected {FORMAT!r})", name=name)
        people = data.get("people", [])
        if not isinstance(people, list):
            raise GazetteerError("'people' must be a list", name=name)
        countries = data.get("countries") or {}
        if not isinstance(countries, Mapping):
            raise GazetteerError("'countries' must be an object keyed by country code", name=name)
        try:
            return cls(
                (Person.from_dict(p, f"people[{i}]") for i, p in enumerate(people)),
                countries={c: _by_language(w, f"countries.{c}") for c, w in countries.items()},
                exclude=_by_language(data.get("exclude"), "exclude"),
                fallbacks=_by_language(data.get("fallbacks"), "fallbacks"),
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
        text = resources.files(__package__).joinpath("data/people.json").read_text(encoding="utf-8")
        return Gazetteer.from_dict(json.loads(text), name="people.json")

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
        countries = {c: dict(w) for c, w in self.countries.items()}
        for code, words in more.countries.items():
            for lang, values in words.items():
                countries.setdefault(code, {})[lang] = tuple(dict.fromkeys(countries.get(code, {}).get(lang, ()) + values))

        def union(a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
            return {k: tuple(dict.fromkeys(a.get(k, ()) + b.get(k, ()))) for k in {**a, **b}}

        return Gazetteer([*self._people.values(), *more._people.values()], countries=countries,
                         exclude=union(self.exclude, more.exclude), fallbacks=union(self.fallbacks, more.fallbacks))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "fallbacks": {k: list(v) for k, v in self.fallbacks.items()},
            "exclude": {k: list(v) for k, v in self.exclude.items()},
            "countries": {c: {k: list(v) for k, v in w.items()} for c, w in self.countries.items()},
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
        return None if office is None else office.title

    def participant(self, person_id: str, name: str, on: dt.date | None) -> Participant:
        person = self.person(person_id)
        return Participant(id=person.id, name=name, country=person.country, office=self.office_of(person_id, on))

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
            for code, words in self.countries.items():
                for lang, values in words.items():
                    if langs is None or lang in langs:
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
