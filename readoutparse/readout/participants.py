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
named only as someone's principal (``特朗普的特使威特科夫``) or as the sender of a message
another carries is marked ``principal`` and is not a participant.
"""

from __future__ import annotations

import re

import attrs

from .lexicon import (CARRY, COLLECTIVE, COUNTRY, COUNTRY_SHORT, KIND, MODALITY, OFFICE, ORG, ORG_SHORT, PERSON,
                      SHORT, SOURCE, ENTITY)
from .groups import split_group
from .mentions import Mention
from .scan import fold_key

__all__ = ["ZH_STOP", "Someone", "people_in"]

_ORG_OFFICES = ("secretary_general", "organisation_head")
_VAGUE_OFFICES = frozenset({"official", "legislator", "adviser", "minister"})


@attrs.define
class Someone:
    start: int
    end: int
    name: str
    id: str | None = None
    country: str | None = None
    organisation: str | None = None
    office: str | None = None
    principal: bool = False
    group: bool = False
    titled: str | None = None  # the office the text gives beside a gazetteer name
    titled_only: bool = False  # named by the title phrase alone, no personal name
    surname: str | None = None  # 蔡總統: a family name before the title, resolved by holders.py
    possessive: bool = False  # followed by 的 (…川普的盟友): perhaps only a modifier
    vague: bool = False  # an unnamed official of a side (中印两国, 美中两军): counts only for lack of anyone else
    pieces: tuple[tuple[int, int], ...] = ()  # spans a list member's name is joined from (中印外长 -> 印外长)
    visited: bool = False  # ... of the country a visit goes to (访问日本): its hosts
    delegation: bool = False  # ... a delegation (美国参议员访问团): a side wherever it stands

    @property
    def key(self) -> str:
        return self.id if self.id is not None else self.name

    @property
    def side(self) -> str | None:
        """What makes two people different sides of a contact: country, organisation, group."""
        if self.group:
            return "group:" + self.name
        return self.organisation or self.country


# What may separate the words of one title phrase ("Foreign Minister of Tuvalu").
_GLUE = {
    # 朝鲜劳动党委员长, 越共中央总书记: a party's name between the country and the title.
    # 国际奥委会（IOC）主席: an abbreviation in brackets between an organisation and its title.
    "zh": re.compile(r"[ ·]?|(?:两国|兩國)?的?|[两三四五六七八九十]方|[两三四五六七八九十]国|\d+国|联邦|聯邦|国会|國會|(?:驻|駐)[\u4e00-\u9fff]{2,4}|[（(][A-Za-z0-9 .&\-]{1,20}[）)]|[\u4e00-\u9fff]{1,10}?(?:党|黨)(?:中央)?(?:委员会|委員會)?(?:中央)?|前|原|时任|時任|驻华|駐華|驻|駐|新任|下任|候任|现任|現任|代理|前任|当选|當選|临时|臨時"),
    "en": re.compile(r" (?:of (?:the )?)?|'s |’s | for "),
    # "Chủ tịch Đảng Công nhân Bangladesh": a party's name between the title and the country.
    # ... and a state's formal name before its short one (nước Cộng hòa Nhân dân Trung Hoa).
    "vi": re.compile(r" (?:của |nước |(?:nước )?Cộng hòa (?:(?:Dân chủ |Xã hội chủ nghĩa )?Nhân dân |Liên bang |Hồi giáo )?"
                     r"|(?:Ban Chấp hành )?(?:Trung ương )?Đảng(?: [^\s,.;:()]+){0,6} )?"),
    "ar": re.compile(r" (?:في )?"),
}
# 美國衛生部長: a portfolio between a country and a generic title (部长, 大臣).
_MINISTRY = re.compile(r"[\u4e00-\u9fff]{1,8}")
# 美国国务院政军局助理国务卿, 日本外务省亚洲局局长: a named body between a country and any title.
_INSTITUTION = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:部|院|局|署|省|委员会|委員會|办公室|辦公室|协会|協會|事务所|事務所|"
                          r"办事处|辦事處|代表处|代表處|使馆|使館|领馆|領館|司令部)")
_PORTFOLIO_TITLES = frozenset({"部长", "部長", "大臣", "代表", "大使", "特使", "公使", "议长", "議長", "司令", "领事",
                               "領事"})  # 衛生部長, 參議長
_PAREN = re.compile(r"[（(][^（）()]{0,40}[）)]")
_POSSESSIVE = re.compile(r"的|'s |’s |'s(?: special| personal)? |, (?:the )?")
_OFFICE_GLUE = re.compile(r"[兼、]| and |, | và | و")  # 政治局委员、外交部长; 国务委员兼国防部长
_BOOK = re.compile(r"《[^》]{0,60}》|〈[^〉]{0,60}〉")
_LIST_SEP = {"zh": re.compile(r"[、丶和及与]"), "en": re.compile(r",? and |, "), "vi": re.compile(r",? và |, "),
             "ar": re.compile(r" و|، ?و?")}
ZH_STOP = set("在于就同与和及跟向对通会举表说称时的、，。：；（）()「」“”\"‘’《》〈〉【】将已也正并等分今昨前后应约邀请再又共首进行当地日月年星周！？!?,;:—-－ 这那其此该一")
ZH_STOP |= set("與會說稱時對將於應約邀請當這週來為們與並係")
ZH_STOP -= set("正首共")
ZH_STOP |= set("上")  # 魏凤和上将: a rank after the name
# Words that follow a title but are no names (议员要求..., 总统办公室...).
_ZH_NOT_NAMES = frozenset("要求 主要 办公 辦公 外交 跨党 跨黨 表示 认为 認為 指出 强调 強調 希望 呼吁 呼籲 访问 訪問 出席 发表 發表 "
                          "签署 簽署 宣布 透露 政府 官员 官員 部门 部門 方面 今年 去年 明年 当天 當天 上午 下午 晚间 晚間 "
                          "周一 周二 周三 周四 周五 周六 周日 星期 本人 先生 女士 阁下 閣下 一行 等人 们的 們的 "
                          "也在 都在 昨天 今天 明天 近日 日前 此前 首次 再次 随后 隨後 双方 雙方 两国 兩國 交涉 抗议 抗議 "
                          "下任 新任 前任 候任 现任 現任 当选 當選 代理 临时 臨時 之间 之間 以来 以來 以后 以後 之后 之後 "
                          "率先 亲自 親自 专程 專程 当面 當面 公开 公開 正式 特别 特別 首先 分别 分別 随即 隨即 立即 立马 立馬 "
                          "已经 已經 曾经 曾經 再度 高调 高調 卸任 离任 離任 即将 即將 道谢 道謝 致谢 致謝 致意 离开 離開 "
                          "期间 期間 迟到 遲到 抵达 抵達 到访 到訪 一起 一同 共同 首度 启程 啟程 出访 出訪".split())
# Characters that end a word before a title far more often than they are a family name
# (几周里总统, 该总统, 新总统, 两国总统).
_ZH_NOT_SURNAMES = set("里裡内內外上下中间間们們该該新老副正总總大小全各两兩本现現国國届屆位名任")
_ZH_INSTITUTION = set("党黨部室府院署局厅廳处處馆館")
# "和" ends a name only when something else follows it: 魏凤和周五 is one name, 安格明加和图瓦卢外长 two.
_ZH_SOFT_STOP = set("和")
_ZH_NAME = re.compile(r"[\u4e00-\u9fff·]{2,9}")
_LATIN_PARTICLES = frozenset({"bin", "bint", "al", "el", "van", "de", "von", "da", "di", "le", "la", "du", "ibn", "abu",
                              "der", "den", "dos", "das", "ben", "y"})
_AR_STOP = frozenset({"في", "مع", "على", "عن", "من", "إلى", "الى", "أن", "ان", "خلال", "يوم", "اليوم", "أمس", "الذي",
                      "التي", "هنا", "بين", "لدى", "عبر", "حول", "بشأن", "قد", "كما", "وذلك", "إن", "ان", "لا", "لم",
                      "هاتفيا", "بدعوة", "بناء", "تلبية", "اتصالا", "مساء", "صباح", "السبت", "الأحد", "الاثنين",
                      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "امس", "الاحد", "الاربعاء", "رسالة", "برقية",
                      "بمناسبة", "لمناسبة", "حول", "نيابة", "رسائل", "التهنئة"})
# Sentences are read folded (إلى -> الي, أن -> ان): the stop words must be compared folded too.
_AR_STOP |= frozenset(fold_key(w) for w in _AR_STOP)
_GROUP = re.compile(r"(?P<where>[\u4e00-\u9fff]{0,4}?)(?P<n>[三四五六七八九十]+|\d+)国(?P<office>外长|外交部长|领导人|元首|首脑|总统|总理|防长|國外長)")
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
_ENVOY_BEFORE = re.compile(r"(?:的|'s |’s )(?:[\u4e00-\u9fff]{0,4})?$")


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


def _name_after(text: str, pos: int, limit: int, script: str,
                entity_starts: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Span of a personal name starting at ``pos`` (after a title), not past ``limit``."""
    if script == "zh":
        # A space ends the title's phrase in Chinese (titles: "韩外长 启程访美"): no name after it.
        end = pos
        while end < limit and end - pos < 9 and ("\u4e00" <= text[end] <= "\u9fff" or text[end] == "·"):
            if text[end] in ZH_STOP and not (text[end] in _ZH_SOFT_STOP and end - pos == 2
                                              and end + 1 not in entity_starts
                                              and (end + 1 >= len(text) or end + 1 == limit
                                                   or text[end + 1] in ZH_STOP
                                                   or not "\u4e00" <= text[end + 1] <= "\u9fff")):
                # 文在寅: a three-character name with 在 in the middle, a boundary after it
                if not (text[end] == "在" and end - pos == 1 and end + 2 <= limit and text[end + 1] not in ZH_STOP
                        and (end + 2 >= len(text) or end + 2 == limit or text[end + 2] in ZH_STOP
                             or text[end + 2] in "举舉表通会會")):
                    break
            end += 1
        # a long transliteration (别尔德穆哈梅多夫) only where punctuation ends it: a list's item
        long_ok = end - pos <= 8 and end < len(text) and text[end] in "、，。；,（("
        if (end - pos >= 2 and (end - pos <= 5 or "·" in text[pos:end] or long_ok) and text[pos:pos + 2] not in _ZH_NOT_NAMES
                and not any(ch in _ZH_INSTITUTION for ch in text[pos:end])):
            if end >= limit or end == len(text) or text[end] in ZH_STOP or not "\u4e00" <= text[end] <= "\u9fff":
                return pos, end
        return None
        # A Latin name in Chinese text: "美国总统 Joe Biden" is rare; not read.
        return None
    words = list(re.finditer(r"\S+", text[pos:limit]))
    taken: list[re.Match[str]] = []
    for word in words[:6]:
        w = word.group().rstrip(",.;:،؛")
        if script == "ar":
            if w in _AR_STOP or len(w) < 2 or not ("\u0600" <= w[0] <= "\u06ff") or (taken and w.startswith("و")
                                                                                    and len(w) > 2
                                                                                    and w[1:] in _AR_STOP):
                break  # a lone "و" is the clitic of the next name or title: "ووزير", "ولبنان"
            if taken and w.startswith("و") and len(taken) >= 2:
                break
            taken.append(word)
            if w != word.group() or len(taken) >= 4:
                break
            continue
        if w[:1].isupper() or (taken and w.lower() in _LATIN_PARTICLES) or (taken and w[:3].lower() in ("al-", "el-")):
            taken.append(word)
            if w != word.group() or len(taken) >= 5:
                break
        else:
            break
    while taken and taken[-1].group().rstrip(",.;:").lower() in _LATIN_PARTICLES:
        taken.pop()
    if not taken:
        return None
    a = pos + taken[0].start()
    b = pos + taken[-1].start() + len(taken[-1].group().rstrip(",.;:،؛"))
    return a, b


def _name_before_comma(text: str, start: int) -> tuple[int, int] | None:
    """English apposition: "Simon Kofe, Tuvalu's foreign minister" -> the span of "Simon Kofe"."""
    head = text[:start].rstrip()
    if head.endswith(", the") or head.endswith(", The"):
        head = head[:-5]
    elif head.endswith(","):
        head = head[:-1]
    else:
        return None
    m = re.search(r"((?:[A-Z][\w'.-]*|al-\w+|bin|van|de|von|el-\w+)(?: (?:[A-Z][\w'.-]*|al-\w+|bin|van|de|von|el-\w+)){0,4})$",
                  head)
    if m is None:
        return None
    return m.start(1), m.end(1)


def people_in(text: str, mentions: dict[int, list[Mention]], language: str | None) -> list[Someone | Mention]:
    """People introduced by title in one sentence, and the gazetteer mentions, in text order.

    Gazetteer mentions are returned as they are (``Mention``) with the title phrase they
    sit in recorded by :func:`resolve_people`; title-only people as :class:`Someone`.
    """
    script = _script(language)
    glue = _GLUE[script]
    ents = mentions[ENTITY]
    stops = sorted({m.start for m in mentions[KIND]} | {m.start for m in mentions[MODALITY]}
                   | {m.start for m in ents if m.cats.keys() & {PERSON, OFFICE, COUNTRY, ORG}} | {len(text)})
    entity_starts = frozenset(m.start for m in ents if m.cats.keys() & {PERSON, OFFICE, COUNTRY, ORG, COUNTRY_SHORT})
    person_starts = {m.start for m in ents if m.cats.keys() & {PERSON, SHORT}}

    def person_starts_near(end: int) -> set[int]:
        # a gazetteer name starting where the read name stops, or after a hyphen or space
        return {end} if end in person_starts or end + 1 in person_starts and text[end:end + 1] in " -" else set()

    out: list[Someone | Mention] = []
    i = 0
    while i < len(ents):
        # One title phrase: mentions glued together.
        j = i + 1
        while j < len(ents) and not (ents[j - 1].cats.keys() & {PERSON, SHORT}
                                     and text[ents[j - 1].end:ents[j].start] in ("'s ", "’s ")) and (
                                 ents[j].start < ents[j - 1].end
                                 or (script == "zh" and ents[j - 1].cats.keys() & {COUNTRY, ORG} and OFFICE in ents[j].cats
                                     and _MINISTRY.fullmatch(text[ents[j - 1].end:ents[j].start])
                                     # a generic title only: 外长 takes no portfolio (老挝万象出席…外长会)
                                     and (ents[j].text[-2:] in _PORTFOLIO_TITLES
                                          or _INSTITUTION.fullmatch(text[ents[j - 1].end:ents[j].start]) is not None))
                                 or (glue.fullmatch(text[ents[j - 1].end:ents[j].start]) is not None
                                     # Arabic names a title's country after it: في بكين رئيسة وزراء بربادوس
                                     and not (script == "ar" and OFFICE in ents[j].cats
                                              and ents[j - 1].cats.keys() & {COUNTRY, ORG}
                                              and not ents[j - 1].cats.keys() & {OFFICE, PERSON}))
                                 # 美国和印度的外长和防长: 的 between the countries and their title
                                 or (script == "zh" and text[ents[j - 1].end:ents[j].start] == "的"
                                     and ents[j - 1].cats.keys() & {COUNTRY, ORG, COUNTRY_SHORT}
                                     and OFFICE in ents[j].cats)
                                 # "Chủ tịch Đảng Công nhân Bangladesh": the party's name, then its country
                                 or (script == "vi" and OFFICE in ents[j - 1].cats and COUNTRY in ents[j].cats
                                     and ents[j - 1].text.endswith("Đảng")
                                     and _VI_PARTY.fullmatch(text[ents[j - 1].end:ents[j].start]) is not None)
                                 or (OFFICE in ents[j - 1].cats and OFFICE in ents[j].cats
                                     and _OFFICE_GLUE.fullmatch(text[ents[j - 1].end:ents[j].start]))):
            j += 1
        chunk = ents[i:j]
        previous = ents[i - 1] if i > 0 else None  # the mention before the phrase (ents is in text order)
        i = j
        persons = [m for m in chunk if m.cats.keys() & {PERSON, SHORT}]
        offices = [m for m in chunk if OFFICE in m.cats]
        # 中印两国外长: a collective word before a real title is no title of its own; one ending
        # the phrase names the side's people together (美國聯邦參議員訪問團: a delegation).
        collective = bool(offices) and COLLECTIVE in offices[-1].cats
        offices = [offices[-1]] if collective else [m for m in offices if COLLECTIVE not in m.cats] or offices
        places = [m for m in chunk if m.cats.keys() & {COUNTRY, ORG}]
        shorts = [m for m in chunk if m.cats.keys() & {COUNTRY_SHORT, ORG_SHORT} and not m.cats.keys() & {COUNTRY, ORG}]
        # A short form counts right before a title (俄外长, 美国务卿) or beside another
        # country (中美), never after a title (参议员加德纳 is no Canadian).
        shorts = [m for m in shorts if any(o.start == m.end for o in offices) or len(places) + len(shorts) >= 2
                  and not any(o.end <= m.start for o in offices)]
        if shorts:
            places = sorted(places + shorts, key=lambda m: m.start)
        if script == "zh" and offices:
            # 俄罗斯总统, never 总统俄罗斯; an organisation inside the title word counts (国际奥委会主席)
            places = [m for m in places if m.start < offices[-1].start
                      or any(o.start <= m.start and m.end <= o.end for o in offices)]
        country = next((m.cats.get(COUNTRY, m.cats.get(COUNTRY_SHORT, [None]))[0] for m in places
                        if m.cats.keys() & {COUNTRY, COUNTRY_SHORT}), None)
        org = next((m.cats.get(ORG, m.cats.get(ORG_SHORT, [None]))[0] for m in places
                    if m.cats.keys() & {ORG, ORG_SHORT}), None)
        if offices and country is None and org is None and out and isinstance(out[-1], (Someone, Mention)):
            # 美國國務卿蓬佩奧、國防部長艾斯培: the second title shares the first one's country.
            prev = out[-1]
            between = _PAREN.sub("", text[prev.end:chunk[0].start])
            envoy = any(oid in ("envoy", "adviser", "ambassador") for o in offices for g in o.cats[OFFICE] for oid in g)
            # 菅义伟与国际奥委会主席: an organisation's office is no country's
            org_office = all(oid in _ORG_OFFICES for o in offices for g in o.cats[OFFICE] for oid in g)
            # ... and Trump's special envoy, 特朗普的特使: an envoy is of the principal's country.
            if not org_office and (_LIST_SEP[script].fullmatch(between.strip())
                                   or (envoy and _POSSESSIVE.fullmatch(between))):
                if isinstance(prev, Someone):
                    country, org = prev.country, prev.organisation
                else:
                    country, org = prev.cats.get("_context", [(None, None, None)])[0][:2]
                    if country is None and org is None:
                        country = "@" + str(prev.start)  # filled in from the resolved person
        if persons:
            for p in persons:
                p.cats["_context"] = [(country, org, _office_of(offices[0], org) if offices else None)]
                out.append(p)
            continue
        if script == "zh" and offices and not places and not persons:
            # 台湾蔡英文总统, 美国特朗普总统: country, personal name, then the title.
            before = [m for m in ents if m.end <= chunk[0].start and m.cats.keys() & {COUNTRY}]
            if before and 2 <= chunk[0].start - before[-1].end <= 4:
                name = text[before[-1].end:chunk[0].start]
                office_id = _office_of(offices[-1], None)
                if (all("\u4e00" <= ch <= "\u9fff" and ch not in ZH_STOP and ch not in _ZH_INSTITUTION for ch in name)
                        and name[:2] not in _ZH_NOT_NAMES and office_id not in _VAGUE_OFFICES
                        and not name.endswith(("派", "籍", "裔", "方"))):
                    limit = next(s for s in stops if s >= chunk[-1].end)
                    after = _name_after(text, chunk[-1].end, limit, script, entity_starts)
                    if after is not None and after[1] not in person_starts_near(after[1]):
                        # 瑞士联邦主席索马鲁加, 香港众志主席罗冠聪: a body's name before the title,
                        # the person's after it.
                        out.append(Someone(before[-1].start, after[1], text[after[0]:after[1]], None,
                                           before[-1].cats[COUNTRY][0], None, office_id))
                    elif after is None:
                        out.append(Someone(before[-1].start, chunk[-1].end, name, None, before[-1].cats[COUNTRY][0],
                                           None, office_id))
                    continue
            # 蔡總統, 文總統: a family name glued to the title, no country; holders.py decides who.
            at = chunk[0].start - 1
            if (at >= 0 and "\u4e00" <= text[at] <= "\u9fff" and text[at] not in ZH_STOP
                    and _office_of(offices[-1], None) not in _ORG_OFFICES  # 司法委员会主席 is no 法
                    and text[at] not in _ZH_INSTITUTION and text[at] not in _ZH_NOT_SURNAMES
                    and not (previous is not None and previous.start <= at < previous.end)):
                out.append(Someone(at, chunk[-1].end, text[at:chunk[-1].end], None, None, None,
                                   _office_of(offices[-1], None), titled_only=True, surname=text[at]))
                continue
        counterpart = (script == "ar" and not offices and not persons and country is not None
                       and _AR_COUNTERPART.search(text, max(0, chunk[0].start - 12), chunk[0].start) is not None)
        if (not offices and not counterpart) or (country is None and org is None):
            continue
        used = offices + places
        start, end = min(m.start for m in used), max(m.end for m in used)
        if counterpart:
            # "ونظيره الجزائري عبد العزيز بوتفليقة": his Algerian counterpart, named after the adjective.
            name_span = _name_after(text, end + 1, next((s for s in stops if s > end), len(text)), script,
                                    entity_starts)
            if name_span is not None and name_span[0] - end <= 1:
                # a counterpart holds the office of the one whose counterpart it is (named just before)
                last = out[-1] if out else None
                same = (last.office if isinstance(last, Someone)
                        else last.cats.get("_context", [(None, None, None)])[0][2] if last is not None else None)
                out.append(Someone(start, name_span[1], text[name_span[0]:name_span[1]], None, country, org, same))
            continue
        # VOV lists a person's offices most senior first ("Thủ tướng, Chủ tịch Đảng Nhân dân Campuchia");
        # elsewhere the title next to the name is the one the story is about (国务委员兼外长).
        office = _office_of(offices[0] if script == "vi" else offices[-1], org)
        if script != "zh" and len(offices) >= 2 and _office_of(offices[0], org) in _SENT_OFFICES and (
                _SENT_BY[script].match(text, offices[0].end, offices[1].start + 3) is not None):
            # "المبعوث الخاص للأمين العام", "Special Envoy of the Secretary-General", "Đặc phái viên của
            # Tổng thống": the envoy is the person, the office after it is the principal's.
            office = _office_of(offices[0], org)
        if script == "zh":
            glue_text = text[start:offices[-1].start]
            if re.search(r"(?:前|原|前任)$", glue_text) and not glue_text.endswith(("以前", "之前")):
                office = None  # 日本前首相森喜朗: a former office is no office now
            posted = [m for m in places if text[max(0, m.start - 1):m.start] in ("驻", "駐")]
            if posted:
                # 美国驻联合国大使: the country before 驻 sends, the one after receives.
                senders = [m for m in places if m not in posted]
                if senders:
                    country = next((m.cats.get(COUNTRY, m.cats.get(COUNTRY_SHORT, [None]))[0] for m in senders
                                    if m.cats.keys() & {COUNTRY, COUNTRY_SHORT}), None)
                    org = next((m.cats[ORG][0] for m in senders if ORG in m.cats), None)
                    places = senders
        if script in _POST and office in _SENT_OFFICES:
            # "المبعوث الخاص ... إلى سوريا غير بيدرسن", "Đại sứ Nhật Bản tại Việt Nam Ito Naoki": the post,
            # then the name.
            post = _POST[script].match(text, end)
            there = next((m for m in ents if post is not None and m.start == post.end() and COUNTRY in m.cats), None)
            if there is not None:
                end = there.end
        limit = next(s for s in stops if s >= end)
        name_span = None if collective else _name_after(text, end, limit, script, entity_starts)
        if name_span is not None and script != "zh" and name_span[0] - end > 1:
            name_span = None
        if name_span is not None and name_span[1] in person_starts_near(name_span[1]):
            continue  # "President Abdel Fattah al-Sisi": the name runs into a gazetteer name, read as that
        if name_span is None and script == "en":
            name_span = _name_before_comma(text, start)
        # Countries listed before the shared title: 马来西亚、泰国、越南外长, 中俄外长.
        codes = [c for m in places for cat in (COUNTRY, COUNTRY_SHORT) for c in m.cats.get(cat, ())[:1]]
        listed = list(dict.fromkeys(codes)) if len(set(codes)) > 1 else ([country] if country else [])
        forms = [(m.start, m.end, c) for m in places for cat in (COUNTRY, COUNTRY_SHORT) for c in m.cats.get(cat, ())[:1]]
        if places and country:
            first = places[0]
            before = [m for m in ents if m.end <= first.start]
            while (before and before[-1].cats.keys() & {COUNTRY}
                   and before[-1].cats[COUNTRY][0] not in listed  # 柏林与德国外长: Berlin is no second side
                   and _LIST_SEP[script].fullmatch(text[before[-1].end:first.start])):
                listed.insert(0, before[-1].cats[COUNTRY][0])
                forms.insert(0, (before[-1].start, before[-1].end, before[-1].cats[COUNTRY][0]))
                first = before.pop()
            if len(listed) > 1:
                start = first.start
        # ... and after it: "the foreign ministers of A, B and C".
        if script != "zh" and country and name_span is None:
            nxt = [m for m in ents if m.start >= end]
            pos = end
            while nxt and COUNTRY in nxt[0].cats and _LIST_SEP[script].fullmatch(text[pos:nxt[0].start]):
                listed.append(nxt[0].cats[COUNTRY][0])
                forms.append((nxt[0].start, nxt[0].end, nxt[0].cats[COUNTRY][0]))
                pos = nxt.pop(0).end
            if len(listed) > 1:
                end = pos
        plural = script == "ar" and offices[-1].text.startswith(_AR_PLURAL_OFFICES)  # وزراء جيبوتي ولبنان
        if len(listed) > 1 and name_span is None:
            # 中印外长, 美澳外長防長: one participant per country and office, named by its part;
            # 中印两国, 美欧六国官员: an unnamed official of each, for want of anyone better.
            titles = [(o.start, o.end, _office_of(o, org)) for o in offices]
            while (script == "zh" and i < len(ents) and ents[i].cats.keys() & {OFFICE}
                   and not ents[i].cats.keys() & {PERSON, SHORT, COUNTRY, ORG}
                   and text[end:ents[i].start] in ("和", "与", "與", "及")):
                # 美国和印度的外长和防长: every country with every title
                titles.append((ents[i].start, ents[i].end, _office_of(ents[i], org)))
                end = ents[i].end
                i += 1
            for name, code, member_office in split_group(text, forms, titles, script):
                if collective:
                    name = next(text[a:b] for a, b, c in forms if c == code)  # 中印两国: 中, 印
                # where its name's parts stand, so that it is given back as the text writes them
                cspan = next((a, b) for a, b, c in forms if c == code)
                ospan = next(((a, b) for a, b, o in titles if o == member_office), cspan)
                pieces = (ospan, cspan) if script in ("ar", "vi") else (cspan, ospan)
                out.append(Someone(start, end, name, None, code, None, member_office, titled_only=True,
                                   vague=collective or (office in _VAGUE_OFFICES and not plural), pieces=pieces))
            continue
        if collective:
            # 美方代表团, 英国和欧盟谈判人员: a side's people, unnamed (each side listed before it too)
            if not places:
                continue  # 双方 after someone: no side of its own
            sides_before: list[Mention] = []
            first = places[0]
            for side in reversed([e for e in ents if e.end <= first.start]):
                if not (side.cats.keys() & {COUNTRY, ORG} and _LIST_SEP[script].fullmatch(text[side.end:first.start])):
                    break
                sides_before.insert(0, side)
                first = side
            for side in sides_before:
                is_org = COUNTRY not in side.cats
                code = side.cats[ORG][0] if is_org else side.cats[COUNTRY][0]
                if code not in (country, org):
                    out.append(Someone(first.start, end, side.text, None, None if is_org else code,
                                       code if is_org else None, office, titled_only=True, vague=True))
            # a delegation or its negotiators (访问团, 谈判代表, 谈判人员): people, not a pair of states
            delegation = offices[-1].text[-1:] in "团團员員表官"
            out.append(Someone(first.start, end, text[places[0].start:end if delegation else places[-1].end], None,
                               country, org, office, titled_only=True, vague=True, delegation=delegation))
            continue
        if name_span is not None:
            a, b = name_span
            someone = Someone(min(start, a), max(end, b), text[a:b], None, country, org, office)
        elif office in _VAGUE_OFFICES and not (
                office == "minister" and script == "zh" and places and offices[-1].text[-1:] in "长長臣"
                and "副" not in text[max(m.end for m in places):offices[-1].end]
                and (len(offices[-1].text) >= 3
                     or _MINISTRY.fullmatch(text[max(m.end for m in places):offices[-1].start]) is not None)):
            continue  # "中国官员", "美国议员": nobody in particular; "美卫生部长" is one person
        else:
            someone = Someone(start, end, text[start:end], None, country, org, office, titled_only=True)
        out.append(someone)
    if script == "zh":
        for m in _GROUP.finditer(text):
            # The region's name starts after any cue or name before it: 会见|中亚五国外长.
            start = max([m.start()] + [x.end for layer in mentions.values() for x in layer
                                       if m.start() < x.end <= m.start("n") and x.start < m.start("n")])
            orgs = [x for x in ents if start <= x.start < m.end() and ORG in x.cats]
            out.append(Someone(start, m.end(), text[start:m.end()], None, None,
                               orgs[0].cats[ORG][0] if orgs else None, _GROUP_OFFICES.get(m.group("office")),
                               group=True))
        for x in ents:
            g = _ORG_GROUP.match(text, x.end) if ORG in x.cats and not x.cats.keys() & {PERSON, OFFICE} else None
            if g is not None and not any(p.start < g.end() and x.start < p.end for p in out):
                out.append(Someone(x.start, g.end(), text[x.start:g.end()], None, None, x.cats[ORG][0],
                                   "head_of_state", group=True))
    if script == "ar":
        for m in _AR_GROUP.finditer(text):
            # "التقى رئيس مجلس الدولة الصيني اليوم بـ35 سفيرا جديدا": a counted group is one participant
            out.append(Someone(m.start(), m.end(), text[m.start():m.end()], None, None, None,
                               _AR_GROUP_OFFICES[m.group("office")], group=True))
    if script == "zh" and "《" in text:
        books = [m.span() for m in _BOOK.finditer(text)]
        out = [p for p in out if not any(a <= p.start < b for a, b in books)]  # 《习近平谈治国理政》 is a book
    out.sort(key=lambda x: x.start)
    _mark_principals(text, out, mentions, script)
    return out


def _mark_principals(text: str, people: list[Someone | Mention], mentions: dict[int, list[Mention]], script: str) -> None:
    """Envoys' principals and senders of carried messages are not participants."""
    envoys = [m for m in mentions[ENTITY] if any("envoy" in g for g in m.cats.get(OFFICE, ()))]
    carries = [m for m in mentions[MODALITY] if CARRY in m.cats]
    sources = [m for m in mentions[MODALITY] if SOURCE in m.cats]
    for index, p in enumerate(people):
        start, end = p.start, p.end
        principal = False
        for e in envoys:
            # 特朗普的特使威特科夫, Trump's envoy Steve Witkoff
            if 0 <= e.start - end <= 6 and _ENVOY_BEFORE.search(text[end:e.start] + ("的" if script == "zh" and
                                                                                      text[end:e.start] == "" else "")):
                principal = index + 1 < len(people)
            # Đặc phái viên của Tổng thống Trump, المبعوث الخاص للرئيس ...
            if script in ("vi", "ar") and 0 <= start - e.end <= 14 and re.match(r"^ ?(?:của |ل|الخاص ل)", text[e.end:start] + " "):
                principal = True
        for c in carries:
            if 0 <= start - c.end <= 12:
                principal = True
        for s in sources:
            # "حسبما ذكر عضو مجلس الدولة الصيني يانغ جيه تشي", "according to Wang Yi": the source of
            # the report, not a side of the contact it reports (no one else named between).
            if 0 <= start - s.end <= 40 and not any(s.end <= q.start < start for q in people if q is not p):
                principal = True
        if principal:
            if isinstance(p, Someone):
                p.principal = True
            else:
                p.cats["_principal"] = [True]


