"""Bylines at the foot of a VOV article, recognised by shape.

A byline is short, has no sentence-final punctuation, and names a VOV desk
(``Hồng Anh/VOV.VN``, ``Minh Hòa/VOV-Bắc Kinh``, ``PV/VOV – Trung tâm tin``), a
``(Theo ...)`` source (``Thu Hằng (Theo Reuters)``) or ``tổng hợp`` (compiled); bare names
are not enough.  ``PV``, ``Nhóm PV`` and their kin name a role, not a person: they are no
author, and the line is kept in ``extra["byline"]``.
"""

from __future__ import annotations

import re

from ..text import Line
from .vov_shapes import lead as _lead_of

__all__ = ["AGENCY", "byline", "byline_at"]

AGENCY = "VOV.VN"
_CREDIT = re.compile(r"\((?P<credit>[Tt]heo [^()]{1,60})\)$")
_COMPILED = "tổng hợp"
_SENTENCE_END = (".", "!", "?", ":", ";", "…", '"', "”")
# Short lines without sentence punctuation that may follow the byline before the page ends.
_TRAILING_MAX, _TRAILING_LEN = 3, 40
_ROLES = {"pv", "nhóm pv", "btv", "ctv", "phóng viên"}
_NAME_SPLIT = re.compile(r", | - | – | và | & ")


def _lead(text: str) -> bool:
    return _lead_of(text) is not None


def byline(text: str) -> tuple[list[str], dict[str, str]] | None:
    """Authors and extra facts of a byline line, or None where the line is not one.

    Conservative on purpose: a byline is short, has no sentence-final punctuation, and
    names a VOV desk, a ``(Theo ...)`` source or ``tổng hợp``; bare names are not enough.
    """
    if (len(text) > 90 or len(text.split()) > 14 or text.endswith(_SENTENCE_END)
            or _lead(text)):  # a short "VOV.VN - ..." line is a lead, not a desk
        return None
    extra: dict[str, str] = {}
    rest = text
    credit = _CREDIT.search(rest)
    if credit:
        extra["based_on"] = credit["credit"][5:].strip()
        rest = rest[: credit.start()].rstrip()
    compiled = rest.casefold().removesuffix(")").rstrip().endswith(_COMPILED)
    if compiled:
        rest = rest.removesuffix(")").rstrip()[: -len(_COMPILED)].rstrip(" (")
    people, bureau = rest, ""
    if "/" in rest:
        people, _, bureau = rest.rpartition("/")
    elif rest.startswith("VOV"):
        people, bureau = "", rest
    bureau = bureau.strip()
    if bureau and (not bureau.startswith("VOV") or len(bureau) > 30):
        return None
    split = [n.strip() for n in _NAME_SPLIT.split(people) if n.strip()]
    # "PV" (phóng viên, reporter) and its kin name a role, not a person
    names = [n for n in split if n.casefold() not in _ROLES]
    for name in names:
        words = name.split()
        if len(words) > 5 or not all(w[0].isupper() for w in words):
            return None
    if not (bureau or credit or compiled):
        return None
    if bureau and bureau != AGENCY:
        extra["bureau"] = bureau
    if compiled or (not names and rest) or len(names) < len(split):
        extra["byline"] = text
    return names, extra


def byline_at(body: list[Line]) -> tuple[int, list[str], dict[str, str]] | None:
    """The byline's index in ``body``, its authors and extra facts: the last body line, or
    the last before a few short non-prose lines (furniture no heading announced, such as
    a comment counter).  A prose line met first ends the search: the body runs to it."""
    for index in reversed(range(max(len(body) - 1 - _TRAILING_MAX, 0), len(body))):
        text = body[index].text
        found = byline(text)
        if found is not None:
            return index, *found
        if len(text) > _TRAILING_LEN or text.endswith(_SENTENCE_END):
            return None
    return None
