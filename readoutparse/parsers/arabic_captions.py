"""Photo captions in Arabic portal pages, as a small table of line shapes.

A caption is a line describing a photo, not body text.  The Arabic portals print it as

* ``في الصورة الملتقطة يوم 18 أكتوبر 2017 …`` (Xinhua's own opening, also ``صورة ملتقطة``,
  and ``في الصورة جانب من …`` / ``في الصورة: …``, "in the photo");
* a short line with no closing full stop that ends with the day the photo was taken
  (``… يجري محادثات مع نظيره في بكين 11 يناير 2018``);
* a short line ending with a photo credit in brackets (``(صورة: شينخوا)``, ``(تصوير: …)``,
  ``(Xinhua)``, ``(صورة أرشيفية، شينخوا)``), which a sentence never ends with before its
  full stop;
* a line ending with a photographer's credit and the outlet, unbracketed, after the
  caption's full stop (``… في المستشفى. تصوير فلان/ صحيفة الشعب اليومية أونلاين``).

Two shapes are only asked of a line before the story's first paragraph (a headline, or a
first paragraph with no dateline, may look so too): :func:`is_leading_caption`.

* Under a portrait, a short unfinished line ending with an honorific and a name
  (``المسؤول الإعلامي للاتحاد السيد فلان الفلاني``) names the person shown.
* A line opening with the month (or day) the photo was taken and a comma
  (``ديسمبر 2020، قطار … يستعد للانطلاق.``), as People's Daily photo pages print the
  caption under the photo's title: a dateline is never followed by a comma.
* A short unfinished line ending with ``في`` and the photo's day and month, no year
  (``… تصل إلى مطار العاصمة في 6 مايو``), as china.org.cn prints a caption between its
  stamp and the story's dateline.  In the body such a line may be a paragraph cut off
  at its date, so only a line above the first paragraph is read so.

Parsers keep captions out of the paragraphs, in ``extra["captions"]``: they are content a
reader may want (who is in the photo), but not the story's text.
"""

from __future__ import annotations

import re

from .. import dates
from .base import ascii_digits

__all__ = ["CAPTIONS", "is_caption", "is_leading_caption", "is_portrait"]

_SENTENCE_END = (".", "!", "?", "؟", "…", "»", '"', "”", "。")
_MAX = 220

#: name -> pattern, searched in one whole line (ASCII digits).
CAPTIONS: dict[str, re.Pattern[str]] = {
    "photo_opening": re.compile(r"^(?:في الصورة(?: الملتقطة|[ :：،,])|صورة ملتقطة|الصورة ?[:：])"),
    "ends_with_photo_day": re.compile(
        rf"\s\d{{1,2}} (?:{dates.ARABIC_MONTH.pattern}) \d{{4}}$"
    ),
    "photo_credit": re.compile(
        r"\((?:(?:صورة|الصورة|تصوير|الصور)(?: أرشيفية)?(?: ?[:：/،,][^()]{1,60})?|Xinhua|XINHUA|شينخوا)\)$"
    ),
    "photographer_credit": re.compile(r"[.،,] ?(?:تصوير|صورة) ?[:：]? ?[^\d.()/:：]{2,40}/ ?[^\d.()/:：]{2,40}$"),
}


def is_caption(text: str) -> str | None:
    """The caption rule a line matches (its name), or None.

    Only the opening rule accepts a line that ends like a sentence; the others describe
    short lines with no full stop, which prose never is.
    """
    text = text.strip()
    if not text or len(text) > _MAX * 2:
        return None
    plain = ascii_digits(text)
    if CAPTIONS["photo_opening"].search(plain):
        return "photo_opening"
    if len(text) > _MAX or text.endswith(_SENTENCE_END):
        return None
    for name in ("ends_with_photo_day", "photo_credit", "photographer_credit"):
        if CAPTIONS[name].search(plain):
            return name
    return None


_PORTRAIT = re.compile(r"\s(?:السيد|السيدة|الدكتور|الدكتورة|الأستاذ|الأستاذة)(?: \S+){1,4}$")
_PORTRAIT_MAX = 120


def is_portrait(text: str) -> bool:
    """A portrait's name-and-title line: short, no sentence, ending with an honorific and a name."""
    text = text.strip()
    return (len(text) <= _PORTRAIT_MAX and not text.endswith(_SENTENCE_END)
            and _PORTRAIT.search(text) is not None)


_DATED_OPENING = re.compile(rf"^(?:\d{{1,2}} )?(?:{dates.ARABIC_MONTH.pattern}) \d{{4}} ?[،,] ?\S")


_YEARLESS_DAY_END = re.compile(rf"\sفي \d{{1,2}} (?:{dates.ARABIC_MONTH.pattern})$")


def is_leading_caption(text: str) -> bool:
    """A caption shape only a line above the story's first paragraph is read by: a
    portrait's name line, a line opening with the photo's month and a comma, or an
    unfinished line ending with the photo's day and month."""
    text = text.strip()
    if is_portrait(text):
        return True
    if len(text) > _MAX:
        return False
    plain = ascii_digits(text)
    if _DATED_OPENING.match(plain) is not None:
        return True
    return not text.endswith(_SENTENCE_END) and _YEARLESS_DAY_END.search(plain) is not None
