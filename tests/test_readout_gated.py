"""A gated pattern finds exactly what its pattern finds (readoutparse/readout/gated.py)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutparse.readout.cues import cue_data, cues_for
from readoutparse.readout.gated import Gated, required_literal
from readoutparse.readout.scan import LANGUAGES


def _compiled(pattern: object) -> re.Pattern[str]:
    if isinstance(pattern, Gated):
        return pattern.compiled
    assert isinstance(pattern, re.Pattern)
    return pattern


def _cue_patterns() -> list[re.Pattern[str]]:
    out: list[re.Pattern[str]] = []
    for language in LANGUAGES:
        cues = cues_for(language)
        out += [_compiled(rule.pattern) for rule in cues.initiator]
        out += [_compiled(rule.pattern) for rule in cues.place]
    return out


PATTERNS = [
    *_cue_patterns(),
    re.compile(r"(?P<who>[^，。]{2,12}?)(?:在[^，。]{1,20}?)?主持(?!人)"),
    re.compile(r"x+abc"),  # unbounded before the literal: searched from pos
    re.compile(r"^a?bc"),
    re.compile(r"(?<=q)\bab+cd", re.IGNORECASE),
    re.compile(r"(?i)k?ſtop"),  # case-blind: ſ and s, K and the Kelvin sign
]
# Characters the patterns care about, and some they fold across cases.
ALPHABET = st.sampled_from(list("主持人在，。应约邀请 abcdxqkKſSsStTopİıi.'") + ["\u212a", "chủ trì", "đã ", "في ",
                                                                              "at the request of ", "in Paris"])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


def test_a_pattern_that_opens_with_a_class_is_gated_by_its_longest_literal() -> None:
    assert required_literal(re.compile(r"(?P<who>[^，]{2,12}?)(?:在[^，]{1,20}?)?主持(?!人)")) == ("主持", 12 + 21)
    assert required_literal(re.compile(r"x+abc")) == ("abc", None)
    assert required_literal(re.compile("应约")) is None  # re skips to an opening literal by itself
    assert required_literal(re.compile("(?:ab|cd) ?x")) is None  # one character is no gate


def test_the_vietnamese_host_rule_is_gated() -> None:
    rule = next(r for r in cues_for("vi").initiator if "chủ trì" in r.pattern.pattern)
    assert isinstance(rule.pattern, Gated) and rule.pattern.gate is not None
    text = "Thủ tướng Phạm Minh Chính đã chủ trì hội nghị"
    assert rule.pattern.search(text) is not None
    assert rule.pattern.search(text).span() == rule.pattern.compiled.search(text).span()  # type: ignore[union-attr]
    plain = next(r for r in cues_for("zh-Hans").initiator if r.pattern.pattern == "应约")
    assert isinstance(plain.pattern, re.Pattern)  # opens with its literal: no wrapper
    assert rule.pattern.search("Thủ tướng Phạm Minh Chính tiếp Đại sứ") is None


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(-3, 5), st.integers(-2, 60), st.sampled_from(range(len(PATTERNS))))
def test_gated_search_and_finditer_equal_the_pattern(text: str, pos: int, endpos: int, which: int) -> None:
    pattern = PATTERNS[which]
    gated = Gated(pattern)
    found = gated.search(text, pos, endpos)
    expected = pattern.search(text, pos, endpos)
    assert (found and (found.span(), found.groupdict())) == (expected and (expected.span(), expected.groupdict()))
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_every_cue_pattern_is_read() -> None:
    # Each rule of the data file is wrapped; the wrapper keeps the pattern's text and flags.
    data = cue_data()
    count = sum(len(rules) for section in ("initiator", "place") for rules in data[section].values())
    assert count and len(_cue_patterns()) >= count
