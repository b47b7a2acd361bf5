"""What a larger gazetteer buys on the archive: participants known by id, old people vs new.

Reads the archive's contact posts (those whose title or lead carries a contact cue, as in
``bench/counterparts.py``), extracts each readout twice with the same engine, once with the
people of ``people.json`` at a git revision (``--old``, default ``e1ebe08``: the 148 people
converted to format 2) and once with the built-in people, and prints readouts, participants,
participants with a gazetteer id, and readouts whose participants all have one.  With
``--unknown N`` it also prints the N most frequent participants still without an id.

Run: ``python bench/lexicon_gain.py --dir /work/corpus`` (or without ``--dir`` to stream
``../shared/corpora/waimei-posts.tar.xz``).  It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import counterparts  # noqa: E402

import readoutparse  # noqa: E402
from readoutparse.readout import Gazetteer, extract_readout  # noqa: E402


def people_at(revision: str) -> Gazetteer:
    text = subprocess.run(["git", "show", f"{revision}:readoutparse/readout/data/people.json"], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    return Gazetteer.from_dict(json.loads(text), name=f"people.json at {revision}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, help="an unpacked archive (faster than the tarball)")
    ap.add_argument("--old", default="e1ebe08", help="git revision of the people to compare with")
    ap.add_argument("--unknown", type=int, default=0, help="print this many participants without an id")
    args = ap.parse_args()
    gazetteers = {"old": people_at(args.old), "new": Gazetteer.builtin()}
    figures: Counter[str] = Counter()
    unknown: Counter[tuple[str, str | None]] = Counter()
    for path, text in counterparts.posts(args.dir):
        lead = counterparts.TO_SIMPLIFIED.convert(counterparts.title_and_lead(text))
        if not any(cue in lead for cue in counterparts.CUES_S):
            continue
        try:
            article = readoutparse.parse(text.encode("utf-8"), name=path)
        except readoutparse.ReadoutParseError:
            figures["unparsed"] += 1
            continue
        for tag, gazetteer in gazetteers.items():
            readout = extract_readout(article, gazetteer=gazetteer)
            if readout is None:
                continue
            known = [p.id is not None for p in readout.participants]
            figures[f"{tag} readouts"] += 1
            figures[f"{tag} participants"] += len(known)
            figures[f"{tag} with id"] += sum(known)
            figures[f"{tag} all known"] += all(known)
            if tag == "new":
                unknown.update((p.name, p.country) for p in readout.participants if p.id is None)
    for tag in gazetteers:
        people = len(gazetteers[tag])
        share = figures[f"{tag} with id"] / max(1, figures[f"{tag} participants"])
        print(f"{tag} ({people} people): {figures[tag + ' readouts']} readouts, {figures[tag + ' participants']} "
              f"participants, {figures[tag + ' with id']} with an id ({share:.1%}), "
              f"{figures[tag + ' all known']} readouts with every participant known")
    if figures["unparsed"]:
        print(f"({figures['unparsed']} posts did not parse)")
    for (name, country), n in unknown.most_common(args.unknown):
        print(f"{n:4d}  {name}  {country}")


if __name__ == "__main__":
    main()
