"""What the command line reads: arguments expanded to files, with a word for what is skipped.

Files named on the command line are read whatever their name.  A folder gives its files
that match the suffixes (or globs), sorted; what it leaves out is counted in a note, and
what cannot be read in it (an unreadable sub-folder, a dangling symbolic link, a link
loop) becomes a failed input in its place, so nothing is skipped without a word and one
bad folder never stops the others.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO, Union

import attrs

from .batch import InputError, Result
from .errors import DocumentTooLargeError

__all__ = ["STDIN", "STDIN_LABEL", "Failed", "Inputs", "expand", "read_limited"]

STDIN = "-"
STDIN_LABEL = "<stdin>"
_CHUNK = 1 << 20


@attrs.frozen
class Failed:
    """An input that failed before parsing (e.g. an unreadable folder): its Result."""

    result: Result


Entry = Union[Path, str, Failed]  # a file, STDIN, or a failure in its place


@attrs.define
class Inputs:
    entries: list[Entry] = attrs.field(factory=list)
    notes: list[str] = attrs.field(factory=list)

    @property
    def files(self) -> list[Path]:
        return [e for e in self.entries if isinstance(e, Path)]


def _failed(path: str, reason: str, code: int | None = None) -> Failed:
    return Failed(Result(path, None, InputError(reason, errno=code, name=path)))


class _Filter:
    def __init__(self, suffixes: Sequence[str], globs: Sequence[str] | None) -> None:
        self.suffixes = tuple(s.lower() for s in suffixes)
        self.globs = tuple(globs or ())

    def __call__(self, name: str) -> bool:
        if self.globs:
            return any(fnmatch.fnmatch(name, g) for g in self.globs)
        suffix = os.path.splitext(name)[1].lower()
        return suffix in self.suffixes

    def describe(self) -> str:
        if self.globs:
            return "matching " + " or ".join(self.globs)
        shown = ["(no suffix)" if not s else s for s in self.suffixes]
        return "ending in " + " ".join(shown)


def expand(
    paths: Iterable[str], *, recursive: bool, suffixes: Sequence[str],
    globs: Sequence[str] | None = None,
) -> Inputs:
    wanted = _Filter(suffixes, globs)
    found = Inputs()
    for given in paths:
        if given == STDIN:
            found.entries.append(STDIN)
        elif os.path.isdir(given):
            _folder(given, wanted, recursive, found)
        elif os.path.islink(given) and not os.path.exists(given):
            found.entries.append(_dangling(given))
        else:
            found.entries.append(Path(given))  # parse_file reports a missing file in place
    return found


def _dangling(path: str) -> Failed:
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return _failed(path, "symbolic link loop", error.errno)
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    return _failed(path, f"broken symbolic link (it points to {target}, which does not exist)",
                   errno.ENOENT)


def _folder(top: str, wanted: _Filter, recursive: bool, found: Inputs) -> None:
    files: list[str] = []
    failures: list[Failed] = []
    skipped: list[str] = []
    folders: list[str] = []
    others: list[str] = []
    seen: set[tuple[int, int]] = set()

    def walk(folder: str) -> None:
        try:
            info = os.stat(folder)
            if (info.st_dev, info.st_ino) in seen:
                failures.append(_failed(folder, "symbolic link loop: this folder is already "
                                                "being read", errno.ELOOP))
                return
            seen.add((info.st_dev, info.st_ino))
            with os.scandir(folder) as listing:
                children = sorted(listing, key=lambda e: e.name)
        except OSError as error:
            failures.append(_failed(folder, f"cannot list folder: {error.strerror or error}",
                                    error.errno))
            return
        for child in children:
            try:
                mode = os.stat(child.path).st_mode
            except OSError:
                if wanted(child.name) or child.is_symlink():
                    failures.append(_dangling(child.path))
                continue
            if stat.S_ISDIR(mode):
                if recursive:
                    walk(child.path)
                else:
                    folders.append(child.name)
            elif not stat.S_ISREG(mode):
                others.append(child.name)
            elif wanted(child.name):
                files.append(child.path)
            else:
                skipped.append(child.name)

    walk(top)
    entries: list[Path | Failed] = [*(Path(f) for f in files), *failures]
    entries.sort(key=lambda e: os.fspath(e) if isinstance(e, Path) else e.result.item)
    found.entries.extend(entries)
    if skipped:
        examples = ", ".join(skipped[:3]) + (", ..." if len(skipped) > 3 else "")
        found.notes.append(
            f"{top}: skipped {len(skipped)} file{'s' if len(skipped) != 1 else ''} not "
            f"{wanted.describe()} ({examples}); choose others with --suffix or --glob")
    if folders:
        found.notes.append(f"{top}: skipped {len(folders)} sub-folder"
                           f"{'s' if len(folders) != 1 else ''}; add -r to read them")
    if others:
        found.notes.append(f"{top}: skipped {len(others)} entr{'ies' if len(others) != 1 else 'y'}"
                           f" that are not regular files ({', '.join(others[:3])})")
    if not files and not failures:
        found.notes.append(f"{top}: no documents found")


def read_limited(handle: BinaryIO, limit: int, name: str) -> bytes:
    """At most ``limit`` bytes, read in chunks: no allocation of ``limit`` up front, and an
    endless stream such as /dev/zero stops one chunk past the limit."""
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = handle.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > limit:
        raise DocumentTooLargeError(size, limit, name=name)
    return b"".join(parts)
