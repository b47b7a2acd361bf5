"""The leaders of an organisation's member states whom the lead of its summit names.

``欧盟峰会通过减排新计划`` and, two paragraphs on, ``欧盟理事会本届轮值主席、德国总理默克尔指出``:
at a summit of an organisation (its name shortly before the summit word: ``欧盟峰会``,
``欧盟27国领袖峰会``, ``东盟第37届峰会``), a head of state or government of a member state (the
``members`` of groups.json) or a head of the organisation itself whom the lead names took part in
it, though the sentence naming them repeats no summit word.  Not someone named in a sentence that
recalls or names an earlier period or year, nor in one that tells a contact of its own, with
a non-member or of another kind (``默克尔周一与习近平通电话``, ``李克强主持召开…座谈会``); and only at
a meeting of leaders (``欧盟外长会议`` names no summit of theirs).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .groups import GroupLexicon
from .lexicon import ATTENDANCE, ENTITY, MODALITY, MULTI, ORG, RECALL
from .participants import Someone
from .scan import CLAUSE_MARK
from .summit_parts import earlier_occasion
from .summits import is_multi

if TYPE_CHECKING:
    from .contacts import Unit

__all__ = ["member_leaders", "summit_organisation"]

_LEADERS = frozenset({"head_of_state", "head_of_government", "monarch", "organisation_head"})
_REACH = 12  # characters from the organisation's name to its summit word (欧盟27国领袖峰会)
# A meeting of leaders, not of ministers (欧盟外长会议 is no summit of the members' leaders).
_DOUBT = re.compile(r"是否|能否|是不是")  # 特朗普是否出席: attending in doubt
_LEADERS_MEETING = re.compile(r"峰会|峰會|峯會|首脑|首腦|领导人|領導人|领袖|領袖|元首")


def summit_organisation(units: Sequence[Unit]) -> str | None:
    """The organisation whose summit the first of ``units`` to name one names (``欧盟峰会``):
    an organisation with members listed, its summit word right after it in its clause."""
    members = GroupLexicon.builtin().members
    for u in units:
        for org in u.mentions[ENTITY]:
            codes = [str(c) for c in org.cats.get(ORG, ()) if c in members]
            if codes and any(MULTI in m.cats and _LEADERS_MEETING.search(m.text) and 0 <= m.start - org.end <= _REACH
                             and not CLAUSE_MARK.search(u.text, org.end, m.start) for m in u.mentions[MODALITY]):
                return codes[0]
    return None


def member_leaders(org: str, lead: Sequence[Unit], script: str) -> list[Someone]:
    """The leaders of ``org``'s member states, and its own heads, whom the sentences of ``lead`` name."""
    members = GroupLexicon.builtin().members.get(org, frozenset())
    out: list[Someone] = []
    for u in lead:
        if not u.people or u.has(RECALL) or earlier_occasion(u.text) or _DOUBT.search(u.text):
            continue  # 此前, 上周, 特朗普是否出席: not at the story's summit, or not said to be
        if u.has(ATTENDANCE) and not u.has(MULTI):
            continue  # 李克强主持召开…座谈会: someone at another meeting
        if summit_organisation([u]) not in (None, org):
            continue  # 習近平10日才出席上海合作組織峰會…莫迪則說: another organisation's summit
        named = [p for p in u.people if not p.vague and not p.principal and p.side is not None]
        cues = u.cues(script)
        if cues and (any(p.organisation != org and p.country not in members for p in named)
                     or not any(is_multi(u, c) for c in cues)):
            continue  # 默克尔周一与习近平通电话, 李克强主持召开…座谈会: a contact of its own
        out += [p for p in named if not p.group and not p.titled_only and p.office in _LEADERS
                and (p.organisation == org or (p.organisation is None and p.country in members))]
    return out
