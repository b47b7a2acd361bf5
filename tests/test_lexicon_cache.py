"""The built-in gazetteer's compiled lexicons kept on disk (readout/lexicon_cache.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from readoutparse.readout import Gazetteer, lexicon_cache
from readoutparse.readout.lexicon import Compiled, _build, _built_or_stored
from readoutparse.readout.mentions import find_mentions
from readoutparse.readout.scan import LANGUAGES, fold

SENTENCES = {
    "zh-Hans": "国家主席习近平同俄罗斯总统普京通电话。",
    "zh-Hant": "國家主席習近平同俄羅斯總統普京通電話。",
    "en": "Chinese President Xi Jinping held phone talks with Russian President Vladimir Putin.",
    "ar": "أجرى الرئيس الصيني شي جين بينغ محادثات هاتفية مع الرئيس الروسي فلاديمير بوتين.",
    "vi": "Chủ tịch Trung Quốc Tập Cận Bình điện đàm với Tổng thống Nga Vladimir Putin.",
}


@pytest.fixture()
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("READOUTPARSE_CACHE", str(tmp_path))
    return tmp_path


def _mentions(lexicon: Compiled, text: str) -> list[tuple[int, int, int, str, list[str]]]:
    found = find_mentions(fold(text).text, lexicon)
    return [(layer, m.start, m.end, m.text, sorted(m.cats)) for layer, ms in found.items() for m in ms]


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_a_stored_lexicon_reads_as_the_compiled_one(cache: Path, language: str | None) -> None:
    gazetteer = Gazetteer.builtin()
    built = _build(gazetteer, language)
    first = _built_or_stored(gazetteer, language)  # compiles and stores
    assert len(list(cache.glob("lexicon-*.marshal"))) == 1
    stored = _built_or_stored(gazetteer, language)  # reads the file
    assert stored.state() == built.state() == first.state()
    for text in SENTENCES.values():
        assert _mentions(stored, text) == _mentions(built, text)
        assert stored.cue_spans(fold(text).text) == built.cue_spans(fold(text).text)
        assert stored.named_in_full(fold(text).text) == built.named_in_full(fold(text).text)


def test_off_unreadable_and_user_gazetteers_are_compiled(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gazetteer = Gazetteer.builtin()
    path = lexicon_cache._path("en")
    assert path is not None
    path.write_bytes(b"not a lexicon")
    assert lexicon_cache.load("en") is None  # ignored, and written again
    assert _built_or_stored(gazetteer, "en").state() == _build(gazetteer, "en").state()
    assert lexicon_cache.load("en") is not None

    user = gazetteer.extend({"format": "readoutparse-gazetteer/2", "people": []})
    _built_or_stored(user, "vi")
    assert not list(cache.glob("*-vi.marshal"))  # only the shipped gazetteer is stored
    _built_or_stored(gazetteer, "xx/../../y")  # not one of ours: compiled, never a file name
    assert sorted(p.name.rsplit("-", 1)[1] for p in cache.iterdir()) == ["en.marshal"]

    monkeypatch.setenv("READOUTPARSE_CACHE", "off")
    assert lexicon_cache.cache_dir() is None
    assert lexicon_cache.load("en") is None
