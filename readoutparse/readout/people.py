"""The records of the gazetteer: a person, their offices, and the checks on gazetteer data."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import ReadoutParseError

__all__ = ["OFFICES", "GazetteerError", "Office", "Person", "by_language", "office_id"]

# Organisations whose id has two letters, told from country codes in an office's "side".
_TWO_LETTER_ORGS = frozenset({"EU", "UN", "AU"})
# The office vocabulary of the readout schema (docs/readout.md).
OFFICES = (
    "head_of_state", "head_of_government", "deputy_head", "foreign_minister", "defence_minister",
    "minister", "speaker", "legislator", "envoy", "ambassador", "party_leader", "monarch",
    "secretary_general", "organisation_head", "adviser", "official",
)
# Format 1 files wrote free office titles; they are read through this table.
_LEGACY_TITLES = {
    "president": "head_of_state", "acting president": "head_of_state", "supreme leader": "head_of_state",
    "vice president": "deputy_head", "deputy president": "deputy_head", "deputy prime minister": "deputy_head",
    "crown prince": "deputy_head", "prime minister": "head_of_government", "premier": "head_of_government",
    "chancellor": "head_of_government", "foreign minister": "foreign_minister",
    "foreign secretary": "foreign_minister", "secretary of state": "foreign_minister",
    "external affairs minister": "foreign_minister", "acting foreign minister": "foreign_minister",
    "general secretary": "party_leader", "king": "monarch", "queen": "monarch", "emperor": "monarch",
    "defense minister": "defence_minister", "defence minister": "defence_minister",
    "secretary-general": "secretary_general", "national security adviser": "adviser",
}


def office_id(title: str) -> str:
    """The vocabulary id of an office title of a format 1 file (``official`` when unknown)."""
    return title if title in OFFICES else _LEGACY_TITLES.get(title.strip().lower(), "official")


class GazetteerError(ReadoutParseError):
    """A gazetteer file or mapping that does not follow the documented format."""


def lexicon_format(data: Any, what: str, expected: str, known: tuple[str, ...], name: str | None) -> str:
    """The ``format`` of a lexicon file's JSON object (``expected`` when absent), after
    checking it is an object and its format one of ``known``; ``what`` names the file kind."""
    if not isinstance(data, Mapping):
        raise GazetteerError(f"{what} must be a JSON object", name=name)
    fmt = data.get("format", expected)
    if fmt not in known:
        raise GazetteerError(f"unknown {what.split(' ', 1)[1]} format {fmt!r} (expected {expected!r})", name=name)
    return str(fmt)


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
    """One term in one office; ``end`` is the last day (inclusive), ``None`` while in office.

    ``office`` is the vocabulary id (``head_of_government``), ``title`` the office as its
    holder's country names it (``chancellor``).
    """

    office: str
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    side: str | None = None  # the organisation or country the term serves, when not the person's own


    def held_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "office": self.office,
            "title": self.title,
            "from": None if self.start is None else self.start.isoformat(),
            "to": None if self.end is None else self.end.isoformat(),
        }
        if self.side is not None:
            data["organisation" if len(self.side) != 2 or self.side in _TWO_LETTER_ORGS else "country"] = self.side
        return data


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
    organisation: str | None = None  # an international organisation id (UN), never a country code
    source: str | None = None

    def office_on(self, day: dt.date | None) -> Office | None:
        """The office held on ``day``: the first listed one, as the data lists the most senior first."""
        if day is None:
            return None
        return next((o for o in self.offices if o.held_on(day)), None)

    def offices_on(self, day: dt.date) -> tuple[Office, ...]:
        """Every office held on ``day`` (Netanyahu was long prime minister and foreign minister)."""
        return tuple(o for o in self.offices if o.held_on(day))

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "country": self.country}
        if self.organisation is not None:
            data["organisation"] = self.organisation
        data["names"] = {k: list(v) for k, v in self.names.items()}
        if self.short:
            data["short"] = {k: list(v) for k, v in self.short.items()}
        data["offices"] = [o.to_dict() for o in self.offices]
        if self.source is not None:
            data["source"] = self.source
        return data

    @classmethod
    def from_dict(cls, data: Any, where: str = "person", *, legacy: bool = False) -> Person:
        if not isinstance(data, Mapping):
            raise GazetteerError(f"{where}: expected an object")
        pid = data.get("id")
        if not isinstance(pid, str) or not re.fullmatch(r"[a-z0-9_]+", pid):
            raise GazetteerError(f"{where}: 'id' must be lower-case letters, digits and '_', got {pid!r}")
        where = f"{where} {pid!r}"
        country = data.get("country")
        if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{2}", country)):
            raise GazetteerError(f"{where}: 'country' must be an ISO 3166 alpha-2 code, got {country!r}")
        organisation = data.get("organisation")
        if organisation is not None and not (isinstance(organisation, str) and re.fullmatch(r"[A-Z][A-Z0-9]+", organisation)):
            raise GazetteerError(f"{where}: 'organisation' must be an upper-case id such as 'UN', got {organisation!r}")
        source = data.get("source")
        if source is not None and not isinstance(source, str):
            raise GazetteerError(f"{where}: 'source' must be a string")
        offices = []
        for i, item in enumerate(data.get("offices") or ()):
            at = f"{where}.offices[{i}]"
            if not isinstance(item, Mapping) or not isinstance(item.get("office"), str):
                raise GazetteerError(f"{at}: expected an object with an 'office' string")
            start, end = _day(item.get("from"), f"{at}.from"), _day(item.get("to"), f"{at}.to")
            if start and end and end < start:
                raise GazetteerError(f"{at}: 'to' ({end}) is before 'from' ({start})")
            title = item.get("title")
            if title is not None and not isinstance(title, str):
                raise GazetteerError(f"{at}.title: expected a string or null")
            oid = item["office"]
            if legacy:
                oid, title = office_id(oid), oid
            elif oid not in OFFICES:
                raise GazetteerError(f"{at}.office: {oid!r} is not an office id (one of {', '.join(OFFICES)})")
            side = item.get("organisation", item.get("country"))
            if side is not None and not (isinstance(side, str) and re.fullmatch(r"[A-Z][A-Z0-9]+", side)):
                raise GazetteerError(f"{at}: 'organisation' / 'country' must be an upper-case id, got {side!r}")
            offices.append(Office(oid, title, start, end, side))
        return cls(pid, country, by_language(data.get("names"), f"{where}.names"),
                   by_language(data.get("short"), f"{where}.short"), tuple(offices), organisation, source)

    def merged(self, other: Person) -> Person:
        """This person with ``other``'s additions: names and offices are added, a country replaces."""

        def union(a: Mapping[str, tuple[str, ...]], b: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
            out = dict(a)
            for lang, values in b.items():
                out[lang] = tuple(dict.fromkeys(out.get(lang, ()) + values))
            return out

        return Person(self.id, other.country or self.country, union(self.names, other.names),
                      union(self.short, other.short), tuple(dict.fromkeys(self.offices + other.offices)),
                      other.organisation or self.organisation, other.source or self.source)
