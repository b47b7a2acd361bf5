"""Stamp and credit lines of portal pages: fixed shapes holding a time, a source, an editor.

Each portal prints its own line around the story (examples from the Arabic portals):

=======================  ================================================================
``pd_stamp``             ``/مصدر: شينخوا/ 2025:07:11.09:45``, ``2020:02:25.08:40 حجم الخط اطبع``
``pd_updated``           ``بحث SIZE: L M S تحديث في 2006:07:19.07:47`` (2006: the top bar's update time)
``pd_stamp_en``          ``/مصدر: شينخوا/ 10:35, October 01, 2016``
``pd_masthead``          ``人民网 2019:10:18.08:36:18`` (when the page was printed: ``printed``)
``agency_time``          ``شينخوا2020-05-02 09:10:11`` (china.com: the agency glued to the time)
``brnn``                 ``2022-06-09 11:14:58 /مصدر: شينخوا/``
``ydyl_date``            ``التاريخ: 2021-05-21 المصدر: شبكة شينخوا``
``ydyl_time``            ``الوقت:2022-12-08 10:48:29المصدر: شينخوا``
``cri``                  ``cri (GMT+08:00) 2015-10-01 09:21:52`` (the offset is the line's own)
``cri_offset_first``     ``GMT+08:00 || 2004-08-17 17:04:46`` (CRI 2004; the title is printed under it)
``cri_time``             ``2008-06-27 20:43:43 cri`` (CRI 2008: the ISO time, then the credit: CRI's own
                         short name or the site the copy came from, ``2008-08-24 22:21:08 xinhuanet.com``)
``cctv``                 ``BJT 17:27 18-11-2009``
``china_org``            ``arabic.china.org.cn | 12. 07. 2018``
``china_org_time``       ``arabic.china.org.cn / 15:40:28 2012-11-08``
``news_cn``              ``17:02:23 26-07-2016 | Arabic. News. Cn``
``news_cn_iso``          ``2018-12-31 19:45:51|arabic.news.cn``
``iso_day``              ``2020-12-25``
``date_line``            ``19 - 05 - 2025``
``china_org_time_rest``  ``15:51:25 2022-03-04`` (the stamp's site name was glued to the title)
``editor``               ``تحرير: تشي هونغ``
``byline``               ``بقلم يحي مصطفى`` (an author)
``source_line``          ``/مصدر: CCTV عربي/``
``agency_credit``        ``وكالة أنباء شينخوا / 5 مارس 2003 /``
``cri_credit``           ``cri`` (CRI's credit line on its own)
``release_day``          ``مصدر:المكتب الوطني للإحصاء | | موعد الإصدار:2023-02-13`` (labelled source, release day)
``print_edition``        ``صحيفة الشعب اليومية – الطبعة الخارجية- الصادرة يوم 21 مارس عام 2014- الصفحة رقم:04``
=======================  ================================================================

Every row is one :class:`StampRule`; :func:`read_stamp` runs them in order on one line.
A rule's named groups say what the line holds (``y mo d h mi s`` numbers, ``mon`` an
English month name, ``amon`` an Arabic one, ``off`` a UTC offset, ``source``,
``editor``, ``author``).  A row marked ``over_title`` stands above the headline (the
title is the first headline under it), where most stamps stand below it.  Toolbar words may follow a stamp on its line.  A line that
only *starts* like a stamp (cut short, or with an impossible date) is still that stamp,
unreadable, so it is never taken for a title.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Literal

import attrs

from .. import dates
from .base import ascii_digits
from ..model import Moment
from .sidebars import TOOLBAR, only_toolbar

__all__ = ["ARABIC_PORTALS", "GLUED_OPENINGS", "SITE_NAMES", "Stamp", "StampRule", "read_stamp", "split_glued_opening"]

Role = Literal["published", "printed", "editor", "author", "source"]

_EN_MONTHS = {name: number for number, name in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december"), 1)}
_SRC = r"/ ?(?:(?:ال)?مصدر ?[:：] ?)?(?P<source>[^/\d]{1,80}?) ?/"
_YMD = r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})"  # zero-padded: a cut "2021-03-2" is no date
_HMS = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?"
# A site's address as a credit: Latin labels joined by dots (``xinhuanet.com``).
_SITE = r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z0-9-]{2,30}){1,3}"
_LABEL_SOURCE = r"(?: ?المصدر ?[:：] ?(?P<source>[^\d]{1,60}))?"


@attrs.frozen
class Stamp:
    """What one stamp line says; ``readable`` is False for a damaged one."""

    rule: str
    role: Role
    moment: Moment | None = None
    source: str | None = None
    editor: str | None = None
    author: str | None = None
    readable: bool = True
    #: The stamp stands above the headline (from its row).
    over_title: bool = False
    #: The stamp ends the page's top bar: the story's headline is the one under the crumb.
    heads_page: bool = False


@attrs.frozen(eq=False)  # a row is itself: hashed by identity, cheaply, as a cache key
class StampRule:
    name: str
    role: Role
    #: Matched at the line start (on ASCII digits); the rest must be toolbar words.
    pattern: re.Pattern[str]
    #: A damaged line of this shape still starts like this (None: no damaged form).
    start: re.Pattern[str] | None = None
    #: The time zone of a time the line prints without an offset.
    tz: dt.tzinfo = dates.BEIJING
    #: Credit lines close a story: a parser looks for them in its body, not its header.
    credit: bool = False
    #: Text every line of this shape (damaged or not) holds one of: a cheap test first.
    needles: tuple[str, ...] = ()
    #: This portal prints the stamp above the headline, not under it.
    over_title: bool = False
    #: The stamp ends the page's top bar, over its menu and crumb.
    heads_page: bool = False

    def read(self, m: re.Match[str], original: str) -> Stamp:
        def text(group: str) -> str | None:
            # Digits were made ASCII on a copy of the same length: slice the original.
            return original[m.start(group):m.end(group)].strip() or None if m[group] else None

        groups = m.groupdict()
        return Stamp(self.name, self.role, self._moment(groups),
                     text("source") if "source" in groups else None,
                     text("editor") if "editor" in groups else None,
                     text("author") if "author" in groups else None,
                     readable=self._readable(groups), over_title=self.over_title,
                     heads_page=self.heads_page)

    def _readable(self, groups: dict[str, str | None]) -> bool:
        return "y" not in groups or self._moment(groups) is not None

    def _moment(self, g: dict[str, str | None]) -> Moment | None:
        if g.get("y") is None:
            return None
        year, day = int(g["y"] or 0), int(g["d"] or 0)
        month = _month(g)
        if month is None:
            return None
        if g.get("h") is None:
            return dates.safe_date(year, month, day)
        tz = self.tz
        if g.get("off"):
            sign = -1 if (g["off"] or "")[0] == "-" else 1
            hours, minutes = (g["off"] or "+00:00")[1:].split(":")
            tz = dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))
        return dates.at_offset(year, month, day, int(g["h"] or 0), int(g["mi"] or 0),
                               int(g.get("s") or 0), tz=tz)


def _month(g: dict[str, str | None]) -> int | None:
    if g.get("mo"):
        return int(g["mo"] or 0)
    if g.get("mon"):
        return _EN_MONTHS.get((g["mon"] or "").lower())
    if g.get("amon"):
        return dates.ARABIC_MONTHS.get(g["amon"] or "")
    return None


def _rule(name: str, role: Role, pattern: str, start: str | None = None, **kw: object) -> StampRule:
    return StampRule(name, role, re.compile(pattern),
                     re.compile(start) if start else None, **kw)  # type: ignore[arg-type]


_AR_MONTH = dates.ARABIC_MONTH.pattern.replace("?P<month>", "?P<amon>")

_ROWS: tuple[StampRule, ...] = (
    # People's Daily Arabic, every era: source slot, then YYYY:MM:DD.HH:MM.
    _rule("pd_stamp", "published",
          rf"(?:{_SRC} ?)?(?P<y>\d{{4}}):(?P<mo>\d{{1,2}}):(?P<d>\d{{1,2}})\.(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?![\d:])",
          r"/ ?(?:ال)?مصدر|\d{4}:\d"),
    # People's Daily Arabic, 2006: the page's update time at the end of its top bar, after
    # the bar's buttons (search, font sizes).
    _rule("pd_updated", "published",
          rf"(?:{TOOLBAR.pattern})?تحديث في ?(?P<y>\d{{4}}):(?P<mo>\d{{1,2}}):(?P<d>\d{{1,2}})\.(?P<h>\d{{1,2}}):(?P<mi>\d{{2}})(?![\d:])",
          rf"(?:{TOOLBAR.pattern})?تحديث في ?\d", heads_page=True),
    # People's Daily Arabic, 2016: the time in English.
    _rule("pd_stamp_en", "published",
          rf"(?:{_SRC} ?)?(?P<h>\d{{1,2}}):(?P<mi>\d{{2}}), (?P<mon>[A-Za-z]{{3,9}}) (?P<d>\d{{1,2}}), (?P<y>\d{{4}})",
          r"(?:/[^/]{1,80}/ ?)?\d{1,2}:\d{2},"),
    # The People's Daily masthead: when the page was printed, not the story's time.
    _rule("pd_masthead", "printed",
          r"人民网[^\d]{0,40}?(?P<y>\d{4}):(?P<mo>\d{2}):(?P<d>\d{2})\.(?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})",
          r"人民网"),
    # china.com's Arabic site: the agency glued to the ISO time it filed the story at.
    _rule("agency_time", "published", rf"(?P<source>[\u0621-\u064a]{{2,20}}(?: [\u0621-\u064a]{{2,20}}){{0,2}}) ?{_YMD} {_HMS}$"),
    # CRI 2008: the ISO time, then its credit (before ``brnn``, whose opening it shares):
    # CRI's short name for its own copy, or the address of the site the copy came from
    # (``xinhuanet.com``, ``BEIJING2008.CN``), a Latin name with a dot.
    _rule("cri_time", "published", rf"{_YMD} {_HMS} ?(?P<source>cri|CRI|{_SITE})$"),
    # Belt and Road news network: ISO time, then the source slot.
    _rule("brnn", "published", rf"{_YMD} {_HMS} ?(?:{_SRC})?", rf"\d{{4}}-\d{{1,2}}-\d{{1,2}} \d"),
    # Belt and Road portal (yidaiyilu): a labelled date or time, the label source glued on.
    _rule("ydyl_date", "published", rf"التاريخ ?[:：] ?{_YMD}(?!\d){_LABEL_SOURCE}", r"التاريخ ?[:：]"),
    _rule("ydyl_time", "published", rf"الوقت ?[:：] ?{_YMD} {_HMS}{_LABEL_SOURCE}", r"الوقت ?[:：]"),
    # China Radio International: the offset is printed on the line.
    _rule("cri", "published", rf"(?P<source>cri|CRI) \(GMT(?P<off>[+-]\d{{2}}:\d{{2}})\) {_YMD} {_HMS}",
          r"(?:cri|CRI) \(GMT"),
    # CRI 2004: the offset first, then bars and the ISO time; the title follows.
    _rule("cri_offset_first", "published", rf"GMT(?P<off>[+-]\d{{2}}:\d{{2}}) ?\|\|? ?{_YMD} {_HMS}",
          r"GMT[+-]\d{2}:\d{2} ?\|", over_title=True),
    # CCTV Arabic: Beijing time first, then DD-MM-YYYY.
    _rule("cctv", "published",
          r"BJT (?P<h>\d{1,2}):(?P<mi>\d{2}) (?P<d>\d{1,2})-(?P<mo>\d{1,2})-(?P<y>\d{4})", r"BJT \d"),
    # china.org.cn Arabic: a day, or a time and a day.
    _rule("china_org", "published",
          r"arabic\.china\.org\.cn \| (?P<d>\d{1,2})\. ?(?P<mo>\d{1,2})\. ?(?P<y>\d{4})",
          r"arabic\.china\.org\.cn [|/]"),
    _rule("china_org_time", "published", rf"arabic\.china\.org\.cn / {_HMS} {_YMD}"),
    # The same stamp broken after its site name (the name glued to the title line, see
    # GLUED_OPENINGS): the time and day alone on the next line.
    _rule("china_org_time_rest", "published", rf"{_HMS} {_YMD}$"),
    # news.cn Arabic: time first, then the day, then the site's name.
    _rule("news_cn", "published",
          rf"{_HMS} (?P<d>\d{{2}})-(?P<mo>\d{{2}})-(?P<y>\d{{4}}) \| [Aa]rabic\. ?[Nn]ews\. ?[Cc]n",
          r"\d{1,2}:\d{2}:\d{2} \d{2}-\d{2}-\d"),
    # news.cn Arabic, another era: the ISO time first, a bar, then the site's name.
    _rule("news_cn_iso", "published", rf"{_YMD} {_HMS} ?\| ?[Aa]rabic\. ?[Nn]ews\. ?[Cc]n"),
    # A bare ISO day on a line of its own (China-Arab States Cooperation Forum portal).
    _rule("iso_day", "published", rf"{_YMD}$"),
    # Republished pages: DD - MM - YYYY on a line of its own.
    _rule("date_line", "published", r"(?P<d>\d{1,2}) ?- ?(?P<mo>\d{1,2}) ?- ?(?P<y>\d{4})$",
          r"(?=[\d /.-]*\d)[\d /.-]{1,40}$"),
    # A labelled source, then the labelled release day (China's Arabic theory portal); the
    # label is spelt with and without its hamza.
    _rule("release_day", "published",
          rf"(?:ال)?مصدر ?[:：] ?(?P<source>[^|\d]{{1,60}}?) ?(?:\| ?)*موعد ال[إأا]صدار ?[:：] ?{_YMD}",
          r"(?:ال)?مصدر ?[:：][^|]{1,60}\|"),
    # A print edition's line: newspaper, edition, day of issue, page number.
    _rule("print_edition", "published",
          rf"(?P<source>صحيفة [^–\-\d]{{2,40}}?) ?[–-] ?الطبعة [^–\-\d]{{2,20}}? ?[–-] ?الصادرة يوم "
          rf"(?P<d>\d{{1,2}}) (?:{_AR_MONTH}) (?:عام )?(?P<y>\d{{4}})(?: ?[–-] ?الصفحة رقم ?[:：] ?\d{{1,3}})?",
          r"صحيفة [^–-]{2,40}[–-] ?الطبعة"),
    # Credit lines that close a story.
    _rule("editor", "editor", r"تحرير ?[:：] ?(?P<editor>[^\d:：/]{2,40})$", credit=True),
    # "بقلم / NAME، صحيفة …": after the comma a role, or an outlet (a newspaper, agency,
    # network, magazine, radio or television), which is then the story's source.
    _rule("byline", "author",
          r"بقلم ?[:：/]? ?(?P<author>[^\d.،,:：/]{2,40}?)(?: ?[،,] ?(?:(?P<source>"
          r"(?:صحيفة|جريدة|وكالة|شبكة|مجلة|إذاعة|تلفزيون)[^\d.،,:：/]{1,40})|[^\d.:：/]{1,60}))?$",
          credit=True),
    _rule("source_line", "source", rf"{_SRC}$", credit=True),
    # CRI's credit, the site's short name alone on its line.
    _rule("cri_credit", "source", r"(?P<source>cri|CRI)$", credit=True),
    _rule("agency_credit", "published",
          rf"(?P<source>[^\d/]{{2,40}}?) ?/ ?(?P<d>\d{{1,2}}) (?:{_AR_MONTH}) (?P<y>\d{{4}}) ?/?$",
          credit=True),
)

# What each shape's lines always hold (its damaged forms too), tested before its regexes.
_NEEDLES: dict[str, tuple[str, ...]] = {
    "pd_stamp": (":", "مصدر"), "pd_updated": ("تحديث",), "news_cn_iso": ("-",), "pd_stamp_en": (",",), "pd_masthead": ("人民网",), "brnn": ("-",), "agency_time": ("-",),
    "ydyl_date": ("التاريخ",), "ydyl_time": ("الوقت",), "cri": ("GMT",), "cctv": ("BJT",),
    "china_org": ("china.org",), "china_org_time": ("china.org",), "news_cn": (":",),
    "iso_day": ("-",), "china_org_time_rest": (":",), "editor": ("تحرير",), "byline": ("بقلم",),
    "source_line": ("/",), "agency_credit": ("/",), "cri_offset_first": ("GMT",),
    "cri_credit": ("cri", "CRI"), "cri_time": ("cri", "CRI", "."),
    "release_day": ("مصدر",), "print_edition": ("الطبعة",),
}
ARABIC_PORTALS: tuple[StampRule, ...] = tuple(
    attrs.evolve(rule, needles=_NEEDLES.get(rule.name, ())) for rule in _ROWS
)


#: The portals' names for themselves in their credits and sign-offs: a credit naming one
#: says where the copy was printed, not which agency wrote it.
SITE_NAMES = frozenset({"شبكة الصين", "صحيفة الشعب اليومية أونلاين", "إذاعة الصين الدولية"})


#: Stamp openings a page may glue to the end of the title line (the rest of the stamp
#: follows on the next line).
GLUED_OPENINGS = re.compile(r" ?arabic\.china\.org\.cn ?/$")


def split_glued_opening(text: str) -> tuple[str, str] | None:
    """(title, stamp opening) when a stamp's opening ends the line, else None."""
    m = GLUED_OPENINGS.search(text[-80:])
    if m is None:
        return None
    cut = len(text) - len(m.group())
    head = text[:cut].strip()
    return (head, m.group().strip()) if head else None


@functools.lru_cache(maxsize=8)
def _needles(rules: tuple[StampRule, ...]
             ) -> tuple[re.Pattern[str] | None, tuple[tuple[StampRule, frozenset[str]], ...]]:
    """One pattern finding every rule's needles in a line, and each rule with its own."""
    words = sorted({n for r in rules for n in r.needles}, key=len, reverse=True)
    finder = re.compile("|".join(map(re.escape, words))) if words else None
    return finder, tuple((r, frozenset(r.needles)) for r in rules)


@functools.lru_cache(maxsize=512)  # a parser asks about one line more than once
def read_stamp(text: str, rules: tuple[StampRule, ...] = ARABIC_PORTALS,
               *, credit: bool | None = None) -> Stamp | None:
    """The stamp ``text`` (one whole line) is, or None.

    ``credit`` picks the closing credit rows (True), the header rows (False) or all.
    """
    if len(text) > 300:  # a stamp is short: a long line is prose, and this bounds the cost
        return None
    plain = ascii_digits(text.strip())
    original = text.strip()
    finder, rows = _needles(rules)
    present = set(finder.findall(plain)) if finder is not None else set()
    chosen = [r for r, needles in rows if (credit is None or r.credit == credit)
              and (not needles or needles & present)]
    for rule in chosen:
        m = rule.pattern.match(plain)
        if m and only_toolbar(plain[m.end():]):
            return rule.read(m, original)
    for rule in chosen:
        if rule.start is not None and rule.start.match(plain):
            return Stamp(rule.name, rule.role, readable=False, over_title=rule.over_title,
                         heads_page=rule.heads_page)
    return None
