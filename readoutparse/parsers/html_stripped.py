"""The last-resort reader of an HTML body libxml2 could not build as a tree: hidden elements
cut out, tags removed, entities resolved, every piece of text kept on its own line.

Used by :func:`.html_body.read_html` only.  One forward scan per pass, so it stays linear on
the inputs that defeat the tree builder (nesting past libxml2's depth limit, fatal errors).
"""

from __future__ import annotations

import html
import re

from .html_body import _plain
from .html_paragraphs import Block
from .html_paragraphs import clean as _clean

__all__ = ["read_stripped", "END", "LINE"]

_ANY_TAG = re.compile(r"<[^<>]{0,4000}>")
_BREAK_TAG = re.compile(r"<br\s{0,20}/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</?(?:p|div|section|h[1-6]|li|blockquote|tr|figure)\b[^<>]{0,4000}>",
                        re.IGNORECASE)
# Cut out whole by the stripping reader; a <figcaption>'s text is kept as a caption.
_HIDDEN_OPEN = re.compile(r"<(script|style|noscript|figcaption|iframe)\b", re.IGNORECASE)
_HIDDEN_CLOSE = {name: re.compile(f"</{name}", re.IGNORECASE)
                 for name in ("script", "style", "noscript", "figcaption", "iframe")}
_DOCTYPE = re.compile(r"<!DOCTYPE", re.IGNORECASE)

# Marks left by the tag-stripping reader in place of block ends and <br>: neither adds a
# line, so the text keeps the fragment's line numbers (normalised text has no controls).
END, LINE = "\x00", "\x01"


def _newlines(found: re.Match[str]) -> str:
    return "\n" * found.group().count("\n")


def read_stripped(fragment: str) -> list[Block]:
    """Last resort: hidden elements cut out, tags removed, entities resolved.

    Whatever is cut keeps its line breaks and block ends become END marks, so every
    piece of text stays on its line of ``fragment`` and the ledger claims the right ones.
    """
    fragment = _cut_doctypes(fragment)
    kept: list[str] = []
    captions: list[Block] = []
    position = 0
    counted, lines = 0, 1  # line breaks counted up to ``counted``, moving forward only
    closed: set[str] = set()  # tags with no closing tag left: stop looking for one
    while True:
        found = _HIDDEN_OPEN.search(fragment, position)
        if found is None:
            break
        name = found.group(1).lower()
        close_tag = None if name in closed else _HIDDEN_CLOSE[name].search(fragment, found.end())
        end = -1 if close_tag is None else close_tag.start()
        if end < 0:
            closed.add(name)
            kept.append(fragment[position:found.end()])
            position = found.end()
            continue
        close = fragment.find(">", end)
        close = len(fragment) if close < 0 else close + 1
        if name == "figcaption":
            inside = fragment[found.end():end]
            text = _clean(html.unescape(_ANY_TAG.sub(" ", inside[inside.find(">") + 1:])))
            lines += fragment.count("\n", counted, found.start())
            counted = found.start()
            if text:
                captions.append(Block("caption", text, lines, "figcaption"))
        kept += [fragment[position:found.start()], END,
                 "\n" * fragment.count("\n", found.start(), close)]
        position = close
    kept.append(fragment[position:])
    text = _BREAK_TAG.sub(lambda m: LINE + _newlines(m), "".join(kept))
    text = _BLOCK_END.sub(lambda m: END + _newlines(m), text)
    text = _ANY_TAG.sub(_newlines, text)
    # Entities are resolved line by line: one such as &#10; must not add a line.
    numbered: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), 1):
        for index, piece in enumerate(line.split(END)):
            if index:
                numbered.append((number, ""))  # a block end: the paragraph ends here
            numbered += [(number, html.unescape(part)) for part in piece.split(LINE)]
    blocks = _plain(numbered, one_per_line=False)
    if captions:
        blocks = sorted(blocks + captions, key=lambda block: block.line)
    return blocks


def _cut_doctypes(fragment: str) -> str:
    """``fragment`` with each ``<!DOCTYPE …>`` (internal subset ``[…]`` and all) cut down
    to its line breaks: its ``]>`` is no text.  One forward scan."""
    pieces: list[str] = []
    position = 0
    for found in _DOCTYPE.finditer(fragment):
        if found.start() < position:
            continue
        bracket, close = fragment.find("[", found.end()), fragment.find(">", found.end())
        if 0 <= bracket < close or (bracket >= 0 and close < 0):
            subset_end = fragment.find("]", bracket)
            close = -1 if subset_end < 0 else fragment.find(">", subset_end)
        end = len(fragment) if close < 0 else close + 1
        pieces += [fragment[position:found.start()], END,
                   "\n" * fragment.count("\n", found.start(), end)]
        position = end
    if not pieces:
        return fragment
    pieces.append(fragment[position:])
    return "".join(pieces)


