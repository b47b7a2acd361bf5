"""Jekyll front matter: values read by PyYAML's safe loader, lines kept by a scanner.

The scanner walks the lines between the ``---`` fences once (linear in their number),
cutting them into one chunk per top-level key: the key line and its continuation lines
(a quoted title carried onto the next line, the indented lines of ``title: >-`` or ``|``,
the ``- item`` lines of a block list).  The whole block is then loaded by YAML; when YAML
refuses it (a Jekyll archive holds escapes and colons YAML forbids), each chunk is loaded
alone, and a chunk YAML refuses is read by :func:`scalar`, with a warning naming its line.
So every value is YAML's where YAML can read it, and every line number is the file's.
Dates stay text (the loader has no timestamp resolver): the parser reads them itself.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Sequence
from typing import Any, NamedTuple

import yaml  # type: ignore[import-untyped, unused-ignore]

__all__ = ["Chunk", "FrontMatter", "read", "scalar", "Unclosed", "plain", "as_written",
           "read_date"]

_KEY = re.compile(r"([A-Za-z_][\w-]{0,40})\s?:(?:\s(.*))?$")
_FENCES = ("---", "...")
_BLOCK_SCALAR = re.compile(r"[>|][+-]?\d?|[>|]\d?[+-]?")


# libyaml's parser when PyYAML was built with it (about 20 times faster), same results.
_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader, leaving dates as text."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Chunk(NamedTuple):
    key: str
    #: line numbers (1-based) of the key line and its continuation lines
    lines: tuple[int, ...]
    #: the text after ``key:`` on the key line
    raw: str


class FrontMatter(NamedTuple):
    values: dict[str, Any]
    chunks: dict[str, Chunk]
    #: line numbers of comment lines and of lines that belong to no key
    comments: tuple[int, ...]
    stray: tuple[int, ...]
    #: index (in the document's lines) of the line after the closing fence
    end: int
    #: line number of the closing fence
    closing: int
    warnings: tuple[tuple[str, int], ...]


class Unclosed(ValueError):
    """The front matter opened on the first line is never closed."""


def scalar(raw: str) -> Any:
    """A value YAML refused, read leniently: JSON-style double quotes, YAML single quotes."""
    raw = raw.strip()
    if len(raw) >= 2 and raw[0] == raw[-1] == '"':
        try:
            return json.loads(raw)
        except ValueError:  # YAML escapes JSON lacks (\x, \U): keep the text readable
            return raw[1:-1].replace('\\"', '"').replace("\\\\", "\\")
    if len(raw) >= 2 and raw[0] == raw[-1] == "'":
        return raw[1:-1].replace("''", "'")
    return raw


def _closes(text: str) -> bool:
    """Whether ``text`` (inside a double-quoted value) holds its closing quote."""
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            return True
    return False


def _load(text: str) -> Any:
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass


def read(lines: Sequence[str], opening: int) -> FrontMatter:
    """The front matter whose ``---`` is ``lines[opening]`` (0-based); raises Unclosed."""
    chunks: dict[str, Chunk] = {}
    order: list[tuple[str, list[int]]] = []
    comments: list[int] = []
    stray: list[int] = []
    closing = -1
    quoted = False  # inside a double-quoted value carried onto the next lines
    folded = False  # inside a ``>`` / ``|`` block scalar
    indent: set[int] = set()  # lines YAML must see indented (see below)
    for index in range(opening + 1, len(lines)):
        text = lines[index]
        if text in _FENCES and not quoted:
            closing = index
            break
        if quoted:
            order[-1][1].append(index + 1)
            quoted = not _closes(text)
            continue
        found = _KEY.match(text) if text[:1] not in (" ", "\t", "-", "#", "") else None
        if found:
            raw = found.group(2) or ""
            order.append((found.group(1), [index + 1]))
            chunks[found.group(1)] = Chunk(found.group(1), (), raw)
            quoted = raw.startswith('"') and not _closes(raw[1:])
            folded = _BLOCK_SCALAR.fullmatch(raw.strip()) is not None
        elif not text.strip():
            continue
        elif text.startswith("#"):
            comments.append(index + 1)
        elif order and (folded or text[:1] in (" ", "\t", "-")):
            order[-1][1].append(index + 1)  # a continuation of the key above
            if folded:
                # The document's lines come with their edges trimmed (text.normalise), so
                # a block scalar's indentation is gone: it is given back for YAML.
                indent.add(index + 1)
        else:
            stray.append(index + 1)
    if closing < 0:
        raise Unclosed("front matter is never closed with '---'")
    for key, numbers in order:  # a repeated key: YAML keeps the last; the ledger keeps all
        old = chunks[key].lines
        chunks[key] = chunks[key]._replace(lines=old + tuple(numbers))
    warnings: list[tuple[str, int]] = []
    values: dict[str, Any] = {}
    skipped = set(stray)  # stray lines are left out of what YAML reads
    block = "\n".join("" if n in skipped else ("  " if n in indent else "") + lines[n - 1]
                      for n in range(opening + 2, closing + 1))
    try:
        loaded = _load(block)
    except yaml.YAMLError:
        loaded = None
    if isinstance(loaded, dict) and all(isinstance(k, str) for k in loaded):
        values = loaded
    else:
        for key, numbers in order:
            text = "\n".join(("  " if n in indent else "") + lines[n - 1] for n in numbers)
            try:
                one = _load(text)
                values[key] = one[key] if isinstance(one, dict) and key in one else scalar(
                    chunks[key].raw)
            except yaml.YAMLError:
                values[key] = scalar(chunks[key].raw)
                if len(numbers) > 1:
                    warnings.append((f"front matter value of {key!r} is not YAML; "
                                     "read from its first line", numbers[0]))
    return FrontMatter(values, chunks, tuple(comments), tuple(stray), closing + 1,
                       closing + 1, tuple(warnings))


def plain(value: Any) -> bool:
    """Whether a front-matter value is JSON data (YAML may also give bytes, dates, sets)."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return True
    if isinstance(value, list):
        return all(plain(item) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and plain(v) for k, v in value.items())
    return False


def as_written(url: str, raw_line: str) -> str:
    """The URL as the ``from:`` line writes it: the document's normalisation folds runs of
    white space, U+3000 and no-break spaces, which inside a URL are part of it.  A quoted
    or escaped value, or one that is not this line's, keeps what YAML read."""
    key, _, raw = raw_line.partition(":")
    raw = raw.strip()  # white space at the edges is the line's, not the URL's
    if (key.strip() != "from" or raw[:1] in ("'", '"')
            or " ".join(raw.split()) != " ".join(url.split())
            or not all(c.isprintable() or unicodedata.category(c) == "Zs" for c in raw)):
        return url  # only spaces may differ: an invisible or control character is no URL's
    return raw


_SPACED_OFFSET = re.compile(r"(.{10}[T ][\d:.]{2,20}) ([+-]\d\d:?\d\d|Z)")


def read_date(raw: str) -> tuple[dt.date | dt.datetime | None, str | None]:
    """A ``date:`` value (text: the loader resolves no timestamps) as a date, or a datetime
    with its offset, and a warning where the value is missing, unreadable, or states no
    offset (read as UTC, like the archive's other posts)."""
    from dateutil.parser import isoparse

    from .. import dates

    raw = raw.strip()
    if not raw:
        return None, "front matter has no date"
    spaced = _SPACED_OFFSET.fullmatch(raw)  # 2020-09-22 10:00:00 +08:00
    try:
        value = isoparse(spaced.group(1) + spaced.group(2) if spaced else raw)
    except (ValueError, OverflowError):
        return None, f"unreadable date {raw[:40]!r}"
    if len(raw) == 10:
        return value.date(), None
    if value.tzinfo is None:
        return value.replace(tzinfo=dates.UTC), (
            f"date {raw[:40]!r} states no UTC offset; read as UTC like the archive's others")
    return value, None
