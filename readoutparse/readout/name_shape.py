"""Whether a few Chinese characters read after a title look like someone's name.

A title is often followed by prose rather than a name (``美国官员告诉路透``, ``外长措手不及``,
``法国前总统德斯坦逝世``).  A name outside the gazetteer has one of two shapes: a
transliteration, every character one that transliterations use (``安格明加``, ``齐塞克迪``), or a
Han name, a family name and one or two characters (``林文礼``, ``程建人``), or a two- or
three-character family name and one to three (``欧阳娜娜``, ``北村滋``, ``小野寺五典``), a Japanese
family name being any two characters of Japanese family names (``横井裕``).  A dotted
name (``哈林德·辛格``) is a transliteration by its dot.  The characters and family names are data
(``data/name_shapes.json``, format ``readoutparse-name-shapes/1``), and so are the nouns a title
modifies when it stands right before them (``美国总统大选``, ``总统账号``): such a title names no one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from .data_files import packaged
from .people import GazetteerError, lexicon_format

__all__ = ["FORMAT", "NameShapes", "looks_like_name", "modifies_a_noun"]

FORMAT = "readoutparse-name-shapes/1"
_DOTS = "·‧•・-"
_REGNAL = re.compile("[一二三四五六七八九十]+世$")


class NameShapes:
    """The characters of transliterations and the family names; never changed once built."""

    def __init__(self, transliteration: str, surnames: str, compound_surnames: tuple[str, ...],
                 japanese: str = "", nouns_after_titles: tuple[str, ...] = ()) -> None:
        self.transliteration = frozenset(transliteration)
        self.surnames = frozenset(surnames)
        self.compound_surnames = frozenset(compound_surnames)
        self.japanese = frozenset(japanese)  # characters of Japanese family names (横井, 北村)
        self.nouns_after_titles = tuple(sorted(nouns_after_titles, key=len, reverse=True))

    @classmethod
    def from_dict(cls, data: Any, *, name: str | None = None) -> NameShapes:
        lexicon_format(data, "a name-shape table", FORMAT, (FORMAT,), name)
        assert isinstance(data, Mapping)
        for key in ("transliteration", "surnames", "japanese_surname_characters"):
            value = data.get(key)
            if not isinstance(value, str) or not value or not all("\u4e00" <= ch <= "\u9fff" for ch in value):
                raise GazetteerError(f"{key}: expected a non-empty string of Chinese characters", name=name)
        compound = data.get("compound_surnames")
        if not isinstance(compound, list) or not all(
                isinstance(w, str) and 2 <= len(w) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in w)
                for w in compound):
            raise GazetteerError("compound_surnames: expected a list of two- or three-character family names",
                                 name=name)
        nouns = data.get("nouns_after_titles", [])
        if not isinstance(nouns, list) or not all(isinstance(w, str) and len(w) >= 2 for w in nouns):
            raise GazetteerError("nouns_after_titles: expected a list of words of two characters or more", name=name)
        return cls(data["transliteration"], data["surnames"], tuple(compound), data["japanese_surname_characters"],
                   tuple(nouns))

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def builtin() -> NameShapes:
        return NameShapes.from_dict(packaged("name_shapes.json"), name="name_shapes.json")

    def looks_like_name(self, name: str) -> bool:
        if any(dot in name for dot in _DOTS):
            return True
        bare = _REGNAL.sub("", name)  # 费利佩六世, 良十四世: a regnal number after the name
        if bare != name:
            return bool(bare) and all(ch in self.transliteration for ch in bare)
        if name[:1] == "小" and len(name) >= 3 and all(ch in self.transliteration for ch in name[1:]):
            return True  # 小马科斯: junior
        if len(name) < 2:
            return False
        if all(ch in self.transliteration for ch in name):
            return True
        if name[0] in self.surnames and (len(name) <= 3 or (len(name) == 4 and name[1] == "氏")):
            return True  # 林文礼; 阮氏金银: a Vietnamese woman's name
        if 3 <= len(name) <= 5 and name[0] in self.japanese and name[1] in self.japanese:
            return True  # 横井裕: a Japanese family name of two characters, then the given name
        return any(name[:n] in self.compound_surnames and n < len(name) <= n + 3 for n in (2, 3))


def modifies_a_noun(text: str, end: int) -> bool:
    """Whether the title ending at ``end`` modifies the noun after it (美国总统大选, 总统账号)."""
    return text.startswith(NameShapes.builtin().nouns_after_titles, end)


def looks_like_name(name: str) -> bool:
    """Whether ``name`` has the shape of a transliterated or a Han personal name."""
    return NameShapes.builtin().looks_like_name(name)
