"""A one-sided sentence completed by its counterpart, and whom a reply answers.

:func:`with_counterparts` is what :mod:`.contacts` calls; the counterparts themselves are read by
:mod:`.counterparts`, the writers a reply answers (named in a later sentence) here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .counterpart_words import reply_words
from .counterparts import counterparts, foreign_names
from .lexicon import CUE, KIND
from .mentions import Mention
from .participants import Someone
from .sides import sides

if TYPE_CHECKING:
    from .contacts import Unit

__all__ = ["with_counterparts", "writers_later"]

_WRITERS_PARAGRAPHS = 3  # paragraphs after a reply's that may say who wrote first


def writers_later(unit: Unit, cues: Sequence[Mention], people: Sequence[Someone],
                  later: Sequence[Unit]) -> list[tuple[Someone, bool]]:
    """Whom a reply answers, named where the lead says they wrote first (``复信巴西各界友好人士``,
    then ``…前副市长恩里克·特谢拉…分别致信习近平主席``): the people of another side, or the
    glossed or dotted names, before the writing verb of a later sentence addressed to the replier."""
    replies, writes = reply_words()
    if not any(c.text in replies for c in cues):
        return []
    keys = {p.key for p in people}
    for u in later:
        if u.paragraph > unit.paragraph + _WRITERS_PARAGRAPHS or not u.has_cue:
            continue
        for cue in u.mentions[KIND]:
            if CUE not in cue.cats or cue.text not in writes:
                continue
            if not any(p.key in keys and p.start >= cue.end for p in u.people):
                continue  # not written to the one who replies
            found = [(p, False) for p in u.people if p.start < cue.start and p.key not in keys and p.side]
            # the writers may be named clauses before their verb (…前副市长恩里克·特谢拉，来自…分别致信)
            found += foreign_names(u, 0, cue.start, u.people, [(p.start, p.end) for p in u.people])
            if found:
                return found
    return []


_CHINESE_SIDES = frozenset({"CN", "TW", "HK", "MO"})
_JOINED = re.compile(r"[与同和跟與]")


def with_counterparts(unit: Unit, cues: Sequence[Mention], people: list[Someone],
                      later: Sequence[Unit] = ()) -> tuple[list[Someone], list[Someone]]:
    """(the people of a one-sided sentence completed by a counterpart, the counterparts of no
    known country among them): one of another country, else one of no known country glossed or
    dotted, which is a side of its own for a Chinese-speaking side only.  Chinese copy glosses
    foreigners: the object of that side's contact glossed so is of another side
    (``复信星巴克公司前首席执行官舒尔茨（Howard Schultz）``), and so is the subject of a contact whose
    partner is that side (``马克·埃斯佩尔在与中国国防部长魏凤和的通话中``)."""
    have = sides([p for p in people if not p.vague])
    found = counterparts(unit, cues, people) or writers_later(unit, cues, people, later)
    other = [p for p, _ in found if (p.country is not None and p.country not in have) or p.group]
    known = [p for p in people if not p.vague]
    private = [] if other or not have <= _CHINESE_SIDES else [
        p for p, glossed in found if p.country is None and glossed and (p.start > cues[0].start or any(
            q.start > p.end and _JOINED.search(unit.text, p.end, q.start) for q in known))][:1]
    if not other and not private:
        return people, []
    return sorted(people + other + private, key=lambda p: p.start), private
