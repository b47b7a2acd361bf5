"""Stage 2: people by gazetteer name, or by title and country, in every language."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.readout import extract_readout

from readoutparse.readout.lexicon import compiled
from readoutparse.readout.mentions import find_mentions
from readoutparse.readout.participants import Someone, people_in
from readoutparse.readout.scan import fold

from .readout_lexicon import article, lexicon, people, read


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("zh-Hans", "瑙鲁外长安格明加同普京通电话。",
     [(None, "安格明加", "NR", "foreign_minister"), ("vladimir_putin", "普京", "RU", "head_of_state")]),
    ("zh-Hant", "美國國防部長艾斯培與習近平會晤。",
     [(None, "艾斯培", "US", "defence_minister"), ("xi_jinping", "習近平", "CN", "head_of_state")]),
    ("en", "Foreign Minister of Tuvalu Simon Kofe met Wang Yi.",
     [(None, "Simon Kofe", "TV", "foreign_minister"), ("wang_yi", "Wang Yi", "CN", "foreign_minister")]),
    ("en", "Wang Yi met the Egyptian president.",
     [("wang_yi", "Wang Yi", "CN", "foreign_minister"), (None, "Egyptian president", "EG", "head_of_state")]),
    ("en", "Simon Kofe, Tuvalu's foreign minister, met Wang Yi.",
     [(None, "Simon Kofe", "TV", "foreign_minister"), ("wang_yi", "Wang Yi", "CN", "foreign_minister")]),
    ("ar", "التقى وزير الخارجية التونسي عثمان الجرندي مع وانغ يي.",
     [(None, "عثمان الجرندي", "TN", "foreign_minister"), ("wang_yi", "وانغ يي", "CN", "foreign_minister")]),
    ("vi", "Ngoại trưởng Thái Lan Don Pramudwinai hội đàm với Vương Nghị.",
     [(None, "Don Pramudwinai", "TH", "foreign_minister"), ("wang_yi", "Vương Nghị", "CN", "foreign_minister")]),
])
def test_anyone_by_title_and_country(language: str, text: str, expected: list) -> None:
    assert people(read(language, text)) == expected


def test_short_forms_need_the_full_name_or_a_fitting_title() -> None:
    assert read("zh-Hans", "拉布同王毅通电话。") is None  # 拉布 alone is nobody
    assert people(read("zh-Hans", "英国外交大臣拉布同王毅通电话。", published=None))[0][:3] == (
        "dominic_raab", "拉布", "GB")


def test_titles_share_a_listed_country_and_a_list_shares_a_title() -> None:
    assert [p[2] for p in people(read("zh-Hans", "王毅会见马来西亚、越南外长。"))] == ["CN", "MY", "VN"]
    assert [p[2] for p in people(read("zh-Hans", "中俄外长会晤。"))] == ["CN", "RU"]


def test_group_nouns_are_one_participant() -> None:
    readout = read("zh-Hans", "王毅会见中亚五国外长。")
    assert readout is not None and readout.multilateral
    assert people(readout)[1][1] == "中亚五国外长"


def test_an_envoys_principal_is_not_a_participant() -> None:
    readout = read("zh-Hans", "普京在莫斯科会见特朗普的特使威特科夫。")
    assert [p[0] for p in people(readout)] == ["vladimir_putin", "steve_witkoff"]


def test_the_sender_of_a_carried_message_is_not_a_participant() -> None:
    readout = read("zh-Hans", "王毅会见特朗普，转交普京的口信。")
    assert "vladimir_putin" not in [p[0] for p in people(readout)]


def test_an_organisation_is_not_a_country() -> None:
    readout = read("zh-Hans", "王毅会见联合国秘书长古特雷斯。")
    assert [(p.id, p.country, p.organisation) for p in readout.participants] == [
        ("wang_yi", "CN", None), ("antonio_guterres", None, "UN")]


def test_a_book_title_names_no_one() -> None:
    assert read("zh-Hans", "《习近平同普京会晤》一书今天出版。") is None


def test_english_plural_titles_and_lists() -> None:
    readout = read("en", "Wang Yi met separately with the foreign ministers of Malaysia and Thailand on Thursday.")
    assert [(p[0], p[2]) for p in people(readout)] == [("wang_yi", "CN"), (None, "MY"), (None, "TH")]
    assert not readout.multilateral  # one meeting after another


def test_an_envoy_is_of_the_principals_country() -> None:
    readout = read("en", "Donald Trump's special envoy John Smith met Vladimir Putin in Moscow.")
    assert [(p[0], p[1], p[2], p[3]) for p in people(readout)] == [
        (None, "John Smith", "US", "envoy"), ("vladimir_putin", "Vladimir Putin", "RU", "head_of_state")]


def _builtin(language: str, text: str, day: dt.date) -> list[tuple[str | None, str, str | None, str | None, str | None]]:
    readout = extract_readout(article(language, text, published=day))
    assert readout is not None
    return [(p.id, p.name, p.country, p.organisation, p.office) for p in readout.participants]


def test_arabic_stop_words_are_compared_folded() -> None:
    # إلى is read folded (الي): no participant named "إلى", and a passing title in a later clause is none
    got = _builtin("ar", "أجرى وزير الخارجية الصيني وانغ يي اليوم محادثات مع وزير الخارجية الجزائري أحمد عطاف في بكين، "
                         "على هامش زيارة الدولة التي يقوم بها الرئيس الجزائري إلى الصين.", dt.date(2023, 7, 19))
    assert [(p[1], p[2]) for p in got] == [("وانغ يي", "CN"), ("أحمد عطاف", "DZ")]


def test_an_envoy_of_the_secretary_general_is_an_envoy() -> None:
    got = _builtin("ar", "التقى وزير الخارجية الصيني وانغ يي اليوم المبعوث الخاص للأمين العام للأمم المتحدة إلى سوريا "
                         "غير بيدرسن.", dt.date(2022, 1, 19))
    assert got[1] == (None, "غير بيدرسن", None, "UN", "envoy")


def test_an_arabic_counterpart_is_named_after_the_adjective() -> None:
    got = _builtin("ar", "أجرى الرئيس الصيني شي جين بينغ ونظيره الجزائري عبد المجيد تبون محادثات هاتفية.",
                   dt.date(2022, 1, 19))
    assert [(p[1], p[2]) for p in got][1] == ("عبد المجيد تبون", "DZ")


def test_the_source_of_a_report_is_no_side_of_it() -> None:
    # Obama's attendance is what Yang reports; the talks are with Rice, in the next sentence
    text = ("سيحضر الرئيس الأمريكي باراك أوباما اجتماع القادة في الصين في نوفمبر, حسبما ذكر عضو مجلس الدولة الصيني "
            "يانغ جيه تشي اليوم (الإثنين).")
    assert extract_readout(article("ar", text, published=dt.date(2014, 9, 8))) is None
    talks = "وأدلى يانغ بهذه التصريحات خلال محادثاته مع سوزان رايز مستشارة الأمن القومي للرئيس الأمريكي."
    readout = extract_readout(article("ar", text, talks, published=dt.date(2014, 9, 8)))
    assert readout is not None and [p.id for p in readout.participants] == ["yang_jiechi", "susan_rice"]


def test_an_arabic_counted_group_is_one_participant() -> None:
    got = _builtin("ar", "التقى رئيس مجلس الدولة الصيني اليوم الجمعة بـ35 سفيرا جديدا إلى الصين.", dt.date(2016, 9, 30))
    assert got[0][0] == "li_keqiang"
    assert got[1][1:] == ("35 سفيرا جديدا", None, None, "ambassador")


def test_vietnamese_offices_are_listed_most_senior_first() -> None:
    got = _builtin("vi", "Thủ tướng, Chủ tịch Đảng Nhân dân Campuchia đã gửi điện chúc mừng Tổng Bí thư Nguyễn Phú Trọng.",
                   dt.date(2016, 1, 28))
    assert [(p[2], p[4]) for p in got if p[2] == "KH"] == [("KH", "head_of_government")]



def _found(text: str) -> list[tuple[str, str | None, str | None]]:
    """What stage 2 makes of one sentence: (name, country, office) of each title-read person."""
    folded = fold(text).text
    found = people_in(folded, find_mentions(folded, compiled(lexicon(), "zh-Hans")), "zh-Hans")
    return [(p.name, p.country, p.office) for p in found if isinstance(p, Someone)]


def test_a_title_shared_by_listed_countries_takes_no_one_name() -> None:
    # what follows 美、中领导人 is prose (罕有地, "rarely"), not the name of one leader
    assert not any(name.startswith("罕有") for name, _, _ in _found("美、中领导人罕有地一起出席视频峰会。"))
    assert not any(name.startswith("罕有") for name, _, _ in _found("中国、俄罗斯外长罕有地一起出席视频峰会。"))
    # one title: what follows is a name when it has a name's shape (罕有 has none: name_shape.py)
    assert ("罕有", "CN", "foreign_minister") not in _found("中国外长罕有地一起出席视频峰会。")
    assert ("李明德", "CN", "foreign_minister") in _found("中国外长李明德一起出席视频峰会。")


def test_a_clause_between_a_country_and_a_portfolio_title_is_no_portfolio() -> None:
    # a Japanese citizen wrote to the ambassador: 日本 and 大使 are not one title phrase
    assert not any("市民" in name for name, _, _ in _found("一位日本市民写信给孔大使。"))
    assert _found("日本贸易大使山田太郎同王毅会面。")[0] == ("山田太郎", "JP", "ambassador")
