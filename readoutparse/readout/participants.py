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

import re

from .groups import is_loose_leader
from .lexicon import COUNTRY, COUNTRY_SHORT, KIND, OFFICE, PERSON
from .mentions import Mention
from .non_participants import mark_appointers, mark_deceased, mark_principals, mark_spokespeople, mark_time_frames
from .name_shape import modifies_a_noun
from .on_behalf import mark_represented
from .personal_names import ZH_STOP
from .someone import Someone
from .title_groups import (_add_ar_counted_groups, _add_two_plus_two, _add_organisation_ministers, _lead_countries_before, _add_collective, _add_country_and_organisation_leaders,
                           _add_group_members, _add_zh_groups, _listed_countries)
from .title_person import (_add_counterpart, _add_gazetteer_people, _add_name_of_country, _borrow_side,
                           _is_counterpart, _is_one_person, _personal_name, _read_office, _zh_name_before_title,
                           _zh_surname_title)
from .title_phrase import _Phrase, _Sentence, _phrase, _phrase_end

__all__ = ["ZH_STOP", "Someone", "people_in"]

_BOOK = re.compile(r"《[^》]{0,60}》|〈[^〉]{0,60}〉")
_ONE_CHARACTER_ITEM = re.compile(r"(?:^|[^\u4e00-\u9fff]|、)[\u4e00-\u9fff]、$")
_MEETING_NOUN = re.compile(r"会谈|會談|会议|會議|峰会|峰會|会晤|會晤|会面|會面|对话|對話|视频会|視訊會|通话|通話|meeting|summit")


def _read_phrase(s: _Sentence, i: int) -> int:
    """Read the title phrase starting at mention ``i`` into ``s.out``; the next index to read."""
    j = _phrase_end(s, i)
    chunk = s.ents[i:j]
    previous = s.ents[i - 1] if i > 0 else None  # the mention before the phrase (ents is in text order)
    ph = _phrase(s, chunk)
    if (ph.offices and is_loose_leader(ph.offices[-1].text) and _MEETING_NOUN.match(s.text, ph.offices[-1].end)
            and not (ph.organisation and ph.country is None and _lead_countries_before(s, ph))):
        # 日中韩首脑会谈, 中美领导人会晤: a leader word before a meeting noun names the meeting; not
        # so an organisation's leaders with a country listed before them (英国和欧盟领导人通话): sides
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
    if (ph.organisation and not ph.persons and ph.offices and is_loose_leader(ph.offices[-1].text)
            and (ph.country or _lead_countries_before(s, ph))):
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
    if name_span is None and s.script == "zh" and modifies_a_noun(s.text, ph.end):
        return j  # 美国总统大选, 日总统账号: the title modifies a noun, no one is named
    assert name_span is not True
    listed, forms = _listed_countries(s, ph, name_span is not None)
    if name_span is not None and s.script == "zh" and (len(listed) > 1 or _listed_before(s, ph)):
        # 美、中领导人难得同框: a title several listed countries share is held by several people,
        # so what follows it is prose, not one person's name
        name_span = None
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


def _listed_before(s: _Sentence, ph: _Phrase) -> bool:
    """Whether a country, joined by a list mark, stands right before the phrase (美、中领导人)."""
    first = min((m.start for m in ph.places), default=ph.start)
    if _ONE_CHARACTER_ITEM.search(s.text, 0, first):
        return True  # no one's name is one character: 美、中 are countries' short forms
    return any(m.end == first - 1 and s.text[m.end] in "、和与與及" and m.cats.keys() & {COUNTRY, COUNTRY_SHORT}
               and not m.cats.keys() & {PERSON, OFFICE} for m in s.ents)


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
        _add_two_plus_two(s)
        _add_organisation_ministers(s)
    if s.script == "ar":
        _add_ar_counted_groups(s)
    out = _outside_books(s)
    out.sort(key=lambda x: x.start)
    mark_principals(text, out, mentions, s.script)
    if out:
        for mark in (mark_deceased, mark_spokespeople, mark_appointers):
            mark(text, s.ents, s.script, out)
        mark_time_frames(text, s.ents, mentions[KIND], s.script, out)
        mark_represented(text, s.ents, s.script, out)
    return out
