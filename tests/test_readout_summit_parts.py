"""Members of a summit named by their part at it (a speech, the chair), not by a summit word."""

from __future__ import annotations

import datetime as dt
import json
import re
from importlib import resources

from readoutparse.readout import extract_readout

from .readout_lexicon import article

_DAY = dt.date(2020, 11, 20)


def _ids(*paragraphs: str, title: str = "", language: str = "zh-Hans") -> list[str | None] | None:
    readout = extract_readout(article(language, *paragraphs, title=title, published=_DAY))
    return None if readout is None else [p.id or p.name for p in readout.participants]


def test_the_table_compiles_for_both_scripts() -> None:
    data = json.loads(resources.files("readoutparse.readout").joinpath("data/cues.json").read_text(encoding="utf-8"))
    table = data["summit_parts"]
    for lang in ("zh-Hans", "zh-Hant"):
        for key in ("after", "chaired_before", "chaired_after"):
            assert table[lang][key], (lang, key)
            for row in table[lang][key]:
                re.compile(row)


def test_speakers_at_the_opening_of_a_title_summit_are_members() -> None:
    got = _ids("东盟第37届峰会今天以视频方式开幕。", "越南国家主席阮富仲、越南总理阮春福在开幕式上发表讲话，呼吁合作抗疫。",
               title="东盟峰会开幕 阮富仲吁团结抗疫")
    assert got is not None and {"nguyen_phu_trong", "nguyen_xuan_phuc"} <= set(got)


def test_the_chair_named_after_you_is_a_member() -> None:
    got = _ids("亚太经合组织领袖峰会今天以视频方式举行，美国总统特朗普、中国国家主席习近平等领袖参与峰会。",
               "会议今晚登场，由主办国马来西亚首相慕尤丁（Muhyiddin Yassin）主持。")
    assert got is not None and {"donald_trump", "xi_jinping", "muhyiddin_yassin"} <= set(got)


def test_a_speaker_at_a_press_conference_is_no_member() -> None:
    got = _ids("亚太经合组织领袖峰会今天以视频方式举行，美国总统特朗普、中国国家主席习近平等领袖参与峰会。",
               "德国总理默克尔在记者会上表示关注。")
    assert got is not None and "angela_merkel" not in got


def test_a_speaker_beside_a_two_sided_meeting_is_no_member() -> None:
    # a bilateral meeting takes no one by a part at "the meeting"
    got = _ids("中国国家主席习近平今天在北京会见俄罗斯总统普京。", "日本首相菅义伟在会上表示关注。")
    assert got is not None and "yoshihide_suga" not in got


def test_a_council_of_heads_of_state_is_the_summit_its_title_names() -> None:
    got = _ids("上海合作组织成员国今天召开元首理事会，中国国家主席习近平和印度总理莫迪都发表讲话。",
               title="上合组织峰会落幕 中印同台")
    assert got is not None and {"xi_jinping", "narendra_modi"} <= set(got)


def test_the_commission_s_short_name_is_no_pair_of_sides() -> None:
    # 欧委会: 欧 and 委 inside one name are not the EU and Venezuela
    got = _ids("欧委会主席冯德莱恩对峰会的决议表示欢迎。")
    assert got is None or "委" not in got


def test_a_video_word_before_the_summit_s_sentence_tells_its_way() -> None:
    # the way is told in the first paragraph, the contact read from a later one
    readout = extract_readout(article(
        "zh-Hans", "第37届东盟系列峰会本周以视频方式召开，会议讨论疫情与经济复苏。",
        "美国国家安全顾问奥布莱恩13日出席了东盟峰会，同样与会的日本首相菅义伟表示将签署协定。",
        title="东盟峰会聚焦疫后复苏", published=dt.date(2020, 11, 14)))
    assert readout is not None and readout.multilateral and readout.kind == "video_call"


def test_virtual_and_video_link_words_of_singapore_and_hong_kong_copy_are_video() -> None:
    for text in ("美国总统特朗普和中国国家主席习近平出席了由马来西亚主办的虚拟峰会。",
                 "中国国家主席习近平和德国总理默克尔在视像峰会上讨论了投资协定。"):
        readout = extract_readout(article("zh-Hans", text, published=dt.date(2020, 11, 21)))
        assert readout is not None and readout.kind == "video_call", text


def test_a_summit_told_to_last_days_by_its_organisation_s_meeting_has_no_single_day() -> None:
    # 为期两天 names the G20's meeting, not its summit word; 会期 opens a clause after the summit's
    for title, paragraphs in (("G20峰会讨论疫情", ("二十国集团峰会周六开幕。", "美国总统特朗普通过视频参加了峰会。"
                                                   "由沙特阿拉伯主持、为期两天的G20会议改在线上举行。")),
                              ("", ("东盟外长会议今天在河内开幕，会期预定4天。",
                                    "美国国务卿蓬佩奥和中国外长王毅将通过视频与会。"))):
        readout = extract_readout(article("zh-Hans", *paragraphs, title=title, published=dt.date(2020, 11, 21)))
        assert readout is not None and readout.multilateral and readout.event_date is None, paragraphs
