"""A contact only wished for or supposed is neither held nor announced.

``菅义伟盼与蔡英文通话``, ``期待能与蔡总统通电话``, ``如果两人通话``, ``hopes to meet``: a wish or a
condition before the contact's cue, in its clause, with no modality word between (``希望下周
与X会谈`` names a week: announced), says only that someone would like it.  Such a contact is no
story's contact; the next one is tried (森喜朗 telling Tsai of the wish at their meeting: the
meeting).  The words are the ``wishes`` section of ``cues.json``.
"""

from __future__ import annotations

import re

from .contact_day import CLAUSE_END
from .contacts import Contact, Unit
from .cues import section_pattern
from .lexicon import HELD, MODALITY, PLANNED
from .mentions import Mention

__all__ = ["unwished", "wish_before", "wished"]

_REACH = {"zh": 30}  # characters between the wish and the cue, within its clause
_REACH_WORDS = 40
# modality words that name a time (下周, 明天, next week, tuần tới, الأسبوع المقبل)
_TIME = re.compile(r"[周週月天日年]|week|month|tomorrow|tuần|tháng|ngày|mai|الأسبوع|غدا|الشهر", re.IGNORECASE)


def _pattern(language: str | None) -> re.Pattern[str] | None:
    return section_pattern("wishes", language)


def wished(contact: Contact, language: str | None, script: str) -> bool:
    """Every cue of the contact's sentence stands after a wish or a condition of its clause."""
    return bool(contact.cues) and not unwished(contact, language, script)


def unwished(contact: Contact, language: str | None, script: str) -> list[Mention]:
    """The contact's cues that no wish or condition of their clause governs (森喜朗昨天会晤蔡总统时转述，
    …期待能与蔡总统通电话: the meeting, not the call)."""
    pattern = _pattern(language)
    if pattern is None:
        return list(contact.cues)
    unit = contact.unit
    text = unit.text
    reach = _REACH.get(script, _REACH_WORDS)
    modality = [m for m in unit.mentions[MODALITY] if m.cats.keys() & {PLANNED, HELD}]
    proposal = section_pattern("proposals", language)
    kept = []
    for cue in contact.cues:
        wish = None
        # the wish may end inside the cue ("hopes to" + "to meet")
        for m in pattern.finditer(text, max(0, cue.start - reach), cue.end):
            if m.start() < cue.start and not CLAUSE_END.search(text, m.end(), cue.start):
                wish = m
        # 希望下周与X会谈: a time to come after the wish announces it after all (not 是否安排, 是否将:
        # still the question)
        if proposal is not None and proposal.match(text, cue.end):
            continue  # 就伊核问题召开视频峰会的倡议: a summit proposed
        if wish is None or any(wish.end() <= m.start and m.end <= cue.start and _TIME.search(m.text)
                               for m in modality):
            kept.append(cue)
    return kept


def wish_before(unit: Unit, at: int, language: str | None) -> bool:
    """A wish, question or condition earlier in the sentence (是否再度通过电话向拜登表示祝贺)."""
    pattern = _pattern(language)
    return pattern is not None and pattern.search(unit.text, 0, at) is not None
