"""Group phrases: several countries sharing one title, or several titles.

``中印外长``, ``加拿大和中国外长``, ``美澳外長防長``, ``越南和印度尼西亚总理``,
``the foreign ministers of India and China`` name one person per country and per office,
never one person called by the whole phrase.  Each member is named by its own part of the
phrase (``印外长``, ``澳防長``, ``India foreign ministers``), so that it can be resolved to the
office's holder like any title (:mod:`.holders`).
"""

from __future__ import annotations

__all__ = ["split_group"]

# Offices one country can hold twice in a phrase without meaning two people.
_SPAN = tuple[int, int, str]


def split_group(text: str, countries: list[_SPAN], offices: list[tuple[int, int, str | None]],
                script: str) -> list[tuple[str, str, str | None]]:
    """(name, country code, office) for each country and each distinct office of the phrase.

    ``countries``: (start, end, code) of each country form in the phrase, in text order;
    ``offices``: (start, end, office id) of each title word.  Countries repeated (``中国和中方``)
    count once; titles naming the same office (``外长``, ``外交部长``) count once.
    """
    seen_codes: dict[str, tuple[int, int]] = {}
    for start, end, code in countries:
        seen_codes.setdefault(code, (start, end))
    titles: dict[str | None, tuple[int, int]] = {}
    for start, end, office in offices:
        titles.setdefault(office, (start, end))
    if not titles:
        return []
    out: list[tuple[str, str, str | None]] = []
    for code, (ca, cb) in seen_codes.items():
        for office, (oa, ob) in titles.items():
            country_form, office_form = text[ca:cb], text[oa:ob]
            if script == "zh":
                name = country_form + office_form
            elif script in ("ar", "vi"):  # the title comes first: وزراء خارجية فلسطين, Ngoại trưởng Lào
                name = f"{office_form} {country_form}"
            else:
                name = f"{country_form} {office_form}"
            out.append((name, code, office))
    return out
