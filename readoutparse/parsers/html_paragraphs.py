"""Inline text of an HTML body cut into paragraph blocks (the walker of :mod:`.html_body`
feeds it text runs, ``<br>`` marks and block ends).

Loose text (straight in a container, outside any ``<p>``) breaks into paragraphs at blank
lines and at ``<br><br>``; inside a paragraph a ``<br>`` is only a line break.  Each block
keeps the line it starts on, the links its visible text sits in, and whether all of that
text is bold (a bold line standing alone is a subheading's shape).
"""

from __future__ import annotations

import bisect
import re
from itertools import accumulate
from typing import NamedTuple

from ..text import normalise

__all__ = ["Block", "Collector", "clean", "pieces"]


class Block(NamedTuple):
    """A piece of the body: ``kind`` is ``"paragraph"``, ``"boilerplate"``, ``"caption"``
    or ``"related"``; ``line`` is the 1-based line of the fragment it starts on; ``tag``
    the block element that holds it (``p``, ``div``, ``li``, ``h3`` ...); ``url`` the
    link's target when all of its text is one link's text (a headline); ``links`` the
    targets of every link in it."""

    kind: str
    text: str
    line: int
    tag: str = ""
    url: str | None = None
    #: every link the block's text sits in
    links: tuple[str, ...] = ()
    #: all of its visible text is in ``<b>``/``<strong>``
    bold: bool = False
    #: a picture's ``alt`` or ``title`` text (media blocks only): what its caption repeats
    alt: str = ""
    #: the link's target when all of its text but punctuation outside it is one link's
    #: text (``<a>详情请阅全文</a>。``): a pointer, though its 。 makes it no headline
    pointer: str | None = None


_BLANK = re.compile(r"\n[^\S\n]{0,100}\n")
#: a segment of nothing but punctuation (and spaces): 。 ， 、 quotes, brackets, ... (a
#: middle dot ``·`` separates words and stays text)
_MARKS = re.compile(r"[\s。，、；：！？,.;:!?“”‘’「」『』《》〈〉（）()【】\[\]\"'…—-]+")


def clean(text: str) -> str:
    return normalise(text.replace("\n", " ")).strip()


class Collector:
    """Gathers inline text between block boundaries and cuts it into paragraphs.

    A token is a run of text libxml2 would hold as one text node: its segments, each
    with the line it starts on, the link (``href``) it sits in and whether it is bold
    (inside ``<b>`` or ``<strong>``).  A skipped element
    (a <script>, say) ends a segment but not the run, so blank lines are found across it
    as in the stripped tree, while the text after it keeps its own line (the skipped
    element's line breaks are not in it).
    """

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tokens: list[list[tuple[str, int, str | None, bool]] | None] = []  # None: a <br>

    def text(self, value: str | None, line: int, join: bool = False,
             href: str | None = None, bold: bool = False) -> None:
        if not value:
            return
        if join and self.tokens and self.tokens[-1] is not None:
            self.tokens[-1].append((value, line, href, bold))
        else:
            self.tokens.append([(value, line, href, bold)])

    def br(self) -> None:
        self.tokens.append(None)

    def flush(self, loose: bool, tag: str = "") -> None:
        if not self.tokens:
            return  # nothing to cut (6 flushes in 10 on archive posts), so no closures built
        # Loose text (straight in a container, outside any <p>) breaks into paragraphs at
        # blank lines and at <br><br>; inside a paragraph a <br> is only a line break.
        lines: list[str] = []
        parts: list[str] = []
        start: list[int] = []
        links: set[str | None] = set()  # the links the paragraph's visible text sits in
        worded: set[str | None] = set()  # the same, punctuation outside links aside
        weights: set[bool] = set()  # whether its visible text is bold, plain, or both

        def end_line(is_break: bool) -> None:
            value = clean("".join(parts))
            parts.clear()
            if value:
                lines.append(value)
            elif is_break and loose:
                end_paragraph()

        def end_paragraph() -> None:
            if lines:
                url = next(iter(links)) if len(links) == 1 else None
                pointer = next(iter(worded)) if len(worded) == 1 else None
                targets = tuple(sorted(link for link in links if link))
                self.blocks.append(Block("paragraph", "\n".join(lines), start[0], tag, url,
                                         targets, bold=weights == {True}, pointer=pointer))
            lines.clear()
            start.clear()
            links.clear()
            worded.clear()
            weights.clear()

        for segments in self.tokens:
            if segments is None:
                end_line(True)
                continue
            value = "".join(segment[0] for segment in segments)
            offsets = list(accumulate((len(segment[0]) for segment in segments), initial=0))
            # Punctuation beside a link (the 。 after a linked 详情请阅全文) is kept apart:
            # a block that is one link's text but for it has that link as ``pointer``.
            visible = [not segment[0].isspace() for segment in segments]
            marks = [_MARKS.fullmatch(segment[0]) is not None for segment in segments]
            # Line breaks counted so far in the current segment: pieces come in order, so
            # each is counted once (a count from the segment start per piece is quadratic).
            cursor = (-1, 0, 0)  # (segment, offset counted to, breaks before it)
            for index, (piece, offset) in enumerate(pieces(value, loose)):
                if index:
                    end_line(False)
                    end_paragraph()
                if piece.strip():
                    first = bisect.bisect_right(offsets, offset) - 1
                    last = bisect.bisect_left(offsets, offset + len(piece)) - 1
                    for which in range(max(first, 0), max(last, first) + 1):
                        if visible[which]:
                            links.add(segments[which][2])
                            weights.add(segments[which][3])
                            if not (marks[which] and segments[which][2] is None):
                                worded.add(segments[which][2])
                if not start and piece.strip():
                    # The line of the piece's first visible character, counted from the
                    # start of the segment that holds it.
                    at = offset + len(piece) - len(piece.lstrip())
                    which = bisect.bisect_right(offsets, at) - 1
                    text, line = segments[which][:2]
                    if cursor[0] != which:
                        cursor = (which, 0, 0)
                    local = at - offsets[which]
                    breaks = cursor[2] + text.count("\n", cursor[1], local)
                    cursor = (which, local, breaks)
                    start.append(line + breaks)
                parts.append(piece)
        end_line(False)
        end_paragraph()
        self.tokens = []


def pieces(value: str, loose: bool) -> list[tuple[str, int]]:
    """``value`` cut at blank lines (loose text only), each piece with its offset."""
    if not loose:
        return [(value, 0)]
    found: list[tuple[str, int]] = []
    position = 0
    for blank in _BLANK.finditer(value):
        found.append((value[position:blank.start()], position))
        position = blank.end()
    found.append((value[position:], position))
    return found
