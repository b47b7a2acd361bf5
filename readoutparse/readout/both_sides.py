"""``双方``, ``两国`` as the subject of a contact: the two sides an earlier sentence or the title names.

``美中两国的贸易谈判代表本周将开会。…双方已商定将于近日举行通话``, or under the title ``何时会面
美中存在分歧``: a sentence whose subject is "both sides" names nobody, but the story has named the
two.  They are the sides of the nearest earlier sentence of the paragraph (or of the one before)
that names exactly two, else a pair of short forms glued together in the title (``美中``, ``中印``).
Read only as the last reading, where no sentence names anyone better; the sides are unnamed
officials (``vague``), like those of ``中印两国举行会谈``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import COUNTRY, ENTITY, OFFICE, ORG, PERSON, WEAK
from .mentions import Mention
from .participants import Someone
from .scan import CLAUSE_MARK
from .sides import sides
from .summits import glued_pairs
from .units import TITLE, Unit

__all__ = ["both_sides_named_before"]

_BOTH = re.compile(r"(?:双方|雙方|两国|兩國|两军|兩軍)")
# What may open the clause before "both sides": a connective, a source, a quotation mark (之后双方将…,
# 据悉，双方…); never a partner word, a pronoun or a modifier (与两国首脑通话, 交战双方).
_LEAD_IN = re.compile(r"[“「『\s]*(?:但|但是|而|并|並|且|之后|之後|随后|隨後|目前|另外|同时|同時|据悉|據悉|据报道|據報導)?[“「『\s]*")
# Rounds and series tell of contacts in general, no one of them (双方举行了几轮会谈).
_ROUNDS = re.compile(r"几轮|幾輪|多轮|多輪|数轮|數輪|多次|几次|幾次|一系列|多层级|多層級|多场|多場")
_BACK = 3  # earlier sentences read for the two sides
_OUTLET = re.compile(r"\s[–—-]\s")


def _subject_both(unit: Unit, cues: Sequence[Mention]) -> int | None:
    """Where "both sides" opens the clause of a contact cue with nobody named in that clause (a
    spokesman reporting it stands in another: 发言人表示，“双方已商定…通话”)."""
    text = unit.text
    for m in _BOTH.finditer(text):
        head = CLAUSE_MARK.search(text[:m.start()][::-1])
        opening = 0 if head is None else m.start() - head.start()
        if not _LEAD_IN.fullmatch(text, opening, m.start()):
            continue
        for c in cues:
            if WEAK in c.cats or _ROUNDS.search(text, m.end(), c.start):
                continue  # 两国防务部门…直通电话: a weak word in a noun phrase is no contact
            if (c.start >= m.end() and not CLAUSE_MARK.search(text, m.end(), c.start)
                    and not any(opening <= p.start < c.end + 12 and not CLAUSE_MARK.search(text, c.end, p.start)
                                for p in unit.people)):
                return opening
    return None


def _two_named(u: Unit, end: int) -> list[Someone] | None:
    """Exactly two countries or organisations named before ``end`` (梵蒂冈与中国于…签署), or one
    pair of glued short forms (美中存在分歧)."""
    found: dict[str, Someone] = {}
    for m in u.mentions[ENTITY]:
        if m.end > end or not m.cats.keys() & {COUNTRY, ORG} or m.cats.keys() & {PERSON, OFFICE}:
            continue
        is_org = COUNTRY not in m.cats
        code = m.cats[ORG][0] if is_org else m.cats[COUNTRY][0]
        found.setdefault(code, Someone(m.start, m.end, m.text, None, None if is_org else code,
                                       code if is_org else None, "official", titled_only=True, vague=True))
    if len(found) == 2:
        return list(found.values())
    if found:
        return None
    pairs = glued_pairs(u.text[:end])
    return pairs[0] if len(pairs) == 1 else None


def both_sides_named_before(unit: Unit, cues: Sequence[Mention], earlier: Sequence[Unit], title: Unit | None,
                            script: str) -> tuple[list[Someone], Unit] | None:
    """The two sides "both sides" stands for, as the subject of one of ``cues`` (the sentence's
    cues that count: 双方未举行会面 has none), and the sentence naming them; None when the
    sentence has no such subject or the story names no two sides before it."""
    if script != "zh" or unit.paragraph == TITLE:
        return None
    opening = _subject_both(unit, cues)
    if opening is None:
        return None
    own = _two_named(unit, opening)
    if own is not None:
        return own, unit
    near = [u for u in earlier if u.paragraph != TITLE and unit.paragraph - 1 <= u.paragraph <= unit.paragraph]
    for u in reversed(near[-_BACK:]):
        named = sides(u.people)
        if len(named) == 2 and not any(s.endswith("#2") for s in named):
            return [Someone(p.start, p.end, p.name, None, p.country, p.organisation, "official",
                            titled_only=True, vague=True) for p in _one_per_side(u.people)], u
        if len(named) > 2:
            return None  # the sentence before names three sides: no guess
        two = _two_named(u, len(u.text))
        if two is not None:
            return two, u
    if title is not None:
        # the title's own words, not the outlet's name after a dash (… – 法国国际广播电台 - RFI)
        dash = _OUTLET.search(title.text)
        two = _two_named(title, dash.start() if dash else len(title.text))
        if two is not None:
            return two, title
    return None


def _one_per_side(people: Sequence[Someone]) -> list[Someone]:
    out: list[Someone] = []
    for p in people:
        if p.side is not None and all(q.side != p.side for q in out):
            out.append(p)
    return out
