"""The small fixed test lexicon (tests/data/readout_lexicon/) and helpers for the readout stage tests."""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

from readoutparse.model import Article, Readout
from readoutparse.readout import Gazetteer, extract_readout
from readoutparse.readout.countries import CountryLexicon
from readoutparse.readout.offices import OfficeLexicon

HERE = Path(__file__).resolve().parent / "data" / "readout_lexicon"


def _load(name: str) -> dict:
    return json.loads((HERE / name).read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def lexicon() -> Gazetteer:
    base = Gazetteer.from_dict(_load("people.json"), name="people.json")
    return Gazetteer(list(base), countries=CountryLexicon.from_dict(_load("countries.json")),
                     offices=OfficeLexicon.from_dict(_load("offices.json")), exclude=base.exclude,
                     fallbacks=base.fallbacks)


def article(language: str, *paragraphs: str, title: str = "", published: dt.date | None = dt.date(2025, 7, 11),
            **more: object) -> Article:
    return Article(parser="x", language=language, title=title, paragraphs=paragraphs, published=published,
                   **more)  # type: ignore[arg-type]


def read(language: str, *paragraphs: str, title: str = "", published: dt.date | None = dt.date(2025, 7, 11),
         **more: object) -> Readout | None:
    return extract_readout(article(language, *paragraphs, title=title, published=published, **more),
                           gazetteer=lexicon())


def people(readout: Readout | None) -> list[tuple[str | None, str, str | None, str | None]]:
    assert readout is not None
    return [(p.id, p.name, p.country or p.organisation, p.office) for p in readout.participants]
