"""The halves of one page describe one contact: fill each from the other, warn where they differ.

A bilingual page (a Chinese original with its English translation) carries one readout
per half.  Where a half leaves a field null and the other fixes it, the null is filled;
where both fix it differently, both keep their own value and the article gets a warning
naming the field, so a user can see which half to trust.  Initiator and host are compared
only when both name gazetteer ids (names differ by language).
"""

from __future__ import annotations

import attrs

from ..model import Article, Readout

__all__ = ["reconcile"]

_FIELDS = ("kind", "status", "event_date", "initiator", "host")


def _comparable(readout: Readout, field: str) -> object:
    value = getattr(readout, field)
    if field in ("initiator", "host") and value is not None:
        ids = {p.id for p in readout.participants if p.id is not None}
        return value if value in ids else None  # a name, not an id: not comparable across languages
    return value


def _merge(mine: Readout, other: Readout) -> Readout:
    changes = {}
    for field in _FIELDS:
        if getattr(mine, field) is None and _comparable(other, field) is not None:
            changes[field] = getattr(other, field)
    if not mine.multilateral and other.multilateral:
        changes["multilateral"] = True
    return attrs.evolve(mine, **changes) if changes else mine


def reconcile(article: Article) -> Article:
    """``article`` with its translations' readouts and its own reconciled."""
    if not article.translations or article.readout is None and all(t.readout is None for t in article.translations):
        return article
    warnings = list(article.warnings)
    original = article.readout
    translations: list[Article] = []
    for t in article.translations:
        theirs = t.readout
        if original is None or theirs is None:
            # One half reports the contact and the other is silent: the silent one takes it.
            translations.append(t if theirs is not None or original is None else attrs.evolve(t, readout=original))
            if original is None and theirs is not None:
                original = theirs
            continue
        for field in _FIELDS:
            a, b = _comparable(original, field), _comparable(theirs, field)
            if a is not None and b is not None and a != b:
                warnings.append(f"readout: the {article.language} and {t.language} halves disagree on {field} "
                                f"({_text(a)} vs {_text(b)})")
        merged_theirs = _merge(theirs, original)
        original = _merge(original, theirs)
        translations.append(attrs.evolve(t, readout=merged_theirs))
    return attrs.evolve(article, readout=original, translations=tuple(translations), warnings=tuple(warnings))


def _text(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
