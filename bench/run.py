"""readoutparse benchmark: throughput, floor, peer, memory, batch scaling, imports, profile.

    pip install '.[bench]'
    python bench/run.py            # N=20,000 documents, 3 runs (about 4 minutes on 2 cores)
    python bench/run.py --quick    # N=2,000, 2 runs: a smoke run in well under a minute

It prints figures only; it asserts nothing.  docs/performance.md explains each figure.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

import corpus  # noqa: E402
import measure  # noqa: E402
import peer  # noqa: E402

import readoutparse  # noqa: E402
from readoutparse.batch import iter_inputs, parse_many  # noqa: E402
from readoutparse.text import read_document  # noqa: E402

MB = 1_000_000
STAT_LABEL = "median of the runs, wall time"  # set by main() from --clock and --stat


def _args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--n", type=int, default=20_000, help="corpus size (default 20,000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per figure (default 3)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="time parsing by this process's CPU time (default) or by wall time")
    ap.add_argument("--stat", choices=("best", "median"), default="best",
                    help="report the best run (default: least disturbed by other load) or the median")
    ap.add_argument("--quick", action="store_true", help="small N and fewer runs")
    ap.add_argument("--peer-n", type=int, default=600,
                    help="documents per run in trafilatura's subsample (default 600)")
    ap.add_argument("--files", type=int, default=10_000,
                    help="files in the folder run, one of them failing (default 10,000)")
    ap.add_argument("--stream", default="10000,100000",
                    help="document counts for the streaming memory runs (default 10000,100000)")
    ap.add_argument("--no-readout", action="store_true", help="parse with readout=False")
    ap.add_argument("--skip", default="", help="comma list of: peer,files,stream,profile,imports")
    args = ap.parse_args(argv)
    if args.quick:
        args.n, args.runs, args.peer_n = min(args.n, 2_000), min(args.runs, 2), min(args.peer_n, 100)
        args.files, args.stream = min(args.files, 1_000), "1000,10000"
    args.skip = set(filter(None, args.skip.split(",")))
    return args


def _readout_option(no_readout: bool) -> dict[str, Any]:
    if no_readout:
        return {"readout": False}
    try:
        from readoutparse.readout import enrich  # noqa: F401
    except ImportError:
        print("note: readoutparse.readout is not importable; measuring with readout=False")
        return {"readout": False}
    return {}


def _row(*cells: object, widths: Sequence[int] = (18, 8, 9, 7, 10, 12, 7, 10)) -> str:
    return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in
                     enumerate(zip(cells, widths)))


def throughput(groups: dict[str, list[bytes]], options: dict[str, Any], runs: int) -> dict[str, float]:
    """Per parser and overall: parse and floor throughput, and the ratio between them."""
    print("\n== Throughput (parse = readoutparse.parse(bytes), detection included; "
          f"floor = read_document(bytes); {runs} runs, {STAT_LABEL};\n   detect us = "
          "readoutparse.detect(bytes) per document minus the floor; overall = all documents "
          "over the sum of the figures)")
    print(_row("parser", "docs", "docs/s", "MB/s", "floor d/s", "parse/floor", "us/doc",
               "detect us"))
    figures: dict[str, float] = {}
    totals = Counter[str]()

    def show(name: str, docs: int, size: int, took: float, floor: float, detect: float) -> None:
        figures[name] = docs / took
        print(_row(name, docs, f"{docs / took:,.0f}", f"{size / took / MB:.2f}",
                   f"{docs / floor:,.0f}", f"{took / floor:.1f}x",
                   f"{1e6 * took / docs:.0f}", f"{1e6 * detect / docs:.0f}"))

    for name, docs in groups.items():
        size = sum(map(len, docs))
        floor = measure.median_seconds(measure.each(read_document, docs), runs)
        took = measure.median_seconds(
            measure.each(lambda d: readoutparse.parse(d, **options), docs), runs)
        # Detection alone (every parser's score) beyond the floor it also pays: a diagnostic,
        # so timed on the first 1,000 documents only, to keep the whole run short.
        part = docs[:1000]
        detect = len(docs) / len(part) * (
            measure.median_seconds(measure.each(readoutparse.detect, part), runs)
            - measure.median_seconds(measure.each(read_document, part), runs))
        show(name, len(docs), size, took, floor, detect)
        totals.update(docs=len(docs), size=size, took=took, floor=floor, detect=detect)
    show("overall", totals["docs"], totals["size"], totals["took"], totals["floor"],
         totals["detect"])
    figures["floor"] = totals["docs"] / totals["floor"]
    return figures


def memory(groups: dict[str, list[bytes]], options: dict[str, Any], cap: int) -> None:
    print(f"\n== Peak memory while parsing (tracemalloc peak above the start, {cap:,} documents "
          "per parser, one at a time; results dropped)")
    mixed = [d for docs in zip(*groups.values()) for d in docs]  # formats taken in turn
    for name, docs in [*groups.items(), ("overall (mixed)", mixed)]:
        sample = docs[:cap]
        peak = measure.traced_peak(
            measure.each(lambda d: readoutparse.parse(d, **options), sample))
        print(f"  {name:<18} {peak / MB:6.2f} MB  (largest input {max(map(len, sample)) / 1000:.1f} kB)")
    print(f"  process peak RSS so far: {measure.peak_rss_bytes() / MB:.0f} MB "
          "(includes the corpus held in memory)")


def _fixture_truth() -> list[tuple[Path, peer.Fields]]:
    truth = []
    for path in corpus.fixture_documents():
        expected = path.with_suffix(".json")
        if expected.exists():
            truth.append((path, peer.ours(json.loads(expected.read_text("utf-8")))))
    return truth


def compare_peer(groups: dict[str, list[bytes]], options: dict[str, Any], runs: int,
                 peer_n: int, figures: dict[str, float]) -> None:
    print(f"\n== Peer: trafilatura extract(..., with_metadata=True) on HTML-wrapped documents")
    missing = peer.available()
    if missing:
        print(f"  skipped: trafilatura unavailable: {missing}")
        return
    import trafilatura

    run = peer.extractor()
    share = max(1, peer_n // len(groups))
    # trafilatura (htmldate, lxml) caches by content and loads resources on first use: warm
    # it up on documents that are not timed, then give every run documents it has not seen.
    warm, *samples = (
        [d for docs in groups.values() for d in docs[k * share:(k + 1) * share]]
        for k in range(runs + 1)
    )
    for data in warm:
        run(peer.to_html(read_document(data).text))
        readoutparse.parse(data, **options)
    theirs, mine = [], []
    for sample in samples:
        # Wrapping is our doing, not trafilatura's work: it is done before the clock starts.
        pages = [peer.to_html(read_document(d).text) for d in sample]
        theirs.append(measure.median_seconds(measure.each(run, pages), 1) / len(sample))
        mine.append(measure.median_seconds(
            measure.each(lambda d: readoutparse.parse(d, **options), sample), 1) / len(sample))
    per_doc_theirs, per_doc_mine = statistics.median(theirs), statistics.median(mine)
    print(f"  trafilatura {trafilatura.__version__}; {runs} runs, each on {share} documents per "
          f"parser not seen before (after {len(warm)} warm-up documents); medians")
    print(f"  trafilatura: {1 / per_doc_theirs:,.0f} docs/s;  readoutparse on the same "
          f"documents: {1 / per_doc_mine:,.0f} docs/s")
    ratios = ", ".join(f"{t / m:.1f}x" for t, m in zip(theirs, mine))
    print(f"  ratio (readoutparse / trafilatura docs/s): {per_doc_theirs / per_doc_mine:,.0f}x on "
          f"these documents (each run: {ratios}; {STAT_LABEL.split(',')[1].strip()}); {figures['overall'] * per_doc_theirs:,.0f}x using the full-corpus "
          "overall figure")
    print(f"  the floor alone (decode + normalise + split) runs at "
          f"{figures['floor'] * per_doc_theirs:,.0f}x trafilatura's rate: no parser built on "
          "read_document can exceed that ratio")

    truth = _fixture_truth()
    scores = {"readoutparse": peer.Score(), "trafilatura": peer.Score()}
    for path, expected in truth:
        try:
            mine_fields = peer.ours(readoutparse.parse_file(path, **options).to_dict())
        except readoutparse.ReadoutParseError:
            mine_fields = {"title": None, "date": None, "body": ""}
        scores["readoutparse"].add(expected, mine_fields)
        scores["trafilatura"].add(expected, run(peer.to_html(read_document(path.read_bytes()).text)))
    print(f"  accuracy against the {len(truth)} fixtures' expected records "
          f"(body right = character-bigram F1 >= {peer.BODY_THRESHOLD}):")
    for tool, score in scores.items():
        print(f"    {tool:<13} title {score.percent('title'):5.1f}%  date {score.percent('date'):5.1f}%"
              f"  body {score.percent('body'):5.1f}%  (mean body F1 {score.mean_f1:.2f})")


def folder_run(documents: Sequence[tuple[str, bytes]], count: int, options: dict[str, Any],
               runs: int) -> None:
    cores = os.cpu_count() or 1
    print(f"\n== Folder of {count:,} files, one of them failing: parse_many(iter_inputs([folder]))")
    folder = Path(tempfile.mkdtemp(prefix="readoutparse-bench-"))
    try:
        for i in range(count - 1):
            (folder / f"{i:06d}.txt").write_bytes(documents[i % len(documents)][1])
        (folder / f"{count // 2:06d}b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256))
        paths = list(iter_inputs([folder]))
        size = sum(p.stat().st_size for p in paths)
        results: dict[int, Counter[str]] = {}
        times: dict[int, list[float]] = {jobs: [] for jobs in sorted({1, 2, cores})}
        cpu: dict[int, list[float]] = {jobs: [] for jobs in times}
        for _ in range(2):
            # Interleaved, so that load from other processes hits every setting alike.
            for jobs in times:
                start, used = time.perf_counter(), measure.cpu_seconds()
                results[jobs] = Counter(type(r.error).__name__ if r.error else "ok"
                                        for r in parse_many(paths, jobs=jobs, **options))
                times[jobs].append(time.perf_counter() - start)
                cpu[jobs].append(measure.cpu_seconds() - used)
        timings = {jobs: statistics.median(t) for jobs, t in times.items()}
        for jobs, took in timings.items():
            print(f"  jobs={jobs}: {len(paths) / took:,.0f} docs/s, {size / took / MB:.2f} MB/s, "
                  f"{took:.1f} s (runs: {', '.join(f'{t:.1f}' for t in times[jobs])}); "
                  f"{1e6 * statistics.median(cpu[jobs]) / len(paths):,.0f} CPU-us/doc in all "
                  f"processes; results {dict(results[jobs])}")
        best = {jobs: min(t) for jobs, t in times.items()}
        print(f"  speed-up jobs=2 over jobs=1: {timings[1] / timings[2]:.2f}x by medians, "
              f"{best[1] / best[2]:.2f}x by best runs (least disturbed by other load), on "
              f"{cores} cores; "
              f"CPU cost of going parallel: "
              f"{statistics.median(cpu[2]) / statistics.median(cpu[1]) - 1:+.0%} "
              "(the speed-up's ceiling is 2x divided by that, given two idle cores)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def streaming(counts: list[int], readout: bool) -> None:
    print("\n== Streaming memory: parse_many over a generator, each run in a fresh process")
    # jobs=2 shows the parent's window and the workers together; jobs=1 is a plain generator
    # and streams by construction (see the folder run for its speed).
    for n, jobs in ((n, 2) for n in counts):
        out = json.loads(measure.run_python(
            [str(Path(__file__).parent / "stream.py"), str(n), str(jobs), "1" if readout else "0"]
        ).stdout)
        workers = f", the largest worker {out['workers_peak'] / MB:.0f} MB" if jobs > 1 else ""
        print(f"  {n:>7,} documents, jobs={jobs}: peak RSS {out['rss_peak'] / MB:.0f} MB "
              f"(before the run {out['rss_before'] / MB:.0f} MB){workers}; "
              f"{out['ok']:,} ok, {out['failed']:,} failed, {n / out['seconds']:,.0f} docs/s")


def imports(runs: int) -> None:
    print(f"\n== import readoutparse (python -X importtime, fresh interpreter, median of {runs})")
    found = measure.import_time(runs)
    print(f"  {found['median_ms']:.1f} ms (runs: {', '.join(f'{t:.1f}' for t in found['runs_ms'])})")
    parsers = [m for m in found["modules"] if m.startswith("readoutparse.parsers.")
               and m != "readoutparse.parsers.base"]
    print(f"  parser modules imported by it: {parsers or 'none'}; "
          f"third-party: {found['third_party'] or 'none'}")
    print("  heaviest modules (self time): " + ", ".join(
        f"{name} {ms:.1f} ms" for name, ms in found["heaviest"][:6]))
    # What a command-line user waits for on one file: the import, then the first parse,
    # which imports the parsers and builds the readout's lexicon for the language.
    documents = {}
    for path in corpus.fixture_documents():
        documents.setdefault(path.parent.name, path)
    first = measure.first_parse(list(documents.values()), runs)
    print(f"  one document in a fresh interpreter, best of {runs} (bytecode cached; CPU ms): "
          "import + first parse (readout on) = total; a second parse of it")
    for (parser, path), times in zip(documents.items(), first.values()):
        print(f"    {parser:<18} {1000 * times['import']:5.0f} + {1000 * times['first']:5.0f} = "
              f"{1000 * (times['import'] + times['first']):5.0f};  {1000 * times['second']:5.1f}"
              f"  ({path.name})")


def hot_spots(documents: Sequence[tuple[str, bytes]], options: dict[str, Any], limit: int) -> None:
    sample = [d for _, d in documents[:limit]]
    print(f"\n== Profile: parse() over {len(sample):,} mixed documents (share of all time)")
    found = measure.profile(measure.each(lambda d: readoutparse.parse(d, **options), sample))
    for title, key in (("by own time", "self"), ("by total time", "total")):
        print(f"  {title}:")
        for name, percent in found[key]:
            print(f"    {percent:5.1f}%  {name}")


def main(argv: Sequence[str] | None = None) -> None:
    args = _args(argv)
    global STAT_LABEL
    STAT_LABEL = measure.configure(args.clock, args.stat)
    options = _readout_option(args.no_readout)
    started = time.perf_counter()
    print(f"readoutparse {readoutparse.__version__} benchmark: Python {platform.python_version()}, "
          f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform(terse=True)}")
    print(f"options: {options or 'defaults (readout on)'}; N={args.n:,}, runs={args.runs}; "
          f"load average {os.getloadavg()[0]:.2f} (other processes skew every figure)")
    if "imports" not in args.skip:
        imports(7 if not args.quick else 3)

    t = time.perf_counter()
    built = corpus.build(args.n, options)
    print(f"\n== Corpus: {len(built.documents):,} documents ({built.unique:,} distinct), "
          f"{built.size / MB:.1f} MB, from {len(built.sources)} fixture documents; "
          f"{built.dropped} variants dropped as unparseable; built in {time.perf_counter() - t:.0f} s")
    groups = built.by_parser()

    figures = throughput(groups, options, args.runs)
    memory(groups, options, cap=min(500, args.n))
    if "peer" not in args.skip:
        compare_peer(groups, options, args.runs, args.peer_n, figures)
    if "files" not in args.skip:
        folder_run(built.documents, args.files, options, args.runs)
    if "stream" not in args.skip:
        streaming([int(c) for c in args.stream.split(",") if c], readout="readout" not in options)
    if "profile" not in args.skip:
        hot_spots(built.documents, options, limit=min(3_000, args.n))
    print(f"\ntotal benchmark time: {time.perf_counter() - started:.0f} s; "
          f"load average {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
