"""Rules found on the real archive (Chinese, Zaobao template), each on sentences of our own.

They run with the built-in lexicons, since they are about the people and offices real
stories name (a US chargé d'affaires, the IOC president, Boris Johnson in 2020).
"""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout


def _read(*paragraphs: str, title: str = "", language: str = "zh-Hans",
          published: dt.date = dt.date(2020, 12, 5)) -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                   published=published))


def _ids(readout: Readout | None) -> list[str | None]:
    assert readout is not None
    return [p.id or p.name for p in readout.participants]


def test_a_summons_is_a_meeting_with_the_ambassador() -> None:
    readout = _read("英国外交大臣拉布周四召见中国驻英大使刘晓明，表达关切。", title="英国召见中国大使")
    assert readout is not None and readout.kind == "meeting"
    assert _ids(readout) == ["dominic_raab", "liu_xiaoming"]
    assert readout.initiator == "dominic_raab"  # who summons initiates
    # The summoner named in the title only; two summoned ambassadors are no contact of theirs.
    titled = _read("英国外交部周四召见中国驻英大使刘晓明，表达关切。", title="拉布召见中国大使")
    assert titled is not None and set(_ids(titled)) == {"dominic_raab", "liu_xiaoming"}
    # Two summoned ambassadors are no contact of theirs: the summoning country is the other side.
    joint = _read("伊朗外交部今天召见德国与法国大使。", published=dt.date(2020, 12, 14))
    assert joint is not None and [(p.country, p.office) for p in joint.participants] == [
        ("IR", "official"), ("DE", "ambassador"), ("FR", "ambassador")]
    charge = _read("中国外交部副部长郑泽光召见美国驻华使馆临时代办傅德恩。", published=dt.date(2020, 12, 8))
    assert charge is not None
    assert [(p.name, p.country, p.office) for p in charge.participants][1] == ("傅德恩", "US", "ambassador")


def test_who_comments_or_is_talked_about_after_the_cue_is_no_participant() -> None:
    readout = _read("美国卫生部长阿扎今天会晤台湾总统蔡英文，中国外交部发言人赵立坚今天说，中方坚决反对。",
                    published=dt.date(2020, 8, 10))
    assert _ids(readout) == ["alex_azar", "tsai_ing_wen"]
    topic = _read("中国外交部副部长秦刚约见捷克驻华大使，就捷克参议院议长维斯特奇尔访台提出交涉。",
                  published=dt.date(2020, 9, 1))
    assert "milos_vystrcil" not in _ids(topic)
    # Named before the cue as well, the same person stays: 艾薩 meets and then speaks.
    both = _read("总统蔡英文今天接见美国卫生部长艾萨，艾萨指出，台湾防疫成功。", published=dt.date(2020, 8, 10))
    assert "alex_azar" in _ids(both)


def test_an_organisation_inside_a_title_word_is_the_side() -> None:
    readout = _read("访日的国际奥委会（IOC）主席巴赫16日与日本首相菅义伟举行会谈。",
                    title="菅义伟与国际奥委会主席举行会谈", published=dt.date(2020, 11, 16))
    assert readout is not None
    assert {(p.id, p.country, p.organisation) for p in readout.participants} == {
        ("thomas_bach", None, "IOC"), ("yoshihide_suga", "JP", None)}


def test_both_countries_before_one_title() -> None:
    readout = _read("中印两国外长周四在莫斯科会面。", published=dt.date(2020, 9, 11))
    assert _ids(readout) == ["wang_yi", "subrahmanyam_jaishankar"]


def test_a_body_named_between_country_and_title() -> None:
    readout = _read("美国国务院政军局助理国务卿库柏今天与台湾驻美代表萧美琴会面。", published=dt.date(2021, 1, 12))
    assert readout is not None
    assert [(p.name, p.country) for p in readout.participants][0] == ("库柏", "US")
    swiss = _read("习近平同瑞士联邦主席索马鲁加互致贺电。", published=dt.date(2020, 9, 14))
    assert swiss is not None
    assert [(p.name, p.country) for p in swiss.participants][1:] == [("索马鲁加", "CH")]


def test_a_title_that_announces_the_contact_makes_it_planned() -> None:
    readout = _read("据报道，印度总理莫迪与日本首相安倍晋三在会面中预计签署协议。",
                    title="莫迪与安倍预计下月初举行视频峰会", published=dt.date(2020, 8, 17))
    assert readout is not None and readout.status == "planned"
    # A space ends a title's phrase: 将于 before 任命 announces nothing about the message.
    held = _read("当日稍早，中国国家主席习近平致电拜登，祝贺他当选美国总统。",
                 title="拜登将于下周任命经济团队 收到习近平贺电", published=dt.date(2020, 11, 26))
    assert held is not None and held.status == "held"


def test_a_summit_of_an_organisation_with_one_member_named() -> None:
    readout = _read("习近平今天在上海合作组织成员国元首理事会视频会议上发表讲话。",
                    published=dt.date(2020, 11, 10))
    assert readout is not None
    assert _ids(readout) == ["xi_jinping"] and readout.multilateral and readout.kind == "video_call"
    # ... but a meeting that names both sides is read first.
    full = _read("习近平出席上海合作组织峰会。", "习近平同俄罗斯总统普京举行会晤。", published=dt.date(2020, 11, 10))
    assert _ids(full) == ["xi_jinping", "vladimir_putin"]
    # An organisation's general assembly is no leaders' summit.
    assert _read("习近平在联合国大会视频会议上发表讲话。", published=dt.date(2020, 9, 22)) is None


def test_a_short_form_is_the_office_holder_of_the_day_beside_a_cue() -> None:
    readout = _read("他补充说，约翰逊和冯德莱恩将在周六通话。", title="约翰逊和冯德莱恩将于周六通话")
    assert _ids(readout) == ["boris_johnson", "ursula_von_der_leyen"]
    # A short form inside a longer name is none: 马斯克 is not Heiko Maas.
    assert _read("马斯克周六与特朗普通话。", published=dt.date(2020, 12, 5)) is None


def test_a_retelling_gives_the_day_the_lead_does_not() -> None:
    readout = _read("两国外长在莫斯科会晤后发布联合声明。", "双方同意撤军。",
                    "中国外交部长王毅与印度外长苏杰生周四(9月10日)在莫斯科进行了会晤。",
                    title="中印外长会晤达成共识", published=dt.date(2020, 9, 11))
    assert readout is not None and readout.event_date == dt.date(2020, 9, 10)


def test_taiwan_forms_of_cue_words() -> None:
    readout = _read("習近平晚間與德國總理梅克爾、歐盟執委會主席范德賴恩舉行視訊峰會。",
                    title="中歐峰會登場", language="zh-Hant", published=dt.date(2020, 9, 14))
    assert readout is not None and readout.multilateral


def test_a_group_is_the_people_a_later_sentence_names_beside_a_participant() -> None:
    # the naming sentence stands two paragraphs on; it names Michel and von der Leyen again
    readout = _read("（本社電）中國國家主席習近平今晚與歐盟主要國家領袖舉行視訊峰會，確認加快談判。",
                    "此外，雙方決定建立兩個高層對話。",
                    "據報導，習近平晚間與德國總理梅克爾、歐盟執委會主席范德賴恩以及歐洲理事會主席米歇爾舉行會晤。",
                    title="中歐峰會", language="zh-Hant", published=dt.date(2020, 9, 14))
    ids = _ids(readout)
    assert "angela_merkel" in ids and "xi_jinping" in ids
    assert not any("領袖" in str(i) for i in ids)


def test_a_group_far_on_with_only_new_people_is_not_replaced() -> None:
    # two paragraphs on, naming no participant: another occasion's people may be meant
    readout = _read("（本社電）中國國家主席習近平今晚與歐盟主要國家領袖舉行視訊峰會，確認加快談判。",
                    "此外，雙方決定建立兩個高層對話。",
                    "去年，德國總理梅克爾與法國總統馬克宏舉行會晤。",
                    title="中歐峰會", language="zh-Hant", published=dt.date(2020, 9, 14))
    ids = _ids(readout)
    assert "emmanuel_macron" not in ids


def test_who_attended_the_summit_later_in_the_lead_is_a_participant() -> None:
    readout = _read("欧盟领导人周一与中国国家主席习近平举行视频峰会，讨论投资协定。",
                    "米歇尔在会后表示，双方会继续对话。",
                    "在周一的视频会议上，出席会议的欧洲理事会主席米歇尔和德国总理默克尔重申了对香港的关注。",
                    title="欧中峰会", published=dt.date(2020, 9, 15))
    assert "angela_merkel" in _ids(readout)


def test_without_an_attendance_word_or_when_recalled_a_later_name_is_no_participant() -> None:
    for later in ("米歇尔和德国总理默克尔重申了对香港的关注。",
                  "此前，出席会议的米歇尔和德国总理默克尔重申了对香港的关注。"):
        readout = _read("欧盟领导人周一与中国国家主席习近平举行视频峰会，讨论投资协定。",
                        "米歇尔在会后表示，双方会继续对话。", later,
                        title="欧中峰会", published=dt.date(2020, 9, 15))
        assert "angela_merkel" not in _ids(readout), later


def test_at_a_bilateral_meeting_who_attended_another_event_is_no_participant() -> None:
    readout = _read("日本前首相森喜朗周五在台北会见台湾总统蔡英文。",
                    "森喜朗此行是出席前总统李登辉的告别礼拜，蔡英文与森喜朗会面时感谢他。",
                    title="森喜朗访台", published=dt.date(2020, 9, 18))
    assert _ids(readout) == ["yoshiro_mori", "tsai_ing_wen"]


def test_a_later_sentence_naming_two_participants_again_gives_the_full_list() -> None:
    readout = _read("欧盟与中国14日举行峰会，欧洲理事会主席米歇尔对习近平说，欧盟要求公平竞争。",
                    "这是米歇尔在与欧盟委员会主席冯德莱恩和德国总理默克尔与习近平进行视频峰会后说的。",
                    title="欧中峰会", published=dt.date(2020, 9, 14))
    ids = _ids(readout)
    assert "angela_merkel" in ids and "ursula_von_der_leyen" in ids


def test_a_later_sentence_naming_one_participant_and_no_attendance_adds_no_one() -> None:
    readout = _read("欧盟与中国14日举行峰会，欧洲理事会主席米歇尔对习近平说，欧盟要求公平竞争。",
                    "米歇尔上周与德国总理默克尔通电话。",
                    title="欧中峰会", published=dt.date(2020, 9, 14))
    assert "angela_merkel" not in _ids(readout)


def test_the_host_named_near_a_summit_is_a_participant_though_no_cue_is_repeated() -> None:
    lead = "亚太经合组织领导人非正式会议20日以视频方式举行，习近平和特朗普出席会议。"
    hosted = _read(lead, "东道主马来西亚总理穆希丁在开幕致辞中呼吁各方合作。",
                   title="APEC峰会", published=dt.date(2020, 11, 21))
    assert "muhyiddin_yassin" in _ids(hosted)
    # without the hosting word, someone speaking is only commented on
    spoke = _read(lead, "马来西亚总理穆希丁在开幕致辞中呼吁各方合作。",
                  title="APEC峰会", published=dt.date(2020, 11, 21))
    assert "muhyiddin_yassin" not in _ids(spoke)
