"""Plugins with bugs a batch must survive: wrong return types, unwritable records, and text
a terminal would act on.  The document's second line says which bug to show."""

from __future__ import annotations

import datetime as dt
from typing import Any

from readoutparse import Context, Document, Parser

MARKER = "ODD PLUGIN"


class OddParser(Parser):
    name = "odd"
    language = "en"
    description = "a plugin with bugs (test double)"

    def score(self, doc: Document) -> float:
        head = doc.head(1)
        return 0.99 if head and head[0].text == MARKER else 0.0

    def parse(self, doc: Document, context: Context) -> Any:
        mode = doc.content[1].text if len(doc.content) > 1 else ""
        if mode == "none":
            return None
        if mode == "dict":
            return {"title": "a dict"}
        if mode == "str":
            return "a str"
        if mode == "exit":
            raise SystemExit(4)
        b = self.builder(doc)
        for line in doc.content[:2]:
            b.furniture(line)
        for line in doc.content[2:]:
            b.paragraph(line.text, line)
        b.title = "odd record"
        if mode == "datetime":
            b.extra["when"] = dt.datetime(2025, 6, 19, 12, 0)
        elif mode == "surrogate":
            b.title = "broken \ud83d emoji"
        elif mode == "escape":
            # The title names the contact, so the table has a row for it.
            b.title = "\x1b]0;owned\x07 \u202eevil\u202c \x00end: Xi Jinping and Vladimir Putin talk"
            b.paragraphs.insert(0, "bell \x07 and \x1b[2J clear")
        return b.build()
