"""Readout semantics: who contacted whom, how, when, where, and at whose request.

>>> from readoutparse.readout import enrich, extract_readout, Gazetteer

:func:`extract_readout` reads one :class:`~readoutparse.model.Article` (its language,
title, first paragraphs, dateline and published date) and returns a
:class:`~readoutparse.model.Readout`, or ``None`` when the article reports no
diplomatic contact.  :func:`enrich` fills ``Article.readout`` on an article and on
each of its translations.  The people it knows come from a :class:`Gazetteer`; the
built-in one is read on first use, not on import.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..dates import as_date
from ..model import Article, Readout
from .bilingual import reconcile
from .extract import extract
from .gazetteer import Gazetteer, GazetteerError, GazetteerSource, Office, Person
from .relative_dates import local_day

__all__ = ["Gazetteer", "GazetteerError", "Office", "Person", "enrich", "extract_readout"]


def extract_readout(
    article: Article,
    *,
    reference_date: dt.date | dt.datetime | None = None,
    gazetteer: GazetteerSource | None = None,
) -> Readout | None:
    """The readout ``article`` reports, or ``None``.

    ``reference_date`` is the day the text's "today" refers to when the article
    carries neither a dateline date nor a published date (a VOV page without its
    date line, say); relative expressions such as ``hôm nay (14/10)`` are resolved
    against it.  ``gazetteer`` is a :class:`Gazetteer`, a path to a gazetteer JSON
    file, or a mapping in that format; the built-in gazetteer by default.
    """
    return extract(article, reference_date=as_date(reference_date), gazetteer=Gazetteer.coerce(gazetteer))


def enrich(
    article: Article,
    *,
    reference_date: dt.date | dt.datetime | None = None,
    gazetteer: GazetteerSource | None = None,
) -> Article:
    """A copy of ``article`` with ``readout`` set on it and on every translation.

    The halves of a bilingual page are reconciled (:mod:`.bilingual`): a field one half
    leaves null is taken from the other, and a disagreement is added to ``warnings``.
    """
    return reconcile(_enrich(article, as_date(reference_date), Gazetteer.coerce(gazetteer), None))


def _enrich(article: Article, reference_date: dt.date | None, gazetteer: Gazetteer,
            inherited: dt.date | None) -> Article:
    # A translation printed under the original often has no date of its own; the
    # original's day is then its "today" ("on Thursday" in seed 000's English half).
    own = article.dateline.date if article.dateline is not None and article.dateline.date else None
    anchor = own or local_day(article.published, article.language) or inherited
    readout = extract(article, reference_date=reference_date, gazetteer=gazetteer, inherited_anchor=inherited)
    translations = tuple(_enrich(t, reference_date, gazetteer, anchor or reference_date) for t in article.translations)
    return attrs.evolve(article, readout=readout, translations=translations)
