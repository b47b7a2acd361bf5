"""A 2+2 meeting: each of the two countries listed before its name sends its foreign and defence ministers."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article
from readoutparse.readout import extract_readout
from readoutparse.readout.groups import GroupLexicon


def _people(text: str) -> list[tuple[str | None, str | None, str | None]] | None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(text,),
                                      published=dt.date(2020, 10, 27)))
    return None if readout is None else [(p.id, p.country, p.office) for p in readout.participants]


def test_each_country_is_its_foreign_and_defence_minister_of_the_day() -> None:
    people = _people("美国和印度周二在新德里举行二加二部长级会谈。")
    assert people is not None
    assert {(c, o) for _, c, o in people} == {("US", "foreign_minister"), ("US", "defence_minister"),
                                             ("IN", "foreign_minister"), ("IN", "defence_minister")}
    assert ("mike_pompeo", "US", "foreign_minister") in people  # the holder of the day


def test_a_clause_break_before_the_meeting_name_unties_it() -> None:
    people = _people("美国和印度关系升温，双方将举行二加二会谈。") or []
    assert not any(o == "defence_minister" for _, _, o in people)


def test_three_countries_are_no_two_plus_two() -> None:
    people = _people("美国、日本和印度举行二加二会谈。") or []
    assert not any(o == "defence_minister" for _, _, o in people)


def test_the_words_are_data() -> None:
    assert "二加二" in GroupLexicon.builtin().words("two_plus_two", "zh")
