"""Several people of one title phrase: countries listed before or after a shared title
(``马来西亚、泰国外长``, ``the foreign ministers of A, B and C``), a side's people together (``美方代表团``),
and counted or organisation groups (``中亚五国外长``, ``金砖国家领导人``, ``35 سفيرا``)."""

from __future__ import annotations

import functools
import re

from .countries import CountryLexicon
from .lexicon import COUNTRY, COUNTRY_SHORT, MULTI, OFFICE, ORG, ORG_SHORT, PERSON, SHORT
from .groups import builtin_words, split_group
from .mentions import Mention
from .someone import Someone
from .title_phrase import _LIST_SEP, _SPAN, _VAGUE_OFFICES, _Phrase, _Sentence, _office_of

# 中亚五国外长: the count and its title; the place before it (up to four characters) is read back from
# the count (a leading optional group in the pattern would cost a try at every character).
_GROUP = re.compile(r"(?P<n>[三四五六七八九十]+|\d+)国(?P<office>外长|外交部长|领导人|元首|首脑|总统|总理|防长|國外長)")
_GROUP_REACH = 4
_GROUP_OFFICES = {"外长": "foreign_minister", "外交部长": "foreign_minister", "國外長": "foreign_minister",
                  "领导人": "head_of_state", "元首": "head_of_state", "首脑": "head_of_state", "总统": "head_of_state",
                  "总理": "head_of_government", "防长": "defence_minister"}
# Offices that serve a principal or are posted abroad, and the words that tie them to the principal.
_AR_GROUP_OFFICES = {"سفيرا": "ambassador", "سفيرا جديدا": "ambassador", "وزيرا": "minister",
                     "وزير خارجيه": "foreign_minister", "وزيرا للخارجيه": "foreign_minister",
                     "رئيس دوله": "head_of_state", "رئيسا": "head_of_state", "زعيما": "head_of_state"}
_AR_GROUP = re.compile(r"(?<![\d.])(?P<n>\d{1,3}) (?P<office>سفيرا جديدا|سفيرا|وزيرا للخارجيه|وزير خارجيه|وزيرا|رئيس دوله|رئيسا"
                       r"|زعيما)(?!\w)")
_AR_PLURAL_OFFICES = ("وزراء", "سفراء", "رؤساء")
# 金砖国家领导人, 欧盟主要国家领袖, 二十国集团领导人: an organisation's leaders, one group participant.
_ORG_GROUP = re.compile(r"(?:的)?(?:各成员国|成员国|各國|各国|主要国家|成員國|各成員國|主要國家|\d+国|\d+國)?"
                        r"(?P<office>领导人|領導人|领袖|領袖|首脑|首腦)")


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


def _lead_countries_before(s: _Sentence, ph: _Phrase) -> bool:
    """``英国和欧盟领导人``: countries listed before an organisation's leader word share it (each its
    own leader); they are put first among the phrase's places.  Whether any was found."""
    first = ph.places[0]
    listed: list[Mention] = []
    for m in reversed([e for e in s.ents if e.end <= first.start]):
        if not (COUNTRY in m.cats and not m.cats.keys() & {PERSON, OFFICE, ORG}
                and _LIST_SEP[s.script].fullmatch(s.text[m.end:first.start])):
            break
        listed.insert(0, m)
        first = m
    ph.places = listed + ph.places
    return bool(listed)


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


# 美国和印度星期二举行战略及安全二加二会谈: what may stand between the countries and the meeting's name
_TWO_PLUS_TWO_REACH = 12
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")


def _add_two_plus_two(s: _Sentence) -> None:
    """``美印二加二会谈``: the countries listed just before a 2+2 meeting's name (``two_plus_two`` of
    ``groups.json``) are each their foreign and their defence minister, by title (holders of the day)."""
    words = builtin_words("two_plus_two", s.script)
    for word in words:
        at = s.text.find(word)
        if at < 0:
            continue
        head = [m for m in s.ents if m.end <= at and m.cats.keys() & {COUNTRY, COUNTRY_SHORT}
                and not m.cats.keys() & {PERSON, SHORT, OFFICE}]
        found = None
        while head and at - head[-1].end <= _TWO_PLUS_TWO_REACH and not _CLAUSE_BREAK.search(s.text, head[-1].end, at):
            # the last list of countries before the name (在新德里: a capital between is no side)
            run = [head.pop()]
            while head and (_LIST_SEP[s.script].fullmatch(s.text[head[-1].end:run[0].start])
                            or head[-1].end == run[0].start):
                run.insert(0, head.pop())
            if len(run) > 1:
                found = run
                break
        if found is None:
            continue
        run = found
        codes = list(dict.fromkeys((m.cats.get(COUNTRY) or m.cats[COUNTRY_SHORT])[0] for m in run))
        overlap = [p for p in s.out if p.start < at and run[0].start < p.end]
        if len(codes) != 2 or not all(isinstance(p, Someone) and p.vague for p in overlap):
            continue  # two sides, no one of them named already (中美: an unnamed pair gives way)
        s.out[:] = [p for p in s.out if p not in overlap]
        for m, code in ((next(m for m in run if code in (m.cats.get(COUNTRY) or m.cats[COUNTRY_SHORT])), code)
                        for code in codes):
            for office in ("foreign_minister", "defence_minister"):
                s.out.append(Someone(m.start, m.end, m.text, None, code, None, office, titled_only=True))
        return


_MINISTERIAL = ("部长", "部長")  # 部长级会议, 部長會議: a ministerial meeting's name opens with the ministers


def _add_organisation_ministers(s: _Sentence) -> None:
    """``欧佩克部长级会议``, ``OPEC+部长级会议``: an organisation right before a ministerial meeting's
    name names its members' ministers, one group (as ``北约外长会议`` does by title)."""
    for cue in (m for layer in s.mentions.values() for m in layer):
        if MULTI not in cue.cats or not cue.text.startswith(_MINISTERIAL):
            continue
        org = next((m for m in s.ents if s.text[m.end:cue.start] in ("", "+", "＋") and ORG in m.cats
                    and not m.cats.keys() & {PERSON, OFFICE, COUNTRY}), None)
        if org is None or any(p.start < cue.start and org.start < p.end for p in s.out):
            continue
        end = cue.start + len(_MINISTERIAL[0])
        s.out.append(Someone(org.start, end, s.text[org.start:end], None, None, org.cats[ORG][0], "minister",
                             titled_only=True))
