"""How often two readers of the same posts agree, field by field.

    python bench/labels/agreement.py bench/labels/readout_archive_blind5.json bench/labels/second_reader_blind5_a.json

The second file holds an independent second reading of some posts of the first (written before its
reader saw the first file); only the posts both hold are compared.  Participants are compared as sets
of ids, or, for a person the text does not name, of country or organisation.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

Label = dict[str, Any]


def _people(label: Label) -> frozenset[str]:
    return frozenset(p["id"] or p["country"] or p["organisation"] or "?" for p in label["participants"])


FIELDS: dict[str, Callable[[Label], object]] = {
    "contact": lambda label: label["contact"],
    "kind": lambda label: label["kind"],
    "participants": _people,
    "event_date": lambda label: label["event_date"],
    "initiator": lambda label: label["initiator"],
    "host": lambda label: label["host"],
    "multilateral": lambda label: label["multilateral"],
}


def agreement(first: Sequence[Label], second: Sequence[Label]) -> dict[str, tuple[int, int]]:
    """field -> (posts on which both readings agree, posts both hold)."""
    by_path = {label["path"]: label for label in first}
    shared = [(by_path[label["path"]], label) for label in second if label["path"] in by_path]
    return {name: (sum(read(a) == read(b) for a, b in shared), len(shared)) for name, read in FIELDS.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    args = parser.parse_args(argv)
    first, second = (json.loads(p.read_text(encoding="utf-8"))["labels"] for p in (args.first, args.second))
    for name, (agree, of) in agreement(first, second).items():
        print(f"{name:14} {agree:3} / {of}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
