"""Readout phase speed: the old implementation (git ddf5592) and the new one, side by side.

Documents: the fixtures of every format, plus archive posts (``--dir /work/corpus``, or the
tarball ``../shared/corpora/waimei-posts.tar.xz`` when present).  Each is parsed once
without its readout; then only the readout phase is timed, per document, for:

* the built-in lexicon, old and new;
* a lexicon ten times larger: the built-in people plus nine synthetic people per real one
  (names in every script), and for the new engine also ten times the country and office
  forms.  The old engine gets the same synthetic people and country words.

The four settings are timed in turns on each document (their order rotating), in CPU time
(``time.process_time``), for ``--rounds`` rounds; each document's figure is its best round.
So load on a shared machine falls on all four alike, and the ratios new/old, taken within
one run, are the figures to compare.  Documents are also split by whether the new engine
finds a readout in them (pages that report a contact cost more).

The old code is taken from git (``git archive ddf5592 readoutparse``) into a temporary
package ``readoutparse_old``, so nothing of it is kept in the tree.

    python bench/readout_speed.py [--dir /work/corpus] [--posts 400] [--rounds 5]
"""

from __future__ import annotations

import argparse
import glob
import importlib
import io
import os
import random
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402
from readoutparse.model import Article  # noqa: E402

OLD_COMMIT = "ddf5592"
TARBALL = ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz"


def old_package() -> Any:
    """The readout package as it was at OLD_COMMIT, importable as readoutparse_old."""
    where = Path(tempfile.mkdtemp(prefix="readout_old_"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", OLD_COMMIT, "readoutparse"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    os.rename(where / "readoutparse", where / "readoutparse_old")
    sys.path.insert(0, str(where))
    return importlib.import_module("readoutparse_old.readout")


def documents(directory: str | None, posts: int) -> list[Article]:
    texts: list[tuple[str, bytes]] = []
    for path in sorted(glob.glob(str(ROOT / "fixtures" / "*" / "*"))):
        if path.endswith((".txt", ".md", ".html", ".htm")):
            texts.append((path, Path(path).read_bytes()))
    if directory:
        files = sorted(glob.glob(os.path.join(directory, "_posts", "*.md")))
        random.Random(5).shuffle(files)
        texts += [(f, Path(f).read_bytes()) for f in files[:posts]]
    elif TARBALL.exists():
        with tarfile.open(TARBALL, "r:xz") as tar:
            for member in tar:
                if member.isfile() and member.name.endswith(".md"):
                    texts.append((member.name, tar.extractfile(member).read()))  # type: ignore[union-attr]
                    if len(texts) >= posts:
                        break
    else:
        print(f"no archive ({TARBALL} absent, no --dir): fixtures only", file=sys.stderr)
    out = []
    for name, data in texts:
        try:
            out.append(readoutparse.parse(data, name=name, readout=False))
        except Exception:  # noqa: BLE001 - a document that does not parse is no readout benchmark
            continue
    return out


_LATIN = ["ka", "lo", "mi", "ra", "ten", "su", "vo", "bar", "del", "no", "zi", "an", "gu", "tor"]
_CJK = "阿巴卡达埃法加哈伊贾卡拉马纳奥帕基萨塔乌瓦西亚扎尔斯特克尼里洛米诺"
_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _name(rng: random.Random, script: str) -> str:
    if script == "cjk":
        return "".join(rng.choice(_CJK) for _ in range(rng.randint(3, 5)))
    if script == "ar":
        return " ".join("".join(rng.choice(_ARABIC) for _ in range(rng.randint(3, 6))) for _ in range(2))
    return " ".join("".join(rng.choice(_LATIN) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(2))


def synthetic_people(count: int, legacy: bool) -> list[dict[str, Any]]:
    rng = random.Random(count)
    people = []
    for i in range(count):
        names = {"zh-Hans": [_name(rng, "cjk")], "zh-Hant": [_name(rng, "cjk")], "en": [_name(rng, "en")],
                 "ar": [_name(rng, "ar")], "vi": [_name(rng, "en")]}
        office = ({"office": "foreign minister", "from": "2015-01-01", "to": None} if legacy else
                  {"office": "foreign_minister", "title": "foreign minister", "from": "2015-01-01", "to": None})
        person = {"id": f"synthetic_{i}", "country": "ZZ" if False else "FR", "names": names, "offices": [office]}
        if not legacy:
            person["source"] = "synthetic"
        people.append(person)
    return people


def synthetic_words(count: int) -> dict[str, dict[str, list[str]]]:
    rng = random.Random(count + 1)
    return {f"X{i % 26:c}".replace("X", "Q")[:1] + chr(65 + i % 26): {} for i in range(0)} | {
        code: {"zh-Hans": [_name(rng, "cjk") for _ in range(count)], "en": [_name(rng, "en") for _ in range(count)],
               "ar": [_name(rng, "ar") for _ in range(count)], "vi": [_name(rng, "en") for _ in range(count)]}
        for code in ("QA", "QB", "QC")}


def tenfold_gazetteer() -> Any:
    """The new engine's built-in lexicon with nine synthetic people per real one and ten
    times the country and office forms."""
    from readoutparse.readout import Gazetteer
    from readoutparse.readout.countries import CountryLexicon
    from readoutparse.readout.offices import OfficeLexicon

    builtin = Gazetteer.builtin()
    n = len(builtin)
    words = synthetic_words(10 * 300)
    big = builtin.extend(Gazetteer.from_dict({"format": "readoutparse-gazetteer/2",
                                              "people": synthetic_people(9 * n, False)}))
    lex = big.country_lexicon.extend(CountryLexicon({c: {k: tuple(v) for k, v in w.items()} for c, w in words.items()}))
    offices = OfficeLexicon.builtin().extend(OfficeLexicon({"official": {
        lang: tuple(_name(random.Random(3), "cjk" if lang.startswith("zh") else "en") + str(i) for i in range(2000))
        for lang in ("zh-Hans", "zh-Hant", "en", "ar", "vi")}}))
    return Gazetteer(list(big), countries=lex, offices=offices, exclude=builtin.exclude, fallbacks=builtin.fallbacks)


def old_tenfold(old: Any) -> Any:
    builtin = old.Gazetteer.builtin()
    return builtin.extend({"format": "readoutparse-gazetteer/1", "people": synthetic_people(9 * len(builtin), True),
                           "countries": synthetic_words(10 * 300)})


def timed(settings: list[tuple[Any, Any]], articles: list[Article], rounds: int) -> list[list[float]]:
    """Per setting, each document's best CPU time over the rounds; settings in turns per document."""
    for extract, gazetteer in settings:  # build and cache the matchers before timing
        for article in articles[:20]:
            extract(article, gazetteer)
    clock = time.process_time
    best = [[float("inf")] * len(articles) for _ in settings]
    order = list(range(len(settings)))
    for _ in range(rounds):
        for d, article in enumerate(articles):
            order.append(order.pop(0))  # rotate: no setting always runs first or last
            for s in order:
                extract, gazetteer = settings[s]
                start = clock()
                extract(article, gazetteer)
                spent = clock() - start
                if spent < best[s][d]:
                    best[s][d] = spent
    return best


def figures(times: list[float]) -> tuple[float, float, float, float]:
    """(mean, median, p90, total) in µs, µs, µs and ms."""
    if not times:
        return (float("nan"),) * 4  # type: ignore[return-value]
    ordered = sorted(times)
    return (statistics.mean(times) * 1e6, statistics.median(times) * 1e6,
            ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))] * 1e6, sum(times) * 1e3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="an unpacked archive (with _posts/)")
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--new-only", action="store_true", help="time the new engine alone (no git checkout)")
    args = parser.parse_args()

    from readoutparse.readout import Gazetteer, extract_readout

    articles = documents(args.dir, args.posts)
    new_builtin = Gazetteer.builtin()
    new_big = tenfold_gazetteer()

    def new_extract(article: Article, gazetteer: Any) -> Any:
        return extract_readout(article, gazetteer=gazetteer)

    settings: list[tuple[str, str, Any, Any]] = [("built-in", "new", new_extract, new_builtin),
                                                 ("tenfold", "new", new_extract, new_big)]
    if not args.new_only:
        old = old_package()

        def old_extract(article: Article, gazetteer: Any) -> Any:
            return old.extract_readout(article, gazetteer=gazetteer)

        settings += [("built-in", "old", old_extract, old.Gazetteer.builtin()),
                     ("tenfold", "old", old_extract, old_tenfold(old))]
    with_contact = [new_extract(a, new_builtin) is not None for a in articles]
    found = [sum(extract(a, g) is not None for a in articles) for _, _, extract, g in settings]
    load = os.getloadavg()
    print(f"{len(articles)} documents ({sum(with_contact)} with a readout); built-in lexicon {len(new_builtin)} people, "
          f"tenfold {len(new_big)}; {args.rounds} rounds, best per document, CPU time; "
          f"load before {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    best = timed([(e, g) for _, _, e, g in settings], articles, args.rounds)
    load = os.getloadavg()
    print(f"load after {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
    groups = (("all", [True] * len(articles)), ("contact", with_contact), ("none", [not c for c in with_contact]))
    table: dict[tuple[str, str, str], tuple[float, float, float, float]] = {}
    print(f"{'lexicon':<9} {'engine':<6} {'documents':<9} {'mean µs':>8} {'median':>7} {'p90':>7} {'total ms':>9} "
          f"{'readouts':>8}")
    for (lexicon, engine, _, _), per_doc, count in zip(settings, best, found):
        for group, keep in groups:
            row = figures([t for t, k in zip(per_doc, keep) if k])
            table[lexicon, engine, group] = row
            print(f"{lexicon:<9} {engine:<6} {group:<9} {row[0]:>8.1f} {row[1]:>7.1f} {row[2]:>7.1f} {row[3]:>9.1f} "
                  f"{count if group == 'all' else '':>8}")
    pairs = [("new/old built-in", ("built-in", "new"), ("built-in", "old")),
             ("new/old tenfold", ("tenfold", "new"), ("tenfold", "old")),
             ("new tenfold/built-in", ("tenfold", "new"), ("built-in", "new")),
             ("old tenfold/built-in", ("tenfold", "old"), ("built-in", "old"))]
    print(f"{'ratio':<21} {'documents':<9} {'mean':>6} {'median':>7} {'p90':>6} {'total':>6}")
    for label, a, b in pairs:
        if (*b, "all") not in table:
            continue
        for group, _ in groups:
            x, y = table[(*a, group)], table[(*b, group)]
            print(f"{label:<21} {group:<9} " + " ".join(f"{p / q:>6.2f}" for p, q in zip(x, y)))


if __name__ == "__main__":
    main()
