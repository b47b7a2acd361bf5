"""Summits: who attends a multilateral meeting when its own sentence names one side only.

``习近平主持首届中国－中亚峰会。哈萨克斯坦总统托卡耶夫、……出席。``: the next sentence lists the
attendees; ``习近平在上海合作组织成员国元首理事会视频会议上``: a meeting of an organisation's
members is a contact among them even when one member is named (the last resort of
:func:`.contacts.choose_contact`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .lexicon import ATTENDANCE, CUE, ENTITY, KIND, MODALITY, MULTI, ORG
from .mentions import Mention
from .participants import Someone
from .sides import sides

if TYPE_CHECKING:
    from .contacts import Unit

__all__ = ["attendees_after", "is_multi", "organisation_summit"]

# What makes an organisation's meeting one of leaders or ministers (上海合作组织成员国元首理事会视频会议).
_SUMMIT_WORDS = re.compile(r"元首|首脑|首腦|领导人|領導人|峰会|峰會|外长|外長|部长级|部長級")


def organisation_summit(unit: Unit, cues: list[Mention], people: Sequence[Someone]) -> bool:
    """A summit of an organisation's members (``习近平在上海合作组织成员国元首理事会视频会议上``,
    ``APEC峰会``): a contact among its members even when the sentence names one of them only.
    The organisation is not itself a participant."""
    own = {p.side for p in people}
    for org in unit.mentions[ENTITY]:
        if ORG not in org.cats or own & set(org.cats[ORG]):
            continue
        for c in cues:
            phrase = unit.text[org.start:c.end]
            if (0 <= c.start - org.end <= 16 and not re.search(r"[，。；：,;]", phrase)
                    and (_SUMMIT_WORDS.search(phrase) or any(MULTI in m.cats and org.end <= m.start < c.end + 1
                                                             for m in unit.mentions[MODALITY]))):
                return True
    return False


def is_multi(unit: Unit, cue: Mention) -> bool:
    return any(MULTI in m.cats and m.start < cue.end and cue.start < m.end for m in unit.mentions[MODALITY])


def _negated(unit: Unit, m: Mention) -> bool:
    return any(a < m.start and m.start - b <= 6 for a, b in unit.negations)  # 并没有出席


def _attended(unit: Unit) -> bool:
    return any(ATTENDANCE in m.cats and not _negated(unit, m) for m in unit.mentions[MODALITY])


def attendees_after(unit: Unit, index: int, pool: Sequence[Unit], cues: list[Mention], script: str) -> Unit | None:
    """"习近平主持首届中国－中亚峰会。哈萨克斯坦总统托卡耶夫、……出席。": the next sentence (of the
    paragraph or the next one) lists a summit's attendees, said to attend or to have invited
    (تلقى دعوة من), when the summit's own sentence has one side only."""
    if not unit.has_cue or index + 1 >= len(pool):
        return None
    nxt = pool[index + 1]
    # Chinese wire copy lists the attendees in the summit's own paragraph; Arabic copy may put who
    # invited the leader in the next one.
    reach = 0 if script == "zh" else 1
    if not 0 <= nxt.paragraph - unit.paragraph <= reach or not nxt.has(ATTENDANCE) or len(
            sides(unit.people)) >= 2:
        return None
    if not any(CUE in m.cats and is_multi(unit, m) for m in unit.mentions[KIND]):
        return None
    if not _attended(unit):
        return None  # the summit sentence itself says someone chairs or attends it (主持, سيحضر)
    # the attendance word is the list's own verb: right after its last name (…米尔济约耶夫出席) or
    # right before its first (تلقى دعوة من ماريو دراجي، …)
    named = sorted(nxt.people, key=lambda p: p.start)
    said = [m for m in nxt.mentions[MODALITY] if ATTENDANCE in m.cats and not _negated(nxt, m)]
    if not named or not any(0 <= m.start - named[-1].end <= 6 or any(0 <= p.start - m.end <= 30 for p in named)
                            for m in said):
        return None
    return nxt if len(sides(unit.people + nxt.people)) >= 2 else None
