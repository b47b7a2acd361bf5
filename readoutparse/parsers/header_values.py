"""Where a header value must end, so a header line that runs into the text can be split.

Portal dumps often drop the line break after a header line's last value, so the value runs
straight into the lead: ``責任編輯:曹川川6月5日晚,國家主席…``, ``责任编辑:张芃芃新华社北京1月2日电 …``,
``發佈時間:2025-06-06 13:21:116月5日晚…``.  Values have shapes that say where they end:

* a time has a fixed shape (``2025-06-06 13:21:11``, ``2025年06月06日 13:21``): it ends
  where the shape ends;
* a person's name (editor, author) is two to four Han characters; it ends where the lead
  begins, and a lead begins with a date (a digit), a Latin letter or a bracket, a wire
  dateline, the page's title repeated, or one of the openers in ``data/lead_openers.json``.

Where no such boundary exists the value is left whole: a split is never guessed.

The module also holds the generic reading of ``label:value`` header lines: the label split
(:func:`split_label`), the field split (:func:`bar_fields`), the printed time
(:func:`parse_time`), and the Chinese portal header (``發佈時間:… | 來源:… | 作者:… |
責任編輯:…``, Simplified ``发布时间`` etc.) read into a record with :func:`read_zh_header`.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ..dates import BEIJING, at_offset, safe_date, western_digits
from ..model import Moment
from ..text import Line
from .base import ArticleBuilder

__all__ = ["CLAIM_ORDER", "NAME_KINDS", "PUBLISHED_LABELS", "TRADITIONAL_LABELS", "ZH_FIELDS",
           "bar_fields", "has_published_label", "header_lead", "is_credit_line", "is_zh_header",
           "lead_openers", "parse_time", "read_zh_header", "set_field", "split_label", "split_name", "split_runover",
           "split_time", "validate_lead_openers"]

NAME_KINDS = frozenset(("editor", "authors"))
OPENERS_FORMAT = "readoutparse.lead_openers/1"
# The fixed shape of a printed time; seconds are always two digits, so a lead that opens
# with a date ("6月5日") cannot be mistaken for more seconds.
_TIME = re.compile(
    r"\d{4} ?[-/.年] ?\d{1,2} ?[-/.月] ?\d{1,2} ?日?(?: ?\d{1,2} ?[:：] ?\d{2}(?: ?[:：] ?\d{2})?)?"
)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# What may follow a name directly and start the lead: a date, a Latin letter, a bracket.
_LEAD_CHAR = re.compile(r"[0-9０-９A-Za-z（(【\[“\"《]")
NAME_MIN, NAME_MAX = 2, 4
# The title counts as repeated when the rest opens with this many of its characters.
_TITLE_PREFIX = 6


@functools.lru_cache(maxsize=1)
def lead_openers() -> tuple[str, ...]:
    """The lead openers of ``data/lead_openers.json``, longest first."""
    raw = json.loads(resources.files(__package__).joinpath("data/lead_openers.json")
                     .read_text("utf-8"))
    return validate_lead_openers(raw)


def validate_lead_openers(raw: object) -> tuple[str, ...]:
    """Check the lexicon's shape, naming the faulty entry."""
    if not isinstance(raw, dict) or raw.get("format") != OPENERS_FORMAT:
        raise ValueError(f"lead_openers: expected an object with format {OPENERS_FORMAT!r}")
    openers = raw.get("openers")
    if not isinstance(openers, dict) or not isinstance(openers.get("zh"), list):
        raise ValueError("lead_openers.openers.zh: expected a list of strings")
    entries = openers["zh"]
    for index, entry in enumerate(entries):
        if not isinstance(entry, str) or not entry or not all(_HAN.match(ch) for ch in entry):
            raise ValueError(f"lead_openers.openers.zh[{index}]: expected Han characters only, "
                             f"found {entry!r}")
    if len(set(entries)) != len(entries):
        raise ValueError("lead_openers.openers.zh: repeated entries")
    return tuple(sorted(entries, key=len, reverse=True))


def split_time(value: str) -> tuple[str, str]:
    """``(time, rest)``: the printed time at the start of ``value`` and what runs after it."""
    found = _TIME.match(value)
    if found is None:
        return value, ""
    return value[: found.end()].strip(), value[found.end():].strip()


def _lead_starts(rest: str, title: str) -> bool:
    if _LEAD_CHAR.match(rest):
        return True
    if title and len(title) >= _TITLE_PREFIX and rest.startswith(title[:_TITLE_PREFIX]):
        return True
    return rest.startswith(lead_openers())


def split_name(value: str, *, title: str = "") -> tuple[str, str]:
    """``(name, rest)``: a two-to-four-character Han name and the lead it runs into.

    A value of at most four characters, or one that is not Han at its start, is a name as
    it stands.  Otherwise the shortest name after which a lead begins is taken; where no
    lead begins after two, three or four characters the value is returned whole.
    """
    value = value.strip()
    head = 0
    while head < len(value) and _HAN.match(value[head]):
        head += 1
    if head == 0 and value[:1].isdigit() and len(value) > NAME_MAX:
        return "", value  # the name is empty and the lead (a date) follows the label at once
    if head < NAME_MIN or len(value) <= NAME_MAX:
        return value, ""
    for size in range(NAME_MIN, min(NAME_MAX, head) + 1):
        rest = value[size:].lstrip()
        if rest and _lead_starts(rest, title):
            return value[:size], rest
    return value, ""


def split_runover(kind: str, value: str, *, title: str = "") -> tuple[str, str]:
    """``(value, rest)`` for a header field of ``kind`` (``published``, ``editor``, ...)."""
    if kind == "published":
        return split_time(value)
    if kind in NAME_KINDS:
        return split_name(value, title=title)
    return value, ""


# -- label:value fields ---------------------------------------------------------------------

_BAR = re.compile(r"[|｜]")
# A list bullet a channel prints before its header line (``  • 發佈時間:…  來源:…``); Big5's
# bullet reads as U+2027 in Microsoft's code page 950.
_BULLETS = " •‧·●▪◆"
_LABEL_START = re.compile(r"[\u4e00-\u9fff]{2,6} ?[:：]")
_NUMERIC = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_HANZI = re.compile(r"(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日(?: ?(\d{1,2}) ?[:：] ?(\d{2})(?: ?[:：] ?(\d{2}))?)?")
LABEL_MAX = 20


def split_label(field: str) -> tuple[str, str] | None:
    """``label:value`` with an ASCII or full-width colon; the label is short, the value may be empty."""
    cut = min((i for i in (field.find(":"), field.find("：")) if i >= 0), default=-1)
    if cut < 1 or cut > LABEL_MAX:
        return None
    return field[:cut].strip(), field[cut + 1:].strip()


def bar_fields(text: str) -> list[str]:
    """The fields of a header line: split by bars; some pages only leave a space before the next label."""
    fields: list[str] = []
    for chunk in _BAR.split(text):
        current: list[str] = []
        for token in _unglue(chunk).split(" "):
            if current and _LABEL_START.match(token):
                fields.append(" ".join(current))
                current = []
            current.append(token)
        fields.append(" ".join(current).strip())
    return [field for field in fields if field]


def _unglue(chunk: str) -> str:
    """A value that runs straight into the next known label, with no bar or space
    (``時間: 2014-03-22來源: 新華網責編: 李佳``) gets the space the token split needs.  Only
    after a labelled value has begun, so a label ending in a known one (``視頻來源:``)
    stays whole."""
    out, value_from = [], None
    for found in _LAST_LABEL.finditer(chunk):
        begins = found.start()
        if (value_from is not None and begins > value_from
                and chunk[value_from:begins].strip() and chunk[begins - 1] != " "):
            out.append(begins)
        value_from = found.end()
    for begins in reversed(out):
        chunk = chunk[:begins] + " " + chunk[begins:]
    return chunk


def parse_time(value: str) -> Moment | None:
    """A printed Beijing time; None for anything incomplete or impossible, never a guess."""
    value = western_digits(value.strip())
    found = _NUMERIC.fullmatch(value)
    if found:
        year, _, month, day, hour, minute, second = found.groups()
        if hour is None and len(day) == 1:
            return None  # "2025-06-2" may be "2025-06-2x" cut short
    else:
        found = _HANZI.fullmatch(value)
        if not found:
            return None
        year, month, day, hour, minute, second = found.groups()
    if hour is None:
        return safe_date(int(year), int(month), int(day))
    return at_offset(int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
                     tz=BEIJING)


# -- the Chinese portal header ----------------------------------------------------------------

PUBLISHED_LABELS = ("發佈時間", "發布時間", "发布时间", "发佈时间")
ZH_FIELDS: dict[str, str] = {
    **dict.fromkeys(PUBLISHED_LABELS + ("時間", "时间"), "published"),
    **dict.fromkeys(("來源", "来源"), "source"),
    **dict.fromkeys(("作者", "記者", "记者"), "authors"),
    **dict.fromkeys(("責任編輯", "责任编辑", "編輯", "编辑", "責編", "责编"), "editor"),
}
TRADITIONAL_LABELS = frozenset(("發佈時間", "發布時間", "時間", "來源", "記者", "責任編輯", "編輯", "責編"))
#: A header line is claimed for the most telling field it fed.
CLAIM_ORDER = ("published", "source", "editor", "authors", "header")
_LAST_LABEL = re.compile("(" + "|".join(sorted(map(re.escape, ZH_FIELDS), key=len, reverse=True))
                         + r") ?[:：]")
_CLAUSE = re.compile(r"[。，,；;！？!?：:]")
_SPLIT_NAMES = re.compile(r"[ 、，,;；/]")


def is_zh_header(text: str) -> bool:
    """A header line: its first field has a known label (after a list bullet, if any), or
    its first value is printed without one (:func:`header_lead`)."""
    pair = split_label(_BAR.split(text.lstrip(_BULLETS), 1)[0])
    return (pair is not None and pair[0] in ZH_FIELDS) or header_lead(text) is not None


# A site's name is short and has no clause punctuation; a header line is short too.
_SITE_MAX = 30
_HEADER_MAX = 120


def header_lead(text: str) -> str | None:
    """What a header line prints first without a label, before its labelled fields:
    ``published`` for a time (xinhuanet: ``2017年07月20日 13:30:05 來源: 福建日報``), ``site``
    for the site's name (china.com.cn: ``中國網 china.com.cn   時間: 2015-03-05``); None when
    the line is no such header (every other field must have a known label)."""
    text = text.lstrip(_BULLETS)
    if len(text) > _HEADER_MAX:
        return None
    fields = bar_fields(text)
    if len(fields) < 2:
        return None
    labelled = [split_label(field) for field in fields[1:]]
    if not all(pair is not None and pair[0] in ZH_FIELDS for pair in labelled):
        return None
    first = fields[0]
    if parse_time(first) is not None:
        return "published"
    if len(first) <= _SITE_MAX and _HAN.search(first) and not _CLAUSE.search(first):
        # A name before a time only: "site 時間: …" is the site's byline; before a source it
        # would be a second source, so no header.
        kinds = {ZH_FIELDS[pair[0]] for pair in labelled if pair is not None}
        return "site" if kinds == {"published"} else None
    return None


def is_credit_line(text: str) -> bool:
    """A short line made only of ``label:value`` fields, one of them a header field
    (``視頻來源: 深圳衛視 責任編輯: 任曼瑤``): a closing credit, not body text."""
    if len(text) > _HEADER_MAX:
        return False
    pairs = [split_label(field) for field in bar_fields(text)]
    return (all(pair is not None and pair[1] for pair in pairs)
            and any(pair is not None and pair[0] in ZH_FIELDS for pair in pairs))


def has_published_label(text: str) -> bool:
    for label in PUBLISHED_LABELS:
        i = text.find(label)
        if i >= 0 and text[i + len(label):].lstrip(" ")[:1] in (":", "："):
            return True
    return False


def set_field(b: ArticleBuilder, kind: str, value: str, line: Line) -> bool:
    """Fill one header field of ``b`` (first value wins); True where it was used."""
    if kind == "published":
        if b.published is None:
            b.published = parse_time(value)
            if b.published is None:
                b.warn(f"unreadable publish time {value!r} ignored", line)
        return b.published is not None
    if kind == "source" and value and b.source is None:
        b.source = value
    elif kind == "authors" and value and not b.authors:
        b.authors = [name for name in _SPLIT_NAMES.split(value) if name]
    elif kind == "editor" and value and b.editor is None:
        b.editor = value
    else:
        return False
    return True


def read_zh_header(b: ArticleBuilder, line: Line) -> tuple[set[str], str]:
    """Read a Chinese header line into ``b``; returns its labels and the text that runs on
    after its last value (split where the value must end, with ``b.title`` as the repeated
    title), or ``""``."""
    text, rest = line.text.lstrip(_BULLETS), ""
    last = None
    for last in _LAST_LABEL.finditer(text):
        pass
    if last is not None and not _BAR.search(text, last.end()):
        value, rest = split_runover(ZH_FIELDS[last[1]], text[last.end():].strip(), title=b.title)
        if rest and text.endswith(rest):
            text = text[: len(text) - len(rest)].rstrip()
        else:
            rest = ""
            if ZH_FIELDS[last[1]] == "editor" and _CLAUSE.search(value):
                b.warn(f"the {last[1]} value runs into the text and where the name ends is "
                       "not clear: kept whole", line)
    main, labels = "header", set()
    lead, site = header_lead(text), None
    for index, field in enumerate(bar_fields(text)):
        if index == 0 and lead is not None:
            # The first value printed without its label: the time, or the site's name.
            if lead == "published" and set_field(b, "published", field, line):
                main = "published"
            elif lead == "site":
                site = field
            continue
        pair = split_label(field)
        if pair is None:
            b.extra.setdefault("header", []).append(field)
            b.warn(f"unlabelled header field {field!r} kept in extra", line)
            continue
        label, value = pair
        labels.add(label)
        kind = ZH_FIELDS.get(label)
        if kind is None:
            b.extra[label] = value
        elif set_field(b, kind, value, line):
            main = min(main, kind, key=CLAIM_ORDER.index)
    if site is not None and b.source is None:
        # The site names itself in Han and by its address (``中國網 china.com.cn``): the
        # Han name is the source.
        b.source = " ".join(word for word in site.split() if _HAN.search(word)) or site
        main = min(main, "source", key=CLAIM_ORDER.index)
    b.claim(line, main)
    return labels, rest
