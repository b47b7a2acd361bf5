"""The one a person acts for is no participant: ``阿扎尔将代表美国总统特朗普访问台湾`` is Azar's
visit, Trump his principal.  The verbs (``代表``) and the nouns holding their letters that are no
verb (``贸易代表``, ``代表团``) are data (``data/on_behalf.json``, format ``readoutparse-on-behalf/1``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

from .data_files import packaged
from .lexicon import COUNTRY, COUNTRY_SHORT, OFFICE, ORG, PERSON, SHORT
from .mentions import Mention
from .people import GazetteerError, by_language, lexicon_format
from .someone import Someone

__all__ = ["FORMAT", "OnBehalf", "mark_represented"]

FORMAT = "readoutparse-on-behalf/1"
# What may stand between a title word and the next one or the name (美国总统 特朗普, 美國總統川普).
_GLUE = re.compile(r"[\s的]?")


class OnBehalf:
    """Verbs of acting for someone and the nouns that hold them; never changed once built."""

    def __init__(self, verbs: Mapping[str, tuple[str, ...]], nouns: Mapping[str, tuple[str, ...]]) -> None:
        self.verbs = dict(verbs)
        self.nouns = dict(nouns)

    @classmethod
    def from_dict(cls, data: Any, *, name: str | None = None) -> OnBehalf:
        lexicon_format(data, "an on-behalf lexicon", FORMAT, (FORMAT,), name)
        assert isinstance(data, Mapping)
        try:
            verbs, nouns = by_language(data.get("verbs"), "verbs"), by_language(data.get("nouns"), "nouns")
        except GazetteerError as error:
            raise GazetteerError(str(error), name=name) from None
        for lang, words in nouns.items():
            if not all(any(v in w for v in verbs.get(lang, ())) for w in words):
                raise GazetteerError(f"nouns.{lang}: every noun must hold one of the verbs", name=name)
        return cls(verbs, nouns)

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def builtin() -> OnBehalf:
        return OnBehalf.from_dict(packaged("on_behalf.json"), name="on_behalf.json")

    @functools.lru_cache(maxsize=8)
    def words(self, script: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        langs = ("zh-Hans", "zh-Hant") if script == "zh" else (script,)
        verbs = {w for lang in langs for w in self.verbs.get(lang, ())}
        nouns = {w for lang in langs for w in self.nouns.get(lang, ())}
        return tuple(sorted(verbs, key=len, reverse=True)), tuple(sorted(nouns, key=len, reverse=True))


def _verb_spans(text: str, verbs: tuple[str, ...], nouns: tuple[str, ...]) -> list[tuple[int, int]]:
    blocked = [m.span() for w in nouns for m in re.finditer(re.escape(w), text)]
    return [m.span() for v in verbs for m in re.finditer(re.escape(v), text)
            if not any(a <= m.start() and m.end() <= b for a, b in blocked)]


def mark_represented(text: str, ents: list[Mention], script: str, people: list[Someone | Mention]) -> None:
    """Someone right after a verb of acting for (their title between) is the actor's principal,
    marked like one, when someone else is named before the verb (the one who acts)."""
    verbs, nouns = OnBehalf.builtin().words(script)
    if not verbs or not any(v in text for v in verbs):
        return
    titles = sorted((m for m in ents if m.cats.keys() & {OFFICE, COUNTRY, ORG, COUNTRY_SHORT}
                     and not m.cats.keys() & {PERSON, SHORT}), key=lambda m: m.start)
    for a, b in _verb_spans(text, verbs, nouns):
        if any(m.start < b and a < m.end for m in ents if m.cats.keys() & {OFFICE}) or any(
                m.end == a for m in titles):
            continue  # 驻美代表, 驻荷兰代表: the letters are an office word's, a place's representative
        pos = b
        for m in titles:  # over the title phrase after the verb (代表美国总统特朗普)
            if m.start >= pos and _GLUE.fullmatch(text[pos:m.start]):
                pos = m.end
        after = next((p for p in people if p.start >= b and _GLUE.fullmatch(text[pos if p.start >= pos else b:p.start])), None)
        if after is None or not any(q.end <= a for q in people if q is not after):
            continue
        # ... and the same person glossed in brackets right after (川普(特朗普))
        glossed = [q for q in people if q is not after and _key(q) == _key(after)
                   and _GLOSS.fullmatch(text[after.end:q.start])]
        for q in [after, *glossed]:
            if isinstance(q, Someone):
                q.principal = True
            else:
                q.cats["_principal"] = [True]


_GLOSS = re.compile(r"[(（]")


def _key(p: Someone | Mention) -> str:
    if isinstance(p, Someone):
        return p.key
    ids = p.cats.get(PERSON) or ()
    return str(ids[0]) if len(ids) == 1 else p.text
