"""Real pages of the Xinhua-bilingual portal and of vov.vn: how many parse right.

The pages themselves are never committed: they are stored copies found with the search
tool, cached locally as one JSON object ``{address: text}`` (default ``bench/.pages/pages.json``,
ignored by git).  ``bench/labels/real_pages_xinhua_vov.json`` holds, per address, what the
page must give: title, published time, source and first paragraph (as sha1 and length),
the lines that are furniture and must not be body, or, for listing pages and fragments,
that the page must be refused.

A page counts as right when, with format detection as a user would run it, the parser the
label names reads it with every labelled value right and no furniture in any paragraph, or
(for ``listing`` and ``fragment`` pages) when it is refused with a ``ReadoutParseError``.

    python bench/real_pages_xinhua_vov.py [--pages FILE] [--labels FILE] [--verbose]

passes each page's address as ``url=`` (as a user who fetched the page would; ``--no-url``
parses the text alone) and prints the share per split (``dev``: the rules were written looking at these pages;
``heldout``: collected and labelled afterwards) and per format.  Pages missing from the
cache are reported and skipped.

Figures (59 labelled pages: 39 of the Xinhua-bilingual portal, of which 31 articles and 8
section pages or fragments; 20 of vov.vn, of which 19 listing pages and 1 article; the
corpus of stored pages holds no fuller vov.vn article pages):

* ``heldout`` (17 pages collected and labelled after the rules were written), first run:
  15/17 = 88.2% (Xinhua 12/13, VOV 3/4).  The two misses were a caption credited
  ``…。新华社发`` without brackets and a vov.vn article stored only up to its lead (the
  text alone cannot tell it from a listing card); both were then fixed by mechanisms
  (the bare release credit; the page address), so the held-out figure after the fix,
  17/17, is no longer blind.
* ``heldout2`` (1 page collected after that fix): 1/1.
* all pages: 58/59 = 98.3% with addresses, 57/59 = 96.6% with ``--no-url``.  The
  remaining miss is an editor's name running straight into Han text with no boundary
  shape (``責任編輯:曹川川文化興國運興,…``): kept whole with a warning, never guessed.

VOV-family article pages (``vov2-*`` splits; 15 pages found with many searches in the
sites' own words: 2 of vov.vn (one an amp. copy), 3 of vov.gov.vn, 10 of vovworld.vn, VOV5's
site; the store holds few VOV article pages, mostly tag and author listings):

* ``vov2-dev`` (5) and ``vov2-heldout`` (3; every third page by sha1 of the address, held
  out before any rule was written).  Blind, with the code as merged from xinhua-vov: 1/8
  (dev 1/5, held-out 0/3).  After the fixes (lead markers naming VOV5, share button and photo
  above the body, the ``Cập nhật:`` date and ``label: value`` footer, headline-less copies):
  dev 5/5, held-out 2/3 (not blind: the held-out failures were seen in the blind run).
* ``vov2-heldout2`` (4 pages found after those fixes): blind 3/4 (a lead marker that lost
  its opening bracket, ``VOV5) -``), then 4/4 after that one-row fix.
* ``vov2-heldout3`` (3 pages found after that): blind 1/3 (a related card inside the body
  taken for a listing; a dump's picture label ``… hinh 1`` and its uncredited caption kept as
  body), then 3/3 after the fixes (a body paragraph makes an article whatever cards it
  carries; in-body cards go to ``related``; the label is furniture, the line under it its
  caption; a relative ``Cập nhật: 5 giờ trước`` is claimed with no value).
* VOV-family total 14/15 with addresses, 13/15 with ``--no-url``.  Left: an amp copy that
  starts at its body with no marker and no furniture, which text-only detection cannot tell
  from other Vietnamese news (score 0.40); without the address, the source of pages that
  print no marker is null (the text does not say which VOV site printed them).
* all 74 pages: 72/74 = 97.3% with addresses, 70/74 = 94.6% with ``--no-url``.

``blind4`` (9 pages found by blind-pages with new queries: 1 Xinhua-bilingual article, 3
VOV-family articles (vov.vn, a Vietnamese copy on english.vov.vn, VOV's television site
truyenhinhvov.vn), 5 listing pages (baoxuan.vov.vn tags, vov1.vov.gov.vn programme
sections)), labelled by reading and scored before any rule change: Xinhua 1/1, VOV 7/8
(the VOVTV page, date line above the headline and a ``(VOVTV) -`` lead, was refused);
8/8 after the fix.  The store holds few pages of these sites that earlier rounds had not
found (most searches return only known addresses).  Since that round ``source`` no longer
depends on how the lead names VOV: a page naming no site is ``VOV.VN`` (FORMATS), so with
``--no-url`` a vovworld copy that prints no marker reads ``VOV.VN`` (it read null before;
its label says ``VOV5``, which only the address tells).  All 83 pages: 81/83 with
addresses, 79/83 with ``--no-url``.

``blind5`` (1 Xinhua article, 2 vov.vn tag pages; found after the blind4 fixes) and
``blind6`` (1 Xinhua quote card in the seed layout), scored blind: 3/3 and 1/1.  All 87
pages: 85/87 with addresses.

``blind7`` (6 pages of VOV1's sites vov1.vov.vn and vov1.vov.gov.vn: a video page, a
programme page with masthead and ``Cập nhật :`` line above its headline, a headless copy,
3 section pages): blind 3/6 (the ``VOV1 -`` lead was unknown), 6/6 after the fix.
``blind8`` (8 more VOV-family pages, found after that fix: 2 headless VOV1 copies, 6 tag
and section pages): blind 8/8 with addresses, 6/8 without; 8/8 without after the
"lead closed by the page's furniture" rule.  All 101 pages: 99/101 with addresses, 97/101
with ``--no-url``.  Left: an editor's name run into Han text with no boundary
shape (kept whole with a warning), and an amp. copy with no marker that detection, which
does not see the address, scores 0.40.

``blind9`` (blind-pages2, fifth round: 28 pages at addresses no earlier round had cached,
found with queries beyond diplomacy: economy, culture, sport, weather, literature; 3 of the
Xinhua portal (a quote card, a commentary, a page of its finance channel), 25 VOV-family
(vov.vn, vovworld Vietnamese, VOV4 and VOV6 channel pages on vov.gov.vn, 15 tag and
section pages)), labelled by reading and scored before any rule change: Xinhua 2/3, VOV
20/25 with addresses (19/25 without).  Misses: the finance channel's masthead over its
crumb and a bulleted header; a ``VOV4.VN -`` lead; VOV6's ``Cập nhật :`` line over a
headless lead, its QR label and ``Từ khóa tìm kiếm :`` keywords; a desk footer; an unmarked
vovworld copy.  After the fixes (bullet, crumb under a masthead; channel leads and hosts;
the date over a headless lead; the headings; a desk in capitals opens the footer; a credit
naming a site's address; the address choosing its site's parser when no text marker
exists): blind9 28/28 with addresses, 26/28 without.  All 129 pages: 128/129 with
addresses (the amp. copy now read by its address), 123/129 with ``--no-url``.

``blind10`` (1 vovworld Vietnamese page found after those fixes): blind 0/1 (its audio
prompt ``Nghe âm thanh tại đây:`` kept as body; the label's lead also kept a double space
the reader never sees, corrected), 1/1 after the prompt became furniture.  All 130 pages:
129/130 with addresses, 124/130 with ``--no-url``.

``blind11`` (blind-pages3, sixth round: 8 VOV-family pages at new addresses, all listings: 2
VOV1 programme sections on vov1.vov.gov.vn, a vov1.vov.vn culture section, a VOV4 programme
listing, a vov.vn tag page, 3 baoxuan.vov.vn tag pages, one of them a single card), labelled by
reading and scored before any rule change: 8/8 refused with addresses and 8/8 with
``--no-url``.  No Xinhua-bilingual page and no VOV article page at an address not already
labelled was found (the store's VOV article pages seem exhausted by earlier rounds).  All 138
pages: 137/138 with addresses.

``blind12`` (pages5, seventh round: 11 pages at new addresses: 2 Xinhua-family articles through
the big5 gate (a china.com.cn video special, a xinhuanet politics page), a vov.vn article stored
up to its lead, 8 vov.vn and baoxuan.vov.vn listings, one of them an author search page),
labelled by reading and scored before any rule change: Xinhua 0/2 (both refused by detection:
their headers print the first value without a label), VOV 8/9 (the author search page, seven
byline strings, read as an article); 8/9 with ``--no-url`` too (there the article stored up to
its lead is the miss).  After the fixes (a header's unlabelled time or site name before its
labelled fields; a special's home link; labelled credits under the body; ``/author`` addresses
are listings): blind12 11/11 with addresses (10/11 with ``--no-url``); all 149 pages 148/149
with addresses, 142/149 with ``--no-url``.

``blind13`` (2 pages found after those fixes: a china.com.cn culture page through the big5 gate,
a vov.vn tag page): blind 1/2 (three photo captions ending in a bare ``資料圖片`` after a full
stop kept as body), 2/2 after the bare file-photo credit became a caption rule.  All 151
pages: 150/151 with addresses, 144/151 with ``--no-url``.

``blind14`` (pages6, ninth round: 4 VOV-family articles at new addresses: a vov.vn feature stored
up to its lead, a vov.gov.vn festival page, a VOV4 copy that starts at its lead, a vovworld
Vietnamese media page; no new Xinhua-family page was found), labelled by reading and scored
before any rule change: 1/4 with addresses, 0/4 with ``--no-url``.  Misses: the headline printed
twice and a ``Tác giả VOV1`` line over the lead read as a related card; two sidebar headlines
between the date and the ``(VOV5) -`` lead kept as body (so the marker stayed and the source
was wrong) and a caption closed by a table's ``|``; a dash-closed team byline over the lead and
again under the body kept as body; without its address, the VOV4 lead closed by its desk's
footer refused.  After the fixes (``vov_header``: the repeated headline, bylines over the lead,
sidebar headlines before a marked lead; a card stands under the article's own lead; the desk
footer closes a lone lead; the caption's bar): blind14 4/4 with and without addresses.
``blind15`` (2 Xinhua-family pages found after those fixes: a xitheory quote card, the portal's
story-video page on a mirror host), blind: 2/2.  All 157 pages: 156/157 with addresses,
150/157 with ``--no-url``.

``blind16`` (pages7, tenth round: 2 VOV-family articles and 3 listing pages at new addresses: a
vov.vn 2014 series article, a VOV1 copy starting at its lead, a baoxuan tag page and two VOV1
section pages; no new Xinhua-family page was found), blind: 4/5 with and without addresses.
The miss: the part kicker ``Bài 1:`` over the headline taken for the title.  After the fix (a
series kicker, a few words closed by a colon, is furniture): 5/5.  ``blind17`` (3 VOV-family
pages found after that fix: a VOV1 copy, a VOV1 section page, a vov1.vov.vn tag page), blind:
3/3.  All 165 pages: 164/165 with addresses, 158/165 with ``--no-url``.

``blind18`` (pages-vx8: 1 Xinhua-family article of china.com.cn's photo channel through the big5
gate, 2 VOV-family articles (an amp.vov.vn newscast page, a VOVTV video page), 4 VOV-family
listings), blind: Xinhua 0/1 (a ``[組圖]`` tag on the headline; header fields glued with no bar
or space), VOV 6/6 (5/6 with ``--no-url``: the unmarked newscast page).  After the fixes (glued
labels split; the media tag to ``extra.title_tag``; an arrow-key gallery hint is furniture): 7/7.
``blind19`` (2 vov.vn tag pages of one teaser each, found after those fixes), blind: 2/2 refused,
with and without addresses.
``blind20`` (pages-9: a big5 gallery page of china.com.cn holding one caption printed twice, a
vov1.vov.vn audio page, 4 baoxuan tag pages), blind: Xinhua 1/1 refused, VOV 4/5 with and without
addresses (VOV1's ``Xem trên các nền tảng khác`` link kept as body).  After the fix (the link is a
heading): 6/6 (5/6 with ``--no-url``: the audio page prints no marker).  ``blind21`` (a baoxuan tag page found
after the fix), blind: 1/1 refused, with and without addresses.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402
from readoutparse.errors import ReadoutParseError  # noqa: E402
from readoutparse.parsers.captions import is_caption  # noqa: E402

PAGES = ROOT / "bench" / ".pages" / "pages.json"
LABELS = ROOT / "bench" / "labels" / "real_pages_xinhua_vov.json"


def digest(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text).strip()
    return {"sha1": hashlib.sha1(text.encode()).hexdigest(), "length": len(text)}


def check(text: str, label: dict[str, Any], url: str | None) -> list[str]:
    """What is wrong with the parse of ``text`` against ``label``; empty when it is right."""
    try:
        article = readoutparse.parse(text, url=url, readout=False)
    except ReadoutParseError as error:
        if label["kind"] != "article":
            return []
        return [f"refused: {str(error)[:160]}"]
    if label["kind"] != "article":
        return [f"accepted a {label['kind']} page as an article (title {digest(article.title)})"]
    problems = []
    if article.parser != label["parser"]:
        problems.append(f"read by {article.parser}")
    if digest(article.title) != label["title"]:
        problems.append("title")
    published = None if article.published is None else article.published.isoformat()
    if published != label["published"]:
        problems.append(f"published {published}")
    if article.source != label["source"]:
        problems.append(f"source {article.source}")
    if digest(article.paragraphs[0] if article.paragraphs else None) != label["first"]:
        problems.append("first paragraph")
    furniture = [f["sha1"] for f in label.get("furniture", ())]
    records = [article, *article.translations]
    for record in records:
        for paragraph in record.paragraphs:
            hashed = digest(paragraph)
            if (hashed and hashed["sha1"] in furniture) or is_caption(paragraph):
                problems.append(f"furniture in the body: {hashed}")
    if "english_title" in label:
        english = digest(article.translations[0].title) if article.translations else None
        if english != label["english_title"]:
            problems.append("English version")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--verbose", action="store_true", help="print every failure")
    parser.add_argument("--no-url", action="store_true",
                        help="parse the text alone, without telling the parser the page's address")
    args = parser.parse_args(argv)
    if not args.pages.exists():
        print(f"no page cache at {args.pages}: nothing to measure")
        return 0
    pages = json.loads(args.pages.read_text("utf-8"))
    labels = json.loads(args.labels.read_text("utf-8"))["pages"]
    totals: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    missing = 0
    for url, label in labels.items():
        if url not in pages:
            missing += 1
            continue
        problems = check(pages[url], label, None if args.no_url else url)
        for key in ((label["split"], label["parser"]), (label["split"], "all"),
                    ("all", label["parser"]), ("all", "all")):
            totals[key][0] += not problems
            totals[key][1] += 1
        if problems and args.verbose:
            print(f"  FAIL [{label['split']}] {url}: {'; '.join(problems)}")
    kinds = collections.Counter((l["parser"], l["kind"]) for l in labels.values())
    print("pages by format and kind: " + ", ".join(f"{p}/{k} {n}" for (p, k), n in sorted(kinds.items())))
    if missing:
        print(f"{missing} labelled pages are not in the cache {args.pages}")
    print(f"{'split':8} {'format':18} {'right':>6} {'pages':>6} {'share':>7}")
    for (split, fmt), (right, count) in sorted(totals.items()):
        print(f"{split:8} {fmt:18} {right:6d} {count:6d} {right / count:7.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
