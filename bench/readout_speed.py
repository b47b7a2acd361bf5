"""Readout phase speed: the old implementation (git ddf5592) and the new one, side by side.

Documents: the fixtures of every format, plus archive posts (``--dir /work/corpus``, or the
tarball ``../shared/corpora/waimei-posts.tar.xz`` when present).  Each is parsed once
without its readout; then only the readout phase is timed, per document, for:

* the built-in lexicon, old and new;
* a lexicon ten times larger: the built-in people plus nine synthetic people per real one
  (names in every script), and for the new engine also ten times the country and office
  forms.  The old engine gets the same synthetic people and country words.

The old code is taken from git (``git archive ddf5592 readoutparse``) into a temporary
package ``readoutparse_old``, so nothing of it is kept in the tree.

    python bench/readout_speed.py [--dir /work/corpus] [--posts 400] [--repeat 3]
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


def timed(extract: Any, articles: list[Article], gazetteer: Any, repeat: int) -> list[float]:
    for article in articles[:20]:  # build and cache the matchers before timing
        extract(article, gazetteer=gazetteer)
    per_doc = []
    for article in articles:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            extract(article, gazetteer=gazetteer)
            best = min(best, time.perf_counter() - start)
        per_doc.append(best)
    return per_doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="an unpacked archive (with _posts/)")
    parser.add_argument("--posts", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    old = old_package()
    from readoutparse.readout import Gazetteer, extract_readout
    from readoutparse.readout.countries import CountryLexicon
    from readoutparse.readout.offices import OfficeLexicon

    articles = documents(args.dir, args.posts)
    new_builtin = Gazetteer.builtin()
    old_builtin = old.Gazetteer.builtin()
    n = len(new_builtin)
    words = synthetic_words(10 * 300)
    new_big = Gazetteer.from_dict({"format": "readoutparse-gazetteer/2", "people": synthetic_people(9 * n, False)})
    new_big = new_builtin.extend(new_big)
    lex = new_big.country_lexicon.extend(CountryLexicon({c: {k: tuple(v) for k, v in w.items()} for c, w in words.items()}))
    offices = OfficeLexicon.builtin().extend(OfficeLexicon({"official": {
        lang: tuple(_name(random.Random(3), "cjk" if lang.startswith("zh") else "en") + str(i) for i in range(2000))
        for lang in ("zh-Hans", "zh-Hant", "en", "ar", "vi")}}))
    new_big = Gazetteer(list(new_big), countries=lex, offices=offices, exclude=new_builtin.exclude,
                        fallbacks=new_builtin.fallbacks)
    old_big = old_builtin.extend({"format": "readoutparse-gazetteer/1", "people": synthetic_people(9 * n, True),
                                  "countries": words})

    def new_extract(article: Article, gazetteer: Any) -> Any:
        return extract_readout(article, gazetteer=gazetteer)

    def old_extract(article: Article, gazetteer: Any) -> Any:
        return old.extract_readout(article, gazetteer=gazetteer)

    print(f"{len(articles)} documents; built-in lexicon {n} people; tenfold {len(new_big)} people")
    print(f"{'lexicon':<10} {'engine':<6} {'mean µs/doc':>12} {'median':>8} {'p95':>8} {'readouts':>9}")
    for label, pairs in (("built-in", ((old_extract, old_builtin), (new_extract, new_builtin))),
                         ("tenfold", ((old_extract, old_big), (new_extract, new_big)))):
        for (engine, gazetteer), name in zip(pairs, ("old", "new")):
            per_doc = timed(engine, articles, gazetteer, args.repeat)
            found = sum(engine(a, gazetteer) is not None for a in articles)
            ordered = sorted(per_doc)
            print(f"{label:<10} {name:<6} {statistics.mean(per_doc) * 1e6:>12.0f} {statistics.median(per_doc) * 1e6:>8.0f} "
                  f"{ordered[int(len(ordered) * 0.95)] * 1e6:>8.0f} {found:>9}")


if __name__ == "__main__":
    main()
