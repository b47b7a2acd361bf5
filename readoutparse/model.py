"""The typed records a parse produces.

Every record is an immutable ``attrs`` class.  Sequences are stored as tuples so that
records hash, compare and pickle cleanly; ``to_dict`` turns them into plain JSON data
and ``from_dict`` reads that data back to an equal record.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, NoReturn

import attrs

__all__ = [
    "Article",
    "Dateline",
    "Participant",
    "Readout",
    "Related",
    "date_from_iso",
    "date_to_iso",
]

Moment = dt.datetime | dt.date


def _strings(values: Iterable[str] | None) -> tuple[str, ...]:
    if values is None:
        return ()
    if isinstance(values, str):
        return (values,)
    return tuple(values)


# Named converters, not ``converter=tuple``: type checkers read a converter's argument
# type as the field's __init__ type, so user code may pass any iterable of the records.
def _participants(values: Iterable[Participant]) -> tuple[Participant, ...]:
    return tuple(values)


def _related(values: Iterable[Related]) -> tuple[Related, ...]:
    return tuple(values)


def _articles(values: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(values)


def _ledger(values: Mapping[int, str]) -> dict[int, str]:
    return dict(values)


class ReadOnlyDict(dict[str, Any]):
    """A record's ``extra``: a dict to every reader (JSON, ``==``, pickle), but one that
    refuses changes, as the rest of a frozen record does; change it with
    ``attrs.evolve(article, extra={...})``."""

    def _refuse(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError("a record's extra is read-only: use attrs.evolve(article, extra=...)")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple[type[ReadOnlyDict], tuple[dict[str, Any]]]:
        # Rebuilt from a plain copy: pickle's default for dict subclasses sets items one
        # by one, which this class refuses.
        return (ReadOnlyDict, (dict(self),))


def _frozen_extra(values: Mapping[str, Any] | None) -> ReadOnlyDict:
    # Still a dict, so ``extra`` stays JSON-shaped; it is excluded from hashing below.
    return values if isinstance(values, ReadOnlyDict) else ReadOnlyDict(values or {})


def date_to_iso(value: Moment | None) -> str | None:
    """ISO 8601 text for a datetime (with its offset) or a bare date."""
    return None if value is None else value.isoformat()


def date_from_iso(value: str | None) -> Moment | None:
    """Inverse of :func:`date_to_iso`: ``YYYY-MM-DD`` gives a date, anything longer a datetime."""
    if value is None:
        return None
    if len(value) == 10:
        return dt.date.fromisoformat(value)
    return dt.datetime.fromisoformat(value)


@attrs.frozen
class Dateline:
    """A leading place/date/agency marker, e.g. ``新華社北京6月19日電`` or ``VOV.VN -``."""

    place: str | None = None
    date: dt.date | None = None
    agency: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "date": date_to_iso(self.date), "agency": self.agency}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Dateline:
        day = date_from_iso(data.get("date"))
        return cls(place=data.get("place"), date=day, agency=data.get("agency"))


@attrs.frozen
class Related:
    """A related-article link printed under the body."""

    title: str
    summary: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "summary": self.summary, "url": self.url}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Related:
        return cls(title=data["title"], summary=data.get("summary"), url=data.get("url"))


@attrs.frozen
class Participant:
    """One side of a diplomatic contact.

    ``id`` is a gazetteer id (``xi_jinping``) or ``None`` for someone the text introduces by
    office and country only; ``name`` is as the text writes it (the office phrase when no
    personal name is given); ``country`` an ISO 3166 alpha-2 code; ``organisation`` an
    international organisation id (``UN``, ``EU``), never folded into ``country``;
    ``office`` one of :data:`readoutparse.readout.people.OFFICES`.
    """

    id: str | None
    name: str
    country: str | None = None
    organisation: str | None = None
    office: str | None = None

    @property
    def key(self) -> str:
        """What ``Readout.initiator`` and ``Readout.host`` name this participant by."""
        return self.id if self.id is not None else self.name

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "country": self.country,
                "organisation": self.organisation, "office": self.office}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Participant:
        return cls(id=data.get("id"), name=data["name"], country=data.get("country"),
                   organisation=data.get("organisation"), office=data.get("office"))


@attrs.frozen
class Readout:
    """Who contacted whom, how, when, where, at whose request, and whether it took place.

    ``status`` is ``"held"`` or ``"planned"``; ``initiator`` and ``host`` name a
    participant by its ``id``, or by its ``name`` when it has none.
    """

    kind: str | None = None
    status: str | None = None
    participants: tuple[Participant, ...] = attrs.field(default=(), converter=_participants)
    initiator: str | None = None
    host: str | None = None
    event_date: dt.date | None = None
    place: str | None = None
    evidence: str | None = None
    multilateral: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "status": self.status,
            "participants": [p.to_dict() for p in self.participants],
            "initiator": self.initiator,
            "host": self.host,
            "event_date": date_to_iso(self.event_date),
            "place": self.place,
            "evidence": self.evidence,
            "multilateral": self.multilateral,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Readout:
        # Records written before schema v2 lack status, host and multilateral: defaults.
        return cls(
            kind=data.get("kind"),
            status=data.get("status"),
            participants=tuple(Participant.from_dict(p) for p in data.get("participants", ())),
            initiator=data.get("initiator"),
            host=data.get("host"),
            event_date=date_from_iso(data.get("event_date")),
            place=data.get("place"),
            evidence=data.get("evidence"),
            multilateral=bool(data.get("multilateral", False)),
        )


@attrs.frozen
class Article:
    """One parsed document: the record described in DESIGN.md.

    ``lines`` is the line accounting: for every non-blank input line (1-based number),
    the field it fed, such as ``"title"``, ``"paragraphs[2]"`` or
    ``"translations[0].paragraphs[0]"``.  It is not part of the JSON record and takes
    no part in equality, so a record read back from JSON still equals the original.
    """

    parser: str
    language: str
    title: str
    published: Moment | None = None
    source: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    editor: str | None = None
    url: str | None = None
    section: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    categories: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    dateline: Dateline | None = None
    paragraphs: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    related: tuple[Related, ...] = attrs.field(default=(), converter=_related)
    translations: tuple[Article, ...] = attrs.field(default=(), converter=_articles)
    boilerplate: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    extra: Mapping[str, Any] = attrs.field(factory=dict, converter=_frozen_extra, hash=False)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    readout: Readout | None = None
    lines: dict[int, str] = attrs.field(
        factory=dict, converter=_ledger, eq=False, hash=False, repr=False
    )

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        return {
            "parser": self.parser,
            "language": self.language,
            "title": self.title,
            "published": date_to_iso(self.published),
            "source": self.source,
            "authors": list(self.authors),
            "editor": self.editor,
            "url": self.url,
            "section": list(self.section),
            "tags": list(self.tags),
            "categories": list(self.categories),
            "dateline": None if self.dateline is None else self.dateline.to_dict(),
            "paragraphs": list(self.paragraphs),
            "related": [r.to_dict() for r in self.related],
            "translations": [t.to_dict() for t in self.translations],
            "boilerplate": list(self.boilerplate),
            "extra": dict(self.extra),
            "warnings": list(self.warnings),
            "readout": None if self.readout is None else self.readout.to_dict(),
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        dateline = data.get("dateline")
        readout = data.get("readout")
        return cls(
            parser=data["parser"],
            language=data["language"],
            title=data["title"],
            published=date_from_iso(data.get("published")),
            source=data.get("source"),
            authors=data.get("authors", ()),
            editor=data.get("editor"),
            url=data.get("url"),
            section=data.get("section", ()),
            tags=data.get("tags", ()),
            categories=data.get("categories", ()),
            dateline=None if dateline is None else Dateline.from_dict(dateline),
            paragraphs=data.get("paragraphs", ()),
            related=tuple(Related.from_dict(r) for r in data.get("related", ())),
            translations=tuple(cls.from_dict(t) for t in data.get("translations", ())),
            boilerplate=data.get("boilerplate", ()),
            extra=data.get("extra", {}),
            warnings=data.get("warnings", ()),
            readout=None if readout is None else Readout.from_dict(readout),
        )

    @classmethod
    def from_json(cls, text: str) -> Article:
        return cls.from_dict(json.loads(text))
