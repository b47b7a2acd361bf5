"""Summits an organisation holds, read when their sentence names nobody of two sides."""

from __future__ import annotations

import datetime as dt

from readoutparse.readout import extract_readout

from .readout_lexicon import article


def _read(*paragraphs: str, title: str = "", published: dt.date = dt.date(2020, 11, 22)):  # type: ignore[no-untyped-def]
    return extract_readout(article("zh-Hans", *paragraphs, title=title, published=published))


def test_an_organisation_summit_opening_its_clause_takes_its_members_from_the_lead() -> None:
    readout = _read("二十国集团峰会周六开幕，成员国领导人讨论抗疫合作。",
                    "美国总统特朗普通过视频参加了峰会。", title="G20峰会讨论疫情")
    assert readout is not None and readout.kind == "video_call" and readout.multilateral
    assert [p.id for p in readout.participants] == ["donald_trump"]


def test_a_latin_organisation_name_glued_to_chinese_is_a_name() -> None:
    readout = _read("G20峰会开幕，东道国呼吁各国合作。", "美国总统特朗普出席了峰会。")
    assert readout is not None and [p.id for p in readout.participants] == ["donald_trump"]


def test_a_summit_in_passing_is_no_contact() -> None:
    # the summit is the object of someone's waiting, not what the clause is about
    assert _read("市场静待欧盟峰会结果，人民币收盘走低。", "德国总理默克尔表示峰会很重要。") is None


def test_a_summit_with_nobody_named_is_no_readout() -> None:
    assert _read("东盟峰会周四开幕，会议以视频方式举行。", "本届峰会的主题是团结。") is None


def test_the_setting_clause_of_a_summit_names_no_member() -> None:
    readout = _read("第37届东盟峰会今天开幕，在美国总统特朗普不认败选的情况下气氛平淡。",
                    "越南总理阮春福为峰会致开幕词。", published=dt.date(2020, 11, 12))
    assert readout is not None and [p.id for p in readout.participants] == ["nguyen_xuan_phuc"]


def test_the_eve_of_a_summit_is_no_summit_held() -> None:
    assert _read("欧盟峰会前夕，德国总理默克尔批评人权状况。", title="欧盟峰会前夕，德国批评人权") is None


def test_an_organisation_opening_another_clause_is_no_summit() -> None:
    assert _read("欧洲议会主席萨索利称不会轻易批准欧盟峰会达成的计划。") is None


def test_a_summit_title_alone_names_nobody() -> None:
    # 欧盟外长: the body's title, no one who took part
    assert _read("欧盟各国外长星期四举行会议。", title="欧盟外长会议讨论香港局势") is None


def test_a_member_named_on_the_eve_of_a_summit_attends_no_summit() -> None:
    assert _read("歐盟峰會前夕，德國總理梅克爾指控中國。", title="歐盟峰會前夕 梅克爾指控中國") is None


def test_a_summit_named_for_itself_needs_no_organisation() -> None:
    readout = _read("日本首相菅义伟在东亚峰会上表示关切。", published=dt.date(2020, 11, 15))
    assert readout is not None and readout.multilateral and [p.id for p in readout.participants] == ["yoshihide_suga"]
    readout = _read("东亚峰会今天发表声明。", "越南总理阮春福主持峰会。", published=dt.date(2020, 11, 15))
    assert readout is not None and [p.id for p in readout.participants] == ["nguyen_xuan_phuc"]
    assert _read("东亚峰会前夕，日本首相菅义伟表示关切。", published=dt.date(2020, 11, 15)) is None


def test_a_pair_of_short_forms_names_both_sides_of_its_talks() -> None:
    readout = _read("中印第五轮军长级会谈周一结束，双方同意保持沟通。", published=dt.date(2020, 11, 9))
    assert readout is not None and readout.kind == "meeting"
    assert sorted((p.country, p.office) for p in readout.participants) == [("CN", "official"), ("IN", "official")]


def test_a_pair_summit_with_an_organisation_short_form() -> None:
    readout = _read("此次欧中视频峰会上，双方还谈及气候问题。", published=dt.date(2020, 9, 14))
    assert readout is not None and readout.kind == "video_call"
    assert sorted((p.country or "", p.organisation or "") for p in readout.participants) == [("", "EU"), ("CN", "")]


def test_the_eve_of_a_pair_summit_and_a_region_are_no_contact() -> None:
    assert _read("欧中视频峰会前夕，德国官员批评北京。") is None
    assert _read("他来自中欧国家，曾任教师。") is None


def test_a_named_person_is_kept_beside_a_pair_side() -> None:
    readout = _read("德国总理默克尔出席了欧中视频峰会。", published=dt.date(2020, 9, 14))
    assert readout is not None and "angela_merkel" in [p.id for p in readout.participants]


def test_a_pair_inside_a_run_of_three_short_forms_is_not_two_sides() -> None:
    assert _read("日中韩首脑会谈年内恐难举行。") is None


def test_an_organisation_announcing_its_own_summit_is_a_planned_contact() -> None:
    readout = _read("欧盟将召开特别峰会，讨论邻国的选举危机。", title="欧盟将召开特别峰会讨论危机",
                    published=dt.date(2020, 8, 17))
    assert readout is not None and readout.status == "planned"
    assert [(p.id, p.organisation) for p in readout.participants] == [(None, "EU")]


def test_a_summit_held_with_nobody_named_is_still_no_readout() -> None:
    # the announcing word makes the organisation a side; a summit told as held does not
    assert _read("欧盟召开特别峰会，讨论邻国的选举危机。", title="欧盟召开特别峰会讨论危机") is None


def test_an_announced_summit_of_a_clause_about_someone_else_is_no_contact() -> None:
    assert _read("市场静待欧盟将召开的峰会结果，人民币收盘走低。") is None


def test_a_leader_not_hosting_a_summit_is_no_contact() -> None:
    assert _read("美国总统特朗普没有主持七国集团峰会的计划。", published=dt.date(2020, 11, 19)) is None


def test_a_leader_hosting_a_summit_is_still_a_contact() -> None:
    readout = _read("美国总统特朗普明天将主持七国集团峰会。", published=dt.date(2020, 11, 19))
    assert readout is not None and [p.id for p in readout.participants] == ["donald_trump"]


def test_a_denied_attendance_far_from_its_summit_word_denies_nothing() -> None:
    # the negation governs the attendance verb only within its reach of the meeting word
    readout = _read("美国总统特朗普没有出席这次由加拿大主办、在多伦多举行的七国集团领导人峰会的开幕式，但与德国总理默克尔会谈。",
                    published=dt.date(2020, 11, 19))
    assert readout is not None and {p.id for p in readout.participants} >= {"donald_trump", "angela_merkel"}


def test_a_summit_to_be_held_is_a_planned_contact_of_its_members() -> None:
    readout = _read("七国集团峰会最快将于6月在英国举行。", published=dt.date(2021, 1, 17))
    assert readout is not None and readout.status == "planned"
    assert [p.organisation for p in readout.participants] == ["G7"]


def test_something_after_a_summit_announces_no_summit() -> None:
    assert _read("欧盟峰会后将举行记者会。", published=dt.date(2021, 1, 17)) is None


def test_a_pair_before_a_day_written_with_a_slash_names_both_sides() -> None:
    readout = _read("官员表示，会谈将于8月30日在东京举行。", title="中日8/30举行海洋事务会谈",
                    published=dt.date(2020, 8, 25))
    assert readout is not None and readout.status == "planned"
    assert sorted((p.country, p.office) for p in readout.participants) == [("CN", "official"), ("JP", "official")]


def test_a_pair_holding_a_video_meeting_names_both_sides() -> None:
    readout = _read("中日将举行经贸视讯对话，讨论供应链问题。", published=dt.date(2020, 8, 25))
    assert readout is not None and (readout.kind, readout.status) == ("video_call", "planned")
    assert sorted(p.country or "" for p in readout.participants) == ["CN", "JP"]


def test_a_video_word_after_a_pair_that_holds_nothing_is_no_contact() -> None:
    # the pair is not the subject of a verb of holding: two short forms inside other words
    assert _read("美联大会期间将办视频展览，介绍人权历史。", published=dt.date(2020, 9, 20)) is None


def test_a_leader_announcing_a_summit_he_will_host_is_a_planned_contact() -> None:
    readout = _read("日本首相菅义伟宣布将于明年春天召开气候峰会，邀请各国领导人。", published=dt.date(2020, 11, 20))
    assert readout is not None and (readout.status, readout.multilateral) == ("planned", True)
    assert [p.id for p in readout.participants] == ["yoshihide_suga"]


def test_a_leader_speaking_about_a_summit_others_hold_is_not_its_convener() -> None:
    # no announcing and holding words between the leader and the summit
    assert _read("日本首相菅义伟批评了气候峰会的结果。", published=dt.date(2020, 11, 20)) is None


def test_an_ambiguous_short_form_names_a_side_only_inside_a_pair() -> None:
    readout = _read("日台下周将举行海洋合作会谈，讨论渔业问题。", published=dt.date(2020, 8, 25))
    assert readout is not None and readout.status == "planned"
    assert sorted(p.country or "" for p in readout.participants) == ["JP", "TW"]
    # 台 alone (a stage, a platform) names no side
    assert _read("他走上讲台，会谈随即开始。", published=dt.date(2020, 8, 25)) is None


def test_an_organisations_ministers_meeting_has_its_ministers_as_a_participant() -> None:
    readout = _read("二十国集团财长会议周三以视频方式举行，美国财长姆努钦出席。", published=dt.date(2020, 10, 15))
    assert readout is not None and readout.kind == "video_call" and readout.multilateral
    assert [(p.organisation, p.office) for p in readout.participants][0] == ("G20", "minister")
    assert "steven_mnuchin" in [p.id for p in readout.participants]


def test_a_countrys_bare_minister_word_still_names_nobody() -> None:
    # 美国部长: some minister of the country; an organisation's 部长 are its members' ministers
    assert _read("美国部长周三会见了法国官员。") is None


def test_a_ministerial_meeting_has_the_organisations_ministers_beside_a_named_guest() -> None:
    readout = _read("东盟部长级会议周三以视频方式举行，美国国务卿蓬佩奥出席。", published=dt.date(2020, 9, 10))
    assert readout is not None and readout.kind == "video_call" and readout.multilateral
    assert [(p.id, p.organisation, p.office) for p in readout.participants] == [
        (None, "ASEAN", "minister"), ("mike_pompeo", None, "foreign_minister")]


def test_an_organisation_before_a_ministerial_meeting_names_its_ministers() -> None:
    readout = _read("欧佩克+部长级会议周一以视频方式举行，俄罗斯能源部长诺瓦克表示将维持减产。",
                    published=dt.date(2020, 10, 20))
    assert readout is not None and readout.kind == "video_call"
    assert ("OPEC", "minister") in [(p.organisation, p.office) for p in readout.participants]
