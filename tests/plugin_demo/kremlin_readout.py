"""A third-party parser, as another package would ship it: Kremlin-style English readouts.

The document looks like::

    KREMLIN READOUT
    Telephone conversation with President of China Xi Jinping
    June 19, 2025
    Vladimir Putin had a telephone conversation with ...
"""

from __future__ import annotations

import datetime as dt

from readoutparse import Article, Context, Document, Parser

MARKER = "KREMLIN READOUT"


class KremlinReadoutParser(Parser):
    name = "kremlin_readout"
    language = "en"
    description = "Kremlin-style English readouts (demo plugin)"

    def score(self, doc: Document) -> float:
        head = doc.head(1)
        return 0.95 if head and head[0].text == MARKER else 0.0

    def parse(self, doc: Document, context: Context) -> Article:
        marker, title, day, *body = doc.content
        b = self.builder(doc)
        b.furniture(marker)
        b.title = title.text
        b.claim(title, "title")
        b.published = dt.datetime.strptime(day.text, "%B %d, %Y").date()
        b.claim(day, "published")
        b.source = "Kremlin"
        for line in body:
            b.paragraph(line.text, line)
        return b.build()
