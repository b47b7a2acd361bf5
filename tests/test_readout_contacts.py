"""Stage 3: diplomatic contacts only, recalled ones kept apart, the story's one chosen."""

from __future__ import annotations

import datetime as dt

from readoutparse.readout import extract_readout

from .readout_lexicon import article, people, read


def test_a_contact_inside_one_government_is_none() -> None:
    assert read("zh-Hans", "习近平会见王毅。") is None
    assert read("en", "Xi Jinping met Wang Yi.") is None


def test_a_contact_with_an_organisation_counts() -> None:
    assert read("en", "Wang Yi met Antonio Guterres.") is not None


def test_a_recalled_contact_is_not_the_story() -> None:
    assert read("zh-Hans", "王毅说，习近平此前曾同普京通电话。") is None
    readout = read("zh-Hans", "习近平此前同普京会晤。", "王毅今天同美国国务卿卢比奥通电话。", title="王毅同卢比奥通电话")
    assert readout is None or "此前" not in readout.evidence


def test_negated_contacts_are_none() -> None:
    assert read("zh-Hans", "习近平不会见普京。") is None
    assert read("en", "Xi Jinping will not meet Vladimir Putin.") is None


def test_separately_continues_the_list() -> None:
    readout = read("zh-Hans", "王毅分别会见普京和古特雷斯。")
    assert [p[0] for p in people(readout)] == ["wang_yi", "vladimir_putin", "antonio_guterres"]


def test_weak_cues_need_a_person_beside_them() -> None:
    assert read("zh-Hans", "习近平晤普京。") is not None
    assert read("zh-Hans", "泰晤士河畔，习近平和普京。") is None


def test_a_company_video_meeting_is_no_contact() -> None:
    assert read("zh-Hant", "公司今天舉行視訊會議，討論美國市場。") is None


def test_an_earlier_year_names_a_recalled_contact() -> None:
    assert read("zh-Hans", "2016年习近平同普京通电话。", published=dt.date(2020, 11, 17)) is None
    # late December is still news early in January
    assert read("zh-Hans", "2024年12月30日，习近平同普京通电话。", published=dt.date(2025, 1, 2)) is not None


def test_a_vague_title_alone_is_nobody() -> None:
    assert read("zh-Hans", "美国议员同普京会晤。") is None
    assert read("zh-Hans", "英国跨党派议员同王毅通电话。") is None



def _ids(*paragraphs: str) -> list[str | None]:
    # the built-in gazetteer: the test lexicon has no Vietnamese names
    readout = extract_readout(article("vi", *paragraphs, published=dt.date(2022, 9, 7)))
    assert readout is not None
    return [p.id for p in readout.participants]


def test_a_message_of_the_same_occasion_joins_the_contact() -> None:
    lead = "Ngày 6/9, Thủ tướng Phạm Minh Chính đã gửi điện thăm hỏi tới Thủ tướng Trung Quốc Lý Khắc Cường."
    assert _ids(lead, "Cùng ngày, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gửi điện thăm hỏi tới Bộ trưởng Ngoại giao "
                      "Trung Quốc Vương Nghị.") == ["pham_minh_chinh", "li_keqiang", "bui_thanh_son", "wang_yi"]
    # another kind of contact the same day is another story
    assert _ids(lead, "Cùng ngày, Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Mỹ Antony Blinken."
                ) == ["pham_minh_chinh", "li_keqiang"]


def test_a_round_up_of_messages_in_the_same_words_is_one_contact() -> None:
    readout = extract_readout(article(
        "vi", "Tổng thống Palestine Mahmoud Abbas gửi thư chia buồn đến Tổng Bí thư Nguyễn Phú Trọng.",
        "Chủ tịch Đảng Công nhân Bangladesh Rashed Khan Menon gửi thư chia buồn đến Tổng Bí thư Nguyễn Phú Trọng.",
        "Tổng thống Joe Biden điện đàm với Thủ tướng Phạm Minh Chính.", published=dt.date(2020, 7, 20)))
    assert readout is not None
    assert [p.id or p.name for p in readout.participants] == ["mahmoud_abbas", "nguyen_phu_trong", "Rashed Khan Menon"]
    assert readout.initiator is None  # senders of two countries: no one placed "the" contact



def test_a_leader_attending_a_summit_alone_is_no_contact() -> None:
    # one person at a summit names no counterpart; on the archive this reads investor summits,
    # summits a leader will not attend, and the like (the readout needs two sides)
    assert read("zh-Hans", "当地时间7月4日下午，国家主席习近平在阿斯塔纳出席上海合作组织峰会并发表重要讲话。",
                published=dt.date(2024, 7, 5)) is None


def test_a_mourning_visit_received_is_a_meeting_and_the_dead_no_participant() -> None:
    readout = extract_readout(article("zh-Hant", "總統蔡英文今天下午在總統府接見日本弔唁前總統李登輝訪台團團長森喜朗。",
                                      published=dt.date(2020, 8, 9)))
    assert readout is not None and readout.kind == "meeting"
    assert [p.id for p in readout.participants] == ["tsai_ing_wen", "yoshiro_mori"]


def test_a_letter_of_sympathy_or_a_telegram_is_a_message() -> None:
    for text in ("俄罗斯总统普京向美国总统特朗普发去慰问信。", "俄罗斯总统普京给美国总统特朗普发电报。"):
        readout = extract_readout(article("zh-Hans", text, published=dt.date(2020, 10, 3)))
        assert readout is not None and readout.kind == "message_exchange", text
        assert [p.id for p in readout.participants] == ["vladimir_putin", "donald_trump"]
    # a telegram with nobody beside it is no contact
    assert extract_readout(article("zh-Hans", "俄罗斯总统普京说，美国总统特朗普的病情令人担忧，电报已经过时。",
                                   published=dt.date(2020, 10, 3))) is None


def test_accompanying_a_visiting_leader_is_a_meeting() -> None:
    readout = extract_readout(article("zh-Hans", "法国总统马克龙10月1日陪同访法的肯尼亚总统肯雅塔出席一个年会。",
                                      published=dt.date(2020, 10, 2)))
    assert readout is not None and readout.kind == "meeting"
    assert [p.id for p in readout.participants] == ["emmanuel_macron", "uhuru_kenyatta"]
    # accompanied by one's own minister: one side, no contact
    assert extract_readout(article("zh-Hans", "法国总统马克龙在外长勒德里昂陪同下参观展览。",
                                   published=dt.date(2020, 10, 2))) is None
    # accompanying with nobody after the word: a visit's escort, no contact read
    assert extract_readout(article("zh-Hant", "美國衛生部長艾薩今天參訪一家工廠，行政院副院長沈榮津陪同參訪。",
                                   published=dt.date(2020, 8, 11))) is None


def test_a_delegation_received_is_not_the_one_person_named_later() -> None:
    readout = extract_readout(article("zh-Hans", "捷克访问团上午获台湾总统蔡英文在总统府接见。",
                                      "已故捷克前议长柯佳洛生前曾计划访台。", published=dt.date(2020, 9, 3)))
    assert readout is not None and readout.kind == "meeting"
    # the delegation is not the one person named later
    assert [(p.id, p.name, p.country) for p in readout.participants] == [
        ("tsai_ing_wen", "蔡英文", "TW"), (None, "捷克访问团", "CZ")]


def test_a_title_calling_its_contact_off_reports_none() -> None:
    assert extract_readout(article("zh-Hans", "日方表示，日本首相菅义伟赴韩参会将很困难，但可以与韩国总统文在寅进行视频会议。",
                                   title="今年日中韩首脑峰会难以进行", published=dt.date(2020, 10, 13))) is None
    # a contact put off in one phrase, another reported in the next: the title names a held one too
    assert extract_readout(article("zh-Hans", "美国国务卿蓬佩奥周二在东京会见日本外相茂木敏充。",
                                   title="蓬佩奥会见茂木敏充 亚洲行程推迟", published=dt.date(2020, 10, 6))) is not None


def test_a_weak_cue_reaches_its_visitor_past_the_visit_modifier() -> None:
    readout = extract_readout(article("zh-Hans", "蒙古外长在乌兰巴托接待了到访的中国外长王毅。",
                                      published=dt.date(2020, 9, 16)))
    assert readout is not None and readout.kind == "meeting"
    assert "wang_yi" in [p.id for p in readout.participants]


def test_a_later_reporting_clause_names_a_commentator() -> None:
    readout = extract_readout(article("zh-Hans", "美国驻联合国大使克拉夫特改以视频方式与台湾总统蔡英文通话，"
                                      "中国常驻联合国代表团发言人对此作出回应，批评此举。", published=dt.date(2021, 1, 14)))
    assert readout is not None and [p.id for p in readout.participants] == ["kelly_craft", "tsai_ing_wen"]
    # someone of the contact named again in a later clause stays
    readout = extract_readout(article("zh-Hans", "国家主席习近平同俄罗斯总统普京通电话，普京表示支持。",
                                      published=dt.date(2021, 1, 14)))
    assert readout is not None and [p.id for p in readout.participants] == ["xi_jinping", "vladimir_putin"]


def test_the_subject_named_after_a_partner_clause_is_no_commentator() -> None:
    readout = extract_readout(article("zh-Hans", "与台湾领导人蔡英文开始会谈之前，美国卫生部长阿扎在总统府发表讲话时说，他感到荣幸。",
                                      published=dt.date(2020, 8, 10)))
    assert readout is not None and [p.id for p in readout.participants] == ["tsai_ing_wen", "alex_azar"]


def test_a_weak_cue_reaches_its_subject_past_a_day() -> None:
    readout = extract_readout(article("zh-Hans", "日本首相菅义伟14日在东亚峰会上表示关切。", published=dt.date(2020, 11, 15)))
    assert readout is not None and readout.multilateral and [p.id for p in readout.participants] == ["yoshihide_suga"]
    # a day and a whole clause between them: not beside
    assert extract_readout(article("zh-Hans", "日本首相菅义伟14日表示，东亚峰会很重要。",
                                   published=dt.date(2020, 11, 15))) is None


def _builtin(language: str, *paragraphs: str):  # type: ignore[no-untyped-def]
    """Read with the built-in gazetteer, on a page of January 2021."""
    return extract_readout(article(language, *paragraphs, published=dt.date(2021, 1, 15)))


def test_talks_by_video_named_dui_tan_are_a_video_call() -> None:
    readout = _builtin("zh-Hans", "总统蔡英文13日透过视讯方式与美国驻联合国大使克拉芙特进行对谈。")
    assert readout is not None and readout.kind == "video_call"
    assert _builtin("zh-Hans", "歌手在节目中与主持人对谈人生。") is None


def test_a_dinner_given_for_a_guest_is_a_meeting_with_the_guest() -> None:
    readout = _builtin("zh-Hant", "總統蔡英文13日晚間於官邸宴請美國國務院次卿柯拉克。")
    assert readout is not None and readout.kind == "meeting"
    assert {p.country for p in readout.participants} == {"TW", "US"}
    assert _builtin("zh-Hans", "公司老板宴请员工。") is None


def test_a_summit_someone_will_attend_counts_however_long_its_name() -> None:
    readout = _builtin("zh-Hans", "美国总统特朗普明天将参与线上APEC高峰会。")
    assert readout is not None and readout.status == "planned" and readout.kind == "video_call"
    assert [p.id for p in readout.participants] == ["donald_trump"]
    assert _builtin("zh-Hans", "学生参与了反对峰会的抗议。") is None
    # a summit no organisation names is the story's setting, not a contact of the one attending
    assert _builtin("zh-Hans", "以色列外长阿什肯纳齐以远程形式出席了这次峰会。") is None


def test_zao_fang_announces_a_visit_to_the_countries_after_it() -> None:
    readout = _builtin("zh-Hans", "美国国务卿蓬佩奥下周还将造访哥伦比亚和巴西。")
    assert readout is not None and readout.status == "planned"
    assert {p.country for p in readout.participants} == {"US", "CO", "BR"}
    assert _builtin("zh-Hans", "游客造访巴西的景点。") is None


def _story(title: str, *paragraphs: str):  # type: ignore[no-untyped-def]
    return extract_readout(article("zh-Hans", *paragraphs, title=title, published=dt.date(2020, 7, 24)))


def test_a_two_sided_title_comes_before_a_contact_deep_in_the_body() -> None:
    readout = _story("特朗普在电话中告诉普京 望避免军备竞赛", "白宫说，总统关注军控。", "军控条约明年到期。", "分析人士看法不一。",
                     "俄罗斯与美国6月在维也纳举行会谈。")
    assert readout is not None and readout.kind == "phone_call"
    assert readout.evidence.startswith("特朗普在电话中")


def test_a_contact_of_the_first_paragraphs_still_comes_before_the_title() -> None:
    readout = _story("特朗普在电话中告诉普京 望避免军备竞赛", "俄罗斯外长拉夫罗夫与美国国务卿蓬佩奥周四举行会谈。")
    assert readout is not None and readout.kind == "meeting"
