"""The shape of a Chinese personal name outside the gazetteer (data/name_shapes.json)."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest

from readoutparse.model import Article
from readoutparse.readout import extract_readout
from readoutparse.readout.name_shape import NameShapes, looks_like_name
from readoutparse.readout.people import GazetteerError
from readoutparse.readout.personal_names import name_after

# Names in a gazetteer entry that carry a title or a regnal title word rather than a bare name.
_TITLED = ("国王", "國王", "天皇", "教皇", "教宗", "王储", "王儲")
_HAN_COUNTRIES = {"CN", "TW", "HK", "MO", "SG", "JP", "KR", "KP", "VN"}


@pytest.mark.parametrize("name", ["安德烈森", "马丁内斯", "哈林德·辛格", "林志强", "欧阳明", "北村健", "横山一郎",
                                  "阮氏兰", "费利佩六世", "小布什", "德里克"])
def test_names_of_either_shape_pass(name: str) -> None:
    assert looks_like_name(name)


@pytest.mark.parametrize("prose", ["告诉记者", "措手不及", "下榻酒店", "期间", "国家", "讨论", "可透过", "共产主义"])
def test_prose_after_a_title_is_no_name(prose: str) -> None:
    assert not looks_like_name(prose)


def test_every_name_of_the_gazetteer_has_a_name_shape() -> None:
    data = json.loads(resources.files("readoutparse.readout").joinpath("data/people.json").read_text(encoding="utf-8"))
    odd = [n for p in data["people"] for lang in ("zh-Hans", "zh-Hant") for n in p["names"].get(lang) or []
           if not any(t in n for t in _TITLED) and not looks_like_name(n)]
    assert odd == []


def test_characters_of_prose_are_no_transliteration_characters() -> None:
    # a gazetteer name may hold them (天野之弥, 阿卜杜拉二世), but a run of them is prose, not a name
    shapes = NameShapes.builtin()
    assert not set("国大天之他以当民教皇军各生义王方的是在有不了人这中") & shapes.transliteration


def test_the_table_is_validated() -> None:
    with pytest.raises(GazetteerError, match="surnames"):
        NameShapes.from_dict({"format": "readoutparse-name-shapes/1", "transliteration": "阿",
                              "surnames": "", "compound_surnames": [], "japanese_surname_characters": "田"})
    with pytest.raises(GazetteerError, match="compound_surnames"):
        NameShapes.from_dict({"format": "readoutparse-name-shapes/1", "transliteration": "阿", "surnames": "王",
                              "compound_surnames": ["欧"], "japanese_surname_characters": "田"})


def test_a_name_followed_by_prose_is_cut_to_the_name() -> None:
    text = "中国驻泰国大使王小明唯恐，局势会恶化"
    at = text.index("王")
    assert name_after(text, at, len(text), "zh") == (at, at + 3)
    text = "美国一名官员告诉记者"
    assert name_after(text, text.index("告"), len(text), "zh") is None


def test_the_dead_named_before_a_condolence_is_no_participant() -> None:
    article = Article(parser="x", language="zh-Hans", title="", published=dt.date(2024, 3, 6),
                      paragraphs=("国家主席习近平就法国前总统德斯坦逝世向马克龙总统致唁电。",))
    readout = extract_readout(article)
    assert readout is not None and [p.id for p in readout.participants] == ["xi_jinping", "emmanuel_macron"]
