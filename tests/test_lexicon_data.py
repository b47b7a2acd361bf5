"""The built-in lexicons (people.json, countries.json, offices.json): shape and consistency.

The loaders check what they must to read a file; these tests hold the shipped data to more:
one entry per person id, real ISO codes, declared organisations, ordered dates, terms that
do not overlap, clean names in the five languages, and the canonical layout.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import babel
import pytest

from readoutparse.readout.countries import CountryLexicon
from readoutparse.readout.gazetteer import Gazetteer
from readoutparse.readout.lexicon_format import DATA, FILES, canonical
from readoutparse.readout.offices import OfficeLexicon
from readoutparse.readout.people import OFFICES

LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ar", "vi")
TERRITORIES = frozenset(str(code) for code in babel.Locale("en").territories if str(code).isalpha() and len(str(code)) == 2)
# Codes CLDR lists that are not countries, and so are never a person's or a lexicon's country.
NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"})


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text("utf-8"))


PEOPLE = _load("people.json")
COUNTRIES = _load("countries.json")
OFFICE_WORDS = _load("offices.json")
ORGANISATIONS = frozenset(COUNTRIES.get("organisations", {}))


def _people() -> list[dict[str, Any]]:
    return list(PEOPLE["people"])


def _strings(groups: dict[str, Any], where: str) -> Iterator[tuple[str, str, str]]:
    """(where, language, string) of a names/short mapping."""
    for lang, values in groups.items():
        for value in values:
            yield where, lang, value


def _all_strings() -> Iterator[tuple[str, str, str]]:
    for person in _people():
        for key in ("names", "short"):
            yield from _strings(person.get(key, {}), f"people {person['id']}.{key}")
    for section in ("countries", "organisations"):
        for code, entry in COUNTRIES.get(section, {}).items():
            for key in ("names", "short"):
                yield from _strings(entry.get(key, {}), f"{section}.{code}.{key}")
    for oid, langs in OFFICE_WORDS["offices"].items():
        yield from _strings(langs, f"offices.{oid}")
    for key in ("exclude", "ambiguous"):
        yield from _strings(PEOPLE.get(key, {}), key)


# ---- formats and loaders
def test_format_keys() -> None:
    assert PEOPLE["format"] == "readoutparse-gazetteer/2"
    assert COUNTRIES["format"] == "readoutparse-countries/1"
    assert OFFICE_WORDS["format"] == "readoutparse-offices/1"
    assert "countries" not in PEOPLE, "format 2 keeps country words in countries.json"


def test_the_engines_loaders_read_every_file() -> None:
    gazetteer = Gazetteer.from_dict(PEOPLE, name="people.json")
    assert len(gazetteer) == len(_people())
    CountryLexicon.from_dict(COUNTRIES, name="countries.json")
    OfficeLexicon.from_dict(OFFICE_WORDS, name="offices.json")


@pytest.mark.parametrize("name", FILES)
def test_files_are_in_canonical_form(name: str) -> None:
    text = (DATA / name).read_text("utf-8")
    assert canonical(name, json.loads(text)) == text, \
        f"{name} is not in canonical form: run python -m readoutparse.readout.lexicon_format"


def test_canonical_form_keeps_the_data_and_is_stable() -> None:
    for name in FILES:
        data = _load(name)
        once = canonical(name, data)
        assert json.loads(once) == data
        assert canonical(name, json.loads(once)) == once


# ---- people
def test_person_ids_are_unique() -> None:
    # Gazetteer.extend merges a repeated id; in the shipped file a repeat is a mistake.
    seen: dict[str, int] = {}
    repeated = []
    for i, person in enumerate(_people()):
        if person["id"] in seen:
            repeated.append((person["id"], seen[person["id"]], i))
        seen[person["id"]] = i
    assert not repeated


def test_person_keys_and_sources() -> None:
    allowed = {"id", "country", "organisation", "names", "short", "offices", "source"}
    for person in _people():
        assert set(person) <= allowed, person["id"]
        assert isinstance(person.get("source"), str) and person["source"].strip(), f"{person['id']}: no source"
        assert person.get("country") is not None or person.get("organisation") is not None \
            or not person["offices"], f"{person['id']}: an office holder needs a country or an organisation"


def test_countries_are_iso_codes() -> None:
    for person in _people():
        codes = [person.get("country")] + [o.get("country") for o in person["offices"]]
        for code in codes:
            if code is not None:
                assert code in TERRITORIES and code not in NOT_COUNTRIES, f"{person['id']}: {code!r}"
    for code in COUNTRIES["countries"]:
        assert code in TERRITORIES and code not in NOT_COUNTRIES, code


def test_organisations_are_declared() -> None:
    for person in _people():
        orgs = [person.get("organisation")] + [o.get("organisation") for o in person["offices"]]
        for org in orgs:
            if org is not None:
                assert org in ORGANISATIONS, f"{person['id']}: organisation {org!r} not in countries.json"


def _day(value: Any, where: str) -> dt.date:
    assert isinstance(value, str), f"{where}: {value!r}"
    return dt.date.fromisoformat(value)


def test_office_terms_are_valid_and_ordered() -> None:
    today = dt.date(2026, 12, 31)
    for person in _people():
        for i, office in enumerate(person["offices"]):
            where = f"{person['id']}.offices[{i}]"
            assert set(office) <= {"office", "title", "from", "to", "country", "organisation"}, where
            assert office["office"] in OFFICES, where
            assert isinstance(office.get("title"), str) and office["title"].strip(), where
            start = _day(office["from"], where)
            if office["to"] is not None:
                end = _day(office["to"], where)
                assert start <= end, where
                assert end <= today, where
            assert start <= today, where


def test_no_office_overlaps_itself() -> None:
    for person in _people():
        terms = defaultdict(list)
        for office in person["offices"]:
            key = (office["office"], office["title"], office.get("country"), office.get("organisation"))
            end = dt.date.max if office["to"] is None else dt.date.fromisoformat(office["to"])
            terms[key].append((dt.date.fromisoformat(office["from"]), end))
        for key, spans in terms.items():
            spans.sort()
            for (_, end), (start, _) in zip(spans, spans[1:]):
                assert end <= start, f"{person['id']}: {key} terms overlap"


def test_every_person_has_english_and_simplified_names() -> None:
    for person in _people():
        for lang in ("en", "zh-Hans"):
            assert person["names"].get(lang), f"{person['id']}: no {lang} name"


def test_no_full_name_is_shared_unless_allowed() -> None:
    allowed = {(lang, name) for lang, names in PEOPLE.get("ambiguous", {}).items() for name in names}
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for person in _people():
        for lang, names in person["names"].items():
            for name in names:
                owners[(lang, name)].add(person["id"])
    shared = {k: v for k, v in owners.items() if len(v) > 1 and k not in allowed}
    assert not shared
    unused = {k for k in allowed if len(owners.get(k, ())) < 2}
    assert not unused, "an 'ambiguous' allowance no two people need"


def test_exclusions_are_no_ones_full_name() -> None:
    names = {(lang, n) for p in _people() for lang, ns in p["names"].items() for n in ns}
    for lang, values in PEOPLE.get("exclude", {}).items():
        for value in values:
            assert (lang, value) not in names, f"exclude.{lang}: {value!r} is a person's name"


# ---- every string of every file
def test_strings_are_clean() -> None:
    for where, lang, value in _all_strings():
        assert lang in LANGUAGES, f"{where}: language {lang!r}"
        assert isinstance(value, str) and value.strip(), f"{where}.{lang}: empty"
        assert value == value.strip(), f"{where}.{lang}: {value!r} has outer spaces"
        assert unicodedata.is_normalized("NFC", value), f"{where}.{lang}: {value!r} is not NFC"
        assert "  " not in value, f"{where}.{lang}: {value!r} has a double space"


def test_no_string_is_listed_twice_in_one_list() -> None:
    for person in _people():
        for key in ("names", "short"):
            for lang, values in person.get(key, {}).items():
                assert len(values) == len(set(values)), f"{person['id']}.{key}.{lang}"
        for lang, values in person.get("short", {}).items():
            assert not set(values) & set(person["names"].get(lang, ())), f"{person['id']}: short repeats a name"


# ---- countries and organisations
def test_country_entries_have_names_or_short_forms() -> None:
    for section in ("countries", "organisations"):
        for code, entry in COUNTRIES[section].items():
            assert set(entry) <= {"names", "short"} and entry, f"{section}.{code}"


def test_organisations_have_names_in_every_language() -> None:
    for org, entry in COUNTRIES["organisations"].items():
        for lang in LANGUAGES:
            assert entry.get("names", {}).get(lang), f"organisations.{org}: no {lang} name"


# ---- offices
def test_every_office_id_has_words_in_every_language() -> None:
    assert set(OFFICE_WORDS["offices"]) == set(OFFICES)
    for oid in OFFICES:
        for lang in LANGUAGES:
            assert OFFICE_WORDS["offices"][oid].get(lang), f"offices.{oid}: no {lang} words"


@pytest.mark.parametrize("lang,word,oid", [
    ("zh-Hant", "總統", "head_of_state"), ("zh-Hant", "行政院長", "head_of_government"),
    ("zh-Hant", "外交部長", "foreign_minister"), ("zh-Hant", "國防部長", "defence_minister"),
    ("zh-Hans", "首相", "head_of_government"), ("zh-Hans", "外相", "foreign_minister"),
    ("zh-Hans", "外交大臣", "foreign_minister"), ("zh-Hans", "防卫大臣", "defence_minister"),
    ("zh-Hans", "国务卿", "foreign_minister"), ("zh-Hant", "國務卿", "foreign_minister"),
    ("zh-Hans", "财政部长", "minister"), ("vi", "Chủ tịch nước", "head_of_state"),
    ("vi", "Ngoại trưởng", "foreign_minister"), ("vi", "Bộ trưởng Quốc phòng", "defence_minister"),
    ("vi", "Tổng Bí thư", "party_leader"), ("vi", "Đại sứ", "ambassador"), ("vi", "Đặc phái viên", "envoy"),
    ("ar", "وزير الخارجية", "foreign_minister"), ("ar", "وزيرة الخارجية", "foreign_minister"),
    ("zh-Hant", "助卿", "official"), ("zh-Hans", "次卿", "official"), ("zh-Hans", "国家安全事务助理", "adviser"),
    ("zh-Hans", "国家安保室室长", "adviser"), ("zh-Hans", "执委会主席", "organisation_head"),
    ("zh-Hant", "參議長", "speaker"),
])
def test_office_words_the_readers_need(lang: str, word: str, oid: str) -> None:
    assert word in OFFICE_WORDS["offices"][oid][lang]


def test_the_gazetteer_is_worth_the_name() -> None:
    people = _people()
    assert len(people) >= 400
    assert sum(1 for p in people if p["country"] == "TW") >= 20


def test_no_country_or_organisation_form_names_two_entries() -> None:
    owner: dict[tuple[str, str], str] = {}
    for section in ("countries", "organisations"):
        for code, entry in COUNTRIES[section].items():
            for lang, values in entry.get("names", {}).items():
                for value in values:
                    known = owner.setdefault((lang, value), code)
                    assert known == code, f"{lang} {value!r} names both {known} and {code}"


def test_no_short_form_names_two_countries() -> None:
    owner: dict[tuple[str, str], str] = {}
    for code, entry in COUNTRIES["countries"].items():
        for lang, values in entry.get("short", {}).items():
            for value in values:
                known = owner.setdefault((lang, value), code)
                assert known == code, f"short {lang} {value!r} names both {known} and {code}"


def test_territories_without_diplomacy_are_marked() -> None:
    part_of = COUNTRIES["part_of"]
    assert part_of == {"HK": "CN", "MO": "CN"}
    for code, sovereign in part_of.items():
        assert code in TERRITORIES and sovereign in TERRITORIES
    assert not any(p["country"] in part_of for p in _people()), "HK and MO officials are listed under CN"


@pytest.mark.parametrize("pid,group,lang,name", [
    ("mike_pompeo", "names", "zh-Hans", "蓬佩奥"), ("mike_pompeo", "names", "zh-Hant", "蓬佩奧"),
    ("mike_pompeo", "names", "zh-Hant", "蓬佩歐"), ("joe_biden", "names", "zh-Hant", "拜登"),
    ("jake_sullivan", "names", "zh-Hans", "苏利文"), ("jake_sullivan", "names", "zh-Hant", "蘇利文"),
    ("antony_blinken", "names", "zh-Hant", "布林肯"), ("mark_esper", "names", "zh-Hans", "埃斯珀"),
    ("mark_esper", "names", "zh-Hant", "艾斯培"), ("tsai_ing_wen", "names", "vi", "Thái Anh Văn"),
    ("dominic_raab", "short", "zh-Hans", "拉布"), ("boris_johnson", "short", "zh-Hans", "约翰逊"),
    ("vladimir_putin", "names", "ar", "بوتين"), ("wei_fenghe", "names", "vi", "Ngụy Phượng Hòa"),
    # Forms the archive prints (CNA, RFI, Zaobao): a missing one loses the participant.
    ("benjamin_netanyahu", "names", "zh-Hans", "尼坦雅胡"), ("benjamin_netanyahu", "names", "zh-Hant", "尼坦雅胡"),
    ("tsai_ing_wen", "names", "zh-Hant", "蔡總統"), ("milos_vystrcil", "names", "zh-Hans", "维特奇"),
    ("suh_hoon", "names", "zh-Hans", "徐薰"), ("suh_hoon", "names", "zh-Hans", "徐勋"),
    ("david_stilwell", "names", "zh-Hant", "史達偉"), ("zohrab_mnatsakanyan", "names", "zh-Hans", "姆纳察卡尼扬"),
    ("alex_azar", "short", "zh-Hant", "阿札"), ("barham_salih", "short", "zh-Hans", "萨利赫"),
    ("ibrahim_mohamed_solih", "short", "zh-Hans", "萨利赫"),
])
def test_names_readers_rely_on(pid: str, group: str, lang: str, name: str) -> None:
    person = next(p for p in _people() if p["id"] == pid)
    assert name in person.get(group, {}).get(lang, ()), (pid, group, lang, name)


@pytest.mark.parametrize("code,lang,form", [
    ("RU", "ar", "الروسي"), ("RU", "ar", "الروسية"), ("RU", "vi", "phía Nga"), ("RU", "en", "Kremlin"),
    ("US", "zh-Hans", "白宫"), ("RU", "zh-Hans", "克里姆林宫"), ("GB", "zh-Hans", "唐宁街"), ("KR", "zh-Hans", "青瓦台"),
    ("FR", "zh-Hans", "爱丽舍宫"), ("FR", "en", "Élysée"), ("GB", "en", "Downing Street"), ("NR", "zh-Hans", "瑙方"),
])
def test_country_forms_readers_rely_on(code: str, lang: str, form: str) -> None:
    assert form in COUNTRIES["countries"][code]["names"][lang]


@pytest.mark.parametrize("org", ["UN", "EU", "NATO", "ASEAN", "AU", "WHO", "IAEA", "WTO", "IMF", "WB", "SCO", "BRICS",
                                 "GCC", "LAS", "OIC", "APEC", "G7", "G20", "OPEC", "ICC", "ICJ", "IOC"])
def test_organisations_readers_rely_on(org: str) -> None:
    assert org in ORGANISATIONS
