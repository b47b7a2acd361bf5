"""The records of the gazetteer: a person, their offices, and the checks on gazetteer data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import ReadoutParseError

__all__ = ["GazetteerError", "Office", "Person", "by_language"]


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


def by_language(value: Any, where: str) -> dict[str, tuple[str, ...]]:
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
        return cls(pid, country, by_language(data.get("names"), f"{where}.names"),
                   by_language(data.get("short"), f"{where}.short"), tuple(offices))

    def merged(self, other: Person) -> Person:
        """This person with ``other``'s additions: names and offices are added, a country replaces."""

        def union(a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
            out = dict(a)
            for lang, values in b.items():
                out[lang] = tuple(dict.fromkeys(out.get(lang, ()) + values))
            return out

        return Person(self.id, other.country or self.country, union(self.names, other.names),
                      union(self.short, other.short), tuple(dict.fromkeys(self.offices + other.offices)))
