"""A benchmark corpus: many distinct, valid documents derived from the fixtures.

Every variant is a fixture document with its body changed: paragraphs swapped for
paragraphs of other documents of the same format and language, years moved, and a
sentence inserted, so no two variants are the same text and no cache can help.  Each
variant is parsed once at build time; one that no longer parses as its own format is
dropped and counted.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import attrs

import readoutparse
from readoutparse.text import decode

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SEEDS = ROOT / "seeds"
SUFFIXES = (".txt", ".md")
# Years only: day and month digits stay as they are, so every date stays a real date.
_YEAR = re.compile(r"(?<![0-9])(?:199[0-9]|20[0-2][0-9])(?![0-9])")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？؟])\s*")


@attrs.frozen
class Source:
    """A fixture document and what its own parser reads from it."""

    path: Path
    parser: str
    text: str
    encoding: str
    title: str
    # (language, paragraph) for the record and each translation: what variants swap.
    paragraphs: tuple[tuple[str, str], ...]


@attrs.frozen
class Corpus:
    documents: tuple[tuple[str, bytes], ...]  # (parser name, document bytes)
    sources: tuple[Source, ...]
    dropped: int
    unique: int

    def by_parser(self) -> dict[str, list[bytes]]:
        groups: dict[str, list[bytes]] = defaultdict(list)
        for parser, data in self.documents:
            groups[parser].append(data)
        return dict(sorted(groups.items()))

    @property
    def size(self) -> int:
        return sum(len(data) for _, data in self.documents)


def fixture_documents() -> list[Path]:
    """The fixture documents, or the seeds while there are no fixtures."""
    found = sorted(p for p in FIXTURES.glob("*/*") if p.suffix in SUFFIXES)
    return found or sorted(SEEDS.glob("*.txt"))


def load_sources(options: dict[str, object]) -> list[Source]:
    sources = []
    for path in fixture_documents():
        data = path.read_bytes()
        try:
            article = readoutparse.parse(data, name=str(path), **options)  # type: ignore[arg-type]
        except readoutparse.ReadoutParseError:
            continue  # a fixture of a parser that does not exist yet, or a failure case
        text, encoding = decode(data)
        paragraphs = [(article.language, p) for p in article.paragraphs]
        for translation in article.translations:
            paragraphs += [(translation.language, p) for p in translation.paragraphs]
        sources.append(Source(path, article.parser, text, encoding, article.title,
                              tuple(paragraphs)))
    return sources


def _pools(sources: list[Source]) -> dict[tuple[str, str], list[str]]:
    pools: dict[tuple[str, str], list[str]] = defaultdict(list)
    for source in sources:
        for language, paragraph in source.paragraphs:
            pools[source.parser, language].append(paragraph)
    return pools


def _first_sentence(paragraph: str) -> str:
    return _SENTENCE_END.split(paragraph, maxsplit=1)[0]


def vary(source: Source, pools: dict[tuple[str, str], list[str]], rng: random.Random,
         serial: int) -> str:
    """One variant of ``source``: its text with body paragraphs changed."""
    text = source.text
    found = [(lang, p) for lang, p in source.paragraphs if len(p) > 20 and p in text]
    for index, (language, paragraph) in enumerate(found):
        pool = pools[source.parser, language]
        new = rng.choice(pool) if rng.random() < 0.6 else paragraph
        if index == 0 or rng.random() < 0.3:
            # A sentence from elsewhere, carrying the serial number, makes every variant unique.
            extra = _first_sentence(rng.choice(pool)).rstrip()
            new = f"{new} {extra} {serial}"
        text = text.replace(paragraph, new.replace("\n", " "), 1)
    if len(source.title) > 5 and source.title in text:
        # Every copy of the headline (pages often print it twice) gets the same number.
        text = text.replace(source.title, f"{source.title} {serial}")
    year = rng.randint(2012, 2025)
    return _YEAR.sub(lambda m: str(year if rng.random() < 0.9 else int(m.group()) - 1), text)


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode("utf-8" if encoding in ("str", "utf-8-sig") else encoding)
    except (UnicodeEncodeError, LookupError):
        return text.encode("utf-8")


def generate(sources: list[Source], seed: int = 2025) -> Iterator[tuple[str, bytes]]:
    """An endless, unvalidated stream of variants, taking the formats in turn."""
    rng = random.Random(seed)
    pools = _pools(sources)
    by_parser: dict[str, list[Source]] = defaultdict(list)
    for source in sources:
        by_parser[source.parser].append(source)
    parsers = sorted(by_parser)
    serial = 0
    while True:
        for parser in parsers:
            source = rng.choice(by_parser[parser])
            serial += 1
            yield parser, _encode(vary(source, pools, rng, serial), source.encoding)


def build(n: int, options: dict[str, object], seed: int = 2025) -> Corpus:
    """``n`` variants, equal shares per format, each checked to parse as its own format."""
    # The check is about the site parser; the readout layer reads any article and would
    # only double the time the check takes.
    options = {**options, "readout": False}
    sources = load_sources(options)
    if not sources:
        raise SystemExit("no fixture or seed document parses: nothing to benchmark")
    documents: list[tuple[str, bytes]] = []
    dropped = 0
    for parser, data in generate(sources, seed):
        if len(documents) >= n:
            break
        try:
            article = readoutparse.parse(data, **options)  # type: ignore[arg-type]
        except readoutparse.ReadoutParseError:
            article = None
        if article is None or article.parser != parser:
            dropped += 1
            if dropped > n:  # the variation breaks this format: stop rather than loop
                raise SystemExit(f"too many variants fail to parse ({dropped}); check bench/corpus.py")
            continue
        documents.append((parser, data))
    unique = len({data for _, data in documents})
    return Corpus(tuple(documents), tuple(sources), dropped, unique)
