"""Reading the readout out of an Article: kind, participants, initiator, day, place, evidence.

Only ``language``, ``title``, ``paragraphs``, ``dateline`` and ``published`` are used,
so any parser, built-in or plugin, gets readouts without doing anything.  Wire copy
puts the readout in the lead, so only the title and the first few paragraphs are read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from ..model import Article, Readout
from .cues import GENERIC, CueSet, cues_for
from .gazetteer import Gazetteer
from .relative_dates import DateMention, DatelineMatch, find_dates, local_day, parse_dateline, resolve
from .scan import Folded, fold, sentence_texts

__all__ = ["MAX_PARAGRAPHS", "extract"]

MAX_PARAGRAPHS = 4
TITLE = -1  # paragraph index of the title


@attrs.define
class Mention:
    start: int  # in the folded sentence
    end: int
    name: str  # as written
    candidates: tuple[tuple[str, bool], ...]
    person: str | None = None


@attrs.define
class Sentence:
    paragraph: int
    folded: Folded
    mentions: list[Mention]
    cues: CueSet
    _kinds: list[tuple[int, str]] | None = None

    @property
    def kinds(self) -> list[tuple[int, str]]:
        """(position, kind) of each cue word."""
        # Looked for on first use: only a sentence that names someone can be the
        # evidence, so most sentences are never asked.
        if self._kinds is None:
            self._kinds = list(self.cues.kinds_in(self.folded.text))
        return self._kinds

    @property
    def text(self) -> str:
        return self.folded.original

    def people(self) -> list[str]:
        return list(dict.fromkeys(m.person for m in self.mentions if m.person))


def _resolve_mentions(all_sentences: list[Sentence], gazetteer: Gazetteer, day: dt.date | None) -> None:
    # A person counts as "named in full" if some unambiguous full name of theirs occurs;
    # short forms and ambiguous names are then read in that light.
    mentions = [m for s in all_sentences for m in s.mentions]
    # Most names belong to one person: those skip building sets and lists.
    full = {m.candidates[0][0] for m in mentions
            if not m.candidates[0][1] and (len(m.candidates) == 1
                                           or len({pid for pid, short in m.candidates if not short}) == 1)}
    for mention in mentions:
        if len(mention.candidates) == 1:
            pid, short = mention.candidates[0]
            mention.person = pid if not short or pid in full else None
            continue
        ids = list(dict.fromkeys(pid for pid, short in mention.candidates if not short or pid in full))
        if len(ids) > 1:
            ids = [pid for pid in ids if pid in full] or ids
        if len(ids) > 1 and day is not None:
            ids = [pid for pid in ids if gazetteer.person(pid).office_on(day) is not None] or ids
        mention.person = ids[0] if len(ids) == 1 else None


def _dateline(article: Article, first: Folded | None) -> tuple[DatelineMatch | None, dt.date | None, str | None]:
    """(match in the first paragraph, dateline date, dateline place)."""
    if article.dateline is not None and (article.dateline.date or article.dateline.place):
        return None, article.dateline.date, article.dateline.place
    if first is None:
        return None, None, None
    match = parse_dateline(first.text, article.language)
    if match is None:
        return None, None, None
    return match, None, first.original_text(*match.place_span)


def extract(article: Article, *, reference_date: dt.date | None = None, gazetteer: Gazetteer,
            inherited_anchor: dt.date | None = None) -> Readout | None:
    language = article.language
    cues = cues_for(language)
    names = gazetteer.matcher(language)
    paragraphs = [p for p in article.paragraphs[:MAX_PARAGRAPHS] if p.strip()]
    first = fold(paragraphs[0]) if paragraphs else None
    dl_match, dl_day, dl_place = _dateline(article, first)
    if dl_match is not None:
        paragraphs[0] = paragraphs[0][first.span(dl_match.end, dl_match.end)[0]:]  # type: ignore[union-attr]

    published = local_day(article.published, language)
    cap = published
    anchor = reference_date or published or inherited_anchor
    if dl_match is not None and dl_match.day is not None and dl_match.month is not None:
        stated = dl_match.year
        base = anchor or (dt.date(stated, 12, 31) if stated else None)
        dl_day = resolve(DateMention(0, 0, stated, dl_match.month, dl_match.day), base, cap)
    if dl_day is not None and cap is not None and dl_day > cap:
        dl_day = None  # a dateline after the page's own date is a typo; trust neither as the day
    if dl_day is not None:
        anchor = dl_day  # the story's own "today"
    if anchor is not None and cap is not None and anchor > cap:
        anchor = cap

    units = [(TITLE, article.title)] + [(i, s) for i, p in enumerate(paragraphs) for s in sentence_texts(p)]
    all_sentences = []
    for index, text in units:
        folded = fold(text)
        mentions = [Mention(a, b, folded.original_text(a, b), cands)
                    for a, b, cands in names.find(folded.text) if cands]
        all_sentences.append(Sentence(index, folded, mentions, cues))
    _resolve_mentions(all_sentences, gazetteer, anchor)

    evidence = _choose_evidence(all_sentences)
    if evidence is None:
        return None
    title = all_sentences[0]
    order = _people_in_order(evidence, title)
    kind = cues.best_kind([k for _, k in evidence.kinds if k != GENERIC])

    event_date = _event_date(evidence, all_sentences, language, anchor, cap)
    if event_date is None and dl_day is not None and evidence.paragraph != TITLE:
        event_date = dl_day
    office_day = event_date or anchor

    names_written = {}
    for s in (evidence, title, *all_sentences):
        for m in s.mentions:
            if m.person and m.person not in names_written:
                names_written[m.person] = m.name
    initiator = _initiator(evidence, all_sentences, cues, gazetteer, order, names_written)
    participants = tuple(gazetteer.participant(pid, names_written[pid], office_day) for pid in order)
    place = _place(kind, evidence, paragraphs, cues, dl_place)
    return Readout(kind=kind, participants=participants, initiator=initiator, event_date=event_date,
                   place=place, evidence=evidence.text)


def _choose_evidence(all_sentences: list[Sentence]) -> Sentence | None:
    body = [s for s in all_sentences if s.paragraph != TITLE]
    title = [s for s in all_sentences if s.paragraph == TITLE]
    for pool in (body, title):
        for s in pool:
            if s.people() and any(k != GENERIC for _, k in s.kinds):
                return s
    for pool in (body, title):
        for s in pool:
            if len(s.people()) >= 2 and s.kinds:
                return s
    return None


def _people_in_order(evidence: Sentence, title: Sentence) -> list[str]:
    order = evidence.people()
    if len(order) < 2 and evidence is not title:
        order += [pid for pid in title.people() if pid not in order]
    return order


def _event_date(evidence: Sentence, all_sentences: list[Sentence], language: str,
                anchor: dt.date | None, cap: dt.date | None) -> dt.date | None:
    # The readout sentence first, then its paragraph, then the lead: "on Thursday"
    # often sits in the lead while the call is named in the next sentence.
    scopes: Iterable[Sentence] = [evidence] + [s for s in all_sentences if s.paragraph == evidence.paragraph
                                                and s is not evidence] + [s for s in all_sentences if s.paragraph == 0]
    seen = set()
    for sentence in scopes:
        if id(sentence) in seen:
            continue
        seen.add(id(sentence))
        for mention in find_dates(sentence.folded.text, language):
            day = resolve(mention, anchor, cap)
            if day is not None:
                return day
    return None


def _initiator(evidence: Sentence, all_sentences: list[Sentence], cues: CueSet, gazetteer: Gazetteer,
               order: list[str], names_written: dict[str, str]) -> str | None:
    start = all_sentences.index(evidence)
    following = [s for s in all_sentences[start + 1:]
                 if evidence.paragraph != TITLE and s.paragraph in (evidence.paragraph, evidence.paragraph + 1)]
    if evidence.paragraph == TITLE:
        following = [s for s in all_sentences if s.paragraph == 0]
    for sentence in [evidence, *following]:
        hits = sorted(((m, rule) for rule in cues.initiator for m in [rule.pattern.search(sentence.folded.text)] if m),
                      key=lambda hit: hit[0].start())
        for match, rule in hits:
            if rule.role == "other_than_subject":
                before = [m.person for m in sentence.mentions if m.person in order and m.end <= match.start()]
                subject = before[-1] if before else (order[0] if order else None)
                others = [pid for pid in order if pid != subject]
                if others:
                    return others[0]
                continue
            a, b = match.span("who")
            who = match.group("who").strip().lower()
            which = next((v for k, v in cues.references.items() if who.startswith(k)), None)
            if which is not None:
                before = [m.person for m in sentence.mentions if m.person in order and m.end <= match.start()]
                if before:
                    return before[-1] if which == "last" else before[0]
                continue
            named = [m.person for m in sentence.mentions if m.person and a <= m.start < b]
            if named:
                if named[0] not in order:
                    order.append(named[0])
                    names_written.setdefault(named[0], next(m.name for m in sentence.mentions if m.person == named[0]))
                return named[0]
            for _, _, countries in gazetteer.country_matcher(cues.language).finditer(match.group("who")):
                codes = {code for code, _ in countries}
                side = [pid for pid in order if gazetteer.person(pid).country in codes]
                if side:
                    return side[0]
    return None


def _place(kind: str | None, evidence: Sentence, paragraphs: list[str], cues: CueSet,
           dateline_place: str | None) -> str | None:
    if kind != "meeting":
        return None  # a call or a letter has no single place
    lead = fold(paragraphs[0]) if paragraphs else None
    for scope in ("evidence", "lead"):
        folded = evidence.folded if scope == "evidence" else lead
        if folded is None:
            continue
        for rule in cues.place:
            if rule.scope != scope:
                continue
            for match in rule.pattern.finditer(folded.text):
                place = _clean_place(folded.original_text(*match.span("place")), cues)
                if place:
                    return place
    return dateline_place


def _clean_place(text: str, cues: CueSet) -> str | None:
    text = text.strip(" ,،.")
    if cues.language == "vi":
        # Vietnamese names of places keep lower-case words inside ("Trụ sở Chính phủ"):
        # take the clause after "tại" up to a function word, without trailing numbers.
        words: list[str] = []
        for word in text.split()[:10]:
            if word in cues.place_end_words:  # lower-case only: "Nhân dân" is part of a name
                break
            words.append(word)
        while words and any(ch.isdigit() for ch in words[-1]):
            words.pop()
        return " ".join(words) if words and words[0][:1].isupper() else None
    # Latin-script place names are the run of capitalised words after "in".
    if text[:1] and text[0].upper() != text[0].lower():
        words = []
        for word in text.split():
            if not word[:1].isupper() or word in cues.place_stopwords:
                break
            words.append(word)
        text = " ".join(words)
    return text or None
