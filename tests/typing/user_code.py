"""Code a user writes against readoutparse; ``mypy --strict`` must accept it as it stands.

Every public record is built from plain lists, as user code naturally does; the records
store tuples, and their converters' types let lists (any iterable) in.  Not collected by
pytest (no test_ prefix); tests/test_typing.py runs mypy on it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import readoutparse
from readoutparse import (
    Article,
    ArticleBuilder,
    Context,
    Dateline,
    Document,
    Participant,
    Readout,
    Related,
    Registry,
    Result,
)
from readoutparse.readout.table import readout_rows


def build() -> Article:
    readout = Readout(
        kind="phone_call",
        participants=[Participant(id="xi_jinping", name="Xi Jinping", country="CN"),
                      Participant(id="vladimir_putin", name="Vladimir Putin", country="RU")],
        initiator="vladimir_putin",
        event_date=dt.date(2025, 6, 19),
    )
    english = Article(parser="mine", language="en", title="Xi, Putin talk",
                      paragraphs=["They talked."])
    return Article(
        parser="mine",
        language="zh-Hans",
        title="习近平同普京通电话",
        published=dt.datetime(2025, 6, 19, 21, 0, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        authors=["记者甲", "记者乙"],
        section=["首页", "时政"],
        tags=["外交"],
        categories=[],
        dateline=Dateline(place="北京", date=dt.date(2025, 6, 19), agency="新华社"),
        paragraphs=["第一段。", "第二段。"],
        related=[Related(title="另一篇", url="https://example.org/a")],
        translations=[english],
        boilerplate=["分享到"],
        extra={"epoch_ms": 1750338000000},
        warnings=[],
        readout=readout,
        lines={1: "title", 3: "paragraphs[0]"},
    )


def use(paths: list[Path]) -> list[str]:
    article = build()
    assert Article.from_json(article.to_json()) == article
    titles: list[str] = [article.title, *(t.title for t in article.translations)]
    for result in readoutparse.parse_many(paths, jobs=1, strict=False):
        assert isinstance(result, Result)
        if result.ok and result.article is not None:
            titles.append(result.article.title)
        elif result.error is not None:
            titles.append(type(result.error).__name__)
    rows = readout_rows([(article, "a.txt")])
    titles.extend(str(row["title"]) for row in rows)
    registry = Registry(plugins=False)
    scores: list[tuple[str, float]] = readoutparse.detect("text", registry=registry)
    titles.extend(name for name, _ in scores)
    doc = Document("KREMLIN READOUT\n\nA title\n")
    builder = ArticleBuilder(doc, parser="mine", language="en")
    builder.title = doc.content[1].text
    builder.claim(doc.content[1], "title")
    builder.furniture(doc.content[0])
    builder.add_related(Related(title="x"), [doc.content[1]])
    builder.translation("ru").title = "Заголовок"
    titles.append(builder.build().title)
    context = Context(name="a.txt", url=None, reference_date=dt.date(2025, 1, 1))
    titles.append(context.name)
    return titles
