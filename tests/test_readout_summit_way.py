"""A summit's way of being held told by another sentence near it (``…举行峰会。…视频峰会后``)."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(*paragraphs: str, title: str = "") -> Readout | None:
    return extract_readout(Article(parser="x", language="zh-Hans", title=title, paragraphs=paragraphs,
                                   published=D(2020, 9, 14)))


def test_a_later_sentence_naming_a_video_summit_makes_the_summit_a_video_call() -> None:
    readout = read("欧盟与中国14日举行峰会，欧洲理事会主席米歇尔对中国国家主席习近平说，欧盟希望更公平的竞争。"
                   "米歇尔在与习近平进行视频峰会后表示，双方将继续对话。")
    assert readout is not None and (readout.kind, readout.status) == ("video_call", "held")


def test_a_video_summit_two_paragraphs_on_still_tells_the_way() -> None:
    readout = read("欧盟与中国14日举行峰会，欧洲理事会主席米歇尔对中国国家主席习近平说，欧盟希望更公平的竞争。",
                   "分歧仍大",
                   "报纸关注这次视频峰会的成果。")
    assert readout is not None and readout.kind == "video_call"


def test_an_announced_video_summit_does_not_tell_the_way_of_the_held_one() -> None:
    readout = read("欧盟与中国14日举行峰会，欧洲理事会主席米歇尔对中国国家主席习近平说，欧盟希望更公平的竞争。"
                   "双方下月还将举行视频峰会。")
    assert readout is not None and readout.kind == "meeting"


def test_a_video_summit_far_from_the_summit_does_not_tell_its_way() -> None:
    readout = read("欧盟与中国14日举行峰会，欧洲理事会主席米歇尔对中国国家主席习近平说，欧盟希望更公平的竞争。",
                   "米歇尔说，贸易可以促进复苏。", "默克尔也表示要对等。", "冯德莱恩说市场应开放。",
                   "许多国家参加过视频峰会。")
    assert readout is not None and readout.kind == "meeting"


def test_a_message_carried_in_person_is_a_meeting() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", published=D(2020, 9, 18),
                                      paragraphs=("日本前首相森喜朗今天在台北对台湾总统蔡英文说，他替日本首相菅义伟带口信。",)))
    assert readout is not None and readout.kind == "meeting"


def test_a_condolence_delegation_on_its_way_is_a_meeting() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", published=D(2020, 9, 18),
                                      paragraphs=("日本前首相森喜朗今天率团到台北向台湾总统蔡英文致慰问信。",)))
    assert readout is not None and readout.kind == "meeting"


def test_a_letter_handed_over_is_a_meeting() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", published=D(2020, 9, 18),
                                      paragraphs=("日本前首相森喜朗今天向台湾总统蔡英文转交了首相菅义伟的亲笔信。",)))
    assert readout is not None and readout.kind == "meeting"


def test_a_message_sent_stays_a_message() -> None:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", published=D(2020, 9, 18),
                                      paragraphs=("日本首相菅义伟今天致函台湾总统蔡英文，对李登辉逝世表示吊唁。",)))
    assert readout is not None and readout.kind == "message_exchange"


def test_a_later_summit_word_with_an_online_word_in_its_clause_makes_it_a_video_call() -> None:
    readout = read("美国总统特朗普周六在20国集团（G20）线上高峰会议短暂现身后离开。", title="特朗普露面20国峰会")
    assert readout is not None and readout.kind == "video_call"


def test_an_online_word_in_another_clause_leaves_the_summit_a_meeting() -> None:
    readout = read("美国总统特朗普周六在20国集团（G20）高峰会议短暂现身，随后在线上发推文。", title="特朗普露面20国峰会")
    assert readout is not None and readout.kind == "meeting"


def test_a_call_named_again_as_this_video_call_is_a_video_call() -> None:
    readout = read("中国副总理刘鹤14日与美国财长姆努钦通电话。", "报道说，在这次视讯通话里双方谈到了协议执行。")
    assert readout is not None and readout.kind == "video_call"
    # another video call, not this one, leaves the kind alone
    other = read("中国副总理刘鹤14日与美国财长姆努钦通电话。", "双方上个月曾举行视讯会议。")
    assert other is not None and other.kind == "phone_call"


def test_members_taking_part_online_or_a_virtual_summit_make_a_video_call() -> None:
    online = read("法国与联合国14日在巴黎共同举办海洋峰会，数十国领导人通过视频参加，法国总统马克龙致开幕词。")
    assert online is not None and online.kind == "video_call"
    virtual = read("美国总统特朗普和中国国家主席习近平14日出席了泰国举行的虚拟峰会。")
    # 虚拟 holds 拟 (intends) but announces nothing
    assert virtual is not None and (virtual.kind, virtual.status) == ("video_call", "held")
