"""The automaton spelt in UTF-16 units finds what pyahocorasick finds on the plain keys
(readoutparse/readout/automata.py)."""

from __future__ import annotations

import ahocorasick  # type: ignore[import-not-found]
from hypothesis import given, settings
from hypothesis import strategies as st

from readoutparse.readout import Gazetteer
from readoutparse.readout.automata import KeyAutomaton, StartGate
from readoutparse.readout.lexicon import compiled

# Characters whose UTF-16 bytes overlap (一 is 4E 00, 丠 is 4E 20, N is 00 4E), astral ones
# and a lone surrogate: a hit straddling two characters' bytes must not come out.
CHARS = list("一丠N 中国习近平会谈a") + ["\u4e4e", "\u0e4e", "\U0001f600", "\ud83d", "\ude00"]
KEYS = st.lists(st.text(st.sampled_from(CHARS[:-3] + ["\u4e4e", "\u0e4e"]), min_size=1, max_size=4),
                min_size=1, max_size=12, unique=True)
TEXTS = st.text(st.sampled_from(CHARS), max_size=30)


def plain_hits(keys: list[str], text: str) -> list[tuple[int, str]]:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(key, key)
    automaton.make_automaton()
    return list(automaton.iter(text))


@settings(max_examples=400, deadline=None)
@given(KEYS, TEXTS)
def test_spelt_hits_equal_plain_hits(keys: list[str], text: str) -> None:
    spelt = KeyAutomaton(((k, k) for k in keys), fanout=0)
    assert spelt.spelt
    assert list(spelt.iter(text)) == plain_hits(keys, text)


def test_a_key_outside_the_basic_plane_keeps_the_plain_spelling() -> None:
    automaton = KeyAutomaton([("\U0001f600", 1), ("中国", 2)], fanout=0)
    assert not automaton.spelt
    assert list(automaton.iter("中国\U0001f600")) == [(1, 2), (2, 1)]


def test_chinese_lexicons_are_spelt_and_others_not() -> None:
    gazetteer = Gazetteer.builtin()
    assert compiled(gazetteer, "zh-Hans").automaton.spelt  # type: ignore[union-attr]
    assert not compiled(gazetteer, "vi").automaton.spelt  # type: ignore[union-attr]


REGEX_CHARS = list("一中国会谈a.*?()[]|\\^$") + ["\U0001f600", "\ud83d"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(st.sampled_from(REGEX_CHARS), min_size=1, max_size=4), min_size=1, max_size=12),
       st.text(st.sampled_from(REGEX_CHARS), max_size=30))
def test_start_gate_finds_the_starts_of_the_automaton_hits(keys: list[str], text: str) -> None:
    gate = StartGate(keys)
    expected = sorted({last + 1 - len(key) for last, key in plain_hits(sorted(set(keys)), text)})
    assert gate.starts(text) == expected
    assert gate.any(text) == bool(expected)


def test_chinese_cues_are_gated_by_the_start_gate_and_others_by_the_automaton() -> None:
    gazetteer = Gazetteer.builtin()
    chinese, vietnamese = compiled(gazetteer, "zh-Hans"), compiled(gazetteer, "vi")
    assert chinese.start_gate is not None and vietnamese.start_gate is None
    assert chinese.cue_spans("普京今天与习近平通电话") == [8, 9]  # 通电话, 电话
    assert chinese.cue_spans("今天天气很好") == [] and not chinese.has_cue("今天天气很好")
