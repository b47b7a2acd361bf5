"""Countries and international organisations: what the text may call them, per language.

Country *names* come from CLDR through babel (zh-Hans, zh-Hant, zh-Hant-HK, en, ar, vi),
plus the Simplified name converted character by character to Traditional, since mainland
portals' Traditional pages write ``瑙魯`` where CLDR's zh-Hant has ``諾魯``, and the other way:
CLDR's zh-Hant (Taiwan usage) converted to Simplified, since Simplified reposts of Taiwan and
overseas news write ``亚塞拜然`` where the mainland writes ``阿塞拜疆``.  A converted Taiwan name
that means something else in Simplified text (``狮子山``, ``查德``) is left out by the table
``taiwan_names_not_in_simplified`` of countries.json.  Everything CLDR
does not give (adjectives, capitals, ``俄方``, ``phía Nga``, ``الروسي``) is ours, in
``data/countries.json`` (format ``readoutparse-countries/1``, see docs/readout.md).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Any

from .data_files import packaged
from .people import GazetteerError, by_language, lexicon_format

__all__ = ["FORMAT", "CountryLexicon", "cldr_names", "taiwan_names_simplified"]

FORMAT = "readoutparse-countries/1"
_CLDR_LOCALES = {"zh-Hans": ("zh_Hans",), "zh-Hant": ("zh_Hant", "zh_Hant_HK"), "en": ("en",), "ar": ("ar",),
                 "vi": ("vi",)}
# CLDR territory codes that are not countries (or are organisations, kept apart).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AQ"})
_CODE = re.compile(r"[A-Z]{2}")
_ORG = re.compile(r"[A-Z][A-Z0-9]+")

Forms = dict[str, dict[str, tuple[str, ...]]]  # code -> language -> forms


@functools.lru_cache(maxsize=8)
def cldr_names(language: str) -> Mapping[str, tuple[str, ...]]:
    """ISO code -> CLDR names of countries in one of our languages (read on first use)."""
    import babel  # a heavy import, paid only when a readout is first read

    out: dict[str, list[str]] = {}
    for locale in _CLDR_LOCALES.get(language, ()):
        for code, name in babel.Locale.parse(locale).territories.items():
            if _CODE.fullmatch(code) and code not in _NOT_COUNTRIES:
                out.setdefault(code, []).append(name)
    if language == "zh-Hant":
        from opencc import OpenCC  # type: ignore[import-untyped]

        s2t = OpenCC("s2t")
        for code, names in cldr_names("zh-Hans").items():
            out.setdefault(code, []).extend(s2t.convert(n) for n in names)
    return {code: tuple(dict.fromkeys(names)) for code, names in out.items()}


@functools.lru_cache(maxsize=1)
def taiwan_names_simplified() -> Mapping[str, tuple[str, ...]]:
    """ISO code -> CLDR zh-Hant (Taiwan) names converted to Simplified, where they differ from
    CLDR's own zh-Hans names (``AZ``: ``亚塞拜然``)."""
    import babel
    from opencc import OpenCC

    t2s = OpenCC("t2s")
    hans = cldr_names("zh-Hans")
    out: dict[str, tuple[str, ...]] = {}
    for code, name in babel.Locale.parse("zh_Hant").territories.items():
        if code in hans:
            form = t2s.convert(name)
            if form not in hans[code]:
                out[code] = (form,)
    return out


def _codes_with_reasons(data: Any, where: str) -> dict[str, str]:
    if not isinstance(data, Mapping):
        raise GazetteerError(f"{where}: expected an object of ISO 3166 alpha-2 codes to reasons")
    for code, why in data.items():
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            raise GazetteerError(f"{where}.{code}: the key must be an ISO 3166 alpha-2 code")
        if not isinstance(why, str) or not why.strip():
            raise GazetteerError(f"{where}.{code}: expected the reason, a non-empty string")
    return dict(data)


def _section(data: Any, where: str, key_pattern: re.Pattern[str], what: str) -> tuple[Forms, Forms]:
    if not isinstance(data, Mapping):
        raise GazetteerError(f"{where}: expected an object keyed by {what}")
    names: Forms = {}
    short: Forms = {}
    for key, entry in data.items():
        at = f"{where}.{key}"
        if not isinstance(key, str) or not key_pattern.fullmatch(key):
            raise GazetteerError(f"{at}: the key must be {what}")
        if not isinstance(entry, Mapping) or set(entry) - {"names", "short"}:
            raise GazetteerError(f"{at}: expected an object with 'names' and/or 'short'")
        names[key] = by_language(entry.get("names"), f"{at}.names")
        short[key] = by_language(entry.get("short"), f"{at}.short")
    return names, short


def _union(a: Forms, b: Forms) -> Forms:
    out = {code: dict(langs) for code, langs in a.items()}
    for code, langs in b.items():
        for lang, forms in langs.items():
            mine = out.setdefault(code, {})
            mine[lang] = tuple(dict.fromkeys(mine.get(lang, ()) + forms))
    return out


class CountryLexicon:
    """Country and organisation forms; never changed once built."""

    def __init__(self, names: Forms | None = None, short: Forms | None = None,
                 org_names: Forms | None = None, org_short: Forms | None = None, *, cldr: bool = True,
                 taiwan_except: Mapping[str, str] | None = None) -> None:
        self.names = names or {}
        self.short = short or {}
        self.org_names = org_names or {}
        self.org_short = org_short or {}
        self.cldr = cldr
        # codes whose Taiwan name, converted to Simplified, is not read as the country
        self.taiwan_except = dict(taiwan_except or {})

    @classmethod
    def from_dict(cls, data: Any, *, name: str | None = None) -> CountryLexicon:
        lexicon_format(data, "a country lexicon", FORMAT, (FORMAT,), name)
        try:
            names, short = _section(data.get("countries") or {}, "countries", _CODE, "an ISO 3166 alpha-2 code")
            org_names, org_short = _section(data.get("organisations") or {}, "organisations", _ORG,
                                            "an upper-case organisation id")
            taiwan_except = _codes_with_reasons(data.get("taiwan_names_not_in_simplified") or {},
                                                "taiwan_names_not_in_simplified")
        except GazetteerError as error:
            if name is None:
                raise
            raise GazetteerError(str(error), name=name) from None
        cldr = data.get("cldr", True)
        if not isinstance(cldr, bool):
            raise GazetteerError("cldr: expected true or false", name=name)
        return cls(names, short, org_names, org_short, cldr=cldr, taiwan_except=taiwan_except)

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def builtin() -> CountryLexicon:
        return CountryLexicon.from_dict(packaged("countries.json"), name="countries.json")

    def extend(self, other: CountryLexicon) -> CountryLexicon:
        return CountryLexicon(_union(self.names, other.names), _union(self.short, other.short),
                              _union(self.org_names, other.org_names), _union(self.org_short, other.org_short),
                              cldr=self.cldr or other.cldr, taiwan_except={**self.taiwan_except, **other.taiwan_except})

    def to_dict(self) -> dict[str, Any]:
        def section(names: Forms, short: Forms) -> dict[str, Any]:
            out: dict[str, Any] = {}
            for code in sorted({*names, *short}):
                entry: dict[str, Any] = {}
                if names.get(code):
                    entry["names"] = {k: list(v) for k, v in names[code].items()}
                if short.get(code):
                    entry["short"] = {k: list(v) for k, v in short[code].items()}
                out[code] = entry
            return out

        return {"format": FORMAT, "cldr": self.cldr, "countries": section(self.names, self.short),
                "organisations": section(self.org_names, self.org_short),
                "taiwan_names_not_in_simplified": dict(sorted(self.taiwan_except.items()))}

    def country_forms(self, language: str) -> dict[str, tuple[str, ...]]:
        """code -> every full form (CLDR names and ours) in one language."""
        out: dict[str, list[str]] = {}
        if self.cldr:
            for code, names in cldr_names(language).items():
                out.setdefault(code, []).extend(names)
            if language == "zh-Hans":
                for code, names in taiwan_names_simplified().items():
                    if code not in self.taiwan_except:
                        out.setdefault(code, []).extend(names)
        for code, langs in self.names.items():
            out.setdefault(code, []).extend(langs.get(language, ()))
        return {code: tuple(dict.fromkeys(v)) for code, v in out.items() if v}

    def short_forms(self, language: str) -> dict[str, tuple[str, ...]]:
        return {code: langs[language] for code, langs in self.short.items() if langs.get(language)}

    def organisation_forms(self, language: str) -> dict[str, tuple[str, ...]]:
        return {org: langs[language] for org, langs in self.org_names.items() if langs.get(language)}

    def organisation_short_forms(self, language: str) -> dict[str, tuple[str, ...]]:
        return {org: langs[language] for org, langs in self.org_short.items() if langs.get(language)}
