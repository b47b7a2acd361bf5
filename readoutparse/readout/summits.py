"""Summits: who attends a multilateral meeting when its own sentence names one side only.

``习近平主持首届中国－中亚峰会。哈萨克斯坦总统托卡耶夫、……出席。``: the next sentence lists the
attendees; ``习近平在上海合作组织成员国元首理事会视频会议上``: a meeting of an organisation's
members is a contact among them even when one member is named (the last resort of
:func:`.contacts.choose_contact`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .cues import cue_data
from .dialogues import dialogue_held
from .lexicon import ATTENDANCE, CUE, DIALOGUE, ENTITY, KIND, MODALITY, MULTI, OFFICE, ORG, PERSON, RECALL
from .mentions import Mention
from .participants import Someone
from .scan import CLAUSE_MARK
from .sides import sides, unique
from .summit_parts import other_occasion, takes_part

if TYPE_CHECKING:
    from .contacts import Unit

__all__ = ["attendees_after", "glued_pairs", "is_multi", "announced_convener", "named_summits", "organisation_summit", "pair_sides", "summit_held",
           "summit_members", "summit_opening", "summit_way"]

# What makes an organisation's meeting one of leaders or ministers (上海合作组织成员国元首理事会视频会议).
_SUMMIT_WORDS = re.compile(r"元首|首脑|首腦|领导人|領導人|峰会|峰會|外长|外長|部长级|部長級")


def organisation_summit(unit: Unit, cues: list[Mention], people: Sequence[Someone]) -> bool:
    """A summit of an organisation's members (``习近平在上海合作组织成员国元首理事会视频会议上``,
    ``APEC峰会``): a contact among its members even when the sentence names one of them only.
    The organisation is not itself a participant."""
    if any(c.text in named_summits() and not _EVE.match(unit.text, c.end) for c in cues):
        return True  # 菅义伟在东亚峰会言及…: a summit named for itself (named_summits), no organisation id
    own = {p.side for p in people}
    for org in unit.mentions[ENTITY]:
        if ORG not in org.cats or own & set(org.cats[ORG]):
            continue
        for c in cues:
            if _EVE.match(unit.text, c.end):
                continue  # 歐盟峰會前夕: the story is before the summit
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
    if not 0 <= nxt.paragraph - unit.paragraph <= reach or len(sides(unit.people)) >= 2:
        return None
    if not any(CUE in m.cats and is_multi(unit, m) for m in unit.mentions[KIND]):
        return None
    if not _attended(unit):
        return None  # the summit sentence itself says someone chairs or attends it (主持, سيحضر)
    # the next sentence is read last: most summit sentences fail the tests on their own
    if not nxt.has(ATTENDANCE):
        return None
    # the attendance word is the list's own verb: right after its last name (…米尔济约耶夫出席) or
    # right before its first (تلقى دعوة من ماريو دراجي، …)
    named = sorted(nxt.people, key=lambda p: p.start)
    said = [m for m in nxt.mentions[MODALITY] if ATTENDANCE in m.cats and not _negated(nxt, m)]
    if not named or not any(0 <= m.start - named[-1].end <= 6 or any(0 <= p.start - m.end <= 30 for p in named)
                            for m in said):
        return None
    return nxt if len(sides(unit.people + nxt.people)) >= 2 else None


# What may stand before an organisation's name at the start of the clause its summit opens:
# an ordinal or a time word (第37届东盟峰会, 本届G20峰会, 今年的APEC峰会), a formal name with the
# organisation's short one in brackets (第37届东南亚联盟国家（东盟）峰会).
_OPENING = re.compile(r"(?:(?:19|20)\d\d年(?:度)?的?)?(?:第[\d一二三四五六七八九十百]+(?:届|屆|次)|首届|首屆|本届|本屆|"
                      r"这次|這次|此次|今年的?|明年的?)?(?:[\u4e00-\u9fff]{2,14}[（(])?")
# What may stand between the organisation and the summit word: its members or a holding verb
# and the summit's own words (欧盟特别峰会, 欧盟将召开特别峰会, 七国集团领导人峰会).
_BETWEEN = re.compile(r"[）)]?(?:[\u4e00-\u9fffA-Za-z0-9－—-]{0,12})")
_SUMMIT_REACH = 12  # characters from the organisation to its summit word
_EVE = re.compile(r"(?:召开|舉行|举行|召開)?(?:前夕|之前|前)")


def summit_opening(unit: Unit) -> list[Mention]:
    """The summit words of an organisation's summit that opens its clause (``G20峰会开幕``,
    ``第37屆東協峰會今天開幕``, ``欧盟峰会周日进入第三日``, ``G7将召开…峰会``): the summit is
    what the clause is about, not a word in passing (``市场静待欧盟峰会结果``).  Weak summit
    words count here, for a summit needs nobody beside its word to be held."""
    text = unit.text
    out: list[Mention] = []
    for cue in unit.mentions[KIND]:
        if CUE not in cue.cats or not is_multi(unit, cue):
            continue
        if cue.text in named_summits() and not _EVE.match(text, cue.end):
            head = text[:cue.start]
            opening = CLAUSE_MARK.search(head[::-1])
            if _OPENING.fullmatch(text[0 if opening is None else cue.start - opening.start():cue.start].strip()):
                out.append(cue)  # 东亚峰会今发声明: a summit named for itself opens its clause
            continue
        if any(not p.vague and p.side is not None and 0 <= cue.start - p.end <= _SUMMIT_REACH + 12
               and _CONVENED_BY.fullmatch(text, p.end, cue.start) for p in unit.people):
            out.append(cue)  # 某总统宣布将于明年召开…峰会: a leader announcing the summit he hosts
            continue
        for org in unit.mentions[ENTITY]:
            if ORG not in org.cats or not 0 <= cue.start - org.end <= _SUMMIT_REACH:
                continue
            if CLAUSE_MARK.search(text, org.end, cue.start) or not _BETWEEN.fullmatch(text, org.end, cue.start):
                continue
            if any(org.end <= m.start < cue.start and m.cats.keys() & {PERSON, OFFICE} for m in unit.mentions[ENTITY]):
                continue  # 欧洲议会主席萨索利称不会轻易批准欧盟峰会: the organisation opens another's clause
            if _EVE.match(text, cue.end):
                continue  # 欧盟峰会前夕: the story is before the summit, not about it
            head = text[:org.start]
            opening = CLAUSE_MARK.search(head[::-1])
            clause_start = 0 if opening is None else len(head) - opening.start()
            lead_in = text[clause_start:org.start].strip()
            if re.match(r"\[[^\]]{1,6}\]\s*", lead_in):  # [國際] 欧盟峰会…: a section tag
                lead_in = re.sub(r"^\[[^\]]{1,6}\]\s*", "", lead_in)
            if _OPENING.fullmatch(lead_in) and not any(
                    clause_start <= p.start < org.start for p in unit.people):
                out.append(cue)
                break
    return out


_MEMBER_PARAGRAPHS = 3  # paragraphs after the summit's own that may name who took part (the whole lead)


def summit_members(unit: Unit, lead: Sequence[Unit], title_paragraph: int, script: str = "zh",
                   have: frozenset[str] | None = None) -> list[Someone]:
    """Who took part in a summit whose own sentence names nobody of two sides: the people of
    later sentences of the lead that name the summit again or say someone attends
    (``越南总理阮春福…为峰会致开幕词``, ``美国总统特朗普通过视频参加了峰会``).  The title's summit
    takes them from the first paragraphs.  A sentence that recalls (``此前``), calls one off
    (``取消G7峰会``), names an earlier period (``上周末的东盟峰会``) or reports a contact of two sides
    of its own is about another meeting.  ``have``: the sides the summit's sentence names already;
    of a summit word's sentence, only people of other sides join them (the sender of an envoy
    already named is no member), while whom a part at the meeting names always does."""
    from .recall import called_off_words  # recall.py reads contacts.py, which reads this module

    off = called_off_words("zh-Hans")
    first = unit.paragraph if unit.paragraph != title_paragraph else 0
    people: list[Someone] = []
    for u in lead:
        if u is unit or u.paragraph < first or u.paragraph > first + _MEMBER_PARAGRAPHS:
            continue
        if u.paragraph == unit.paragraph and unit.paragraph != title_paragraph and lead.index(u) < lead.index(unit):
            continue
        if u.has(RECALL) or (off is not None and off.search(u.text)) or other_occasion(u.text):
            continue
        if not (u.has(MULTI) or _attended(u)):
            # 越南总理阮春福在开幕式上发表讲话: someone's part at the meeting, no summit word repeated
            people += [p for p in u.people if takes_part(u.text, p, u.people)]
            continue
        found = [p for p in u.people if not p.vague and not p.principal and p.side is not None]
        if len(sides(found)) >= 2 and u.cues(script):
            continue  # a contact of its own (9月14日欧盟领袖与中国领导人习近平举行的视频峰会), not a member's part
        people += [p for p in found if have is None or p.side not in have or takes_part(u.text, p, u.people)]
    return unique(people)


def summit_way(unit: Unit, lead: Sequence[Unit], title_paragraph: int) -> str | None:
    """``这次峰会以视频方式举行``, ``本次峰会…通过视频举行``: a video cue in a sentence of the
    summit's paragraph or the next (the first, for a title's summit) that names the summit again
    (``美国总统特朗普通过视频参加了峰会``)."""
    paragraph = unit.paragraph if unit.paragraph != title_paragraph else 0
    for u in lead:
        if u is unit or not u.has_cue or abs(u.paragraph - paragraph) > 1 or not u.has(MULTI):
            continue
        if any(CUE in m.cats and "video_call" in m.cats[CUE] for m in u.mentions[KIND]) or any(
                w in u.text for w in _online_ways()):
            return "video_call"
    return None


@functools.lru_cache(maxsize=1)
def _online_ways() -> tuple[str, ...]:
    """Words saying a meeting is held online (the Chinese words of ``online`` in cues.json: 视频, 线上)."""
    data = cue_data().get("online", {})
    return tuple(w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()))


def summit_held(unit: Unit, cues: list[Mention], lead: Sequence[Unit],
                title_paragraph: int) -> tuple[list[Mention], list[Someone], list[Unit]] | None:
    """The last resort of all (its cues, people and sentences): an organisation's summit the clause
    is about (``G20峰会开幕``, ``第37屆東協峰會今天開幕``) whose sentence names nobody of two sides;
    its people are those of its own clause and of the lead's later sentences about it
    (:func:`summit_members`)."""
    opening = summit_opening(unit) if unit.has_cue else []
    if not opening or len(sides([p for p in unit.people if not p.vague])) >= 2:
        return None
    # the summit's own clause names its people; a later clause of its sentence tells the setting
    # (第37屆東協峰會今天開幕，在…美國總統川普不認敗選情況下)
    end = CLAUSE_MARK.search(unit.text, opening[0].end)
    head = CLAUSE_MARK.search(unit.text[:opening[0].start][::-1])
    begin = 0 if head is None else opening[0].start - head.start()
    own = [p for p in unit.people if not p.vague and not p.principal and p.side is not None
           and begin <= p.start and (end is None or p.start < end.start())]
    members = summit_members(unit, lead, title_paragraph)
    people = unique(own + members)
    if not any(not p.titled_only for p in people):
        # 欧盟外长会议, APEC领袖: a summit's title alone names nobody who took part; but an
        # organisation announcing its own summit (欧盟将召开紧急峰会) names its members as a side.
        convener = announced_convener(unit, opening[0])
        if convener is None:
            return None
        people = [convener]
    used = [unit, *(u for u in lead if u is not unit and any(p is q for p in members for q in u.people))]
    found = sorted({id(c): c for c in [*cues, *opening]}.values(), key=lambda m: m.start)
    way = summit_way(unit, lead, title_paragraph)
    if way is not None:
        # 这次峰会以视频方式举行: the way the summit is held is the kind of its word
        first = opening[0]
        found.append(Mention(first.start, first.end, first.layer, {CUE: [way]}, first.text))
    return found, people, used


# 欧盟将召开紧急峰会, G7将于下月举行峰会: the organisation, an announcing word, a holding verb, then
# the summit's words; nothing of another clause between.
_CONVENES = re.compile(r"(?:将|將|将于|將於|将在|將在|拟|擬|计划|計劃|定于|定於)[^，。；：,;:\s]{0,10}?"
                       r"(?:召开|召開|举行|舉行|举办|舉辦)[^，。；：,;:\s]{0,10}")

# 某总统宣布将于明年召开…峰会: a person, a saying word at most, then the announcing and holding words.
_CONVENED_BY = re.compile(r"[^，。；：,;:\s]{0,4}?" + _CONVENES.pattern)

# 东盟峰会将于下月以视频方式举行: the summit first, then its announcing word and holding verb (not
# 峰会后将举行记者会: something after the summit).
_TO_BE_HELD = re.compile(r"(?:最快|也|还|還|或)?(?:将于|將於|将在|將在|定于|定於|拟于|擬於|预计将?|預計將?|将|將)"
                         r"[^，。；：,;:\s]{0,12}?(?:召开|召開|举行|舉行|举办|舉辦)")


def announced_convener(unit: Unit, cue: Mention) -> Someone | None:
    """The members of an organisation that announces its own summit (``欧盟将召开紧急峰会``,
    ``G7峰会将于6月举行``): an unnamed official of it, the only side a planned summit's sentence
    may name."""
    for org in unit.mentions[ENTITY]:
        codes = org.cats.get(ORG)
        if not codes or not 0 <= cue.start - org.end <= _SUMMIT_REACH + 8:
            continue
        if not _CONVENES.fullmatch(unit.text, org.end, cue.start) and not (
                _BETWEEN.fullmatch(unit.text, org.end, cue.start) and _TO_BE_HELD.match(unit.text, cue.end)):
            continue
        if any(org.end <= m.start < cue.start and m.cats.keys() & {PERSON, OFFICE} for m in unit.mentions[ENTITY]):
            continue
        return Someone(org.start, org.end, org.text, None, None, codes[0], "official", titled_only=True, vague=True)
    return None


@functools.lru_cache(maxsize=1)
def named_summits() -> frozenset[str]:
    """Summits named for themselves, with no organisation id (the ``named_summits`` of cues.json)."""
    data = cue_data().get("named_summits", {})
    return frozenset(w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()))


# A contact word a pair of short forms may open (中欧峰会, 中印第八轮军长级会谈), and what may stand
# between them: the way, an ordinal, a level, a day (视频, 第八轮, 军长级, 7/27), never a clause mark.
# A video word is a contact of its own there (美日将举行视讯对话会), but names only the way: its
# pair must be the subject of a verb of holding right after it (not 美联大期间…视讯会, a pair inside a word).
_PAIR_WORDS = ("峰会", "峰會", "会谈", "會談", "会晤", "會晤", "视讯", "視訊", "视频", "視頻", "对话", "對話")
_VIDEO_WORDS = frozenset(("视讯", "視訊", "视频", "視頻"))
_VIDEO_PAIR_NEXT = re.compile(r"(?:将|將|拟|擬|计划|計劃|预计|預計|定于|定於|今|明|下周|下週)?(?:举行|舉行|召开|召開|进行|進行|展开|展開)")
_PAIR_BETWEEN = re.compile(r"[\u4e00-\u9fff\d/／]{0,10}")
# What may open the clause before the pair: nothing, a demonstrative, a verb of holding or attending.
_PAIR_LEAD = re.compile(r"(?:.*(?:的|此次|这次|這次|本次|本屆|本届|举行|舉行|召开|召開|出席|参加|參加)了?)?(?:首届|首屆|第[一二三四五六七八九十\d]+届|第[一二三四五六七八九十\d]+屆)?[“「『\"]?")


@functools.lru_cache(maxsize=1)
def _pair_shorts() -> dict[str, tuple[bool, str]]:
    """One-character short forms of countries and organisations (中, 欧, 印): (is_org, code)."""
    from .countries import CountryLexicon

    lex = CountryLexicon.builtin()
    out: dict[str, tuple[bool, str]] = {}
    for lang in ("zh-Hans", "zh-Hant"):
        for is_org, table in ((False, lex.short_forms(lang)), (True, lex.organisation_short_forms(lang))):
            for code, forms in table.items():
                for form in forms:
                    if len(form) == 1:
                        out.setdefault(form, (is_org, code))
    for lang in ("zh-Hans", "zh-Hant"):
        for code, forms in cue_data().get("pair_shorts", {}).get(lang, {}).items():
            for form in forms:
                out.setdefault(form, (False, code))
    return out


def glued_pairs(text: str) -> list[list[Someone]]:
    """Every pair of one-character short forms glued together (``美中存在分歧``, ``中印``), none
    inside a longer run (``日中韩``): an unnamed official of each."""
    shorts = _pair_shorts()
    out: list[list[Someone]] = []
    for i in range(len(text) - 1):
        a, b = shorts.get(text[i]), shorts.get(text[i + 1])
        if a is None or b is None or a[1] == b[1] or (i > 0 and text[i - 1] in shorts) or text[i + 2:i + 3] in shorts:
            continue
        out.append([Someone(i + k, i + k + 1, text[i + k], None, None if is_org else code, code if is_org else None,
                            "official", titled_only=True, vague=True) for k, (is_org, code) in enumerate((a, b))])
    return out


def pair_sides(unit: Unit) -> tuple[Mention, list[Someone]] | None:
    """``中欧峰会``, ``欧中视频峰会``, ``中印第八轮军长级会谈结束``: two short forms glued together
    opening the phrase of a contact word name its two sides, nobody of them named: an unnamed
    official of each (the contact word and the two).  The eve of the contact (``峰会前夕``) is none."""
    text = unit.text
    shorts = _pair_shorts()
    for cue in unit.mentions[KIND]:
        if CUE not in cue.cats or "message_exchange" in cue.cats[CUE] or _EVE.match(text, cue.end):
            continue
        if DIALOGUE in cue.cats and not dialogue_held(text, cue.start, cue.end):
            continue  # 台美经济对话与TIFA相辅相成 (a title's topic): only a dialogue held names its sides
        for word in _PAIR_WORDS:
            at = text.find(word, cue.start, cue.end)
            if at >= 0:
                break
        else:
            continue
        head = CLAUSE_MARK.search(text[:cue.start][::-1])
        begin = 0 if head is None else cue.start - head.start()
        for i in range(begin, max(begin, cue.start - 1)):
            a, b = shorts.get(text[i]), shorts.get(text[i + 1])
            if a is None or b is None or a[1] == b[1] or (i > begin and text[i - 1] in shorts) or (
                    text[i + 2:i + 3] in shorts):
                continue  # 日中韩首脑会谈: a pair inside a longer run is not the contact's two sides
            if word in _VIDEO_WORDS and not _VIDEO_PAIR_NEXT.match(text, i + 2):
                continue
            if any((m.start <= i and i + 2 < m.end) or (i + 2 <= m.start < cue.start and PERSON in m.cats)
                   for m in unit.mentions[ENTITY]):
                continue  # 欧委会主席冯德莱恩…峰会: the two inside a longer name, or a name before the word
            if not _PAIR_BETWEEN.fullmatch(text, i + 2, cue.start) or not _PAIR_LEAD.fullmatch(
                    re.sub(r"^\[[^\]]{1,6}\]\s*", "", text[begin:i].strip())):
                continue
            people = [Someone(i + k, i + k + 1, text[i + k], None, None if is_org else code,
                              code if is_org else None, "official", titled_only=True, vague=True)
                      for k, (is_org, code) in enumerate((a, b))]
            return cue, people
    return None
