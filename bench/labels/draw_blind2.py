"""Draw the posts of a blind readout label set from the raw archive, and print their paths.

    python bench/labels/draw_blind2.py --dir /work/corpus          # the second blind set (2027)
    python bench/labels/draw_blind2.py                             # streams ../shared/corpora
    python bench/labels/draw_blind2.py --dir /work/corpus --first  # the first blind set (2026)
    python bench/labels/draw_blind2.py --dir /work/corpus --set dev3  # the dev set (2028)
    python bench/labels/draw_blind2.py --dir /work/corpus --set blind3 --part a  # third blind set (2029)
    python bench/labels/draw_blind2.py --dir /work/corpus --set blind5 --part a --parts 3  # fifth (2031)
    python bench/labels/draw_blind2.py --dir /work/corpus --set blind6 --part a --parts 3  # sixth (2032)
    python bench/labels/draw_blind2.py --dir /work/corpus --set dev7 --part a  # the fifth round's dev set (2033)
    python bench/labels/draw_blind2.py --dir /work/corpus --set blind7 --part a --parts 6  # seventh (2034)

The procedure is the one bench/labels/README.md gives for ``readout_archive_blind.json``: every
member (names with a newline skipped, posts of the given label files left out) goes to at most
one pool, read from the raw post only (``stratum()`` of bench/readout_score.py and the title's
cue words), so the draw does not move when a parser or the readout changes:

- ``contact``: stratum S1 or S2, the title matches ``STRONG`` and not ``FUTURE``;
- ``planned``: stratum S1 or S2, the title matches ``STRONG`` and ``FUTURE``;
- ``none``: stratum S0;
- ``lead`` (from the fifth set on): stratum S1, the title does not match ``STRONG``;
- ``weak`` (from the fifth set on): stratum S2, the title does not match ``STRONG``.

One generator draws the steps in order; each step is split across outlets in proportion to what
is left of its pool (largest remainders, ties by outlet name), and each outlet's share is
``rng.sample(sorted(paths), k)``, outlets in sorted order.  Nothing of a post's text is kept:
only the paths are printed, in draw order.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tarfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "bench"))

# The strata are the census's own, read by the same function (mypy: MYPYPATH=bench).
from readout_score import ARCHIVE, stratum  # noqa: E402

MAIN = HERE / "readout_archive.json"
BLIND = HERE / "readout_archive_blind.json"
BLIND2 = HERE / "readout_archive_blind2.json"
DEV3 = HERE / "readout_archive_dev3.json"

STRONG = re.compile(
    "通话|通話|电话|電話|会见|會見|晤|会谈|會談|会面|會面|致电|致電|贺电|賀電|唁电|唁電|贺信|賀信|慰问|慰問"
    "|视频会|視訊會|视讯|視頻會|接见|接見|拜会|拜會|峰会|峰會|访华|訪華|到访|到訪|出访|出訪|来访|來訪|复信|覆信|回信"
    r"|talks with|\bmeets?\b|\bmet\b|phone call|\bcalls?\b|spoke with|speaks with|summit|\bvisits?\b",
    re.IGNORECASE)
FUTURE = re.compile(
    "将|將|拟|擬|计划|計劃|预计|預計|即将|下周|下週|明天|明日|本周|本週|周[一二三四五六日]将|可望|料将"
    r"|\bwill\b|\bto (?:meet|visit|hold|call)\b|\bplans?\b",
    re.IGNORECASE)

_FRONT_TITLE = re.compile(r"^title:[ \t]*(.*)$", re.MULTILINE)
_CATEGORIES = re.compile(r"^categories:[ \t]*\[?[ \t]*([^\]\n]*?)[ \t]*\]?[ \t]*$", re.MULTILINE)
# The categories entry as the label files write the outlet.
OUTLET_NAMES = {"(臺)中央社CNA": "中央社", "RTI 中央廣播電臺": "RTI", "CCTV新闻联播": "CCTV"}

# (pool, how many) in draw order; a later step of a pool leaves out what the earlier ones drew.
SECOND = (("contact", 80), ("planned", 30), ("none", 30), ("contact", 30))
FIRST = (("contact", 70), ("planned", 20), ("none", 30), ("contact", 50))
DEV3_STEPS = (("contact", 120), ("planned", 40), ("none", 40))
# After dev3 only 33 posts are left in the planned pool.
BLIND3_STEPS = (("contact", 130), ("planned", 30), ("none", 40))
# After blind3 only 3 posts are left in the planned pool.
BLIND4_STEPS = (("contact", 100), ("planned", 3), ("none", 37))
BLIND3 = HERE / "readout_archive_blind3.json"
BLIND4 = HERE / "readout_archive_blind4.json"
# After blind4 the planned pool is empty and the contact pool holds 59 posts: the fifth set draws
# mostly from titles with a weaker cue and from leads with a cue under a cue-free title.
BLIND5_STEPS = (("weak", 60), ("contact", 40), ("lead", 40))
BLIND5 = HERE / "readout_archive_blind5.json"
# The sixth set takes the 19 contact-pool posts left, then the same two pools as the fifth.
BLIND6_STEPS = (("contact", 19), ("weak", 81), ("lead", 40))
BLIND6 = HERE / "readout_archive_blind6.json"
# A dev set from the fifth round's two pools, to tune on what the held-out sets 5 and 6 look like.
DEV7_STEPS = (("weak", 100), ("lead", 40))
DEV7 = HERE / "readout_archive_dev7.json"
# The sixth round's held-out set, twice the size of the last ones: the weak pool, where most
# contacts of the later sets were, then the lead pool.
BLIND7_STEPS = (("weak", 160), ("lead", 120))
BLIND7 = HERE / "readout_archive_blind7.json"

# Each set: (seed, the label files it leaves out, its steps).
SETS: dict[str, tuple[int, tuple[Path, ...], tuple[tuple[str, int], ...]]] = {
    "first": (2026, (MAIN,), FIRST),
    "blind2": (2027, (MAIN, BLIND), SECOND),
    "dev3": (2028, (MAIN, BLIND, BLIND2), DEV3_STEPS),
    "blind3": (2029, (MAIN, BLIND, BLIND2, DEV3), BLIND3_STEPS),
    "blind4": (2030, (MAIN, BLIND, BLIND2, DEV3, BLIND3), BLIND4_STEPS),
    "blind5": (2031, (MAIN, BLIND, BLIND2, DEV3, BLIND3, BLIND4), BLIND5_STEPS),
    "blind6": (2032, (MAIN, BLIND, BLIND2, DEV3, BLIND3, BLIND4, BLIND5), BLIND6_STEPS),
    "dev7": (2033, (MAIN, BLIND, BLIND2, DEV3, BLIND3, BLIND4, BLIND5, BLIND6), DEV7_STEPS),
    "blind7": (2034, (MAIN, BLIND, BLIND2, DEV3, BLIND3, BLIND4, BLIND5, BLIND6, DEV7), BLIND7_STEPS),
}
# A set drawn in parts, one per reader: with n parts, part a holds positions 0, n, 2n ..., b 1, n+1 ...
PARTS = {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4, "f": 5}

Pools = dict[str, dict[str, list[str]]]  # pool -> outlet -> paths


def front(data: bytes) -> tuple[str, str]:
    """The front matter's title and outlet (its ``categories`` entry, named as the labels do)."""
    text = data.decode("utf-8", "replace")
    head = text.partition("\n---")[0] if text.startswith("---") else ""
    title = _FRONT_TITLE.search(head)
    category = _CATEGORIES.search(head)
    outlet = category.group(1).strip() if category else ""
    return (title.group(1) if title else ""), OUTLET_NAMES.get(outlet, outlet)


def pool_of(data: bytes) -> tuple[str, str]:
    """The post's pool and its outlet."""
    title, outlet = front(data)
    level = stratum(data)
    if level == "S0":
        return "none", outlet
    if not STRONG.search(title):
        return ("lead" if level == "S1" else "weak"), outlet
    return ("planned" if FUTURE.search(title) else "contact"), outlet


def documents(directory: Path | None) -> Iterator[tuple[str, bytes]]:
    """(member name, bytes) of every post of the unpacked archive, else of the tarball."""
    if directory is not None:
        for path in sorted(directory.rglob("*.md")):
            name = str(path.relative_to(directory))
            if "\n" not in name and path.is_file():
                yield name, path.read_bytes()
        return
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".md") and "\n" not in member.name:
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read()


def pools(posts: Iterable[tuple[str, bytes]]) -> Pools:
    """Every post in its pool, by outlet (before any label file is left out)."""
    found: Pools = {"contact": {}, "planned": {}, "none": {}, "lead": {}, "weak": {}}
    for name, data in posts:
        pool, outlet = pool_of(data)
        found[pool].setdefault(outlet, []).append(name)
    return found


def shares(sizes: dict[str, int], k: int) -> dict[str, int]:
    """k split in proportion to sizes: largest remainders, ties by outlet name."""
    total = sum(sizes.values())
    exact = {outlet: k * n / total for outlet, n in sizes.items()}
    given = {outlet: int(x) for outlet, x in exact.items()}
    by_remainder = sorted(exact, key=lambda outlet: (-(exact[outlet] - given[outlet]), outlet))
    for outlet in by_remainder[:k - sum(given.values())]:
        given[outlet] += 1
    return given


def draw(found: Pools, seed: int, leave_out: set[str], steps: Sequence[tuple[str, int]]) -> list[str]:
    """The drawn paths in draw order: one generator over the steps."""
    rng = random.Random(seed)
    taken: set[str] = set()
    drawn: list[str] = []
    for pool, k in steps:
        left = {outlet: [p for p in paths if p not in leave_out and p not in taken]
                for outlet, paths in found[pool].items()}
        left = {outlet: paths for outlet, paths in left.items() if paths}
        for outlet, n in sorted(shares({o: len(p) for o, p in left.items()}, k).items()):
            picked = rng.sample(sorted(left[outlet]), n)
            taken.update(picked)
            drawn.extend(picked)
    return drawn


def part(paths: Sequence[str], which: str, parts: int = 2) -> list[str]:
    """One reader's share of a draw: every ``parts``-th path, from position a=0, b=1, ..."""
    if PARTS[which] >= parts:
        raise ValueError(f"part {which} of {parts} parts")
    return list(paths[PARTS[which]::parts])


def labelled(files: Iterable[Path]) -> set[str]:
    """The paths of the given label files, which a new draw leaves out."""
    return {label["path"] for f in files for label in json.loads(f.read_text(encoding="utf-8"))["labels"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="the archive unpacked (else ../shared/corpora is streamed)")
    parser.add_argument("--first", action="store_true",
                        help="the first blind set's draw (seed 2026, main labels left out) instead")
    parser.add_argument("--set", choices=sorted(SETS), default="blind2",
                        help="which set's draw: its seed, the label files it leaves out, its steps")
    parser.add_argument("--part", choices=sorted(PARTS),
                        help="only one reader's share of the draw: every n-th path from a=0, b=1, ...")
    parser.add_argument("--parts", type=int, default=2, help="how many readers share the draw (n)")
    args = parser.parse_args(argv)
    if args.dir is None and not ARCHIVE.is_file():
        print(f"no archive: {ARCHIVE} is absent and no --dir was given")
        return 0
    found = pools(documents(args.dir))
    seed, left_out, steps = SETS["first" if args.first else args.set]
    paths = draw(found, seed, labelled(left_out), steps)
    if args.part is not None:
        paths = part(paths, args.part, args.parts)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
