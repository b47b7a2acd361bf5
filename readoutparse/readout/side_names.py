"""What an unnamed side is called in the record.

An unnamed official of a side (``中美已商定举行通话``, ``中印两军会谈``, ``美国卫生部长将访台``) is
found through a one-character short form of its country (``中``, ``美``) or through the visit
word that names it (``访台``).  Neither is a name a reader can use, so the record names such a
side by its country's (or organisation's) first full name in the page's language (``中国``,
``美國``, ``台湾``, ``欧盟``): the side itself.  A side the text names in full keeps the text's
form.
"""

from __future__ import annotations

from .countries import CountryLexicon
from .someone import Someone

__all__ = ["side_name"]


def side_name(p: Someone, lexicon: CountryLexicon, language: str | None) -> str | None:
    """The full name of an unnamed side known only by a short form or a visit word, else None."""
    if not p.vague or p.id is not None or p.office != "official" or language is None:
        return None
    if len(p.name) >= 2 and not p.visited:
        return None  # 中国, 美方: the text names the side in full
    if p.organisation is not None:
        forms = lexicon.organisation_forms(language).get(p.organisation, ())
    elif p.country is not None:
        forms = lexicon.country_forms(language).get(p.country, ())
    else:
        return None
    if p.name in forms:
        return None  # 访问日本: the country visited, as written
    return next((f for f in forms if len(f) >= 2), None)
