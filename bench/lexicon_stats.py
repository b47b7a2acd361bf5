"""What the built-in lexicons hold: people by office and country, names per language.

Run: ``python bench/lexicon_stats.py``.  It prints; it asserts nothing.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "readoutparse" / "readout" / "data"
LANGUAGES = ("zh-Hans", "zh-Hant", "en", "ar", "vi")


def main() -> None:
    people = json.loads((DATA / "people.json").read_text("utf-8"))["people"]
    countries = json.loads((DATA / "countries.json").read_text("utf-8"))
    offices = json.loads((DATA / "offices.json").read_text("utf-8"))["offices"]
    print(f"people: {len(people)}")
    by_office: Counter[str] = Counter()
    for person in people:
        by_office.update({o["office"] for o in person["offices"]})
    print("people holding each office id (a person counts once per id):")
    for oid, n in by_office.most_common():
        print(f"  {oid:20s} {n}")
    print(f"  (no listed office)   {sum(1 for p in people if not p['offices'])}")
    by_country = Counter(p["country"] or f"org:{p.get('organisation')}" for p in people)
    print(f"countries and organisations: {len(by_country)}; "
          + ", ".join(f"{c} {n}" for c, n in by_country.most_common()))
    names = Counter(lang for p in people for lang, v in p["names"].items() for _ in v)
    having = Counter(lang for p in people for lang in p["names"])
    short = Counter(lang for p in people for lang, v in p.get("short", {}).items() for _ in v)
    print("names per language (strings / people with one / short forms):")
    for lang in LANGUAGES:
        print(f"  {lang:8s} {names[lang]:5d} {having[lang]:5d} {short[lang]:5d}")
    forms = Counter(lang for e in countries["countries"].values() for k in e.values() for lang, v in k.items() for _ in v)
    print(f"countries.json: {len(countries['countries'])} countries, {len(countries['organisations'])} organisations; "
          "forms per language: " + ", ".join(f"{lang} {forms[lang]}" for lang in LANGUAGES))
    words = Counter(lang for langs in offices.values() for lang, v in langs.items() for _ in v)
    print(f"offices.json: {len(offices)} office ids; words per language: "
          + ", ".join(f"{lang} {words[lang]}" for lang in LANGUAGES))


if __name__ == "__main__":
    main()
