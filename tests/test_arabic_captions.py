"""Arabic captions: the portrait line rule (the other rules are covered by the parser tests)."""

from __future__ import annotations

import pytest

from readoutparse.parsers.arabic_captions import is_caption, is_portrait


@pytest.mark.parametrize(
    "line",
    ["رئيس اللجنة المنظمة للمهرجان السيد وانغ لي", "مديرة المتحف الدكتورة سلمى حسن"],
)
def test_portrait_lines(line: str) -> None:
    assert is_portrait(line)


@pytest.mark.parametrize(
    "line",
    [
        # a sentence, even one ending with a name
        "وقال رئيس اللجنة إن المهرجان ناجح، حسبما أفاد السيد وانغ لي.",
        # no honorific before the name
        "رئيس اللجنة المنظمة للمهرجان وانغ لي",
        # too long for a line under a photo
        "رئيس " + "اللجنة المنظمة " * 12 + "السيد وانغ لي",
    ],
)
def test_not_portrait_lines(line: str) -> None:
    assert not is_portrait(line)


def test_portrait_is_not_a_general_caption_rule() -> None:
    # A headline may end with an honorific and a name: only the body asks is_portrait.
    assert is_caption("الرئيس الصيني يلتقي السيد وانغ لي") is None
