"""Body text of real archive posts, ours against trafilatura's, scored against hand labels.

usage: python bench/body_f1.py [--dir /work/corpus | ARCHIVE.tar.xz] [--labels PATH]
       python bench/body_f1.py --show _posts/2021-01-17-x.md [--dir /work/corpus]

``bench/body_labels.json`` holds, per archive path, the sha1 and length of each paragraph a
reader judged to be the article's body (so no archive text is committed), with the title
and dateline agency.  The paragraphs are the post body's text blocks: every block html_body
finds in the HTML after the ``------`` line, whatever kind the parser later gives it (a
label names text, not a verdict).  ``--show`` prints those blocks with their hashes, which
is how the labels were written.

Character F1: the multiset of non-space characters of a candidate body against the
labelled body; precision, recall and F1 are averaged over posts.  trafilatura reads the
same HTML fragment (wrapped in ``<html><body>``), with its defaults plus
``include_comments=False``.

``--labels`` names another label file of the same shape (default ``bench/body_labels.json``).
A top-level ``_meta`` entry is not a post: it describes the file, and its ``normalise`` list
names furniture pieces that are cut from the start or end of every line of the labelled text,
of ours and of trafilatura's alike before scoring (``wire_dateline``, ``trailing_credit``,
``more_link``), so a label set can stay neutral on whether a paragraph keeps them.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402
from families import FAMILIES, WIRE  # noqa: E402
from readoutparse.parsers.html_body import looks_like_html, read_html, read_plain  # noqa: E402
from readoutparse.text import Document  # noqa: E402

LABELS = Path(__file__).resolve().parent / "body_labels.json"


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def fragment_of(doc: Document) -> str:
    """The HTML after the front matter's closing fence and the ``------`` underline."""
    lines = doc.lines
    fences = [i for i, line in enumerate(lines[:400]) if line == "---"]
    start = fences[1] + 1 if len(fences) > 1 else 0
    for index in range(start, min(start + 6, len(lines))):
        if len(lines[index]) >= 3 and set(lines[index]) == {"-"}:
            return "\n".join(lines[index + 1:])
    return "\n".join(lines[start:])


def blocks_of(fragment: str) -> list[str]:
    if looks_like_html(fragment):
        return [b.text for b in read_html(fragment)[0]]
    return [b.text for b in read_plain(fragment.split("\n"))]


def chars(text: str) -> collections.Counter[str]:
    return collections.Counter(ch for ch in text if not ch.isspace())


def f1(candidate: str, expected: str) -> tuple[float, float, float]:
    got, want = chars(candidate), chars(expected)
    common = sum((got & want).values())
    if not got or not want:
        return (1.0, 1.0, 1.0) if got == want else (0.0, 0.0, 0.0)
    p, r = common / sum(got.values()), common / sum(want.values())
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


#: per line, the pieces a label file's ``_meta.normalise`` may ask to cut before scoring; each
#: name is a list of shapes cut in turn, so a wire dateline and the byline after it both go
CUTS: dict[str, list[re.Pattern[str]]] = {
    "wire_dateline": [
        WIRE,
        # DW's own dateline, and a reporter byline in brackets right after a dateline
        re.compile(r"^\s*[（(](?:德国之声中文网|德國之聲中文網|[^（）()]{0,30}(?:记者|記者)[^（）()]{0,30}"
                   r"(?:报导|报道|報導))[）)]\s*"),
    ],
    "trailing_credit": [
        FAMILIES["cna credit"],
        re.compile(r"[（(](?:译者|编译|编辑|責編|责编)[：:][^）()]{1,30}[）)]\s*$"),
    ],
    "more_link": [FAMILIES["rti more"]],
}


def normalised(text: str, cuts: list[str]) -> str:
    lines = text.split("\n")
    for name in cuts:
        for shape in CUTS[name]:
            lines = [shape.sub("", line, count=1) for line in lines]
    return "\n".join(lines)


def trafilatura_text(fragment: str) -> str:
    import trafilatura

    html = f"<html><body>{fragment}</body></html>"
    return trafilatura.extract(html, include_comments=False) or ""


def read_posts(source: Path, wanted: set[str]) -> dict[str, bytes]:
    if source.is_dir():
        return {name: (source / name).read_bytes() for name in wanted if (source / name).exists()}
    found: dict[str, bytes] = {}
    with tarfile.open(source, "r:xz") as tar:
        for member in tar:
            if member.name in wanted:
                handle = tar.extractfile(member)
                if handle is not None:
                    found[member.name] = handle.read()
    return found


def show(source: Path, name: str) -> None:
    data = read_posts(source, {name})[name]
    doc = Document(data.decode("utf-8", "replace"))
    record = readoutparse.parse(data, name=name, readout=False)
    ours = set(record.paragraphs)
    print(f"# {name}  source={record.source} dateline={record.dateline}")
    for index, text in enumerate(blocks_of(fragment_of(doc))):
        mark = "P" if text in ours or any(p and p in text for p in ours) else "-"
        print(f"{index:3} {mark} {digest(text)} {len(text):5} {text[:90]!r}")


def print_diff(name: str, row: tuple[float, ...], expected: str, ours: str,
               theirs: str) -> None:
    """The lines of ours and trafilatura's not in the label (+), and the label's not in
    them (-), each cut to 100 characters; a line is compared without its white space."""
    def keyed(text: str) -> dict[str, str]:
        return {"".join(line.split()): line for line in text.split("\n") if line.strip()}

    want = keyed(expected)
    print(f"## {name}  ours F1 {row[2]:.3f}  trafilatura F1 {row[5]:.3f}")
    for who, text in (("ours", ours), ("traf", theirs)):
        got = keyed(text)
        for key, line in got.items():
            if key not in want and not any(key in w for w in want):
                print(f"  {who} + {line[:100]!r}")
        for key, line in want.items():
            if key not in got and not any(key in g for g in got):
                print(f"  {who} - {line[:100]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", nargs="?", type=Path,
                        default=ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz")
    parser.add_argument("--dir", type=Path)
    parser.add_argument("--show")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--raw", action="store_true",
                        help="score without the label file's _meta.normalise cuts")
    parser.add_argument("--diff", action="store_true",
                        help="also print, per post where either tool misses, the lines each "
                             "has that the label lacks and the label lines it lacks")
    args = parser.parse_args()
    source = args.dir or args.archive
    if not source.exists():
        print(f"body_f1: {source} not found")
        return 0
    if args.show:
        show(source, args.show)
        return 0
    labels = json.loads(args.labels.read_text("utf-8"))
    cuts = list(labels.pop("_meta", {}).get("normalise", []))
    if args.raw:
        cuts = []
    posts = read_posts(source, set(labels))
    rows: dict[str, list[tuple[float, ...]]] = collections.defaultdict(list)
    unresolved = 0
    for name, label in sorted(labels.items()):
        if name not in posts:
            unresolved += 1
            continue
        data = posts[name]
        doc = Document(data.decode("utf-8", "replace"))
        fragment = fragment_of(doc)
        by_hash = {digest(t): t for t in blocks_of(fragment)}
        wanted = [by_hash.get(h) for h, _ in label["body"]]
        if any(t is None for t in wanted):
            unresolved += 1
            continue
        expected = "\n".join(t for t in wanted if t)
        record = readoutparse.parse(data, name=name, readout=False)
        ours = "\n".join(record.paragraphs)
        theirs = trafilatura_text(fragment)
        outlet = label.get("outlet", "?")
        if cuts:
            expected, ours, theirs = (normalised(t, cuts) for t in (expected, ours, theirs))
        row = (*f1(ours, expected), *f1(theirs, expected))
        rows[outlet].append(row)
        if args.diff and min(row[2], row[5]) < 1.0:
            print_diff(name, row, expected, ours, theirs)
    print(f"body text vs {sum(map(len, rows.values()))} labelled posts "
          f"({unresolved} unresolved): character P / R / F1, averaged per post")
    print(f"{'outlet':<16}{'n':>3}   {'ours P':>7}{'R':>6}{'F1':>6}   {'trafilatura P':>14}{'R':>6}"
          f"{'F1':>6}")
    every = [row for group in rows.values() for row in group]
    for outlet, group in sorted(rows.items(), key=lambda kv: -len(kv[1])) + [("ALL", every)]:
        mean = [sum(col) / len(group) for col in zip(*group)]
        print(f"{outlet[:14]:<16}{len(group):>3}   {mean[0]:7.3f}{mean[1]:6.3f}{mean[2]:6.3f}   "
              f"{mean[3]:14.3f}{mean[4]:6.3f}{mean[5]:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
