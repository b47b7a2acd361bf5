"""Unnamed sides: countries a contact sentence names without naming anyone of them.

``黎巴嫩和以色列今天将展开会谈``: two countries (or a country and an organisation) joined as the
subject of a contact verb are an unnamed official of each; ``蓬佩奥将访问日本、韩国和蒙古``,
``对美国进行国事访问``, ``访华``: the hosts of an announced visit are an unnamed official of each
country visited.  Such people are ``vague``: :mod:`.contacts` counts them only where a contact
has nobody better on that side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import COUNTRY, CUE, ENTITY, KIND, OFFICE, ORG, PERSON, SHORT, VISIT
from .mentions import Mention
from .participants import Someone
from .partner_sides import partner_countries
from .title_phrase import _LIST_SEP
from .scan import CLAUSE_MARK

__all__ = ["SUMMONS", "TOUR_GAP", "VISIT_OBJECT", "sides", "unique", "unnamed_sides"]


def sides(people: Sequence[Someone]) -> set[str]:
    """The sides present; a group noun (中亚五国外长) stands for several countries at once."""
    out = {s for p in people if (s := p.side) is not None}
    out |= {s + "#2" for p in people if p.group and (s := p.side) is not None}
    return out


def unique(people: Sequence[Someone]) -> list[Someone]:
    """People once each (by id, else by name and side), principals dropped, a title beside its holder merged."""
    out: list[Someone] = []
    seen: set[tuple[str | None, ...]] = set()
    for p in people:
        if p.principal:
            continue
        key: tuple[str | None, ...] = (p.id,) if p.id else (None, p.name, p.country, p.organisation)
        if key in seen:
            continue
        if p.id is None and p.titled_only and any(
                q.id and q.country == p.country and (q.office is None or p.office in (q.office, q.titled))
                for q in people):
            continue  # "the Egyptian president" beside Sisi: one person
        seen.add(key)
        out.append(p)
    return out


def unnamed_sides(text: str, mentions: dict[int, list[Mention]], script: str,
                  found: list[Someone]) -> list[Someone]:
    """The unnamed sides of one sentence (Chinese only), beside the people ``found`` in it."""
    if script != "zh":
        return []
    ents = mentions[ENTITY]
    paired = _paired_sides(text, ents, mentions, script, found)
    paired += _partnered_sides(text, ents, mentions, [*found, *paired])
    visited = _visited_sides(text, ents, mentions, script, [*found, *paired])
    summoners = _summoners(text, ents, mentions, [*found, *paired, *visited])
    return paired + visited + summoners + partner_countries(text, mentions, [*found, *paired, *visited, *summoners])


def _paired_sides(text: str, ents: list[Mention], mentions: dict[int, list[Mention]], script: str,
                  found: list[Someone]) -> list[Someone]:
    """``黎巴嫩和以色列今天将…展开会谈``: two or more countries (or organisations) joined as the
    subject of a contact verb in their clause, nobody named: an unnamed official of each."""
    if script != "zh":
        return []
    sep = _LIST_SEP[script]
    # a meeting or a call has two sides; a message the pair sends together (联名致电) needs a third
    cues = [m.start for m in mentions[KIND] if CUE in m.cats and "message_exchange" not in m.cats[CUE]]
    taken = [(p.start, p.end) for p in found]
    out: list[Someone] = []
    places = [m for m in ents if m.cats.keys() & {COUNTRY, ORG} and not m.cats.keys() & {PERSON, SHORT, OFFICE}]
    i = 0
    while i < len(places):
        run = [places[i]]
        while (i + len(run) < len(places)
               and sep.fullmatch(text[run[-1].end:places[i + len(run)].start]) is not None):
            run.append(places[i + len(run)])
        i += len(run)
        members: dict[str, Mention] = {}
        for m in run:
            members.setdefault(m.cats[COUNTRY][0] if COUNTRY in m.cats else m.cats[ORG][0], m)
        if len(members) < 2 or any(a < run[-1].end and run[0].start < b for a, b in taken):
            continue
        end = run[-1].end
        # the subject of its clause (nobody and no cue before it there), a contact cue after it
        head = text[:run[0].start]
        opening = CLAUSE_MARK.search(head[::-1])
        clause_start = 0 if opening is None else len(head) - opening.start()
        if (any(clause_start <= m.start < run[0].start for m in ents if m.cats.keys() & {PERSON, OFFICE, COUNTRY, ORG})
                or text[:run[0].start].rstrip().endswith(("与", "與", "和", "同", "跟"))  # …与瑞士、西班牙: partners
                or text[end:end + 1] == "的"  # 澳大利亚与中国的领事协议: they qualify a noun
                or any(clause_start <= c < run[0].start for c in cues)
                or not any(c >= end and not CLAUSE_MARK.search(text, end, c) for c in cues)):
            continue
        for code, m in members.items():
            is_org = COUNTRY not in m.cats
            out.append(Someone(run[0].start, end, m.text, None, None if is_org else code, code if is_org else None,
                               "official", titled_only=True, vague=True))
    return out


# 中国将在与美国的会谈中: the subject, what stands before 与 (its modal and place words, no clause;
# nothing at all is a pair, read by _paired_sides), the partner, and what joins the partner to the contact word (的, 举行).
_BEFORE_PARTNER = re.compile(r"[^，,。；;：:！？!?\s]{1,10}?[与與同跟]")
# 卡达吁波湾国家与伊朗对谈, 澳洲望与中国通电话: the subject urges others or wishes; no contact of its own
_URGES = re.compile(r"[吁籲促望盼求拒劝勸]")
_PARTNER_TO_CUE = re.compile(r"(?:的|之间的|之間的|举行|舉行|进行|進行|展开|展開)?(?:了|首次|新一轮|新一輪|第[一二三四五六七八九十\d]+轮|第[一二三四五六七八九十\d]+輪)?")


def _partnered_sides(text: str, ents: list[Mention], mentions: dict[int, list[Mention]],
                     found: list[Someone]) -> list[Someone]:
    """``中国将在与美国的会谈中提起…``: a country (or organisation), the subject of its clause, and
    the one it holds a contact 与 (with), nobody of either named: an unnamed official of each."""
    cues = [m for m in mentions[KIND] if CUE in m.cats and "message_exchange" not in m.cats[CUE]]
    places = [m for m in ents if m.cats.keys() & {COUNTRY, ORG} and not m.cats.keys() & {PERSON, SHORT, OFFICE}]
    taken = [(p.start, p.end) for p in found]
    out: list[Someone] = []
    for a, b in zip(places, places[1:]):
        gap = _BEFORE_PARTNER.fullmatch(text, a.end, b.start)
        if gap is None or _URGES.search(gap.group()) or any(x < b.end and a.start < y for x, y in taken):
            continue
        head = text[:a.start]
        opening = CLAUSE_MARK.search(head[::-1])
        clause_start = 0 if opening is None else len(head) - opening.start()
        if any(clause_start <= m.start < a.start for m in ents) or any(
                clause_start <= c.start < a.start for c in cues):
            continue  # not the subject of its clause
        joined = _PARTNER_TO_CUE.match(text, b.end)
        if joined is None or not any(b.end <= c.start <= joined.end() for c in cues):
            continue
        code_a = a.cats[COUNTRY][0] if COUNTRY in a.cats else a.cats[ORG][0]
        code_b = b.cats[COUNTRY][0] if COUNTRY in b.cats else b.cats[ORG][0]
        if code_a == code_b:
            continue
        for m, code in ((a, code_a), (b, code_b)):
            is_org = COUNTRY not in m.cats
            out.append(Someone(m.start, m.end, m.text, None, None if is_org else code, code if is_org else None,
                               "official", titled_only=True, vague=True))
    return out


# What a summons verb is: the side that summons is the country before it (伊朗召见德法大使).
SUMMONS = frozenset({"召见", "召見", "约见", "約見", "传召", "傳召"})
_SUMMONER_REACH = 16  # characters between the summoning country and its verb (外交部3月5日)


def _summoners(text: str, ents: list[Mention], mentions: dict[int, list[Mention]],
               found: list[Someone]) -> list[Someone]:
    """``俄罗斯外交部3月5日召见了法国大使``: the country a summons verb follows in its clause, with
    nobody of it named, is an unnamed official of that country (its foreign ministry)."""
    out: list[Someone] = []
    taken = [(p.start, p.end) for p in found]
    for cue in mentions[KIND]:
        if CUE not in cue.cats or cue.text not in SUMMONS:
            continue
        before = [m for m in ents if m.end <= cue.start and cue.start - m.end <= _SUMMONER_REACH]
        if not before or not before[-1].cats.keys() & {COUNTRY, ORG} or before[-1].cats.keys() & {PERSON, SHORT, OFFICE}:
            continue
        m = before[-1]
        if CLAUSE_MARK.search(text, m.end, cue.start) or any(a < m.end and m.start < b for a, b in taken):
            continue
        is_org = COUNTRY not in m.cats
        code = m.cats[ORG][0] if is_org else m.cats[COUNTRY][0]
        out.append(Someone(m.start, m.end, m.text, None, None if is_org else code, code if is_org else None,
                           "official", titled_only=True, vague=True))
    return out


# 访问了日本; 访问坚定盟邦亚塞拜然, 访问邻国老挝: a few characters ending in a word for what the
# visited country is to the visitor (never a clause: no punctuation, no verb between).
VISIT_OBJECT = re.compile(r"[了过過]?(?:[\u4e00-\u9fff]{0,4}?(?:盟邦|盟友|盟国|盟國|邻国|鄰國|友邦|友国|友國|伙伴|夥伴|"
                           r"邻邦|鄰邦|大国|大國|小国|小國|岛国|島國))?")


# Between the last country visited and the visit word: a count of the countries (五国, 等5国,
# 等五个欧洲国家), the verb and a manner (进行正式, 展开国事); what opens the list: 对, 前往.
TOUR_GAP = re.compile(r"(?:等?(?:[两兩二三四五六七八九十]|\d{1,2})(?:个|個)?[\u4e00-\u9fff]{0,3}?(?:国家|國家|国|國))?"
                       r"(?:进行|進行|展开|展開)?了?[\u4e00-\u9fff]{0,3}")
_TOUR_OPENER = re.compile(r"(?:[对對]|前往)$")


def _visited_sides(text: str, ents: list[Mention], mentions: dict[int, list[Mention]], script: str,
                   found: list[Someone]) -> list[Someone]:
    """``蓬佩奥将访问日本、韩国和蒙古``, ``对美国进行国事访问``, ``访华``: the hosts of a visit,
    unnamed, one per country visited (only where nobody of that country is named)."""
    if script != "zh":
        return []
    out: list[Someone] = []
    places = [m for m in ents if m.cats.keys() & {COUNTRY, ORG} and not m.cats.keys() & {PERSON, SHORT, OFFICE}]
    taken = [(p.start, p.end) for p in found]
    sep = _LIST_SEP[script]
    for cue in mentions[KIND]:
        if VISIT not in cue.cats:
            continue
        host = next((h for h in cue.cats[VISIT] if h), None)
        run: list[Mention] = []
        after = [m for m in places if m.start >= cue.end]
        if after and VISIT_OBJECT.fullmatch(text[cue.end:after[0].start]):
            run = [after[0]]
            for m in after[1:]:
                if not sep.fullmatch(text[run[-1].end:m.start]):
                    break
                run.append(m)
        else:
            # 对美国进行国事访问, 对意大利、荷兰…德国五国进行正式访问, 前往荷兰和德国进行访问: the
            # countries before, the list opened by 对 (前往) and closed by a count of them at most
            before = [m for m in places if m.end <= cue.start]
            if before and TOUR_GAP.fullmatch(text, before[-1].end, cue.start):
                run = [before[-1]]
                for m in reversed(before[:-1]):
                    if not sep.fullmatch(text[m.end:run[0].start]):
                        break
                    run.insert(0, m)
                if not _TOUR_OPENER.search(text[:run[0].start]):
                    run = []
        members: dict[str, Mention] = {}
        for m in run:
            if any(a < m.end and m.start < b for a, b in taken):
                continue
            members.setdefault(m.cats[COUNTRY][0] if COUNTRY in m.cats else m.cats[ORG][0], m)
        if host is not None and not run:
            out.append(Someone(cue.start, cue.end, cue.text, None, host, None, "official", titled_only=True,
                               vague=True, visited=True))
        for code, m in members.items():
            is_org = COUNTRY not in m.cats
            out.append(Someone(m.start, m.end, m.text, None, None if is_org else code, code if is_org else None,
                               "official", titled_only=True, vague=True, visited=True))
    return out
