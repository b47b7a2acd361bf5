"""Stage 1: mentions found in one automaton pass, with boundary, case and clitic rules."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.readout import extract_readout
from readoutparse.readout.lexicon import COUNTRY, CUE, ENTITY, KIND, OFFICE, PERSON, compiled
from readoutparse.readout.mentions import find_mentions
from readoutparse.readout.scan import fold, fold_case

from .readout_lexicon import article, lexicon, read
from .timing import growth


def found(language: str, text: str) -> dict[str, list[str]]:
    mentions = find_mentions(fold(text).text, compiled(lexicon(), language))
    out: dict[str, list[str]] = {}
    for layer in mentions.values():
        for m in layer:
            for category in m.cats:
                if not category.startswith("_"):
                    out.setdefault(category, []).append(m.text)
    return out


@pytest.mark.parametrize(("language", "text", "category", "absent"), [
    ("zh-Hans", "他说一口流利的普通话。", CUE, "通话"),
    ("zh-Hans", "中国不会面临这种问题。", CUE, "会面"),
    ("zh-Hans", "社会面清零后习近平讲话。", CUE, "会面"),
    ("zh-Hans", "普京抵达斯特拉斯堡。", PERSON, "特拉斯"),
    ("zh-Hans", "克里姆林宫发表声明。", PERSON, "克里"),
    ("en", "Xi Jinping called for calm.", CUE, "call"),
    ("en", "The summitry of Xi Jinping.", CUE, "summit"),
    ("en", "Let us meet.", COUNTRY, "US"),
    ("en", "He met Trumpeters.", PERSON, "Trump"),
])
def test_no_mention_inside_a_longer_word(language: str, text: str, category: str, absent: str) -> None:
    assert absent not in found(language, text).get(category, [])


@pytest.mark.parametrize(("language", "text", "category", "present"), [
    ("zh-Hans", "习近平同普京通话。", CUE, "通话"),
    ("zh-Hans", "美国务卿", OFFICE, "国务卿"),
    ("en", "The US and China met.", COUNTRY, "US"),
    ("ar", "والتقى الرئيس الصيني شي جين بينغ", PERSON, "شي جين بينغ"),
    ("ar", "وبالرئيس", OFFICE, "بالرئيس"[1:]),
    ("ar", "للرئيس", OFFICE, "للرئيس"),
    ("ar", "برقيات التهنئة", CUE, "برقيات التهنئة"),
    ("vi", "Ngoại trưởng Thái Lan gặp Putin", OFFICE, "Ngoại trưởng"),
])
def test_mentions_with_their_clitics_and_boundaries(language: str, text: str, category: str, present: str) -> None:
    texts = found(language, text).get(category, [])
    present = fold(present).text
    assert any(present in t or t in present for t in texts), texts


def test_a_blocker_of_equal_length_wins_the_tie() -> None:
    # 不会面临: 会面 and 面临 cross; the blocker hides the cue.
    assert "会面" not in found("zh-Hans", "不会面临").get(CUE, [])
    assert found("zh-Hans", "两人会面。").get(CUE) == ["会面"]


@pytest.mark.parametrize("text", ["ſ", "ı", "İ", "İstanbul İİİ ſſ ıı", "K\u212a", "ﬃ", "ẞ"])
@pytest.mark.parametrize("language", ["en", "vi", "zh-Hans", "ar", None])
def test_every_case_folding_is_safe(text: str, language: str | None) -> None:
    # str.lower lengthens İ; fold_case keeps one character for one, so positions hold.
    assert len(fold_case(text)) == len(text)
    find_mentions(fold(text + " Xi Jinping met Vladimir Putin.").text, compiled(lexicon(), language))
    read(language or "fr", text + " met " + text)


def test_long_runs_of_spaces_take_linear_time() -> None:
    def run(n: int) -> None:
        read("en", "Xi Jinping" + " " * n + "met" + " " * n + "Vladimir Putin.")

    ratio = growth(run, 50_000, factor=4, bound=9.0, floor=0.002)
    assert ratio < 9, f"4 times the spaces took {ratio:.1f} times the time"  # quadratic gives about 16


def test_the_automaton_is_built_once_per_gazetteer_and_language() -> None:
    gazetteer = lexicon()
    assert compiled(gazetteer, "en") is compiled(gazetteer, "en")
    assert compiled(gazetteer, "en") is not compiled(gazetteer, "zh-Hans")


def test_layers_do_not_compete() -> None:
    # "to meet" is a modality and "meet" a cue at once.
    mentions = find_mentions("Xi Jinping is to meet Vladimir Putin", compiled(lexicon(), "en"))
    assert any("cue" in m.cats for m in mentions[KIND])
    assert [m.text for m in mentions[ENTITY] if PERSON in m.cats] == ["Xi Jinping", "Vladimir Putin"]


def test_arabic_particles_are_whole_words() -> None:
    # "كلمة" (a speech) holds the letters of لم (not) behind the clitic ك: no negation there
    text = ("أعلنت المتحدثة باسم وزارة الخارجية اليوم أن الرئيس الصيني شي جين بينغ سيحضر قمة الصحة العالمية ويلقي "
            "كلمة عبر الفيديو يوم الجمعة.")
    invited = "وقالت إن شي تلقى دعوة من رئيس وزراء إيطاليا ورئيسة المفوضية الأوروبية أورسولا فون دير لاين."
    readout = extract_readout(article("ar", text, invited, published=dt.date(2021, 5, 20)))
    assert readout is not None and (readout.kind, readout.status) == ("video_call", "planned")
    assert [p.id for p in readout.participants] == ["xi_jinping", "mario_draghi", "ursula_von_der_leyen"]


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "中国国家主席习近平同美国总统拜登举行视频会晤。"),
    ("zh-Hans", "俄外长拉夫罗夫会见美国务卿布林肯"),
    ("en", "Chinese President Xi Jinping held a phone call with U.S. President Joe Biden."),
    ("ar", "أجرى الرئيس الصيني شي جين بينغ اتصالا هاتفيا مع الرئيس المصري عبد الفتاح السيسي"),
    ("vi", "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản"),
])
def test_flags_are_the_mask_of_the_categories(language: str, text: str) -> None:
    from readoutparse.readout.mentions import category_mask

    found = find_mentions(fold(text).text, compiled(lexicon(), language))
    assert found[ENTITY] and found[KIND]
    for mentions in found.values():
        for m in mentions:
            assert m.flags == category_mask(*m.cats)
            assert bool(m.flags & category_mask(PERSON, OFFICE)) == bool(m.cats.keys() & {PERSON, OFFICE})
