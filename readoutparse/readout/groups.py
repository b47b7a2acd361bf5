"""Group phrases: several countries sharing one title, or several titles.

``中印外长``, ``加拿大和中国外长``, ``美澳外長防長``, ``越南和印度尼西亚总理``,
``the foreign ministers of India and China`` name one person per country and per office,
never one person called by the whole phrase.  Each member is named by its own part of the
phrase (``印外长``, ``澳防長``, ``India foreign ministers``), so that it can be resolved to the
office's holder like any title (:mod:`.holders`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from .data_files import packaged
from .people import GazetteerError, by_language, lexicon_format

__all__ = ["FORMAT", "GroupLexicon", "builtin_pattern", "builtin_words", "is_loose_leader", "portfolios_named", "posting_named", "split_group"]

FORMAT = "readoutparse-groups/1"
_LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ar", "vi")


@attrs.frozen
class GroupLexicon:
    """The data of ``data/groups.json``: loose leader words, states led by their government,
    regions before a counted group, the words around a deceased person, spokespeople's titles, and
    the words of appointing an envoy, the member states of organisations that hold summits."""

    leader_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    led_by_government: frozenset[str] = frozenset()
    regions: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    deceased_before: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    deceased_after: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    spokesperson_words: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    appoints: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    as_envoy: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    portfolios: Mapping[str, Mapping[str, tuple[str, ...]]] = attrs.field(factory=dict)
    led_jointly: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    postings: Mapping[str, Mapping[str, tuple[str, ...]]] = attrs.field(factory=dict)
    time_frames: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    two_plus_two: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    members: Mapping[str, frozenset[str]] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, data: Any, *, name: str | None = None) -> GroupLexicon:
        lexicon_format(data, "a group lexicon", FORMAT, (FORMAT,), name)
        sections = {}
        for key in ("leader_words", "regions", "deceased_before", "deceased_after", "spokesperson_words", "appoints",
                    "as_envoy", "time_frames", "two_plus_two"):
            try:
                sections[key] = by_language(data.get(key), key)
            except GazetteerError as error:
                raise GazetteerError(str(error), name=name) from None
            unknown = set(sections[key]) - set(_LANGUAGES)
            if unknown:
                raise GazetteerError(f"{key}: unknown language tag {sorted(unknown)[0]!r}", name=name)
        by_portfolio = _keyed(data, "portfolios", name)
        by_posting = _keyed(data, "postings", name)
        codes = data.get("led_by_government") or []
        if not isinstance(codes, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in codes):
            raise GazetteerError("led_by_government: expected a list of ISO 3166 alpha-2 codes", name=name)
        jointly = data.get("led_jointly") or {}
        if not isinstance(jointly, Mapping) or not all(
                isinstance(v, list) and v and all(isinstance(o, str) for o in v) for v in jointly.values()):
            raise GazetteerError("led_jointly: expected an object of organisation id -> list of office titles", name=name)
        members = data.get("members") or {}
        if not isinstance(members, Mapping) or not all(
                isinstance(v, list) and v and all(isinstance(c, str) and re.fullmatch(r"[A-Z]{2}", c) for c in v)
                for v in members.values()):
            raise GazetteerError("members: expected an object of organisation id -> list of ISO 3166 alpha-2 codes",
                                 name=name)
        return cls(sections["leader_words"], frozenset(codes), sections["regions"], sections["deceased_before"],
                   sections["deceased_after"], sections["spokesperson_words"], sections["appoints"],
                   sections["as_envoy"], by_portfolio, {k: tuple(v) for k, v in jointly.items()}, by_posting,
                   sections["time_frames"], sections["two_plus_two"], {k: frozenset(v) for k, v in members.items()})

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def builtin() -> GroupLexicon:
        return GroupLexicon.from_dict(packaged("groups.json"), name="groups.json")

    def words(self, section: str, script: str) -> tuple[str, ...]:
        """The words of one section for a script (``zh`` is both Chinese scripts), longest first."""
        table: Mapping[str, tuple[str, ...]] = getattr(self, section)
        langs = ("zh-Hans", "zh-Hant") if script == "zh" else (script,)
        return tuple(sorted({w for lang in langs for w in table.get(lang, ())}, key=len, reverse=True))

def _keyed(data: Any, section: str, name: str | None) -> dict[str, Mapping[str, tuple[str, ...]]]:
    """A section of words per language keyed by a word of office titles (portfolios, postings)."""
    table = data.get(section) or {}
    if not isinstance(table, Mapping):
        raise GazetteerError(f"{section}: expected an object keyed by a word of office titles", name=name)
    try:
        return {key: by_language(langs, f"{section}.{key}") for key, langs in table.items()}
    except GazetteerError as error:
        raise GazetteerError(str(error), name=name) from None


# Offices one country can hold twice in a phrase without meaning two people.
_SPAN = tuple[int, int, str]


def split_group(text: str, countries: list[_SPAN], offices: list[tuple[int, int, str | None]],
                script: str) -> list[tuple[str, str, str | None]]:
    """(name, country code, office) for each country and each distinct office of the phrase.

    ``countries``: (start, end, code) of each country form in the phrase, in text order;
    ``offices``: (start, end, office id) of each title word.  Countries repeated (``中国和中方``)
    count once; titles naming the same office (``外长``, ``外交部长``) count once.
    """
    seen_codes: dict[str, tuple[int, int]] = {}
    for start, end, code in countries:
        seen_codes.setdefault(code, (start, end))
    titles: dict[str | None, tuple[int, int]] = {}
    for start, end, office in offices:
        titles.setdefault(office, (start, end))
    if not titles:
        return []
    out: list[tuple[str, str, str | None]] = []
    for code, (ca, cb) in seen_codes.items():
        for office, (oa, ob) in titles.items():
            country_form, office_form = text[ca:cb], text[oa:ob]
            if script == "zh":
                name = country_form + office_form
            elif script in ("ar", "vi"):  # the title comes first: وزراء خارجية فلسطين, Ngoại trưởng Lào
                name = f"{office_form} {country_form}"
            else:
                name = f"{country_form} {office_form}"
            out.append((name, code, office))
    return out


@functools.lru_cache(maxsize=None)
def builtin_words(section: str, script: str) -> tuple[str, ...]:
    """:meth:`GroupLexicon.words` of the built-in file, computed once (it is read per sentence)."""
    return GroupLexicon.builtin().words(section, script)


@functools.lru_cache(maxsize=None)
def builtin_pattern(sections: tuple[str, ...], script: str) -> re.Pattern[str] | None:
    """One pattern for the words of some sections (a single scan tells whether a sentence holds
    any of them), ``None`` when they have none."""
    words = sorted({w for section in sections for w in builtin_words(section, script)}, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


@functools.lru_cache(maxsize=1)
def _leader_words() -> tuple[str, ...]:
    words = GroupLexicon.builtin().leader_words
    return tuple({w for lang in words for w in words[lang]})


@functools.lru_cache(maxsize=None)
def _portfolio_words(section: str = "portfolios") -> tuple[tuple[str, str], ...]:
    """(word, title keyword) of every portfolio (or posting), longest word first."""
    table: Mapping[str, Mapping[str, tuple[str, ...]]] = getattr(GroupLexicon.builtin(), section)
    pairs = {(w, key) for key, langs in table.items() for words in langs.values() for w in words}
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def portfolios_named(name: str) -> tuple[str, ...]:
    """The title keywords of the portfolio a minister's title phrase names (``美國衛生部長``: health)."""
    found = [(w, key) for w, key in _portfolio_words() if w in name]
    if not found:
        return ()
    longest = len(found[0][0])
    return tuple(dict.fromkeys(key for w, key in found if len(w) == longest))


def posting_named(name: str) -> str | None:
    """The end of the office title of the posting an ambassador's title phrase names
    (``美駐聯合國大使``: united nations), ``None`` when it names none or several."""
    folded = name.lower()  # English sentences reach here case-folded
    found = [(w, key) for w, key in _portfolio_words("postings") if w.lower() in folded]
    keys = {key for w, key in found if len(w) == len(found[0][0])} if found else set()
    return keys.pop() if len(keys) == 1 else None


def is_loose_leader(name: str) -> bool:
    """Whether a title-only participant is named by a loose leader word (``中国领导人``, ``德国元首``):
    the holder it was resolved to is a reading, which a person of that country the story names gives way to."""
    return name.endswith(_leader_words())
