"""What VOV's sites print around an article, as rule tables the ``vov`` parser runs.

VOV publishes on several sites with one editorial style: vov.vn (and its amp. and m.
copies), vov.gov.vn, and vovworld.vn, the site of its external service VOV5.  They share:

* a lead marker opening the first paragraph that names the outlet (:data:`LEADS`):
  ``VOV.VN - ``, ``(VOV5) - ``, ``(VOV5)- ``, ``VOV5) - ``, ``(VOVworld) – ``, ``(VOV) - ``;
* furniture headings after which nothing is body (:data:`HEADINGS`), with or without a
  list of related headlines under them;
* a metadata footer of ``label: value`` lines (:data:`FOOTER_LABELS`), as vov.gov.vn prints
  keywords, category, author and source credit under the body;
* a picture's label left by the dump (:data:`IMAGE_LABEL`), its caption on the next line;
* a masthead above the headline (:func:`masthead`): the logo's alt text (``logovov``) and a
  desk's name in capitals (``BAN THỜI SỰ VOV1``);
* a series kicker above the headline (:func:`kicker`): a label of a few words closed by a
  colon (``Bài 1:``, ``Kỳ 2:``), naming the part, never a headline (a headline ends open);
* addresses that name the outlet when the text does not (:data:`HOSTS`).

``source`` (:func:`page_source`): a marker naming a service with a site of its own
(:data:`SERVICES`: VOV1, VOV5, VOVTV) names it; otherwise the address's site; otherwise
``VOV.VN`` where the page names VOV at all (a ``VOV.VN -`` or ``(VOV) -`` lead, which name
the broadcaster and so never make the source differ, or a VOV byline or vov.vn's own
furniture); otherwise None: the text does not say which of VOV's sites printed it.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["DEFAULT_SOURCE", "FOOTER_LABELS", "HEADINGS", "HOSTS", "IMAGE_LABEL", "LEADS", "SERVICES",
           "footer", "heading", "host_source", "kicker", "lead", "masthead", "page_source"]

_DASH = r" ?[-–—] ?"
#: (marker, the source it names).  Ordered: the first that matches wins.  A copy may drop
#: the opening bracket (``VOV5) - ``); the closing one and the dash still mark the lead.
LEADS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"VOV\.VN ?[-–—:] ?"), "VOV.VN"),
    (re.compile(rf"\(?VOV5\){_DASH}"), "VOV5"),
    # vovworld.vn is VOV5's site; early pages name the site instead of the service
    (re.compile(rf"\(?VOVworld\){_DASH}", re.IGNORECASE), "VOV5"),
    (re.compile(rf"\(?VOVTV\){_DASH}"), "VOVTV"),  # VOV's television site
    # VOV's numbered channels (VOV1 news, ... VOV6), brackets optional; a copy may double
    # the dash (``VOV1 - - ``).  None: the channel the marker names.
    # The channel's site name may stand for it (``VOV4.VN - ``).
    (re.compile(r"\(?(VOV[1-6])(?:\.VN)?\)?(?: ?[-–—] ?)+"), None),
    (re.compile(rf"\(?VOV\){_DASH}"), "VOV"),
)
#: Markers naming a service that publishes on a site of its own: they name the page's source.
SERVICES = frozenset({"VOV1", "VOV2", "VOV3", "VOV4", "VOV5", "VOV6", "VOVTV"})
#: What a page that names VOV but no site of its own is: vov.vn, the format's site.
DEFAULT_SOURCE = "VOV.VN"

#: Headings after which nothing is body; True where related headlines follow.
HEADINGS: dict[str, bool] = {
    "tin liên quan": True, "bài liên quan": True, "tin cùng chuyên mục": True,
    "các tin/bài khác": True, "xem thêm": False, "chia sẻ": False, "viết bình luận": False,
    "bình luận": False, "phản hồi": False,
    # VOV1's programme pages: the audio download link, then the day's schedule.
    "tải file": False, "chương trình hôm nay": False,
    # VOV1's audio and video pages: the link to the same item on other platforms.
    "xem trên các nền tảng khác": False,
    # vov.gov.vn channel pages (VOV6): the label of a QR code for the mobile page.
    "mã qrcode xem trên mobile": False,
}
_FOLLOW = "mời quý độc giả theo dõi vov"

#: Footer labels (casefolded) and the ``extra`` key their value is kept under.
FOOTER_LABELS: dict[str, str] = {
    "từ khóa": "keywords", "từ khoá": "keywords", "thể loại": "category",
    "tác giả": "author", "nguồn tin": "source_credit", "chủ đề": "keywords",
    "từ khóa tìm kiếm": "keywords", "từ khoá tìm kiếm": "keywords",
}
_FOOTER = re.compile(r"(?P<label>[^:：]{2,20})[:：] ?(?P<value>.{0,300})")

#: A picture's label as a dump leaves it: the headline's address slug, "hinh" (picture) and
#: its number (``thu tuong gui dien mung hinh 1``).  The line right under it is its caption.
IMAGE_LABEL = re.compile(r"[a-z0-9]+(?: [a-z0-9]+){1,40} hinh \d{1,2}")

#: Address hosts (without ``www.``, ``m.``, ``amp.``) and the outlet they publish.
HOSTS: dict[str, str] = {"vov.vn": "VOV.VN", "vov.gov.vn": "VOV.VN", "vovworld.vn": "VOV5",
                         "truyenhinhvov.vn": "VOVTV"}
#: A numbered channel's own site (``vov4.vov.gov.vn``, ``vov6.vov.vn``) names that channel.
_CHANNEL_HOST = re.compile(r"(vov[1-6])\.vov(?:\.gov)?\.vn")
_MIRRORS = ("www.", "m.", "amp.")


def lead(text: str) -> tuple[re.Match[str], str] | None:
    """The lead marker opening ``text`` and the source it names, or None."""
    for pattern, source in LEADS:
        found = pattern.match(text)
        if found:
            return found, source or found.group(1)
    return None


def heading(text: str) -> bool | None:
    """True/False for a furniture heading (with or without related items below), else None.
    A footer ``label: value`` line counts as a heading with nothing related below it."""
    if len(text) > 200:
        return None
    key = text.rstrip(" :：").casefold()
    if key.startswith(_FOLLOW):
        return False
    if key in HEADINGS:
        return HEADINGS[key]
    return False if footer(text) is not None else None


def footer(text: str) -> tuple[str, str] | None:
    """``(extra key, value)`` of a metadata footer line such as ``Từ khóa: bão, lũ``."""
    found = _FOOTER.fullmatch(text.strip())
    if found is None:
        return None
    key = FOOTER_LABELS.get(found["label"].strip().casefold())
    return None if key is None else (key, found["value"].strip())


def host_source(url: str | None) -> str | None:
    """The outlet a VOV address names, or None for another address (or none)."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").rstrip(".")
    for mirror in _MIRRORS:
        if host.startswith(mirror):
            host = host[len(mirror):]
            break
    channel = _CHANNEL_HOST.fullmatch(host)
    return channel.group(1).upper() if channel else HOSTS.get(host)


def page_source(marker: str | None, url: str | None, *, names_vov: bool = False) -> str | None:
    """The page's outlet: a service's own marker, else the address's site, else VOV.VN
    where a marker, byline or furniture names VOV, else None (never guessed)."""
    if marker in SERVICES:
        return marker
    return host_source(url) or (DEFAULT_SOURCE if marker or names_vov else None)


_MASTHEAD_MAX = 40


def masthead(text: str) -> bool:
    """A line of the site's masthead: the logo's alt text, or a desk's name in capitals."""
    text = text.strip()
    if not text or len(text) > _MASTHEAD_MAX or "VOV" not in text.upper():
        return False
    folded = text.casefold()
    return (folded.startswith("logo") and " " not in folded) or (
        text == text.upper() and sum(ch.isalpha() for ch in text) >= 6)


#: most words of a series kicker (``Bài 1:``, ``Kỳ cuối:``, ``Phóng sự:``)
_KICKER_WORDS = 3


def kicker(text: str) -> bool:
    """A series or genre kicker printed over a headline: a few words closed by a colon."""
    text = text.strip()
    return (text.endswith((":", "：")) and 0 < len(text[:-1].split()) <= _KICKER_WORDS
            and not any(ch in text[:-1] for ch in ".:;!?-–—|"))
