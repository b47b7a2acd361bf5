"""An archived post's HTML body as paragraphs, with site furniture set apart.

Used by the Zaobao Jekyll parser.  lxml is imported inside :func:`read_html` only, so
format detection and ``import readoutparse`` never pay for it.  The tree is walked with
an explicit stack (no Python recursion), and a tree libxml2 could not build whole
(nesting past its depth limit, a fatal error) is read again by stripping tags, with a
warning, rather than losing the text after the damage (:mod:`.html_stripped`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..text import normalise
from .html_paragraphs import Block, Collector, clean
from .markup_rules import role_of

__all__ = ["Block", "read_html", "read_plain", "looks_like_html"]


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,20}[\s/>]|<!--")
_MD_FURNITURE = re.compile(r"!\[[^\]]{0,500}\]\([^)]{0,2000}\)|[-*_ ]{3,40}")

# Tags longer than this are cut down before lxml sees them: libxml2 compares an element's
# attribute names pairwise, so tens of thousands of attributes would cost seconds.  A
# tag this long is junk or an attack; only the attributes the rules here read are kept.
_TAG_MAX = 4000
_LONG_TAG = re.compile(r"<[A-Za-z][^\s/<>]{0,40}(?=[^<>]{%d})" % _TAG_MAX)
_TAG_STOP = re.compile(r"[<>]")
# What the furniture rules and _describe read of an element; values cut short.
_KEPT_ATTRIBUTE = re.compile(
    r"""(?<![\w-])(id|class|href|src|data-src|alt|title)\s{0,20}=\s{0,20}"""
    r"""(?:"([^"]{0,500})|'([^']{0,500})|([^\s"'<>]{1,500}))""",
    re.IGNORECASE,
)

_READ, _CAPTION, _HIDDEN = range(3)  # how a node in read_html's walk is read
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "title", "meta", "link"})
# Text inside these is one paragraph, where <br> is a line break.
_PARAGRAPH = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th",
                        "pre", "blockquote", "figcaption", "caption"})
_KIND = {"media": "boilerplate", "aside": "card"}  # a role's block kind, where not its own
_LABEL_MAX = 40
_SENTENCE_END = re.compile(r"[。！？!?.；;：:，,…」”』\"]\s*$")
_CAPTION_MAX = 400  # a caption is a sentence or two; a longer paragraph is body text
_BOLD = frozenset({"b", "strong"})
_BLOCK = _PARAGRAPH | frozenset({"div", "section", "article", "main", "aside", "header",
                                 "footer", "ul", "ol", "dl", "table", "tbody", "thead",
                                 "tr", "figure", "hr", "center", "body", "html", "form"})


def looks_like_html(text: str) -> bool:
    return _TAG.search(text) is not None


def _describe(el: Any) -> str:
    """``<a href=...>``-style label for an element with no text of its own."""
    ident = el.get("id")
    classes = ".".join((el.get("class") or "").split())
    label = el.tag + (f"#{ident}" if ident else "") + (f".{classes}" if classes else "")
    for node in el.iter():
        link = node.get("href") or node.get("src") or node.get("data-src")
        if link:
            return f"<{label}> {link[:300]}"
    return f"<{label}>"



def _bound_tags(fragment: str) -> str:
    """``fragment`` with every tag longer than _TAG_MAX cut down to its name and the
    attributes read here (first of each name); the line breaks inside it are kept."""
    pieces: list[str] = []
    position = 0
    for tag in _LONG_TAG.finditer(fragment):
        # A "<" before any ">" ends the tag for libxml2 too; the cut tag is closed here.
        stop = _TAG_STOP.search(fragment, tag.end())
        end = len(fragment) if stop is None else stop.start() + (stop.group() == ">")
        inside = fragment[tag.end():end]
        kept: dict[str, str] = {}
        for found in _KEPT_ATTRIBUTE.finditer(inside):
            value = found.group(2) or found.group(3) or found.group(4) or ""
            kept.setdefault(found.group(1).lower(), value.replace('"', "&quot;"))
        attributes = "".join(f' {name}="{value}"' for name, value in kept.items())
        pieces += [fragment[position:tag.start()], tag.group(), attributes,
                   "\n" * inside.count("\n"), ">"]
        position = end
    if not pieces:
        return fragment
    pieces.append(fragment[position:])
    return "".join(pieces)


_UNFINISHED_TAG = re.compile(r"<[A-Za-z/!][^<>]*\Z")


def read_html(fragment: str) -> tuple[list[Block], list[str]]:
    """Paragraphs and furniture of an HTML fragment, in order, and any warnings."""
    import lxml.etree  # type: ignore[import-untyped, unused-ignore]
    import lxml.html  # type: ignore[import-untyped, unused-ignore]

    # A page cut inside a tag ("…905Z</"): the tag's first characters are markup, not text.
    fragment = _bound_tags(_UNFINISHED_TAG.sub("", fragment))
    # Comments are kept in the tree, and walked as hidden nodes, for their line numbers.
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=False, remove_pis=True,
                                  recover=True, default_doctype=False)
    try:
        root = lxml.html.document_fromstring(fragment, parser=parser)
        fatal = [e for e in parser.error_log if e.level == lxml.etree.ErrorLevels.FATAL]
    except (lxml.etree.LxmlError, ValueError) as exc:
        fatal, root = [exc], None
    if root is None or fatal:
        why = (getattr(fatal[0], "message", None) or str(fatal[0])).split(",")[0]
        from .html_stripped import read_stripped

        return read_stripped(fragment), [f"HTML body could not be read as a tree "
                                          f"({why[:80]}); read with tags stripped"]
    # Every node is walked, hidden ones too, so that ``line`` counts their line breaks
    # (a multi-line <script>, a <figure> spread over lines): an element's sourceline is
    # where its start tag ends, and the text after an element that is not read starts on
    # whatever line that element ends on.  libxml2 also moves a leading <script>, <style>
    # or <title> into <head> and gives <body> the head's line: counting through the head
    # keeps the body's text on its own lines.
    out = Collector()
    blocks: list[str] = []  # open block tags, innermost last
    anchors: list[str | None] = []  # hrefs of the open <a> elements, innermost last
    bold = 0  # open <b>/<strong> elements
    caption: list[list[str]] = []  # text of the furniture being walked, in runs
    line = 1
    joins = False  # only hidden nodes since the last text: text after them runs on
    after_media = False  # a media element closed and no text has been read since

    def add(value: str | None, mode: int, hidden: bool) -> None:
        # Text after a hidden node runs on from the text before it, as when it is stripped.
        nonlocal joins, after_media
        if mode == _HIDDEN:
            return
        join = joins and hidden
        joins = bool(value) or join
        if mode == _READ:
            out.text(value, line, join, anchors[-1] if anchors else None, bold > 0)
            if value and not value.isspace():
                after_media = False
        elif value and mode == _CAPTION:
            if join and caption:
                caption[-1].append(value)
            else:
                caption.append([value])

    # (node, closing, mode, line it starts on, role): mode is _READ, _CAPTION (in
    # furniture) or _HIDDEN; a node's mode is how its tail is read, its text is read as its
    # children; role is what markup_rules made of it (None: an ordinary element).
    stack: list[tuple[Any, bool, int, int, str | None]] = [(root, False, _READ, 1, None)]
    while stack:
        el, closing, mode, start, role = stack.pop()
        tag = el.tag  # perf: lxml makes a new string on every read of tag, text and tail
        tag = tag if isinstance(tag, str) else ""
        hidden = mode == _HIDDEN or tag in _SKIP or not tag  # not tag: a comment
        if closing and mode == _READ and not hidden:
            if role is not None:
                # Textless furniture (an ad slot, a promo image) is still recorded, by
                # what it is and where it points, so the ledger shows what was dropped.
                text = clean(" ".join("".join(run) for run in caption))
                kind = _KIND.get(role, role) if text else "boilerplate"
                url = el.get("href") if kind == "related" else None
                alt = _alt(el) if role in ("media", "caption") else ""
                out.blocks.append(Block(kind, text or _describe(el), start, tag, url, alt=alt))
                caption.clear()
                after_media = role == "media"
            elif tag in _BLOCK:
                out.flush(blocks[-1] not in _PARAGRAPH, blocks[-1])
                blocks.pop()
            elif tag == "a" and anchors:
                anchors.pop()
            elif tag in _BOLD:
                bold -= 1
        if closing:
            joins = joins and hidden
        elif tag:
            line = max(line, el.sourceline or line)
            inner = _HIDDEN if hidden else mode
            role = None
            if mode == _READ and not hidden:
                role = role_of(el, after_media)
                if role != "aside" and (tag in _BLOCK or role is not None):
                    out.flush(not blocks or blocks[-1] not in _PARAGRAPH,
                              blocks[-1] if blocks else "")
                if role is not None:
                    inner = _CAPTION
                elif tag in _BLOCK:
                    blocks.append(tag)
                elif tag == "br":
                    out.br()
                elif tag == "a":
                    anchors.append(el.get("href"))
                elif tag in _BOLD:
                    bold += 1
            joins = joins and hidden
            own_text = el.text
            add(own_text, inner, False)
            stack.append((el, True, mode, line, role))
            line += (own_text or "").count("\n")
            stack.extend((child, False, inner, 0, None) for child in reversed(el))
            continue
        else:  # a comment: its sourceline is the line it ends on, where its tail starts
            line = max(line, el.sourceline or line)
        # An element's tail belongs to its parent's flow, after the element has closed.
        tail = el.tail
        add(tail, mode, hidden)
        line += (tail or "").count("\n")
    out.flush(True)
    return _alt_captions(out.blocks), []


def _alt(el: Any) -> str:
    """The ``alt`` (or ``title``) text of the picture ``el`` is or holds."""
    img = el if el.tag == "img" else next(el.iter("img"), None)
    return "" if img is None else clean(img.get("alt") or img.get("title") or "")


def _key(text: str) -> str:
    return "".join(text.split())


def _alt_captions(blocks: list[Block]) -> list[Block]:
    """A paragraph printed beside a picture (no other paragraph between) that repeats the
    picture's ``alt`` or ``title`` text is its caption: 自由亚洲电台 and 美国之音 print the
    caption both in the ``<img>`` and as text under it.  The alt may lack the caption's
    credit, or the caption part of the alt, so one may begin the other.  So is a short
    ``<p>`` right under a picture that ends no sentence, with prose after it (中国数字时代's
    reposts label their pictures so)."""
    found = list(blocks)
    for at in range(len(blocks) - 2):  # a short label under a picture, prose after it
        line, after = blocks[at + 1], blocks[at + 2]
        if (blocks[at].tag in ("img", "picture") and line.kind == after.kind == "paragraph"
                and line.tag == "p" and "\n" not in line.text
                and 0 < len(_key(line.text)) <= _LABEL_MAX
                and not _SENTENCE_END.search(line.text)):
            found[at + 1] = line._replace(kind="caption")
    alts = [(i, _key(b.alt)) for i, b in enumerate(blocks) if len(_key(b.alt)) >= 8]
    for at, alt in alts:
        for step in (1, -1):
            index = at + step
            while 0 <= index < len(blocks) and blocks[index].kind != "paragraph":
                index += step
            if not 0 <= index < len(blocks):
                continue
            text = _key(blocks[index].text)
            if len(text) >= 8 and len(text) <= _CAPTION_MAX and (
                    text.startswith(alt) or alt.startswith(text)):
                found[index] = blocks[index]._replace(kind="caption")
    return found


def read_plain(lines: list[str], *, one_per_line: bool = True) -> list[Block]:
    """A body without markup: each non-blank line a paragraph (or, with
    ``one_per_line=False``, each run of lines between blank lines); lone images and
    horizontal rules are furniture."""
    return _plain(enumerate(lines, 1), one_per_line=one_per_line)


def _plain(lines: Iterable[tuple[int, str]], *, one_per_line: bool) -> list[Block]:
    """read_plain over lines numbered by the caller (an empty line ends a paragraph)."""
    blocks: list[Block] = []
    run: list[str] = []
    start = 0
    for number, raw in [*lines, (0, "")]:
        value = clean(raw) if not one_per_line else normalise(raw).strip()
        if value and _MD_FURNITURE.fullmatch(value):
            blocks.append(Block("boilerplate", value, number))
        elif value and one_per_line:
            blocks.append(Block("paragraph", value, number))
        elif value:
            start = start or number
            run.append(value)
        elif run:
            blocks.append(Block("paragraph", "\n".join(run), start))
            run, start = [], 0
    return blocks
