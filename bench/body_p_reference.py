"""Body text on the archive's posts with ``<p>`` bodies, ours against trafilatura's, scored
against a reference neither tool wrote: the text of the post's own ``<p>`` elements.

usage: python bench/body_p_reference.py [--dir /work/corpus | ARCHIVE.tar.xz] [--every 22]
                                        [--jobs 2] [--worst 10]

The sample is every ``--every``-th post (archive order, as bench/census.py reads it) whose
HTML body holds at least three ``<p>`` elements with text.  The reference is the text of
those ``<p>`` elements (outermost only, none inside an embedded tweet), leaving out every
one that bench/families.py names as furniture (time stamps, feed footers, credits,
captions ... written from the pages, independently of the parser's rules) and every one
that only repeats the headline.  What this reference cannot know, it keeps: a subheading,
caption, profile card or related headline printed as a bare ``<p>`` counts as body here,
so a tool that sets those apart loses a little recall on it; text outside any ``<p>``
(list items, loose text in a ``<div>``) is never in it, so a tool that reads it loses a
little precision.
Scores are character P / R / F1 after bench/body_f1.py's ``normalise`` cuts (a wire
dateline, a trailing editor credit and RTI's ``......more`` are cut from every line of all
three texts), averaged per post, beside the raw figures.  ``--worst`` prints the posts where
ours trails trafilatura most.
"""

from __future__ import annotations

import argparse
import collections
import multiprocessing
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import readoutparse  # noqa: E402
from body_f1 import f1, fragment_of, normalised, trafilatura_text  # noqa: E402
from census import members, outlet  # noqa: E402
from families import FAMILIES  # noqa: E402
from readoutparse.text import Document, normalise  # noqa: E402

CUTS = ["wire_dateline", "trailing_credit", "more_link"]
_SKIP = {"script", "style", "noscript", "template"}


def reference(fragment: str, title: str) -> list[str] | None:
    """The outermost ``<p>`` texts of ``fragment`` that are not furniture, or None when
    the body is not made of ``<p>`` (fewer than three with text)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(fragment)
    except (ValueError, lxml.etree.LxmlError):
        return None
    texts: list[str] = []
    found = 0
    headline = "".join(title.split())
    for p in root.iter("p"):
        if any(a.tag == "p" or "twitter-tweet" in (a.get("class") or "")
               for a in p.iterancestors()):
            continue  # a <p> inside another, or in an embedded tweet
        for bad in [e for e in p.iter() if e.tag in _SKIP]:
            bad.drop_tree()
        text = normalise(" ".join(" ".join(p.itertext()).split())).strip()
        if not text:
            continue
        found += 1
        if "".join(text.split()) == headline:
            continue
        if any(pattern.search(text) for pattern in FAMILIES.values()):
            continue
        texts.append(text)
    return texts if found >= 3 else None


def score(item: tuple[str, bytes]) -> tuple[str, str, tuple[float, ...], tuple[float, ...]] | None:
    name, data = item
    doc = Document(data.decode("utf-8", "replace"))
    try:
        record = readoutparse.parse(data, name=name, readout=False)
    except readoutparse.ReadoutParseError:
        return None
    fragment = fragment_of(doc)
    if "<p" not in fragment:
        return None
    wanted = reference(fragment, record.title)
    if not wanted:
        return None
    expected, ours = "\n".join(wanted), "\n".join(record.paragraphs)
    theirs = trafilatura_text(fragment)
    raw = (*f1(ours, expected), *f1(theirs, expected))
    cut = [normalised(t, CUTS) for t in (expected, ours, theirs)]
    return name, outlet(data), raw, (*f1(cut[1], cut[0]), *f1(cut[2], cut[0]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz")
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--every", type=int, default=22)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--worst", type=int, default=0)
    args = parser.parse_args()
    source = args.dir or args.archive
    if not source.exists():
        print(f"body_p_reference: {source} not found")
        return 0
    items = members(source, args.every)
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            results = [r for r in pool.imap(score, items, chunksize=16) if r]
    else:
        results = [r for r in map(score, items) if r]
    rows: dict[str, list[tuple[float, ...]]] = collections.defaultdict(list)
    for _, where, raw, cut in results:
        rows[where].append((*cut, raw[2], raw[5]))
    every = [row for group in rows.values() for row in group]
    print(f"body text vs the <p> reference, {len(every)} posts (every {args.every}th post "
          "with a <p> body): character P / R / F1 after normalise, averaged per post; raw F1")
    print(f"{'outlet':<16}{'n':>5}   {'ours P':>7}{'R':>6}{'F1':>6}   {'trafilatura P':>14}"
          f"{'R':>6}{'F1':>6}   {'raw ours':>9}{'traf':>6}")
    for where, group in sorted(rows.items(), key=lambda kv: -len(kv[1])) + [("ALL", every)]:
        mean = [sum(col) / len(group) for col in zip(*group)]
        print(f"{where[:14]:<16}{len(group):>5}   {mean[0]:7.3f}{mean[1]:6.3f}{mean[2]:6.3f}   "
              f"{mean[3]:14.3f}{mean[4]:6.3f}{mean[5]:6.3f}   {mean[6]:9.3f}{mean[7]:6.3f}")
    for name, where, _, cut in sorted(results, key=lambda r: r[3][2] - r[3][5])[:args.worst]:
        print(f"  {cut[2] - cut[5]:+.3f} {where} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
