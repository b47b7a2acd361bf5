"""The four commands: parse, table, detect, parsers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from .api import _document
from .batch import InputError, Result
from .console import PROVENANCE, Console, error_record, message, print_out
from .errors import ReadoutParseError
from .inputs import STDIN, STDIN_LABEL, Failed, read_limited
from .outputs import Output, json_safe
from .registry import THRESHOLD, Registry, default
from .render import escape_terminal, render_text
from .runner import read_inputs, run_batch, size_limit

__all__ = ["detect_command", "parse_command", "parsers_command", "table_command"]


def parse_command(args: argparse.Namespace, console: Console) -> int:
    count = 0

    def handle(out: Output, result: Result, record: dict[str, Any] | None) -> None:
        nonlocal count
        if args.format == "text":
            if result.article is not None:
                body = render_text(result.article, result.item)
            else:
                assert result.error is not None
                body = (f"== {result.item} [failed]\nerror:      {type(result.error).__name__}: "
                        f"{message(result.error)}\n")
            out.write(("\n" if count else "") + escape_terminal(body, keep="\n\t"))
        else:
            data = record if record is not None else error_record(result)
            if args.format == "jsonl":
                out.write(json_safe(json.dumps(data, ensure_ascii=False)) + "\n")
            else:
                body = json_safe(json.dumps(data, ensure_ascii=False, indent=2))
                body = "\n".join("  " + line for line in body.split("\n"))
                out.write(("[\n" if not count else ",\n") + body)
        count += 1

    def finish(out: Output) -> None:
        if args.format == "json":
            out.write("\n]\n" if count else "[]\n")

    return run_batch(args, console, handle, finish, readout=not args.no_readout)


# -- table -----------------------------------------------------------------------------


def table_command(args: argparse.Namespace, console: Console) -> int:
    from .readout.table import COLUMNS, readout_rows

    parsed: list[tuple[str, Any]] = []

    def handle(out: Output, result: Result, record: dict[str, Any] | None) -> None:
        if result.article is not None:
            parsed.append((result.item, result.article))

    def finish(out: Output) -> None:
        rows = readout_rows(parsed)
        if args.format == "jsonl":
            for row in rows:
                out.write(json_safe(json.dumps(row, ensure_ascii=False)) + "\n")
            return
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        text = buffer.getvalue()
        out.write(escape_terminal(text, keep="\n\t") if out.isatty() else text)

    return run_batch(args, console, handle, finish)


# -- detect ----------------------------------------------------------------------------


def detect_command(args: argparse.Namespace, console: Console) -> int:
    registry = default()
    limit = size_limit(args, console)
    found = read_inputs(args, console)
    names = [p.name for p in registry.parsers()]  # a plugin that failed to load gets no column
    rows: list[tuple[str, dict[str, float]]] = []
    failures: list[dict[str, Any]] = []
    status = 0
    for entry in found.entries:
        if isinstance(entry, Failed):
            assert entry.result.error is not None
            console.error(message(entry.result.error))
            failures.append(error_record(entry.result))
            status = 1
            continue
        label = STDIN_LABEL if entry == STDIN else os.fspath(entry)
        try:
            scores = dict(_scores(entry, label, limit, registry))
        except ReadoutParseError as error:
            console.error(message(error))
            failures.append(error_record(Result(label, None, error)))
            status = 1
            continue
        rows.append((label, scores))
    # Columns best first: by total score over the inputs, then by name.
    totals = {n: sum(s.get(n, 0.0) for _, s in rows) for n in names}
    columns = sorted(names, key=lambda n: (-totals[n], n))

    def best(scores: dict[str, float]) -> str | None:
        top = max(columns, key=lambda n: (scores.get(n, 0.0), -columns.index(n)), default=None)
        return top if top is not None and scores.get(top, 0.0) >= THRESHOLD else None

    if args.format == "json":
        records = [{PROVENANCE: label, "scores": {n: round(scores.get(n, 0.0), 4) for n in
                    sorted(columns, key=lambda n: (-scores.get(n, 0.0), n))},
                    "best": best(scores)} for label, scores in rows]
        print_out(json_safe(json.dumps(records + failures, ensure_ascii=False, indent=2)) + "\n")
        return status
    width = max([len(label) for label, _ in rows] + [4])
    lines = ["  ".join(["input".ljust(width), *(n.rjust(max(len(n), 5)) for n in columns),
                        "  best"])]
    for label, scores in rows:
        cells = (f"{scores.get(n, 0.0):.2f}".rjust(max(len(n), 5)) for n in columns)
        lines.append("  ".join([label.ljust(width), *cells, "  " + (best(scores) or "(none)")]))
    print_out(escape_terminal("\n".join(lines) + "\n", keep="\n"))
    return status


def _scores(entry: Any, label: str, limit: int, registry: Registry) -> list[tuple[str, float]]:
    try:
        if entry == STDIN:
            data = read_limited(sys.stdin.buffer, limit, label)
        else:
            if os.path.isdir(entry):
                raise InputError("is a folder", name=label)
            with open(entry, "rb") as handle:
                data = read_limited(handle, limit, label)
    except OSError as error:
        raise InputError(error.strerror or str(error), errno=error.errno, name=label) from None
    return registry.scores(_document(data, label, limit, registry))


# -- parsers ---------------------------------------------------------------------------


def parsers_command(args: argparse.Namespace, console: Console) -> int:
    registry = default()
    loaded = {p.name: p for p in registry.parsers()}
    infos = registry.infos()
    if args.format == "json":
        records = []
        for info in infos:
            record = info.to_dict()
            parser = loaded.get(info.name) if info.problem is None else None
            record["description"] = getattr(parser, "description", None)
            records.append(record)
        print_out(json_safe(json.dumps(records, ensure_ascii=False, indent=2)) + "\n")
        return 0
    width = max(len(info.name) for info in infos)
    lines = []
    for info in infos:
        parser = loaded.get(info.name) if info.problem is None else None
        description = info.problem or getattr(parser, "description", "")
        lines.append(f"{info.name.ljust(width)}  {info.describe():<28}  {description}")
    print_out(escape_terminal("\n".join(lines) + "\n", keep="\n"))
    return 0
