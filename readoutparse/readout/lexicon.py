"""Every string the readout looks for, in one Aho-Corasick automaton per gazetteer and language.

People's names and short forms, exclusions, office words, country and organisation
forms, and every cue word (kinds, modality, recall, reporting, ...) go into one
automaton (pyahocorasick, through :mod:`.automata`, which spells Chinese lexicons in byte
pairs to keep its nodes small), built on first use and cached on the gazetteer.  Keys are
folded (:func:`.scan.fold_key`) and lower-cased one character for one
(:func:`.scan.fold_case`), so one pass over a sentence folded the same way finds them
all; what case, word boundaries and Arabic clitics allow is checked per hit in
:mod:`.mentions`.

Each string carries entries ``(layer, category, payload, exact, mode)``:

* ``layer``: hits of one layer compete for the text (the longest reading wins, see
  :mod:`.mentions`); hits of different layers do not (``to meet`` is a modality and
  ``meet`` a cue word at once).
* ``exact``: for names and countries in cased scripts, the folded form with its case,
  which the text must match (``US`` is a country, ``us`` is not).
* ``mode``: how the string is delimited, from its own script: CJK anywhere, Latin as a
  whole word, Arabic as a word with clitics and suffixes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from .automata import KeyAutomaton, StartGate
from .cues import cue_data
from .scan import LANGUAGES, fold_case, fold_key

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

__all__ = ["ARABIC", "CJK", "ENTITY", "KIND", "MODALITY", "WORD", "Compiled", "Entry", "compiled", "mode_of"]

# layers
ENTITY, KIND, MODALITY = 0, 1, 2
# delimiting modes
CJK, WORD, ARABIC = 0, 1, 2

# categories
PERSON, SHORT, BLOCK, OFFICE, COUNTRY, COUNTRY_SHORT, ORG, ORG_SHORT = (
    "person", "short", "block", "office", "country", "country_short", "org", "org_short")
CUE, WEAK = "cue", "weak"
PLANNED, HELD, RECALL, VAGUE, MULTI, BILATERAL, SEPARATELY, REPORTING, CARRY, SUBJECT, NEGATION = (
    "planned", "held", "recall", "vague", "multi", "bilateral", "separately", "reporting", "carry", "subject",
    "negation")
SAME_OCCASION, ATTENDANCE, SOURCE, RECEIVES = "same_occasion", "attendance", "source", "receives"
# A negation whose scope is its whole clause, not the few characters after it (拒绝在…期间与之会面).
NEGATION_CLAUSE = "negation_clause"
# A title naming a side's people collectively (两国, 两军, 代表团): an unnamed official of each
# country listed before it, a participant only where a contact has no better one.
COLLECTIVE = "collective"
# A visit cue (访问, 出访, 访华): the country it names after it (or in it) is a side, its hosts unnamed.
VISIT = "visit"
# A dialogue word (经济对话, a bare 对话): a meeting cue only where its clause holds it (dialogues.py).
DIALOGUE = "dialogue"

# The modality categories the readers look for; ``modality_sections`` of the cue file says
# which of its word lists fills each (checked by tests/test_readout_cues.py).
MODALITY_CATEGORIES = frozenset({RECALL, VAGUE, MULTI, BILATERAL, SEPARATELY, REPORTING, CARRY, SUBJECT, NEGATION,
                                 SAME_OCCASION, ATTENDANCE, SOURCE, RECEIVES, NEGATION_CLAUSE})

Entry = tuple[int, str, Any, "str | None", int]


def mode_of(text: str) -> int:
    for ch in text:
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch == "\u00b7":
            return CJK
        if "\u0600" <= ch <= "\u06ff":
            return ARABIC
        if ch.isalpha():
            return WORD
    return WORD


class Compiled:
    """The automaton of one gazetteer and language, and the entries of each key."""

    __slots__ = ("automaton", "entries", "language", "empty", "gate", "gate_modes", "names", "name_automaton",
                 "shorts", "short_ends", "key_info", "name_info", "start_gate")

    def __init__(self, language: str | None) -> None:
        self.language = language
        # The automata are made from the tables' keys once they are complete (finish, from_state).
        self.automaton: KeyAutomaton | None = None
        self.entries: dict[str, list[Entry]] = {}
        self.empty = True
        # The kind cues alone: a text none of them occurs in reports no contact, and most
        # pages are such texts, so they are turned away after one cheap pass.
        self.gate: KeyAutomaton | None = None
        self.gate_modes: dict[str, int] = {}
        # ... by a regular expression where every cue matches anywhere (Chinese): see StartGate
        self.start_gate: StartGate | None = None
        # key -> (person ids, exact, mode) of full names only, for the document-wide
        # "named in full" set without reading every sentence in full.
        self.names: dict[str, list[tuple[str, str | None, int]]] = {}
        self.name_automaton: KeyAutomaton | None = None
        # Short country forms (俄, 美) are looked up just before a title word instead of
        # being searched for: as single characters they would be hits on every line.
        self.shorts: dict[str, dict[str, list[str]]] = {}
        self.short_ends: frozenset[str] = frozenset()  # their last characters (made in finish)
        # key -> what its entries contribute to a sentence, worked out on its first hit
        # (:func:`.mentions.find_mentions`); derived from ``entries``, so never stored.
        self.key_info: dict[str, Any] = {}
        # key -> what named_in_full needs of a name's hit, worked out on its first hit
        self.name_info: dict[str, tuple[int, str | None, str | None, int]] = {}

    def add(self, form: str, layer: int, category: str, payload: Any, *, cased: bool = False) -> None:
        form = unicodedata.normalize("NFC", form.strip())
        if not form:
            return
        folded = fold_key(form)
        mode = mode_of(folded)
        exact = folded if cased and mode == WORD else None
        keys = [folded]
        if mode == ARABIC:
            # ل + ال contracts to لل ("للرئيس"); a word in ة also stands in the plural in ات.
            if folded.startswith("\u0627\u0644") and len(folded) > 3:
                keys.append("\u0644\u0644" + folded[2:])
            if folded.endswith("\u0647") and len(folded) > 2:
                keys.append(folded[:-1] + "\u0627\u062a")
        for key in keys:
            low = fold_case(key)
            bucket = self.entries.get(low)
            if bucket is None:
                bucket = self.entries[low] = []
            entry = (layer, category, payload, exact if key == folded else None, mode)
            if category == CUE and low not in self.gate_modes:
                self.gate_modes[low] = mode
            if category == PERSON:
                self.names.setdefault(low, []).append((payload, entry[3], mode))
            if entry not in bucket:
                bucket.append(entry)
        self.empty = False

    def finish(self) -> Compiled:
        if self.empty:
            self.entries["\x00"] = []
        if not self.gate_modes:
            self.gate_modes["\x00"] = CJK
        if not self.names:
            self.names["\x00"] = []
        self._make_automata()
        return self

    def _make_automata(self) -> None:
        self.short_ends = frozenset(key[-1] for key in self.shorts if key)
        # Each automaton's keys are its table's keys, in the order they were added; the cue
        # gate's values are what cue_spans needs of a hit, (length, mode).
        self.automaton = KeyAutomaton((key, key) for key in self.entries)
        self.gate = KeyAutomaton((key, (len(key), mode)) for key, mode in self.gate_modes.items())
        if all(mode == CJK for mode in self.gate_modes.values()):
            self.start_gate = StartGate(self.gate_modes)
        self.name_automaton = KeyAutomaton((key, key) for key in self.names)

    def state(self) -> tuple[Any, ...]:
        """Plain data the automata can be rebuilt from (see :mod:`.lexicon_cache`)."""
        return self.entries, self.gate_modes, self.names, self.shorts, self.empty

    @classmethod
    def from_state(cls, language: str | None, state: tuple[Any, ...]) -> Compiled:
        out = cls(language)
        out.entries, out.gate_modes, out.names, out.shorts, out.empty = state
        out._make_automata()
        return out

    def cue_spans(self, folded: str) -> list[int]:
        """Start positions of the kind cues in a folded text, in order, in one pass (blockers not
        consulted; a start may be given once per cue starting there, or once)."""
        from .mentions import allowed

        if self.start_gate is not None:
            return self.start_gate.starts(fold_case(folded))
        assert self.gate is not None
        out = []
        for last, (length, mode) in self.gate.iter(fold_case(folded)):
            start = last + 1 - length
            if mode == CJK or allowed(folded, start, last + 1, mode):
                out.append(start)
        return out

    def has_cue(self, folded: str) -> bool:
        """Whether a folded text holds any kind cue as a word (blockers not consulted).

        This pass only decides which sentences are read in full (:func:`.mentions.find_mentions`),
        so erring towards yes costs time, not truth.
        """
        from .mentions import allowed  # the boundary rules live with the mentions

        if self.start_gate is not None:
            return self.start_gate.any(fold_case(folded))
        assert self.gate is not None
        for last, (length, mode) in self.gate.iter(fold_case(folded)):
            if allowed(folded, last + 1 - length, last + 1, mode):
                return True
        return False

    def named_in_full(self, folded: str) -> set[str]:
        """The people an unambiguous full name of whom occurs in a folded text."""
        from .mentions import allowed

        table = self.name_info
        people: set[str] = set()
        assert self.name_automaton is not None
        for last, key in self.name_automaton.iter(fold_case(folded)):
            info = table.get(key)
            if info is None:
                info = table[key] = self._name_info(key)
            length, pid, exact, mode = info
            if pid is None or pid in people:
                continue
            start, end = last + 1 - length, last + 1
            if (exact is None or folded[start:end] == exact) and (mode == CJK or allowed(folded, start, end, mode)):
                people.add(pid)
        return people

    def _name_info(self, key: str) -> tuple[int, str | None, str | None, int]:
        # (length, the one person the name is of or None when shared, its first form's case and mode)
        found = self.names[key]
        if not found or len({pid for pid, _, _ in found}) != 1:
            return len(key), None, None, CJK
        pid, exact, mode = found[0]
        return len(key), pid, exact, mode


def _langs(mapping: Mapping[str, Any], langs: Iterable[str]) -> Iterable[tuple[str, Any]]:
    for lang in langs:
        if lang in mapping:
            yield lang, mapping[lang]


def compiled(gazetteer: Gazetteer, language: str | None) -> Compiled:
    """The automaton for text in ``language`` (all languages when it is not one of ours)."""
    cache = gazetteer._automata
    found = cache.get(language)
    if found is None:
        found = cache[language] = _built_or_stored(gazetteer, language)
    return found


def _built_or_stored(gazetteer: Gazetteer, language: str | None) -> Compiled:
    # Only the built-in gazetteer is known in full from the package's files, which the
    # stored file's name is a fingerprint of; a user's gazetteer is always compiled.
    if not getattr(gazetteer, "_builtin", False) or (language is not None and language not in LANGUAGES):
        return _build(gazetteer, language)
    from . import lexicon_cache

    state = lexicon_cache.load(language)
    if state is not None:
        return Compiled.from_state(language, state)
    found = _build(gazetteer, language)
    lexicon_cache.store(language, found.state())
    return found


def _vi_variants(name: str) -> list[str]:
    # Vietnamese honorifics are written lower-case mid-sentence and capitalised at its start.
    return [name, name[:1].upper() + name[1:]] if name[:1].islower() else [name]


def _build(gazetteer: Gazetteer, language: str | None) -> Compiled:
    langs = gazetteer.languages_for(language) or LANGUAGES
    out = Compiled(language)
    for person in gazetteer:
        for is_short, names in ((False, person.names), (True, person.short)):
            for lang, values in _langs(names, langs):
                for value in values:
                    for form in _vi_variants(value) if lang == "vi" else (value,):
                        out.add(form, ENTITY, SHORT if is_short else PERSON, person.id, cased=True)
    cues = cue_data()
    cue_langs = langs if language in LANGUAGES else LANGUAGES
    blockers = [*(w for _, ws in _langs(gazetteer.exclude, langs) for w in ws),
                *(w for _, ws in _langs(cues.get("blockers", {}), cue_langs) for w in ws)]
    for word in blockers:
        for layer in (ENTITY, KIND, MODALITY):
            out.add(word, layer, BLOCK, None)
    for lang in langs:
        for word, ids in gazetteer.office_lexicon.forms(lang).items():
            out.add(word, ENTITY, OFFICE, ids)
            if lang == "en" and word[-1:].isalpha() and not word.endswith("s"):
                # "the foreign ministers of A, B and C", "presidents", "secretaries"
                out.add(word[:-1] + "ies" if word.endswith("y") else word + "s", ENTITY, OFFICE, ids)
        lex = gazetteer.country_lexicon
        for category, table in ((COUNTRY, lex.country_forms(lang)), (ORG, lex.organisation_forms(lang))):
            for code, forms in table.items():
                for form in forms:
                    out.add(form, ENTITY, category, code, cased=True)
        for category, table in ((COUNTRY_SHORT, lex.short_forms(lang)), (ORG_SHORT, lex.organisation_short_forms(lang))):
            for code, forms in table.items():
                for form in forms:
                    key = fold_key(unicodedata.normalize("NFC", form.strip()))
                    if key:
                        bucket = out.shorts.setdefault(key, {}).setdefault(category, [])
                        if code not in bucket:
                            bucket.append(code)
    for lang in cue_langs:
        for word in cues.get("collective_titles", {}).get(lang, ()):
            out.add(word, ENTITY, OFFICE, ("official",))
            out.add(word, ENTITY, COLLECTIVE, None)
        for kind, words in cues["kinds"].get(lang, {}).items():
            for word in words:
                out.add(word, KIND, CUE, kind)
        for word in cues.get("weak_cues", {}).get(lang, ()):
            out.add(word, KIND, WEAK, None)
        for word, host in cues.get("visits", {}).get(lang, {}).items():
            # a meeting cue of its own kind: weak, and counted only where announced (contacts.py)
            out.add(word, KIND, CUE, "meeting")
            out.add(word, KIND, WEAK, None)
            out.add(word, KIND, VISIT, host or None)
        for word in cues.get("dialogues", {}).get(lang, {}).get("words", ()):
            out.add(word, KIND, CUE, "meeting")
            out.add(word, KIND, DIALOGUE, None)
        for status, words in cues.get("status", {}).get(lang, {}).items():
            for word in words:
                out.add(word, MODALITY, PLANNED if status == "planned" else HELD, None)
        # Which word lists of the cue file are modality words of which category is data too
        # (``modality_sections``): a new list of words needs no new code here.
        for section, category in cues["modality_sections"].items():
            for word in cues.get(section, {}).get(lang, ()):
                out.add(word, MODALITY, category, None)
    return out.finish()
