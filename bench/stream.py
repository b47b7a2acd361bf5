"""One streaming run in a fresh process: N generated documents through parse_many.

Run by bench/run.py as ``python bench/stream.py N JOBS READOUT``; prints one JSON line with
the process's resident memory before the run and at its peak.  Documents are made on the
fly and results are counted and dropped, as a pipeline writing JSON lines would do, so
any growth of the peak with N would be memory held by parse_many itself.
"""

from __future__ import annotations

import json
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # the checkout, if not installed

import corpus  # noqa: E402
import measure  # noqa: E402

from readoutparse.batch import parse_many  # noqa: E402


def main() -> None:
    n, jobs, readout = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
    options = {} if readout else {"readout": False}
    sources = corpus.load_sources(options)
    documents = (data for _, data in islice(corpus.generate(sources, seed=n), n))
    before = measure.current_rss_bytes()
    start = time.perf_counter()
    ok = failed = 0
    for result in parse_many(documents, jobs=jobs, **options):
        if result.ok:
            ok += 1
        else:
            failed += 1
    seconds = time.perf_counter() - start
    print(json.dumps({
        "n": n, "jobs": jobs, "ok": ok, "failed": failed, "seconds": seconds,
        "rss_before": before, "rss_peak": measure.peak_rss_bytes(),
        "workers_peak": measure.max_rss_bytes(measure.resource.RUSAGE_CHILDREN),
    }))


if __name__ == "__main__":
    main()
