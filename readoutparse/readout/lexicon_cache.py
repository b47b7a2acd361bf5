"""The built-in gazetteer's compiled lexicons, kept on disk between processes.

Compiling one language's lexicon (:func:`.lexicon.compiled`) reads CLDR's country names
through babel, converts the Simplified ones to Traditional with OpenCC and adds some ten
thousand strings to the automata: 60-100 ms of CPU, most of what a command-line user
waits for on one Chinese page.  For the built-in gazetteer (the only one known in full
from the package's own files) the result is written once and read back in a few ms.

The file holds plain data only (dicts, lists, tuples, strings, numbers), written with
:mod:`marshal`, which builds no objects but those; the automata are rebuilt from its keys.
Its name carries a fingerprint of everything the lexicon is made from: every module and
data file of :mod:`readoutparse.readout`, the versions of Python, Unicode, babel, OpenCC
and pyahocorasick.  A change to any of them is a different file; a file that cannot be
read is ignored and written again.

Where: ``$READOUTPARSE_CACHE`` if set (``off`` or an empty value turns the cache off),
else ``$XDG_CACHE_HOME/readoutparse``, else ``~/.cache/readoutparse``.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import marshal
import os
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "load", "store"]

_FORMAT = 1  # of the stored tuple below
_VERSIONED = ("babel", "opencc", "ahocorasick")  # third-party code the lexicon is made with
_KEPT = 4  # fingerprints kept per language


def cache_dir() -> Path | None:
    """The folder lexicons are kept in, or None when caching is off."""
    chosen = os.environ.get("READOUTPARSE_CACHE")
    if chosen is not None:
        return Path(chosen) if chosen.strip() and chosen.strip().lower() != "off" else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "readoutparse"


@functools.lru_cache(maxsize=1)
def _fingerprint() -> str:
    digest = hashlib.sha256(f"{_FORMAT} {sys.version} {unicodedata.unidata_version}".encode())
    here = Path(__file__).resolve().parent
    for path in sorted([*here.glob("*.py"), *here.glob("data/*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for name in _VERSIONED:
        # Without importing them (babel alone costs 12 ms): the module file, its size and
        # time stamp stand for the installed version.
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin:
            stat = os.stat(origin)
            digest.update(f"{name} {origin} {stat.st_size} {stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:24]


def _path(language: str | None) -> Path | None:
    folder = cache_dir()
    return None if folder is None else folder / f"lexicon-{_fingerprint()}-{language or 'all'}.marshal"


def load(language: str | None) -> tuple[Any, ...] | None:
    """The stored state of a language's lexicon, or None (not stored, unreadable, off)."""
    try:
        path = _path(language)
        if path is None or not path.is_file():
            return None
        state = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not (isinstance(state, tuple) and len(state) == 6 and state[0] == _FORMAT):
        return None
    return state[1:]


def store(language: str | None, state: tuple[Any, ...]) -> None:
    """Keep a lexicon's state; any failure (a read-only home, a full disk) is ignored."""
    try:
        path = _path(language)
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        data = marshal.dumps((_FORMAT, *state))
        # Written aside and renamed, so a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".lexicon-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
        # Files made from other sources or versions are read only by another install (a
        # second checkout, a virtual environment): the newest few are kept, not more.
        others = sorted((p for p in path.parent.glob(f"lexicon-*-{language or 'all'}.marshal") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[_KEPT - 1:]:
            old.unlink(missing_ok=True)
    except (OSError, ValueError):
        return
