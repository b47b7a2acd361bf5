"""Readout equivalence: the readouts of a fixed document set, saved once and compared later.

A speed change to the readout must not change one readout.  This dumps, per document, the
readout of the record and of each translation (and the record's warnings, where the halves'
reconciliation speaks) as JSON, for:

* every fixture document;
* every archive post of the label files (``bench/labels/readout_archive*.json`` and the census
  sample), and every ``--every``-th post of the archive (about 2,000 of its 64,542 by default);
* the cached real pages of ``bench/labels/readout_pages.json`` when their uncommitted caches
  exist (``bench/.pages``, ``bench/.pages-ar``);
* ``--derived`` documents of the derived corpus (``bench/corpus.py``), which nearly all report
  a contact;
* and each of those read with the tenfold lexicon of ``bench/readout_speed.py`` too
  (``--tenfold``), so the lexicon's size changes nothing either.

    python bench/readout_equiv.py --dir /work/corpus --save /tmp/readouts.json   # before
    python bench/readout_equiv.py --dir /work/corpus --check /tmp/readouts.json  # after

``--check`` prints each document whose readouts differ and exits 1 when any does.  Nothing of
the documents' text is written but the readouts themselves (evidence sentences): keep the
baseline out of the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import readoutparse  # noqa: E402
import readoutparse.readout  # noqa: E402
from readoutparse.model import Article  # noqa: E402

import readout_score  # noqa: E402

LABEL_FILES = ("readout_archive.json", "readout_archive_blind.json", "readout_census_sample.json")


def label_paths() -> set[str]:
    paths: set[str] = set()
    for name in LABEL_FILES:
        data = json.loads((ROOT / "bench" / "labels" / name).read_text(encoding="utf-8"))
        for label in data.get("labels", ()):
            paths.add(label["path"])
        listed = data.get("paths", {})
        for group in (listed.values() if isinstance(listed, dict) else [listed]):
            paths.update(group)
    return paths


def documents(directory: Path | None, every: int, derived: int) -> Iterator[tuple[str, bytes]]:
    for path in sorted((ROOT / "fixtures").glob("*/*")):
        if path.suffix in (".txt", ".md", ".html", ".htm"):
            yield str(path.relative_to(ROOT)), path.read_bytes()
    wanted = label_paths()
    if directory is not None:
        everything = readout_score._walk(directory)
        wanted |= set(everything[::every])
        yield from readout_score.archive_documents(wanted, directory)
    elif readout_score.ARCHIVE.exists():
        # Streaming the tarball: the labelled posts and every n-th member.
        count = 0
        for name, data in readout_score.archive_documents(None, None):
            count += 1
            if name in wanted or count % every == 0:
                yield name, data
    else:
        print("no archive: fixtures and pages only", file=sys.stderr)
    yield from readout_score.page_documents()
    if derived:
        import corpus

        for i, (_, data) in enumerate(corpus.build(derived, {}).documents):
            yield f"derived/{i}", data


def readouts(article: Article) -> dict[str, Any]:
    record = article.to_dict()
    return {"readout": record.get("readout"), "warnings": record.get("warnings"),
            "translations": [t.get("readout") for t in record.get("translations", ())]}


def dump(directory: Path | None, every: int, derived: int, tenfold: bool) -> dict[str, Any]:
    gazetteers: list[tuple[str, Any]] = [("", None)]
    if tenfold:
        import readout_speed

        gazetteers.append(("tenfold:", readout_speed.tenfold_gazetteer()))
    out: dict[str, Any] = {}
    for name, data in documents(directory, every, derived):
        try:
            article = readoutparse.parse(data, name=name, readout=False)
        except Exception as error:  # noqa: BLE001 - a refused document is recorded as such
            out[name] = {"error": type(error).__name__}
            continue
        for prefix, gazetteer in gazetteers:
            enriched = readoutparse.readout.enrich(article, gazetteer=gazetteer)
            out[prefix + name] = readouts(enriched)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="an unpacked archive (with _posts/ and archived/)")
    parser.add_argument("--every", type=int, default=32, help="every n-th archive post besides the labelled ones")
    parser.add_argument("--derived", type=int, default=1000, help="documents of the derived corpus")
    parser.add_argument("--tenfold", action="store_true", help="also read each with the tenfold lexicon")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    found = dump(args.dir, args.every, args.derived, args.tenfold)
    with_readout = sum(1 for v in found.values() if v.get("readout"))
    if args.save:
        args.save.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(found)} documents ({with_readout} with a readout) saved to {args.save}")
        return 0
    saved = json.loads(args.check.read_text(encoding="utf-8"))
    found = json.loads(json.dumps(found, ensure_ascii=False, sort_keys=True))
    differ = sorted(k for k in saved.keys() | found.keys() if saved.get(k) != found.get(k))
    for key in differ[:30]:
        print(f"DIFFERS {key}\n  was {json.dumps(saved.get(key), ensure_ascii=False)[:400]}\n"
              f"  now {json.dumps(found.get(key), ensure_ascii=False)[:400]}")
    print(f"{len(found)} documents ({with_readout} with a readout): {len(differ)} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
