"""Office holders: a participant named only by country and office is the person holding it.

``以色列总理``, ``韩国外长``, ``the Egyptian president``: the text names an office, not a
person, but on a given day one office of one country has one holder.  When the gazetteer
knows exactly one person holding that office in that country (or organisation) on the
day, the participant is that person: its ``id`` is filled, its ``name`` stays as the text
writes it.  No holder, or more than one, leaves the participant as it is (never a guess).

A title that is the object of a verb of taking office (``祝贺他当选美国总统``, ``出任外长``,
``was elected president``) or that names the next holder (``下一任美国总统``, ``the incoming
president``) names an office, not anyone in the contact: it is no participant at all.
"""

from __future__ import annotations

import datetime as dt
import re
import weakref
from collections.abc import Iterable

import attrs

from .gazetteer import Gazetteer
from .groups import GroupLexicon, is_loose_leader, portfolios_named, posting_named
from .participants import Someone

__all__ = ["holder_of", "resolve_holders"]

# Offices with one holder per country at a time; "minister", "envoy", "official" have many.
_SINGLE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                             "secretary_general", "organisation_head", "monarch", "speaker"})

_PREDICATE = re.compile(r"(?:当选|當選|就任|出任|担任|擔任|成为|成為|接任|竞选|競選|下一任|下任|下届|下屆|候任|"
                        r"\b(?:elected|elect|become|becomes|became|becoming|next|incoming|(?<!such )as|named|appointed))"
                        r"(?:为|為| the| a)?\s?$", re.IGNORECASE)

_ELECT_AFTER = re.compile(r"当选人|當選人|-elect|[- ]designate|\s?đắc cử", re.IGNORECASE)
_ELECT = re.compile(r"当选|當選|候任|准|準|elect|designate|đắc cử|منتخب", re.IGNORECASE)

_Index = dict[tuple[str, str], list[tuple[str, dt.date | None, dt.date | None]]]
_INDEXES: weakref.WeakKeyDictionary[Gazetteer, _Index] = weakref.WeakKeyDictionary()


def _index(gazetteer: Gazetteer) -> _Index:
    """(country or organisation, office) -> [(person id, from, to)], built once per gazetteer."""
    index = _INDEXES.get(gazetteer)
    if index is None:
        index = {}
        for person in gazetteer:
            for term in person.offices:
                # a term may serve another side than the person's (Djibouti's minister, then the AU's head)
                side = term.side or person.organisation or person.country
                if side is not None:
                    index.setdefault((side, term.office), []).append((person.id, term.start, term.end))
        _INDEXES[gazetteer] = index
    return index


_SurnameIndex = dict[tuple[str, str], list[tuple[str, dt.date | None, dt.date | None, tuple[str, ...]]]]
_SURNAME_INDEXES: weakref.WeakKeyDictionary[Gazetteer, _SurnameIndex] = weakref.WeakKeyDictionary()


def _surname_index(gazetteer: Gazetteer) -> _SurnameIndex:
    """(office, first character of a Chinese name) -> [(person id, from, to, Chinese names)]:
    a family name before a title (蔡總統) looks at the few holders it can be, not at every term
    of a lexicon that may be ten times larger."""
    index = _SURNAME_INDEXES.get(gazetteer)
    if index is None:
        index = {}
        for (_side, office), terms in _index(gazetteer).items():
            for pid, start, end in terms:
                person = gazetteer.person(pid)
                names = tuple(name for lang in ("zh-Hans", "zh-Hant") for name in person.names.get(lang, ()) if name)
                for first in {name[0] for name in names}:
                    index.setdefault((office, first), []).append((pid, start, end, names))
        _SURNAME_INDEXES[gazetteer] = index
    return index


def holder_of(gazetteer: Gazetteer, side: str, office: str, day: dt.date | None) -> str | None:
    """The one person holding ``office`` for ``side`` (a country code or organisation id) on ``day``."""
    if day is None or office not in _SINGLE_OFFICES:
        return None
    found = {pid for pid, start, end in _index(gazetteer).get((side, office), ())
             if (start is None or start <= day) and (end is None or day <= end)}
    return found.pop() if len(found) == 1 else None


def resolve_holders(text: str, people: Iterable[Someone], gazetteer: Gazetteer,
                    day: dt.date | None) -> list[Someone]:
    """``people`` of the sentence ``text``, each title-only one resolved to its office's holder
    that day, and titles that only name an office to be taken dropped."""
    out = [p for p in people if not (p.titled_only and p.id is None and not p.group
                                     and _PREDICATE.search(text, max(0, p.start - 12), p.start))]
    out = [q for p in out for q in _joint_leaders(p, out, gazetteer, day)]
    for p in out:
        if p.surname is not None and p.id is None:
            _resolve_surname(p, gazetteer, day)
            continue
        if p.id is not None or not p.titled_only or p.group or p.office is None:
            continue
        side = p.organisation or p.country
        if side is None or side.startswith("@"):
            continue
        if _ELECT.search(p.name) or _ELECT_AFTER.match(text, p.end):
            continue  # 当选总统, 總統當選人, President-elect: the office is not yet held
        if (_resolve_leader(p, side, gazetteer, day) or _resolve_portfolio(p, side, gazetteer, day)
                or _resolve_posting(p, p.country or side, gazetteer, day)):
            continue
        pid = holder_of(gazetteer, side, p.office, day)
        if pid is not None:
            p.id = pid
            p.titled = p.office
    # a family name no one holding the office that day carries is nobody ("新總統", "該總統");
    # a title resolved to someone the sentence also names (美国驻联合国大使托马斯-格林菲尔德) is
    # that person once, by the name the text gives
    named = {p.id for p in out if p.id is not None and not p.titled_only}
    return [p for p in out if (p.surname is None or p.id is not None)
            and not (p.titled_only and p.id in named)]


# A counted or member-state group (欧盟各国领导人, 歐盟主要國家領袖) names the members' leaders, not the organisation's.
_MEMBERS = re.compile(r"[国國]|各|成员|成員|member|states", re.IGNORECASE)


def _joint_leaders(p: Someone, people: list[Someone], gazetteer: Gazetteer, day: dt.date | None) -> list[Someone]:
    """``习近平同欧盟领导人会晤``: a loose leader word of an organisation led by several holders at
    once (``led_jointly`` of ``groups.json``: titles of offices) names each holder of them that day; the
    phrase stays as every one's name.  Unknown holders, or a single one, leave it as it is; so
    does a sentence naming no one of another side (``欧盟领导人将举行特别峰会``: the member states'
    leaders among themselves, the European Council)."""
    titles = GroupLexicon.builtin().led_jointly.get(p.organisation or "")
    if (day is None or not titles or p.id is not None or p.country is not None
            or not is_loose_leader(p.name) or _MEMBERS.search(p.name)):
        return [p]
    if not any(q.side is not None and q.side != p.organisation for q in people if q is not p):
        return [p]
    found: dict[str, str] = {}
    for (side, _office), terms in _index(gazetteer).items():
        if side != p.organisation:
            continue
        for pid, _start, _end in terms:
            for term in gazetteer.person(pid).offices:
                if (term.title or "").lower() in titles and term.held_on(day) \
                        and (term.side or gazetteer.person(pid).organisation) == side:
                    found.setdefault(pid, term.office)
    if len(found) < 2:
        return [p]
    return [attrs.evolve(p, id=pid, office=office, titled=office, group=False) for pid, office in found.items()]


def _resolve_leader(p: Someone, side: str, gazetteer: Gazetteer, day: dt.date | None) -> bool:
    """``拜登与德国、英国和法国元首通电话``: a loose leader word of a state led by its government
    (``led_by_government`` of ``groups.json``) names the head of government of the day."""
    if p.office != "head_of_state" or side not in GroupLexicon.builtin().led_by_government:
        return False
    if not is_loose_leader(p.name):
        return False
    pid = holder_of(gazetteer, side, "head_of_government", day)
    if pid is None:
        return False
    p.id, p.office, p.titled = pid, "head_of_government", "head_of_government"
    return True


def _resolve_portfolio(p: Someone, side: str, gazetteer: Gazetteer, day: dt.date | None) -> bool:
    """``美國衛生部長``: of the ministers of that side on the day, the one whose office title holds
    the portfolio's keyword (``portfolios`` of ``groups.json``: 衛生 -> health)."""
    if p.office != "minister" or day is None:
        return False
    keys = portfolios_named(p.name)
    if not keys:
        return False
    found = {pid for pid, start, end in _index(gazetteer).get((side, "minister"), ())
             if (start is None or start <= day) and (end is None or day <= end)
             and any(any(k in (term.title or "").lower() for k in keys)
                     for term in gazetteer.person(pid).offices
                     if term.office == "minister" and term.held_on(day))}
    if len(found) != 1:
        return False
    p.id, p.titled = found.pop(), "minister"
    return True


def _resolve_posting(p: Someone, side: str, gazetteer: Gazetteer, day: dt.date | None) -> bool:
    """``美駐聯合國大使``: a country has many ambassadors but one at each posting; the one of that
    side on the day whose office title ends in the posting (``postings`` of ``groups.json``)."""
    if p.office != "ambassador" or day is None:
        return False
    posting = posting_named(p.name)
    if posting is None:
        return False
    found = {pid for pid, start, end in _index(gazetteer).get((side, "ambassador"), ())
             if (start is None or start <= day) and (end is None or day <= end)
             and any((term.title or "").lower().endswith(posting) for term in gazetteer.person(pid).offices
                     if term.office == "ambassador" and term.held_on(day))}
    if len(found) != 1:
        return False
    p.id, p.titled = found.pop(), "ambassador"
    if p.country == side:  # "the US ambassador to the United Nations" serves the US, not the UN
        p.organisation = gazetteer.person(p.id).organisation
    return True


def _resolve_surname(p: Someone, gazetteer: Gazetteer, day: dt.date | None) -> None:
    """``蔡總統``: the one person holding the office that day whose Chinese name starts with the
    family name; anyone else, or several, leaves it unresolved."""
    if day is None or p.office not in _SINGLE_OFFICES or not p.surname:
        return
    surname = p.surname
    found = {pid for pid, start, end, names in _surname_index(gazetteer).get((p.office, surname[0]), ())
             if (start is None or start <= day) and (end is None or day <= end)
             and any(name.startswith(surname) for name in names)}
    if len(found) == 1:
        person = gazetteer.person(found.pop())
        p.id, p.country, p.organisation, p.titled = person.id, person.country, person.organisation, p.office
