"""Stage 2: mentions grouped into people.

A person is either a gazetteer entry named in the text (``普京``; short forms and shared
names are resolved in :mod:`.names`), or anyone introduced by office and
country or organisation in any of the word orders of our languages:
``瑙鲁外长安格明加``, ``美國國防部長艾斯培``, ``Foreign Minister of Tuvalu Simon Kofe``,
``Tuvalu's foreign minister``, ``the Egyptian president``, ``وزير الخارجية التونسي عثمان الجرندي``,
``Ngoại trưởng Thái Lan Don Pramudwinai``.  Such a person has no ``id``; ``name`` is the
personal name the text gives after (or, in English, before) the title, else the title
phrase as written.  Lists share an office (``会见马来西亚、泰国外长``, ``the foreign
ministers of A, B and C``), group nouns are one participant (``中亚五国外长``), and a person
named only as someone's principal (``特朗普的特使威特科夫``), the sender of a message another
carries, a spokesperson or someone deceased is marked ``principal`` and is not a participant
(:mod:`.non_participants`).  Personal names are read by :mod:`.personal_names`; the words of
group nouns and of non-participants are data (``data/groups.json``, :mod:`.groups`).
"""

from __future__ import annotations

import functools
import re

import attrs

from .countries import CountryLexicon

from .lexicon import COLLECTIVE, COUNTRY, COUNTRY_SHORT, ENTITY, KIND, MODALITY, OFFICE, ORG, ORG_SHORT, PERSON, SHORT
from .groups import builtin_words, is_loose_leader, split_group
from .mentions import Mention, category_mask
from .non_participants import mark_appointers, mark_deceased, mark_principals, mark_spokespeople
from .personal_names import ZH_INSTITUTION, ZH_NOT_NAMES, ZH_NOT_SURNAMES, ZH_STOP, name_after, name_before_comma
from .someone import Someone

__all__ = ["ZH_STOP", "Someone", "people_in"]

_ORG_OFFICES = ("secretary_general", "organisation_head")
_VAGUE_OFFICES = frozenset({"official", "legislator", "adviser", "minister"})


# What may separate the words of one title phrase ("Foreign Minister of Tuvalu").
_GLUE = {
    # 朝鲜劳动党委员长, 越共中央总书记: a party's name between the country and the title.
    # 国际奥委会（IOC）主席: an abbreviation in brackets between an organisation and its title.
    "zh": re.compile(r"[ ·]?|(?:两国|兩國)?的?|当选人|當選人|[国國](?:新任|下任|候任|现任|現任|代理|前任|临时|臨時)?|[两三四五六七八九十]方|[两三四五六七八九十]国|\d+国|联邦|聯邦|国会|國會|(?:驻|駐)[\u4e00-\u9fff]{2,4}|[（(][A-Za-z0-9 .&\-]{1,20}[）)]|[\u4e00-\u9fff]{1,10}?(?:党|黨)(?:中央)?(?:委员会|委員會)?(?:中央)?|前|原|时任|時任|驻华|駐華|驻|駐|新任|下任|候任|现任|現任|代理|前任|当选|當選|临时|臨時"),
    # "the Arab League (LAS) Ahmed Aboul Gheit": an abbreviation in brackets after a name (every script)
    "en": re.compile(r" (?:of (?:the )?)?|'s |’s | for | ?[(（][A-Z0-9][A-Za-z0-9 .&-]{0,19}[)）] "),
    # "Chủ tịch Đảng Công nhân Bangladesh": a party's name between the title and the country.
    # ... and a state's formal name before its short one (nước Cộng hòa Nhân dân Trung Hoa).
    "vi": re.compile(r" (?:của |nước |(?:nước )?Cộng hòa (?:(?:Dân chủ |Xã hội chủ nghĩa )?Nhân dân |Liên bang |Hồi giáo )?"
                     r"|(?:Ban Chấp hành )?(?:Trung ương )?Đảng(?: [^\s,.;:()]+){0,6} )?"
                     r"| ?[(（][A-Z0-9][A-Za-z0-9 .&-]{0,19}[)）] "),
    "ar": re.compile(r" (?:في )?| ?[(（][A-Z0-9][A-Za-z0-9 .&-]{0,19}[)）] "),
}
# 美國衛生部長: a portfolio between a country and a generic title (部长, 大臣).
_MINISTRY = re.compile(r"[\u4e00-\u9fff]{1,8}")
# 美国国务院政军局助理国务卿, 日本外务省亚洲局局长: a named body between a country and any title.
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:部|院|局|署|省|委员会|委員會|办公室|辦公室|协会|協會|事务所|事務所|"
                          r"办事处|辦事處|代表处|代表處|使馆|使館|领馆|領館|司令部)"
                          r"(?:资深|資深|高级|高級|首席)?")  # 美國務院資深官員: a rank word before the title
_PORTFOLIO_TITLES = frozenset({"部长", "部長", "大臣", "代表", "大使", "特使", "公使", "议长", "議長", "司令", "领事",
                               "領事"})  # 衛生部長, 參議長
_PAREN = re.compile(r"[（(][^（）()]{0,40}[）)]")
_POSSESSIVE = re.compile(r"的|'s |’s |'s(?: special| personal)? |, (?:the )?")
_OFFICE_GLUE = re.compile(r"[兼、]| and |, | và | و")  # 政治局委员、外交部长; 国务委员兼国防部长
_BOOK = re.compile(r"《[^》]{0,60}》|〈[^〉]{0,60}〉")
_LIST_SEP = {"zh": re.compile(r"[、丶和及与]"), "en": re.compile(r",? and |, "), "vi": re.compile(r",? và |, "),
             "ar": re.compile(r" و|، ?و?")}
# 中亚五国外长: the count and its title; the place before it (up to four characters) is read back from
# the count (a leading optional group in the pattern would cost a try at every character).
_GROUP = re.compile(r"(?P<n>[三四五六七八九十]+|\d+)国(?P<office>外长|外交部长|领导人|元首|首脑|总统|总理|防长|國外長)")
_GROUP_REACH = 4
_GROUP_OFFICES = {"外长": "foreign_minister", "外交部长": "foreign_minister", "國外長": "foreign_minister",
                  "领导人": "head_of_state", "元首": "head_of_state", "首脑": "head_of_state", "总统": "head_of_state",
                  "总理": "head_of_government", "防长": "defence_minister"}
# Offices that serve a principal or are posted abroad, and the words that tie them to the principal.
_SENT_OFFICES = frozenset({"envoy", "ambassador"})
_SENT_BY = {"ar": re.compile(r" ?لل?"), "en": re.compile(r",? (?:of|to) (?:the )?"), "vi": re.compile(r" của "),
            "zh": re.compile(r"(?!)")}
_AR_GROUP_OFFICES = {"سفيرا": "ambassador", "سفيرا جديدا": "ambassador", "وزيرا": "minister",
                     "وزير خارجيه": "foreign_minister", "وزيرا للخارجيه": "foreign_minister",
                     "رئيس دوله": "head_of_state", "رئيسا": "head_of_state", "زعيما": "head_of_state"}
_AR_GROUP = re.compile(r"(?<![\d.])(?P<n>\d{1,3}) (?P<office>سفيرا جديدا|سفيرا|وزيرا للخارجيه|وزير خارجيه|وزيرا|رئيس دوله|رئيسا"
                       r"|زعيما)(?!\w)")
_VI_PARTY = re.compile(r" (?:[^\s,.;:()]+ ){1,6}")
_AR_PLURAL_OFFICES = ("وزراء", "سفراء", "رؤساء")
_POST = {"ar": re.compile(r" (?:الي|لدي|في) "), "vi": re.compile(r" (?:tại|ở|bên cạnh) ")}
_AR_COUNTERPART = re.compile(r"(?:^|\s)و?(?:نظير|نظيره|نظيرها|نظيرته|نظيرتها|نظيريه|نظراءه|نظرائه) $")
# 金砖国家领导人, 欧盟主要国家领袖, 二十国集团领导人: an organisation's leaders, one group participant.
_ORG_GROUP = re.compile(r"(?:的)?(?:各成员国|成员国|各國|各国|主要国家|成員國|各成員國|主要國家|\d+国|\d+國)?"
                        r"(?P<office>领导人|領導人|领袖|領袖|首脑|首腦)")
_SPAN = tuple[int, int, str]
_MEETING_NOUN = re.compile(r"会谈|會談|会议|會議|峰会|峰會|会晤|會晤|会面|會面|对话|對話|视频会|視訊會|通话|通話|meeting|summit")
_ABBREVIATION = re.compile(r" ?[(（][A-Z0-9][A-Za-z0-9 .&-]{0,19}[)）]")
# 前美国总统: "former" before the country; never 以前, 之前, 目前, 此前, 日前, 当前, 生前, 面前.
_FORMER_BEFORE = re.compile(r"(?<![以之目此日当當生面眼提空])(?:前任|前|原)$")


def _script(language: str | None) -> str:
    if language in ("zh-Hans", "zh-Hant"):
        return "zh"
    return language if language in ("en", "vi", "ar") else "en"


def _office_of(mention: Mention, organisation: str | None) -> str | None:
    ids: list[str] = [oid for group in mention.cats.get(OFFICE, ()) for oid in group]
    if not ids:
        return None
    if organisation is not None:
        for oid in _ORG_OFFICES:
            if oid in ids:
                return oid
    return ids[0]


# Category masks for Mention.flags: one ``&`` where ``m.cats.keys() & {…}`` built two sets per test.
_PERSON_OFFICE_COUNTRY_ORG = category_mask(PERSON, OFFICE, COUNTRY, ORG)
_PERSON_OFFICE_COUNTRY_ORG_COUNTRY_SHORT = category_mask(PERSON, OFFICE, COUNTRY, ORG, COUNTRY_SHORT)
_PERSON_SHORT = category_mask(PERSON, SHORT)
_COUNTRY_ORG = category_mask(COUNTRY, ORG)
_OFFICE_PERSON = category_mask(OFFICE, PERSON)
_COUNTRY_ORG_COUNTRY_SHORT = category_mask(COUNTRY, ORG, COUNTRY_SHORT)
_COUNTRY_SHORT_ORG_SHORT = category_mask(COUNTRY_SHORT, ORG_SHORT)
_COUNTRY_COUNTRY_SHORT = category_mask(COUNTRY, COUNTRY_SHORT)
_ORG_ORG_SHORT = category_mask(ORG, ORG_SHORT)


@attrs.define
class _Sentence:
    """One sentence being read: its text, mentions and the people found so far."""

    text: str
    mentions: dict[int, list[Mention]]
    script: str
    ents: list[Mention]
    stops: list[int]  # where a personal name must end: cues, modality words, other entities
    entity_starts: frozenset[int]
    person_starts: set[int]
    out: list[Someone | Mention] = attrs.field(factory=list)

    @classmethod
    def of(cls, text: str, mentions: dict[int, list[Mention]], language: str | None) -> _Sentence:
        ents = mentions[ENTITY]
        stops = sorted({m.start for m in mentions[KIND]} | {m.start for m in mentions[MODALITY]}
                       | {m.start for m in ents if m.flags & _PERSON_OFFICE_COUNTRY_ORG} | {len(text)})
        entity_starts = frozenset(m.start for m in ents
                                  if m.flags & _PERSON_OFFICE_COUNTRY_ORG_COUNTRY_SHORT)
        person_starts = {m.start for m in ents if m.flags & _PERSON_SHORT}
        return cls(text, mentions, _script(language), ents, stops, entity_starts, person_starts)

    def limit(self, end: int) -> int:
        """The first stop at or after ``end``: a name read from there ends before it."""
        return next(s for s in self.stops if s >= end)

    def name_after(self, pos: int, limit: int) -> tuple[int, int] | None:
        return name_after(self.text, pos, limit, self.script, self.entity_starts)

    def runs_into_person(self, end: int) -> bool:
        """A gazetteer name starts where the read name stops, or after a hyphen or space."""
        return end in self.person_starts or (end + 1 in self.person_starts and self.text[end:end + 1] in " -")


@attrs.define
class _Phrase:
    """One title phrase: mentions glued together (``俄罗斯总统普京``, ``Foreign Minister of Tuvalu``)."""

    chunk: list[Mention]
    persons: list[Mention]
    offices: list[Mention]
    collective: bool  # 中印两国, 美方代表团: the phrase names a side's people together
    places: list[Mention]
    country: str | None
    organisation: str | None
    start: int = 0
    end: int = 0
    office: str | None = None


def _glued(s: _Sentence, a: Mention, b: Mention) -> bool:
    """Whether mention ``b`` continues the title phrase that mention ``a`` ends."""
    text, script = s.text, s.script
    between = text[a.end:b.start]
    if a.flags & _PERSON_SHORT and between in ("'s ", "’s "):
        return False  # "Trump's envoy": the principal is a phrase of its own
    return bool(
        b.start < a.end
        or (script == "zh" and a.flags & _COUNTRY_ORG and OFFICE in b.cats
            and _MINISTRY.fullmatch(between)
            # a generic title only: 外长 takes no portfolio (老挝万象出席…外长会)
            and (b.text[-2:] in _PORTFOLIO_TITLES or _INSTITUTION.fullmatch(between) is not None))
        or (_GLUE[script].fullmatch(between) is not None
            # Arabic names a title's country after it: في بكين رئيسة وزراء بربادوس
            and not (script == "ar" and OFFICE in b.cats and a.flags & _COUNTRY_ORG
                     and not a.flags & _OFFICE_PERSON))
        # 美国和印度的外长和防长: 的 between the countries and their title
        or (script == "zh" and between == "的" and a.flags & _COUNTRY_ORG_COUNTRY_SHORT
            and OFFICE in b.cats)
        # "Chủ tịch Đảng Công nhân Bangladesh": the party's name, then its country
        or (script == "vi" and OFFICE in a.cats and COUNTRY in b.cats and a.text.endswith("Đảng")
            and _VI_PARTY.fullmatch(between) is not None)
        or (OFFICE in a.cats and OFFICE in b.cats and _OFFICE_GLUE.fullmatch(between)))


def _phrase_end(s: _Sentence, i: int) -> int:
    """The index after the last mention of the title phrase starting at mention ``i``."""
    j = i + 1
    while j < len(s.ents) and _glued(s, s.ents[j - 1], s.ents[j]):
        j += 1
    return j


def _phrase(s: _Sentence, chunk: list[Mention]) -> _Phrase:
    """The phrase's people, offices and places, and the country or organisation it names."""
    persons = [m for m in chunk if m.flags & _PERSON_SHORT]
    offices = [m for m in chunk if OFFICE in m.cats]
    # 中印两国外长: a collective word before a real title is no title of its own; one ending
    # the phrase names the side's people together (美國聯邦參議員訪問團: a delegation).
    collective = bool(offices) and COLLECTIVE in offices[-1].cats
    offices = [offices[-1]] if collective else [m for m in offices if COLLECTIVE not in m.cats] or offices
    places = [m for m in chunk if m.flags & _COUNTRY_ORG]
    shorts = [m for m in chunk if m.flags & _COUNTRY_SHORT_ORG_SHORT and not m.flags & _COUNTRY_ORG]
    # A short form counts right before a title (俄外长, 美国务卿) or beside another
    # country (中美), never after a title (参议员加德纳 is no Canadian).
    shorts = [m for m in shorts if any(o.start == m.end for o in offices) or len(places) + len(shorts) >= 2
              and not any(o.end <= m.start for o in offices)]
    if shorts:
        places = sorted(places + shorts, key=lambda m: m.start)
    if s.script == "zh" and offices:
        # 俄罗斯总统, never 总统俄罗斯; an organisation inside the title word counts (国际奥委会主席)
        places = [m for m in places if m.start < offices[-1].start
                  or any(o.start <= m.start and m.end <= o.end for o in offices)]
    country = next((m.cats.get(COUNTRY, m.cats.get(COUNTRY_SHORT, [None]))[0] for m in places
                    if m.flags & _COUNTRY_COUNTRY_SHORT), None)
    org = next((m.cats.get(ORG, m.cats.get(ORG_SHORT, [None]))[0] for m in places
                if m.flags & _ORG_ORG_SHORT), None)
    return _Phrase(chunk, persons, offices, collective, places, country, org)


def _borrow_side(s: _Sentence, ph: _Phrase) -> None:
    """美國國務卿蓬佩奧、國防部長艾斯培: a title without a side shares the previous person's."""
    if not ph.offices or ph.country is not None or ph.organisation is not None or not s.out:
        return
    prev = s.out[-1]
    between = _PAREN.sub("", s.text[prev.end:ph.chunk[0].start])
    envoy = any(oid in ("envoy", "adviser", "ambassador") for o in ph.offices for g in o.cats[OFFICE] for oid in g)
    # 菅义伟与国际奥委会主席: an organisation's office is no country's
    org_office = all(oid in _ORG_OFFICES for o in ph.offices for g in o.cats[OFFICE] for oid in g)
    # ... and Trump's special envoy, 特朗普的特使: an envoy is of the principal's country.
    if org_office or not (_LIST_SEP[s.script].fullmatch(between.strip())
                          or (envoy and _POSSESSIVE.fullmatch(between))):
        return
    if isinstance(prev, Someone):
        ph.country, ph.organisation = prev.country, prev.organisation
    else:
        ph.country, ph.organisation = prev.cats.get("_context", [(None, None, None)])[0][:2]
        if ph.country is None and ph.organisation is None:
            ph.country = "@" + str(prev.start)  # filled in from the resolved person


def _add_gazetteer_people(s: _Sentence, ph: _Phrase) -> None:
    """Gazetteer names of the phrase, each with the phrase's side and title as its context."""
    office = _office_of(ph.offices[0], ph.organisation) if ph.offices else None
    if office is not None and not ph.places and _ambiguous(ph.offices[0]):
        office = None  # 眾志主席黃之鋒: 主席 of no named state or body says nothing of the office
    if office is not None and _not_yet_or_no_longer(s, ph):
        office = None  # 美国当选总统拜登, 前美国总统克林顿: the title is no office held now
    for p in ph.persons:
        p.cats["_context"] = [(ph.country, ph.organisation, office)]
        s.out.append(p)


def _ambiguous(office: Mention) -> bool:
    """Whether an office word names several offices (主席: head of state, party leader, ...)."""
    ids = [i for g in office.cats[OFFICE] for i in g]
    return any(i != ids[0] for i in ids)


_ELECT_TITLE = re.compile(r"当选|當選|候任|elect|designate|đắc cử|منتخب", re.IGNORECASE)


def _not_yet_or_no_longer(s: _Sentence, ph: _Phrase) -> bool:
    """Whether the phrase's title is one to be taken (当选总统, 總統當選人, President-elect) or one
    left (前首相, 前美国总统, former)."""
    first, last = ph.offices[0], ph.offices[-1]
    if any(_ELECT_TITLE.search(o.text) for o in ph.offices) or _ELECT_TITLE.match(s.text, last.end):
        return True
    start = min(m.start for m in ph.chunk)
    if s.script == "zh":
        return bool(re.search(r"(?:前|原|前任)$", s.text[start:first.start])
                    and not s.text[start:first.start].endswith(("以前", "之前"))
                    or _FORMER_BEFORE.search(s.text, max(0, start - 3), start))
    return re.search(r"\b(?:former|Former|cựu|السابق)\s*$", s.text[max(0, start - 8):start]) is not None


def _zh_name_before_title(s: _Sentence, ph: _Phrase) -> bool:
    """台湾蔡英文总统, 美国特朗普总统: country, personal name, then the title; True when read."""
    text, chunk = s.text, ph.chunk
    before = [m for m in s.ents if m.end <= chunk[0].start and m.cats.keys() & {COUNTRY}]
    if not (before and 2 <= chunk[0].start - before[-1].end <= 4):
        return False
    name = text[before[-1].end:chunk[0].start]
    office_id = _office_of(ph.offices[-1], None)
    if not (all("\u4e00" <= ch <= "\u9fff" and ch not in ZH_STOP and ch not in ZH_INSTITUTION for ch in name)
            and name[:2] not in ZH_NOT_NAMES and office_id not in _VAGUE_OFFICES
            and not name.endswith(("派", "籍", "裔", "方"))):
        return False
    code = before[-1].cats[COUNTRY][0]
    if _FORMER_BEFORE.search(text, max(0, before[-1].start - 3), before[-1].start):
        office_id = None  # 前香港众志主席罗冠聪: no office now
    elif office_id == "head_of_state":
        office_id = "party_leader"  # 香港众志主席: the chair of a body (a party) between country and title
    after = s.name_after(chunk[-1].end, s.limit(chunk[-1].end))
    if after is not None and not s.runs_into_person(after[1]):
        # 瑞士联邦主席索马鲁加, 香港众志主席罗冠聪: a body's name before the title, the person's after it.
        s.out.append(Someone(before[-1].start, after[1], text[after[0]:after[1]], None, code, None, office_id))
    elif after is None:
        s.out.append(Someone(before[-1].start, chunk[-1].end, name, None, code, None, office_id))
    return True


def _zh_surname_title(s: _Sentence, ph: _Phrase, previous: Mention | None) -> bool:
    """蔡總統, 文總統: a family name glued to the title, no country; holders.py decides who."""
    text, chunk = s.text, ph.chunk
    at = chunk[0].start - 1
    office = _office_of(ph.offices[-1], None)
    if not (at >= 0 and "\u4e00" <= text[at] <= "\u9fff" and text[at] not in ZH_STOP
            and office not in _ORG_OFFICES  # 司法委员会主席 is no 法
            and not is_loose_leader(ph.offices[-1].text)  # 國家領袖: no family name before a leader word
            and text[at] not in ZH_INSTITUTION and text[at] not in ZH_NOT_SURNAMES
            and not (previous is not None and previous.start <= at < previous.end)):
        return False
    s.out.append(Someone(at, chunk[-1].end, text[at:chunk[-1].end], None, None, None, office,
                         titled_only=True, surname=text[at]))
    return True


def _is_counterpart(s: _Sentence, ph: _Phrase) -> bool:
    """"ونظيره الجزائري": a country adjective after "his counterpart", no title of its own."""
    return (s.script == "ar" and not ph.offices and not ph.persons and ph.country is not None
            and _AR_COUNTERPART.search(s.text, max(0, ph.chunk[0].start - 12), ph.chunk[0].start) is not None)


def _add_counterpart(s: _Sentence, ph: _Phrase) -> None:
    """"ونظيره الجزائري عبد العزيز بوتفليقة": his Algerian counterpart, named after the adjective."""
    end = ph.end
    name_span = s.name_after(end + 1, next((x for x in s.stops if x > end), len(s.text)))
    if name_span is None or name_span[0] - end > 1:
        return
    # a counterpart holds the office of the one whose counterpart it is (named just before)
    last = s.out[-1] if s.out else None
    same = (last.office if isinstance(last, Someone)
            else last.cats.get("_context", [(None, None, None)])[0][2] if last is not None else None)
    s.out.append(Someone(ph.start, name_span[1], s.text[name_span[0]:name_span[1]], None, ph.country,
                         ph.organisation, same))


def _read_office(s: _Sentence, ph: _Phrase) -> None:
    """The phrase's office, and the side of a posted title (``美国驻联合国大使``)."""
    offices, org, script, text = ph.offices, ph.organisation, s.script, s.text
    # VOV lists a person's offices most senior first ("Thủ tướng, Chủ tịch Đảng Nhân dân Campuchia");
    # elsewhere the title next to the name is the one the story is about (国务委员兼外长).
    ph.office = _office_of(offices[0] if script == "vi" else offices[-1], org)
    if script != "zh" and len(offices) >= 2 and _office_of(offices[0], org) in _SENT_OFFICES and (
            _SENT_BY[script].match(text, offices[0].end, offices[1].start + 3) is not None):
        # "المبعوث الخاص للأمين العام", "Special Envoy of the Secretary-General", "Đặc phái viên của
        # Tổng thống": the envoy is the person, the office after it is the principal's.
        ph.office = _office_of(offices[0], org)
    if _not_yet_or_no_longer(s, ph):
        ph.office = None  # 日本前首相森喜朗, 前美国总统比尔·克林顿, former: a former office is no office now
    if script == "zh":
        posted = [m for m in ph.places if text[max(0, m.start - 1):m.start] in ("驻", "駐")]
        if posted:
            # 美国驻联合国大使: the country before 驻 sends, the one after receives.
            senders = [m for m in ph.places if m not in posted]
            if senders:
                ph.country = next((m.cats.get(COUNTRY, m.cats.get(COUNTRY_SHORT, [None]))[0] for m in senders
                                   if m.cats.keys() & {COUNTRY, COUNTRY_SHORT}), None)
                ph.organisation = next((m.cats[ORG][0] for m in senders if ORG in m.cats), None)
                ph.places = senders
    if script in _POST and ph.office in _SENT_OFFICES:
        # "المبعوث الخاص ... إلى سوريا غير بيدرسن", "Đại sứ Nhật Bản tại Việt Nam Ito Naoki": the post,
        # then the name.
        post = _POST[script].match(text, ph.end)
        there = next((m for m in s.ents if post is not None and m.start == post.end() and COUNTRY in m.cats), None)
        if there is not None:
            ph.end = there.end


def _personal_name(s: _Sentence, ph: _Phrase) -> tuple[int, int] | None | bool:
    """The span of the personal name the title introduces, None without one, False when the
    name runs into a gazetteer name (the phrase is then read as that person)."""
    at = ph.end
    if s.script != "zh":
        # "Tổng Thư ký Đảng Mặt trận Giải phóng Mozambique (FRELIMO) Roque Silva Samuel": an
        # abbreviation in brackets between the title and the name
        bracket = _ABBREVIATION.match(s.text, at)
        at = bracket.end() if bracket is not None else at
    name_span = None if ph.collective else s.name_after(at, s.limit(at))
    if name_span is not None and s.script != "zh" and name_span[0] - at > 1:
        name_span = None
    if name_span is not None and s.runs_into_person(name_span[1]):
        return False  # "President Abdel Fattah al-Sisi": the name runs into a gazetteer name, read as that
    if name_span is None and s.script == "en":
        name_span = name_before_comma(s.text, ph.start)
    if name_span is None and s.script == "en" and s.text.startswith(", ", at):
        # "the Foreign Minister of Tuvalu, Simon Kofe, said": a name set off by commas after the title
        after = s.name_after(at + 2, s.limit(at + 2))
        if after is not None and after[0] == at + 2 and s.text[after[1]:after[1] + 1] in (",", ".", ""):
            if after[0] in s.person_starts:
                return False  # "the Egyptian president, Abdel Fattah al-Sisi,": the gazetteer name is he
            name_span = after
    return name_span


def _listed_countries(s: _Sentence, ph: _Phrase, named: bool) -> tuple[list[str | None], list[_SPAN]]:
    """Countries listed before the shared title (``马来西亚、泰国、越南外长``, ``中俄外长``) and,
    outside Chinese, after it (``the foreign ministers of A, B and C``); widens the phrase."""
    text, sep = s.text, _LIST_SEP[s.script]
    codes = [c for m in ph.places for cat in (COUNTRY, COUNTRY_SHORT) for c in m.cats.get(cat, ())[:1]]
    listed: list[str | None] = list(dict.fromkeys(codes)) if len(set(codes)) > 1 else (
        [ph.country] if ph.country else [])
    forms = [(m.start, m.end, c) for m in ph.places for cat in (COUNTRY, COUNTRY_SHORT) for c in m.cats.get(cat, ())[:1]]
    if ph.places and ph.country:
        first = ph.places[0]
        before = [m for m in s.ents if m.end <= first.start]
        while (before and before[-1].cats.keys() & {COUNTRY}
               and before[-1].cats[COUNTRY][0] not in listed  # 柏林与德国外长: Berlin is no second side
               and sep.fullmatch(text[before[-1].end:first.start])):
            listed.insert(0, before[-1].cats[COUNTRY][0])
            forms.insert(0, (before[-1].start, before[-1].end, before[-1].cats[COUNTRY][0]))
            first = before.pop()
        if len(listed) > 1:
            ph.start = first.start
    if s.script != "zh" and ph.country and not named:
        nxt = [m for m in s.ents if m.start >= ph.end]
        pos = ph.end
        while nxt and COUNTRY in nxt[0].cats and sep.fullmatch(text[pos:nxt[0].start]):
            listed.append(nxt[0].cats[COUNTRY][0])
            forms.append((nxt[0].start, nxt[0].end, nxt[0].cats[COUNTRY][0]))
            pos = nxt.pop(0).end
        if len(listed) > 1:
            ph.end = pos
    return listed, forms


def _add_group_members(s: _Sentence, ph: _Phrase, forms: list[_SPAN], i: int) -> int:
    """中印外长, 美澳外長防長: one participant per country and office, named by its part;
    中印两国, 美欧六国官员: an unnamed official of each, for want of anyone better.  Returns the
    index of the next mention to read (titles joined after the phrase are taken too)."""
    text, org = s.text, ph.organisation
    plural = s.script == "ar" and ph.offices[-1].text.startswith(_AR_PLURAL_OFFICES)  # وزراء جيبوتي ولبنان
    titles = [(o.start, o.end, _office_of(o, org)) for o in ph.offices]
    while (s.script == "zh" and i < len(s.ents) and s.ents[i].cats.keys() & {OFFICE}
           and not s.ents[i].cats.keys() & {PERSON, SHORT, COUNTRY, ORG}
           and text[ph.end:s.ents[i].start] in ("和", "与", "與", "及")):
        # 美国和印度的外长和防长: every country with every title
        titles.append((s.ents[i].start, s.ents[i].end, _office_of(s.ents[i], org)))
        ph.end = s.ents[i].end
        i += 1
    for name, code, member_office in split_group(text, forms, titles, s.script):
        if ph.collective:
            name = next(text[a:b] for a, b, c in forms if c == code)  # 中印两国: 中, 印
        # where its name's parts stand, so that it is given back as the text writes them
        cspan = next((a, b) for a, b, c in forms if c == code)
        ospan = next(((a, b) for a, b, o in titles if o == member_office), cspan)
        pieces = (ospan, cspan) if s.script in ("ar", "vi") else (cspan, ospan)
        s.out.append(Someone(ph.start, ph.end, name, None, code, None, member_office, titled_only=True,
                             vague=ph.collective or (ph.office in _VAGUE_OFFICES and not plural), pieces=pieces))
    return i


def _add_collective(s: _Sentence, ph: _Phrase) -> None:
    """美方代表团, 英国和欧盟谈判人员: a side's people, unnamed (each side listed before it too)."""
    if not ph.places:
        return  # 双方 after someone: no side of its own
    text, sep = s.text, _LIST_SEP[s.script]
    sides_before: list[Mention] = []
    first = ph.places[0]
    for side in reversed([e for e in s.ents if e.end <= first.start]):
        if not (side.cats.keys() & {COUNTRY, ORG} and sep.fullmatch(text[side.end:first.start])):
            break
        sides_before.insert(0, side)
        first = side
    for side in sides_before:
        is_org = COUNTRY not in side.cats
        code = side.cats[ORG][0] if is_org else side.cats[COUNTRY][0]
        if code not in (ph.country, ph.organisation):
            s.out.append(Someone(first.start, ph.end, side.text, None, None if is_org else code,
                                 code if is_org else None, ph.office, titled_only=True, vague=True))
    # a delegation or its negotiators (访问团, 谈判代表, 谈判人员): people, not a pair of states
    delegation = ph.offices[-1].text[-1:] in "团團员員表官"
    s.out.append(Someone(first.start, ph.end, text[ph.places[0].start:ph.end if delegation else ph.places[-1].end],
                         None, ph.country, ph.organisation, ph.office, titled_only=True, vague=True,
                         delegation=delegation))


def _is_one_person(s: _Sentence, ph: _Phrase) -> bool:
    """"中国官员", "美国议员": a vague office alone is nobody in particular; "美卫生部长" is one person."""
    if ph.office not in _VAGUE_OFFICES:
        return True
    if not (ph.office == "minister" and s.script == "zh" and ph.places and ph.offices[-1].text[-1:] in "长長臣"):
        return False
    after_place = max(m.end for m in ph.places)
    return ("副" not in s.text[after_place:ph.offices[-1].end]
            and (len(ph.offices[-1].text) >= 3
                 or _MINISTRY.fullmatch(s.text[after_place:ph.offices[-1].start]) is not None))


def _read_phrase(s: _Sentence, i: int) -> int:
    """Read the title phrase starting at mention ``i`` into ``s.out``; the next index to read."""
    j = _phrase_end(s, i)
    chunk = s.ents[i:j]
    previous = s.ents[i - 1] if i > 0 else None  # the mention before the phrase (ents is in text order)
    ph = _phrase(s, chunk)
    if ph.offices and is_loose_leader(ph.offices[-1].text) and _MEETING_NOUN.match(s.text, ph.offices[-1].end):
        # 日中韩首脑会谈, 中美领导人会晤: a leader word before a meeting noun names the meeting
        ph.offices = ph.offices[:-1]
        if not ph.persons and not ph.offices:
            return j
    _borrow_side(s, ph)
    if ph.persons:
        _add_gazetteer_people(s, ph)
        return j
    if s.script == "zh" and ph.offices and not ph.places:
        if _zh_name_before_title(s, ph) or _zh_surname_title(s, ph, previous):
            return j
    if (ph.country and ph.organisation and not ph.persons and ph.offices and is_loose_leader(ph.offices[-1].text)):
        _add_country_and_organisation_leaders(s, ph)
        return j
    counterpart = _is_counterpart(s, ph)
    if s.script == "en" and ph.offices and ph.country is None and ph.organisation is None:
        _add_name_of_country(s, ph)
        return j
    if (not ph.offices and not counterpart) or (ph.country is None and ph.organisation is None):
        return j
    used = ph.offices + ph.places
    ph.start, ph.end = min(m.start for m in used), max(m.end for m in used)
    if counterpart:
        _add_counterpart(s, ph)
        return j
    _read_office(s, ph)
    name_span = _personal_name(s, ph)
    if name_span is False:
        return j
    assert name_span is not True
    listed, forms = _listed_countries(s, ph, name_span is not None)
    if len(listed) > 1 and name_span is None:
        return _add_group_members(s, ph, forms, j)
    if ph.country is None and is_loose_leader(ph.offices[-1].text):
        pass  # 欧盟领导人, 金砖国家领导人: an organisation's leaders are one group (_add_zh_groups)
    elif ph.collective:
        _add_collective(s, ph)
    elif name_span is not None:
        a, b = name_span
        s.out.append(Someone(min(ph.start, a), max(ph.end, b), s.text[a:b], None, ph.country, ph.organisation,
                             ph.office))
    elif _is_one_person(s, ph):
        s.out.append(Someone(ph.start, ph.end, s.text[ph.start:ph.end], None, ph.country, ph.organisation,
                             ph.office, titled_only=True))
    return j


@functools.lru_cache(maxsize=1)
def _one_character_shorts() -> frozenset[str]:
    """The one-character short country forms of the built-in lexicon (美, 日, 印, 澳, 中, 俄)."""
    lexicon = CountryLexicon.builtin()
    return frozenset(form for lang in ("zh-Hans", "zh-Hant") for forms in lexicon.short_forms(lang).values()
                     for form in forms if len(form) == 1)


def _group_start(s: _Sentence, start: int, count: int) -> int | None:
    """Where the place before a count (``中亚五国外长``, ``东盟十国外长``) starts; None when no
    region, country or organisation stands there (``今年三国首脑`` names nobody in particular)."""
    places = [x for x in s.ents if start <= x.start and x.end <= count and x.cats.keys() & {COUNTRY, ORG}]
    if places and s.text[places[-1].end:count] in ("", "的"):
        return places[-1].start  # 东盟十国外长, 澳大利亚与印度的四国外长
    # The region's name starts after any cue or name before it: 会见|中亚五国外长.
    start = max([start] + [x.end for layer in s.mentions.values() for x in layer
                           if start < x.end <= count and x.start < count])
    where = s.text[start:count]
    region = next((w for w in builtin_words("regions", "zh") if where.endswith(w)), None)
    if region is not None:
        return count - len(region)
    # 美日印澳四国外长: one-character short forms of countries (the lookup reads them only before titles)
    # (美、日、澳、印四国外长: listed with 、)
    before = s.text[max(0, count - 12):count]
    tail = before[len(before.rstrip("".join(_one_character_shorts()) + "、")):].lstrip("、")
    return count - len(tail) if sum(ch != "、" for ch in tail) >= 2 else None


def _add_country_and_organisation_leaders(s: _Sentence, ph: _Phrase) -> None:
    """``德国欧盟领导人``: the leader of each country and the leaders of each organisation listed
    before one leader word (a holder of the day resolves the first, the second is a group)."""
    office = ph.offices[-1]
    word = s.text[office.start:office.end]
    for m in ph.places:
        form = s.text[m.start:m.end] + word
        if COUNTRY in m.cats or COUNTRY_SHORT in m.cats:
            code = (m.cats.get(COUNTRY) or m.cats[COUNTRY_SHORT])[0]
            s.out.append(Someone(m.start, office.end, form, None, code, None, "head_of_state", titled_only=True))
        elif ORG in m.cats or ORG_SHORT in m.cats:
            org = (m.cats.get(ORG) or m.cats[ORG_SHORT])[0]
            s.out.append(Someone(m.start, office.end, form, None, None, org, "head_of_state", group=True))


_OF_COUNTRY = re.compile(r" of (?:the )?")


def _add_name_of_country(s: _Sentence, ph: _Phrase) -> None:
    """"Foreign Minister Simon Kofe of Tuvalu": title, name, then the country after "of"."""
    end = ph.chunk[-1].end
    name = s.name_after(end + 1, len(s.text)) if s.text[end:end + 1] == " " else None
    if name is None or name[0] != end + 1 or name[0] in s.person_starts:
        return
    glue = _OF_COUNTRY.match(s.text, name[1])
    there = next((m for m in s.ents if glue is not None and m.start == glue.end() and m.cats.keys() & {COUNTRY, ORG}
                  and not m.cats.keys() & {PERSON, OFFICE}), None)
    if there is None:
        return
    # the name reader stops at "of"? it takes capitalised words only, so "Kofe of Tuvalu" ends at "Kofe"
    country = there.cats[COUNTRY][0] if COUNTRY in there.cats else None
    org = there.cats[ORG][0] if ORG in there.cats else None
    office = _office_of(ph.offices[-1], org)
    ph.start = min(m.start for m in ph.offices)
    s.out.append(Someone(ph.start, there.end, s.text[name[0]:name[1]], None, country, org, office))


def _add_zh_groups(s: _Sentence) -> None:
    """中亚五国外长 and an organisation's leaders (金砖国家领导人): one group participant each."""
    text = s.text
    for m in _GROUP.finditer(text) if "国" in text else ():
        where = m.start()
        while where > 0 and m.start() - where < _GROUP_REACH and "\u4e00" <= text[where - 1] <= "\u9fff":
            where -= 1
        start = _group_start(s, where, m.start("n"))
        if start is None or any(p.start < m.end() and start < p.end for p in s.out):
            continue
        orgs = [x for x in s.ents if start <= x.start < m.end() and ORG in x.cats]
        s.out.append(Someone(start, m.end(), text[start:m.end()], None, None,
                             orgs[0].cats[ORG][0] if orgs else None, _GROUP_OFFICES.get(m.group("office")),
                             group=True))
    for x in s.ents:
        if ORG not in x.cats or x.cats.keys() & {PERSON, OFFICE}:
            continue
        g = _ORG_GROUP.match(text, x.end)
        if g is not None and not any(p.start < g.end() and x.start < p.end for p in s.out):
            s.out.append(Someone(x.start, g.end(), text[x.start:g.end()], None, None, x.cats[ORG][0],
                                 "head_of_state", group=True))


def _add_ar_counted_groups(s: _Sentence) -> None:
    """"التقى رئيس مجلس الدولة الصيني اليوم بـ35 سفيرا جديدا": a counted group is one participant."""
    for m in _AR_GROUP.finditer(s.text):
        s.out.append(Someone(m.start(), m.end(), s.text[m.start():m.end()], None, None, None,
                             _AR_GROUP_OFFICES[m.group("office")], group=True))


def _outside_books(s: _Sentence) -> list[Someone | Mention]:
    """《习近平谈治国理政》 is a book: no one named inside a book title is a mention."""
    if s.script != "zh" or "《" not in s.text:
        return s.out
    books = [m.span() for m in _BOOK.finditer(s.text)]
    return [p for p in s.out if not any(a <= p.start < b for a, b in books)]


def people_in(text: str, mentions: dict[int, list[Mention]], language: str | None) -> list[Someone | Mention]:
    """People introduced by title in one sentence, and the gazetteer mentions, in text order.

    Gazetteer mentions are returned as they are (``Mention``) with the title phrase they
    sit in recorded by :func:`resolve_people`; title-only people as :class:`Someone`.
    """
    s = _Sentence.of(text, mentions, language)
    i = 0
    while i < len(s.ents):
        i = _read_phrase(s, i)
    if s.script == "zh":
        _add_zh_groups(s)
    if s.script == "ar":
        _add_ar_counted_groups(s)
    out = _outside_books(s)
    out.sort(key=lambda x: x.start)
    mark_principals(text, out, mentions, s.script)
    if out:
        for mark in (mark_deceased, mark_spokespeople, mark_appointers):
            mark(text, s.ents, s.script, out)
    return out
