"""CRI 2008: the ISO time with the site's credit, and the related box under the story."""

from __future__ import annotations

from pathlib import Path

import readoutparse
from readoutparse.parsers.arabic_body import stub
from readoutparse.parsers.stamps import read_stamp

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "xinhua_arabic" / "cri_2008_time_credit_footer_links.txt"


def test_iso_time_with_the_cri_credit_is_a_stamp() -> None:
    stamp = read_stamp("2009-09-14 18:05:12 cri", credit=False)
    assert stamp is not None and stamp.rule == "cri_time" and stamp.source == "cri"
    assert stamp.moment is not None and stamp.moment.isoformat() == "2009-09-14T18:05:12+08:00"
    # The Belt and Road stamp that shares its opening is still read by its own row.
    other = read_stamp("2022-06-09 11:14:58 /مصدر: شينخوا/", credit=False)
    assert other is not None and other.rule == "brnn" and other.source == "شينخوا"


def test_stubs() -> None:
    assert stub("ما رأيك ؟") and stub("link | اتصل بنا |")
    assert not stub("وقال رئيس الوفد إن الزيارة تهدف إلى تبادل الخبرات في زراعة الأرز.")


def test_the_related_box_and_its_prompt_are_furniture_even_cut_above_the_footer() -> None:
    text = FIXTURE.read_text("utf-8")
    whole = readoutparse.parse(text, readout=False)
    assert whole.paragraphs[-1].endswith("وتحسين المحاصيل.")
    assert {"متعلقات", "ما رأيك ؟", "link | اتصل بنا |"} <= set(whole.boilerplate)
    cut = readoutparse.parse(text.split("link |")[0], readout=False)
    assert cut.paragraphs == whole.paragraphs


def test_a_sentence_under_a_sidebar_heading_is_still_story() -> None:
    page = FIXTURE.read_text("utf-8").replace(
        "ما رأيك ؟", "وأضاف أن الوفد سيزور مقاطعة جيانغشي الأسبوع المقبل للاطلاع على تجاربها.")
    article = readoutparse.parse(page, readout=False)
    assert article.paragraphs[-1].startswith("وأضاف أن الوفد سيزور")
