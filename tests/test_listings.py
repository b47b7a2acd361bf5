"""Listing and section pages told apart from articles by shape (``parsers.listings``)."""

from __future__ import annotations

import pytest

from readoutparse.parsers.listings import headline_run, teaser_listing
from readoutparse.text import Line

HEADLINE = "Hai nước nhất trí thúc đẩy hợp tác"
TEASER = "VOV.VN - Hai bên đã trao đổi về quan hệ song phương."
BODY = "Hai bên nhất trí tăng cường hợp tác trong nhiều lĩnh vực."


def lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, 2)]


def is_teaser(text: str) -> bool:
    return text.startswith("VOV.VN - ")


@pytest.mark.parametrize(
    ("body", "dated", "ends_page", "words", "at"),
    [
        (lines(TEASER, "Tin thứ hai", TEASER), False, True, "2 headlines", 4),
        (lines(HEADLINE, TEASER), False, True, "printed twice", 2),
        (lines(TEASER), False, True, "listing card", 2),
        (lines(TEASER, "-NTI.jpg)"), False, True, "listing card", 2),
    ],
)
def test_listing_shapes(body: list[Line], dated: bool, ends_page: bool, words: str, at: int) -> None:
    found = teaser_listing(HEADLINE, body, is_teaser=is_teaser, dated=dated, ends_page=ends_page)
    assert found is not None and words in found[0] and found[1].number == at


@pytest.mark.parametrize(
    ("body", "dated", "ends_page"),
    [
        (lines(TEASER, BODY), False, True),  # a lead and a body paragraph
        # a body paragraph, then a related card: teasers, but an article
        (lines(TEASER, BODY + " " + BODY + " " + BODY, HEADLINE, TEASER), False, True),
        (lines(TEASER), True, True),  # a dated page cut after its lead
        (lines(TEASER), False, False),  # furniture follows: a short article
        (lines("VOV.VN - Hai bên đã trao đổi về quan hệ"), False, True),  # cut inside the lead
        (lines(), False, True),
    ],
)
def test_articles_are_not_listings(body: list[Line], dated: bool, ends_page: bool) -> None:
    assert teaser_listing(HEADLINE, body, is_teaser=is_teaser, dated=dated,
                          ends_page=ends_page) is None


def test_headline_run() -> None:
    assert headline_run(["習聲習語|文化因交流而多彩", "習聲習語|文明因互鑒而豐富", "愛國情懷"])
    assert not headline_run(["習近平的文化情懷", "黨的十八大以來,習近平總書記多次談到文化。"])
    assert not headline_run(["只有一行"])
