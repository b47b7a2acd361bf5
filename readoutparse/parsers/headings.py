"""Subheadings inside a story, told from body paragraphs by their element and shape.

Outlets break long stories into sections under short headings: BBC's
``<h2 class="story-body__crosshead">``, 德国之声's and 中国数字时代's ``<p><strong>…</strong></p>``,
Nei.st's ``<h2>``/``<h3>``.  They are the story's structure, not its sentences, so they are
kept apart from ``paragraphs`` (as captions are), each with the index of the paragraph it
stands over.  Two shapes:

* a heading element (``<h1>`` … ``<h6>``) holding one or two short lines;
* a block all of whose text is bold (``<b>``, ``<strong>``, or markdown's ``**…**`` that
  路透's copy leaves in the HTML), one short line that does not end a sentence (``。``,
  ``，``, ``：``, ``.`` …): an emphasised sentence ends like one, and an interviewer's
  question in bold (``知识分子：…？``) is a turn of the interview.

A heading that holds a link is a related headline (法广's ``<strong>相关报道 <a>…</a></strong>``):
``related``, its label cut off; links to tag pages (keywords) do not count.  A heading element that ends a sentence (``。``) is no heading: over the first paragraph it
is the story's dek (寒冬's ``<h2>``), kept as ``standfirst``; further down it stays text.  A
heading that prints the headline again is the page's headline (``boilerplate``), and a
paragraph printing a heading's text again is the same dek twice (``boilerplate``).  Where
the shapes would leave a post with no paragraph at all, nothing is a subheading.
"""

from __future__ import annotations

import re

from .furniture import Verdict

__all__ = ["HEADING_TAGS", "KEYWORD_LINK", "mark_subheadings"]

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: most characters (white space aside) of a heading element's text, and of a bold line
HEADING_MAX, BOLD_MAX = 120, 40
# A bold line that ends like a sentence or a lead-in label (CDT编者按：) is emphasis.
_SENTENCE_END = re.compile(r"[。．，,；;：:、.…]\s*$")
_RELATED_LABEL = re.compile(r"^(?:相关报道|相關報導|相关阅读|相關閱讀|延伸阅读|延伸閱讀|其它|其他)?"
                            r"\s?[:：/|｜]?\s?")
_STARS = re.compile(r"\*\*(?P<text>[^*\n]{1,40})\*\*")  # markdown bold left in the HTML
# An interviewer's question in bold (知识分子：…？) is a turn of the interview, not a heading.
#: a link to a site's tag or topic page: it marks a keyword, it is no headline's link
KEYWORD_LINK = re.compile(r"/(?:tags?|topics?)/[^/]+/?$")
_QUESTION_TURN = re.compile(r"[^：:\s]{1,8}\s?[：:].{2,}[？?]\s*")
_FULL_STOP = re.compile(r"[。．！!.]\s*[”」』\"]?\s*$")


def _key(text: str) -> str:
    return "".join(text.split())


def _heading_shape(verdict: Verdict) -> bool:
    block = verdict.block
    if verdict.kind != "paragraph" or verdict.rule or verdict.text != block.text:
        return False  # a rule took it, or cut part of it off: not a plain block
    size = len(_key(block.text))
    if block.tag in HEADING_TAGS:
        return (0 < size <= HEADING_MAX and block.text.count("\n") <= 1
                and not _FULL_STOP.search(block.text))
    bold = block.bold or _STARS.fullmatch(block.text) is not None
    return (bold and block.tag in ("p", "div", "") and "\n" not in block.text
            and 0 < size <= BOLD_MAX + 4 and not _SENTENCE_END.search(block.text.strip("*"))
            and not _QUESTION_TURN.fullmatch(block.text))


def mark_subheadings(verdicts: list[Verdict], title: str = "") -> list[Verdict]:
    """``verdicts`` with headings made ``subheading`` (or ``boilerplate`` for the headline
    printed again); a paragraph that repeats a heading is ``boilerplate``."""
    headline = _key(title)
    marked = list(verdicts)
    headings: set[str] = set()
    for index, verdict in enumerate(verdicts):
        if not _heading_shape(verdict):
            if (verdict.kind == "paragraph" and not verdict.rule
                    and verdict.block.tag in HEADING_TAGS and _FULL_STOP.search(verdict.text)
                    and not any(v.kind == "paragraph" for v in marked[:index])):
                marked[index] = verdict._replace(kind="standfirst", taken=verdict.text,
                                                 rule="standfirst")
            continue
        key = _key(verdict.text)
        # 法广's <strong>相关报道 <a>…</a></strong>: a headline; a link to a tag page marks
        # a keyword (大纪元 links names and topics so), and the heading stays a heading
        if any(not KEYWORD_LINK.search(link) for link in verdict.block.links):
            marked[index] = verdict._replace(kind="related", taken=verdict.text,
                                             text=_RELATED_LABEL.sub("", verdict.text),
                                             rule="related")
            continue
        kind = "boilerplate" if key == headline else "subheading"
        stars = _STARS.fullmatch(verdict.text)
        marked[index] = verdict._replace(kind=kind, taken=verdict.text, rule=kind,
                                         text=stars.group("text") if stars else verdict.text)
        headings.add(key)
    for index, verdict in enumerate(marked):
        if (verdict.kind == "paragraph" and not verdict.rule
                and _key(verdict.text) in headings):
            marked[index] = verdict._replace(kind="boilerplate", taken=verdict.text,
                                             rule="boilerplate")
    if not any(v.kind == "paragraph" for v in marked):
        return verdicts
    return marked
