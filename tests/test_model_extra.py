"""A record's ``extra`` is read-only like the rest of the record, yet JSON, pickle and
equality see a plain dict; records built from lists store tuples."""

from __future__ import annotations

import copy
import json
import pickle

import attrs
import pytest

from readoutparse import Article, Participant, Readout, Related


def _article() -> Article:
    return Article(parser="p", language="en", title="t", extra={"epoch_ms": 1, "tags": ["a"]},
                   related=[Related(title="r")],
                   readout=Readout(participants=[Participant(id="xi_jinping", name="Xi")]))


def test_extra_refuses_changes() -> None:
    article = _article()
    for change in (lambda e: e.__setitem__("x", 1), lambda e: e.update(x=1), lambda e: e.pop("epoch_ms"),
                   lambda e: e.clear(), lambda e: e.setdefault("x", 1), lambda e: e.__delitem__("epoch_ms")):
        with pytest.raises(TypeError, match="read-only"):
            change(article.extra)
    assert article.extra == {"epoch_ms": 1, "tags": ["a"]}
    assert attrs.evolve(article, extra={"k": 2}).extra == {"k": 2}


def test_extra_still_round_trips() -> None:
    article = _article()
    assert pickle.loads(pickle.dumps(article)) == article
    assert copy.deepcopy(article) == article
    assert Article.from_json(article.to_json()) == article
    assert json.loads(article.to_json())["extra"] == {"epoch_ms": 1, "tags": ["a"]}
    assert type(article.to_dict()["extra"]) is dict


def test_lists_become_tuples() -> None:
    article = _article()
    assert article.related == (Related(title="r"),)
    assert article.readout is not None and isinstance(article.readout.participants, tuple)
