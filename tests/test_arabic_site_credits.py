"""Credits naming a site: CRI's ISO stamp with a site's address, a dateline's outlet closed
by a dash, a portal's own sign-off under a wire dateline, and a mis-decoded indent."""

from __future__ import annotations

from pathlib import Path

import readoutparse
from readoutparse.parsers import arabic_datelines
from readoutparse.parsers.arabic_body import unindent
from readoutparse.parsers.stamps import read_stamp

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "xinhua_arabic"


def test_iso_time_with_a_site_address_is_a_stamp_naming_that_site() -> None:
    for credit in ("xinhuanet.com", "SPORTS2010.CN", "news.example.org.cn"):
        stamp = read_stamp(f"2010-03-01 08:30:00 {credit}", credit=False)
        assert stamp is not None and stamp.rule == "cri_time" and stamp.source == credit
        assert stamp.moment is not None and stamp.moment.isoformat() == "2010-03-01T08:30:00+08:00"
    # Latin words that are no address are not a credit; the line stays a damaged stamp.
    stamp = read_stamp("2010-03-01 08:30:00 see more", credit=False)
    assert stamp is not None and stamp.rule == "brnn" and not stamp.readable


def test_an_outlet_closed_by_a_dash_belongs_to_the_dateline() -> None:
    found = arabic_datelines.match("شنغهاي 3 مايو/ موقع المعرض الرسمي – افتتح المعرض اليوم.")
    assert found is not None and found.shape == "slash_outlet_dash"
    assert (found.place, found.day, found.agency) == ("شنغهاي", 3, "موقع المعرض الرسمي")
    # Words after the slash that name no outlet are the sentence's, dash or not.
    found = arabic_datelines.match("شنغهاي 3 مايو/ قال المدير – وهو مبتسم – إن المعرض نجح.")
    assert found is not None and found.shape == "place_day_slash" and found.agency is None


def test_mis_decoded_indent_is_dropped_before_a_letter_only() -> None:
    assert unindent("??وقال المدير") == "وقال المدير"
    assert unindent("????وقال") == "وقال"
    assert unindent("?? وقال") == "?? وقال"  # a question set apart is text
    assert unindent("?وقال") == "?وقال"


def test_cri_2008_page_with_a_site_credit() -> None:
    text = (FIXTURES / "cri_2008_site_credit_outlet_dash_indent_residue.txt").read_text("utf-8")
    article = readoutparse.parse(text, readout=False)
    assert article.source == "HANGZHOU2008.CN"  # the stamp's credit, over the dateline's outlet
    assert article.published is not None and article.published.isoformat() == "2008-06-09T10:15:30+08:00"
    assert article.dateline is not None and article.dateline.agency == "الموقع الرسمي لمهرجان القوارب"
    assert article.paragraphs[0].startswith("شاركت ثلاثة فرق")
    assert not any(p.startswith("?") for p in article.paragraphs)
    assert article.section == ()  # a menu bar between bars is no breadcrumb
    assert any(line.startswith("الصفحة الرئيسية |") for line in article.boilerplate)


def test_a_portal_sign_off_dates_the_page_but_the_dateline_names_the_source() -> None:
    text = (FIXTURES / "china_org_site_signoff_under_xinhua_dateline.txt").read_text("utf-8")
    article = readoutparse.parse(text, readout=False)
    assert article.source == "شينخوا"
    assert article.published is not None and article.published.isoformat() == "2009-03-12"
    # The yearless dateline takes its year from the sign-off read under the story.
    assert article.dateline is not None and article.dateline.date is not None
    assert article.dateline.date.isoformat() == "2009-03-11"
    assert not article.warnings
    # With no wire dateline, the sign-off's site is the only source the page names.
    bare = text.replace("تونس 11 مارس (شينخوا) ", "")
    assert readoutparse.parse(bare, readout=False).source == "شبكة الصين"


def test_cri_masthead_is_furniture_even_when_the_page_is_cut_under_it() -> None:
    text = (FIXTURES / "cri_2008_site_credit_outlet_dash_indent_residue.txt").read_text("utf-8")
    head = "\n".join(text.splitlines()[:3]) + "\n"  # masthead, menu bar, headline: no stamp yet
    article = readoutparse.parse(head, readout=False)
    assert article.title.startswith("تقرير: فرق عربية")
    assert "إذاعة الصين الدولية القسم العربي" in article.boilerplate
