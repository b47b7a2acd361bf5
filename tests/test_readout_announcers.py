"""Who announces a contact in a clause of their own before it is no participant."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article
from readoutparse.readout import extract_readout

PUBLISHED = dt.datetime(2021, 3, 2, 8, 0, tzinfo=dt.timezone.utc)


def _ids(text: str) -> list[str | None]:
    readout = extract_readout(Article(parser="x", language="zh-Hans", title="", paragraphs=(text,),
                                      published=PUBLISHED))
    assert readout is not None
    return [p.id for p in readout.participants]


def test_the_announcer_of_an_envoys_contact_is_dropped() -> None:
    assert _ids("美联社华盛顿3月2日电 国务卿蓬佩奥周二宣布，副国务卿柯拉克下周将与越南外长范平明举行会谈。") == [
        "keith_krach", "pham_binh_minh"]


def test_an_announcer_who_is_the_subject_stays() -> None:
    ids = _ids("美联社华盛顿3月2日电 国务卿蓬佩奥周二表示，他与柯拉克下周将与越南外长范平明举行会谈。")
    assert "mike_pompeo" in ids
