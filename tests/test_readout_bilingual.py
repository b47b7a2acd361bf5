"""The halves of one page: a silent field takes the other half's value; a disagreement is a warning."""

from __future__ import annotations

import datetime as dt

from readoutparse.readout import enrich

from .readout_lexicon import article, lexicon


def test_a_silent_half_takes_the_other_halfs_values() -> None:
    english = article("en", "Xi Jinping held phone talks with Vladimir Putin on Thursday.", published=None)
    page = article("zh-Hans", "习近平同普京通电话。", published=dt.date(2025, 6, 20), translations=(english,))
    done = enrich(page, gazetteer=lexicon())
    assert done.readout.event_date == dt.date(2025, 6, 19) == done.translations[0].readout.event_date
    assert not done.warnings


def test_halves_that_disagree_are_warned_about() -> None:
    english = article("en", "Xi Jinping held phone talks with Vladimir Putin on Wednesday.", published=None)
    page = article("zh-Hans", "习近平周四同普京通电话。", published=dt.date(2025, 6, 20), translations=(english,))
    done = enrich(page, gazetteer=lexicon())
    assert done.readout.event_date == dt.date(2025, 6, 19)
    assert done.translations[0].readout.event_date == dt.date(2025, 6, 18)
    assert any("disagree on event_date" in w for w in done.warnings)
