"""Census of the real archive: per outlet, how many posts still keep page furniture in their
paragraphs, and how many keep a wire dateline in the body.

usage: python bench/census.py [--dir /work/corpus | ARCHIVE.tar.xz] [--every N] [--jobs J]

The families are found by the patterns of ``bench/families.py``, written from the pages and
independent of the parser's rules, so a rule that misses a shape shows up here as a count.
Prints one row per outlet (the front matter's ``author``, or its category for a person) and
a total row.

``related in body`` (a paragraph whose text is also a related link's title) went from 10 to 0
on branch pages-rib (2026-12-02; 64,541 of 64,542 posts parsed and every other column as
before, ``dateline left`` 0): 大纪元's linked read-more pointers (``<a>详情请阅全文</a>。``,
the stop in or out of the link, or 原文; about 380 in the archive) are boilerplate, a heading whose only
links go to tag pages is a subheading (no related headline) and a lead that past its dateline
is only a numbered label (``十二、…``) is a series part's title (boilerplate), and Nei.st's meta
cards (a date in pieces, ``Mar 30`` ``·`` ``2015``, and the publication's name, a link to a page
above the post's own) and Latin masthead lines over a Chinese story are boilerplate.  On every
Nei.st post and every 40th other post (3,026), 531 records change: 78 furniture paragraphs
leave the body and none enters it, 23 大纪元 headings move from related to subheadings, and on
477 Nei.st posts the publication's name is no longer a related entry.  ``bench/body_f1.py --labels bench/body_labels_independent.json``
stays at 0.995 (trafilatura 0.981).
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import os
import re
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from families import FAMILIES, WIRE  # noqa: E402


_AUTHOR = re.compile(rb"^author: ?(.*)$", re.M)
_CATEGORY = re.compile(rb"^categories: ?\[ ?(?:news, ?)?([^\],]*)", re.M)


def members(source: Path, every: int) -> Iterator[tuple[str, bytes]]:
    """(archive path, bytes) of every ``every``-th post, in archive order."""
    n = 0
    if source.is_dir():
        paths = sorted(p for p in source.rglob("*.md") if p.is_file())
        for path in paths:
            n += 1
            if n % every == 0:
                yield str(path.relative_to(source)), path.read_bytes()
        return
    with tarfile.open(source, "r:xz") as tar:
        for member in tar:
            if not (member.isfile() and member.name.endswith(".md")):
                continue
            n += 1
            if n % every == 0:
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read()


def outlet(data: bytes) -> str:
    head = data[:2000]
    author = _AUTHOR.search(head)
    category = _CATEGORY.search(head)
    name = (author.group(1) if author else b"").strip().decode("utf-8", "replace")
    cat = (category.group(1) if category else b"").strip().decode("utf-8", "replace")
    return cat if cat and cat != name else name or "?"


def check(item: tuple[str, bytes]) -> tuple[str, list[str], list[str]]:
    """The outlet of a post, the counters it adds to, and an example line per family hit."""
    name, data = item
    where = outlet(data)
    try:
        record = readoutparse.parse(data, name=name, readout=False)
    except readoutparse.ReadoutParseError as exc:
        return where, ["refused"], [f"refused {name}: {str(exc)[:160]}"]
    except Exception as exc:  # noqa: BLE001 - a crash is what the census counts
        return where, ["CRASHED"], [f"CRASHED {name}: {exc!r}"[:200]]
    hits, examples = ["parsed"], []
    paragraphs = record.paragraphs
    for family, pattern in FAMILIES.items():
        found = next((p for p in paragraphs if pattern.search(p)), None)
        if found is not None:
            hits.append(family)
            examples.append(f"{family} {name}: {found[-120:]!r}")
    related = {link.title for link in record.related}
    echoed = next((p for p in paragraphs if p in related), None)
    if echoed is not None:  # another story's headline, linked as related, kept as body
        hits.append("related in body")
        examples.append(f"related in body {name}: {echoed[:120]!r}")
    lead = next((p for p in paragraphs[:4] if WIRE.search(p)), None)
    if record.dateline is None and lead is not None:
        hits.append("dateline left")
        examples.append(f"dateline left {name}: {lead[:120]!r}")
    if record.dateline is not None:
        hits.append("dateline")
    return where, hits, examples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz")
    parser.add_argument("--dir", type=Path, help="an unpacked archive (faster)")
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--examples", action="store_true",
                        help="also print each post that keeps furniture, with the paragraph")
    args = parser.parse_args()
    source = args.dir or args.archive
    if not source.exists():
        print(f"census: {source} not found")
        return 0
    started = time.perf_counter()
    counts: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    items = members(source, args.every)
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            results = list(pool.imap(check, items, chunksize=64))
    else:
        results = [check(item) for item in items]
    for where, hits, examples in results:
        counts[where]["posts"] += 1
        counts[where].update(hits)
        if args.examples:
            for example in examples:
                print(example)
    columns = ["posts", "parsed", "refused", "CRASHED", "dateline", "dateline left", "related in body", *FAMILIES]
    total: collections.Counter[str] = collections.Counter()
    print(f"census of {source} (every {args.every}), {time.perf_counter() - started:.0f} s")
    print("outlet".ljust(16) + "|".join(columns))

    def cells(row: collections.Counter[str]) -> str:
        return "|".join(str(row[c]).rjust(len(c)) for c in columns)

    big = sorted(counts.items(), key=lambda kv: -kv[1]["posts"])
    for where, row in big:
        total.update(row)
        if row["posts"] >= 20:
            print(where[:14].ljust(16) + cells(row))
    print("TOTAL".ljust(16) + cells(total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
