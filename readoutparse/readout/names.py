"""Names resolved: a sentence's gazetteer mentions become people, in the document's light.

A full name that one person bears is that person; a short form (``拉布``, ``约翰逊``) or a name
several people bear is read by the full names elsewhere in the document, by the title and
country beside it, then by who held an office on the day.  Title-only people found by
:func:`.participants.people_in` pass through.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from .gazetteer import Gazetteer
from .lexicon import PERSON, SHORT
from .mentions import Mention
from .participants import ZH_STOP, Someone

__all__ = ["resolve_people"]


_ADMINISTRATION = re.compile(r"政府|政權|政权|当局|當局|团队|團隊|阵营|陣營|竞选|競選|时代|時代|任内|任內|执政|執政|内阁|內閣")


def resolve_people(text: str, found: list[Someone | Mention], full: Callable[[], set[str]], gazetteer: Gazetteer,
                   day: dt.date | None, cue_spans: Sequence[tuple[int, int]] = ()) -> list[Someone]:
    """One sentence's people as :class:`Someone`, gazetteer names resolved in the document's light.

    ``full()``: the people some unambiguous full name of which occurs in the document
    (asked for only when a short form or an ambiguous name needs it).
    Short forms and ambiguous names are read in that light, then by the title and
    country next to them, then by who held an office that day.
    """
    people: list[Someone] = []
    for m in found:
        if isinstance(m, Someone):
            people.append(m)
            continue
        context = m.cats.get("_context", [(None, None, None)])[0]
        pid = _pick(m, full, gazetteer, day, context)
        if pid is None and day is not None and _in_contact_clause(text, m, found, cue_spans):
            # 约翰逊和冯德莱恩将于周六通话: a short form beside a cue or a named partner is the
            # one person it names who is in office that day (Boris, not Mike, Johnson in 2020).
            serving = [q for q in dict.fromkeys(m.cats.get(SHORT, ())) if gazetteer.person(q).office_on(day)]
            pid = serving[0] if len(serving) == 1 and not m.cats.get(PERSON) else None
        if pid is None:
            country, org, office = context
            if (country or org) and office:
                people.append(Someone(m.start, m.end, m.text, None, country, org, office,
                                      principal=bool(m.cats.get("_principal"))))
            continue
        person = gazetteer.person(pid)
        held = person.office_on(day)
        people.append(Someone(m.start, m.end, m.text, pid, person.country, person.organisation,
                              held.office if held is not None else context[2],
                              principal=bool(m.cats.get("_principal")), titled=context[2]))
    for p in people:
        if p.country is not None and p.country.startswith("@"):
            # a title sharing the country of the gazetteer person listed before it
            at = int(p.country[1:])
            source = next((q for q in people if q.start == at), None)
            p.country = source.country if source is not None else None
            p.organisation = source.organisation if source is not None else None
    for p in people:
        if text[p.end:p.end + 1] == "的" or (p.id is not None and _ADMINISTRATION.match(text, p.end)):
            p.possessive = True  # 特朗普政府, 拜登团队: the person names an administration, not a party
    return [p for p in people if p.side is not None or p.id is not None or p.surname is not None]


_PARTNER_GLUE = re.compile(r"[和与與同跟及、]")


def _in_contact_clause(text: str, m: Mention, found: list[Someone | Mention], cue_spans: Sequence[tuple[int, int]]) -> bool:
    """A name next to a cue (within a few characters) or joined by 和/与/同 to another person,
    standing as a word of its own (马斯克 holds no 马斯)."""
    for at in (m.start - 1, m.end):
        if (0 <= at < len(text) and "\u4e00" <= text[at] <= "\u9fff" and text[at] not in ZH_STOP
                and not (at == m.end and any(a == at for a, _ in cue_spans))):  # 拉布召见: the cue itself
            return False
    if any(0 <= a - m.end <= 6 or 0 <= m.start - b <= 4 for a, b in cue_spans):
        return True
    for q in found:
        if q is m:
            continue
        between = text[q.end:m.start] if q.end <= m.start else text[m.end:q.start]
        if len(between) == 1 and _PARTNER_GLUE.fullmatch(between):
            return True
    return False


def _pick(m: Mention, named: Callable[[], set[str]], gazetteer: Gazetteer, day: dt.date | None,
          context: tuple[str | None, str | None, str | None]) -> str | None:
    country, org, _office = context
    fulls: list[str] = list(dict.fromkeys(m.cats.get(PERSON, ())))
    shorts: list[str] = [pid for pid in dict.fromkeys(m.cats.get(SHORT, ())) if pid not in fulls]
    if not shorts and len(fulls) == 1:
        return fulls[0]  # the common case: one full name, nothing to weigh
    full = named()
    fits = [pid for pid in fulls + shorts
            if (country or org) and (gazetteer.person(pid).country == country if country else
                                     gazetteer.person(pid).organisation == org)]
    ids = list(dict.fromkeys(fulls + [pid for pid in shorts if pid in full or pid in fits]))
    if len(ids) > 1:
        ids = [pid for pid in ids if pid in full] or ids
    if len(ids) > 1 and fits:
        ids = [pid for pid in ids if pid in fits] or ids
    if len(ids) > 1 and day is not None:
        ids = [pid for pid in ids if gazetteer.person(pid).office_on(day) is not None] or ids
    return ids[0] if len(ids) == 1 else None
