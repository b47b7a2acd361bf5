"""Contacts whose sides are named by country, summit, visit or office alone, and the words that
undo a contact (negated for the whole clause, put back, an administration rather than a person).

Sentences are written for the tests, in the outlets' shapes; the built-in lexicons are used.
"""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

DAY = dt.date(2024, 3, 6)  # a Wednesday


def read(*paragraphs: str, title: str = "", language: str = "zh-Hans") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                   published=DAY))


def sides(readout: Readout | None) -> list[tuple[str | None, str | None]]:
    assert readout is not None
    return [(p.country or p.organisation, p.office) for p in readout.participants]


def test_two_countries_as_the_subject_of_talks_are_two_unnamed_sides() -> None:
    readout = read("印度和中国的军事指挥官星期一举行会谈，讨论边境局势。")
    assert readout is not None and readout.kind == "meeting" and readout.status == "held"
    assert sides(readout) == [("IN", "official"), ("CN", "official")]
    assert readout.event_date == dt.date(2024, 3, 4)


def test_short_forms_before_a_collective_word() -> None:
    assert sides(read("中印两国周一举行第九轮军长级会谈。")) == [("CN", "official"), ("IN", "official")]
    assert sides(read("美中两军今天举行视频会议。")) == [("US", "official"), ("CN", "official")]


def test_a_country_and_an_organisation_with_their_negotiators() -> None:
    readout = read("英国和欧盟谈判人员将于周五通话。")
    assert readout is not None and readout.status == "planned" and readout.kind == "phone_call"
    assert sides(readout) == [("GB", "official"), ("EU", "official")]


def test_named_people_win_over_unnamed_sides() -> None:
    readout = read("中印两国举行会谈。", "印度外长苏杰生与中国外长王毅在莫斯科会谈。")
    assert readout is not None
    assert [p.id for p in readout.participants] == ["subrahmanyam_jaishankar", "wang_yi"]


def test_a_pair_that_qualifies_a_noun_or_is_a_partner_is_no_side() -> None:
    assert read("澳大利亚与中国的领事协议规定每月会面一次。") is None
    assert read("双北市今天与瑞士、西班牙视讯连线签约。") is None


def test_every_country_with_every_title() -> None:
    readout = read("美国和印度的外长和防长星期二在新德里举行会谈。")
    assert sorted(sides(readout)) == [("IN", "defence_minister"), ("IN", "foreign_minister"),
                                      ("US", "defence_minister"), ("US", "foreign_minister")]


def test_an_organisations_leaders_are_one_group() -> None:
    readout = read("国家主席习近平将出席金砖国家领导人第十六次会晤。")
    assert readout is not None and readout.status == "planned" and readout.multilateral
    assert [(p.id, p.organisation) for p in readout.participants] == [("xi_jinping", None), (None, "BRICS")]


def test_a_summit_held_counts_beside_its_sides() -> None:
    readout = read("印度总理莫迪与日本首相岸田文雄原定于下月举行的峰会将提前举行。")
    assert readout is not None and readout.status == "planned" and readout.kind == "meeting"


def test_the_attendees_of_a_summit_follow_it() -> None:
    readout = read("国家主席习近平在西安主持首届中国－中亚峰会。哈萨克斯坦总统托卡耶夫、乌兹别克斯坦总统米尔济约耶夫出席。")
    assert readout is not None and readout.multilateral and readout.host == "xi_jinping"
    assert [p.id for p in readout.participants] == ["xi_jinping", "kassym_jomart_tokayev", "shavkat_mirziyoyev"]


def test_an_announced_visit_meets_the_hosts_of_the_country_visited() -> None:
    readout = read("美国国务卿布林肯下周将访问日本、韩国和蒙古。")
    assert readout is not None and readout.status == "planned"
    assert sides(readout) == [("US", "foreign_minister"), ("JP", "official"), ("KR", "official"), ("MN", "official")]
    assert sides(read("美国卫生部长将访台。")) == [("US", "minister"), ("TW", "official")]


def test_a_country_and_the_one_it_holds_talks_with_are_two_sides() -> None:
    readout = read("中国将在与美国的会谈中提起网络安全问题。")
    assert readout is not None and readout.status == "planned"
    assert sides(readout) == [("CN", "official"), ("US", "official")]
    assert sides(read("欧盟下周将与英国举行新一轮会谈。")) == [("EU", "official"), ("GB", "official")]
    # the partner must be joined to the contact word, and the first country the clause's subject
    assert read("中国将与美国在贸易问题上的分歧提交会谈。") is None
    assert sides(read("据悉，韩国下周将与美国举行会谈。")) == [("KR", "official"), ("US", "official")]
    assert read("卡达吁海湾国家与伊朗会谈。") is None and read("澳洲望与中国通电话。") is None  # urged, wished


def test_the_country_visited_after_its_modifier_and_in_taiwan_usage() -> None:
    # 亚塞拜然: Taiwan's name of Azerbaijan in Simplified characters; 坚定盟邦 what it is to Turkey
    readout = read("土耳其总统将于下周访问坚定盟邦亚塞拜然。")
    assert readout is not None and readout.status == "planned"
    assert sides(readout) == [("TR", "head_of_state"), ("AZ", "official")]
    assert sides(read("美国国务卿下周将访问邻国加拿大。")) == [("US", "foreign_minister"), ("CA", "official")]
    assert read("土耳其总统将于下周访问坚定地表示支持亚塞拜然。") is None  # a clause, no modifier


def test_a_visit_told_in_the_past_hoped_for_or_an_interview_is_none() -> None:
    assert read("王毅上月访问意大利和法国。") is None
    assert read("立委盼赖清德能正式访美。") is None
    assert read("蔡英文接受美国之音访问时表示，台湾不会屈服。") is None


def test_a_tour_the_title_tells_of_is_held_even_told_in_the_past() -> None:
    # the title's visitor and the countries the lead names after the visit word
    readout = read("法国外长本周开始亚洲之行，先后到访日本、韩国。", title="法国外长出访亚洲寻求合作")
    assert readout is not None and readout.status == "held" and readout.kind == "meeting"
    assert sides(readout) == [("FR", "foreign_minister"), ("JP", "official"), ("KR", "official")]
    held = read("游客在机场举牌抗议。", title="美国国务卿到访蒙古 民众举牌抗议")
    assert held is not None and sides(held) == [("US", "foreign_minister"), ("MN", "official")]
    # a visit in the body only, one called off, one asked about, one to the place written from: none
    assert read("法国外长上周先后到访日本、韩国。", title="法国推动亚洲合作") is None
    assert read("游客在机场举牌抗议。", title="美国国务卿取消到访蒙古") is None
    assert read("游客在机场举牌抗议。", title="美国国务卿到访蒙古？") is None
    assert read("北京提出抗议。", title="美国卫生部长访台引发抗议") is None


def test_a_title_asking_whether_a_contact_takes_place_reports_none() -> None:
    lead = "台湾外交部长说，目前正在研究各种方式，任何通话都无损台美关系。"
    assert read(lead, title="通话还是视频？赖清德向特朗普道贺方式受关注") is None
    assert read(lead, title="赖清德是否致电祝贺特朗普？外长：仍在研究") is None
    # a question about something else than whether the contact takes place leaves it alone
    asked = read("美国国务卿将于下周访问日本。", title="美国国务卿访问日本意义何在？")
    assert asked is not None and asked.status == "planned"


def test_a_negation_that_covers_its_clause() -> None:
    assert read("教宗方济各拒绝在美国国务卿布林肯到访期间与之会面。") is None
    assert read("赖清德否认台湾和日本双方就首相岸田文雄期待有机会和他通话展开交谈。") is None


def test_a_title_whose_contact_is_negated_has_no_readout() -> None:
    assert read("据报道，日本前首相森喜朗前天与赖清德会面。", title="赖清德：没有与菅义伟通话的规划") is None


def test_a_contact_put_back_is_none_held_or_scheduled() -> None:
    assert read("日本、中国和韩国三方峰会推迟至明年举行。") is None
    assert read("美国贸易代表戴琪按计划应与中国副总理何立峰在周六举行视频会谈。",
                title="美中原定周六贸易会谈被推后") is None


def test_an_administration_is_no_participant() -> None:
    readout = read("美国驻联合国大使托马斯-格林菲尔德周三与驻纽约台北经济文化办事处处长李光章共进午餐，象征拜登政府强化美台关系。")
    assert readout is not None
    assert [(p.id, p.name, p.country, p.office) for p in readout.participants] == [
        ("linda_thomas_greenfield", "托马斯-格林菲尔德", "US", "ambassador"), ("lee_kuang_chang", "李光章", "TW", "envoy")]


def test_a_summons_is_a_meeting() -> None:
    readout = read("俄罗斯外交部3月5日召见了法国大使和瑞典大使。")
    assert readout is not None and readout.kind == "meeting"
    # the summoning country, named by its ministry only, is an unnamed official of it
    assert sides(readout) == [("RU", "official"), ("FR", "ambassador"), ("SE", "ambassador")]
    assert readout.initiator == "俄罗斯"
    # ... and a summons naming nobody before its verb and no summoning country is none
    assert read("召见了法国大使和瑞典大使。") is None


def test_a_delegation_received_is_its_countrys_side() -> None:
    readout = read("总统蔡英文今天上午接见美国联邦参议员访问团。")
    assert readout is not None and readout.kind == "meeting"
    assert [(p.id, p.name, p.country) for p in readout.participants] == [
        ("tsai_ing_wen", "蔡英文", "TW"), (None, "美国联邦参议员访问团", "US")]


def test_a_joint_message_with_no_recipient_is_none() -> None:
    assert read("习近平同塞内加尔总统就论坛成立25周年共致贺电。") is None
    readout = read("习近平同塞内加尔总统就论坛成立25周年共致贺电。", "习近平致电祝贺拉赫蒙当选塔吉克斯坦总统。")
    assert readout is not None and readout.initiator == "xi_jinping"
    assert [p.id for p in readout.participants] == ["xi_jinping", "emomali_rahmon"]


def test_a_summit_hard_to_hold_is_none() -> None:
    assert read("今年预定召开的日中韩首脑会谈将很困难。", title="今年日中韩首脑峰会难以进行") is None


def test_negotiators_received_are_a_side() -> None:
    readout = read("美国国务卿布林肯星期六会见了阿富汗政府谈判代表。")
    assert readout is not None and sides(readout) == [("US", "foreign_minister"), ("AF", "official")]


def test_a_meeting_delayed_by_minutes_took_place() -> None:
    readout = read("王毅周四在首尔会见韩国外长康京和，会谈因故推迟25分钟开始。")
    assert readout is not None and readout.status == "held"


def test_refusing_a_proposal_denies_no_contact() -> None:
    readout = read("日本首相菅义伟25日在官邸与王毅会谈。", title="日本官房长官拒绝王毅的提议")
    assert readout is not None and [p.id for p in readout.participants] == ["yoshihide_suga", "wang_yi"]


def test_a_dialogue_held_is_a_meeting_talk_is_none() -> None:
    readout = read("美国国务卿周二在东京同日本、澳洲和印度外长举行了「四方安全对话」。")
    assert readout is not None and readout.kind == "meeting" and readout.status == "held"
    assert sides(readout) == [("US", "foreign_minister"), ("JP", "foreign_minister"),
                              ("AU", "foreign_minister"), ("IN", "foreign_minister")]
    assert sides(read("德国和中国本周在柏林举行年度人权对话。")) == [("DE", "official"), ("CN", "official")]
    assert read("美国国务卿表示愿与中国外长对话。") is None


def test_a_message_word_after_its_addressee_marked_by_xiang_or_gei() -> None:
    readout = read("印度总理莫迪和德国总理默克尔当天在社交媒体上向特朗普夫妇表示慰问。")
    assert readout is not None and readout.kind == "message_exchange"
    assert [p.country for p in readout.participants] == ["IN", "DE", "US"]
    sent = read("俄罗斯总统普京周五给特朗普总统发去一封电报。")
    assert sent is not None and [p.id for p in sent.participants] == ["vladimir_putin", "donald_trump"]
    # the addressee must stand in the message word's clause
    assert read("普京向特朗普表示，双方应当合作，各国纷纷发出慰问。") is None


def test_a_visit_announced_with_a_time_between_the_visitor_and_the_visit_word() -> None:
    # a day or a time (and the announcing word, a delegation) between the subject and 访台
    readout = read("美国卫生部长周五下午将率团访台。")
    assert readout is not None and readout.status == "planned"
    assert sides(readout) == [("US", "minister"), ("TW", "official")]
    assert sides(read("美国卫生部长将于下个月访华。")) == [("US", "minister"), ("CN", "official")]
    assert sides(read("美国卫生部长本月底将访台。")) == [("US", "minister"), ("TW", "official")]
    assert sides(read("美国卫生部长预计下月访台。")) == [("US", "minister"), ("TW", "official")]
    assert sides(read("美国卫生部长计划12月率团访华。")) == [("US", "minister"), ("CN", "official")]
    # a time alone does not tie a far subject: the visit is the topic of another clause
    assert read("美国卫生部长说，外界关心下个月访台的传闻。") is None
