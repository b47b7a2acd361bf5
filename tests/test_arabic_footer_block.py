"""CRI 2008: the ISO time with the site's credit, and the stubs between the story and the footer."""

from __future__ import annotations

from readoutparse.parsers.arabic_body import above_footer
from readoutparse.parsers.stamps import read_stamp
from readoutparse.text import Line


def _lines(*texts: str) -> list[Line]:
    return [Line(number=i + 1, text=t) for i, t in enumerate(texts)]


def test_iso_time_with_the_cri_credit_is_a_stamp() -> None:
    stamp = read_stamp("2009-09-14 18:05:12 cri", credit=False)
    assert stamp is not None and stamp.rule == "cri_time" and stamp.source == "cri"
    assert stamp.moment is not None and stamp.moment.isoformat() == "2009-09-14T18:05:12+08:00"
    # The Belt and Road stamp that shares its opening is still read by its own row.
    other = read_stamp("2022-06-09 11:14:58 /مصدر: شينخوا/", credit=False)
    assert other is not None and other.rule == "brnn" and other.source == "شينخوا"


FOOTER = "© China Radio International.CRI. All Rights Reserved."


def test_stubs_running_into_the_footer_are_its_block() -> None:
    lines = _lines("متعلقات", "ما رأيك ؟", "link | اتصل بنا |", FOOTER)
    assert all(above_footer(lines, at) for at in range(3))


def test_a_short_line_is_story_when_no_footer_follows() -> None:
    # A cut page: the short lines at its end are what the story printed.
    assert not above_footer(_lines("متعلقات", "ما رأيك ؟"), 0)
    # A sentence between the stubs and the footer: the stubs above it are not the footer's.
    sentence = "وقال رئيس الوفد إن الزيارة تهدف إلى تبادل الخبرات في زراعة الأرز."
    assert not above_footer(_lines("ما رأيك ؟", sentence, FOOTER), 0)
