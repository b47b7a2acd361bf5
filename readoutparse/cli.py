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

This module holds the options; ``commands`` the four commands, ``runner`` the batch run
they share, ``console`` the messages, ``inputs`` and ``outputs`` what is read and written.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence

from . import __version__
from .api import DEFAULT_MAX_BYTES
from .batch import DEFAULT_SUFFIXES
from .commands import detect_command, parse_command, parsers_command, table_command
from .console import Console, UsageError, message, plugin_warnings, silence_stdout
from .errors import ReadoutParseError
from .outputs import OutputError

__all__ = ["main"]

_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}
_EXIT = "Exit status: 0 every input parsed, 1 some input failed, 2 usage error."
_RECORDS = ('Every JSON record names its input under "input"; a failed input is the record '
            '{"input": ..., "error": {"type", "message", "parser"}} in its place. ' + _EXIT)


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
        epilog=_EXIT,
    )
    top.add_argument("--version", action="version", version=f"readoutparse {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse", help="parse documents into records",
        description="Parse files, folders or standard input and print one record per input.",
        epilog=_RECORDS,
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
        epilog=_RECORDS,
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
        epilog="Failed inputs are reported on stderr and in --errors, not as rows. " + _EXIT,
    )
    _inputs_options(table, batch=True)
    table.add_argument("--format", choices=("csv", "jsonl"), default="csv",
                       help="csv: a header and one line per readout; jsonl: one object per "
                            "readout (default: csv)")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    console = Console(getattr(args, "quiet", False), getattr(args, "verbose", False))
    handler = {"parse": parse_command, "detect": detect_command,
               "parsers": parsers_command, "table": table_command}[args.command]
    with plugin_warnings(console):
        try:
            return handler(args, console)
        except UsageError as error:
            console.error(str(error))
            return 2
        except OutputError as error:
            console.error(str(error))
            return 2
        except ReadoutParseError as error:  # e.g. --parser names no parser
            console.error(message(error))
            return 2
        except BrokenPipeError:
            silence_stdout()
            return 0
        except KeyboardInterrupt:
            return 130
