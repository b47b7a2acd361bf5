"""The ``readoutparse`` command: parse, detect, parsers, table.

The habits it keeps (docs/guide.md, "From the shell", is the reference):

- Inputs are files, folders and ``-`` (standard input, also read when no input is given
  and standard input is not a terminal).  A folder says what it skipped.
- Every JSON/JSONL record carries its input under ``"input"``; a failed input is an error
  record ``{"input": ..., "error": {"type", "message", "parser"}}`` in its place.
- ``--format json`` is always one array, whatever the number of inputs.
- Outputs go to a temporary file beside the target, renamed into place at the end; an
  output that names an input is refused before anything is opened.
- Exit status: 0 every input parsed, 1 some failed (or the output could not be written),
  2 usage; 130/143 after SIGINT/SIGTERM, with the output complete and the summary printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import signal
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TextIO

from . import __version__
from .api import DEFAULT_MAX_BYTES, _document
from .batch import DEFAULT_SUFFIXES, Result, parse_many
from .errors import DocumentTooLargeError, ParserCrashedError, ReadoutParseError
from .registry import THRESHOLD, PluginWarning, Registry, default
from .render import escape_terminal, render_text
from .inputs import STDIN, STDIN_LABEL, Failed, Inputs, expand, read_limited
from .outputs import Output, OutputError, check_outputs, json_safe

__all__ = ["main"]

PROVENANCE = "input"
# Larger limits are lowered to this: a gigabyte document already needs tens of gigabytes
# of memory to parse (docs/performance.md), and reading "limit + 1" bytes of a bigger
# limit would allocate that much up front.
MAX_LIMIT = 1 << 30
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


class UsageError(Exception):
    """A mistake in the command line: one line on stderr and exit status 2."""


class _Stop(BaseException):
    """SIGINT or SIGTERM arrived: finish the output and stop (never caught as Exception)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


# -- argument types ------------------------------------------------------------------


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {value!r}") from None


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise argparse.ArgumentTypeError(
            f"expected a number of processes (0 for one per CPU), got {value!r}")
    return number


def _size(value: str) -> int:
    """Bytes, with an optional unit: ``500000``, ``500k``, ``20M``, ``1G`` (powers of 1024)."""
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    digits, unit = (text[:-1], text[-1]) if text[-1:].isalpha() else (text, "")
    if not digits.isdigit() or unit not in _UNITS or int(digits) * _UNITS[unit] < 1:
        raise argparse.ArgumentTypeError(
            f"expected a size in bytes such as 500000, 500k, 20M or 1G, got {value!r}")
    return int(digits) * _UNITS[unit]


def _suffixes(value: str) -> list[str]:
    return [s if s.startswith(".") or not s else "." + s for s in value.split(",")]


# -- the command line ------------------------------------------------------------------


def _inputs_options(parser: argparse.ArgumentParser, *, batch: bool) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="files, folders, or '-' for standard input (the default when "
                             "standard input is not a terminal)")
    parser.add_argument("-r", "--recursive", action="store_true",
                        help="descend into sub-folders of folder arguments")
    parser.add_argument("--suffix", type=_suffixes, action="extend", metavar="LIST",
                        help="in folders, read files with these comma-separated suffixes "
                             f"(default: {','.join(DEFAULT_SUFFIXES)}); files named on the "
                             "command line are always read")
    parser.add_argument("-g", "--glob", action="append", metavar="PATTERN",
                        help="in folders, read files whose name matches PATTERN "
                             "(e.g. '*' for every file); overrides --suffix; repeatable")
    parser.add_argument("--max-bytes", type=_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
                        help="refuse larger documents; units k, M, G allowed "
                             f"(default: {DEFAULT_MAX_BYTES // (1 << 20)}M, at most 1G)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="print only errors: no summary, warnings or progress")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also print each input's parser and its record's warnings")
    if not batch:
        return
    parser.add_argument("--parser", metavar="NAME", help="use this parser instead of detecting one")
    parser.add_argument("--strict", action="store_true", help="treat every warning as an error")
    parser.add_argument("--reference-date", type=_date, metavar="YYYY-MM-DD",
                        help="anchor for dates printed without a year")
    parser.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                        help="parse in N processes; 0 means one per CPU (default: 1)")
    parser.add_argument("-o", "--output", default="-", metavar="FILE",
                        help="write to FILE instead of standard output ('-'); FILE appears "
                             "complete at the end, never half-written")
    parser.add_argument("--errors", metavar="FILE",
                        help="also write one JSON error record per failed input to FILE")


def _build_parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="readoutparse",
        description="Turn diplomatic readouts from news pages into clean, typed records.",
        epilog="Exit status: 0 every input parsed, 1 some input failed, 2 usage error.",
    )
    top.add_argument("--version", action="version", version=f"readoutparse {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="parse documents into records",
        description="Parse files, folders or standard input and print one record per input.",
    )
    _inputs_options(parse, batch=True)
    parse.add_argument("--format", choices=("json", "jsonl", "text"), default="json",
                       help="json: one array of records; jsonl: one record per line; "
                            "text: a readable view (default: json)")
    parse.add_argument("--no-readout", action="store_true",
                       help="skip the readout (who met whom) analysis")

    detect = commands.add_parser(
        "detect", help="score each document against every parser",
        description="Print every parser's score for each input; columns best first.",
    )
    _inputs_options(detect, batch=False)
    detect.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: a table; json: one array of records (default: text)")

    parsers = commands.add_parser(
        "parsers", help="list the registered parsers",
        description="List every parser, where it comes from, and any that were skipped.",
    )
    parsers.add_argument("--format", choices=("text", "json"), default="text",
                         help="text: a table; json: one array of records (default: text)")

    table = commands.add_parser(
        "table", help="one row per readout, sorted by event date",
        description="Parse inputs and print one row per diplomatic contact they report, "
                    "earliest first; the header is printed even when there is no row.",
    )
    _inputs_options(table, batch=True)
    table.add_argument("--format", choices=("csv", "jsonl"), default="csv",
                       help="csv: a header and one line per readout; jsonl: one object per "
                            "readout (default: csv)")
    return top


# -- messages --------------------------------------------------------------------------


class _Console:
    """stderr, one line per message, escaped for the terminal; -q and -v decide what shows."""

    def __init__(self, quiet: bool = False, verbose: bool = False) -> None:
        self.quiet, self.verbose = quiet, verbose

    def error(self, message: str) -> None:
        self._line(message)

    def warn(self, message: str) -> None:
        if not self.quiet:
            self._line(f"warning: {message}")

    def info(self, message: str) -> None:
        if self.verbose and not self.quiet:
            self._line(message)

    def summary(self, message: str) -> None:
        if not self.quiet:
            self._line(message)

    def _line(self, message: str) -> None:
        text = escape_terminal(" ".join(message.split()))
        try:
            print(f"readoutparse: {text}", file=sys.stderr, flush=True)
        except (OSError, ValueError):  # stderr closed: nothing left to tell
            pass


def _message(error: BaseException) -> str:
    """The one line a user reads; the size limit is named by its command-line option."""
    if isinstance(error, DocumentTooLargeError):
        where = f"{error.name}: " if error.name else ""
        # A stream is read one byte past the limit, so its whole size is unknown.
        size = "" if error.size == error.limit + 1 else f"{error.size:,} bytes, "
        return (f"{where}document is {size}over the limit of {error.limit:,} bytes "
                f"(raise it with --max-bytes)")
    return str(error)


def _error_record(result: Result) -> dict[str, Any]:
    assert result.error is not None
    return {PROVENANCE: result.item, "error": {
        "type": type(result.error).__name__,
        "message": json_safe(_message(result.error)),
        "parser": result.parser,
    }}


@contextmanager
def _plugin_warnings(console: _Console) -> Iterator[None]:
    # A plugin's warning is one clean line of ours, not Python's two-line display.
    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: TextIO | None = None, line: str | None = None) -> None:
        if issubclass(category, PluginWarning):
            console.warn(str(message).removeprefix("readoutparse: "))
        else:
            original(message, category, filename, lineno, file, line)

    original = warnings.showwarning
    with warnings.catch_warnings():
        warnings.simplefilter("default", PluginWarning)
        warnings.showwarning = show
        yield


@contextmanager
def _signals() -> Iterator[Callable[[], Any]]:
    """Turn SIGINT/SIGTERM into _Stop, deferred while a record is being written.

    Yields ``hold``: a context manager under which a signal waits until the block ends,
    so a record or the closing bracket is never cut in half.
    """
    state: dict[str, Any] = {"holding": 0, "pending": None}

    def handler(signum: int, frame: object) -> None:
        if state["holding"]:
            state["pending"] = signum
        else:
            raise _Stop(signum)

    @contextmanager
    def hold() -> Iterator[None]:
        state["holding"] += 1
        try:
            yield
        finally:
            state["holding"] -= 1
        if not state["holding"] and state["pending"] is not None:
            signum, state["pending"] = state["pending"], None
            raise _Stop(signum)

    try:
        previous = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    except ValueError:  # not the main thread: leave signals alone
        previous = {}
    try:
        yield hold
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


# -- running inputs --------------------------------------------------------------------


def _limit(args: argparse.Namespace, console: _Console) -> int:
    if args.max_bytes > MAX_LIMIT:
        console.warn(f"--max-bytes {args.max_bytes} lowered to the largest limit, 1G "
                     f"({MAX_LIMIT} bytes)")
        return MAX_LIMIT
    return int(args.max_bytes)


def _inputs(args: argparse.Namespace, console: _Console) -> Inputs:
    paths = list(args.paths)
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no input: name files or folders, or '-' for standard input")
        paths = [STDIN]
    if paths.count(STDIN) > 1:
        raise UsageError("'-' (standard input) can be read only once")
    found = expand(paths, recursive=args.recursive, suffixes=args.suffix or DEFAULT_SUFFIXES,
                   globs=args.glob)
    for note in found.notes:
        console.warn(note)
    return found


def _stdin_result(options: dict[str, Any], limit: int) -> Result:
    from .api import parse

    try:
        data = read_limited(sys.stdin.buffer, limit, STDIN_LABEL)
        article = parse(data, **options, name=STDIN_LABEL)
    except ReadoutParseError as error:
        parser = getattr(error, "parser", None)
        return Result(STDIN_LABEL, None, error, parser if isinstance(parser, str) else None)
    except OSError as error:
        from .batch import InputError

        return Result(STDIN_LABEL, None, InputError(error.strerror or str(error),
                                                    name=STDIN_LABEL))
    return Result(STDIN_LABEL, article, None, article.parser)


def _results(found: Inputs, jobs: int, options: dict[str, Any], limit: int) -> Iterator[Result]:
    """One Result per input, in order: runs of paths go to parse_many, the rest inline."""
    run: list[os.PathLike[str]] = []
    for entry in [*found.entries, None]:
        if entry is not None and not isinstance(entry, (Failed, str)):
            run.append(entry)
            continue
        if run:
            results = parse_many(run, jobs=jobs, **options)
            try:
                yield from results
            finally:
                close = getattr(results, "close", None)
                if close is not None:
                    close()  # a stop mid-run shuts the pool down now
            run = []
        if isinstance(entry, Failed):
            yield entry.result
        elif entry == STDIN:
            yield _stdin_result(options, limit)


def _parse_options(args: argparse.Namespace, limit: int, readout: bool) -> dict[str, Any]:
    options: dict[str, Any] = {"max_bytes": limit, "strict": args.strict, "readout": readout}
    if args.parser:
        default().get(args.parser)  # an unknown name is a usage error, before any work
        options["parser"] = args.parser
    if args.reference_date:
        options["reference_date"] = args.reference_date
    return options


def _progress(results: Iterator[Result], total: int, console: _Console) -> Iterator[Result]:
    if console.quiet or not sys.stderr.isatty() or total < 2:
        return results
    from tqdm import tqdm  # only for a person watching a terminal

    return iter(tqdm(results, total=total, unit="doc", file=sys.stderr, leave=False))


class _Tally:
    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.by_parser: Counter[str] = Counter()
        self.failed = 0

    def line(self, stopped: str | None = None) -> str:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(self.by_parser.items()))
        head = f"{stopped}; " if stopped else ""
        return (f"{head}parsed {sum(self.by_parser.values())}, failed {self.failed}"
                f"{' (' + counts + ')' if counts else ''} in "
                f"{time.perf_counter() - self.started:.1f} s")


def _checked(result: Result) -> tuple[Result, dict[str, Any] | None]:
    """The record as JSON data, or a failed Result when the record cannot be written.

    A record is written only once it is known to serialise: a plugin's ``extra`` holding a
    datetime, or text holding a lone surrogate, costs that item, not the batch.
    """
    if result.article is None:
        return result, None
    try:
        record = {PROVENANCE: result.item, **result.article.to_dict()}
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        problem = TypeError(f"its record cannot be written: {json_safe(str(exc))}")
        error = ParserCrashedError(result.article.parser, problem, name=result.item)
        return Result(result.item, None, error, result.article.parser), None
    return result, record


def _run_batch(
    args: argparse.Namespace,
    console: _Console,
    handle: Callable[[Output, Result, dict[str, Any] | None], None],
    finish: Callable[[Output], None],
    *,
    readout: bool = True,
) -> int:
    """Shared by parse and table: inputs, outputs, signals, the summary and exit status."""
    limit = _limit(args, console)
    found = _inputs(args, console)
    errors_path = getattr(args, "errors", None)
    check_outputs(args.output, errors_path, found.files)
    options = _parse_options(args, limit, readout)
    default().parsers()  # load plugins now: their warnings print once, before the pool forks
    tally = _Tally()
    stopped: int | None = None
    broken_pipe = False
    output = Output(args.output)
    errors = Output(errors_path) if errors_path else None
    try:
        with _signals() as hold:
            try:
                output.open()
                if errors is not None:
                    errors.open()
                results = _progress(_results(found, args.jobs, options, limit), len(found.entries),
                                    console)
                for raw in results:
                    result, record = _checked(raw)
                    with hold():
                        if result.ok:
                            assert result.article is not None
                            tally.by_parser[result.article.parser] += 1
                            _report_record(result, console)
                        else:
                            tally.failed += 1
                            console.error(_message(result.error) if result.error else result.item)
                            if errors is not None:
                                errors.write(json_safe(json.dumps(_error_record(result),
                                                                  ensure_ascii=False)) + "\n")
                        handle(output, result, record)
            except _Stop as stop:
                stopped = stop.signum
            except BrokenPipeError:  # `readoutparse parse ... | head` is fine
                broken_pipe = True
            except OutputError as error:  # the finally below drops what was written
                console.error(str(error))
                return 1
            try:
                with hold():
                    if not broken_pipe:
                        finish(output)
                    output.commit()
                    if errors is not None:
                        errors.commit()
            except _Stop as stop:
                stopped = stopped or stop.signum
            except BrokenPipeError:
                broken_pipe = True
            except OutputError as error:  # the finally below drops what was written
                console.error(str(error))
                return 1
    finally:
        # After a commit these do nothing; after a bug they leave no temporary file.
        output.abort()
        if errors is not None:
            errors.abort()
    if broken_pipe:
        _silence_stdout()
    if stopped is not None:
        name = "SIGINT" if stopped == signal.SIGINT else "SIGTERM"
        console.error(tally.line(f"stopped by {name}; the output holds every input before it"))
        return 128 + stopped
    if not broken_pipe and (len(found.entries) > 1 or args.output != "-" or console.verbose):
        console.summary(tally.line())
    return 1 if tally.failed else 0


def _report_record(result: Result, console: _Console) -> None:
    assert result.article is not None
    console.info(f"{result.item}: {result.article.parser}")
    for index, warning in enumerate(result.article.warnings):
        if index == 0 and "was forced on a document it scores" in warning:
            console.warn(f"{result.item}: {warning}")
        else:
            console.info(f"{result.item}: warning: {warning}")


def _silence_stdout() -> None:
    # The reader has gone; point stdout at /dev/null so the interpreter's final flush
    # does not raise again at exit.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


# -- parse -----------------------------------------------------------------------------


def _parse_command(args: argparse.Namespace, console: _Console) -> int:
    count = 0

    def handle(out: Output, result: Result, record: dict[str, Any] | None) -> None:
        nonlocal count
        if args.format == "text":
            if result.article is not None:
                body = render_text(result.article, result.item)
            else:
                assert result.error is not None
                body = (f"== {result.item} [failed]\nerror:      {type(result.error).__name__}: "
                        f"{_message(result.error)}\n")
            out.write(("\n" if count else "") + escape_terminal(body, keep="\n\t"))
        else:
            data = record if record is not None else _error_record(result)
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

    return _run_batch(args, console, handle, finish, readout=not args.no_readout)


# -- table -----------------------------------------------------------------------------


def _table_command(args: argparse.Namespace, console: _Console) -> int:
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

    return _run_batch(args, console, handle, finish)


# -- detect ----------------------------------------------------------------------------


def _detect_command(args: argparse.Namespace, console: _Console) -> int:
    registry = default()
    limit = _limit(args, console)
    found = _inputs(args, console)
    names = [p.name for p in registry.parsers()]  # a plugin that failed to load gets no column
    rows: list[tuple[str, dict[str, float]]] = []
    failures: list[dict[str, Any]] = []
    status = 0
    for entry in found.entries:
        if isinstance(entry, Failed):
            assert entry.result.error is not None
            console.error(_message(entry.result.error))
            failures.append(_error_record(entry.result))
            status = 1
            continue
        label = STDIN_LABEL if entry == STDIN else os.fspath(entry)
        try:
            scores = dict(_scores(entry, label, limit, registry))
        except ReadoutParseError as error:
            console.error(_message(error))
            failures.append(_error_record(Result(label, None, error)))
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
        _print(json_safe(json.dumps(records + failures, ensure_ascii=False, indent=2)) + "\n")
        return status
    width = max([len(label) for label, _ in rows] + [4])
    lines = ["  ".join(["input".ljust(width), *(n.rjust(max(len(n), 5)) for n in columns),
                        "  best"])]
    for label, scores in rows:
        cells = (f"{scores.get(n, 0.0):.2f}".rjust(max(len(n), 5)) for n in columns)
        lines.append("  ".join([label.ljust(width), *cells, "  " + (best(scores) or "(none)")]))
    _print(escape_terminal("\n".join(lines) + "\n", keep="\n"))
    return status


def _scores(entry: Any, label: str, limit: int, registry: Registry) -> list[tuple[str, float]]:
    from .batch import InputError

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


def _parsers_command(args: argparse.Namespace, console: _Console) -> int:
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
        _print(json_safe(json.dumps(records, ensure_ascii=False, indent=2)) + "\n")
        return 0
    width = max(len(info.name) for info in infos)
    lines = []
    for info in infos:
        parser = loaded.get(info.name) if info.problem is None else None
        description = info.problem or getattr(parser, "description", "")
        lines.append(f"{info.name.ljust(width)}  {info.describe():<28}  {description}")
    _print(escape_terminal("\n".join(lines) + "\n", keep="\n"))
    return 0


def _print(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    console = _Console(getattr(args, "quiet", False), getattr(args, "verbose", False))
    handler = {"parse": _parse_command, "detect": _detect_command,
               "parsers": _parsers_command, "table": _table_command}[args.command]
    with _plugin_warnings(console):
        try:
            return handler(args, console)
        except UsageError as error:
            console.error(str(error))
            return 2
        except OutputError as error:
            console.error(str(error))
            return 2
        except ReadoutParseError as error:  # e.g. --parser names no parser
            console.error(_message(error))
            return 2
        except BrokenPipeError:
            _silence_stdout()
            return 0
        except KeyboardInterrupt:
            return 130
