"""The country and office lexicons: built-in data, CLDR names, validation messages."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from readoutparse.readout.countries import CountryLexicon, cldr_names, taiwan_names_simplified
from readoutparse.readout.offices import OfficeLexicon
from readoutparse.readout.people import OFFICES, GazetteerError
from readoutparse.readout.scan import LANGUAGES


def _data(name: str) -> dict:
    return json.loads(resources.files("readoutparse.readout").joinpath(f"data/{name}").read_text("utf-8"))


def test_country_names_come_from_cldr_with_converted_traditional() -> None:
    lexicon = CountryLexicon.builtin()
    hant = lexicon.country_forms("zh-Hant")["NR"]
    assert "諾魯" in hant and "瑙魯" in hant  # CLDR zh-Hant, and the Simplified name converted
    assert "瑙鲁" in lexicon.country_forms("zh-Hans")["NR"]
    assert "Tuvalu" in lexicon.country_forms("en")["TV"]
    assert "مصر" in lexicon.country_forms("ar")["EG"]
    assert "Thái Lan" in lexicon.country_forms("vi")["TH"]
    assert "EU" not in cldr_names("en") and "UN" not in cldr_names("en")  # organisations are kept apart


def test_our_country_forms_are_not_cldr_names() -> None:
    # countries.json holds only what CLDR lacks; a CLDR name there is dead weight.
    cldr = {n for lang in LANGUAGES for names in cldr_names(lang).values() for n in names}
    for code, entry in _data("countries.json")["countries"].items():
        for lang, forms in entry.get("names", {}).items():
            assert lang in LANGUAGES, (code, lang)
            assert not cldr & set(forms), (code, lang, cldr & set(forms))


def test_organisations_are_not_countries() -> None:
    lexicon = CountryLexicon.builtin()
    assert {"UN", "EU", "NATO", "ASEAN", "AU", "WHO"} <= set(lexicon.org_names)
    assert "联合国" in lexicon.organisation_forms("zh-Hans")["UN"]


def test_short_forms_are_short() -> None:
    for code, entry in _data("countries.json")["countries"].items():
        for lang, forms in entry.get("short", {}).items():
            assert all(len(f) <= 3 for f in forms), (code, lang, forms)


def test_every_office_id_has_words_in_every_language() -> None:
    lexicon = OfficeLexicon.builtin()
    assert set(lexicon.words) == set(OFFICES)
    for oid in OFFICES:
        for lang in LANGUAGES:
            assert lexicon.words[oid].get(lang), (oid, lang)
    assert "foreign_minister" in lexicon.forms("zh-Hans")["外长"]
    assert "foreign_minister" in lexicon.forms("vi")["Ngoại trưởng"]


@pytest.mark.parametrize(("data", "message"), [
    ({"format": "x/1"}, "unknown country lexicon format"),
    ({"countries": {"USA": {}}}, "countries.USA: the key must be an ISO 3166"),
    ({"countries": {"US": {"names": {"en": "America"}}}}, r"countries.US.names.en: expected a list"),
    ({"countries": {"US": {"adjectives": {}}}}, "countries.US: expected an object with 'names'"),
    ({"organisations": {"un": {}}}, "organisations.un: the key must be an upper-case"),
])
def test_invalid_country_lexicons_are_explained(data: dict, message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        CountryLexicon.from_dict(data, name="mine.json")


@pytest.mark.parametrize(("data", "message"), [
    ({"format": "x/1"}, "unknown office lexicon format"),
    ({"offices": {"mayor": {"en": ["Mayor"]}}}, "offices.mayor: not an office id"),
    ({"offices": {"envoy": {"en": [""]}}}, "offices.envoy.en: expected a list of non-empty strings"),
])
def test_invalid_office_lexicons_are_explained(data: dict, message: str) -> None:
    with pytest.raises(GazetteerError, match=f"mine.json: {message}"):
        OfficeLexicon.from_dict(data, name="mine.json")


def test_lexicons_round_trip() -> None:
    countries = CountryLexicon.builtin()
    again = CountryLexicon.from_dict(json.loads(json.dumps(countries.to_dict())))
    assert again.names == countries.names and again.org_short == countries.org_short
    offices = OfficeLexicon.builtin()
    assert OfficeLexicon.from_dict(offices.to_dict()).words == offices.words


def test_taiwan_names_are_read_in_simplified_except_the_table() -> None:
    lexicon = CountryLexicon.builtin()
    hans = lexicon.country_forms("zh-Hans")
    assert "亚塞拜然" in hans["AZ"] and "阿塞拜疆" in hans["AZ"]  # CLDR zh-Hant converted, beside zh-Hans
    assert "纽西兰" in hans["NZ"]
    table = _data("countries.json")["taiwan_names_not_in_simplified"]
    assert "狮子山" not in hans.get("SL", ()) and "SL" in table
    for code in table:  # an entry is a Taiwan name that really differs (else it is dead weight)
        assert code in taiwan_names_simplified(), code
    ours = {f for entry in _data("countries.json")["countries"].values() for f in entry.get("names", {}).get("zh-Hans", ())}
    assert not ours & {n for names in taiwan_names_simplified().values() for n in names}


def test_the_taiwan_exception_table_is_validated() -> None:
    with pytest.raises(GazetteerError, match="taiwan_names_not_in_simplified.SL: expected the reason"):
        CountryLexicon.from_dict({"taiwan_names_not_in_simplified": {"SL": ""}})
    with pytest.raises(GazetteerError, match="taiwan_names_not_in_simplified.sl: the key must be"):
        CountryLexicon.from_dict({"taiwan_names_not_in_simplified": {"sl": "x"}})
    lexicon = CountryLexicon.from_dict({"taiwan_names_not_in_simplified": {"AZ": "test"}})
    assert "亚塞拜然" not in lexicon.country_forms("zh-Hans")["AZ"]
    assert lexicon.to_dict()["taiwan_names_not_in_simplified"] == {"AZ": "test"}
