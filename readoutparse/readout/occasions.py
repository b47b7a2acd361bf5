"""Sentences of one occasion read as one contact (pages of VOV and the Arabic portals).

Applied to the story's contact once it is chosen (:func:`.contacts.choose_contact`):

* a later sentence of the lead that opens with a same-occasion word (``Cùng ngày``,
  ``وفي اليوم نفسه``, ``On the same day``) and names a contact of the same kind adds its people;
* a round-up of messages (later sentences naming a message in the evidence's own cue words)
  adds theirs;
* a list member named by title and country takes the name a later sentence gives.

Each reads at most three paragraphs past the evidence, so the cost stays linear in the lead.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from .cues import cue_data

from .contacts import TITLE, Contact, Unit, sides, unique
from .groups import is_loose_leader
from .kinds import multilateral
from .org_members import member_leaders, summit_organisation
from .scan import CLAUSE_MARK
from .someone import Someone
from .summit_parts import takes_part
from .lexicon import ATTENDANCE, CUE, ENTITY, MODALITY, ORG, RECALL, SAME_OCCASION

__all__ = ["one_occasion"]


def one_occasion(contact: Contact, units: Sequence[Unit], script: str) -> Contact:
    """The story's contact completed by the sentences of its occasion."""
    body = [u for u in units if u.paragraph != TITLE]
    contact = _attending_later(_named_later(_round_up(_with_same_occasion(contact, body, script), body, script), body),
                               body)
    return _member_leaders(contact, units, script)


def _member_leaders(contact: Contact, units: Sequence[Unit], script: str) -> Contact:
    """欧盟峰会…, then 德国总理默克尔指出: the leaders of the member states of the organisation whose
    summit the contact is, whom the lead names (:mod:`.org_members`), join it."""
    if script != "zh" or not multilateral(contact):
        return contact
    title = [u for u in units if u.paragraph == TITLE]
    org = summit_organisation([contact.unit, *title])
    if org is None:
        return contact
    body = [u for u in units if u.paragraph != TITLE]  # a digest's title runs several stories together
    added = [p for p in unique(member_leaders(org, body, script)) if not any(
        p.key == q.key or (q.titled_only and (q.country, q.office) == (p.country, p.office)) for q in contact.people)]
    if not added:
        return contact
    people = contact.people + added
    if len([p for p in people if not p.group]) >= 2:
        # 欧盟27国领袖峰会: the members' group phrase gives way to the members named
        people = [p for p in people if not (p.group and _names_organisation(contact.unit, p, org))]
    used = contact.units + [u for u in units if u not in contact.units and any(p is q for p in added for q in u.people)]
    return Contact(contact.unit, contact.cues, people, used)


def _names_organisation(unit: Unit, p: Someone, org: str) -> bool:
    return any(p.start <= m.start < p.end and org in m.cats.get(ORG, ()) for m in unit.mentions[ENTITY])


# How far into a sentence its "Cùng ngày", "وفي اليوم نفسه" may stand (after a date or a comma).
_OCCASION_REACH = 12
_LEADERS = frozenset({"head_of_state", "head_of_government"})
_MINISTERS = frozenset({"minister", "foreign_minister", "defence_minister"})
_OCCASION_PARAGRAPHS = 3  # paragraphs after the evidence's that may add a message of the same occasion


def _with_same_occasion(contact: Contact, body: Sequence[Unit], script: str) -> Contact:
    """Round-ups of one occasion: "Cùng ngày, Bộ trưởng … đã gửi điện …", "On the same day, …".

    A later sentence of the lead that opens with a same-occasion word and names a contact
    of the same kind adds its people to the story's contact (the page reports them as one).
    The Chinese archive's labels keep a 同日 message apart, so Chinese has no such words yet.
    """
    ev = contact.unit
    if ev.paragraph == TITLE or not _has_occasion_words(script) or ev not in body:
        return contact  # no same-occasion word in the script's lexicon: no sentence need be read
    kinds = {k for m in contact.cues for k in m.cats[CUE]}
    people, used = list(contact.people), list(contact.units)
    for unit in body[body.index(ev) + 1:]:
        if unit.paragraph > ev.paragraph + _OCCASION_PARAGRAPHS:
            break
        if not unit.has_cue or not any(SAME_OCCASION in m.cats and m.start <= _OCCASION_REACH
                                       for m in unit.mentions[MODALITY]):
            continue
        if not kinds & {k for m in unit.cues(script) for k in m.cats[CUE]} or len(sides(unit.people)) < 2:
            continue
        people = unique(people + unit.people)
        used.append(unit)
    if len(used) == len(contact.units):
        return contact
    return Contact(ev, contact.cues, people, used)


@functools.lru_cache(maxsize=None)
def _has_occasion_words(script: str) -> bool:
    """Whether a language of ``script`` has same-occasion words (``same_occasion`` of cues.json)."""
    words = cue_data().get("same_occasion", {})
    languages = ("zh-Hans", "zh-Hant") if script == "zh" else (script,) if script != "en" else tuple(
        lang for lang in words if lang not in ("zh-Hans", "zh-Hant", "vi", "ar"))
    return any(words.get(lang) for lang in languages)


_ROUND_UP_KINDS = frozenset({"message_exchange"})
_ROUND_UP_SCRIPTS = frozenset({"vi", "ar", "en"})  # the Chinese archive's labels keep each message apart


def _round_up(contact: Contact, body: Sequence[Unit], script: str) -> Contact:
    """A round-up of messages: "Tổng thống Palestine … gửi Thư chia buồn đến …", then "Chủ tịch Đảng
    Công nhân Bangladesh … gửi Thư chia buồn đến …": later sentences of the lead that name a
    message in the very words of the evidence's cue, each with a contact of its own, add their people."""
    ev = contact.unit
    if script not in _ROUND_UP_SCRIPTS or ev.paragraph == TITLE or ev not in body:
        return contact
    words = {m.text.lower() for m in contact.cues if _ROUND_UP_KINDS & set(m.cats[CUE])}
    if not words:
        return contact
    people, used = list(contact.people), list(contact.units)
    for unit in body[body.index(ev) + 1:]:
        if unit in used or not unit.has_cue or unit.paragraph > ev.paragraph + _OCCASION_PARAGRAPHS:
            continue
        if not words & {m.text.lower() for m in unit.cues(script)} or len(sides(unit.people)) < 1:
            continue
        added = [p for p in unique(unit.people) if not any(p.key == q.key for q in people)]
        if not added:
            continue
        people = unique(people + added)
        used.append(unit)
    if len(used) == len(contact.units):
        return contact
    return Contact(ev, contact.cues, people, used)


def _named_later(contact: Contact, body: Sequence[Unit]) -> Contact:
    """"محادثات مع وزراء خارجية فلسطين والصومال … على التوالي", then "وخلال المحادثات مع وزير الخارجية
    الفلسطيني رياض المالكي": a member of a list named by title and country takes the name a later
    sentence of the lead gives the one person of that country and office."""
    # a delegation (捷克团) is no one person a later name could be
    members = [p for p in contact.people if p.titled_only and not p.group and not p.delegation and p.country]
    ev = contact.unit
    if not (members or any(p.group for p in contact.people)) or ev.paragraph == TITLE or ev not in body:
        return contact
    people, used = list(contact.people), list(contact.units)
    for unit in body[body.index(ev) + 1:]:
        if not unit.has_cue or unit.paragraph > ev.paragraph + _OCCASION_PARAGRAPHS:
            continue
        for p in unit.people:
            if p.titled_only or p.principal or any(p.key == q.key and not q.titled_only for q in people):
                continue
            same = [m for m in members if m in people and (
                m.id == p.id if m.id and p.id and not is_loose_leader(m.name) else (
                m.country == p.country and (p.office is None or p.office == m.office or p.titled == m.office
                                            # وزراء جيبوتي: "ministers" takes the minister of any portfolio
                                            or (m.office == "minister" and p.office in _MINISTERS)
                                            # 中国领导人, then 中国总理李克强: a loose leader word
                                            or (is_loose_leader(m.name) and p.office in _LEADERS))))]
            if len(same) == 1:
                people[people.index(same[0])] = p
                if unit not in used:
                    used.append(unit)
        # 習近平與歐盟主要國家領袖舉行視訊峰會, then "習近平、梅克爾、范德賴恩和米歇爾將參加": a group
        # is the people a later sentence of the contact names in its place (two or more of them).
        # A sentence that also names a participant already there may stand further on: 習近平與梅克爾、
        # 范德賴恩以及米歇爾舉行會晤 two paragraphs later still names the summit's people.
        groups = [m for m in people if m.group]
        named = [p for p in unit.people if not p.titled_only and not p.principal and not p.group
                 and not any(p.key == q.key for q in people)]
        known = {p.key for p in unit.people if not p.group and any(p.key == q.key for q in people)}
        reach = _OCCASION_PARAGRAPHS if known else 1
        if groups and named and len(named) + len(known) >= 2 and unit.paragraph <= ev.paragraph + reach:
            at = people.index(groups[0])
            people[at:at + 1] = named
            if unit not in used:
                used.append(unit)
    if len(used) == len(contact.units):
        return contact
    return Contact(ev, contact.cues, people, used)


_ATTENDING_PARAGRAPHS = 8  # an attendance list may come after the story's first reactions


def _attending_later(contact: Contact, body: Sequence[Unit]) -> Contact:
    """"在周一的视频会议上，出席会议的米歇尔，冯·德·莱恩和默克尔重申…": a later sentence of the
    contact (its cue) with an attendance word (``attendance`` in cues.json) that names someone
    already a participant beside new people adds them: they attended the same meeting. So does a
    sentence of the next paragraphs with a cue that names two participants again beside new people.
    Naming a participant keeps out another meeting's people; a recalled one adds no one."""
    ev = contact.unit
    if ev.paragraph == TITLE or ev not in body or len(contact.people) < 2 or not multilateral(contact):
        return contact  # at a bilateral meeting, who attended another event (a funeral) is no participant
    people, used = list(contact.people), list(contact.units)
    for unit in body[body.index(ev) + 1:]:
        if unit.paragraph > ev.paragraph + _ATTENDING_PARAGRAPHS:
            break
        if unit in used or unit.has(RECALL):
            continue
        near = unit.paragraph <= ev.paragraph + _OCCASION_PARAGRAPHS
        known = {p.key for p in unit.people if not p.group and any(p.key == q.key for q in people)}
        added = [p for p in unique(unit.people) if not p.titled_only and not p.principal and not p.group
                 and not p.delegation and not any(p.key == q.key for q in people)]
        if not unit.has_cue:
            # 东道主沙特阿拉伯的国王萨勒曼在开幕讲话中: near the evidence, the one an attendance or
            # hosting word governs is at the same meeting though the sentence repeats no cue
            added = [p for p in added if near and _governed(unit, p)]
            if added:
                people = people + added
                used.append(unit)
            continue
        # 米歇尔在与冯德莱恩，和默克尔与习近平进行峰会后: two participants named again with a cue
        # retell the contact with its full list, near the evidence
        retold = len(known) >= 2 and near
        if added and not (retold or (known and unit.has(ATTENDANCE))):
            # 由主办国马来西亚首相慕尤丁主持: with a cue of its own, only whom a part at the meeting names
            added = [p for p in added if near and takes_part(unit.text, p, unit.people)]
        if not added:
            continue
        people = people + added
        used.append(unit)
    if len(used) == len(contact.units):
        return contact
    return Contact(ev, contact.cues, people, used)


_GOVERNED_REACH = 12  # characters between an attendance word and the person it governs (东道主沙特阿拉伯的国王萨勒曼)


def _governed(unit: Unit, p: Someone) -> bool:
    """``p`` stands right after an attendance or hosting word of its own clause."""
    return takes_part(unit.text, p, unit.people) or any(ATTENDANCE in m.cats and 0 <= p.start - m.end <= _GOVERNED_REACH
                                           and not CLAUSE_MARK.search(unit.text, m.end, p.start)
                                           for m in unit.mentions[MODALITY])
