"""Datelines of Arabic wire copy, as a table of shapes run by one engine.

Shapes (Xinhua Arabic and the portals that carry it):

* ``agency``: ``PLACE DAY MONTH [YEAR] (شينخوا)``, also ``( شينخوا )`` with spaces, no
  space before the bracket, and the portal's own ``(شينخوانت)``.
* ``slash``: ``PLACE DAY MONTH YEAR /`` closed by a slash instead of the agency
  (``بكين 2 ديسمبر 2013/``, ``القاهرة أول يونيو 2015 /``), perhaps with the outlet
  between two slashes (``21 ديسمبر 2016 /صحيفة الشعب اليومية أونلاين/``); the place may
  be missing.  In both, the year may be glued to the month (``بكين 8 مايو2017 /``).
* ``day_slash``: ``DAY MONTH/ OUTLET/`` with no year, the outlet between slashes
  (china.org.cn 2012: ``19 يونيو/ شبكة الصين/``); the year comes from the page's stamp.
* ``slash_outlet_dash``: ``PLACE DAY MONTH [YEAR]/ OUTLET –``, the outlet closed by a dash
  instead of a second slash (CRI 2008: ``بكين 24 أغسطس/ الموقع الرسمي لأولمبياد بكين –``);
  the outlet must open with an outlet's noun (:data:`OUTLET_NOUNS`: site, newspaper,
  agency, network, ...), so a sentence with a dash after a slash dateline keeps its words.
* ``place_day_slash``: ``PLACE DAY MONTH/`` with neither year nor outlet (People's Daily
  2006: ``بكين 19 يوليو/``); the place is required, the year comes from the page's stamp.
* ``month_slash``: ``MONTH YEAR / OUTLET/`` with no day (china.org.cn): no date.

A lead may open with a phrase before its dateline, read by the rows of :data:`OPENERS`:

* ``byline``: ``بقلم NAME، ROLE`` run into a dateline that opens with its day
  (china.org.cn: ``بقلم ون سه، خبيرة في السياسة الدولية 3 أغسطس 2022 / شبكة الصين /``);
  the name is the story's author.

The day may be a word: ``أول`` (the first), which ``dates.py`` does not read.  A weekday
in brackets (``اليوم (الخميس)``) is never an agency: the agency slot takes the agency
names of :data:`AGENCIES` only.

A dateline may be glued to the line before it with no space (a sidebar headline run into
the lead: ``…في شنغهايبكين 6 سبتمبر 2019 (شينخوا)``); :func:`find_glued` finds it there,
and splits the glued word at a known dateline place (``data/dateline_places.json``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from importlib import resources

import attrs

from .. import dates
from .base import ascii_digits

__all__ = ["AGENCIES", "DAY_WORDS", "Found", "OPENERS", "OUTLET_NOUNS", "SHAPES", "find_glued", "match",
           "places"]

#: Agencies a bracket may name (a bracket holding anything else is not a dateline's).
AGENCIES = ("شينخوا نت", "شينخوانت", "شينخوا")
#: Nouns an outlet's name opens with (a website, newspaper, agency, network, magazine, radio,
#: television).
OUTLET_NOUNS = ("الموقع", "موقع", "صحيفة", "جريدة", "وكالة", "شبكة", "مجلة", "إذاعة", "تلفزيون")
#: Days printed as words.
DAY_WORDS = {"أول": 1, "الأول": 1}

_DAY = r"(?P<day>\d{1,2}|" + "|".join(DAY_WORDS) + r")"
_MONTH = dates.ARABIC_MONTH.pattern
_PLACE = r"(?:(?P<place>[^\d()/\n]{1,40}?)[ ،,]+)?"
_AGENCY = "|".join(map(re.escape, AGENCIES))
_OUTLET = "|".join(map(re.escape, OUTLET_NOUNS))
_TAIL = r"[ :\-–—ـ،,]{0,6}"
_PLACE_WORDS = 4
# A dateline's day (or, month-only, its year) comes within the place's length of the start.
_DAY_WITHIN = 60
_DAYISH = re.compile(r"\d|أول")

#: name -> pattern; tried in order at the start of the lead.
SHAPES: dict[str, re.Pattern[str]] = {
    "agency": re.compile(
        rf"{_PLACE}{_DAY} {_MONTH}(?: ?(?P<year>\d{{4}}))? ?\( ?(?P<agency>{_AGENCY}) ?\){_TAIL}"
    ),
    # The outlet after the slash closed by a dash, not a second slash (CRI 2008).
    "slash_outlet_dash": re.compile(
        rf"{_PLACE}{_DAY} {_MONTH}(?: ?(?P<year>\d{{4}}))? ?/ ?(?P<agency>(?:{_OUTLET})[^/\d\n–—-]{{1,40}}?) ?[–—-] "
    ),
    "slash": re.compile(
        rf"{_PLACE}{_DAY} {_MONTH} ?(?P<year>\d{{4}}) ?/(?: ?(?P<agency>[^/\d\n]{{2,40}}?) ?/)?{_TAIL}"
    ),
    # No year, the outlet between slashes: "19 يونيو/ شبكة الصين/" (an outlet makes it no prose).
    "day_slash": re.compile(
        rf"{_PLACE}{_DAY} {_MONTH} ?/ ?(?P<agency>[^/\d\n]{{2,40}}?) ?/{_TAIL}"
    ),
    # No year and no outlet, only the slash (People's Daily 2006: "بكين 19 يوليو/"): the
    # place is required, so a bare day and month before a slash is never taken for one.
    "place_day_slash": re.compile(
        rf"(?P<place>[^\d()/\n]{{1,40}}?)[ ،,]+{_DAY} {_MONTH} ?/{_TAIL}"
    ),
    # A month and year only, the outlet between slashes: "أبريل 2017 / شبكة الصين/".
    "month_slash": re.compile(
        rf"{_MONTH} (?P<year>\d{{4}}) ?/ ?(?P<agency>[^/\d\n]{{2,40}}?) ?/{_TAIL}"
    ),
}

#: name -> pattern; a phrase the lead may open with before its dateline (tried first).
#: ``author`` names the story's author.  Only a dateline opening with its day may follow:
#: a place after a role would read as part of the role.
OPENERS: dict[str, re.Pattern[str]] = {
    "byline": re.compile(
        r"بقلم ?[:：]? ?(?P<author>[^\d،,:：/()\n]{2,40}?)(?: ?[،,] ?[^\d/()\n]{2,80}?)? (?=\d|أول)"
    ),
}


@attrs.frozen
class Found:
    """A dateline found in a line: its parts, and where it starts and ends in the line."""

    shape: str
    place: str | None
    day: int | None
    month: int
    year: int | None
    agency: str | None
    start: int
    end: int
    #: What an opener (:data:`OPENERS`) before the dateline said: its author, its text.
    author: str | None = None
    opener: str | None = None

    def date(self, anchor: dt.date | None) -> dt.date | None:
        if self.day is None:
            return None
        if self.year is not None:
            return dates.safe_date(self.year, self.month, self.day)
        return dates.infer_year(self.month, self.day, anchor)


def _found(shape: str, m: re.Match[str], original: str, start: int = 0) -> Found:
    day = m.groupdict().get("day")
    has_place = m.groupdict().get("place") is not None
    place = original[m.start("place"):m.end("place")].strip(" ،,") if has_place else None
    agency = (m.groupdict().get("agency") or "").strip() or None
    return Found(shape, place or None, None if day is None else DAY_WORDS.get(day) or int(day),
                 dates.ARABIC_MONTHS[m["month"]], int(m["year"]) if m.groupdict().get("year") else None,
                 agency, start, m.end())


def match(text: str) -> Found | None:
    """The dateline ``text`` opens with, or None."""
    plain = ascii_digits(text[:400])
    opened = next((m for m in (o.match(plain) for o in OPENERS.values()) if m), None)
    at = opened.end() if opened else 0
    if not _DAYISH.search(plain[at:at + _DAY_WITHIN]):  # every shape has its day or month up front
        return None
    for shape, pattern in SHAPES.items():
        m = pattern.match(plain, at)
        # A place is a name of a few words: a longer run is a headline glued to the date.
        if m and len((m.groupdict().get("place") or "").split()) <= _PLACE_WORDS:
            found = _found(shape, m, text, at)
            if opened is None:
                return found
            author = text[opened.start("author"):opened.end("author")].strip()
            return attrs.evolve(found, author=author, opener=text[:at].strip())
    return None


@functools.lru_cache(maxsize=1)
def places() -> tuple[str, ...]:
    """Dateline places, longest first, from the package's data file."""
    raw = resources.files("readoutparse.parsers").joinpath("data/dateline_places.json")
    data = json.loads(raw.read_text("utf-8"))
    names = data["places"]
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        raise ValueError("dateline_places.json: 'places' must be a list of non-empty strings")
    return tuple(sorted(set(names), key=len, reverse=True))


_GLUED = re.compile(
    rf"(?P<day>\d{{1,2}}|أول) {_MONTH} ?(?P<year>\d{{4}}) ?\( ?(?P<agency>{_AGENCY}) ?\){_TAIL}"
)


def find_glued(text: str) -> tuple[str, Found] | None:
    """A headline glued to a dateline: (the headline, the dateline) or None.

    Only the agency shape is looked for (a bracketed agency after a full date is not
    prose), and only where a known place ends the word glued before the date.
    """
    if "(" not in text[:400]:  # the agency's bracket: no bracket, no glued dateline
        return None
    plain = ascii_digits(text[:400])
    m = _GLUED.search(plain)
    if m is None or m.start() == 0:
        return None
    before = text[:m.start()].rstrip()
    word = before.rsplit(" ", 1)[-1]
    for place in places():
        if word.endswith(place) and len(word) > len(place):
            head = before[: len(before) - len(place)].rstrip()
            found = _found("agency", m, text)
            return head, attrs.evolve(found, place=place, start=len(head))
    return None
