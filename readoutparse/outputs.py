"""Where the command line writes: outputs that never destroy an input or leave half a file.

A file output is written to a temporary file beside the target and renamed over it at the
end, so a failed or interrupted run leaves either the old file or the whole new one.  An
output that names an input, or names the other output, is refused before anything is
opened.  Devices and pipes (``/dev/null``, ``/dev/full``, a FIFO) are written directly.
"""

from __future__ import annotations

import os
import re
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO

__all__ = ["Output", "OutputError", "check_outputs", "json_safe"]

# Characters JSON may carry raw but a terminal or an editor acts on: C1 controls, DEL,
# bidirectional controls, line/paragraph separators, and lone surrogates (which cannot be
# encoded at all).  In JSON text they only ever occur inside strings, so writing them as
# \\uXXXX escapes keeps the data identical for every reader.
_UNSAFE_JSON = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def json_safe(text: str) -> str:
    return _UNSAFE_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class OutputError(Exception):
    """An output cannot be opened or written; its message is the one line a user reads."""


def _describe(path: str) -> str:
    return "standard output" if path == "-" else path


def check_outputs(output: str, errors: str | None, inputs: Iterable[Path]) -> None:
    """Refuse an output that would destroy an input or cannot be written, before any work."""
    targets = [("-o", output)] + ([("--errors", errors)] if errors else [])
    if errors == "-" and output == "-":
        raise OutputError("--errors - and the records would mix on standard output; "
                          "give -o FILE or --errors FILE")
    if errors and errors != "-" and output != "-" and _same(output, errors):
        raise OutputError(f"-o and --errors both name {output}; give them different files")
    for option, target in targets:
        if target == "-":
            continue
        if os.path.isdir(target):
            raise OutputError(f"cannot write {option} {target}: it is a folder; name a file")
        parent = os.path.dirname(os.path.abspath(target))
        if not os.path.isdir(parent):
            raise OutputError(f"cannot write {option} {target}: folder "
                              f"{os.path.dirname(target) or parent} does not exist")
        for given in inputs:
            if _same(target, os.fspath(given)):
                raise OutputError(f"{option} {target} is also an input; refusing to overwrite "
                                  "it (write the output elsewhere)")


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


class Output:
    """One output: standard output, a device written directly, or a file renamed into place."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self._temp: str | None = None

    def open(self) -> None:
        if self.path == "-":
            self._handle = sys.stdout
            return
        try:
            direct = os.path.exists(self.path) and not stat.S_ISREG(os.stat(self.path).st_mode)
            if direct:
                self._handle = open(self.path, "w", encoding="utf-8", newline="\n")
                return
            folder = os.path.dirname(os.path.abspath(self.path))
            fd, self._temp = tempfile.mkstemp(
                dir=folder, prefix=f".{os.path.basename(self.path)}.", suffix=".part")
            os.chmod(self._temp, _mode_for(self.path))
            self._handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        except OSError as error:
            raise OutputError(f"cannot write {self.path}: {error.strerror or error}") from None

    def isatty(self) -> bool:
        try:
            return self._handle is not None and self._handle.isatty()
        except (OSError, ValueError):
            return False

    def write(self, text: str) -> None:
        assert self._handle is not None
        try:
            self._handle.write(text)
        except BrokenPipeError:
            raise
        except OSError as error:
            raise OutputError(f"cannot write {_describe(self.path)}: "
                              f"{error.strerror or error}") from None

    def commit(self) -> None:
        """Flush, and put a file in place; after this the output is complete."""
        handle = self._handle
        if handle is None:
            return
        try:
            handle.flush()
            if handle is not sys.stdout:
                handle.close()
            if self._temp is not None:
                os.replace(self._temp, self.path)
                self._temp = None
        except BrokenPipeError:
            raise
        except OSError as error:
            self.abort()
            raise OutputError(f"cannot write {_describe(self.path)}: "
                              f"{error.strerror or error}") from None
        self._handle = None

    def abort(self) -> None:
        """Drop a half-written file; the target keeps what it held before the run."""
        handle, self._handle = self._handle, None
        if handle is not None and handle is not sys.stdout:
            try:
                handle.close()
            except OSError:
                pass
        if self._temp is not None:
            try:
                os.unlink(self._temp)
            except OSError:
                pass
            self._temp = None


def _mode_for(path: str) -> int:
    # A replaced file keeps its permissions; a new one gets what open() would give it.
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
