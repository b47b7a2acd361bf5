"""Named dialogues (经济对话, 人权对话): a meeting where the clause holds them, nothing otherwise."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article
from readoutparse.readout import extract_readout
from readoutparse.readout.cues import cue_data
from readoutparse.readout.dialogues import dialogue_held, dialogue_words
from readoutparse.readout.scan import fold

PUBLISHED = dt.datetime(2021, 3, 2, 8, 0, tzinfo=dt.timezone.utc)


def _article(language: str, *paragraphs: str, title: str = "") -> Article:
    return Article(parser="x", language=language, title=title, paragraphs=paragraphs, published=PUBLISHED)


def _held(sentence: str, word: str) -> bool:
    text = fold(sentence).text
    at = text.index(fold(word).text)
    return dialogue_held(text, at, at + len(fold(word).text))


def test_every_language_of_the_section_lists_words_and_verbs() -> None:
    section = cue_data()["dialogues"]
    for language in ("zh-Hans", "zh-Hant"):
        assert dialogue_words(language)
        assert section[language]["before"] and section[language]["after"]
        # a bare word is a dialogue word too, held by verbs of holding
        assert set(section[language]["bare"]) <= set(dialogue_words(language))
        assert set(section[language]["bare_before"]) <= set(section[language]["before"])


@pytest.mark.parametrize("language", ["zh-Hans", "zh-Hant"])
def test_a_bare_dialogue_is_a_meeting_only_where_held(language: str) -> None:
    word = cue_data()["dialogues"][language]["bare"][0]
    held = "国家主席习近平同俄罗斯总统普京举行{}。" if language == "zh-Hans" else "國家主席習近平同俄羅斯總統普京舉行{}。"
    talk = "国家主席习近平愿同俄罗斯总统普京{}。" if language == "zh-Hans" else "國家主席習近平願同俄羅斯總統普京{}。"
    readout = extract_readout(_article(language, held.format(word)))
    assert readout is not None and readout.kind == "meeting"
    assert [p.id for p in readout.participants] == ["xi_jinping", "vladimir_putin"]
    assert extract_readout(_article(language, talk.format(word))) is None
    # a title keeps a named dialogue, not a bare one beside its people
    assert extract_readout(_article(language, title=talk.format(word).replace("愿", "").replace("願", "").rstrip("。"))) is None


@pytest.mark.parametrize(("sentence", "word", "held"), [
    ("日本外务省宣布，日方下周将与印度进行第五轮经济对话。", "经济对话", True),  # a verb of holding before it
    ("德方与越方在河内舉行人權對話，雙方討論了法治問題。", "人權對話", True),
    ("英澳安全对话3日在伦敦登场。", "安全对话", True),  # a verb of opening after it, a day between
    ("专家认为，经济对话可以推动两国合作。", "经济对话", False),  # a topic, nothing held
    ("双方就政军对话进行了讨论。", "政军对话", False),  # the topic of another verb
    ("部长出席经济对话记者会，回答媒体提问。", "经济对话", False),  # the modifier of another noun
    ("外界关注政军对话的举行。", "政军对话", False),  # a nominal "the holding of"
    ("协议是双方上个月首度举行安全对话后的成果。", "安全对话", False),  # recalled
    ("中方与欧方正就投资协定进行磋商。", "磋商", True),  # the topic of the held word itself
    ("代表处欢迎部长就两国展开经济对话的宣布。", "经济对话", False),  # the modifier of 宣布
    # a bare 对话: only the object of a narrow verb of holding right before it
    ("两国外长昨天在东京举行对话，讨论了贸易问题。", "对话", True),
    ("兩國官員在台北舉行「三邊對話」，交換意見。", "對話", True),  # a quote mark and a name between
    ("双方召开第二次部长对话。", "对话", True),  # an ordinal between
    ("美国国务卿表示愿与中国外长对话。", "对话", False),  # talk with someone
    ("两国同意进行对话，化解分歧。", "对话", False),  # a broad verb is talk too
    ("双方去年在北京举行对话后关系回暖。", "对话", False),  # recalled
    ("两国外长对话下周在华盛顿登场。", "对话", True),  # a verb of opening after it
    ("两国应加强沟通对话，化解分歧。", "对话", False),  # a wish for talk, no verb holding it
])
def test_a_dialogue_counts_where_its_clause_holds_it(sentence: str, word: str, held: bool) -> None:
    assert _held(sentence, word) is held


def test_a_dialogue_held_with_a_named_counterpart_is_a_meeting() -> None:
    readout = extract_readout(_article(
        "zh-Hans", "新华社北京3月2日电 王毅2日同俄罗斯外长拉夫罗夫进行人权对话，讨论了地区局势。"))
    assert readout is not None
    assert readout.kind == "meeting"
    assert {p.id for p in readout.participants} == {"wang_yi", "sergey_lavrov"}


def test_a_forum_named_by_a_dialogue_is_no_contact() -> None:
    readout = extract_readout(_article(
        "zh-Hans", "评论员指出，美日澳印四方安全对话的合作正在扩大，外界担心地区局势紧张。"))
    assert readout is None
