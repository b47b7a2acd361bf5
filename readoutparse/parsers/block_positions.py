"""Furniture told by where a block stands among the others, after (or before) the rule
tables of :mod:`.furniture` have read each block alone.

* :func:`link_lists`: items that are all one link, beside prose, are related headlines.
* :func:`buttons`: a repost's buttons and promo labels after the story's last paragraph.
* :func:`byline_names`: a byline's title line with its name in the block before it.
* :func:`meta_cards`: a publication's name (a link to the page above the post's own) and a
  date broken into pieces (``Mar 30``, ``·``, ``2015``): a repost's meta card.
* :func:`split_rules`: a drawn rule (``=====``) inside a block ends a paragraph, and a
  notice boxed between two rules is furniture.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .html_paragraphs import Block

if TYPE_CHECKING:  # furniture imports this module
    from .furniture import Verdict

__all__ = ["link_lists", "buttons", "split_rules", "byline_names", "meta_cards", "RULE_LINE"]

def link_lists(verdicts: list[Verdict]) -> list[Verdict]:
    """``<li>`` items and ``<p>`` that are each one link's whole text are related headlines
    when the body has prose of its own (自由亚洲电台 lists its related stories mid-body, in a
    list or in bare paragraphs); a body of nothing but such items is a digest of headlines
    (CCTV), and they are its text.  (Prose is never all one link: a link in a sentence
    covers some of its words.)"""
    def linked(v: Verdict) -> bool:
        return v.kind == "paragraph" and v.block.url is not None and not v.rule

    runs = [linked(v) and v.block.tag in ("li", "p") for v in verdicts]
    if not any(v.kind == "paragraph" and not listed for v, listed in zip(verdicts, runs)):
        return verdicts
    return [v._replace(kind="related", taken=v.text, text=_READ_MORE.sub("", v.text) or v.text)
            if listed else v for v, listed in zip(verdicts, runs)]


# 德国之声 links its related stories as "延伸阅读：headline": the label is not the title.
_READ_MORE = re.compile(r"^(?:延伸阅读|延伸閱讀|更多阅读|更多閱讀|相关阅读|相關閱讀|相关报道|相關報導)"
                        r"\s?[:：]\s?")


_MONTH_DAY = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.? "
                        r"\d{1,2}(?:,? \d{4})?")
_SEPARATOR = re.compile(r"[·•]")
_YEAR = re.compile(r"(?:19|20)\d{2}")
_NAME_MAX = 40  # characters of a publication's name


def meta_cards(verdicts: list[Verdict], page: str | None = None) -> list[Verdict]:
    """Medium's meta card, as Nei.st's reposts keep it: a date printed in pieces, one element
    each (``Mar 30`` ``·`` ``2015``, or ``2019`` ``·`` ``Oct 31``), under the publication's
    name linked to its page.  A month and day or a separator standing alone is no text; a
    year is a stamp's piece beside them; a short block that is one link to a page above the
    post's own address ``page`` (its publication or section) is the card's name.  All
    furniture (``boilerplate``), above the story and under each story it recommends; each
    piece is told by itself, so that a page cut anywhere keeps what it has the same."""
    found = list(verdicts)
    for index, verdict in enumerate(verdicts):
        if verdict.kind not in ("paragraph", "boilerplate", "related") or verdict.rule not in (
                "", "related"):
            continue
        text = verdict.text
        piece = _MONTH_DAY.fullmatch(text) or _SEPARATOR.fullmatch(text)
        # a year beside a separator, or right under the card's name or its month and day
        year = _YEAR.fullmatch(text) and (any(
            0 <= at < len(verdicts) and _SEPARATOR.fullmatch(verdicts[at].text)
            for at in (index - 1, index + 1)) or index > 0 and (
                _MONTH_DAY.fullmatch(verdicts[index - 1].text)
                or _names_publication(verdicts[index - 1], page)))
        if piece or year or _names_publication(verdict, page):
            found[index] = verdict._replace(kind="boilerplate", taken=text, rule="boilerplate")
    return found


def _names_publication(verdict: Verdict, page: str | None) -> bool:
    url = verdict.block.url
    if not (page and url and verdict.kind in ("paragraph", "related")):
        return False
    parent = url.rstrip("/").split("//", 1)[-1]
    own = page.split("//", 1)[-1]
    return (own.startswith(parent + "/") and parent.count("/") >= 2 and "\n" not in verdict.text
            and len(verdict.text) <= _NAME_MAX and not _SENTENCE_END.search(verdict.text))


_HAN = re.compile(r"[\u3400-\u9fff]")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LABEL = re.compile(r"[\u3400-\u9fff]{1,2}")  # Nei.st's 肆 under a repost
# Latin words, slashes and initials, no sentence's end: a publication's name and section
# (``Initium Media /``, ``/ Inside …``), an author's name, an original headline in English
_MASTHEAD = re.compile(r"[/A-Z][\w’'.&/, -]*[\w./]", re.ASCII)
_MASTHEAD_WORDS = 6
_BUTTON = re.compile(r"[A-Za-z][\w’'.!?&-]*(?: [\w’'.!?&-]+){0,3}")


def buttons(verdicts: list[Verdict], title: str = "") -> list[Verdict]:
    """In a story in Chinese, short Latin words (four at most) after its last Chinese
    paragraph (eight Han characters or more), or anywhere as a heading, as one link or
    right after another such button, are a repost's buttons and promos (``View``,
    ``MORE``, ``No More.``, a section label ``Business``), and so are one or two Han
    characters standing alone after the last paragraph (a logo's label): furniture.  So are
    lines of a few Latin words (two to six: a masthead ``Initium Media /``, its section, an
    author's name, the English original's headline) before the first Chinese paragraph of a
    story whose ``title`` is in Chinese, as a repost prints them over the story.  Run after the
    subheadings are known, so that a promo's Chinese heading does not count as the
    story's last paragraph."""
    chinese = [i for i, v in enumerate(verdicts)
               if v.kind == "paragraph" and len(_HAN.findall(v.text)) >= 8]
    found = list(verdicts)
    # a repost's English masthead over a story in Chinese (known by its title, so that a
    # page cut before its first paragraph reads the masthead the same)
    for index in range(chinese[0] if chinese else len(verdicts) if
                       len(_HAN.findall(title)) >= 2 else 0):
        verdict = verdicts[index]
        if (verdict.kind == "paragraph" and not verdict.rule and "\n" not in verdict.text
                and _MASTHEAD.fullmatch(verdict.text)
                and 2 <= len(verdict.text.split()) <= _MASTHEAD_WORDS):
            found[index] = verdict._replace(kind="boilerplate", taken=verdict.text,
                                            rule="boilerplate")
    if not chinese:
        return found
    last = chinese[-1]
    after = False  # the block before was a button
    for index, verdict in enumerate(found):
        # a heading may already be a subheading: "No More." cut to "N" is still a button
        if verdict.kind not in ("paragraph", "subheading") or verdict.rule:
            after = after and verdict.kind != "paragraph"
            continue
        button = _BUTTON.fullmatch(verdict.text) is not None
        if (button and (index > last or after or verdict.block.url
                        or verdict.block.tag in _HEADINGS)
                or index > last and _LABEL.fullmatch(verdict.text)):
            found[index] = verdict._replace(kind="boilerplate", taken=verdict.text,
                                            rule="boilerplate")
            after = True
        else:
            after = False
    return found


RULE_LINE = re.compile(r"[=＝_—－~～*\-]{10,200}")
_TAG_RESIDUE = re.compile(r"(?=.*[<>])[<>/\s]*[A-Za-z]{0,10}[\s/]*>?")
_BOXED_MAX = 3  # lines of a notice boxed between two rules (美国之音's disclaimer)


def split_rules(blocks: list[Block]) -> list[Block]:
    """Each paragraph holding a drawn rule cut at it: the rule is ``boilerplate``, the text
    on either side stays a paragraph (a rule is a separator: the text after one may be a
    reposted story), except a few lines boxed between two rules, which are a notice
    (``boilerplate``).  Each piece keeps the line it starts on."""
    found: list[Block] = []
    for block in blocks:
        if block.kind != "paragraph" or not RULE_LINE.search(block.text):
            found.append(block)
            continue
        pieces: list[tuple[bool, str, int]] = []  # (is a rule, text, offset)
        position = 0
        for rule in RULE_LINE.finditer(block.text):
            pieces.append((False, block.text[position:rule.start()], position))
            pieces.append((True, rule.group(), rule.start()))
            position = rule.end()
        pieces.append((False, block.text[position:], position))
        pieces = [(r, t.strip("\n"), o + len(t) - len(t.lstrip("\n")))
                  for r, t, o in pieces if t.strip()]
        for index, (is_rule, text, offset) in enumerate(pieces):
            boxed = (not is_rule and 0 < index < len(pieces) - 1 and pieces[index - 1][0]
                     and pieces[index + 1][0] and text.count("\n") < _BOXED_MAX)
            # a cut tag's residue beside a rule ("< /p>") is no text of the story
            residue = _TAG_RESIDUE.fullmatch(text.strip()) is not None
            kind = "boilerplate" if is_rule or boxed or residue else "paragraph"
            line = block.line + block.text.count("\n", 0, offset)
            found.append(block._replace(kind=kind, text=text.strip(), line=line))
    return found


_SENTENCE_END = re.compile(r"[。！？!?；;，,：:]\s*$")


def byline_names(verdicts: list[Verdict]) -> list[Verdict]:
    """A byline that names no one (BBC's ``BBC记者 发自首尔``) under a short line of its own
    (``劳拉·比克（Laura Bicker）``, in a list item of its own): that line is the name."""
    found = list(verdicts)
    for index in range(1, len(verdicts)):
        verdict, before = verdicts[index], verdicts[index - 1]
        if (verdict.rule == "byline" and not verdict.facts.get("names")
                and before.kind == "paragraph" and not before.rule and "\n" not in before.text
                and len(before.text) <= 40 and not _SENTENCE_END.search(before.text)):
            found[index - 1] = before._replace(kind="byline", taken=before.text, rule="byline",
                                               facts={"names": before.text})
    return found
