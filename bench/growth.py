"""Growth check: the time of each attack at n, 2n and 4n units, and the ratios.

A linear step doubles with the input (ratios near 2.0); a quadratic one quadruples (near
4.0).  Each row is one attack from the issue's list or tests/test_attacks.py, built to the
given number of units; the whole parse runs, readout included, errors counted as results.
A row whose 4n run would pass the time cap is cut short and marked.

Run: ``python bench/growth.py`` (about a minute), ``--case nfc-reverse`` for some rows,
``--scale 4`` for larger inputs.  It prints; it asserts nothing (tests/test_attacks.py
checks ratios with generous bounds).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402
from readoutparse import Article, ReadoutParseError, Registry  # noqa: E402
from readoutparse.parsers.base import Context, Parser  # noqa: E402
from readoutparse.text import Document  # noqa: E402


def zaobao(title: str = '"中俄首脑通话"', body: str = "<p>习近平同普京通电话。</p>",
           front: str = "") -> str:
    """A Zaobao archive post in the template's shape (our own words)."""
    return (f"---\nlayout: post\ntitle: {title}\ndate: 2021-08-26T02:42:56.371Z\n"
            f"author: 联合早报\n{front}from: https://www.zaobao.com/realtime/china/story1\n"
            "tags: [ 联合早报 ]\ncategories: [ 联合早报 ]\n---\n<!--1629968640000-->\n"
            "[中俄首脑通话](https://www.zaobao.com/realtime/china/story1)\n------\n\n"
            f"<div>\n{body}\n</div>\n")


class _Plugin(Parser):
    """A plugin whose record is built from the document's first line: ``SPACES n`` or
    ``DIRTY n`` (what a careless plugin returns)."""

    name: ClassVar[str] = "growth_plugin"
    language: ClassVar[str] = "en"

    def score(self, doc: Document) -> float:
        return 1.0 if doc.text.startswith(("SPACES", "DIRTY")) else 0.0

    def parse(self, doc: Document, context: Context) -> Article:
        kind, n = doc.text.split()[:2]
        count = int(n)
        if kind == "SPACES":
            paragraphs = ("Xi Jinping held" + " " * count + "phone talks with Vladimir Putin.",
                          "talks " + "  " * count)
        else:
            paragraphs = tuple(f"paragraph {i}\x1b[0m\u202e" for i in range(count // 10))
        return Article(parser=self.name, language="en", title="Leaders spoke",
                       published=dt.date(2025, 6, 19), paragraphs=paragraphs,
                       extra={"seen": dt.datetime(2025, 6, 19, 8, 0)})


_REGISTRY = Registry(plugins=False)
_REGISTRY.add(_Plugin())

# name -> (input of n units, options, where the linear code lives: the zaobao parser's modules,
# or text/sanitise/api where empty)
CASES: dict[str, tuple[Callable[[int], str | bytes], dict[str, Any], str]] = {
    # The list.
    "nfc-reverse": (lambda n: zaobao(body="<p>a" + "\u0301\u0316" * (n // 2) + "</p>"), {}, ""),
    "front-matter-block-list": (lambda n: zaobao(front="keywords:\n" + "- a\n" * n), {},
                                "zaobao"),
    "div-text-blank-lines": (lambda n: zaobao(body="<div>" + "一段文字\n\n" * n + "</div>"), {},
                             "zaobao"),
    "figcaption-pieces": (lambda n: zaobao(
        body="<figure><img src='a.png'><figcaption>" + "图说<script>x</script>" * (4 * n)
             + "</figcaption></figure><p>正文。</p>"), {}, "zaobao"),
    "plugin-space-runs": (lambda n: f"SPACES {n}\n", {"registry": _REGISTRY}, ""),
    # Invented (tests/test_attacks.py).
    "plugin-dirty-strings": (lambda n: f"DIRTY {n}\n", {"registry": _REGISTRY}, ""),
    "combining-title": (lambda n: zaobao(title='"中俄' + "\u0316\u0301" * (n // 2) + '"'), {}, ""),
    "zero-width-joiners": (lambda n: zaobao(body="<p>习近平" + "\u200d" * n + "同普京通电话。</p>"),
                           {}, ""),
    "nested-brackets-title": (lambda n: zaobao(title='"' + "(" * n + "中俄" + ")" * n + '"'), {},
                              ""),
    "mixed-separators": (lambda n: zaobao(body="<p>甲</p>" + "\u2028\r\u2029\r\n\x85\n" * (n // 6)),
                         {}, ""),
    "front-matter-keys": (lambda n: zaobao(front="".join(f"k{i}: v\n" for i in range(n))), {},
                          ""),
    "escaped-controls-title": (lambda n: zaobao(title='"' + "\\u001b\\u0007" * (n // 12) + '中"'),
                               {}, ""),
    "numeric-entities": (lambda n: zaobao(body="<p>" + "&#x110000;&#0;&#x1b;" * (n // 20) + "</p>"),
                         {}, ""),
    "utf16-nuls": (lambda n: ("\ufeff" + zaobao(body="<p>" + "字\x00" * (n // 2) + "</p>"))
                   .encode("utf-16-le"), {}, ""),
    "only-boms": (lambda n: "\ufeff" * n, {}, ""),
    "short-lines": (lambda n: zaobao(body="\n".join("<p>字</p>" for _ in range(n // 8))), {}, ""),
}


def _seconds(data: str | bytes, options: dict[str, Any]) -> float:
    # CPU time of this process, not wall time: on a shared machine other processes'
    # load would otherwise decide the ratios.
    runs = 1 if len(data) > 2_000_000 else 3
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        try:
            readoutparse.parse(data, max_bytes=1 << 30, **options)
        except ReadoutParseError:
            pass
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=25_000, help="units at the first size")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply n")
    ap.add_argument("--cap", type=float, default=20.0,
                    help="skip a larger size when the previous one took over cap/4 s")
    ap.add_argument("--case", action="append", choices=sorted(CASES), help="only these rows")
    args = ap.parse_args()
    n = int(args.n * args.scale)
    print(f"growth per doubling (readoutparse {readoutparse.__version__}, readout on, CPU "
          f"time); n = {n:,} units; linear ~2.0, quadratic ~4.0")
    print(f"{'case':<26}{'bytes(n)':>10}{'t(n) ms':>10}{'t(2n) ms':>10}{'t(4n) ms':>10}"
          f"{'2n/n':>7}{'4n/2n':>7}  where")
    started = time.perf_counter()
    for name in args.case or CASES:
        make, options, owner = CASES[name]
        times: list[float] = []
        for factor in (1, 2, 4):
            if times and times[-1] > args.cap / 4:
                break
            times.append(_seconds(make(n * factor), options))
        size = len(make(n)) if isinstance(make(n), bytes) else len(make(n).encode("utf-8"))
        cells = [f"{t * 1000:10.1f}" for t in times] + [f"{'cut':>10}"] * (3 - len(times))
        ratios = [f"{b / max(a, 1e-6):7.2f}" for a, b in zip(times, times[1:])]
        ratios += [f"{'-':>7}"] * (2 - len(ratios))
        note = f"{owner} parser" if owner else "text, sanitise"
        print(f"{name:<26}{size:>10,}" + "".join(cells) + "".join(ratios) + f"  {note}",
              flush=True)
    print(f"total {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
