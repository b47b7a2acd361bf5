"""A named person's partner named by its country: ``柯拉克将与台湾展开经济对话``.

A contact sentence often names one side's people and the other side only by its country
(or organisation), as the partner of the contact verb: ``库珀与台湾进行政治军事对话``,
``王毅同欧盟举行会谈``.  That country is a side: an unnamed official of it, ``vague`` as the
other unnamed sides of :mod:`.sides`, so it counts only where the contact has nobody better.
A partner the subject only urges or wishes for (``吁美国与中国对话``, ``盼与台湾会谈``) is none.
"""

from __future__ import annotations

import re

from .lexicon import COUNTRY, CUE, ENTITY, KIND, OFFICE, ORG, PERSON, SHORT
from .mentions import Mention
from .participants import Someone
from .scan import CLAUSE_MARK

__all__ = ["partner_countries"]

_WITH = ("与", "與", "同", "和", "跟")
_NOT_WITH = ("参与", "參與", "给与", "給與", "授与", "赋与", "賦與", "干与")  # 参与: takes part, no partner
# What joins the partner to its contact word: a verb of holding and a few qualifiers (展开双边
# 政治军事对话, 举行第二次战略对话), or a bare 的 (与台湾的会谈); never any other verb (与台北连线的视讯).
_TO_CUE = re.compile(r"(?:的|之间的|之間的)"
                     r"|(?:[将將]|即将|即將|正式)?(?:举行|舉行|进行|進行|展开|展開|召开|召開|启动|啟動)了?"
                     r"(?:首次|首届|首屆|第[一二三四五六七八九十\d]+(?:轮|輪|届|屆|次))?"
                     r"[“「『\"]?[\u4e00-\u9fff\d+]{0,8}")
# The subject urges, wishes or refuses: the partner's contact is no contact of the sentence.
_NOT_OWN = re.compile(r"[吁籲促望盼求拒劝勸愿願]|希望|期待|呼吁|呼籲|不排除|可能")
_REACH = 40  # characters between the subject named and its partner


def partner_countries(text: str, mentions: dict[int, list[Mention]], found: list[Someone]) -> list[Someone]:
    """The unnamed officials of the countries a named person's contact verb takes as partner."""
    cues = [m for m in mentions[KIND] if CUE in m.cats and "message_exchange" not in m.cats[CUE]]
    if not cues or not found:
        return []
    named = [p for p in found if not p.vague and p.side is not None]
    out: list[Someone] = []
    for m in mentions[ENTITY]:
        if not m.cats.keys() & {COUNTRY, ORG} or m.cats.keys() & {PERSON, SHORT, OFFICE}:
            continue
        if not text[:m.start].endswith(_WITH) or text[:m.start].endswith(_NOT_WITH):
            continue
        code = m.cats[COUNTRY][0] if COUNTRY in m.cats else m.cats[ORG][0]
        if any(p.side == code for p in found) or any(q.side == code for q in out):
            continue  # someone of that side is named: the side needs no stand-in
        joined = _TO_CUE.match(text, m.end)
        if joined is None or not any(m.end <= c.start <= joined.end() for c in cues):
            continue
        subjects = [p for p in named if p.end <= m.start and m.start - p.end <= _REACH and p.side != code
                    and not CLAUSE_MARK.search(text, p.end, m.start)]
        if not subjects or _NOT_OWN.search(text, subjects[-1].end, m.start):
            continue
        is_org = COUNTRY not in m.cats
        out.append(Someone(m.start, m.end, m.text, None, None if is_org else code, code if is_org else None,
                           "official", titled_only=True, vague=True))
    return out
