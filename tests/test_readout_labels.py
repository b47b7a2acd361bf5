"""The hand-read readout labels of real archive posts, and the scorer that uses them.

The label file is data: its shape is checked here so a hand edit that breaks it fails at once.
The scorer's matching rules are checked on small made-up records.  The last test scores the
readout on a subset of the real archive (skipped when ``../shared/corpora`` is absent) and
asserts regression floors pinned at what the engine reads today.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import sys
import tarfile
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "labels" / "readout_archive.json"
ARCHIVE = ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz"
ARCHIVE_SHA256 = "5c09709523fe71385c5e365b1d652dceed82b29c19ee5cceeefe407868ab88c0"

CONTACTS = {"held", "planned", "none"}
KINDS = {"phone_call", "video_call", "meeting", "message_exchange"}
OFFICES = {
    "head_of_state", "head_of_government", "deputy_head", "foreign_minister", "defence_minister",
    "minister", "speaker", "legislator", "envoy", "ambassador", "party_leader", "monarch",
    "secretary_general", "organisation_head", "adviser", "official",
}
LABEL_KEYS = {"path", "outlet", "contact", "kind", "multilateral", "participants", "initiator", "host",
              "event_date", "note"}
PARTICIPANT_KEYS = {"name", "names", "id", "country", "organisation", "office"}
SNAKE_ID = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
ISO2 = re.compile(r"[A-Z]{2}")
ORGANISATION = re.compile(r"[A-Z][A-Za-z]{1,9}")
# Facts only: a name or a note longer than this would start to quote the post.
MAX_NAME, MAX_NOTE = 40, 200


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readout_score", ROOT / "bench" / "readout_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["readout_score"] = module
    spec.loader.exec_module(module)
    return module


score = load_scorer()


def read_labels(path: Path) -> dict[str, Any]:
    """A label file's document: its header and its ``labels``."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return read_labels(LABELS)


@pytest.fixture(scope="module")
def labels(document: dict[str, Any]) -> list[dict[str, Any]]:
    return list(document["labels"])


# --- the label file ---------------------------------------------------------------------------


def test_header(document: dict[str, Any]) -> None:
    assert document["format"] == "readoutparse-readout-labels/1"
    assert document["archive"] == "waimei-posts.tar.xz"
    assert document["sha256"] == ARCHIVE_SHA256
    assert set(document) == {"format", "archive", "sha256", "labels"}


def test_enough_labels_of_every_kind(labels: list[dict[str, Any]]) -> None:
    contacts = Counter(label["contact"] for label in labels)
    assert len(labels) >= 150
    assert contacts["held"] >= 70 and contacts["planned"] >= 25 and contacts["none"] >= 55
    assert len({label["outlet"] for label in labels}) >= 15


def test_paths_are_archive_members(labels: list[dict[str, Any]]) -> None:
    paths = [label["path"] for label in labels]
    assert len(paths) == len(set(paths)), "a post is labelled twice"
    for path in paths:
        assert re.fullmatch(r"(?:_posts|archived/[^/\n]+)/[^/\n]+\.md", path), path


def shape_errors(labels: list[dict[str, Any]]) -> list[str]:
    """Every label's departure from the documented shape, as ``path: what``."""
    errors = []
    for label in labels:
        try:
            check_label(label)
        except AssertionError as error:
            errors.append(f"{label.get('path')}: {error}")
    return errors


def test_every_label_has_the_documented_shape(labels: list[dict[str, Any]]) -> None:
    assert shape_errors(labels) == []


def check_label(label: dict[str, Any]) -> None:
    where = label["path"]
    assert set(label) == LABEL_KEYS, where
    assert label["contact"] in CONTACTS, where
    assert isinstance(label["multilateral"], bool), where
    assert isinstance(label["note"], str) and 0 < len(label["note"]) <= MAX_NOTE, where
    assert isinstance(label["outlet"], str) and label["outlet"], where
    if label["contact"] == "none":
        assert label["kind"] is None and label["participants"] == [], where
        assert label["initiator"] is None and label["host"] is None and label["event_date"] is None, where
        return
    assert label["kind"] in KINDS, where
    assert label["participants"], where
    for person in label["participants"]:
        check_participant(person, where)
    if label["event_date"] is not None:
        dt.date.fromisoformat(label["event_date"])
    for role in ("initiator", "host"):
        ref = label[role]
        if ref is not None:
            assert any(ref == p["id"] or ref == p["name"] or ref in p["names"] for p in label["participants"]), \
                f"{where}: {role} {ref!r} is none of the participants"


def check_participant(person: dict[str, Any], where: str) -> None:
    assert set(person) == PARTICIPANT_KEYS, where
    name = person["name"]
    assert name is None or (isinstance(name, str) and 0 < len(name) <= MAX_NAME), where
    assert all(isinstance(n, str) and 0 < len(n) <= MAX_NAME for n in person["names"]), where
    assert person["id"] is None or SNAKE_ID.fullmatch(person["id"]), where
    assert person["country"] is None or ISO2.fullmatch(person["country"]), where
    assert person["organisation"] is None or ORGANISATION.fullmatch(person["organisation"]), where
    assert person["office"] is None or person["office"] in OFFICES, where
    # Someone named by nobody must at least be placed, or the scorer could never match them.
    if name is None and not person["names"]:
        assert person["office"] and (person["country"] or person["organisation"]), where


PAGE_LABELS = ROOT / "bench" / "labels" / "readout_pages.json"


def test_page_labels_have_the_documented_shape() -> None:
    # Keyed by address, not by archive member; every address is one the scorer can sort by format.
    document = json.loads(PAGE_LABELS.read_text(encoding="utf-8"))
    assert document["format"] == "readoutparse-readout-labels/1"
    labels = document["labels"]
    paths = [label["path"] for label in labels]
    assert len(paths) == len(set(paths)), "a page is labelled twice"
    errors = []
    for label in labels:
        try:
            assert re.fullmatch(r"https?://\S+", label["path"]), label["path"]
            assert score.page_format(label["path"]) != "other", label["path"]
            check_label(label)
        except AssertionError as error:
            errors.append(f"{label.get('path')}: {error}")
    assert errors == []
    formats = Counter(score.page_format(path) for path in paths)
    assert set(formats) == {"vov", "xinhua_bilingual", "xinhua_arabic"}


def test_page_format_is_told_by_the_address() -> None:
    assert score.page_format("https://vovworld.vn./vi-VN/tin-tuc/x-1.vov") == "vov"
    assert score.page_format("http://baoxuan.vov.vn/a.vov") == "vov"
    assert score.page_format("http://xitheory.china.com.cn/2025-07/21/content_1.htm") == "xinhua_bilingual"
    big5 = "http://big5.china.com.cn/gate/big5/xitheory.china.com.cn/2025-07/21/content_1.htm"
    assert score.page_format(big5) == "xinhua_bilingual"
    assert score.page_format("http://arabic.people.com.cn/n3/2021/0910/c1-2.html") == "xinhua_arabic"
    assert score.page_format("https://ara.yidaiyilu.gov.cn/p/1.html") == "xinhua_arabic"
    assert score.page_format("http://www.chinaarabcf.org/ara/t1.htm") == "xinhua_arabic"
    # A site name inside a path does not decide: only the portal's gateway keeps its host there.
    assert score.page_format("http://example.com/vov/arabic.html") == "other"


def test_pages_are_scored_per_format() -> None:
    rows = [{"path": "http://vov.vn/a.vov", "outlet": "o", "contact": "none", "has_readout": True},
            {"path": "http://arabic.news.cn/b.htm", "outlet": "o", "contact": "none", "has_readout": False}]
    figures = score.by_format(rows)
    assert set(figures) == {"vov", "xinhua_arabic"}
    assert figures["vov"]["none"]["with_readout"]["right"] == 1
    assert figures["xinhua_arabic"]["none"]["with_readout"]["right"] == 0


def test_planned_contacts_are_not_dated_before_their_post(labels: list[dict[str, Any]]) -> None:
    for label in labels:
        if label["contact"] != "planned" or label["event_date"] is None:
            continue
        posted = dt.date.fromisoformat(Path(label["path"]).name[:10])
        assert dt.date.fromisoformat(label["event_date"]) >= posted - dt.timedelta(days=1), label["path"]


def test_one_person_has_one_id(labels: list[dict[str, Any]]) -> None:
    # The same id with two countries is a typo in one of the labels.
    countries: dict[str, set[str | None]] = {}
    for label in labels:
        for person in label["participants"]:
            if person["id"]:
                countries.setdefault(person["id"], set()).add(person["country"])
    assert {pid: c for pid, c in countries.items() if len(c) > 1} == {}


# --- the scorer's rules ----------------------------------------------------------------------


def person(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"id": None, "name": None, "names": [], "country": None, "organisation": None,
                            "office": None}
    base.update(values)
    return base


def test_people_match_by_id_when_both_have_one() -> None:
    assert score.person_matches(person(id="wang_yi", name="王毅"), person(id="wang_yi", name="Wang"))
    assert not score.person_matches(person(id="wang_yi", name="王毅"), person(id="wang_qishan", name="王毅"))


def test_people_match_by_name_either_way_and_across_scripts() -> None:
    label = person(name="蘇杰生", names=["Jaishankar"])
    assert score.person_matches(person(name="苏杰生"), label)
    assert score.person_matches(person(name="S. Jaishankar"), label)
    assert score.person_matches(person(name="印度外长苏杰生"), label)
    assert not score.person_matches(person(name="苏"), label)
    assert not score.person_matches(person(name="辛格"), label)


def test_people_named_by_nobody_match_by_country_and_office() -> None:
    label = person(country="ZM", office="head_of_state")
    assert score.person_matches(person(name="希奇莱马", country="ZM", office="head_of_state"), label)
    assert not score.person_matches(person(name="X", country="ZM", office="foreign_minister"), label)
    un = person(organisation="UN", office="secretary_general")
    assert score.person_matches(person(name="古特雷斯", organisation="UN", office="secretary_general"), un)


def test_matching_is_one_to_one() -> None:
    labels = [person(name="王毅"), person(name="王毅夫人")]
    preds = [person(name="王毅")]
    assert score.match(preds, labels) == {0: 0}


def readout(**values: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"kind": "phone_call", "participants": [], "initiator": None, "event_date": None,
                            "status": None}
    base.update(values)
    return base


def test_an_old_schema_readout_is_scored_without_a_status() -> None:
    label = {"path": "p", "outlet": "o", "contact": "held", "kind": "phone_call",
             "participants": [person(id="xi_jinping", name="习近平"), person(id="emmanuel_macron", name="马克龙")],
             "initiator": "emmanuel_macron", "event_date": "2020-12-09"}
    pred = readout(participants=[person(id="xi_jinping", name="习近平"), person(id=None, name="马克龙")],
                   initiator="马克龙", event_date="2020-12-09")
    row = score.score_one(label, pred, dt.datetime(2020, 12, 10, 2, tzinfo=dt.timezone.utc))
    assert row["kind"] and row["participants_complete"] and row["event_date"] and row["initiator"]
    assert row["all_four"] and not row["status"]


def test_a_planned_contact_dated_a_year_early_is_caught() -> None:
    label = {"path": "p", "outlet": "o", "contact": "planned", "kind": "phone_call",
             "participants": [person(id="yoshihide_suga")], "initiator": None, "event_date": "2020-09-25"}
    early = score.score_one(label, readout(event_date="2019-09-25", status="planned"),
                            dt.datetime(2020, 9, 22, 11, 55, tzinfo=dt.timezone.utc))
    assert early["status"] and not early["not_before_page"]
    # A page stamped just after midnight UTC is still the evening before in the Americas.
    late = score.score_one(label, readout(event_date="2020-09-21", status="planned"),
                           dt.datetime(2020, 9, 22, 1, 0, tzinfo=dt.timezone.utc))
    assert late["not_before_page"]


def test_summary_counts_false_readouts_on_posts_without_contact() -> None:
    rows = [{"path": "a", "outlet": "o", "contact": "none", "has_readout": True},
            {"path": "b", "outlet": "o", "contact": "none", "has_readout": False}]
    summary = score.summarise(rows)
    assert summary["none"]["with_readout"] == {"right": 1, "of": 2, "share": 0.5}


def test_the_census_cue_ignores_posts_without_contact_words() -> None:
    assert score.CONTACT_CUE.search("习近平同普京通电话") and score.CONTACT_CUE.search("两人通话")
    assert score.CONTACT_CUE.search("Pompeo met Lavrov")
    assert not score.CONTACT_CUE.search("Ubuntu 20.10 释出了正式版本")


# --- the real archive ------------------------------------------------------------------------

SUBSET = 40  # the first labelled members in archive order: streaming stops after about a fifth


@pytest.fixture(scope="module")
def archive_rows(labels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not ARCHIVE.is_file():
        pytest.skip(f"{ARCHIVE} is absent: the real-archive readout score needs ../shared/corpora")
    by_path = {label["path"]: label for label in labels}
    rows: list[dict[str, Any]] = []
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        for member in tar:
            label = by_path.get(member.name)
            handle = tar.extractfile(member) if label is not None and member.isfile() else None
            if label is None or handle is None:
                continue
            pred, published, _ = score.parse_one(member.name, handle.read())
            rows.append(score.score_one(label, pred, published))
            if len(rows) == SUBSET:
                break
    return rows


def test_the_subset_is_found_in_the_archive(archive_rows: list[dict[str, Any]]) -> None:
    assert len(archive_rows) == SUBSET
    assert {row["contact"] for row in archive_rows} == CONTACTS


# Regression floors on the subset, pinned at what the engine reads today (trafilatura's
# eval-gate idea): a change may raise them, never lower them quietly.  The targets
# (75% all four, 80% complete, recall 0.90, precision 0.95) are not met yet; the whole
# label set is scored by `bench/readout_score.py` (figures in bench/labels/README.md).


def test_held_contacts_floor(archive_rows: list[dict[str, Any]]) -> None:
    held = score.summarise(archive_rows)["held"]
    assert held["all_four"]["share"] >= 0.37
    assert held["participants_complete"]["share"] >= 0.5


def test_people_floor(archive_rows: list[dict[str, Any]]) -> None:
    people = score.summarise(archive_rows)["people"]
    assert people["recall"] >= 0.70 and people["precision"] >= 0.86


def test_planned_floor(archive_rows: list[dict[str, Any]]) -> None:
    planned = score.summarise(archive_rows)["planned"]
    assert planned["status"]["share"] >= 0.8 and planned["not_before_page"]["share"] == 1.0


def test_no_contact_floor(archive_rows: list[dict[str, Any]]) -> None:
    # The labelled posts without contact are mostly traps, so this bound is looser than the
    # archive-wide 0.3% (estimated by `bench/readout_score.py --census`).
    assert score.summarise(archive_rows)["none"]["with_readout"]["share"] <= 0.05


# --- the cached real pages of the other formats ---------------------------------------------


@pytest.fixture(scope="module")
def page_rows() -> list[dict[str, Any]]:
    # The page text is never committed: the caches exist only where someone fetched the pages.
    documents = list(score.page_documents())
    if not documents:
        pytest.skip("no cached real pages (bench/.pages-readout/, bench/.pages/, bench/.pages-ar/)")
    rows, _ = score.score(score.load_labels(score.PAGE_LABELS), documents)
    if len(rows) < 80:
        pytest.skip(f"only {len(rows)} labelled pages cached: the floors are pinned on the whole set")
    page_list: list[dict[str, Any]] = rows
    return page_list


def test_page_floors(page_rows: list[dict[str, Any]]) -> None:
    # Pinned at the figures of branch r-pages (bench/labels/README.md); raise them as the engine improves.
    summary = score.summarise(page_rows)
    assert summary["held"]["all_four"]["share"] >= 0.57
    assert summary["held"]["participants_complete"]["share"] >= 0.61
    assert summary["people"]["recall"] >= 0.73 and summary["people"]["precision"] >= 0.91
    assert summary["none"]["with_readout"]["share"] == 0.0


def raw_post(title: str, lead: str) -> bytes:
    return (f'---\nlayout: post\ntitle: "{title}"\nauthor: x\n---\n<!--1-->\n[{title}](http://x/talks)\n------\n'
            f"<div><p>{lead}</p></div>\n").encode()


def test_strata_come_from_the_raw_post() -> None:
    assert score.stratum(raw_post("习近平同普京通电话", "…")) == "S2"
    assert score.stratum(raw_post("疫情", "两国外长会谈")) == "S1"
    # The title repeated in the link line and words in addresses are no cue.
    assert score.stratum(raw_post("股市", "<a href='http://x/meet'>Ubuntu</a> 新版本")) == "S0"


def test_census_scales_the_hand_read_sample_to_each_stratum(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    posts = {  # name: (title, lead, has a readout)
        "a": ("Ubuntu 释出", "新版本", False),           # S0, no readout
        "b": ("股市", "Ubuntu 新版本", True),             # S0: a readout here is false for certain
        "c": ("疫情", "两国外长会谈", True),              # S1, sampled, labelled none: false
        "d": ("疫情", "外长会谈", False),                 # S1, sampled, labelled held
        "e": ("疫情", "会议", False),                     # S1, not sampled
        "f": ("习近平同普京通电话", "…", True),            # S2, sampled, held
    }
    parsed = {name: SimpleNamespace(readout=SimpleNamespace(kind="meeting") if has else None)
              for name, (_, _, has) in posts.items()}
    monkeypatch.setattr(score.readoutparse, "parse", lambda data, name: parsed[name])
    labels = [{"path": "c", "contact": "none"}, {"path": "d", "contact": "held"}, {"path": "f", "contact": "held"}]
    sample = {"paths": {"S1": ["c", "d"], "S2": ["f"]}}
    documents = ((name, raw_post(title, lead)) for name, (title, lead, _) in posts.items())
    result = score.census(documents, labels, sample)
    assert result["strata"]["S0"] == {"posts": 2, "readouts": 1}
    assert result["strata"]["S1"]["posts"] == 3 and result["strata"]["S1"]["sampled_without_contact_with_readout"] == 1
    # False readouts: 1 in S0 + 3 * 1/2 in S1 + 0 in S2; contact-free posts: 2 + 3 * 1/2 + 0.
    assert result["false_readouts_estimate"] == round(1 + 1.5)
    assert result["false_positive_share_estimate"] == round(2.5 / 3.5, 4)
