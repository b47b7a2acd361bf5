"""A person found in one sentence: a gazetteer name or someone introduced by title."""

from __future__ import annotations

import attrs

__all__ = ["Someone"]


@attrs.define
class Someone:
    start: int
    end: int
    name: str
    id: str | None = None
    country: str | None = None
    organisation: str | None = None
    office: str | None = None
    principal: bool = False
    group: bool = False
    titled: str | None = None  # the office the text gives beside a gazetteer name
    titled_only: bool = False  # named by the title phrase alone, no personal name
    surname: str | None = None  # 蔡總統: a family name before the title, resolved by holders.py
    possessive: bool = False  # followed by 的 (…川普的盟友): perhaps only a modifier
    vague: bool = False  # an unnamed official of a side (中印两国, 美中两军): counts only for lack of anyone else
    pieces: tuple[tuple[int, int], ...] = ()  # spans a list member's name is joined from (中印外长 -> 印外长)
    visited: bool = False  # ... of the country a visit goes to (访问日本): its hosts
    delegation: bool = False  # ... a delegation (美国参议员访问团): a side wherever it stands

    @property
    def key(self) -> str:
        return self.id if self.id is not None else self.name

    @property
    def side(self) -> str | None:
        """What makes two people different sides of a contact: country, organisation, group."""
        if self.group:
            return "group:" + self.name
        return self.organisation or self.country
