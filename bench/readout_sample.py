"""Read readouts on a random sample of real archive posts, for checking by eye.

``--contacts``: posts whose file name names a contact (通电话, 会见, 会晤, 致电, 贺电, ...);
otherwise posts whose name names none, of which only those given a readout are printed
(the share of such posts with a readout is the false-contact rate to watch).  Nothing of
the archive is stored: the text is read from ``--dir`` (an unpacked archive) or from
``../shared/corpora/waimei-posts.tar.xz``, and only printed.

    python bench/readout_sample.py --dir /work/corpus --contacts -n 40 --seed 7
    python bench/readout_sample.py --dir /work/corpus -n 3000
"""

from __future__ import annotations

import argparse
import glob
import os
import random
import re
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402

TARBALL = ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz"
CUE = re.compile(r"通电话|通電話|会见|會見|会晤|會晤|致电|致電|贺电|賀電|通话|通話|视频会|視訊會|会谈|會談|晤|电话|電話|峰会|峰會")


def posts(directory: str | None, seed: int) -> Iterator[tuple[str, bytes]]:
    if directory:
        files = sorted(glob.glob(os.path.join(directory, "_posts", "*.md"))
                       + glob.glob(os.path.join(directory, "archived", "*", "*.md")))
        random.Random(seed).shuffle(files)
        for f in files:
            yield os.path.relpath(f, directory), Path(f).read_bytes()
    elif TARBALL.exists():
        # A tarball streams in order; a random sample of it is one post in ten, skipped to.
        rng = random.Random(seed)
        with tarfile.open(TARBALL, "r:xz") as tar:
            for m in tar:
                if m.isfile() and m.name.endswith(".md") and rng.random() < 0.1:
                    yield m.name, tar.extractfile(m).read()  # type: ignore[union-attr]
    else:
        sys.exit(f"no archive: {TARBALL} is absent and no --dir was given")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir")
    parser.add_argument("--contacts", action="store_true")
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    seen = with_readout = 0
    for name, data in posts(args.dir, args.seed):
        if bool(CUE.search(os.path.basename(name))) != args.contacts:
            continue
        try:
            article = readoutparse.parse(data, name=name)
        except Exception:  # noqa: BLE001 - a post that does not parse is not this script's business
            continue
        seen += 1
        r = article.readout
        with_readout += r is not None
        if r is not None or args.contacts:
            print(f"## {name}")
            print("   LEAD:", " / ".join(p[:110] for p in article.paragraphs[:2]))
            if r is None:
                print("   NONE")
            else:
                people = "; ".join(f"{p.id or '-'}:{p.name}:{p.country or p.organisation}:{p.office}"
                                   for p in r.participants)
                print(f"   {r.kind} {r.status} {r.event_date} initiator={r.initiator} host={r.host}"
                      f"{' multilateral' if r.multilateral else ''} | {people}")
                print("   EVIDENCE:", (r.evidence or "")[:160])
        if seen >= args.n:
            break
    print(f"{seen} posts, {with_readout} with a readout ({with_readout / max(seen, 1):.2%})")


if __name__ == "__main__":
    main()
