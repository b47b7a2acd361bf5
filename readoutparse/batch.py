"""Parse many documents: in input order, streaming, optionally on a process pool.

``parse_many`` never stops on a bad item: every item gives one :class:`Result`, holding
either the Article or the error.  Memory stays flat however long the input is, because
items are pulled lazily and at most a bounded window of chunks is in flight at once.
"""

from __future__ import annotations

import os
import traceback
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from .api import parse, parse_file
from .errors import ParserCrashedError, ReadoutParseError
from .model import Article

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

# multiprocessing and concurrent.futures (13 ms of a 40 ms ``import readoutparse``) are
# imported where a pool is made or a worker starts: jobs=1, the command line's default,
# never pays for them.

__all__ = ["InputError", "Result", "iter_inputs", "parse_many"]

DEFAULT_SUFFIXES = (".txt", ".md", ".html", ".htm")
# Chunks in flight per worker: enough that a worker never waits for the parent to hand
# it the next chunk, few enough that memory does not grow with the input.
_LOOKAHEAD = 2

Item = str | bytes | os.PathLike[str]
# What crosses to a worker: the item's label and either a path to open or the data itself.
_Task = tuple[str, str, object]


class InputError(ReadoutParseError):
    """An input could not be read (missing file, permission, a directory) or is no document."""

    def __init__(self, reason: str, *, errno: int | None = None, name: str | None = None) -> None:
        self.reason = reason
        self.errno = errno
        super().__init__(f"cannot read input: {reason}", name=name)


def _error_key(error: ReadoutParseError | None) -> tuple[type, str] | None:
    # Exceptions compare by identity; a result that crossed a process boundary should still
    # equal the one computed in-process, so compare errors by class and message.
    return None if error is None else (type(error), str(error))


@attrs.frozen
class Result:
    """The outcome for one input item: an Article or the error, never both.

    ``item`` is the path, or ``"<item N>"`` (N counted from 0) for bytes or text input.
    ``parser`` is the parser that read the item, also for errors where one is known
    (a MalformedDocumentError or a parser crash), else None.
    """

    item: str
    article: Article | None = None
    error: ReadoutParseError | None = attrs.field(default=None, eq=_error_key)
    parser: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """JSON-shaped: ``item``, ``ok``, ``parser``, and ``article`` or ``error``."""
        data: dict[str, Any] = {"item": self.item, "ok": self.ok, "parser": self.parser}
        if self.article is not None:
            data["article"] = self.article.to_dict()
        if self.error is not None:
            data["error"] = {"type": type(self.error).__name__, "message": str(self.error)}
        return data


def iter_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    recursive: bool = False,
    suffixes: Iterable[str] = DEFAULT_SUFFIXES,
) -> Iterator[Path]:
    """The files to parse: files as given, directories expanded to their documents.

    A directory gives its files whose suffix is in ``suffixes`` (case-insensitive), sorted;
    subdirectories too with ``recursive=True`` (not through links to directories, so a
    link loop cannot recurse).  Nothing is skipped without a word: a path that does not
    exist, a link with the suffix that leads nowhere (dangling, or a loop), and a folder
    that cannot be listed are yielded in their place, so that ``parse_many`` reports each
    as an InputError there and goes on with the rest.
    """
    wanted = tuple(s.lower() for s in suffixes)
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            yield path
            continue
        yield from sorted(_listing(path, wanted, recursive))


class _Unlisted(type(Path())):  # type: ignore[misc]  # PosixPath or WindowsPath
    """A folder that could not be listed, with why: parse_many reports it in its place."""

    reason = ""


def _listing(folder: Path, wanted: tuple[str, ...], recursive: bool) -> list[Path]:
    found: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False):
                        if recursive:
                            pending.append(Path(entry.path))
                        continue
                    if not entry.name.lower().endswith(wanted) or "." not in entry.name:
                        continue
                    path = Path(entry.path)
                    if path.suffix.lower() not in wanted:
                        continue
                    # A file, or a link that leads to no file (dangling or a loop): the
                    # second fails in parse_many with what is wrong.  Links to folders,
                    # pipes and devices are no documents (reading a pipe could block).
                    if _document_entry(entry):
                        found.append(path)
        except OSError as error:
            unlisted = _Unlisted(current)
            unlisted.reason = (f"cannot list this folder ({error.strerror or error}); "
                               "its documents were not read")
            found.append(unlisted)
    return found


def _document_entry(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file() or (entry.is_symlink() and not os.path.exists(entry.path))
    except OSError:  # a link loop: stat fails with ELOOP; parse_many will say so
        return True


def parse_many(
    items: Iterable[Item],
    *,
    jobs: int = 1,
    chunksize: int = 64,
    **options: Any,
) -> Iterator[Result]:
    """Parse every item, yielding one Result per item in input order.

    An item is a path (``os.PathLike``, e.g. ``pathlib.Path``), ``bytes``, or ``str``; a
    ``str`` is document *text*, never a path.  ``options`` are ``parse``/``parse_file``
    keyword options (``parser``, ``reference_date``, ``strict``, ``max_bytes``,
    ``readout``, ...); each item's ``name`` in errors is its Result's ``item``.

    ``jobs=1`` parses in this process.  ``jobs=N`` parses on N worker processes, handing
    them ``chunksize`` items at a time with at most ``2 * N`` chunks in flight; options
    must then pickle.  ``jobs=0`` or less means one worker per CPU.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    if jobs < 1:
        jobs = os.cpu_count() or 1
    options.pop("name", None)
    tasks = (_task(index, item) for index, item in enumerate(items))
    if jobs == 1:
        return (_run(task, options) for task in tasks)
    return _parallel(tasks, jobs, chunksize, options)


def _task(index: int, item: object) -> _Task:
    if isinstance(item, str):
        return (f"<item {index}>", "data", item)
    if isinstance(item, (bytes, bytearray, memoryview)):
        return (f"<item {index}>", "data", bytes(item))
    if isinstance(item, _Unlisted):
        return (os.fspath(item), "unlisted", item.reason)
    if isinstance(item, os.PathLike):
        path = os.fspath(item)
        if isinstance(path, str):
            return (path, "path", path)
    return (f"<item {index}>", "bad", type(item).__name__)


def _run(task: _Task, options: dict[str, Any]) -> Result:
    label, kind, payload = task
    try:
        if kind == "path":
            article = parse_file(str(payload), **options, name=label)
        elif kind == "data":
            article = parse(payload, **options, name=label)  # type: ignore[arg-type]
        elif kind == "unlisted":
            raise InputError(str(payload), name=label)
        else:
            raise InputError(f"expected a path, bytes or str, not {payload}", name=label)
    except ReadoutParseError as error:
        return _failed(label, error)
    except OSError as error:
        return _failed(label, InputError(error.strerror or str(error), errno=error.errno,
                                         name=label))
    except MemoryError as error:
        # This item's failure only: its frames go with the traceback, so the memory is
        # free again for the next item.
        _drop_frames(error)
        return _failed(label, ParserCrashedError("readoutparse", error, name=label))
    except Exception as error:  # a bug outside any parser (parse() wraps parser crashes)
        return _failed(label, ParserCrashedError("readoutparse", error, name=label))
    return Result(label, article, None, article.parser)


def _failed(label: str, error: ReadoutParseError) -> Result:
    if isinstance(error, ParserCrashedError):
        # The traceback is what a bug report needs, and it does not survive pickling;
        # keep it as text in the error's notes, which do.
        cause = error.error
        notes = list(getattr(error, "__notes__", ()))
        try:
            notes.append("".join(traceback.format_exception(
                type(cause), cause, cause.__traceback__)))
        except MemoryError:  # the item that ran out of memory must not take the batch
            notes.append(f"{type(cause).__name__} (traceback not kept: out of memory)")
        error.__notes__ = notes
    # Frames held by a traceback would keep whole documents alive in a kept result (60 MB
    # held for a 3.8 MB document): drop them from the error and every exception it chains.
    _drop_frames(error)
    parser = getattr(error, "parser", None)
    if isinstance(error, ParserCrashedError) and parser == "readoutparse":
        parser = None
    return Result(label, None, error, parser if isinstance(parser, str) else None)


def _drop_frames(error: BaseException) -> None:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        exc = pending.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        exc.__traceback__ = None
        pending += [exc.__cause__, exc.__context__]
        if isinstance(exc, ParserCrashedError):
            pending.append(exc.error)
    error.__cause__ = error.__context__ = None


# -- the process pool --------------------------------------------------------------------

_worker_options: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    _worker_options.clear()
    _worker_options.update(options)
    _watch_parent()


def _watch_parent() -> None:
    """End this worker when the process that started it dies (SIGTERM, SIGKILL, a crash).

    A worker otherwise outlives a killed parent for as long as its queue lasts, holding
    the output file and the caller's stderr open.  ``multiprocessing`` gives every child a
    sentinel of its parent (a pipe whose write end only the parent holds under fork and
    forkserver, a process handle on Windows) that becomes ready when the parent is gone:
    a daemon thread waits on it and exits the process.  Not PR_SET_PDEATHSIG: that fires
    when the *thread* that started the worker ends, which need not be the parent's end.
    """
    import multiprocessing.connection
    import threading

    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(_ORPHANED)

    threading.Thread(target=watch, name="readoutparse-parent-watch", daemon=True).start()


# The exit status of a worker that ended because its parent did (128 + SIGHUP, as a
# shell reports a job whose terminal went away).
_ORPHANED = 129


def _run_chunk(chunk: list[_Task]) -> list[Result]:
    return [_run(task, _worker_options) for task in chunk]


def _pool(jobs: int, options: dict[str, Any]) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(options,))


def _parallel(
    tasks: Iterator[_Task], jobs: int, chunksize: int, options: dict[str, Any]
) -> Iterator[Result]:
    from concurrent.futures.process import BrokenProcessPool

    chunks = iter(lambda: list(islice(tasks, chunksize)), [])
    window: deque[tuple[list[_Task], Future[list[Result]]]] = deque()
    pool = _pool(jobs, options)
    try:
        while True:
            while len(window) < jobs * _LOOKAHEAD:
                chunk = next(chunks, None)
                if chunk is None:
                    break
                window.append((chunk, _submit(pool, chunk)))
            if not window:
                return
            chunk, future = window.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory, a crash in C code). Every chunk in
                # flight is lost with it; redo them one item at a time to find the culprit.
                pool.shutdown(wait=False, cancel_futures=True)
                lost = [(chunk, future), *window]
                window.clear()
                for lost_chunk, lost_future in lost:
                    if _succeeded(lost_future):
                        yield from lost_future.result()
                    else:
                        yield from _quarantine(lost_chunk, options)
                pool = _pool(jobs, options)
                continue
            except Exception as error:  # e.g. a result that does not pickle
                results = [_failed(t[0], ParserCrashedError("readoutparse", error, name=t[0]))
                           for t in chunk]
            yield from results
    finally:
        # Runs also when the caller stops iterating early: do not leave workers behind.
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, chunk: list[_Task]) -> Future[list[Result]]:
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    try:
        return pool.submit(_run_chunk, chunk)
    except BrokenProcessPool as error:
        # The pool broke before this chunk could be handed over: handled like a lost chunk.
        future: Future[list[Result]] = Future()
        future.set_exception(error)
        return future


def _succeeded(future: Future[list[Result]]) -> bool:
    return future.done() and not future.cancelled() and future.exception() is None


def _quarantine(chunk: list[_Task], options: dict[str, Any]) -> Iterator[Result]:
    # One item per one-worker pool submission, so a death is pinned on exactly that item.
    from concurrent.futures.process import BrokenProcessPool

    pool = _pool(1, options)
    try:
        for task in chunk:
            try:
                yield from pool.submit(_run_chunk, [task]).result()
            except BrokenProcessPool as error:
                crash = ParserCrashedError(
                    "readoutparse", RuntimeError(f"worker process died: {error}"), name=task[0]
                )
                yield _failed(task[0], crash)
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(1, options)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
