"""Timing, memory, import-time and profiling helpers for bench/run.py."""

from __future__ import annotations

import gc
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


# How a figure is taken from its runs (bench/run.py's --clock and --stat).  On a shared
# machine wall time and medians measure the neighbours' load as much as the code: the
# CPU time of this process and the best of the runs move least with it.
CLOCK: Callable[[], float] = time.perf_counter
STAT: Callable[[Sequence[float]], float] = statistics.median


def configure(clock: str, stat: str) -> str:
    """Set CLOCK and STAT from ``cpu``/``wall`` and ``best``/``median``; a label for them."""
    global CLOCK, STAT
    CLOCK = time.process_time if clock == "cpu" else time.perf_counter
    STAT = min if stat == "best" else statistics.median
    return f"{'best' if stat == 'best' else 'median'} of the runs, {'CPU' if clock == 'cpu' else 'wall'} time"


def median_seconds(work: Callable[[], object], runs: int) -> float:
    """The time of ``runs`` calls of ``work``, as CLOCK measures and STAT takes it (the
    median wall time unless configured otherwise)."""
    times = []
    for _ in range(runs):
        gc.collect()  # start each run from the same heap, not from the last run's garbage
        start = CLOCK()
        work()
        times.append(CLOCK() - start)
    return STAT(times)


def each(function: Callable[[Any], object], items: Sequence[Any]) -> Callable[[], None]:
    def work() -> None:
        for item in items:
            function(item)

    return work


def traced_peak(work: Callable[[], object]) -> int:
    """Peak bytes Python allocated while ``work`` ran, above what was allocated before."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        work()
        return tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def max_rss_bytes(who: int = resource.RUSAGE_SELF) -> int:
    return resource.getrusage(who).ru_maxrss * 1024  # kilobytes on Linux


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _status(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def current_rss_bytes() -> int:
    return _status("VmRSS") or max_rss_bytes()


def peak_rss_bytes() -> int:
    # Not ru_maxrss: Linux carries that over from the parent across fork and exec, so a
    # child started by a big benchmark process would report the parent's peak as its own.
    return _status("VmHWM") or max_rss_bytes()


_PYCACHE = Path(tempfile.gettempdir()) / "readoutparse-bench-pycache"


def _python_env() -> dict[str, str]:
    # Subprocesses import the package from this checkout even when it is not installed.
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    # Bytecode is cached as an installed package's is (pip writes .pyc files): with
    # PYTHONDONTWRITEBYTECODE set, every fresh interpreter would compile every module
    # again, which no user pays.  The cache lives outside the checkout.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(_PYCACHE)
    return env


def run_python(args: Sequence[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          env=_python_env(), check=True)


_IMPORT_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")
_CHECK = (
    "import sys, readoutparse;"
    "print(','.join(sorted(m for m in sys.modules if m.startswith('readoutparse.'))));"
    "print(','.join(sorted(m for m in ('lxml', 'dateutil', 'charset_normalizer', 'attrs',"
    " 'trafilatura', 'dask') if m in sys.modules)))"
)


def import_time(runs: int) -> dict[str, Any]:
    """``import readoutparse`` in fresh interpreters: median total and the heaviest imports."""
    totals: list[float] = []
    heaviest: dict[str, list[int]] = defaultdict(list)
    run_python(["-c", "import readoutparse"])  # fills the bytecode cache
    for _ in range(runs):
        report = run_python(["-X", "importtime", "-c", "import readoutparse"]).stderr
        for self_us, cumulative_us, indent, name in _IMPORT_LINE.findall(report):
            if name == "readoutparse" and len(indent) == 1:
                totals.append(int(cumulative_us) / 1000)
            heaviest[name].append(int(self_us))
    modules, loaded = run_python(["-c", _CHECK]).stdout.splitlines()
    top = sorted(heaviest.items(), key=lambda kv: -statistics.median(kv[1]))[:8]
    return {
        "median_ms": statistics.median(totals),
        "runs_ms": totals,
        "modules": modules.split(",") if modules else [],
        "third_party": loaded.split(",") if loaded else [],
        "heaviest": [(name, statistics.median(v) / 1000) for name, v in top],
    }


_FIRST_PARSE = """
import json, sys, time
started = time.process_time()
import readoutparse
imported = time.process_time()
data = open(sys.argv[1], "rb").read()
readoutparse.parse(data)
first = time.process_time()
readoutparse.parse(data)
second = time.process_time()
print(json.dumps({"import": imported - started, "first": first - imported, "second": second - first}))
"""


def first_parse(documents: Sequence[Path], runs: int) -> dict[str, dict[str, float]]:
    """Per document, in fresh interpreters: ``import readoutparse``, the first parse
    (readout on: parsers imported, lexicons built) and a second parse of the same
    document, in CPU seconds (wall time on a shared machine is mostly other processes'
    turns); the best of ``runs``."""
    run_python(["-c", "import readoutparse"])  # fills the bytecode cache
    out: dict[str, dict[str, float]] = {}
    for path in documents:
        best: dict[str, float] = {}
        for _ in range(runs):
            found = json.loads(run_python(["-c", _FIRST_PARSE, str(path)]).stdout)
            best = {k: min(v, best.get(k, v)) for k, v in found.items()}
        out[str(path)] = best
    return out


def profile(work: Callable[[], object], top: int = 15) -> dict[str, list[tuple[str, float]]]:
    """Hot spots of ``work`` by self time and by total time, as shares of the whole run.

    Uses pyinstrument (a sampling profiler: little distortion of small, hot functions)
    and falls back to cProfile when it is not installed.
    """
    try:
        from pyinstrument import Profiler
    except ImportError:
        return _cprofile(work, top)
    profiler = Profiler(interval=0.0002)
    profiler.start()
    work()
    profiler.stop()
    root = profiler.last_session.root_frame()
    if root is None:
        return {"self": [], "total": []}
    own: dict[str, float] = defaultdict(float)
    total: dict[str, float] = defaultdict(float)

    def walk(frame: Any, open_names: frozenset[str]) -> None:
        if frame.is_synthetic:
            return
        name = f"{frame.function} ({frame.file_path_short}:{frame.line_no})"
        children = [c for c in frame.children if not c.is_synthetic]
        own[name] += frame.time - sum(c.time for c in children)
        if name not in open_names:  # recursion counts once
            total[name] += frame.time
        for child in children:
            walk(child, open_names | {name})

    walk(root, frozenset())
    whole = root.time or 1.0

    def ranked(table: dict[str, float]) -> list[tuple[str, float]]:
        return [(n, 100 * t / whole) for n, t in sorted(table.items(), key=lambda kv: -kv[1])[:top]]

    return {"self": ranked(own), "total": ranked(total)}


def _cprofile(work: Callable[[], object], top: int) -> dict[str, list[tuple[str, float]]]:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.runcall(work)
    stats = pstats.Stats(profiler)
    whole = sum(row[2] for row in stats.stats.values()) or 1.0  # type: ignore[attr-defined]
    rows = [(f"{fn} ({Path(file).name}:{line})", row[2], row[3])
            for (file, line, fn), row in stats.stats.items()]  # type: ignore[attr-defined]
    by_self = sorted(rows, key=lambda r: -r[1])[:top]
    by_total = sorted(rows, key=lambda r: -r[2])[:top]
    return {"self": [(n, 100 * s / whole) for n, s, _ in by_self],
            "total": [(n, 100 * c / whole) for n, _, c in by_total]}
