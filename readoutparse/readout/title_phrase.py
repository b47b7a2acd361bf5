"""Title phrases: the mentions of one sentence glued into ``俄罗斯总统普京``, ``Foreign Minister of
Tuvalu``, ``وزير الخارجية التونسي``, with the country or organisation and the offices they name."""

from __future__ import annotations

import re

import attrs

from .lexicon import COLLECTIVE, COUNTRY, COUNTRY_SHORT, ENTITY, KIND, MODALITY, OFFICE, ORG, ORG_SHORT, PERSON, SHORT
from .mentions import Mention, category_mask
from .personal_names import ZH_STOP, name_after
from .someone import Someone

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
_PORTFOLIO_LEN = 4  # 经济再生, 国家安全: the longest portfolio nouns before 大臣, 特使
_OFFICE_GLUE = re.compile(r"[兼、]| and |, | và | و")  # 政治局委员、外交部长; 国务委员兼国防部长
_LIST_SEP = {"zh": re.compile(r"[、丶和及与]"), "en": re.compile(r",? and |, "), "vi": re.compile(r",? và |, "),
             "ar": re.compile(r" و|، ?و?")}
_VI_PARTY = re.compile(r" (?:[^\s,.;:()]+ ){1,6}")
_SPAN = tuple[int, int, str]


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
            # a generic title only: 外长 takes no portfolio (老挝万象出席…外长会); a portfolio
            # without a named body is a short noun (贸易代表, 气候特使), never a clause
            # (日本民众致信孔大使: the people wrote to the ambassador)
            and ((b.text[-2:] in _PORTFOLIO_TITLES and len(between) <= _PORTFOLIO_LEN
                  and not set(between) & ZH_STOP)
                 or _INSTITUTION.fullmatch(between) is not None))
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
