"""One pass over a finished record: every string cleaned, every value JSON data.

A record's text comes from the normalised document, but strings also arrive by routes
normalisation never sees: JSON and YAML escapes in front matter, HTML entities, plugins.
``sanitise`` walks every field of an :class:`~readoutparse.model.Article` (and of the
records inside it: translations, related items, the dateline, the readout, ``extra``'s
keys and values) and

* cleans each string with :func:`readoutparse.text.clean_text`, warning where it had to
  remove a control character, a bidi override or a lone surrogate;
* drops a date the calendar has no room around (within a year of 0001-01-01 or
  9999-12-31: converting it to a time zone, or a relative date from it, would overflow),
  with a warning; the text does not fix a usable value, so the field is null;
* turns ``extra`` into JSON data: a date or datetime becomes ISO text, a tuple a list, a
  NaN or infinity null (with a warning); anything else (bytes, a set, an object) is a
  TypeError, which ``parse`` reports as that parser's bug.

It is written generically over ``attrs`` fields, so new fields are covered without a
change.  A clean record (nearly all) costs one regex search per string and is returned
as the same object.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import attrs

from .dates import in_range
from .model import Article
from .text import clean_text, clean_verbatim

__all__ = ["sanitise"]

_SCALARS = (bool, int, type(None))
_NOTES = 10  # warnings per record about cleaned strings, before a count of the rest
# Fields kept as the document writes them: a URL's own spaces (double, U+3000, no-break)
# are part of it, so only what no record may hold is removed.
_VERBATIM = frozenset({"url"})


def sanitise(article: Article, *, only: tuple[str, ...] | None = None) -> Article:
    """``article`` with clean strings and JSON-ready values (the same object when clean).

    ``only`` names the fields to walk (in the record and every translation), e.g.
    ``("readout",)`` once the rest has been walked already.
    """
    return _article(article, "", only)


def _article(article: Article, where: str, only: tuple[str, ...] | None = None) -> Article:
    if not isinstance(article, Article):
        raise TypeError(f"{where or 'the record'} is a {type(article).__name__}, not an Article")
    notes = _Notes()
    skip: tuple[str, ...] = ("lines", "warnings")
    if only is not None:
        skip += tuple(f.name for f in attrs.fields(Article)
                      if f.name not in only and f.name != "translations")
    changed = _fields(article, where, notes, skip=skip, only=only)
    warnings, _ = ((article.warnings, False) if only is not None
                   else _value(article.warnings, f"{where}warnings", notes, json=False))
    if notes:
        warnings = (*warnings, *notes, *notes.rest())
    if warnings is not article.warnings:
        changed["warnings"] = warnings
    return attrs.evolve(article, **changed) if changed else article


class _Notes(list[str]):
    """Warnings about cleaned strings: the first few, then a count (one per string could
    be a warning per line of the input)."""

    skipped = 0

    def append(self, note: str) -> None:
        if len(self) < _NOTES:
            super().append(note)
        else:
            self.skipped += 1

    def rest(self) -> list[str]:
        return [f"... and {self.skipped} more strings cleaned"] if self.skipped else []


def _fields(record: Any, where: str, notes: _Notes, skip: tuple[str, ...] = (),
            only: tuple[str, ...] | None = None) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    for field in attrs.fields(type(record)):
        if field.name in skip:  # the ledger holds field names, not document text
            continue
        value = getattr(record, field.name)
        if field.name == "translations":
            new: Any = tuple(_article(t, f"{where}translations[{i}].", only)
                             for i, t in enumerate(value))
            if all(a is b for a, b in zip(new, value)):
                new = value
        elif field.name in _VERBATIM and isinstance(value, str):
            new, refused = clean_verbatim(value)
            if refused:
                notes.append(f"{where}{field.name}: removed {refused} (not text; an escape or "
                             "entity put it there)")
        else:
            new, _ = _value(value, f"{where}{field.name}", notes, json=False)
        if new is not value:
            changed[field.name] = new
    return changed


def _value(value: Any, where: str, notes: _Notes, *, json: bool) -> tuple[Any, bool]:
    """The clean value and whether it changed; ``json`` inside ``extra``'s plain data."""
    # perf: the commonest exact types first (a record's fields are mostly None, str and
    # tuples); each takes the branch the isinstance chain below gives it.
    kind = type(value)
    if value is None or kind is bool or kind is int:
        return value, False
    if kind is tuple:
        return _sequence(value, where, notes, json)
    if isinstance(value, str):
        clean, refused = clean_text(value)
        if refused:
            notes.append(f"{where}: removed {refused} (not text; an escape or entity "
                         "put it there)")
        return (value, False) if clean == value else (clean, True)
    if isinstance(value, float):
        if math.isfinite(value):
            return value, False
        notes.append(f"{where}: {value} is no number JSON can hold; null instead")
        return None, True
    if isinstance(value, _SCALARS):
        return value, False
    if isinstance(value, (dt.date, dt.datetime)):
        if json:
            return value.isoformat(), True
        if in_range(value):
            return value, False
        notes.append(f"{where}: {value.isoformat()} is too close to the calendar's end "
                     "to use; null instead")
        return None, True
    if isinstance(value, dict):
        return _mapping(value, where, notes)
    if isinstance(value, (tuple, list)):
        return _sequence(value, where, notes, json)
    if attrs.has(type(value)) and not json:
        changed = _fields(value, f"{where}.", notes)
        return (attrs.evolve(value, **changed), True) if changed else (value, False)
    raise TypeError(f"{where} holds a {type(value).__name__}, which a record cannot hold "
                    "(only text, numbers, booleans, null, lists, mappings and dates)")


def _sequence(value: tuple[Any, ...] | list[Any], where: str, notes: _Notes,
              json: bool) -> tuple[Any, bool]:
    # The clean path first: most items are clean strings, checked without building a
    # path or a pair per item (a body can be thousands of paragraphs).
    first = next((i for i, item in enumerate(value)
                  if not (type(item) is str and clean_text(item) == (item, ""))), None)
    if first is None:
        return (value, False) if isinstance(value, tuple) or json else (tuple(value), True)
    rebuilt = list(value[:first])
    changed = False
    for index in range(first, len(value)):
        item, item_changed = _value(value[index], f"{where}[{index}]", notes, json=json)
        rebuilt.append(item)
        changed = changed or item_changed
    if not changed and (isinstance(value, tuple) or json):
        return value, False
    return (rebuilt if json else tuple(rebuilt)), True


def _mapping(value: dict[Any, Any], where: str, notes: _Notes) -> tuple[Any, bool]:
    out: dict[Any, Any] = {}
    changed = False
    for key, item in value.items():
        if isinstance(key, str):
            new_key, key_changed = _value(key, f"{where} key {key[:40]!r}", notes, json=True)
        elif isinstance(key, (bool, int, type(None))) or (
                isinstance(key, float) and math.isfinite(key)):
            new_key, key_changed = key, False  # json.dumps writes these as text
        else:
            raise TypeError(f"{where} has a {type(key).__name__} key, which JSON cannot hold")
        new_item, item_changed = _value(item, f"{where}[{str(new_key)[:40]!r}]", notes, json=True)
        changed = changed or key_changed or item_changed
        out[new_key] = new_item
    return (out, True) if changed else (value, False)
