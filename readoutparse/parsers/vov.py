"""VOV (vov.vn and VOV's other sites), Vietnamese: headline, date line, lead, byline, furniture.

Layout: the headline; sometimes a date line (``Thứ Bảy, 06:00, 14/10/2023``, Hanoi time);
a lead opening with ``VOV.VN - ``; body paragraphs; sometimes a short byline
(``Hồng Anh/VOV.VN``, ``Minh Hòa/VOV-Bắc Kinh``, ``Thu Hằng (Theo Reuters)``,
``VOV.VN tổng hợp``); then furniture headings, under ``Tin liên quan`` /
``Tin cùng chuyên mục`` the related articles (headline printed twice, then its summary; the
whole list sometimes printed twice).  Photo captions (``… (Nguồn: AP)``, ``Ảnh: TTXVN``) and
the name-and-title line under a portrait go to ``extra["captions"]`` (:mod:`.captions`);
``Viết bình luận`` and reCAPTCHA notices are furniture.  Section and listing pages (several
headlines with their ``VOV.VN -`` teasers, or a lone teaser card) are refused.

The sites' shared shapes (lead markers ``VOV.VN -`` / ``(VOV5) -``, headings, the ``label:
value`` footer, addresses) are tables in :mod:`.vov_shapes`.  ``source`` is the service a
lead marker names where it has a site of its own (VOV5, VOVTV), else the address's site,
else ``VOV.VN`` where the page names VOV (a ``VOV.VN -`` or ``(VOV) -`` lead give the same
source; a VOV byline), else None.  A date line
may stand above the headline (VOV's television site).  A stored copy
may have lost its headline: where the page opens with prose (a long finished paragraph, or
a lead with a photo above it, body under it or an article address) the title is empty, with
a warning, and nothing is refused.  A share button or photo above the body is furniture.
Between the header and the lead (:mod:`.vov_header`): the headline printed again, a byline
over the lead (``Tác giả …``, names closed by a dash; printed again under the body, it is
still the byline) and sidebar headlines before a marked lead.  Related cards in the body and
the lists under the footer headings are read by :mod:`.vov_related`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article, Dateline, Related
from ..script import latin_share
from ..text import Document, Line
from . import captions
from .base import ArticleBuilder, Context, Parser, add_caption, ends_sentence
from .bylines_vi import AGENCY, byline_at as _byline_at
from .date_lines import DATE_LINE as _DATE_LINE, dateish as _dateish, published as _published
from .listings import HEADLINE_MAX, RESIDUE, lost_headline, teaser_listing
from .vov_header import repeats_byline, skip_header
from .vov_related import cards as _cards, read_tail
from .vov_shapes import IMAGE_LABEL, heading as _heading, host_source, kicker, lead as _lead_of, masthead, page_source

__all__ = ["VovParser"]

# Furniture wherever it stands: the comment form's spam-protection notice, the audio
# player's prompt ("listen to the audio here:", vovworld).
_NOTICES = ("recaptcha", "nghe âm thanh tại đây")
# Addresses say what a vov.vn page is: articles end in ".vov", listings are tag, author or
# section pages, often paged.
# vov.gov.vn's sites: an article is "-c<section>-<id>.aspx", a section page "-c<section>[-p<n>].aspx".
_ARTICLE_URL = re.compile(r"\.vov(?:[?#]|$)|-c\d+-\d+\.aspx(?:[?#]|$)")
# An author's page may be a search by name (``/author?keyword=…``).
_LISTING_URL = re.compile(r"/(?:tu-khoa|tag|tac-gia|chuyen-muc)/|/author(?:/|\?)|[?&]page=\d"
                          r"|-c\d+(?:-p\d+)?\.aspx(?:[?#]|$)")
_FINAL = (".", "!", "?", "…", '"', "”", "»", ")", ":")
# Letters only Vietnamese uses among Latin-script languages (ă đ ơ ư and the U+1EA0 block).
_VIETNAMESE = re.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")


def _lead(text: str) -> re.Match[str] | None:
    found = _lead_of(text)
    return None if found is None else found[0]


class VovParser(Parser):
    name = "vov"
    language = "vi"
    description = "VOV (vov.vn) Vietnamese pages: headline, date line, 'VOV.VN -' lead, related"

    def score(self, doc: Document) -> float:
        head = doc.head(12)
        if not head:
            return 0.0
        # A sample of the head tells the script; scoring runs on every document.
        text = " ".join(line.text[:300] for line in head)[:500]
        if latin_share(text) < 0.5:
            return 0.02
        if any(_lead(line.text) for line in head[:6]):
            return 0.95
        letters = sum(map(str.isalpha, text)) or 1
        vietnamese = len(_VIETNAMESE.findall(text)) / letters >= 0.04
        dated = len(head) > 1 and _DATE_LINE.fullmatch(head[1].text.casefold()) is not None
        if not vietnamese and not dated:
            # perf: the scan of every line below cannot change this score; it cost 6% of
            # parsing an archive post (which is never Vietnamese nor dated like VOV).
            return 0.05
        furnished = any(_heading(line.text) is not None for line in doc.content)
        if not vietnamese:
            return 0.3 if dated and furnished else 0.05
        return (0.4, 0.7, 0.7, 0.9)[furnished + 2 * dated]

    def claims_address(self, url: str) -> bool:
        return host_source(url) is not None

    def parse(self, doc: Document, context: Context) -> Article:
        lines = doc.content
        if not lines:
            raise self.malformed("empty page: expected a headline", None, doc)
        b = self.builder(doc)
        at, photo = _top(b, lines)
        if at == len(lines):
            raise self.malformed("only a photo and its caption: expected a headline", lines[0], doc)
        lines = lines[at:]
        above = None
        if len(lines) > 2 and _dateish(lines[0].text):
            # The date printed over the headline, or over the lead of a copy that lost it.
            above, lines = lines[0], lines[1:]
        first = lines[0]
        teasers = sum(1 for line in lines[:12] if _lead(line.text))
        if _lead(first.text) and teasers >= 2:
            raise self.malformed(f"{teasers} 'VOV.VN -' teasers and no headline: this is a section "
                                 "or listing page, not an article", first, doc)
        # A credited photo right under a lead is an article's (a listing card has none).
        photo = photo or (teasers == 1 and len(lines) > 1 and captions.is_caption(lines[1].text))
        headless = lost_headline([line.text for line in lines[:12]],
                                 is_teaser=lambda text: _lead(text) is not None, photo=photo,
                                 article_address=_ARTICLE_URL.search(context.url or "") is not None,
                                 closed=teasers == 1 and len(lines) > 1 and (_heading(lines[1].text) is not None
                                                                       or masthead(lines[1].text)))
        if not headless and (_lead(first.text) or _heading(first.text) is not None
                             or (len(first.text) <= 60
                                 and _DATE_LINE.fullmatch(first.text.casefold()))):
            raise self.malformed(f"expected a headline, found {first.text[:40]!r}", first, doc)
        start = 0
        if headless:
            b.title = ""
            b.warn("the page opens with its body, not a headline (lost in the copy?): the "
                   "title is empty", first)
        else:
            b.title = first.text
            b.claim(first, "title")
            start = 1
        # A share button printed between the headline and the body is furniture, not the end.
        while start < len(lines) and _heading(lines[start].text) is False:
            b.furniture(lines[start])
            start += 1
        dated = above is not None or (start < len(lines) and _dateish(lines[start].text) and not headless)
        if dated:
            date_line = above or lines[start]
            b.claim(date_line, "published")
            b.published = _published(date_line, b)
            start += above is None
        # Listings are told by the lines as printed, before the header's repeats are claimed.
        header_end = start
        start, printed = skip_header(b, lines, start)
        # A desk's name in capitals under the body (``BAN DÂN TỘC (VOV4)``, then its address
        # and editors) opens the page's footer, as it heads the page above the headline.
        end = next((i for i in range(start, len(lines))
                    if _heading(lines[i].text) is not None or masthead(lines[i].text)), len(lines))
        # a page found to open with its body is no listing card (but on a listing's address
        # and undated, it is a listing's first summary)
        self._refuse_listing(lines, header_end, end, dated=dated, headless=headless, doc=doc, url=context.url)
        last = self._body(b, [line for line in lines[start:end] if not _furniture_link(b, line)], printed)
        if end == len(lines) and last is not None and not last.text.endswith(_FINAL):
            b.warn("the last paragraph ends mid-sentence and no page furniture follows "
                   "(truncated?)", last)
        read_tail(b, lines[end:])
        # One rule whatever the lead prints (vov_shapes.page_source): a service's own site,
        # else the address's, else VOV.VN where anything names VOV (a byline, vov.vn's own
        # "Mời quý độc giả theo dõi VOV.VN trên"), else None: never guessed.
        names_vov = b.source == AGENCY or any(AGENCY in text for text in b.boilerplate)
        b.source = page_source(b.dateline.agency if b.dateline else None, context.url,
                               names_vov=names_vov)
        if not b.paragraphs:
            b.warn("no body paragraphs: the page ends after its header (truncated?)")
        return b.build()

    def _body(self, b: ArticleBuilder, body: list[Line], printed: str | None) -> Line | None:
        """Byline, lead marker and paragraphs; returns the last paragraph's line.  ``printed``
        is the byline the header printed over the lead: printed again last, it is the byline."""
        if body and repeats_byline(body[-1].text, printed):
            b.claim(body[-1], "extra.byline" if not b.authors else "authors")
            body = body[:-1]
        byline = _byline_at(body)
        if byline is not None:
            at, b.authors, found = byline
            b.extra.update(found)
            b.claim(body[at], "authors")
            if "VOV" in body[at].text:
                b.source = AGENCY
            after = body[at + 1:]
            for line in after:
                b.furniture(line)
            if after:
                numbers = ", ".join(str(line.number) for line in after)
                b.warn(f"unrecognised lines after the byline kept in boilerplate: {numbers}")
            body = body[:at]
        cards = _cards(body)
        label_at = -2
        for index, line in enumerate(body):
            text = line.text
            if index in cards:  # a related card inside the body: headline, then its teaser
                card = [line] + ([body[index + 1]] if cards[index] else [])
                mark = _lead(card[-1].text) if cards[index] else None
                summary = card[-1].text[mark.end():].strip() if mark else None
                b.add_related(Related(title=text, summary=summary or None, url=None), card)
                continue
            if cards.get(index - 1):
                continue
            if (text.casefold().startswith(_NOTICES) or "recaptcha" in text.casefold()[:200]
                    or RESIDUE.search(text) or IMAGE_LABEL.fullmatch(text)):
                b.furniture(line)
                label_at = line.number if IMAGE_LABEL.fullmatch(text) else label_at
                continue
            if line.number == label_at + 1 and len(text) <= captions.CAPTION_MAX:
                add_caption(b, line)  # right under a picture's label, no blank line between
                continue
            if captions.is_caption(text) or (index > 0 and captions.portrait_line(text, "vi")):
                add_caption(b, line)
                continue
            marker = _lead_of(text) if not b.paragraphs and b.dateline is None else None
            if marker:
                lead, b.source = marker
                b.dateline = Dateline(place=None, date=None, agency=b.source)
                text = text[lead.end():].strip()
                if not text:
                    b.claim(line, "dateline")
                    continue
            b.paragraph(text, line)
        return body[-1] if body and b.paragraphs else None

    def _refuse_listing(self, lines: Sequence[Line], start: int, end: int, *, dated: bool,
                        headless: bool, doc: Document, url: str | None) -> None:
        """Refuse section and listing pages (:mod:`.listings`).  The caller's ``url``, where
        given, settles the one case the text cannot: a lone card on an article's address is
        an article cut after its lead."""
        article_url = bool(url) and _ARTICLE_URL.search(url or "") is not None
        if url and _LISTING_URL.search(url) and not dated and not article_url:
            raise self.malformed(f"the address {url!r} is a tag, author or section listing and "
                                 "the page has no date line: not an article", lines[0], doc)
        found = teaser_listing(lines[0].text, lines[start:end],
                               is_teaser=lambda text: _lead(text) is not None,
                               dated=dated or headless or article_url, ends_page=end == len(lines))
        if found is not None:
            raise self.malformed(found[0], found[1], doc)


def _top(b: ArticleBuilder, lines: Sequence[Line]) -> tuple[int, bool]:
    """Skip what stands above the headline: image residue (a stray ``|`` of a figure's table),
    the site's masthead, a series kicker over a headline (``Bài 1:``) and photo captions.  Returns where the headline (or body) starts and whether a captioned
    photo stood above it."""
    photo = False
    for at, line in enumerate(lines):
        text = line.text.strip(" |")
        if RESIDUE.search(line.text) or masthead(line.text):
            b.furniture(line)
        elif (kicker(text) and at + 1 < len(lines) and not _lead(lines[at + 1].text)
              and not kicker(lines[at + 1].text)):
            # over a lead it would be the page's only headline-like line: leave it to be refused
            b.furniture(line)
        elif captions.is_caption(text):
            add_caption(b, line, text)
            photo = True
        else:
            return at, photo
    return len(lines), photo


def _furniture_link(b: ArticleBuilder, line: Line) -> bool:
    # "Xem thêm: <headline>" inside the body is a link box, not the end of the article.
    if line.text[:9].casefold() == "xem thêm:" and len(line.text) > 10:
        b.furniture(line)
        return True
    return False
