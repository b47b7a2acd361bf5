"""The one canonical layout of the lexicon files (people, countries, offices).

Every list of words sits on one line and every entry (a person, a country, an office id)
is its own group of lines, so that a change to one entry shows in a diff as that entry
alone.  Languages come in a fixed order, countries and organisations by code; people keep
the order the file gives them (grouped by country by whoever edits them).

Run ``python -m readoutparse.readout.lexicon_format`` to rewrite the built-in files in
place, ``--check`` to only report the files that are not in canonical form (exit status 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["DATA", "canonical", "main"]

DATA = Path(__file__).resolve().parent / "data"
FILES = ("people.json", "countries.json", "offices.json")
LANGUAGE_ORDER = ("zh-Hans", "zh-Hant", "en", "ar", "vi")
PERSON_KEYS = ("id", "country", "organisation", "names", "short", "offices", "source")
OFFICE_KEYS = ("office", "title", "from", "to", "country", "organisation")


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _ordered(keys: Sequence[str], order: Sequence[str]) -> list[str]:
    rank = {k: i for i, k in enumerate(order)}
    return sorted(keys, key=lambda k: (rank.get(k, len(rank)), k))


def _by_language(mapping: Mapping[str, Any], indent: str) -> str:
    """{"zh-Hans": [...], ...} as one line per language."""
    if not mapping:
        return "{}"
    lines = [f"{indent} {_dump(lang)}: {_dump(mapping[lang])}" for lang in _ordered(list(mapping), LANGUAGE_ORDER)]
    return "{\n" + ",\n".join(lines) + "}"


def _person(person: Mapping[str, Any]) -> str:
    head = [f"{_dump(k)}: {_dump(person[k])}" for k in ("id", "country", "organisation") if k in person]
    parts = ["  {" + ", ".join(head)]
    for key in _ordered([k for k in person if k not in ("id", "country", "organisation")], PERSON_KEYS):
        value = person[key]
        if key in ("names", "short"):
            parts.append(f"   {_dump(key)}: {_by_language(value, '   ')}")
        elif key == "offices":
            rows = []
            for office in value:
                ordered = {k: office[k] for k in _ordered(list(office), OFFICE_KEYS)}
                rows.append("    " + _dump(ordered))
            parts.append(f"   {_dump(key)}: [" + ("\n" + ",\n".join(rows) + "]" if rows else "]"))
        else:
            parts.append(f"   {_dump(key)}: {_dump(value)}")
    return ",\n".join(parts) + "}"


def _entries(section: Mapping[str, Mapping[str, Any]], indent: str) -> str:
    """{"RU": {"names": {...}, "short": {...}}, ...} keyed entries in code order."""
    blocks = []
    for code in sorted(section):
        entry = section[code]
        inner = [f"{indent}  {_dump(k)}: {_by_language(entry[k], indent + '  ')}" for k in ("names", "short") if k in entry]
        blocks.append(f"{indent}{_dump(code)}: {{\n" + ",\n".join(inner) + "}")
    return "{\n" + ",\n".join(blocks) + "}"


def canonical(name: str, data: Mapping[str, Any]) -> str:
    """The canonical text of one lexicon file (``people.json``, ``countries.json``, ``offices.json``)."""
    out = []
    for key, value in data.items():
        if key == "people":
            text = "[\n" + ",\n".join(_person(p) for p in value) + "]"
        elif key in ("countries", "organisations"):
            text = _entries(value, "  ")
        elif key == "offices" and name == "offices.json":
            blocks = [f"  {_dump(oid)}: {_by_language(langs, '  ')}" for oid, langs in value.items()]
            text = "{\n" + ",\n".join(blocks) + "}"
        elif key in ("exclude", "fallbacks", "ambiguous") and isinstance(value, Mapping):
            text = _by_language(value, " ")
        else:
            text = _dump(value)
        out.append(f" {_dump(key)}: {text}")
    return "{\n" + ",\n".join(out) + "\n}\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report files not in canonical form, change nothing")
    ap.add_argument("files", nargs="*", type=Path, help="lexicon files (default: the built-in ones)")
    args = ap.parse_args(argv)
    bad = 0
    for path in args.files or [DATA / f for f in FILES]:
        text = path.read_text("utf-8")
        wanted = canonical(path.name, json.loads(text))
        if json.loads(wanted) != json.loads(text):  # the layout must never change the content
            raise AssertionError(f"{path}: canonical form changed the data")
        if wanted != text:
            bad += 1
            if args.check:
                print(f"{path}: not in canonical form (run python -m readoutparse.readout.lexicon_format)")
            else:
                path.write_text(wanted, "utf-8")
                print(f"{path}: rewritten")
    return 1 if bad and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
