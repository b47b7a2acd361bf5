"""Counterparts the gazetteer and the title phrases miss: private people, foreign names, groups.

Read only for a Chinese contact whose sentence names one side (:func:`.contacts.choose_contact`):

* a name glossed in Latin script (``季哈诺夫斯卡娅（Svetlana Tikhanovskaïa）``, ``舒尔茨（Howard
  Schultz）``) or transliterated with a middle dot (``恩里克·特谢拉``) in the cue's clause is a
  person, of the country named just before the title words that precede it
  (``白俄罗斯反对派总统候选人``), or of no country known;
* the addressee of a letter or a reply (``复信``, ``回信``, ``致信``: the ``letters`` of the
  ``addressees`` section of ``cues.json``) is the phrase after the verb up to the clause's end,
  when it ends with a title word and a short name (``覆信美国星巴克公司董事会名誉主席舒兹，``);
* the partner of ``与``/``同``/``和`` right before the cue (``与日本国家安全保障局长北村滋举行电话会谈``)
  when it opens with a country and ends with a short name after a title's last character
  (``长``, ``官``, ``使``: the ``title_ends`` of the ``addressees`` section), however the title
  between reads; so is the subject opening the cue's clause with a country and ending with a
  short name after such a character or a role noun (``中国维权律师余文生妻子许艳在美使馆会见``);
* so is the object ending the cue's clause in that shape (``会见香港民运人士罗冠聪``);
* the ministers or leaders of several countries after the cue (``集体会见…的各国外长``) are one group;
* whom a reply answers is named where a later sentence says they wrote (:func:`.writers.writers_later`).

A person of no country named in Latin or with a middle dot is a side of its own: Chinese copy
glosses and dots foreigners' names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .counterpart_words import dotted_after, letter_words, name_ends, title_ends
from .lexicon import COUNTRY, CUE, ENTITY, KIND, OFFICE, ORG, PERSON, SHORT
from .mentions import Mention
from .participants import ZH_STOP, Someone
from .scan import CLAUSE_MARK

if TYPE_CHECKING:
    from .contacts import Unit

__all__ = ["counterparts", "foreign_names"]

# 舒尔茨（Howard Schultz）: a run of CJK before a bracketed Latin name of capitalised words.
_GLOSS = re.compile(r"[（(]\s*((?:[A-Z][A-Za-z'’.\-À-ÿ]*\.?\s*){1,5}?)\s*[）)]")
_DOTTED = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·・．][\u4e00-\u9fff]{1,8}){1,3}")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff·・．]{2,10}$")
_MAX_NAME = 8  # characters of a transliterated name (玛丽亚·扎哈罗娃)
_ADDRESSEE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}$")
_STATE = frozenset("州省")  # a country's name before these is a state's or a province's (喬治亞州)
_COUNTRY_REACH = 18  # characters from a country to the name it qualifies (美国星巴克公司董事会名誉主席)


def _clause(text: str, at: int) -> tuple[int, int]:
    before = CLAUSE_MARK.search(text[:at][::-1])
    start = 0 if before is None else at - before.start()
    after = CLAUSE_MARK.search(text, at)
    return start, len(text) if after is None else after.start()


def _cut_name(text: str, start: int, end: int, entities: Sequence[Mention]) -> int | None:
    """Where the name ending at ``end`` begins: after the last title word, role noun or stop
    character before it; None when what is left is no name."""
    cut = start
    for m in entities:
        if OFFICE in m.cats and start <= m.end <= end and m.end > cut:
            cut = m.end
    _, roles = letter_words()
    for role in roles:
        at = text.rfind(role, cut, end)
        if at >= 0 and at + len(role) > cut and at + len(role) < end:
            cut = at + len(role)
    ends = title_ends()
    for i in range(end - 1, cut - 1, -1):
        if (text[i] in ZH_STOP and text[i] not in "·・．") or (text[i] in ends and end - i > 2):
            cut = i + 1  # 執行理事藍鶯（Ingrid Larson）, 會長金奇偉(C.W.Chin): after the title's last character
            break
    name = text[cut:end]
    if not 2 <= len(name) <= _MAX_NAME or not _NAME_CHARS.search(name):
        return None
    return cut


def _dotted_start(text: str, start: int, entities: Sequence[Mention]) -> int | None:
    """Where a dotted name begins inside its first part (副市长恩里克·特谢拉: after the title)."""
    dot = min(i for i in (text.find(ch, start) for ch in "·・．") if i >= 0)
    ends = title_ends() | dotted_after()
    cut = start
    for i in range(start, dot):
        if text[i] in ends or text[i] in ZH_STOP or any(OFFICE in m.cats and m.end == i + 1 for m in entities):
            cut = i + 1
    return cut if cut < dot else None


def _country_before(text: str, clause_start: int, at: int, entities: Sequence[Mention],
                    people: Sequence[Someone]) -> str | None:
    """The country named just before a name in its clause, with nobody else between: the first
    that is not a side the sentence already has (日本台灣交流協會…代表 and 台北美国商会会长 beside a
    Taiwanese host: Japan's, America's), else the first."""
    own = {p.country for p in people if p.country}
    found: list[str] = []
    for m in entities:
        if (m.end <= at and m.start >= clause_start and at - m.end <= _COUNTRY_REACH and COUNTRY in m.cats
                and not m.cats.keys() & {PERSON, SHORT}):
            if any(m.end <= p.start < at for p in people) or text[m.end:m.end + 1] in _STATE:
                continue  # 喬治亞州州務卿: a state's name, not a country's
            found.append(m.cats[COUNTRY][0])
    return next((c for c in found if c not in own), found[0] if found else None)


def counterparts(unit: Unit, cues: Sequence[Mention], people: Sequence[Someone]) -> list[tuple[Someone, bool]]:
    """People of the cues' clauses that the title phrases did not find (see the module's doc),
    each with whether it was glossed in Latin script or dotted."""
    text = unit.text
    entities = unit.mentions[ENTITY]
    out: list[tuple[Someone, bool]] = []
    taken = [(p.start, p.end) for p in people]
    for cue in cues:
        clause_start, clause_end = _clause(text, cue.start)
        out += foreign_names(unit, clause_start, clause_end, people, taken)
        letters, _ = letter_words()
        if CUE in cue.cats and "message_exchange" in cue.cats[CUE] and cue.text in letters:
            # 覆信美国星巴克公司董事会名誉主席舒兹，: the addressee phrase up to the clause's end
            phrase_end = clause_end
            while phrase_end > cue.end and text[phrase_end - 1] in " ”」』\"":
                phrase_end -= 1
            titles = [m for m in entities if OFFICE in m.cats and cue.end <= m.start and m.end < phrase_end]
            if titles and _ADDRESSEE_NAME.fullmatch(text, titles[-1].end, phrase_end):
                name_start = titles[-1].end
                if not any(ch in ZH_STOP for ch in text[name_start:phrase_end]):
                    _add(out, taken, unit, name_start, phrase_end,
                         _country_before(text, cue.end, name_start, entities, people), False)
        for group in _GROUP.finditer(text, cue.end, clause_end):
            # 集体会见…的各国外长: the ministers of the countries, one group
            office = next((m for m in entities if OFFICE in m.cats and m.start == group.end()), None)
            if office is not None:
                # ... of the organisation whose meeting they attend (出席上海合作组织…会议的各国外长)
                org = next((m.cats[ORG][0] for m in reversed(entities)
                            if ORG in m.cats and cue.end <= m.start and m.end <= group.start()), None)
                _add(out, taken, unit, group.start(), office.end, None, False, office=office.cats[OFFICE][0][0],
                     group=True, organisation=org)
        partner = _partner(text, clause_start, cue, entities, people)
        if partner is None:
            partner = _subject(text, cue, entities, people)
        if partner is None:
            partner = _object(text, cue, clause_end, entities, people)
        if partner is not None:
            _add(out, taken, unit, *partner, False)
        received = _received(text, clause_start, cue, entities, people, taken)
        if received is not None:
            out.append((received, False))
            taken.append((received.start, received.end))
    return out


# 捷克团上午获台湾总统蔡英文在总统府接见: a country's delegation opening its clause, received
# (获/受到) by the one the cue's sentence names.
_DELEGATION = re.compile(r"(?P<noun>代表团|代表團|访问团|訪問團|议员团|議員團|团|團)"
                         r"(?:上午|下午|晚间|晚間|今天|今日|昨天|昨日|\d{1,2}日)*(?:获|獲|受到)")


def _received(text: str, clause_start: int, cue: Mention, entities: Sequence[Mention],
              people: Sequence[Someone], taken: Sequence[tuple[int, int]]) -> Someone | None:
    country = next((m for m in entities if m.start == clause_start and COUNTRY in m.cats
                    and not m.cats.keys() & {PERSON, SHORT}), None)
    if country is None:
        return None
    found = _DELEGATION.match(text, country.end)
    if found is None or found.end() > cue.start or any(a < found.end() and country.start < b for a, b in taken):
        return None
    if not any(found.end() <= p.start < cue.start for p in people):
        return None  # the one who receives stands between 获 and the cue
    end = found.end("noun")
    return Someone(country.start, end, text[country.start:end], None, country.cats[COUNTRY][0], None, "official",
                   titled_only=True, delegation=True)


def _add(out: list[tuple[Someone, bool]], taken: list[tuple[int, int]], unit: Unit, start: int, end: int,
         country: str | None, foreign: bool, office: str | None = None, group: bool = False,
         organisation: str | None = None) -> None:
    if any(a < end and start < b for a, b in taken) or any(
            m.start < end and start < m.end and m.cats.keys() & {PERSON, ORG} for m in unit.mentions[ENTITY]):
        return
    # the title right before the name is its office (国防部长马克·埃斯佩尔) when it opens its phrase
    # or follows a country; a company's 名誉主席 is no head of state
    office = office or next((m.cats[OFFICE][0][0] for m in unit.mentions[ENTITY] if OFFICE in m.cats and m.end == start
                   and (m.start == 0 or unit.text[m.start - 1] in "，,、 ：:" or any(
                       c.end == m.start and c.cats.keys() & {COUNTRY, ORG} for c in unit.mentions[ENTITY]))), None)
    out.append((Someone(start, end, unit.text[start:end], None, country, organisation, office, group=group,
                        titled_only=group), foreign))
    taken.append((start, end))


def foreign_names(unit: Unit, start: int, end: int, people: Sequence[Someone],
                   taken: list[tuple[int, int]]) -> list[tuple[Someone, bool]]:
    """Names glossed in Latin (``舒尔茨（Howard Schultz）``) or dotted (``恩里克·特谢拉``) in a span."""
    text = unit.text
    entities = unit.mentions[ENTITY]
    out: list[tuple[Someone, bool]] = []
    for gloss in _GLOSS.finditer(text, start, end):
        cut = _cut_name(text, start, gloss.start(), entities)
        if cut is None or gloss.start() - cut > _MAX_NAME:
            continue
        _add(out, taken, unit, cut, gloss.start(), _country_before(text, start, cut, entities, people), True)
    for dotted in _DOTTED.finditer(text, start, end):
        # a name transliterated with a middle dot is a foreigner's
        at = _dotted_start(text, dotted.start(), entities)
        last = max(text.rfind(ch, dotted.start(), dotted.end()) for ch in "·・．") + 1
        # 埃斯佩尔在与…, 比尔·盖茨通电话: the name ends at a stop character or a cue
        cue_starts = [m.start for m in unit.mentions[KIND] if last < m.start < dotted.end()]
        stop = next((i for i in range(last, dotted.end()) if text[i] in ZH_STOP), min(cue_starts, default=dotted.end()))
        stop = min(stop, min(cue_starts, default=stop))
        # 苏珊·克拉克率领的代表团: words that follow a name (name_ends) end it too
        stop = min([stop, *(i for w in name_ends() if (i := text.find(w, last, stop)) > last)])
        if at is not None and stop - last >= 1:
            _add(out, taken, unit, at, stop, _country_before(text, start, at, entities, people), True)
    return out


_GROUP = re.compile(r"(?:各国|各國|多国|多國|[\d一二三四五六七八九十]+国|[\d一二三四五六七八九十]+國)")
# 与日本国家安全保障局长北村滋举行电话会谈: the partner phrase ends at the cue or at a light verb before it
_PARTNER_END = re.compile(r"(?:举行|進行|进行|舉行)(?:了|的)?(?:一次)?$")
_PARTNER_OPEN = ("与", "同", "和", "跟", "與")
_PARTNER_REACH = 20  # characters of a partner phrase between 与 and its cue


def _partner(text: str, clause_start: int, cue: Mention, entities: Sequence[Mention],
             people: Sequence[Someone]) -> tuple[int, int, str | None] | None:
    end = cue.start
    light = _PARTNER_END.search(text, max(clause_start, end - 6), end)
    if light is not None:
        end = light.start()
    countries = [m for m in entities if COUNTRY in m.cats and not m.cats.keys() & {PERSON, SHORT}
                 and clause_start < m.start and 0 < end - m.end <= _PARTNER_REACH
                 and text[m.start - 1] in _PARTNER_OPEN and text[m.end:m.end + 1] not in _STATE]
    if not countries:
        return None
    country = countries[-1]
    if any(country.start <= p.start < end for p in people):
        return None  # the partner is someone the title phrases already found
    ends = title_ends()
    name = re.search(r"[\u4e00-\u9fff]{2,4}$", text[country.end:end])
    if name is None:
        return None
    start = country.end + name.start()
    # the name begins right after a title's last character; take the longest such name
    for at in range(start, end - 1):
        if text[at - 1] in ends and at > country.end and not any(ch in ZH_STOP for ch in text[at:end]):
            return at, end, country.cats[COUNTRY][0]
    return None


# 中国维权律师余文生妻子许艳在美使馆会见: a place or a time between the subject and its cue
_SUBJECT_TAIL = re.compile(r"(?:在[\u4e00-\u9fff]{1,10}?|[今昨前]天|本周[一二三四五六日]?|周[一二三四五六日]|\d{1,2}日)$")


def _subject(text: str, cue: Mention, entities: Sequence[Mention],
             people: Sequence[Someone]) -> tuple[int, int, str | None] | None:
    """The subject of a cue, opening its clause (or a title's phrase) with a country and ending with
    a short name after a title's last character or a role noun (``中国维权律师余文生妻子许艳在美使馆会见``)."""
    head = text[:cue.start]
    opening = re.search(r"[，,。；;：:！？!?\s][^，,。；;：:！？!?\s]*$", head)
    clause_start = 0 if opening is None else opening.start() + 1
    country = next((m for m in entities if m.start == clause_start and COUNTRY in m.cats
                    and not m.cats.keys() & {PERSON, SHORT} and text[m.end:m.end + 1] not in _STATE), None)
    if country is None or any(clause_start <= p.start < cue.start for p in people):
        return None
    end = cue.start
    light = _PARTNER_END.search(text, max(country.end, end - 6), end)
    if light is not None:
        end = light.start()
    for _ in range(2):  # 周四在美使馆会见: a time and a place
        tail = _SUBJECT_TAIL.search(text[country.end:end])
        if tail is not None:
            end = country.end + tail.start()
    if not 0 < end - country.end <= _PARTNER_REACH:
        return None
    _, roles = letter_words()
    ends = title_ends()
    for at in range(max(country.end + 1, end - 4), end - 1):
        before = text[country.end:at]
        if (text[at - 1] in ends or before.endswith(roles)) and not any(ch in ZH_STOP for ch in text[at:end]):
            return at, end, country.cats[COUNTRY][0]
    return None


# 接见了来访的…: an aspect particle and a visitor's modifier before the object
_OBJECT_LEAD = re.compile(r"[了过過]?(?:(?:前来|前來)?(?:来访|到访|來訪|到訪|来华访问|來華訪問)的)?")


def _object(text: str, cue: Mention, clause_end: int, entities: Sequence[Mention],
            people: Sequence[Someone]) -> tuple[int, int, str | None] | None:
    """The object of a cue ending its clause, opening with a country and ending with a short name
    after a title's last character or a role noun (``会见香港民运人士罗冠聪``,
    ``接見日本台灣交流協會台北事務所代表泉裕泰，``)."""
    lead = _OBJECT_LEAD.match(text, cue.end)
    start = lead.end() if lead else cue.end
    country = next((m for m in entities if m.start == start and COUNTRY in m.cats
                    and not m.cats.keys() & {PERSON, SHORT} and text[m.end:m.end + 1] not in _STATE), None)
    end = clause_end
    while end > start and text[end - 1] in " ”」』\"":
        end -= 1
    if country is None or not 0 < end - country.end <= _PARTNER_REACH or any(
            country.start <= p.start < end for p in people):
        return None
    _, roles = letter_words()
    ends = title_ends()
    for at in range(max(country.end + 1, end - 4), end - 1):
        if (text[at - 1] in ends or text[country.end:at].endswith(roles)) and not any(
                ch in ZH_STOP for ch in text[at:end]):
            return at, end, country.cats[COUNTRY][0]
    return None
