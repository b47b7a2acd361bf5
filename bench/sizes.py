"""Parse time per megabyte, for inputs from 1 KB to 10 MB.

If every step is linear, seconds per MB stay flat as the size grows; a regular expression
that backtracks, or any quadratic step, shows up as a column that grows with the size.

Rows:

* each pathological pattern (a line of ``>``, ``|``, digits, a repeated header label ...)
  alone, and in place of the second line (the header zone, where most rules look) of a
  real document of each format;
* a real document of each format with its body paragraphs repeated to the size (a very
  long article), as UTF-8 bytes and in the legacy code page its language was served in (to
  show what decoding costs).

Run: ``python bench/sizes.py`` (``--max-mb 1`` for a quick run, ``--pattern gt`` for
one pattern).  It prints; it asserts nothing.

``--memory`` prints peak memory (tracemalloc, readout on) as a multiple of the input's
size instead, for the same rows and for a page of each format whose body is very short
lines (the worst case: every line's objects cost the same however short it is), at 1 MB.
``--attacks`` adds the rows of bench/growth.py (the issue's attacks and invented ones).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402
from readoutparse import ReadoutParseError  # noqa: E402
from readoutparse.text import normalise  # noqa: E402
from tests.robust_support import PATHOLOGICAL  # noqa: E402

MB = 1024 * 1024
SIZES = (1024, 10 * 1024, 100 * 1024, MB, 10 * MB)
PATTERNS = PATHOLOGICAL  # the same units the robustness tests use
# A real document per format, and the legacy code page its language was served in.
FORMATS = {
    "xinhua_bilingual": ("seeds/000_b724a6c8c6442259.txt", "cp950"),
    "zaobao_jekyll": ("seeds/001_045416525f67c2d2.txt", "gb18030"),
    "xinhua_arabic": ("seeds/003_8fe0a44215cf6e95.txt", "cp1256"),
    "vov": ("seeds/004_75b8f2d46060ce19.txt", None),  # cp1258 needs per-character care
}


def _fill(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` bytes of UTF-8 (about: whole characters only)."""
    per = len(unit.encode("utf-8"))
    return unit * max(1, size // per)


def _document(name: str) -> list[str]:
    return normalise((ROOT / FORMATS[name][0]).read_text("utf-8")).split("\n")


def _with_line(lines: list[str], line: str) -> str:
    filled = [i for i, text in enumerate(lines) if text]
    changed = list(lines)
    changed[filled[1]] = line
    return "\n".join(changed)


def _repeated(lines: list[str], size: int) -> str:
    """The document with its body paragraphs (the lines its record reads as paragraphs)
    repeated in place until it is ``size`` bytes: a very long article, furniture and
    translation kept where they are."""
    text = "\n".join(lines)
    article = readoutparse.parse(text, readout=False)
    numbers = sorted(n for n, field in article.lines.items()
                     if re.fullmatch(r"paragraphs\[\d+\]", field))
    # The lead stays single: repeated, a VOV lead (``VOV.VN - …``) reads as a listing's teasers.
    body = [lines[n - 1] for n in numbers[1:]] or [lines[numbers[0] - 1]]
    unit = len("\n\n".join(body).encode("utf-8")) + 2
    count = max(0, (size - len(text.encode("utf-8"))) // unit)
    last = numbers[-1]
    return "\n".join(lines[:last] + ["", "\n\n".join(body)] * count + lines[last:])


def _seconds(data: str | bytes, **options: object) -> float:
    """Best of a few runs (one for large inputs) of a whole parse, errors included."""
    runs = 1 if len(data) > MB else 3
    best = float("inf")
    options.setdefault("readout", False)
    for _ in range(runs):
        started = time.perf_counter()
        try:
            readoutparse.parse(data, max_bytes=64 * MB, **options)  # type: ignore[arg-type]
        except ReadoutParseError:
            pass
        best = min(best, time.perf_counter() - started)
    return best


def _short_lines(lines: list[str], size: int) -> str:
    """The document with its body replaced by one-character lines up to ``size`` bytes."""
    filled = [i for i, text in enumerate(lines) if text]
    cut = filled[min(len(filled) - 1, 12)]
    return "\n".join(lines[:cut] + ["字"] * (size // 4) + lines[cut:])


def _peak(data: str | bytes, **options: object) -> float:
    """Peak traced memory of one parse (readout on), as a multiple of the input's bytes."""
    size = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
    tracemalloc.start()
    try:
        try:
            readoutparse.parse(data, max_bytes=1 << 30, **options)  # type: ignore[arg-type]
        except ReadoutParseError:
            pass
        return tracemalloc.get_traced_memory()[1] / size
    finally:
        tracemalloc.stop()


MEASURE = "time"


def _row(label: str, make: Callable[[int], str | bytes], sizes: tuple[int, ...],
         **options: object) -> None:
    cells = []
    for size in sizes:
        data = make(size)
        actual = len(data.encode("utf-8")) if isinstance(data, str) else len(data)
        if MEASURE == "memory":
            cells.append(f"{_peak(data, **options):8.1f}x")
        else:
            cells.append(f"{_seconds(data, **options) / (actual / MB):9.3f}")
    print(f"{label:<34}" + "".join(cells), flush=True)


def main() -> None:
    global MEASURE
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max-mb", type=float, default=10.0, help="largest size, in MB")
    ap.add_argument("--pattern", action="append", choices=sorted(PATTERNS),
                    help="only these patterns (repeatable)")
    ap.add_argument("--memory", action="store_true",
                    help="peak memory as a multiple of the input, not time (1 MB at most)")
    ap.add_argument("--attacks", action="store_true", help="add bench/growth.py's attacks")
    args = ap.parse_args()
    if args.memory:
        MEASURE = "memory"
        args.max_mb = min(args.max_mb, 1.0)
    sizes = tuple(s for s in SIZES if s <= args.max_mb * MB)
    started = time.perf_counter()
    header = "".join(f"{(f'{s // MB} MB' if s >= MB else f'{s // 1024} KB'):>9}" for s in sizes)
    what = ("peak memory / input size (tracemalloc, readout on)" if args.memory
            else "seconds per MB of input (readout=False)")
    print(f"{what}, readoutparse {readoutparse.__version__}")
    print(f"{'input':<34}{header}")
    for name in args.pattern or PATTERNS:
        unit = PATTERNS[name]
        _row(f"{name} alone", lambda size, u=unit: _fill(u, size), sizes)
        for fmt in FORMATS:
            lines = _document(fmt)
            _row(f"{name} in {fmt}", lambda size, u=unit, ls=lines: _with_line(ls, _fill(u, size)),
                 sizes)
    for fmt, (_, legacy) in FORMATS.items():
        lines = _document(fmt)
        _row(f"{fmt} repeated, utf-8", lambda size, ls=lines: _repeated(ls, size).encode("utf-8"),
             sizes)
        if legacy:
            _row(f"{fmt} repeated, {legacy}",
                 lambda size, ls=lines, c=legacy: _repeated(ls, size).encode(c, "replace"), sizes)
        _row(f"{fmt} short lines", lambda size, ls=lines: _short_lines(ls, size).encode("utf-8"),
             sizes)
    if args.attacks:
        from bench.growth import CASES

        for name, (make, options, _) in CASES.items():
            # growth.py counts units; about 20 bytes a unit gives the size.
            _row(f"{name}", lambda size, m=make: m(max(1, size // 20)), sizes, **options)
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
