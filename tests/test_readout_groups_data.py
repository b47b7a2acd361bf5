"""Group nouns and the words around non-participants (data/groups.json), and the rules they drive."""

from __future__ import annotations

import datetime as dt

import babel
import pytest

from readoutparse.model import Article
from readoutparse.readout import extract_readout
from readoutparse.readout.gazetteer import Gazetteer
from readoutparse.readout.groups import GroupLexicon
from readoutparse.readout.holders import holder_of
from readoutparse.readout.people import GazetteerError, Person


def _people(language: str, *paragraphs: str, day: dt.date = dt.date(2020, 11, 11), title: str = "") -> list[tuple]:
    readout = extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                      published=day))
    assert readout is not None
    return [(p.id, p.name, p.country or p.organisation, p.office) for p in readout.participants]


def test_the_built_in_file_is_valid_and_its_codes_are_countries() -> None:
    groups = GroupLexicon.builtin()
    territories = babel.Locale("en").territories
    assert groups.led_by_government and all(code in territories for code in groups.led_by_government)
    assert "FR" not in groups.led_by_government and "US" not in groups.led_by_government  # presidents lead
    # every title of a jointly led organisation is the title of some office in the gazetteer
    titles = {(term.title or "").lower() for person in Gazetteer.builtin() for term in person.offices}
    assert groups.led_jointly and all(t in titles for ts in groups.led_jointly.values() for t in ts)
    # every posting ends the title of some ambassador's office
    assert groups.postings and all(any(t.endswith(key) for t in titles) for key in groups.postings)
    for section in ("leader_words", "regions", "deceased_before", "deceased_after", "spokesperson_words"):
        words = groups.words(section, "zh")
        assert words and len(words) == len(set(words)), section
    # a time frame is its two ends, one '…' between them
    assert groups.time_frames and all(w.count("…") == 1 and not w.startswith("…") and not w.endswith("…")
                                      for w in groups.words("time_frames", "zh"))


@pytest.mark.parametrize(("data", "message"), [
    ({"format": "readoutparse-groups/9"}, "format"),
    ({"led_by_government": ["Germany"]}, "led_by_government"),
    ({"regions": {"xx": ["中亚"]}}, "unknown language"),
    ({"regions": {"zh-Hans": "中亚"}}, "regions"),
    ({"led_jointly": {"EU": "president of the european council"}}, "led_jointly"),
    ({"led_jointly": {"EU": []}}, "led_jointly"),
    ({"postings": ["united nations"]}, "postings"),
])
def test_faults_in_the_file_are_named(data: dict, message: str) -> None:
    with pytest.raises(GazetteerError, match=message):
        GroupLexicon.from_dict(data)


def test_a_loose_leader_word_of_a_parliamentary_state_is_its_head_of_government() -> None:
    people = _people("zh-Hans", "拜登周二分别与德国、法国和爱尔兰元首通电话。")
    assert people[1:] == [("angela_merkel", "德国元首", "DE", "head_of_government"),
                          ("emmanuel_macron", "法国元首", "FR", "head_of_state"),
                          ("micheal_martin", "爱尔兰元首", "IE", "head_of_government")]
    # 总统 is no loose word: the German president stays the head of state
    assert _people("zh-Hans", "习近平同德国总统通电话。")[1][0] == "frank_walter_steinmeier"


def test_a_counted_group_needs_a_region_or_a_side_before_its_count() -> None:
    assert _people("zh-Hans", "习近平会见中亚五国外长。")[1] == (None, "中亚五国外长", None, "foreign_minister")
    assert _people("zh-Hans", "王毅同东盟十国外长举行视频会议。")[1:] == [
        (None, "东盟十国外长", "ASEAN", "foreign_minister")]  # one group, not a second one inside it
    assert _people("zh-Hans", "李克强同湄公河五国领导人举行视频会议。")[1][1] == "湄公河五国领导人"
    # 今年三国首脑: a count alone names nobody, so the sentence has no second side
    assert extract_readout(Article(parser="x", language="zh-Hans", title="",
                                   paragraphs=("今年三国首脑将举行视频会议。",),
                                   published=dt.date(2020, 10, 13))) is None


def test_a_deceased_person_is_no_participant() -> None:
    people = _people("zh-Hant", "總統蔡英文今天在總統府接見日本弔唁前總統李登輝訪台團，團長為日本前首相森喜朗。",
                     day=dt.date(2020, 8, 9))
    assert [p[0] for p in people] == ["tsai_ing_wen", "yoshiro_mori"]
    people = _people("zh-Hans", "习近平致电拜登，对美国前总统卡特逝世表示哀悼。", day=dt.date(2025, 1, 1))
    assert [p[0] for p in people] == ["xi_jinping", "joe_biden"]


def test_a_spokesperson_comments_and_is_no_participant() -> None:
    assert [p[0] for p in _people("zh-Hans", "外交部发言人赵立坚说，王毅同布林肯通电话。", day=dt.date(2021, 6, 1))] == [
        "wang_yi", "antony_blinken"]
    people = _people("zh-Hans", "美中两国军队星期三举行了视频会议。中国国防部发言人吴谦星期四说，中美两军举行视频会议。",
                     day=dt.date(2020, 10, 30))
    assert [(p[2], p[3]) for p in people] == [("US", "official"), ("CN", "official")]


def test_a_group_takes_the_people_the_next_paragraph_names_for_it() -> None:
    people = _people("zh-Hant", "習近平與歐盟主要國家領袖14日舉行視訊峰會。",
                     "此次峰會改為視訊會議，德國總理梅克爾、歐盟執委會主席范德賴恩和歐洲理事會主席米歇爾將參加。",
                     day=dt.date(2020, 9, 14))
    assert [p[0] for p in people] == ["xi_jinping", "angela_merkel", "ursula_von_der_leyen", "charles_michel"]


def test_arabic_ministers_of_listed_countries_take_a_later_name_of_any_portfolio() -> None:
    people = _people("ar", "التقى وزير الخارجية الصيني وانغ يي يوم الثلاثاء مع وزراء جيبوتي ولبنان.",
                     "وخلال اجتماعه مع وزير الشؤون الخارجية في جيبوتي محمود علي يوسف، قال وانغ إن التعاون مفيد.",
                     day=dt.date(2018, 7, 10))
    assert [(p[0], p[2], p[3]) for p in people] == [("wang_yi", "CN", "foreign_minister"),
                                                    ("mahmoud_ali_youssouf", "DJ", "foreign_minister"),
                                                    (None, "LB", "minister")]


def test_a_term_may_serve_another_side_than_its_holder() -> None:
    person = Person.from_dict({"id": "x_y", "country": "DJ", "names": {"en": ["X Y"]}, "offices": [
        {"office": "foreign_minister", "from": "2005-01-01", "to": "2025-02-14"},
        {"office": "organisation_head", "from": "2025-02-15", "to": None, "organisation": "AU"}]})
    assert person.offices[1].side == "AU" and person.to_dict()["offices"][1]["organisation"] == "AU"
    gazetteer = Gazetteer([person])
    assert holder_of(gazetteer, "AU", "organisation_head", dt.date(2025, 6, 1)) == "x_y"
    assert holder_of(gazetteer, "DJ", "foreign_minister", dt.date(2018, 6, 1)) == "x_y"
    assert holder_of(gazetteer, "DJ", "organisation_head", dt.date(2025, 6, 1)) is None
    with pytest.raises(GazetteerError, match="upper-case"):
        Person.from_dict({"id": "x", "country": None, "offices": [{"office": "minister", "country": "dj"}]})


def test_a_leader_is_the_head_of_government_or_of_state_as_the_country_is_led() -> None:
    assert _people("zh-Hans", "日本、韩国和澳洲领导人周四首次与美国当选总统拜登通电话。", day=dt.date(2020, 11, 13)) == [
        ("yoshihide_suga", "日本领导人", "JP", "head_of_government"),
        ("moon_jae_in", "韩国领导人", "KR", "head_of_state"),
        ("scott_morrison", "澳洲领导人", "AU", "head_of_government"),
        ("joe_biden", "拜登", "US", None)]  # elected, not yet in office
    assert [p[0] for p in _people("en", "Biden spoke with the leaders of Japan and Australia on Thursday.",
                                  day=dt.date(2020, 11, 13))] == ["joe_biden", "yoshihide_suga", "scott_morrison"]


def test_a_leader_word_gives_way_to_the_person_of_that_country_the_story_names() -> None:
    people = _people("zh-Hans", "东盟十国与中国和日本的领导人周日以视频会议方式举行领导人会议。",
                     "中国总理李克强在北京出席视频会议。", day=dt.date(2020, 11, 15))
    assert ("li_keqiang", "李克强", "CN", "head_of_government") in people
    assert "xi_jinping" not in [p[0] for p in people]


def test_titles_to_be_taken_or_left_hold_no_office() -> None:
    people = _people("zh-Hant", "駐美代表蕭美琴致電美國總統當選人拜登的外交政策顧問布林肯，代表政府祝賀拜登。",
                     day=dt.date(2020, 11, 13))
    assert [p[0] for p in people] == ["hsiao_bi_khim", "antony_blinken"]  # 美國總統當選人 is not Trump
    assert _people("zh-Hans", "蔡英文与前美国总统比尔·克林顿通电话。")[1] == (None, "比尔·克林顿", "US", None)
    assert _people("en", "Wang Yi met former U.S. Secretary of State Henry Kissinger.")[1] == (
        None, "Henry Kissinger", "US", None)
    # 目前 is no "former"
    assert _people("zh-Hans", "目前美国国务卿蓬佩奥同王毅通电话。", day=dt.date(2020, 8, 1))[0][3] == "foreign_minister"


def test_a_state_s_formal_name_and_a_new_title_between_country_and_title() -> None:
    assert _people("zh-Hans", "习近平向科威特国新任埃米尔致贺电。", day=dt.date(2020, 10, 1))[1] == (
        "nawaf_al_ahmad", "科威特国新任埃米尔", "KW", "monarch")


def test_the_chair_of_a_body_between_country_and_title_leads_a_party_not_the_state() -> None:
    people = _people("zh-Hant", "美國國務卿蓬佩奧21日與香港眾志主席林子明會面。", day=dt.date(2020, 7, 22))
    assert people[1] == (None, "林子明", "HK", "party_leader")
    people = _people("zh-Hant", "美國國務卿蓬佩奧21日與前香港眾志主席林子明會面。", day=dt.date(2020, 7, 22))
    assert people[1] == (None, "林子明", "HK", None)
    # a gazetteer person there takes no state's office from 主席 either
    people = _people("zh-Hant", "美國國務卿蓬佩奧21日與香港眾志主席黃之鋒會面。", day=dt.date(2020, 7, 22))
    assert people[1] == ("joshua_wong", "黃之鋒", "CN", None)


@pytest.mark.parametrize(("text", "pid"), [
    ("美國國務卿蓬佩奧21日在倫敦與羅冠聰會面。", "nathan_law"),
    ("中國外交部副部長秦剛約見捷克駐中國大使佟福德。", "vladimir_tomsik"),
    ("中国外交部副部长郑泽光召见美国驻华使馆临时代办傅德恩。", "robert_forden"),
    ("克拉夫特在紐約與駐紐約辦事處長李光章會面。", "lee_kuang_chang"),
    ("澳大利亚外交贸易部秘书长致电中国大使成竞业。", "cheng_jingye"),
    ("德国外长马斯在柏林会见黄之锋。", "joshua_wong"),
])
def test_counterparts_of_three_archive_posts_are_in_the_gazetteer(text: str, pid: str) -> None:
    assert pid in [p[0] for p in _people("zh-Hant" if "國" in text else "zh-Hans", text, day=dt.date(2020, 12, 1))]


def test_an_abbreviation_in_brackets_stands_between_a_title_and_its_name() -> None:
    people = _people("vi", "Tổng Thư ký Đảng Mặt trận Giải phóng Mozambique (FRELIMO) Roque Silva Samuel gửi Thư "
                           "chia buồn đến Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng.", day=dt.date(2020, 3, 14))
    assert people[0] == (None, "Roque Silva Samuel", "MZ", "secretary_general")
    people = _people("en", "The Secretary-General of the Arab League (LAS) Ahmed Aboul Gheit met Wang Yi.",
                     day=dt.date(2020, 3, 14))
    assert people[0][:2] == ("ahmed_aboul_gheit", "Ahmed Aboul Gheit")


def test_who_appoints_an_envoy_is_the_envoy_s_principal() -> None:
    readout = extract_readout(Article(
        parser="x", language="zh-Hans", title="", published=dt.date(2020, 11, 14),
        paragraphs=("美国总统特朗普派遣国家安全顾问奥布莱恩作为特使同越南总理阮春福会谈。",)))
    assert readout is not None and [p.id for p in readout.participants] == ["robert_obrien", "nguyen_xuan_phuc"]
    # without an envoy word the one who names someone stays who he is
    readout = extract_readout(Article(parser="x", language="en", title="", published=dt.date(2021, 1, 30),
                                      paragraphs=("Biden named Blinken and then spoke with Putin by phone.",)))
    assert readout is not None and "joe_biden" in [p.id for p in readout.participants]


@pytest.mark.parametrize("text", [
    "Wang Yi met Foreign Minister Simon Kofe of Tuvalu.",
    "Wang Yi met the Foreign Minister of Tuvalu, Simon Kofe, in Beijing.",
])
def test_english_word_orders_of_title_name_and_country(text: str) -> None:
    assert _people("en", text, day=dt.date(2022, 5, 14))[1] == (None, "Simon Kofe", "TV", "foreign_minister")


def test_a_title_name_of_something_else_is_no_country_s_person() -> None:
    assert extract_readout(Article(parser="x", language="en", title="", published=dt.date(2022, 5, 14),
                                   paragraphs=("Wang Yi met Chairman Kofe of the board.",))) is None


def test_a_leader_word_before_a_meeting_noun_names_the_meeting() -> None:
    # 首脑会谈 is the meeting, not a title: no one is read between 美方 and it
    people = _people("zh-Hans", "安倍原本计划访问美国，但美方无法为首脑会谈留出充分时间。", day=dt.date(2020, 10, 3))
    assert all(p[1] != "无法为" for p in people)
    assert extract_readout(Article(parser="x", language="zh-Hans", title="", published=dt.date(2020, 10, 3),
                                   paragraphs=("首相菅义伟将不出席在韩国召开的下一届日中韩首脑会谈。",))) is None


def test_countries_listed_with_de_before_a_counted_group() -> None:
    people = _people("zh-Hans", "蓬佩奥将出席美、日、澳大利亚与印度的四国外长会议。", day=dt.date(2020, 10, 3))
    assert people[1][3] == "foreign_minister" and people[1][1].endswith("四国外长")


def test_a_country_and_an_organisation_before_one_leader_word() -> None:
    assert _people("zh-Hans", "习近平同德国欧盟领导人共同举行会晤。", day=dt.date(2020, 9, 15))[1:] == [
        ("angela_merkel", "德国领导人", "DE", "head_of_government"),
        ("charles_michel", "欧盟领导人", "EU", "organisation_head"),  # the union is led jointly
        ("ursula_von_der_leyen", "欧盟领导人", "EU", "organisation_head")]


def test_the_one_a_visitor_carries_a_message_for_and_an_administration_are_no_participants() -> None:
    people = _people("zh-Hans", "森喜朗强调，这次替新首相菅义伟带口信，会延续安倍内阁的台日关系，也期待能与蔡总统通电话。",
                     day=dt.date(2020, 9, 19))
    assert [p[0] for p in people] == ["yoshiro_mori", "tsai_ing_wen"]


def test_the_sending_country_s_short_form_before_zhu() -> None:
    # 美驻联大使: 美 sends, the UN receives; the ambassador is no UN side of the contact
    people = _people("zh-Hans", "蔡英文与美驻联大使视讯，盼台湾加入联合国。", day=dt.date(2021, 1, 14))
    assert [(p[2], p[3]) for p in people] == [("TW", "head_of_state"), ("US", "ambassador")]


def test_no_name_begins_with_a_function_character_and_a_rank_word_may_follow_a_body() -> None:
    people = _people("zh-Hant", "繼美國駐聯大使攜帶布偶至聯合國總部後，駐美代表蕭美琴今天與美國務院資深官員普萊爾會晤。",
                     day=dt.date(2021, 1, 15))
    names = [p[1] for p in people]
    assert "攜帶布偶至" not in names and ("普萊爾", "US", "official") in [p[1:] for p in people]


def test_a_minister_named_by_country_and_portfolio_is_that_day_s_holder() -> None:
    assert _people("zh-Hant", "總統蔡英文今天接見來訪的美國衛生部長。", day=dt.date(2020, 8, 10))[1] == (
        "alex_azar", "美國衛生部長", "US", "minister")
    assert _people("zh-Hans", "刘鹤同美国商务部长举行视频通话。", day=dt.date(2020, 8, 25))[1][0] == "wilbur_ross"
    # no portfolio the data knows, or no holder: nobody in particular
    assert _people("zh-Hans", "刘鹤同美国农业部长举行视频通话。", day=dt.date(2020, 8, 25))[1][0] is None
    assert GroupLexicon.builtin().portfolios["health"]["zh-Hant"][0] == "衛生"


def test_short_forms_before_a_count_and_verbs_after_a_title() -> None:
    people = _people("zh-Hans", "美日印澳四国外长会昨天（6日）在东京举行，四方讨论了地区局势。", day=dt.date(2020, 10, 7))
    assert people == [(None, "美日印澳四国外长", None, "foreign_minister")]
    people = _people("zh-Hans", "蓬佩奥将出席在东京举行的美、日、澳、印四国外长会议。", day=dt.date(2020, 10, 5))
    assert people[1] == (None, "美、日、澳、印四国外长", None, "foreign_minister")
    people = _people("zh-Hans", "澳大利亚总理批评中国限制煤矿进口，他明年将与中国领导人举行会谈。",
                     day=dt.date(2020, 12, 15))
    assert "批评" not in [p[1] for p in people]
