from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest

from readoutparse import Article, Dateline, Participant, Readout, Related
from readoutparse.dates import BEIJING


def _article() -> Article:
    return Article(
        parser="vov",
        language="vi",
        title="Tiêu đề",
        published=dt.datetime(2023, 10, 14, 6, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        authors=["Hồng Anh"],
        dateline=Dateline(agency="VOV.VN"),
        paragraphs=["một", "hai"],
        related=[Related("Tin", None)],
        translations=[Article(parser="vov", language="en", title="Title",
                              published=dt.date(2023, 10, 14))],
        extra={"epoch_ms": 1},
        readout=Readout(kind="phone_call", participants=[Participant("wang_yi", "Vương Nghị", "CN",
                                                                     office="foreign_minister")],
                        event_date=dt.date(2023, 10, 14)),
        lines={1: "title"},
    )


def test_sequences_become_tuples() -> None:
    article = _article()
    assert article.authors == ("Hồng Anh",)
    assert isinstance(article.paragraphs, tuple) and isinstance(article.related, tuple)
    assert isinstance(article.readout.participants, tuple)


def test_records_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _article().title = "x"  # type: ignore[misc]


def test_dict_and_json_round_trip_exactly() -> None:
    article = _article()
    data = article.to_dict()
    assert data["published"] == "2023-10-14T06:00:00+07:00"
    assert data["translations"][0]["published"] == "2023-10-14"
    assert "lines" not in data
    again = Article.from_dict(data)
    assert again == article and again.to_dict() == data
    assert Article.from_json(article.to_json()) == article


def test_evolve_and_pickle() -> None:
    article = _article()
    changed = attrs.evolve(article, title="Khác")
    assert changed.title == "Khác" and article.title == "Tiêu đề"
    assert pickle.loads(pickle.dumps(article)) == article


def test_datetimes_keep_their_offset() -> None:
    moment = dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)
    data = Article(parser="p", language="zh-Hant", title="t", published=moment).to_dict()
    assert data["published"] == "2025-06-20T09:10:53+08:00"
    assert Article.from_dict(data).published == moment
