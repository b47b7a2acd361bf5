"""Rows of the built-in gazetteer for counterparts that recur in the archive, read in sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article
from readoutparse.readout import extract_readout


def _ids(language: str, text: str, published: dt.date) -> list[str | None]:
    readout = extract_readout(Article(parser="x", language=language, title="", paragraphs=(text,),
                                      published=published))
    assert readout is not None
    return [p.id for p in readout.participants]


@pytest.mark.parametrize(("language", "text", "published", "expected"), [
    ("zh-Hans", "王毅在东京与加藤胜信举行会谈。", dt.date(2020, 11, 25), "katsunobu_kato"),
    ("zh-Hans", "柯文哲与龚正举行视频会议。", dt.date(2020, 7, 22), "gong_zheng"),
    ("zh-Hant", "王毅在東京與加藤勝信舉行會談。", dt.date(2020, 11, 25), "katsunobu_kato"),
    ("zh-Hans", "荷兰大使在使馆会见陈欣新。", dt.date(2021, 1, 11), "chen_hsin_hsin"),
    ("zh-Hant", "馬克宏在貝魯特會見哈里里。", dt.date(2019, 5, 2), "saad_hariri"),
    ("zh-Hans", "习近平同多迪克通电话。", dt.date(2021, 3, 1), "milorad_dodik"),
    ("zh-Hans", "刘结一在厦门会见柯文哲。", dt.date(2020, 10, 12), "liu_jieyi"),
    ("zh-Hans", "蓬佩奥在梵蒂冈与加拉格尔会谈。", dt.date(2020, 9, 30), "paul_gallagher"),
    ("zh-Hant", "張建宗會見德國駐港總領事。", dt.date(2020, 10, 21), "matthew_cheung"),
    ("zh-Hans", "巴尼耶与弗罗斯特在伦敦举行会谈。", dt.date(2020, 9, 8), "david_frost"),
    ("zh-Hans", "洪秀柱与刘结一在厦门会面。", dt.date(2020, 10, 12), "hung_hsiu_chu"),
    ("zh-Hant", "陳時中與美國衛生部長阿札爾會談。", dt.date(2020, 8, 10), "chen_shih_chung"),
    ("zh-Hant", "蔡英文總統接見美國在台協會處長酈英傑。", dt.date(2020, 8, 10), "brent_christensen"),
    ("zh-Hans", "张忠谋在APEC峰会上与彭斯交谈。", dt.date(2018, 11, 17), "morris_chang"),
    ("zh-Hans", "英国内阁办公室大臣迈克尔·戈夫与塞夫科维奇举行会谈。", dt.date(2020, 9, 28), "michael_gove"),
    ("zh-Hans", "英国内阁办公室大臣迈克尔·戈夫与塞夫科维奇举行会谈。", dt.date(2020, 9, 28), "maros_sefcovic"),
    ("zh-Hant", "林錫耀與林飛帆在黨部接待美國在台協會處長酈英傑。", dt.date(2020, 7, 21), "lin_fei_fan"),
    ("zh-Hant", "林錫耀與林飛帆在黨部接待美國在台協會處長酈英傑。", dt.date(2020, 7, 21), "lin_hsi_yao"),
])
def test_recurring_counterparts_are_known(language: str, text: str, published: dt.date, expected: str) -> None:
    assert expected in _ids(language, text, published)


def test_a_second_spelling_reaches_the_same_person() -> None:
    ids = _ids("zh-Hans", "刘鹤与莱特西泽通电话。", dt.date(2020, 8, 25))
    assert "robert_lighthizer" in ids


def test_a_country_listed_before_an_organisations_leaders_is_a_side_of_its_own() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="",
                                      paragraphs=("英国与欧盟领导人将通电话。",), published=dt.date(2020, 12, 7)))
    assert readout is not None
    sides = {(p.country, p.organisation) for p in readout.participants}
    assert ("GB", None) in sides and (None, "EU") in sides
    assert any(p.id == "boris_johnson" for p in readout.participants)


def test_an_organisations_leaders_alone_stay_one_group() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="",
                                      paragraphs=("欧盟领导人会议在布鲁塞尔举行。",), published=dt.date(2020, 12, 7)))
    assert readout is not None
    assert [(p.country, p.organisation) for p in readout.participants] == [(None, "EU")]


def test_the_father_named_in_full_is_not_the_son() -> None:
    ids = _ids("zh-Hans", "马克龙纪念拉菲克·哈里里并会见奥恩。", dt.date(2020, 8, 6))
    assert "saad_hariri" not in ids and "emmanuel_macron" in ids
