"""Bystanders: people a contact's sentence names who are not its sides.

A commentator (``…會晤蔡英文，中國外交部發言人趙立堅今天說``), the topic of a clause after the
cue (``就…议长维斯特奇尔访台提出交涉``), a title in passing in a later clause of a side already
named, and people of a title's other phrases (``莫迪致电拜登谈印太合作 印外长：…``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import CUE, KIND, MODALITY, REPORTING
from .mentions import Mention
from .participants import Someone

if TYPE_CHECKING:
    from .contacts import Unit

__all__ = ["aside_dropped", "commentator", "phrases_with"]


def phrases_with(text: str, cues: list[Mention]) -> list[tuple[int, int]]:
    """The space-delimited phrases of a Chinese title or heading that hold a cue.  A space between
    two Latin words (a gloss: 强生(Boris Johnson)) separates no phrases."""
    out = []
    start = 0
    for gap in [*_SPACES.finditer(text), None]:
        a, b = (gap.span() if gap is not None else (len(text), len(text)))
        if gap is not None and 0 < a and b < len(text) and text[a - 1].isascii() and text[b].isascii():
            continue
        if a > start and any(start <= c.start < a for c in cues):
            out.append((start, a))
        start = b
    return out


_SPACES = re.compile(r"\s+")


# After the contact's cue, a clause about someone: 就维斯特奇尔访台提出交涉, 批评…, 针对….
# ... and the dead a visit mourns, named right after the word (接见日本吊唁前总统李登辉访台团).
_TOPIC_BEFORE = re.compile(r"(?:(?:就|对|對|对于|對於|针对|針對|批评|批評|谴责|譴責|关于|關於|有关|有關)[^，。；：,;]{0,12}"
                           r"|(?:吊唁|弔唁|悼念|追悼|哀悼)[^，。；：,;]{0,5})$")


# A reporting verb right after a name, time words between: 发言人赵立坚今天说.
_SPEAKS_AFTER = re.compile(r"(?:[今昨前明]天|今日|昨日|稍早|稍后|稍後|也|则|則|还|還|并|並|随后|隨後|[周週][一二三四五六日]|星期[一二三四五六日天])?")


def commentator(unit: Unit, p: Someone, cues: list[Mention]) -> bool:
    """Someone named only after the contact's cue as its commentator or its topic
    (``…會晤蔡英文，中國外交部發言人趙立堅今天說``, ``约见…大使，就…议长维斯特奇尔访台提出交涉``):
    no participant.  Whoever is also named before the cue is one."""
    first = cues[0].start
    text = unit.text
    if p.start < first or p.name in text[:p.start] or any(q.key == p.key and q.start < p.start for q in unit.people):
        return False
    if _TOPIC_BEFORE.search(text[max(0, p.start - 14):p.start]) and not any(
            m.start < p.start and m.end > p.start - 14 for m in cues if m.start > first):
        return True
    for m in unit.mentions[MODALITY]:
        if REPORTING in m.cats and 0 <= m.start - p.end <= 4 and _SPEAKS_AFTER.fullmatch(text[p.end:m.start]):
            return True
    # …与台湾总统蔡英文通话，中国常驻联合国代表团发言人对此作出回应: a later clause of its own that
    # reports, with no contact in it, is a commentator's
    opening = max((m.end() for m in _CLAUSE_ZH.finditer(text, 0, p.start)), default=0)
    closing = _CLAUSE_ZH.search(text, p.end)
    end = closing.start() if closing else len(text)
    if opening > first and not any(opening <= c.start < end for c in unit.mentions[KIND] if CUE in c.cats):
        # ... when the cue's own clause names both its sides (not 与蔡英文开始会谈之前，阿扎…说)
        cue_clause = max((m.end() for m in _CLAUSE_ZH.finditer(text, 0, first)), default=0)
        before = {q.side for q in unit.people if cue_clause <= q.start < opening and q.side is not None
                  and not q.vague}
        return len(before) >= 2 and any(REPORTING in m.cats and p.end <= m.start < end for m in unit.mentions[MODALITY])
    return False


_CLAUSE = re.compile(r"[,،，;؛]")
_CLAUSE_ZH = re.compile(r"[，,；;。]")


def aside_dropped(unit: Unit, people: list[Someone]) -> list[Someone]:
    """"…محادثات مع وزير الخارجية الجزائري أحمد عطاف، على هامش زيارة الدولة التي يقوم بها الرئيس
    الجزائري": a title with no name, in a later clause, of a side already named in the sentence,
    is a mention in passing, not a participant."""
    out: list[Someone] = []
    for p in people:
        if p.titled_only and not p.group and out and any(
                q.side == p.side and not q.titled_only for q in out) and _CLAUSE.search(unit.text, out[-1].end, p.start):
            continue
        out.append(p)
    return out
