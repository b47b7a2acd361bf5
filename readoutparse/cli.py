"""The ``readoutparse`` command: parse, detect, parsers, table."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from . import __version__
from .api import DEFAULT_MAX_BYTES, parsers
from .batch import Result, iter_inputs, parse_many
from .errors import ReadoutParseError
from .registry import default
from .render import render_text

__all__ = ["main"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value}")
    return number


def _build_parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="readoutparse",
        description="Turn diplomatic readouts from news pages into clean, typed records.",
    )
    top.add_argument("--version", action="version", version=f"readoutparse {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="parse documents into records",
        description="Parse files (or folders of files) and print their records.",
    )
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to parse")
    parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json",
                       help="json: one object (one file) or an array; jsonl: one object per "
                            "line; text: a readable view (default: json)")
    parse.add_argument("--parser", metavar="NAME", help="use this parser instead of detecting one")
    parse.add_argument("-r", "--recursive", action="store_true",
                       help="descend into sub-folders of folder arguments")
    parse.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N",
                       help="parse in N processes (default: 1)")
    parse.add_argument("-o", "--output", default="-", metavar="FILE",
                       help="write records to FILE instead of standard output ('-')")
    parse.add_argument("--errors", metavar="FILE",
                       help="write one JSON object per failed file (path, error, message) to FILE")
    parse.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                       help="anchor for dates printed without a year")
    parse.add_argument("--strict", action="store_true", help="treat every warning as an error")
    parse.add_argument("--max-bytes", type=_positive, default=DEFAULT_MAX_BYTES, metavar="N",
                       help=f"refuse larger documents (default: {DEFAULT_MAX_BYTES})")
    parse.add_argument("--no-readout", action="store_true",
                       help="skip the readout (who met whom) analysis")

    detect = commands.add_parser(
        "detect", help="score each document against every parser",
        description="Print a table of every parser's score for each file, best first.",
    )
    detect.add_argument("paths", nargs="+", metavar="FILE")

    commands.add_parser(
        "parsers", help="list the registered parsers",
        description="List every registered parser and where it comes from.",
    )

    table = commands.add_parser(
        "table", help="one row per readout, sorted by event date",
        description="Parse files and print one row per diplomatic contact they report.",
    )
    table.add_argument("paths", nargs="+", metavar="PATH")
    table.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    table.add_argument("-r", "--recursive", action="store_true")
    table.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD")
    return top


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


@contextmanager
def _opened(path: str | None) -> Iterator[IO[str] | None]:
    if path is None:
        yield None
    elif path == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8") as handle:
            yield handle


def _progress(results: Iterator[Result], total: int) -> Iterator[Result]:
    if not sys.stderr.isatty() or total < 2:
        return results
    from tqdm import tqdm  # only for a person watching a terminal

    return iter(tqdm(results, total=total, unit="doc", file=sys.stderr, leave=False))


def _parse_command(args: argparse.Namespace) -> int:
    paths = list(iter_inputs(args.paths, recursive=args.recursive))
    single = len(args.paths) == 1 and len(paths) == 1 and not Path(args.paths[0]).is_dir()
    options: dict[str, Any] = {"max_bytes": args.max_bytes, "strict": args.strict,
                               "readout": not args.no_readout}
    if args.parser:
        options["parser"] = args.parser
    if args.reference_date:
        options["reference_date"] = args.reference_date
    started = time.perf_counter()
    by_parser: Counter[str] = Counter()
    failed = 0
    with _opened(args.output) as out, _opened(args.errors) as errors:
        assert out is not None
        writer = _Writer(out, args.format, array=not single)
        for result in _progress(parse_many(paths, jobs=args.jobs, **options), len(paths)):
            if result.ok:
                assert result.article is not None
                by_parser[result.article.parser] += 1
                writer.write(result)
            else:
                failed += 1
                print(f"readoutparse: {_one_line(result.error)}", file=sys.stderr)
                if errors is not None:
                    errors.write(json.dumps({
                        "path": result.item,
                        "error": type(result.error).__name__,
                        "message": str(result.error),
                    }, ensure_ascii=False) + "\n")
        writer.close()
    if len(paths) > 1 or args.output != "-":
        counts = ", ".join(f"{name} {count}" for name, count in sorted(by_parser.items()))
        print(f"readoutparse: parsed {sum(by_parser.values())}, failed {failed}"
              f"{' (' + counts + ')' if counts else ''} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    return 1 if failed else 0


class _Writer:
    """Streams records as one JSON value, a JSON array, JSON lines or text."""

    def __init__(self, out: IO[str], fmt: str, *, array: bool) -> None:
        self.out, self.fmt, self.array = out, fmt, array and fmt == "json"
        self.count = 0

    def write(self, result: Result) -> None:
        assert result.article is not None
        if self.fmt == "jsonl":
            self.out.write(result.article.to_json(indent=None) + "\n")
        elif self.fmt == "text":
            self.out.write(("\n" if self.count else "") + render_text(result.article, result.item))
        else:
            body = result.article.to_json(indent=2)
            if self.array:
                body = "\n".join("  " + line for line in body.split("\n"))
                self.out.write(("[\n" if not self.count else ",\n") + body)
            else:
                self.out.write(body + "\n")
        self.count += 1

    def close(self) -> None:
        if self.array:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


def _detect_command(args: argparse.Namespace) -> int:
    registry = default()
    names = registry.names()
    width = max([len(p) for p in args.paths] + [4])
    print("file".ljust(width), *(n.rjust(max(len(n), 5)) for n in names), "  best", sep="  ")
    status = 0
    for path in args.paths:
        try:
            data = Path(path).read_bytes()
            from .api import detect

            scores = dict(detect(data, registry=registry))
        except (OSError, ReadoutParseError) as exc:
            print(f"readoutparse: {path}: {_one_line(exc)}", file=sys.stderr)
            status = 1
            continue
        best = max(scores.items(), key=lambda kv: (kv[1], -names.index(kv[0])))
        from .registry import THRESHOLD

        verdict = best[0] if best[1] >= THRESHOLD else "(none)"
        print(path.ljust(width), *(f"{scores.get(n, 0.0):.2f}".rjust(max(len(n), 5))
                                   for n in names), "  " + verdict, sep="  ")
    return status


def _parsers_command(args: argparse.Namespace) -> int:
    registry = default()
    infos = parsers(registry=registry)
    width = max(len(info.name) for info in infos)
    for info in infos:
        try:
            description = registry.get(info.name).description
        except ReadoutParseError:
            description = "(failed to load)"
        print(f"{info.name.ljust(width)}  {info.describe():<28}  {description}")
    return 0


def _table_command(args: argparse.Namespace) -> int:
    from .readout.table import readout_rows

    paths = list(iter_inputs(args.paths, recursive=args.recursive))
    options: dict[str, Any] = {}
    if args.reference_date:
        options["reference_date"] = args.reference_date
    parsed = []
    failed = 0
    for result in parse_many(paths, **options):
        if result.ok:
            parsed.append((result.item, result.article))
        else:
            failed += 1
            print(f"readoutparse: {_one_line(result.error)}", file=sys.stderr)
    _write_rows(readout_rows(parsed), sys.stdout, args.format)
    return 1 if failed else 0


def _write_rows(rows: list[dict[str, Any]], out: IO[str], fmt: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    import csv

    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    handler = {"parse": _parse_command, "detect": _detect_command,
               "parsers": _parsers_command, "table": _table_command}[args.command]
    try:
        return handler(args)
    except ReadoutParseError as exc:  # e.g. two plugins with one name: say it in one line
        print(f"readoutparse: {_one_line(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `readoutparse parse ... | head` is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
