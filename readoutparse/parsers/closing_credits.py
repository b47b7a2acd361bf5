"""A closing credit's facts (the named groups of a ``credit`` furniture rule) read into
record fields, for every outlet of the Zaobao template.

* ``role`` names what the names did: 編輯/责编/核稿 are editors; a translator (編譯, 譯者,
  翻译) or 路透's filer (发稿) is an author.  ``editor`` is a second label's names (核稿, 审校).
* ``compilers`` (德国之声's ``杨威廉/张慈 (路透社、法新社)``) wrote the story from the agencies
  named after them: authors.
* ``code`` is 中央社's ROC date code (``1100108``).
* A credit with neither role nor code (自由亚洲电台's ``记者… 责编… 网编…``) is also kept as
  written, since its labels say more than the fields can, and so is one that names only a
  translating desk (``翻译：纽约时报中文网``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

__all__ = ["CreditFields", "read_credit", "split_names"]

_PERSONS = re.compile(r"\s?[、，,;；/／]\s?")
# A translator credit may name the desk that translated, not a person: 纽约时报中文网.
_HAN_ONLY = re.compile(r"[\u3400-\u9fff·\s]+")
_DESK = re.compile(r"(?:网|網|社|台|报|報|中文版)$")


class CreditFields(NamedTuple):
    authors: tuple[str, ...] = ()
    editor: str | None = None
    code: str | None = None
    #: the credit line as written, when its labels are not read into fields
    line: str | None = None


def split_names(value: str | None) -> list[str]:
    """Names joined by 、/，; — or by spaces between Han names (a Latin name keeps its
    spaces: ``Harry Wong``)."""
    return [n for part in _PERSONS.split((value or "").strip()) if part.strip()
            for n in (part.split() if _HAN_ONLY.fullmatch(part.strip()) else [part.strip()])]


def read_credit(facts: Mapping[str, str], taken: str) -> CreditFields:
    names, editors = split_names(facts.get("names")), split_names(facts.get("editor"))
    authors = split_names(facts.get("compilers"))
    if facts.get("role", "").endswith(("譯", "译", "者", "发稿")):  # translator or filer
        authors += [n for n in names if not _DESK.search(n)]
    elif names:  # 編輯 names the editors; a second label (校对) is not one
        editors = names
    # Kept as written where its labels say more than the fields (no role), or where it
    # names no one the fields can hold (a translating desk).
    plain = not facts.get("code") and not authors and (not facts.get("role") or not editors)
    return CreditFields(tuple(dict.fromkeys(authors)), "、".join(editors) or None,
                        facts.get("code") or None, taken.strip() if plain else None)
