"""Announcers: who tells of a contact in a clause of their own before it is no participant.

``蓬佩奥宣布，副国务卿克拉奇将与台湾展开经济对话``: the secretary announces, the envoy takes
part.  A person of a clause that holds no contact cue and ends in a reporting verb
(``宣布``, ``表示``, ``说``: the ``reporting`` words of the cue file), before the clause of the
contact's cue, is dropped when someone of the same side is named in the cue's clause and
the contact keeps two sides without them.  An announcer with nobody of their side in the
contact's clause (``王毅表示，他与拉夫罗夫通了电话``) stays: they speak of their own contact.
"""

from __future__ import annotations

import re

from .lexicon import CUE, KIND, MODALITY, REPORTING
from .participants import Someone
from .sides import sides
from .units import Contact

__all__ = ["without_announcers"]

_CLAUSE = re.compile(r"[，,；;：:]")
_SELF = re.compile(r"\s*(?:他们|她们|他們|她們|他|她|其|双方|雙方|两人|兩人)")
# A reporting verb ending its clause, the time words and a colon or a comma after it.
_REPORT_END = re.compile(r"[^，,；;。]{0,6}$")


def without_announcers(contact: Contact, script: str) -> Contact:
    """``contact`` without the people of a reporting clause before its cue (see the module)."""
    if script != "zh" or not contact.cues:
        return contact
    unit = contact.unit
    text = unit.text
    first = contact.cues[0].start
    cut = max((m.end() for m in _CLAUSE.finditer(text, 0, first)), default=0)
    if cut == 0 or _SELF.match(text, cut):
        return contact  # 蓬佩奥表示，他与埃斯珀将…: the announcer is the contact's subject
    # the subject of the contact's clause: named before any modal word there (not 下周将随同蓬佩奥)
    modal = min((m.start for m in unit.mentions[MODALITY] if cut <= m.start), default=len(text))
    own = [p for p in contact.people if cut <= p.start < min(first, modal) and not p.vague]
    reports = [m for m in unit.mentions[MODALITY] if REPORTING in m.cats and m.end <= cut]
    kinds = [m for m in unit.mentions[KIND] if CUE in m.cats and m.start < cut]
    dropped: list[Someone] = []
    for p in contact.people:
        if p.start >= cut or p.vague or not any(q.side == p.side and q is not p for q in own):
            continue
        opening = max((m.end() for m in _CLAUSE.finditer(text, 0, p.start)), default=0)
        closing = cut - 1  # the clause mark ending p's clause
        if any(opening <= k.start < closing for k in kinds):
            continue  # p's own clause names a contact
        if not any(p.end <= r.start and r.end <= closing and _REPORT_END.fullmatch(text, r.end, closing)
                   for r in reports):
            continue
        if _CLAUSE.search(text, p.end, closing):
            continue  # p is not in the clause just before the contact's
        dropped.append(p)
    if not dropped:
        return contact
    kept = [p for p in contact.people if not any(p is d for d in dropped)]
    if len(sides(kept)) < 2:
        return contact
    return Contact(contact.unit, contact.cues, kept, contact.units)
