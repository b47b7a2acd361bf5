"""Sidebar, toolbar and footer blocks of portal pages, as one table run by one engine.

A portal prints the story inside furniture: sidebar headings with their headline lists
(``الأخبار الأخيرة``, ``أخبار ساخنة``), toolbars (``حجم الخط اطبع``, ``fontLarger
fontSmaller``, ``الصفحة الأولى | اطبع | أرسل لصديق``), footers (copyright, telephone) and
stubs (pagers ``【1】【2】``, image stubs ``![]() |``, a weather line).  Each kind of line
is one :class:`Rule` row; :func:`classify` says which row a line is, and what the row's
``kind`` means to a parser:

* ``heading``: a sidebar heading; the short lines under it are its headline list.
* ``footer``: the page's footer; what follows is furniture unless it is prose.
* ``toolbar`` / ``stub``: a line of furniture on its own.

Two flags a row may carry: ``closes`` (the story's text ends here, as under a pager
``【1】【2】``: what follows is furniture unless it is prose) and ``marks`` (only a portal
page prints this line, so it is evidence for detection, as CRI's image labels are).

Rows are matched on whole lines (after spacing was normalised by ``text.py``), so a
phrase quoted inside a sentence is never furniture.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

import attrs

__all__ = ["ARABIC_PORTALS", "Rule", "classify", "only_toolbar"]

Kind = Literal["heading", "footer", "toolbar", "stub"]

# Separators a toolbar prints between its buttons.
_SEP = r"[\s|:•·/×\-]"
# A line longer than this is never a furniture line: it also bounds every match's cost.
_MAX = 240


@attrs.frozen(eq=False)  # a row is itself: hashed by identity, cheaply, as a cache key
class Rule:
    """One kind of furniture line: how it is recognised, and what it is."""

    name: str
    kind: Kind
    exact: tuple[str, ...] = ()
    prefix: tuple[str, ...] = ()
    contains: tuple[str, ...] = ()
    regex: re.Pattern[str] | None = None
    #: The regex must match the whole line (a toolbar), not just somewhere in it.
    whole: bool = False
    #: The story's text ends at this line (headings and footers always close it).
    closes: bool = False
    #: Only a portal page prints this line: evidence that a text is such a page.
    marks: bool = False

    @property
    def ends_story(self) -> bool:
        return self.closes or self.kind in ("heading", "footer")

    def matches(self, text: str) -> bool:
        if text in self.exact or (self.prefix and text.startswith(self.prefix)):
            return True
        if any(phrase in text for phrase in self.contains):
            return True
        if self.regex is None:
            return False
        found = self.regex.fullmatch(text) if self.whole else self.regex.search(text)
        return found is not None


def _tokens(*words: str) -> re.Pattern[str]:
    """A line made only of these toolbar words (longest first) and separators."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"{_SEP}*(?:(?:{alternation})(?!\w){_SEP}*)+")


# Toolbar buttons of the Arabic portals (People's Daily, Belt and Road, china.org.cn,
# CCTV, CRI).  No word ends in a separator, so a match cannot backtrack between them.
TOOLBAR = _tokens(
    "حجم الخط", "اطبع", "الطباعة", "fontLarger", "fontSmaller", "الصفحة الأولى",
    "أرسل لصديق", "أضف إلى المفضلة", "اتصل بنا", "أ", "E-mail", "فيديوهات", "البرامج",
    "تحميل app", "CRI Online", "شارك", "أرشيف", "من نحن",
    # People's Daily's 2006 top bar: home, archive, favourites, help, search, and the font
    # sizes in Latin letters as later pages print them in Arabic ones ("أ أ أ").
    "الصفحة الرئيسية", "أضفنا الى مفضلتك", "أضفنا إلى مفضلتك", "مساعدة", "بحث", "SIZE", "L", "M", "S",
    # A share widget's buttons in English (china.com): the prompt, close, the networks.
    "Share", "Share this with", "Close", "Messenger", "Pinterest", "LinkedIn", "Facebook",
    "Twitter", "WhatsApp",
)

# The language bar over china.org.cn's older pages: the site's editions by their names.
LANGUAGES = _tokens("BIG5", "中文", "日本語", "Español", "Русский язык", "Deutsch", "français",
                    "Français", "English", "العربية", "한국어", "Esperanto")

ARABIC_PORTALS: tuple[Rule, ...] = (
    # People's Daily Arabic sidebar headings (before and after the breadcrumb, and in the footer).
    Rule("sidebar_heading", "heading", exact=(
        "الأخبار الأخيرة", "صور ساخنة", "أخبار ساخنة", "أخبار بصور", "ملفات خاصة",
        "الأخبار الساخنة", "روابط ذات العلاقة", "مواضيع ذات صلة", "ليقرأ النص الكامل:",
        # The 2022 footer: a keyword strip, then photo and topic boxes.
        "الكلمات الرئيسية", "الصور", "السياحة في الصين", "الموضوعات المختارة", "المعلومات المفيدة",
        "مقالات ذات صلة",
        # CRI 2008: its related box under the story.
        "متعلقات",
    )),
    # The 2014 poll box: "التصويت | الأخبار الساخنة".
    Rule("poll_heading", "heading", regex=re.compile(r"^التصويت\s?\|")),
    # A cookie notice's heading (CRI): its consent sentence and button follow.
    Rule("cookie_notice", "footer", exact=("بيان الخصوصية وسياسة ملفات تعريف الارتباط",)),
    Rule("copyright", "footer", contains=(
        "حقوق النشر محفوظة", "جميع الحقوق محفوظة", "Copyright ©", "All Rights Reserved",
        "China Internet Information",
    )),
    # china.org.cn's share prompts under the story.
    # The prompts close the story: an app prompt or cut link under them is furniture too.
    Rule("share_prompt", "toolbar", prefix=("يمكنكم مشاركتنا", "انقلها الى", "انقلها إلى"), closes=True),
    Rule("contact", "footer", prefix=("التلفون:", "E-mail:", "البريد الالكتروني", "Tel:")),
    # china.org.cn's comment box (2011-2012): its heading, count and an empty name field.
    Rule("comment_box", "footer", exact=("تعليق", "مجهول الاسم :", "مجهول الاسم:"),
         prefix=("مجموع التعليقات",)),
    # The partner strip, its names printed without separators.
    Rule("partner_links", "footer", regex=re.compile(r"^أنباء شينخوا\s?شبكة الصين")),
    Rule("toolbar", "toolbar", regex=TOOLBAR, whole=True),
    Rule("language_bar", "toolbar", regex=LANGUAGES, whole=True),
    # CRI's masthead: the station's name, with its Arabic service's (2008).
    Rule("cri_masthead", "stub", regex=re.compile(r"^إذاعة الصين الدولية(?: ?[-–]? ?القسم العربي)?$"),
         marks=True),
    # A menu bar opening with the home link, its sections between bars (CRI 2008).
    Rule("menu_bar", "toolbar", regex=re.compile(r"^الصفحة الرئيسية(?:\s?\|\s?[^|<>]{1,30}){2,}\|?$")),
    # A section bar ending with the home link (china.org.cn).
    Rule("section_bar", "toolbar", regex=re.compile(r"\sالصفحة الأولى$")),
    Rule("social", "stub", regex=re.compile(r"^arabic\.people\.cn@")),
    Rule("pager", "stub", regex=re.compile(r"^(?:【\d{1,3}】\s?)+$"), closes=True),
    # A numbered pager ("1   2   3   4   >", china.org.cn): page numbers and arrows only.
    Rule("number_pager", "stub", regex=re.compile(r"^(?:[<>«»]\s*)?(?:\d{1,3}\s+){1,30}(?:\d{1,3}|[<>«»])$"),
         closes=True),
    # CRI's image labels as a dump leaves them: a caption or the headline, then
    # "_fororder_" and the image's name.
    Rule("image_label", "stub", regex=re.compile(r"_fororder_[\w.-]{0,80}$"), marks=True),
    Rule("image_stub", "stub", regex=re.compile(r"^!\[[^\]]{0,80}\]\([^)]{0,200}\)\s?\|?$")),
    # "بكين غائم~ مشمس جزئياً 4/-2": city, sky, high/low.
    Rule("weather", "stub", regex=re.compile(r"^\S{2,20} [^\d.!?؟]{2,40} -?\d{1,2}/-?\d{1,2}$")),
    # A web player's controls as a dump leaves them ("Video PlayerClose", news.cn).
    Rule("player", "stub", regex=re.compile(r"^(?:Video|Audio) ?Player ?(?:Close|is loading\.?)?$")),
    # A long run of digits alone on its line: a page's internal code (news.cn), never text.
    Rule("page_code", "stub", regex=re.compile(r"^\d{20,80}$")),
    # A stray byte decoded as Latin-1 ("ã", "Ã©"): letters no Arabic page prints alone.
    # (A UTF-8 lead byte reads as a letter, what follows as Latin-1 signs.)
    Rule("mojibake", "stub",
         regex=re.compile(r"^[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff][\u0080-\u00ff]{0,3}$")),
    # A magazine's issue line (China Today): the number, its month and year; no
    # day, so it dates no story.  Only the magazine's pages print it first.
    Rule("issue_line", "stub", regex=re.compile(r"^العدد \d{1,4}\s?[^\d]{2,30}?\s?\d{4}$"), marks=True),
    # Punctuation and symbols only (a stray "." or "×" left by a removed widget).
    Rule("symbols", "stub", regex=re.compile(r"^[^\w]{1,10}$")),
)


@functools.lru_cache(maxsize=8)
def _split(rules: tuple[Rule, ...]) -> tuple[dict[str, Rule], tuple[Rule, ...]]:
    """Whole-line phrases, looked up at once, and the rules that need a closer look."""
    phrases: dict[str, Rule] = {}
    for rule in reversed(rules):  # the first rule naming a phrase wins
        phrases.update(dict.fromkeys(rule.exact, rule))
    rest = tuple(r for r in rules if r.prefix or r.contains or r.regex is not None)
    return phrases, rest


@functools.lru_cache(maxsize=512)  # a parser asks about one line more than once
def classify(text: str, rules: tuple[Rule, ...] = ARABIC_PORTALS) -> Rule | None:
    """The first furniture rule ``text`` (one whole line) matches, or None."""
    text = text.strip()
    if not text or len(text) > _MAX:
        return None
    phrases, rest = _split(rules)
    hit = phrases.get(text)
    if hit is not None:
        return hit
    return next((rule for rule in rest if rule.matches(text)), None)


def only_toolbar(text: str) -> bool:
    """Whether ``text`` (e.g. what follows a stamp on its line) is empty, separators (a
    table cell's closing bar: ``arabic.china.org.cn | 24. 08. 2021 |``) or toolbar words."""
    text = text.strip()
    return not _SEPARATORS.sub("", text) or (len(text) <= _MAX and TOOLBAR.fullmatch(text) is not None)


_SEPARATORS = re.compile(_SEP)
