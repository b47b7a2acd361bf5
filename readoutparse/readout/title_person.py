"""One person of a title phrase: a gazetteer name with its title as context, or someone
unknown named by office and country (``瑙鲁外长安格明加``, ``Foreign Minister Simon Kofe of Tuvalu``),
with the office held now (not ``former`` or ``-elect``) and the personal name the title introduces."""

from __future__ import annotations

import re

from .lexicon import COUNTRY, COUNTRY_SHORT, OFFICE, ORG, PERSON
from .groups import is_loose_leader
from .mentions import Mention
from .name_shape import looks_like_name
from .personal_names import ZH_INSTITUTION, ZH_NOT_NAMES, ZH_NOT_SURNAMES, ZH_STOP, name_before_comma
from .someone import Someone
from .title_phrase import _LIST_SEP, _ORG_OFFICES, _VAGUE_OFFICES, _MINISTRY, _Phrase, _Sentence, _office_of

_PAREN = re.compile(r"[（(][^（）()]{0,40}[）)]")
_POSSESSIVE = re.compile(r"的|'s |’s |'s(?: special| personal)? |, (?:the )?")
_SENT_OFFICES = frozenset({"envoy", "ambassador"})
_SENT_BY = {"ar": re.compile(r" ?لل?"), "en": re.compile(r",? (?:of|to) (?:the )?"), "vi": re.compile(r" của "),
            "zh": re.compile(r"(?!)")}
_POST = {"ar": re.compile(r" (?:الي|لدي|في) "), "vi": re.compile(r" (?:tại|ở|bên cạnh) ")}
_AR_COUNTERPART = re.compile(r"(?:^|\s)و?(?:نظير|نظيره|نظيرها|نظيرته|نظيرتها|نظيريه|نظراءه|نظرائه) $")
_ABBREVIATION = re.compile(r" ?[(（][A-Z0-9][A-Za-z0-9 .&-]{0,19}[)）]")
# 前美国总统: "former" before the country; never 以前, 之前, 目前, 此前, 日前, 当前, 生前, 面前.
_FORMER_BEFORE = re.compile(r"(?<![以之目此日当當生面眼提空])(?:前任|前|原)$")


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
    if after is None and not looks_like_name(name):
        return False  # 台湾地区领导人: 地区 is no name (a body between, 香港众志主席, has a name after)
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


def _is_one_person(s: _Sentence, ph: _Phrase) -> bool:
    """"中国官员", "美国议员": a vague office alone is nobody in particular; "美卫生部长" is one person."""
    if ph.office not in _VAGUE_OFFICES:
        return True
    if not (ph.office == "minister" and s.script == "zh" and ph.places and ph.offices[-1].text[-1:] in "长長臣"):
        return False
    if ph.country is None and ph.organisation is not None:
        return True  # 欧佩克部长, 二十国集团财长: the ministers of an organisation's members, one group
    after_place = max(m.end for m in ph.places)
    return ("副" not in s.text[after_place:ph.offices[-1].end]
            and (len(ph.offices[-1].text) >= 3
                 or _MINISTRY.fullmatch(s.text[after_place:ph.offices[-1].start]) is not None))


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
