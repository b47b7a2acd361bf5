"""readoutparse: diplomatic readouts from news pages as clean, typed records.

>>> import readoutparse
>>> article = readoutparse.parse_file("seeds/000_b724a6c8c6442259.txt")  # doctest: +SKIP
"""

from __future__ import annotations

from .api import DEFAULT_MAX_BYTES, detect, parse, parse_file, parsers
from .batch import InputError, Result, parse_many
from .errors import (
    DocumentTooLargeError,
    MalformedDocumentError,
    NotTextError,
    ParserCrashedError,
    PluginError,
    ReadoutParseError,
    UnknownFormatError,
    UnknownParserError,
)
from .model import Article, Dateline, Participant, Readout, Related
from .parsers.base import ArticleBuilder, Context, Parser
from .registry import ParserInfo, PluginWarning, Registry
from .text import Document, Line

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "ArticleBuilder",
    "Context",
    "Dateline",
    "Document",
    "DocumentTooLargeError",
    "InputError",
    "Line",
    "MalformedDocumentError",
    "NotTextError",
    "Parser",
    "ParserCrashedError",
    "ParserInfo",
    "Participant",
    "PluginError",
    "PluginWarning",
    "Readout",
    "ReadoutParseError",
    "Registry",
    "Related",
    "Result",
    "UnknownFormatError",
    "UnknownParserError",
    "detect",
    "parse",
    "parse_file",
    "parse_many",
    "parsers",
]
