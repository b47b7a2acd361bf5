"""The gazetteer: built-in data, loading, extension, custom gazetteers, office at a date."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from readoutparse.model import Article
from readoutparse.readout import Gazetteer, GazetteerError, extract_readout
from readoutparse.readout.scan import LANGUAGES

D = dt.date
COUNTRIES = ["CN", "RU", "US", "GB", "FR", "DE", "JP", "IN", "VN", "IR", "IL", "SA", "BR", "ZA"]
HEADS = {"head_of_state", "head_of_government", "monarch", "party_leader"}
FOREIGN = {"foreign_minister"}


@pytest.fixture(scope="module")
def builtin() -> Gazetteer:
    return Gazetteer.builtin()


def test_builtin_is_cached(builtin: Gazetteer) -> None:
    assert Gazetteer.builtin() is builtin
    assert len(builtin) > 100


def test_builtin_is_not_loaded_by_importing_the_package() -> None:
    code = (
        "import sys, readoutparse\n"
        "g = sys.modules.get('readoutparse.readout.gazetteer')\n"
        "print(0 if g is None else g.Gazetteer.builtin.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "0"


@pytest.mark.parametrize("country", COUNTRIES)
@pytest.mark.parametrize("day", [D(2013, 6, 1), D(2016, 6, 1), D(2019, 6, 1), D(2022, 6, 1), D(2025, 6, 1),
                                 D(2026, 1, 1)])
def test_every_country_has_a_head_and_a_foreign_minister(builtin: Gazetteer, country: str, day: dt.date) -> None:
    offices = {o.office for p in builtin if p.country == country for o in p.offices_on(day)}
    assert offices & HEADS, (country, day, offices)
    assert offices & FOREIGN, (country, day, offices)


G20 = frozenset("AR AU BR CA CN FR DE IN ID IT JP MX RU SA ZA KR TR GB US".split())


def test_people_have_names_in_every_script(builtin: Gazetteer) -> None:
    # An uncertain transliteration is left out rather than guessed; Arabic is required of
    # the G20's heads of state and government, whom Xinhua's Arabic pages name most.
    for person in builtin:
        for language in ("zh-Hans", "zh-Hant", "en"):
            assert person.names.get(language), (person.id, language)
        heads = [o for o in person.offices if o.office in HEADS and (o.end is None or o.end.year >= 2013)]
        if person.country in G20 and heads:
            assert person.names.get("ar"), (person.id, "ar")
        # Vietnamese writes Western names in Latin letters: "en" is its fallback.
        assert person.names.get("vi") or "en" in builtin.fallbacks["vi"]


def test_terms_in_one_office_do_not_overlap(builtin: Gazetteer) -> None:
    terms: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for person in builtin:
        for office in person.offices:
            # People of an organisation (country null) held national offices of several countries.
            if office.office in HEADS | FOREIGN and office.start and person.country:
                terms.setdefault((person.country, office.title), []).append(
                    (office.start, office.end or D(9999, 1, 1)))
    for key, spans in terms.items():
        spans.sort()
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert start >= end, (key, spans)  # a handover day may be shared


@pytest.mark.parametrize(("name", "language", "person_id"), [
    ("Xi", "en", "xi_jinping"), ("شي جين بينغ", "ar", "xi_jinping"), ("ông Tập", "vi", "xi_jinping"),
    ("Ông Tập", "vi", "xi_jinping"), ("普京", "zh-Hans", "vladimir_putin"), ("普丁", "zh-Hant", "vladimir_putin"),
    ("普京", "zh-Hant", "vladimir_putin"), ("Vương Nghị", "vi", "wang_yi"), ("وانغ يي", "ar", "wang_yi"),
    ("لافروف", "ar", "sergey_lavrov"), ("Blinken", "vi", "antony_blinken"), ("Sergei Lavrov", "en", "sergey_lavrov"),
    ("習近平", "zh-Hans", "xi_jinping"), ("Putin", None, "vladimir_putin"),
])
def test_find_names(builtin: Gazetteer, name: str, language: str | None, person_id: str) -> None:
    assert [p.id for p in builtin.find(name, language=language)] == [person_id]


@pytest.mark.parametrize(("person_id", "day", "office"), [
    ("xi_jinping", D(2012, 1, 1), "deputy_head"),
    ("xi_jinping", D(2013, 1, 1), "party_leader"),
    ("xi_jinping", D(2013, 3, 14), "head_of_state"),
    ("wang_yi", D(2023, 3, 1), "official"),
    ("wang_yi", D(2023, 8, 1), "foreign_minister"),
    ("joe_biden", D(2015, 5, 1), "deputy_head"),
    ("joe_biden", D(2025, 6, 1), None),
    ("donald_trump", D(2022, 1, 1), None),
    ("donald_trump", D(2025, 2, 1), "head_of_state"),
    ("david_cameron", D(2015, 1, 1), "head_of_government"),
    ("david_cameron", D(2024, 1, 1), "foreign_minister"),
    ("fumio_kishida", D(2015, 1, 1), "foreign_minister"),
    ("fumio_kishida", D(2022, 1, 1), "head_of_government"),
    ("to_lam", D(2024, 9, 1), "party_leader"),
    ("to_lam", D(2024, 6, 1), "head_of_state"),
    ("antony_blinken", D(2020, 1, 1), None),
    ("antony_blinken", None, None),
])
def test_office_at_date(builtin: Gazetteer, person_id: str, day: dt.date | None, office: str | None) -> None:
    assert builtin.office_of(person_id, day) == office


def test_ambiguous_short_name_prefers_the_office_holder(builtin: Gazetteer) -> None:
    extended = builtin.extend({"people": [
        {"id": "other_putin", "country": "RU", "names": {"en": ["Putin"]},
         "offices": [{"office": "official", "title": "mayor", "from": "1990-01-01", "to": "1991-01-01"}]}]})
    found = extended.find("Putin", language="en", on=D(2020, 1, 1))
    assert [p.id for p in found][0] == "vladimir_putin"


CUSTOM = {
    "format": "readoutparse-gazetteer/2",
    "people": [{"id": "anwar_ibrahim", "country": "MY",
                "names": {"en": ["Anwar Ibrahim", "Anwar"], "zh-Hans": ["安瓦尔"], "ar": ["أنور إبراهيم"]},
                "offices": [{"office": "head_of_government", "title": "prime minister", "from": "2022-11-24",
                             "to": None}],
                "source": "written for this test"}],
}
# The same person in format 1: free office titles and a countries section.
LEGACY = {
    "format": "readoutparse-gazetteer/1",
    "people": [{"id": "anwar_ibrahim", "country": "MY", "names": {"en": ["Anwar Ibrahim", "Anwar"]},
                "offices": [{"office": "prime minister", "from": "2022-11-24", "to": None}]}],
    "countries": {"MY": {"en": ["Malaysia", "Malaysian"]}},
}


def _article(language: str, text: str, published: dt.date = D(2025, 7, 11)) -> Article:
    return Article(parser="x", language=language, title="", paragraphs=(text,), published=published)


def test_custom_gazetteer_replaces_the_builtin(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(CUSTOM), encoding="utf-8")
    mine = Gazetteer.from_file(path)
    text = "Malaysian Prime Minister Anwar Ibrahim met with Chinese President Xi Jinping on Thursday."
    readout = extract_readout(_article("en", text), gazetteer=mine)
    assert readout is not None
    # Xi is not in this gazetteer: he is read by title and country, without an id.
    assert [(p.id, p.name, p.country) for p in readout.participants] == [
        ("anwar_ibrahim", "Anwar Ibrahim", "MY"), (None, "Xi Jinping", "CN")]
    assert readout.participants[0].office == "head_of_government"
    assert extract_readout(_article("en", text), gazetteer=path).participants == readout.participants


def test_extend_adds_people_and_names() -> None:
    extended = Gazetteer.builtin().extend(CUSTOM)
    text = "Malaysian Prime Minister Anwar Ibrahim met with Chinese President Xi Jinping on Thursday."
    readout = extract_readout(_article("en", text), gazetteer=extended)
    assert [p.id for p in readout.participants] == ["anwar_ibrahim", "xi_jinping"]
    assert readout.event_date == D(2025, 7, 10)
    # A new spelling for a known person merges into that person, offices intact.
    more = extended.extend({"people": [{"id": "xi_jinping", "names": {"en": ["President Xi"]}}]})
    assert more.person("xi_jinping").office_on(D(2025, 1, 1)).office == "head_of_state"
    assert "President Xi" in more.person("xi_jinping").names["en"]
    assert more.person("xi_jinping").country == "CN"
    assert "President Xi" not in Gazetteer.builtin().person("xi_jinping").names["en"]  # unchanged


def test_extend_from_file(tmp_path: Path) -> None:
    path = tmp_path / "more.json"
    path.write_text(json.dumps(CUSTOM), encoding="utf-8")
    assert "anwar_ibrahim" in Gazetteer.builtin().extend(path)


def test_round_trip_through_dict(builtin: Gazetteer) -> None:
    again = Gazetteer.from_dict(json.loads(json.dumps(builtin.to_dict())))
    assert [p.to_dict() for p in again] == [p.to_dict() for p in builtin]


@pytest.mark.parametrize(("data", "message"), [
    ({"format": "other/9"}, "unknown gazetteer format"),
    ({"people": {}}, "'people' must be a list"),
    ({"people": [{"id": "Bad Id"}]}, "'id'"),
    ({"people": [{"id": "a", "country": "USA"}]}, "ISO 3166"),
    ({"people": [{"id": "a", "names": {"en": "Al"}}]}, "list of non-empty strings"),
    ({"people": [{"id": "a", "offices": [{"office": "official", "from": "2020-13-01"}]}]}, "YYYY-MM-DD"),
    ({"people": [{"id": "a", "offices": [{"office": "official", "from": "2020-01-02", "to": "2020-01-01"}]}]},
     "before"),
    ({"people": [{"id": "a", "offices": [{"office": "mayor"}]}]}, r"people\[0\] 'a'.offices\[0\].office: 'mayor'"),
    ({"people": [{"id": "a", "organisation": "un"}]}, "'organisation'"),
    ({"people": [{"id": "a", "source": 3}]}, "'source'"),
    ({"people": [], "countries": {"MY": {"en": ["Malaysia"]}}}, "country lexicon"),
])
def test_invalid_gazetteers_are_explained(data: dict, message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        Gazetteer.from_dict(data)


def test_invalid_json_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(GazetteerError, match="broken.json"):
        Gazetteer.from_file(path)


def test_gazetteer_error_is_a_readoutparse_error() -> None:
    from readoutparse.errors import ReadoutParseError

    assert issubclass(GazetteerError, ReadoutParseError)


@pytest.mark.parametrize("language", [*LANGUAGES, "fr", None])
def test_matchers_compile_for_every_language(builtin: Gazetteer, language: str | None) -> None:
    assert builtin.matcher(language).table


def test_format_1_is_read_with_office_ids(tmp_path: Path) -> None:
    old = Gazetteer.from_dict(LEGACY)
    office = old.person("anwar_ibrahim").offices[0]
    assert (office.office, office.title) == ("head_of_government", "prime minister")
    text = "Malaysian Prime Minister Anwar Ibrahim met with Chinese President Xi Jinping on Thursday."
    readout = extract_readout(_article("en", text), gazetteer=old)
    assert readout.participants[0].country == "MY"


def test_organisation_people_have_no_country(builtin: Gazetteer) -> None:
    guterres = builtin.person("antonio_guterres")
    assert (guterres.country, guterres.organisation) == (None, "UN")
    assert builtin.participant("antonio_guterres", "Guterres", D(2020, 1, 1)).organisation == "UN"


def test_every_person_has_a_source_and_office_ids(builtin: Gazetteer) -> None:
    from readoutparse.readout.people import OFFICES

    for person in builtin:
        assert person.source, person.id
        assert person.country or person.organisation or not person.offices, person.id
        for office in person.offices:
            assert office.office in OFFICES and office.title, (person.id, office)
