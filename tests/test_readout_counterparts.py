"""Counterparts outside the gazetteer: private people, names glossed in Latin, letters' addressees."""

from __future__ import annotations

import datetime as dt

from readoutparse.readout import extract_readout

from .readout_lexicon import article


def _read(*paragraphs: str, title: str = "", language: str = "zh-Hans"):  # type: ignore[no-untyped-def]
    return extract_readout(article(language, *paragraphs, title=title, published=dt.date(2021, 1, 15)))


def _people(readout) -> list[tuple[str | None, str, str | None]]:  # type: ignore[no-untyped-def]
    assert readout is not None
    return [(p.id, p.name, p.country) for p in readout.participants]


def test_the_addressee_of_a_reply_ends_its_clause_after_a_title() -> None:
    readout = _read("国家主席习近平复信美国咖啡公司董事会名誉主席舒兹，鼓励他推动两国合作。")
    assert readout is not None and readout.kind == "message_exchange" and readout.initiator == "xi_jinping"
    assert _people(readout) == [("xi_jinping", "习近平", "CN"), (None, "舒兹", "US")]


def test_a_name_glossed_in_latin_is_a_counterpart() -> None:
    readout = _read("法国总统马克龙周二将和白俄罗斯反对派领袖季哈诺夫斯卡娅（Svetlana Tikhanovskaya）举行会晤。")
    assert readout is not None and readout.kind == "meeting"
    assert _people(readout)[1] == (None, "季哈诺夫斯卡娅", "BY")


def test_a_glossed_addressee_of_no_country_is_a_side_of_a_chinese_sender() -> None:
    readout = _read("中国国家主席习近平回信咖啡公司前首席执行官舒尔茨（Howard Schultz），希望他继续发挥作用。")
    assert _people(readout) == [("xi_jinping", "习近平", "CN"), (None, "舒尔茨", None)]
    assert readout is not None and not readout.multilateral


def test_a_glossed_co_national_is_no_other_side() -> None:
    # two US legislators writing to companies: one side only
    assert _read("美国参议员鲁比奥(Marco Rubio)和众议员麦高文（Jim McGovern）周二致函两家芯片公司。") is None
    # nor the glossed object of an American's meeting, whose country is not said
    assert _read("美国国务卿蓬佩奥会见了众议院议长佩洛西（Nancy Pelosi）。") is None


def test_the_partner_of_a_contact_ends_after_a_title_character() -> None:
    readout = _read("美国总统国家安全事务助理奥布莱恩19日与日本国家安全保障局长北村滋举行电话会谈。")
    assert readout is not None and readout.kind == "phone_call"
    assert _people(readout)[1] == (None, "北村滋", "JP")


def test_a_partner_without_a_title_is_not_read() -> None:
    # nothing says where a title ends and a name begins: no counterpart
    assert _read("美国总统国家安全事务助理奥布莱恩19日与日本北村滋举行电话会谈。") is None


def test_a_reply_answers_the_writers_a_later_sentence_names() -> None:
    readout = _read("近日，国家主席习近平复信巴西各界友好人士，鼓励他们为两国友好贡献力量。",
                    "习近平指出，两国友谊源远流长。",
                    "此前，巴西圣保罗州前副市长恩里克·特谢拉，以及百余名巴西友好人士分别致信习近平主席。")
    assert readout is not None and readout.kind == "message_exchange" and readout.initiator == "xi_jinping"
    assert _people(readout) == [("xi_jinping", "习近平", "CN"), (None, "恩里克·特谢拉", "BR")]


def test_writers_to_someone_else_answer_no_reply() -> None:
    assert _read("国家主席习近平复信巴西各界友好人士。", "巴西青年恩里克·特谢拉致信联合国。") is None


def test_a_dotted_name_in_the_cue_clause_is_a_counterpart() -> None:
    readout = _read("国家主席习近平会见了智利参议员胡安·皮萨罗。")
    assert _people(readout)[1] == (None, "胡安·皮萨罗", "CL")


def test_a_dotted_subject_whose_partner_is_chinese_is_the_other_side() -> None:
    readout = _read("五角大楼周四表示，国防部长马克·埃斯佩尔在与中国国防部长魏凤和的通话中表达了担忧。")
    assert readout is not None and readout.kind == "phone_call"
    assert [(p.name, p.country, p.office) for p in readout.participants] == [
        ("马克·埃斯佩尔", None, "defence_minister"), ("魏凤和", "CN", "defence_minister")]


def test_a_private_subject_opening_with_a_country_is_a_counterpart() -> None:
    readout = _read("中国维权律师余文生妻子许艳周四在美使馆会见美国驻华大使布兰斯塔德。")
    assert readout is not None and readout.kind == "meeting"
    assert _people(readout) == [(None, "许艳", "CN"), ("terry_branstad", "布兰斯塔德", "US")]


def test_a_subject_with_no_role_before_its_name_is_not_read() -> None:
    assert _read("中国许艳周四会见美国驻华大使布兰斯塔德。") is None


def test_a_dotted_name_ends_at_the_cue_and_starts_after_a_role() -> None:
    readout = _read("日本首相菅义伟12日与美国微软公司创办人、慈善家比尔·盖茨通电话。")
    assert readout is not None and _people(readout)[1] == (None, "比尔·盖茨", "US")


def test_a_glossed_name_starts_after_the_title_character() -> None:
    readout = _read("台湾总统蔡英文今天接见台北美国商会会长金奇伟（C.W. Chin）。")
    assert readout is not None and _people(readout)[1] == (None, "金奇伟", "US")


def test_an_arabic_reception_of_a_guest_after_a_place() -> None:
    # the capital before the guest's title is where she is received, not her country
    readout = _read("استقبل نائب الرئيس الصيني هان تشنغ اليوم الثلاثاء في بكين رئيسة وزراء بربادوس ميا موتلي.",
                    language="ar")
    assert readout is not None and readout.kind == "meeting"
    assert _people(readout) == [("han_zheng", "هان تشنغ", "CN"), (None, "ميا موتلي", "BB")]


def test_a_dotted_name_ends_before_leading_a_delegation_and_starts_after_a_place() -> None:
    readout = _read("国务院总理李强在人民大会堂会见美国商会会长苏珊·克拉克率领的代表团。")
    assert readout is not None and _people(readout)[1] == (None, "苏珊·克拉克", "US")
    readout = _read("国家主席习近平复信美国艾奥瓦州友人萨拉·兰德。")
    assert readout is not None and _people(readout)[1] == (None, "萨拉·兰德", "US")


def test_the_ministers_of_several_countries_after_the_cue_are_one_group() -> None:
    readout = _read("国家主席习近平在人民大会堂集体会见来华出席外长会议的各国外长。")
    assert readout is not None and readout.multilateral
    assert [(p.name, p.country, p.office) for p in readout.participants] == [
        ("习近平", "CN", "head_of_state"), ("各国外长", None, "foreign_minister")]


def test_a_group_takes_the_organisation_whose_meeting_it_attends() -> None:
    readout = _read("國家主席習近平在北京集體會見來華出席上海合作組織成員國外長理事會會議的各國外長。", language="zh-Hant")
    assert readout is not None
    assert [(p.organisation, p.office) for p in readout.participants][-1] == ("SCO", "foreign_minister")


def test_a_state_named_like_a_country_gives_no_country() -> None:
    assert _read("川普2日致电乔治亚州州务卿拉芬斯伯格（Brad Raffensperger）。") is None


def test_a_partner_noun_is_no_title_before_a_name() -> None:
    # 与尼泊尔共产主义领导人密集会面: 密集 is how they met, not who
    assert _read("中国驻尼泊尔大使侯艳琪与尼泊尔共产主义领导人密集会面。") is None or all(
        p.name != "密集" for p in _read("中国驻尼泊尔大使侯艳琪与尼泊尔共产主义领导人密集会面。").participants)


def test_a_news_agency_dispatch_is_no_telegram() -> None:
    assert _read("（法新电报导）欧盟领导人和中国国家主席习近平已原则上达成投资协定。") is None


def test_the_object_ending_the_clause_after_a_role_is_a_counterpart() -> None:
    readout = _read("美国国务卿蓬佩奥在伦敦会见了香港民运人士陈大文。")
    assert readout is not None and _people(readout) == [("mike_pompeo", "蓬佩奥", "US"), (None, "陈大文", "HK")]
    readout = _read("副總統賴清德今天接見日本台灣交流協會台北事務所代表泉裕泰，感謝日本支持。", language="zh-Hant")
    assert readout is not None and _people(readout)[1] == (None, "泉裕泰", "JP")


def test_an_object_that_does_not_end_its_clause_is_not_read() -> None:
    assert _read("美国国务卿蓬佩奥在伦敦会见了香港民运人士陈大文等人并发表讲话。") is None


def test_a_delegation_received_by_the_one_named_is_the_other_side() -> None:
    readout = extract_readout(article("zh-Hans", "捷克团上午获台湾总统蔡英文在总统府接见，双方交换意见。",
                                      published=dt.date(2020, 9, 3)))
    assert readout is not None and readout.kind == "meeting"
    assert sorted(p.country for p in readout.participants) == ["CZ", "TW"]
    assert extract_readout(article("zh-Hans", "该团上午获台湾总统蔡英文在总统府接见。",
                                   published=dt.date(2020, 9, 3))) is None
