"""Office holders and group phrases: participants named only by country and office."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import Gazetteer, extract_readout
from readoutparse.readout.groups import split_group
from readoutparse.readout.holders import holder_of

D = dt.date


def read(language: str, text: str, published: dt.date, title: str = "") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=(text,),
                                   published=published))


def people(readout: Readout | None) -> list[tuple[str | None, str, str | None, str | None]]:
    assert readout is not None
    return [(p.id, p.name, p.country, p.office) for p in readout.participants]


def test_holder_of_one_person_on_the_day() -> None:
    g = Gazetteer.builtin()
    assert holder_of(g, "IL", "head_of_government", D(2020, 11, 18)) == "benjamin_netanyahu"
    assert holder_of(g, "IL", "head_of_government", D(2021, 12, 1)) == "naftali_bennett"
    assert holder_of(g, "IL", "head_of_government", None) is None
    assert holder_of(g, "US", "minister", D(2020, 11, 18)) is None  # many ministers: no guess
    assert holder_of(g, "ZZ", "head_of_state", D(2020, 11, 18)) is None


@pytest.mark.parametrize(("language", "text", "day", "expected"), [
    ("zh-Hans", "拜登周二晚间与以色列总理通了电话。", D(2020, 11, 18),
     [("joe_biden", "拜登"), ("benjamin_netanyahu", "以色列总理")]),
    ("zh-Hans", "王毅当天在柏林同德国外长举行会谈。", D(2020, 9, 1),
     [("wang_yi", "王毅"), ("heiko_maas", "德国外长")]),
    ("en", "Biden talked by phone with the Israeli prime minister on Tuesday.", D(2020, 11, 18),
     [("joe_biden", "Biden"), ("benjamin_netanyahu", "Israeli prime minister")]),
])
def test_title_only_participant_is_the_holder(language: str, text: str, day: dt.date,
                                              expected: list[tuple[str, str]]) -> None:
    assert [(pid, name) for pid, name, _c, _o in people(read(language, text, day))] == expected


def test_holder_depends_on_the_day() -> None:
    later = read("zh-Hans", "拜登周二晚间与以色列总理通了电话。", D(2021, 12, 1))
    assert [p.id for p in later.participants if p.country == "IL"] == ["naftali_bennett"]  # type: ignore[union-attr]


def test_a_personal_name_is_never_replaced_by_the_holder() -> None:
    # a new minister the gazetteer does not know keeps the name the text gives, without id
    found = people(read("zh-Hans", "王毅当天在北京会见来访的德国外长施密特。", D(2020, 9, 1)))
    assert (None, "施密特", "DE", "foreign_minister") in found


def test_former_office_is_no_holder() -> None:
    found = people(read("zh-Hans", "王毅当天在北京会见日本前首相。", D(2020, 9, 1)))
    assert all(pid != "shinzo_abe" for pid, *_ in found)


@pytest.mark.parametrize(("language", "text", "day", "expected"), [
    ("zh-Hans", "中印外长周四在莫斯科举行会晤。", D(2020, 9, 11),
     [("wang_yi", "CN", "foreign_minister"), ("subrahmanyam_jaishankar", "IN", "foreign_minister")]),
    ("zh-Hant", "美澳外長防長週二在華府舉行會談。", D(2020, 7, 28),
     [("mike_pompeo", "US", "foreign_minister"), ("mark_esper", "US", "defence_minister"),
      ("marise_payne", "AU", "foreign_minister"), ("linda_reynolds", "AU", "defence_minister")]),
    ("zh-Hans", "加拿大和中国外长当天通电话。", D(2020, 9, 1),
     [("francois_philippe_champagne", "CA", "foreign_minister"), ("wang_yi", "CN", "foreign_minister")]),
])
def test_group_phrase_is_one_participant_per_country_and_office(
        language: str, text: str, day: dt.date, expected: list[tuple[str | None, str, str]]) -> None:
    found = people(read(language, text, day))
    assert [(pid, country, office) for pid, _n, country, office in found] == expected
    whole = text[:text.index("外") + 2]
    assert all(name != whole for _p, name, _c, _o in found)  # never named by the whole phrase


def test_split_group_names_each_member_by_its_part() -> None:
    text = "美澳外長防長"
    members = split_group(text, [(0, 1, "US"), (1, 2, "AU")],
                          [(2, 4, "foreign_minister"), (4, 6, "defence_minister")], "zh")
    assert members == [("美外長", "US", "foreign_minister"), ("美防長", "US", "defence_minister"),
                       ("澳外長", "AU", "foreign_minister"), ("澳防長", "AU", "defence_minister")]
    # a country written twice, a title written twice: one member each
    assert split_group("x", [(0, 1, "CN"), (0, 1, "CN")], [(0, 1, "foreign_minister"), (0, 1, "foreign_minister")],
                       "zh") == [("xx", "CN", "foreign_minister")]
    assert split_group("India and China foreign ministers", [(0, 5, "IN"), (10, 15, "CN")], [], "en") == []


def test_a_president_elect_is_not_the_holder() -> None:
    found = people(read("zh-Hans", "王毅周二与美国当选总统通电话。", D(2020, 11, 20)))
    assert all(pid != "donald_trump" for pid, *_ in found)


def test_english_plural_titles_list_one_participant_per_country() -> None:
    found = people(read("en", "Wang Yi met the foreign ministers of India and Japan in Moscow on Thursday.",
                        D(2020, 9, 11)))
    assert [pid for pid, *_ in found] == ["wang_yi", "subrahmanyam_jaishankar", "toshimitsu_motegi"]


@pytest.mark.parametrize(("title", "kept"), [
    ("美國衛生部長週二與蔡英文會面", True),  # a portfolio: one person
    ("美国部长周二与王毅会面", False),  # "a US minister": nobody in particular
    ("美国商务部副部长周二与王毅会面", False),  # deputies are many
])
def test_a_minister_with_a_portfolio_is_someone(title: str, kept: bool) -> None:
    language = "zh-Hant" if "國" in title else "zh-Hans"
    readout = extract_readout(Article(parser="x", language=language, title=title, paragraphs=(),
                                      published=D(2020, 8, 5)))
    assert (readout is not None and any(p.country == "US" and p.office == "minister"
                                        for p in readout.participants)) is kept


@pytest.mark.parametrize(("title", "expected"), [
    ("捷克參議長週日抵台訪問 將會見蔡總統", "tsai_ing_wen"),
    ("文總統週二與安倍晉三通電話", "moon_jae_in"),
])
def test_a_family_name_before_the_title_is_the_one_holder_of_that_name(title: str, expected: str) -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hant", title=title, paragraphs=(),
                                      published=D(2020, 8, 29)))
    assert readout is not None and expected in [p.id for p in readout.participants]


def test_a_family_name_two_holders_share_is_nobody() -> None:
    # 李 is the family name of China's and Singapore's heads of government in 2020
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="李总理周二会见马克龙", paragraphs=(),
                                      published=D(2020, 8, 29)))
    assert readout is None or all(p.name != "李总理" for p in readout.participants)


def test_a_word_before_the_title_that_no_holder_is_named_is_nobody() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hant", title="新總統週二會見王毅", paragraphs=(),
                                      published=D(2020, 8, 29)))
    assert readout is None


def test_a_locative_before_the_title_is_no_family_name() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="",
                                      paragraphs=("特朗普周末与州选举官员通话，几周里总统一直施压。",),
                                      published=D(2021, 1, 5)))
    assert readout is None or all(p.id != "reuven_rivlin" for p in readout.participants)


def test_a_specific_title_takes_no_portfolio_before_it() -> None:
    # "老挝万象出席…外长会": the place and the verb between country and 外长 are no portfolio
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", published=D(2024, 7, 26),
                                      paragraphs=("7月25日，外交部长王毅在老挝万象出席东盟系列外长会期间会见俄罗斯外长拉夫罗夫。",)))
    assert readout is not None
    assert [p.id for p in readout.participants] == ["wang_yi", "sergey_lavrov"]


@pytest.mark.parametrize(("day", "expected"), [
    (D(2020, 9, 14), ["charles_michel", "ursula_von_der_leyen"]),
    (D(2019, 4, 9), ["donald_tusk", "jean_claude_juncker"]),
])
def test_leaders_of_an_organisation_led_jointly_are_its_presidents_of_the_day(day: dt.date,
                                                                              expected: list[str]) -> None:
    found = people(read("zh-Hans", "习近平当天在北京同欧盟领导人举行视频会晤。", day))
    assert found[0][0] == "xi_jinping"
    assert [pid for pid, _n, _c, _o in found[1:]] == expected
    assert {office for _p, _n, _c, office in found[1:]} == {"organisation_head"}
    # the high representative is an organisation head too, but no "leader" of the union
    assert "josep_borrell" not in [pid for pid, _n, _c, _o in found]


def test_member_states_leaders_are_not_the_organisations_presidents() -> None:
    found = people(read("zh-Hans", "习近平当天同欧盟各国领导人举行视频会晤。", D(2020, 9, 14)))
    assert "charles_michel" not in [pid for pid, _n, _c, _o in found]


@pytest.mark.parametrize(("language", "text", "day", "expected"), [
    ("zh-Hant", "美駐聯合國大使與蔡總統舉行視訊通話。", D(2021, 1, 14), "kelly_craft"),
    ("zh-Hans", "美国常驻联合国大使与台湾总统举行视频通话。", D(2021, 3, 14), "linda_thomas_greenfield"),
    ("en", "The US ambassador to the United Nations held a video call with Tsai Ing-wen.", D(2021, 1, 14),
     "kelly_craft"),
])
def test_an_ambassador_at_a_posting_is_its_holder_of_the_day(language: str, text: str, day: dt.date,
                                                             expected: str) -> None:
    found = people(read(language, text, day))
    assert found[0][0] == expected and found[0][2] == "US" and found[0][3] == "ambassador"


def test_an_ambassador_without_a_posting_the_gazetteer_knows_stays_unnamed() -> None:
    readout = read("zh-Hans", "美国驻荷兰大使当天与台湾代表会面，美国总统发表讲话。", D(2021, 1, 14))
    assert readout is None or all(p.office != "ambassador" or p.id is None for p in readout.participants)


def test_an_organisations_leaders_among_themselves_stay_one_group() -> None:
    # no one of another side: the member states' leaders (the European Council), not its presidents
    found = people(read("zh-Hans", "欧盟领导人周四在布鲁塞尔举行特别峰会。", D(2020, 10, 1)))
    assert [pid for pid, _n, _c, _o in found] == [None]


def test_a_posting_title_beside_the_name_is_that_person_once_by_name() -> None:
    found = people(read("zh-Hans", "美国驻联合国大使托马斯-格林菲尔德周三与台湾代表李光章共进午餐。", D(2021, 9, 8)))
    assert [(pid, name) for pid, name, _c, _o in found if pid == "linda_thomas_greenfield"] == [
        ("linda_thomas_greenfield", "托马斯-格林菲尔德")]
