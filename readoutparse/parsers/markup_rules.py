"""What an HTML element of an archived post *is*, as two rule tables run by one matcher.

``GENERIC`` holds tag rules true of any page (an ``<img>`` is media, a ``<figure>`` holds a
caption); ``SITE`` holds the id and class names that one outlet's template uses, each row
with the outlet and the reason, so a new outlet's furniture is one row and one fixture.

A role says how the walker in :mod:`.html_body` reads the element's text:

``media``
    furniture whose text (if any) is not body text: ad slots, embeds, images.  It is
    kept as one ``boilerplate`` block (its text, or a label saying where it points).
``caption``
    a picture's caption: one ``caption`` block.
``boilerplate``
    a widget or heading of the page template: one ``boilerplate`` block.
``related``
    one related-article link: a ``related`` block with the link's ``href``.
``aside``
    a card set inside a paragraph's flow (中央社's 小檔案 or 小百科, opened from a name in
    the sentence): one ``card`` block, kept in ``extra["cards"]``, and the paragraph runs
    on across it.
``standfirst``
    the dek printed over the story (a summary, not its first paragraph): one
    ``standfirst`` block, kept in ``extra["standfirst"]``.
"""

from __future__ import annotations

from typing import Any, NamedTuple

__all__ = ["TagRule", "GENERIC", "SITE", "role_of", "ROLES"]

ROLES = ("media", "caption", "boilerplate", "related", "standfirst", "aside")


class TagRule(NamedTuple):
    role: str
    tags: frozenset[str] = frozenset()
    #: id prefixes (``dfp-ad`` matches ``dfp-ad-midarticle``)
    ids: tuple[str, ...] = ()
    #: any one of these class tokens
    classes: frozenset[str] = frozenset()
    #: a class token starting with one of these (CSS-module names end in a hash:
    #: ``BarrierFailsafe__fullBarrier___2bFWd``)
    prefixes: tuple[str, ...] = ()
    #: only right after a media element, with no text between (a caption by position)
    after_media: bool = False
    #: who uses it and why it is furniture
    why: str = ""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


GENERIC: tuple[TagRule, ...] = (
    TagRule("caption", _set("figure figcaption"), why="a figure's text is its caption"),
    TagRule("media", _set("img iframe picture video audio embed object svg"),
            why="media and embeds have no body text"),
    # VOA and DW print the caption as <div><small> right under the picture.
    TagRule("caption", _set("small"), after_media=True, why="small print under a picture"),
    TagRule("boilerplate", _set("time"), why="a page's time stamp (BBC's 1小时前) is not text"),
)

SITE: tuple[TagRule, ...] = (
    TagRule("media", ids=("imu", "dfp-ad", "innity"), why="联合早报 ad slots"),
    TagRule("media", classes=_set("dfp-tag-wrapper media_embed"), why="联合早报 ads, embeds"),
    TagRule("caption", classes=_set("figure-media"), why="联合早报 lead picture"),
    TagRule("media", tags=_set("blockquote"), classes=_set("twitter-tweet"), why="tweet embed"),
    TagRule("caption", classes=_set("picinfo"), why="中央社 caption under a photo"),
    TagRule("boilerplate", classes=_set("moreArticle-title"), why="中央社 延伸閱讀 heading"),
    TagRule("related", classes=_set("moreArticle-link"), why="中央社 延伸閱讀 headline"),
    TagRule("related", tags=_set("a"), classes=_set("insert"),
            why="中央社 related headline set between the body's paragraphs (insertGroup)"),
    TagRule("aside", classes=_set("dictionary-box"),
            why="中央社 profile card of a name in the sentence (小檔案, 看更多, 關閉)"),
    TagRule("boilerplate", classes=_set("SubscriptionInner subscriInnTitle"),
            why="中央社 newsletter sign-up widget"),
    TagRule("boilerplate", classes=_set("t-copyright"), why="法广 agency copyright line"),
    TagRule("standfirst", classes=_set("story-lead"), why="FT中文网 dek over the story"),
    TagRule("standfirst", classes=_set("blog-post__description"), why="Nei.st dek over the story"),
    TagRule("boilerplate", prefixes=("BarrierFailsafe__",),
            why="Nei.st paywall barrier over a repost (You’ve hit the wall.)"),
    TagRule("boilerplate", classes=_set("js-postMetaLockup"),
            why="Nei.st publication logo, name and date over a repost"),
    TagRule("caption", classes=_set("ai2html"),
            why="a graphic's text labels (NYT ai2html, reposted by Nei.st): one caption"),
    TagRule("boilerplate", ids=("zoomattribute",), why="自由亚洲电台 zoom link"),
    TagRule("caption", tags=_set("div"), classes=_set("image-caption"),
            why="自由亚洲电台 caption under a photo (its <span class=copyright> inside)"),
    TagRule("boilerplate", classes=_set("StandardArticleBody_trustBadgeContainer"),
            why="路透 我们的标准 trust-principles badge"),
    TagRule("media", classes=_set("m-interstitial__ad m-block-ad"), why="法广 ad slot (广告)"),
    TagRule("boilerplate", classes=_set("m-interstitial__unlock-btn"),
            why="法广 继续浏览后续 read-more button"),
)


# Tags some rule names: an element with none of these, no id and no class matches nothing,
# which is most elements of a body (p, br, span, strong), so they skip the table.
_NAMED_TAGS = frozenset(tag for rule in SITE + GENERIC for tag in rule.tags) | {"a"}


def role_of(el: Any, after_media: bool = False) -> str | None:
    """The first role whose rule matches ``el`` (an lxml element), site rules first."""
    tag = el.tag
    if tag not in _NAMED_TAGS and not el.get("class") and not el.get("id"):
        return None
    if tag == "a":
        host = (el.get("href") or "").partition("//")[2].split("/", 1)[0].lower()
        if host.startswith("subscribe.") or ".subscribe." in host:
            return "media"  # 联合早报 subscription promo: a link wrapping an image
    ident = el.get("id") or ""
    classes = set((el.get("class") or "").split())
    for rule in SITE + GENERIC:
        if rule.after_media and not after_media:
            continue
        if rule.tags and tag not in rule.tags:
            continue
        if rule.ids and not ident.startswith(rule.ids):
            continue
        if rule.classes and not rule.classes & classes:
            continue
        if rule.prefixes and not any(c.startswith(rule.prefixes) for c in classes):
            continue
        if rule.tags or rule.ids or rule.classes or rule.prefixes:
            return rule.role
    return None
