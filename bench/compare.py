"""Before and after: an earlier commit's package and this checkout's, timed in one process.

    python bench/compare.py [--base 9eef270] [--rounds 5] [--posts 1000]
    python bench/compare.py --startup 7     # import + first parse, fresh interpreters

The package at ``--base`` is taken from git (``git archive``) into a temporary folder as
``readoutparse_base`` (its registry's parser paths renamed with it), so both versions run
side by side on the same documents, in turns: every figure is the best of ``--rounds``
rounds, in this process's CPU time, and the two versions of one figure are measured
within seconds of each other.  On a shared machine that is what keeps the ratio honest;
the microseconds themselves move with the load (printed).

Documents: the fixtures of each format, the cached real pages of bench/.pages and
bench/.pages-ar (when present), ``--posts`` posts of the real archive (``--dir``, default
/work/corpus, when present) and bench/corpus.py's derived corpus (500 per format).  Each
is timed three ways: ``parse`` (detection and readout), ``parse(readout=False)`` and the
floor (``read_document``).  It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import glob
import importlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(ROOT))

import corpus  # noqa: E402

import readoutparse  # noqa: E402


def base_package(commit: str) -> ModuleType:
    """``readoutparse`` as it was at ``commit``, importable as ``readoutparse_base``."""
    where = Path(tempfile.mkdtemp(prefix="readoutparse_base_"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "readoutparse"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    package = where / "readoutparse_base"
    os.rename(where / "readoutparse", package)
    # The few absolute names inside the package: the registry's parser paths and a
    # resources lookup.  Everything else imports relatively.
    for path in package.rglob("*.py"):
        text = path.read_text("utf-8")
        patched = text.replace('"readoutparse.parsers.', '"readoutparse_base.parsers.').replace(
            '("readoutparse.parsers")', '("readoutparse_base.parsers")')
        if patched != text:
            path.write_text(patched, "utf-8")
    sys.path.insert(0, str(where))
    import readoutparse_base  # type: ignore[import-not-found]

    return readoutparse_base  # type: ignore[no-any-return]


def startup(commit: str, runs: int) -> None:
    """Import + first parse in fresh interpreters: ``commit``, this checkout, and this
    checkout with the lexicon cache off, in turns; best of ``runs`` in CPU time."""
    import measure

    where = Path(tempfile.mkdtemp(prefix="readoutparse_startup_"))
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "readoutparse"],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")
    documents: dict[str, Path] = {}
    for path in corpus.fixture_documents():
        documents.setdefault(path.parent.name, path)
    variants = {commit: (where, None), "now": (ROOT, None), "now, cache off": (ROOT, "off")}
    measure.run_python(["-c", "import readoutparse"])  # fills the bytecode cache
    best: dict[tuple[str, str], dict[str, float]] = {}
    for _ in range(runs):
        for variant, (tree, cache) in variants.items():
            env = measure._python_env()
            env["PYTHONPATH"] = str(tree)
            env.pop("READOUTPARSE_CACHE", None)
            if cache:
                env["READOUTPARSE_CACHE"] = cache
            for parser, path in documents.items():
                # Not run from the checkout: "" on sys.path would import its package.
                out = subprocess.run([sys.executable, "-c", measure._FIRST_PARSE, str(path)], env=env,
                                     cwd=tempfile.gettempdir(), capture_output=True, text=True, check=True)
                times = json.loads(out.stdout)
                kept = best.setdefault((variant, parser), {})
                for key, value in times.items():
                    kept[key] = min(value, kept.get(key, value))
    print(f"import + first parse (readout on) = total, CPU ms, best of {runs} interleaved; "
          f"load average {os.getloadavg()[0]:.1f}")
    for parser in documents:
        cells = [f"{v}: {1000 * best[v, parser]['import']:.0f} + {1000 * best[v, parser]['first']:.0f} = "
                 f"{1000 * (best[v, parser]['import'] + best[v, parser]['first']):.0f}" for v in variants]
        print(f"  {parser:<18} " + ";  ".join(cells))


def groups(directory: Path, posts: int) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = {}
    for path in sorted(glob.glob(str(ROOT / "fixtures" / "*" / "*"))):
        if path.endswith((".txt", ".md", ".html")):
            found.setdefault(f"fixtures {Path(path).parent.name}", []).append(Path(path).read_bytes())
    pages = ROOT / "bench" / ".pages" / "pages.json"
    if pages.exists():
        found["real pages xinhua+vov"] = [v.encode("utf-8") for v in json.loads(pages.read_text("utf-8")).values()]
    arabic = sorted((ROOT / "bench" / ".pages-ar").glob("*.txt"))
    if arabic:
        found["real pages arabic"] = [p.read_bytes() for p in arabic]
    if (directory / "_posts").is_dir():
        paths = sorted(directory.rglob("*.md"))
        step = max(1, len(paths) // posts)
        found["real archive (zaobao)"] = [p.read_bytes() for p in paths[::step][:posts]]
    for parser, docs in corpus.build(2000, {}).by_parser().items():
        found[f"corpus {parser}"] = docs
    return found


def _parsing(module: ModuleType, docs: list[bytes], **options: object) -> Callable[[], None]:
    def work() -> None:
        for data in docs:
            try:
                module.parse(data, **options)
            except module.ReadoutParseError:
                pass

    return work


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="9eef270", help="the commit to compare with (default 9eef270)")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--posts", type=int, default=1000, help="archive posts (default 1,000)")
    ap.add_argument("--dir", type=Path, default=Path("/work/corpus"), help="an unpacked archive")
    ap.add_argument("--startup", type=int, metavar="RUNS",
                    help="instead: import + first parse in fresh interpreters, best of RUNS")
    args = ap.parse_args()
    if args.startup:
        startup(args.base, args.startup)
        return
    base = base_package(args.base)
    docs = groups(args.dir, args.posts)
    versions = {"base": base, "new": readoutparse}
    floors = {who: importlib.import_module(f"{module.__name__}.text").read_document
              for who, module in versions.items()}
    best: dict[tuple[str, str, str], float] = {}
    load = os.getloadavg()[0]
    for round_ in range(args.rounds):
        for group, items in docs.items():
            work = {(who, what): fn for who in versions for what, fn in (
                ("parse", _parsing(versions[who], items)),
                ("no readout", _parsing(versions[who], items, readout=False)),
                ("floor", lambda f=floors[who], items=items: [f(d) for d in items]))}
            order = list(work.items()) if round_ % 2 else list(reversed(work.items()))
            for (who, what), fn in order:
                if round_ == 0:
                    fn()  # parsers imported, lexicons built, caches warm
                gc.collect()
                start = time.process_time()
                fn()
                took = (time.process_time() - start) / len(items)
                key = (group, who, what)
                best[key] = min(best.get(key, took), took)
    print(f"readoutparse at {args.base} (base) and this checkout (new): CPU µs per document, best of "
          f"{args.rounds} interleaved rounds; load average {load:.1f} -> {os.getloadavg()[0]:.1f}")
    print(f"{'documents':<28}{'n':>5} | {'parse base':>10} {'new':>6} {'new/base':>8} | "
          f"{'no readout base':>15} {'new':>6} {'new/base':>8} | {'floor base':>10} {'new':>5} | {'parse/floor':>11}")
    for group, items in docs.items():
        b, n = best[group, "base", "parse"], best[group, "new", "parse"]
        bn, nn = best[group, "base", "no readout"], best[group, "new", "no readout"]
        bf, nf = best[group, "base", "floor"], best[group, "new", "floor"]
        print(f"{group:<28}{len(items):>5} | {b * 1e6:>10.0f} {n * 1e6:>6.0f} {n / b:>8.2f} | "
              f"{bn * 1e6:>15.0f} {nn * 1e6:>6.0f} {nn / bn:>8.2f} | {bf * 1e6:>10.0f} {nf * 1e6:>5.0f} | "
              f"{n / nf:>10.1f}x")


if __name__ == "__main__":
    main()
