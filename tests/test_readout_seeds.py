"""The five seed documents, read into Articles by hand, give the expected readouts.

The Articles are built here, not by the parsers, so these tests pin the readout
layer alone.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import attrs
import pytest

from readoutparse.model import Article, Dateline
from readoutparse.readout import enrich, extract_readout

HERE = Path(__file__).resolve().parent
SEED_DIRS = (HERE.parent / "seeds", HERE.parent.parent / "shared" / "seeds", Path("/work/shared/seeds"))
CST = dt.timezone(dt.timedelta(hours=8))


def seed_path(prefix: str) -> Path | None:
    for folder in SEED_DIRS:
        found = sorted(folder.glob(f"{prefix}_*.txt")) if folder.is_dir() else []
        if found:
            return found[0]
    return None


def _lines(path: Path) -> list[str]:
    return [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_000(path: Path) -> Article:
    lines = _lines(path)
    english = next(i for i, line in enumerate(lines) if i > 2 and sum(c.isascii() for c in line) > len(line) / 2)
    translation = Article(parser="x", language="en", title=lines[english], paragraphs=lines[english + 1:])
    return Article(parser="x", language="zh-Hant", title=lines[1], paragraphs=lines[3:english],
                   published=dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=CST), translations=(translation,))


def seed_001(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    title = re.search(r'^title: "(.*)"$', text, re.M).group(1)  # type: ignore[union-attr]
    paragraphs = [" ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split())
                  for p in re.findall(r"<p>(.*?)</p>", text, re.S)]
    return Article(parser="x", language="zh-Hans", title=title, paragraphs=[p for p in paragraphs if p],
                   published=dt.datetime(2021, 8, 26, 2, 42, 56, 371000, tzinfo=dt.timezone.utc))


def seed_002(path: Path) -> Article:
    lines = _lines(path)
    return Article(parser="x", language="ar", title=lines[1], paragraphs=lines[3:], published=dt.date(2025, 5, 19))


def seed_003(path: Path, *, split_dateline: bool = True) -> Article:
    lines = [line for line in _lines(path) if line != "صور ساخنة"]
    paragraphs = lines[3:]
    dateline = None
    if split_dateline:
        head, _, rest = paragraphs[0].partition("(شينخوا) ")
        paragraphs[0] = rest
        dateline = Dateline(place=head.split(" ")[0], date=dt.date(2025, 7, 10), agency="شينخوا")
    return Article(parser="x", language="ar", title=lines[1], paragraphs=paragraphs, dateline=dateline,
                   published=dt.datetime(2025, 7, 11, 9, 45, tzinfo=CST))


def seed_004(path: Path) -> Article:
    lines = _lines(path)
    end = lines.index("Mời quý độc giả theo dõi VOV.VN trên")
    body = list(lines[1:end])
    body[0] = body[0].removeprefix("VOV.VN - ")
    return Article(parser="x", language="vi", title=lines[0], paragraphs=body,
                   dateline=Dateline(agency="VOV.VN"))


BUILDERS = {"000": seed_000, "001": seed_001, "002": seed_002, "003": seed_003, "004": seed_004}


def article(number: str):
    path = seed_path(number)
    if path is None:
        pytest.skip("seed documents not found")
    return BUILDERS[number](path)


def ids(readout) -> list[str]:
    return [p.id for p in readout.participants]


def test_seed_000_chinese_and_english_halves() -> None:
    enriched = enrich(article("000"))
    zh, en = enriched.readout, enriched.translations[0].readout
    assert zh is not None and en is not None
    assert (zh.kind, ids(zh), zh.initiator, zh.event_date) == (
        "phone_call", ["xi_jinping", "vladimir_putin"], None, dt.date(2025, 6, 19))
    assert [(p.country, p.office) for p in zh.participants] == [("CN", "head_of_state"), ("RU", "head_of_state")]
    assert [p.name for p in zh.participants] == ["習近平", "普京"]
    assert zh.evidence.startswith("6月19日下午")
    assert zh.place is None
    # "on Thursday", against the original's published day (Friday 2025-06-20)
    assert (en.kind, ids(en), en.initiator, en.event_date) == (
        "phone_call", ["xi_jinping", "vladimir_putin"], None, dt.date(2025, 6, 19))
    assert "phone talks" in en.evidence


def test_seed_001_zaobao_yesterday() -> None:
    readout = extract_readout(article("001"))
    assert readout is not None
    assert (readout.kind, ids(readout), readout.initiator, readout.event_date) == (
        "phone_call", ["xi_jinping", "vladimir_putin"], None, dt.date(2021, 8, 25))
    assert "昨天（25日）" in readout.evidence


def test_seed_002_arabic_received_call_has_no_day() -> None:
    readout = extract_readout(article("002"))
    assert readout is not None
    assert (readout.kind, ids(readout), readout.initiator) == (
        "phone_call", ["xi_jinping", "vladimir_putin"], "vladimir_putin")
    # The page date is not stated as the day of the call: no guess.
    assert readout.event_date is None
    assert extract_readout(article("002"), reference_date=dt.date(2025, 5, 19)).event_date is None
    assert [p.name for p in readout.participants] == ["شي جين بينغ", "فلاديمير بوتين"]


@pytest.mark.parametrize("split_dateline", [True, False])
def test_seed_003_arabic_meeting_in_kuala_lumpur(split_dateline: bool) -> None:
    path = seed_path("003")
    if path is None:
        pytest.skip("seed documents not found")
    readout = extract_readout(seed_003(path, split_dateline=split_dateline))
    assert readout is not None
    assert (readout.kind, ids(readout), readout.initiator, readout.event_date, readout.place) == (
        "meeting", ["wang_yi", "sergey_lavrov"], None, dt.date(2025, 7, 10), "كوالالمبور")
    assert [p.office for p in readout.participants] == ["foreign_minister", "foreign_minister"]
    assert "اجتماعه مع" in readout.evidence


def test_seed_004_vietnamese_call_at_washingtons_request() -> None:
    readout = extract_readout(article("004"), reference_date=dt.date(2023, 10, 14))
    assert readout is not None
    assert (readout.kind, ids(readout), readout.initiator, readout.event_date) == (
        "phone_call", ["wang_yi", "antony_blinken"], "antony_blinken", dt.date(2023, 10, 14))
    assert [(p.name, p.office) for p in readout.participants] == [
        ("Vương Nghị", "foreign_minister"), ("Blinken", "foreign_minister")]


def test_seed_004_without_any_anchor_has_no_day() -> None:
    readout = extract_readout(article("004"))
    assert readout is not None and readout.event_date is None
    # Without a day the gazetteer cannot date an office; what stands is the title the text
    # itself gives ("Ngoại trưởng Trung Quốc Vương Nghị"), and nothing for Blinken, whom
    # the text calls only "người đồng cấp Hoa Kỳ".
    assert [p.office for p in readout.participants] == ["foreign_minister", None]


def test_seed_004_published_gives_the_year() -> None:
    dated = attrs.evolve(article("004"), published=dt.datetime(2023, 10, 14, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    assert extract_readout(dated).event_date == dt.date(2023, 10, 14)
