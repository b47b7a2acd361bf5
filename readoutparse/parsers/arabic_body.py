"""The story under an Arabic portal page's header: stamps, credits, captions, the lead's
dateline, paragraphs, and the story's Chinese version.

* Stamp and credit lines (:mod:`.stamps`) feed ``published``, ``source``, ``editor`` and
  ``authors`` (:func:`apply_stamp`); a closing credit ends the story's text.
* The first paragraph's dateline is parsed out of it (:mod:`.arabic_datelines`).  When it
  names the wire agency, a closing credit that only names the portal itself (its sign-off,
  ``شبكة الصين /20 مايو 2008/``) still dates the page but is not the copy's source.
* Sidebar and footer blocks (:mod:`.sidebars`) are furniture; under the footer nothing is story.
* Photo captions (:mod:`.arabic_captions`) and the short line under a credit above the
  story (CRI's portrait) go to ``extra["captions"]``; so does the line under a picture's
  heading (``الصورة: TITLE``, no full stop) above the story: that picture's caption.
* Between a photo's caption and the story, a short unfinished ``NAME، ROLE`` line is a
  signed article's byline (People's Daily): the name is the author.  (Elsewhere the shape
  is as often a section's heading, ``ثالثا، …``, so it is read so only there.)
* A paragraph opening with pairs of question marks before its first letter carries the
  page's indent mis-decoded (Chinese sites indent with full-width spaces, which a wrong
  code page turns into ``??``): the marks are dropped from the paragraph's text.
* A paragraph written in Han characters (china.org.cn prints the story's Chinese version
  after or among the Arabic paragraphs) is no Arabic body: it is the page's Chinese
  version, read into a translation record (language ``zh-Hans``/``zh-Hant``).
"""

from __future__ import annotations

import re

import attrs

from .. import dates
from ..model import Dateline
from ..script import han_count, han_variant
from ..text import Line
from . import arabic_datelines, sidebars
from .arabic_captions import is_caption, is_leading_caption
from .arabic_header import SENTENCE_END, is_lead, refines
from .base import ArticleBuilder, Context
from .stamps import SITE_NAMES, Stamp, read_stamp

__all__ = ["add_caption", "apply_stamp", "read_body", "unindent"]

# A caption under a credit line is short: a longer unfinished line is a cut paragraph.
_CAPTION_MAX = 120
# A line is in Chinese when this share of its letters are Han characters.
_HAN_SHARE = 0.5
# Full-width indent spaces a wrong code page printed as question marks, before a letter.
_INDENT_RESIDUE = re.compile(r"(?:\?\?)+(?=[^\W\d_])")
_PICTURE = re.compile(r"الصورة ?[:：]")
_PICTURE_MAX = 80
# An unlabelled byline: a name of one to three words, a comma, the author's role.
_BYLINE = re.compile(r"(?P<author>[^\d\s.،,:：/()]{2,20}(?: [^\d\s.،,:：/()]{2,20}){0,2}) ?، ?"
                     r"(?P<role>[^\d.،,:：/()]{4,80})")


def apply_stamp(b: ArticleBuilder, line: Line, stamp: Stamp | None) -> None:
    """Claim a stamp or credit line and keep what it holds."""
    if stamp is None:
        return
    field = {"printed": "extra.printed", "author": f"authors[{len(b.authors)}]"}.get(
        stamp.role, stamp.role)
    b.claim(line, field)
    if not stamp.readable:
        b.warn(f"unreadable stamp line {line.text[:80]!r}", line)
        return
    if stamp.role == "printed":
        if stamp.moment is not None:
            b.extra.setdefault("printed", stamp.moment.isoformat())
        return
    if stamp.moment is not None and (b.published is None or refines(stamp.moment, b.published)):
        b.published = stamp.moment
    if stamp.source and b.source is None:
        b.source = stamp.source
    if stamp.editor and b.editor is None:
        b.editor = stamp.editor
    if stamp.author:
        b.authors.append(stamp.author)


def add_caption(b: ArticleBuilder, line: Line) -> None:
    captions = b.extra.setdefault("captions", [])
    b.claim(line, f"extra.captions[{len(captions)}]")
    captions.append(line.text)


def is_chinese(text: str) -> bool:
    """The line is written in Chinese: most of its letters are Han characters."""
    letters = sum(map(str.isalpha, text))
    return letters > 0 and han_count(text) >= _HAN_SHARE * letters


def read_body(b: ArticleBuilder, lines: list[Line], context: Context) -> None:
    """Read the story from its first line under the header to the page's end."""
    in_sidebar = in_footer = False
    # A credit line above the story (CRI's "cri"): the photo's short caption may follow.
    credited = False
    # A picture's heading above the story: the line under it is the picture's caption.
    pictured = False
    chinese: ArticleBuilder | None = None
    # A lead's yearless dateline the header gave no year for (found, line, text as printed).
    unread: list[tuple[arabic_datelines.Found, Line, str]] = []
    for at, line in enumerate(lines):
        text = unindent(line.text)
        # The line above was a photo's caption (a signed article's byline may follow).
        captioned = at > 0 and lines[at - 1].text in b.extra.get("captions", ())
        rule = sidebars.classify(text)
        if in_footer or rule is not None:
            # Under the page's footer (copyright, contact, cookie notice) nothing is story.
            b.furniture(line)
            in_sidebar = in_sidebar or (rule is not None and rule.ends_story)
            in_footer = in_footer or (rule is not None and rule.kind == "footer")
            continue
        credit = read_stamp(text, credit=True)
        leading = not b.paragraphs and b.dateline is None
        if credit is not None:
            if (credit.source in SITE_NAMES and b.dateline is not None
                    and b.dateline.agency in arabic_datelines.AGENCIES):
                credit = attrs.evolve(credit, source=None)
            apply_stamp(b, line, credit)
            # A closing credit (source, agency, editor) ends the story's text; a byline
            # opens it.
            in_sidebar = in_sidebar or (credit.role != "author" and bool(b.paragraphs))
            credited = leading
        elif leading and is_lead(text):
            # The story's dateline ends a sidebar list, and is never a caption.
            _lead(b, line, text, context, unread)
        elif leading and pictured:
            add_caption(b, line)
            pictured = False
        elif leading and captioned and _byline(b, line):
            pass
        elif is_caption(text) or (leading and is_leading_caption(text)) or (
                leading and credited and len(text) <= _CAPTION_MAX
                and not text.endswith(SENTENCE_END)):
            # Under the credit and above the story, a short unfinished line names the
            # picture printed there (CRI's portrait of the person interviewed).
            add_caption(b, line)
            pictured = leading and _picture_heading(text)
        elif in_sidebar and (not text.endswith(SENTENCE_END) or text.isascii() or stub(text)):
            # A sidebar's headlines and keyword strips, however long, its links (Latin
            # letters only) and its prompts (a stub, if it asks): a sentence ends the list.
            b.furniture(line)
        elif b.paragraphs and is_chinese(text):
            # The story in Chinese, printed after (or among) its Arabic paragraphs.
            if chinese is None:
                chinese = b.translation(han_variant(text))
                chinese.title = ""
            chinese.paragraph(text, line)
        elif leading:
            _lead(b, line, text, context, unread)
        else:
            b.paragraph(text, line)
    for found, line, printed in unread:
        when = found.date(dates.as_date(b.published))
        if when is None or b.dateline is None:
            b.warn(f"dateline date not understood: {printed!r}", line)
        else:
            b.dateline = attrs.evolve(b.dateline, date=when)
    if not b.paragraphs:
        b.warn("no body paragraphs: the page looks truncated")
    elif not b.paragraphs[-1].endswith(SENTENCE_END):
        b.warn("the last paragraph stops mid-sentence: the page looks cut off")


#: the most characters and words of a stub: a prompt or a link under a sidebar heading
_STUB_MAX = 40
_STUB_WORDS = 4


def stub(text: str) -> bool:
    """Too short for a story's paragraph: a prompt (``ما رأيك ؟``) or a few links."""
    return len(text) <= _STUB_MAX and len(re.findall(r"\w+", text)) <= _STUB_WORDS


def unindent(text: str) -> str:
    """``text`` without the mis-decoded indent (``??``) its first letter may stand behind."""
    m = _INDENT_RESIDUE.match(text)
    return text[m.end():] if m else text


def _picture_heading(text: str) -> bool:
    """A picture's heading (``الصورة: TITLE``): a label and a short title, no sentence.  (A
    caption that opens ``في الصورة …`` and is cut short is no heading: the story may follow.)"""
    text = text.strip()
    return (_PICTURE.match(text) is not None and len(text) <= _PICTURE_MAX
            and not text.endswith(SENTENCE_END))


def _byline(b: ArticleBuilder, line: Line) -> bool:
    """Claim a signed article's unlabelled ``NAME، ROLE`` line; False when it is none."""
    text = line.text.strip()
    m = _BYLINE.fullmatch(text)
    if m is None or text.endswith(SENTENCE_END) or is_lead(text):
        return False
    b.claim(line, f"authors[{len(b.authors)}]")
    b.authors.append(m["author"])
    b.extra["byline"] = text
    return True


def _lead(b: ArticleBuilder, line: Line, text: str, context: Context,
          unread: list[tuple[arabic_datelines.Found, Line, str]]) -> None:
    """The first paragraph (``text``, from ``line``), with its dateline (if any) parsed out of it."""
    found = arabic_datelines.match(text)
    if found is None:
        glued = arabic_datelines.find_glued(text)
        if glued is not None:
            # A sidebar headline run into the dateline: furniture, kept (the line
            # itself is the lead's).
            head, found = glued
            b.boilerplate.append(head)
    if found is None:
        b.paragraph(text, line)
        return
    when = found.date(dates.as_date(b.published) or context.reference_date)
    b.dateline = Dateline(place=found.place, date=when, agency=found.agency)
    if when is None and found.day is not None:  # a month-only dateline has no day to read
        # A yearless day may still be read from a date the page prints under the story
        # (a closing sign-off): asked again once the body is read.
        unread.append((found, line, text[found.start:found.end].strip()))
    if found.author:
        # A byline run into the dateline: the name is the author; the words as printed
        # (with the author's role) are kept, since the line is the lead's.
        b.authors.append(found.author)
        b.extra["byline"] = found.opener
    # western_digits keeps lengths, so the offset holds in the text as printed.
    rest = text[found.end:].strip()
    if rest:
        b.paragraph(rest, line)
    else:
        b.claim(line, "dateline")
