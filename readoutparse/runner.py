"""Running a batch for the command line: inputs in, records out, signals and the summary.

``run_batch`` is shared by ``parse`` and ``table``.  Inputs are expanded first, outputs are
checked against them before anything is opened, each record is checked to serialise before
it is written, and SIGINT/SIGTERM stop the run between records with the output completed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .batch import DEFAULT_SUFFIXES, InputError, Result, parse_many
from .console import PROVENANCE, Console, UsageError, error_record, message, silence_stdout
from .errors import ParserCrashedError, ReadoutParseError
from .inputs import STDIN, STDIN_LABEL, Failed, Inputs, expand, read_limited
from .outputs import Output, OutputError, check_outputs, json_safe
from .registry import default

__all__ = ["MAX_LIMIT", "read_inputs", "run_batch", "size_limit"]

# Larger limits are lowered to this: a gigabyte document already needs tens of gigabytes
# of memory to parse (docs/performance.md), and reading "limit + 1" bytes of a bigger
# limit would allocate that much up front.
MAX_LIMIT = 1 << 30


class _Stop(BaseException):
    """SIGINT or SIGTERM arrived: finish the output and stop (never caught as Exception)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


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


def size_limit(args: argparse.Namespace, console: Console) -> int:
    if args.max_bytes > MAX_LIMIT:
        console.warn(f"--max-bytes {args.max_bytes} lowered to the largest limit, 1G "
                     f"({MAX_LIMIT} bytes)")
        return MAX_LIMIT
    return int(args.max_bytes)


def read_inputs(args: argparse.Namespace, console: Console) -> Inputs:
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


def _progress(results: Iterator[Result], total: int, console: Console) -> Iterator[Result]:
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


def run_batch(
    args: argparse.Namespace,
    console: Console,
    handle: Callable[[Output, Result, dict[str, Any] | None], None],
    finish: Callable[[Output], None],
    *,
    readout: bool = True,
) -> int:
    """Shared by parse and table: inputs, outputs, signals, the summary and exit status."""
    limit = size_limit(args, console)
    found = read_inputs(args, console)
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
                            console.error(message(result.error) if result.error else result.item)
                            if errors is not None:
                                errors.write(json_safe(json.dumps(error_record(result),
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
        silence_stdout()
    if stopped is not None:
        name = "SIGINT" if stopped == signal.SIGINT else "SIGTERM"
        console.error(tally.line(f"stopped by {name}; the output holds every input before it"))
        return 128 + stopped
    if not broken_pipe and (len(found.entries) > 1 or args.output != "-" or console.verbose):
        console.summary(tally.line())
    return 1 if tally.failed else 0


def _report_record(result: Result, console: Console) -> None:
    assert result.article is not None
    console.info(f"{result.item}: {result.article.parser}")
    for index, warning in enumerate(result.article.warnings):
        if index == 0 and "was forced on a document it scores" in warning:
            console.warn(f"{result.item}: {warning}")
        else:
            console.info(f"{result.item}: warning: {warning}")
