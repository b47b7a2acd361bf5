"""What the command line says on stderr, and the shape of its error records.

Every message is one line, ``readoutparse: ...``, escaped for the terminal; ``-q`` keeps
only errors and ``-v`` adds a line per input.  A failed input's JSON record is
``{"input": ..., "error": {"type", "message", "parser"}}``, in the output and in ``--errors``.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from .batch import Result
from .errors import DocumentTooLargeError
from .outputs import json_safe
from .registry import PluginWarning
from .render import escape_terminal

__all__ = ["PROVENANCE", "Console", "UsageError", "error_record", "message", "plugin_warnings",
           "print_out", "silence_stdout"]

#: The key naming a record's input in every JSON/JSONL record the command line writes.
PROVENANCE = "input"


class UsageError(Exception):
    """A mistake in the command line: one line on stderr and exit status 2."""


class Console:
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


def message(error: BaseException) -> str:
    """The one line a user reads; the size limit is named by its command-line option."""
    if isinstance(error, DocumentTooLargeError):
        where = f"{error.name}: " if error.name else ""
        # A stream is read one byte past the limit, so its whole size is unknown.
        size = "" if error.size == error.limit + 1 else f"{error.size:,} bytes, "
        return (f"{where}document is {size}over the limit of {error.limit:,} bytes "
                f"(raise it with --max-bytes)")
    return str(error)


def error_record(result: Result) -> dict[str, Any]:
    assert result.error is not None
    return {PROVENANCE: result.item, "error": {
        "type": type(result.error).__name__,
        "message": json_safe(message(result.error)),
        "parser": result.parser,
    }}


@contextmanager
def plugin_warnings(console: Console) -> Iterator[None]:
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


def silence_stdout() -> None:
    # The reader has gone; point stdout at /dev/null so the interpreter's final flush
    # does not raise again at exit.
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def print_out(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()
