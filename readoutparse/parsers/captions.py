"""Photo captions and credit lines, recognised by shape, for every parser.

A caption is a line of its own under a picture.  News pages print it among the body
paragraphs, so a parser that keeps every line between the header and the footer keeps it
as body text.  What gives a caption away is its end: a photo credit.

* Chinese wire copy: ``… 新華社記者 李明 攝``, ``新华社记者 王某摄``, ``（新華社發）``,
  ``（新華社發 李明攝）``, ``…會見。新華社發``, ``新華網/中國政府網 翟子赫 攝``, ``（資料圖片）``, ``…。資料圖片``.
* Vietnamese pages: ``… (Nguồn: AP)``, ``(Ảnh: TTXVN)``, ``Ảnh: Reuters``, ``(Ảnh minh họa)``.
* English copy: ``… (Xinhua/Li Ming)``, ``(Photo: Reuters)``, ``[Photo/Xinhua]``.

A caption often repeats the lead's first words, so the same sentence may stand twice: once
with the credit (the caption) and once without (the lead).  Only the line with the credit
is a caption.  :func:`credit` finds the credit; :func:`is_caption` decides whether the line
is a caption; :func:`portrait_line` recognises the short name-and-title line printed under a
portrait (``Ngoại trưởng Nga Sergei Lavrov``), which has no credit at all.

The rules are one table (:data:`RULES`) run by one function, so a new credit shape is one row.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

import attrs

__all__ = ["RULES", "Credit", "CreditRule", "credit", "is_caption", "portrait_line",
           "portrait_titles", "validate_portrait_titles"]

# A caption is a sentence or two; a longer line ending in a credit-like bracket is prose.
CAPTION_MAX = 400

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
# A photographer's name in Han characters: two to four of them, "·" inside foreign names,
# several names separated by spaces or 、.
_HAN_NAME = rf"(?:[{_HAN}]{{2,4}}|[{_HAN}]{{1,6}}·[{_HAN}·]{{1,10}})"
_HAN_NAMES = rf"{_HAN_NAME}(?:[ 、]{_HAN_NAME}){{0,4}}"
_ZH_AGENCY = (r"新華社|新华社|中新社|中新網|中新网|新華網|新华网|人民網|人民网|央視網|央视网|"
              r"中國網|中国网|人民日報|人民日报|本報|本报|本網|本网")
_REPORTER = r"(?:特約|特约)?(?:記者|记者|攝影記者|摄影记者|通訊員|通讯员)"
_SHOT = r"[攝摄]"
_LATIN_NAME = r"[A-Z][\w'.-]{0,30}(?: [A-Z][\w'.-]{0,30}){0,4}"
# Bare (unbracketed) credits stand apart from prose: a capitalised word and a short,
# capitalised source of at most five words.
_VI_BARE_WORD = r"(?:Ảnh|Nguồn)(?: minh họa| minh hoạ| tư liệu)?"
# "/" joins two agencies in one credit: Ảnh: THX/TTXVN
# A site may be credited by its address (Ảnh: thiduakhenthuongvn.org.vn).
_VI_AGENCY = (r"(?:[A-ZÀ-ÝĐẠ-Ỹ0-9][\w&/-]*(?: [\w&/-]+){0,4}"
              r"|[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,20}){0,3}\.(?:vn|com|net|org|gov|info))")
_VI_CREDIT_WORD = r"(?:[Ảả]nh(?: minh họa| minh hoạ| tư liệu| chụp màn hình)?|[Nn]guồn|[Ảả]nh/[Nn]guồn)"


@attrs.frozen
class CreditRule:
    """One shape of photo credit: ``pattern`` must match at the end of the line."""

    #: short name shown in tests and warnings
    name: str
    #: the credit, anchored at the end of the line; named groups ``agency`` and ``who``
    pattern: re.Pattern[str]
    #: the language the credit is written in
    language: str


@attrs.frozen
class Credit:
    """A photo credit found at the end of a line."""

    rule: str
    #: the credit as printed, e.g. ``新華社記者 李明 攝`` or ``(Nguồn: AP)``
    text: str
    #: where the credit starts in the line (0 when the line is only a credit)
    start: int
    agency: str | None
    photographer: str | None


def _rule(name: str, pattern: str, language: str) -> CreditRule:
    return CreditRule(name, re.compile(pattern + r"\s*$"), language)


# Ordered: the first rule that matches wins.  Every pattern is bounded, so a hostile line
# cannot make the search blow up.
RULES: tuple[CreditRule, ...] = (
    # 新華社記者 李明 攝 / 新华社记者 王某摄 / 新華網/中國政府網 翟子赫 攝 / 記者 李明 攝
    _rule("zh_reporter_shot",
          rf"(?P<agency>(?:{_ZH_AGENCY})(?:/[{_HAN}]{{2,10}})?)? ?{_REPORTER}? ?"
          rf"(?P<who>{_HAN_NAMES}) ?{_SHOT}", "zh"),
    # （新華社發） / （新華社發 李明攝） / (新华社发 王某 摄) / （新華社記者李明攝）
    _rule("zh_bracketed",
          rf"[（(](?P<agency>{_ZH_AGENCY})(?:[發发]|{_REPORTER})"
          rf"(?: ?(?P<who>{_HAN_NAMES}) ?{_SHOT})?[）)]", "zh"),
    # …講話。新華社發 / …会见。新华社发（李明 摄）: the agency's release credit, bare, after a
    # full stop (the bracketed form is the rule above)
    _rule("zh_agency_release",
          rf"(?<=[。！？）)])\s?(?P<agency>{_ZH_AGENCY})[發发]"
          rf"(?:[（(](?P<who>{_HAN_NAMES}) ?{_SHOT}[）)])?", "zh"),
    # （資料圖片） / (资料图) / （圖片來源：新華社） / (圖/新華社)
    _rule("zh_file_photo",
          r"[（(](?:資料圖片?|资料图片?|資料照|资料照|"
          r"(?:圖片來源|图片来源|圖|图)[:：/] ?(?P<agency>[^（）()]{1,30}))[）)]", "zh"),
    # …秤盒內藏兩桿秤。資料圖片: the file-photo credit, bare, after a full stop (the
    # bracketed form is the rule above)
    _rule("zh_file_photo_bare", r"(?<=[。！？）)])\s?(?:資料圖片?|资料图片?|資料照|资料照)", "zh"),
    # (Nguồn: AP) / (Ảnh: TTXVN) / Ảnh: Reuters / (Ảnh minh họa) / Ảnh: Nhật Bắc
    _rule("vi_credit",
          rf"(?:\((?P<word>{_VI_CREDIT_WORD})(?:[:：] ?(?P<agency>[^()]{{1,60}}))?\)"
          rf"|(?<![\w])(?P<bare>{_VI_BARE_WORD})[:：] ?(?P<agency2>{_VI_AGENCY}))\.?", "vi"),
    # (Xinhua/Li Ming) / (Photo: Reuters) / [Photo/Xinhua] / Xinhua/Li Ming
    _rule("en_agency_photographer",
          rf"[(\[](?P<agency>Xinhua|Reuters|AP|AFP|EPA|CGTN|IC|VCG)/(?P<who>{_LATIN_NAME})[)\]]",
          "en"),
    _rule("en_photo_credit",
          r"[(\[](?:Photo|Photos|File photo|Picture)[:/] ?(?P<agency>[^()\[\]]{1,40})[)\]]", "en"),
)


def credit(text: str) -> Credit | None:
    """The photo credit that ends ``text``, or None."""
    if len(text) > CAPTION_MAX:
        return None
    for rule in RULES:
        found = rule.pattern.search(text)
        if found is None:
            continue
        groups = found.groupdict()
        agency = groups.get("agency") or groups.get("agency2")
        who = groups.get("who")
        if rule.name == "zh_reporter_shot" and not _credible_zh(text, found):
            continue
        return Credit(rule=rule.name, text=found.group(0).strip(), start=found.start(),
                      agency=agency.strip() if agency else None,
                      photographer=who.strip() if who else None)
    return None


def _credible_zh(text: str, found: re.Match[str]) -> bool:
    # "…由他拍攝" ends in 攝 too; a credit names an agency or a reporter, or stands apart
    # from the caption text behind a space or a full stop.
    credit_text = found.group(0)
    if found["agency"] or re.search(_REPORTER, credit_text):
        return True
    before = text[: found.start()].rstrip()
    separated = credit_text.startswith(" ") or not before or before.endswith(("。", "）", ")"))
    return separated and len(found["who"]) <= 12


def is_caption(text: str) -> bool:
    """A line that is a photo caption or a bare credit line.

    The line must end in a credit; what comes before it (the caption proper) is a sentence
    or two at most.  A body paragraph never ends in a photo credit.  The bar a picture's
    table leaves after its caption (``… Ảnh: TTXVN |``) is no part of the line.
    """
    return credit(text.rstrip(" |") if text.endswith("|") else text) is not None


# Words that end a sentence; a portrait line has none of them at its end.
_FINAL = (".", "!", "?", "…", ":", ";", "。", "！", "？", '"', "”", "»", ")")
def _capitalised(word: str) -> bool:
    return word[:1].isupper()
PORTRAIT_FORMAT = "readoutparse.portrait_titles/1"


@functools.lru_cache(maxsize=1)
def portrait_titles() -> dict[str, tuple[str, ...]]:
    """The opening titles of portrait lines per language (``data/portrait_titles.json``)."""
    raw = json.loads(resources.files(__package__).joinpath("data/portrait_titles.json")
                     .read_text("utf-8"))
    return validate_portrait_titles(raw)


def validate_portrait_titles(raw: object) -> dict[str, tuple[str, ...]]:
    """Check the lexicon's shape, naming the faulty entry; longest titles first."""
    if not isinstance(raw, dict) or raw.get("format") != PORTRAIT_FORMAT:
        raise ValueError(f"portrait_titles: expected an object with format {PORTRAIT_FORMAT!r}")
    titles = raw.get("titles")
    if not isinstance(titles, dict) or not titles:
        raise ValueError("portrait_titles.titles: expected an object of language -> list")
    out: dict[str, tuple[str, ...]] = {}
    for language, entries in titles.items():
        if not isinstance(entries, list) or not entries:
            raise ValueError(f"portrait_titles.titles.{language}: expected a non-empty list")
        for index, entry in enumerate(entries):
            if not isinstance(entry, str) or not entry.strip() or entry != entry.strip():
                raise ValueError(f"portrait_titles.titles.{language}[{index}]: expected a "
                                 f"trimmed non-empty string, found {entry!r}")
            if not _capitalised(entry):
                raise ValueError(f"portrait_titles.titles.{language}[{index}] {entry!r}: "
                                 "a title opens the line, so it starts with a capital")
        if len(set(entries)) != len(entries):
            raise ValueError(f"portrait_titles.titles.{language}: repeated entries")
        out[language] = tuple(sorted(entries, key=len, reverse=True))
    return out


def portrait_line(text: str, language: str, *, max_words: int = 12) -> bool:
    """A short name-and-title line under a portrait: ``Ngoại trưởng Nga Sergei Lavrov``.

    Shape: a few words, no sentence punctuation at the end, opening with an office title
    from the lexicon and ending in at least two capitalised words (the name).  A
    subheading such as ``Quan hệ Việt Nam`` shares the length and the capitalised end but
    opens with no title.
    """
    words = text.split()
    if not 3 <= len(words) <= max_words or text.endswith(_FINAL) or len(text) > 90:
        return False
    opening = next((t for t in portrait_titles().get(language, ()) if text.startswith(t + " ")),
                   None)
    if opening is None:
        return False
    name = text[len(opening):].split()[-2:]
    return len(name) == 2 and all(_capitalised(w) and w.isalpha() for w in name)
