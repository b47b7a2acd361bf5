"""Someone named in a phrase dating the sentence by another event is no side of its contact."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article
from readoutparse.readout import extract_readout


def _ids(text: str) -> list[str | None]:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(text,),
                                      published=dt.date(2021, 1, 12)))
    assert readout is not None
    return [p.id for p in readout.participants]


def test_a_person_inside_a_since_frame_is_set_aside() -> None:
    ids = _ids("美国大使霍克斯特拉周一在海牙会见了陈欣新，成为自国务卿蓬佩奥上周宣布放宽规定之后首位公开接待台湾官员的美国外交官。")
    assert ids == ["pete_hoekstra", "chen_hsin_hsin"]


def test_a_frame_holding_a_contact_word_keeps_its_people() -> None:
    ids = _ids("自从与普京通电话之后，习近平会见了拜登。")
    assert "vladimir_putin" in ids


def test_a_frame_needs_two_known_people_outside_it() -> None:
    # only one gazetteer person outside: who else would the contact's sides be
    ids = _ids("在拜登上任之际，习近平给一位商人回信。")
    assert "joe_biden" in ids


def test_words_that_merely_contain_the_opening_character_open_no_frame() -> None:
    ids = _ids("来自美国的蓬佩奥之后会见了王毅和茂木敏充。")
    assert "mike_pompeo" in ids
