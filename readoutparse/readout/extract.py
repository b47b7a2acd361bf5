"""Reading the readout of an Article: the four stages run in order.

1. :mod:`.mentions`: every name, office, country, cue and modality word of each sentence
   of the title and the lead, in one automaton pass per sentence;
2. :mod:`.participants`: those mentions grouped into people;
3. :mod:`.contacts`: sentences grouped into contacts, the story's one chosen;
4. :mod:`.fields`: its kind, status, day, initiator, host, place and multilateral flag.

Only ``language``, ``title``, ``paragraphs``, ``dateline`` and ``published`` are used, so
any parser, built-in or plugin, gets readouts.  Wire copy puts the readout in the lead,
so only the title and the first few paragraphs are read.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable
from itertools import islice

from ..model import Article, Participant, Readout
from .announcers import without_announcers
from .contact_day import event_date, lasts_days
from .contacts import TITLE, Contact, Unit, choose_contact
from .cues import CueSet, cues_for
from .fields import initiator_and_host
from .kinds import joining_cues, kind_of, multilateral
from .status import appointed_to_attend, stated_held, status_of
from .gazetteer import Gazetteer
from .holders import resolve_holders
from .later_sides import fill_unnamed_sides
from .recall import called_off, recalled_background
from .dialogues import held_dialogues
from .lexicon import DIALOGUE, KIND, Compiled, compiled
from .mentions import Mention, find_mentions
from .occasions import one_occasion
from .names import resolve_people
from .participants import Someone, people_in
from .relative_dates import DateMention, DatelineMatch, local_day, local_moment, parse_dateline, resolve
from .scan import Folded, fold, sentences
from .side_names import side_name
from .sides import unnamed_sides
from .times_of_day import later_today
from .wishes import unwished

__all__ = ["MAX_PARAGRAPHS", "extract", "script_of"]

MAX_PARAGRAPHS = 4
# paragraphs read past the lead only for who an unnamed side of the contact is (later_sides.py)
FURTHER_PARAGRAPHS = 2
# A lead's sentences are a few hundred characters: past these bounds a "sentence" is a list,
# a table or an attack, and reading every pair of mentions in it would cost its square.
MAX_SENTENCES = 40  # per paragraph
MAX_SENTENCE = 1_000  # characters of one sentence that are read
MAX_CANDIDATES = 3  # contacts tried in turn when the first is only recalled
MAX_WISHES = 6  # ... and sentences passed over as wishes (盼与蔡英文通话) besides


def script_of(language: str | None) -> str:
    if language in ("zh-Hans", "zh-Hant"):
        return "zh"
    return language if language in ("en", "vi", "ar") else "en"


def _reader(unit: Unit) -> tuple[dict[int, list[Mention]], list[Someone]]:
    raise AssertionError("replaced by extract() before use")


def _dateline(article: Article, paragraphs: list[str]) -> tuple[int, DatelineMatch | None, dt.date | None, str | None]:
    """(paragraph index of a dateline in the text, its match, the record's dateline day, its place)."""
    if article.dateline is not None and (article.dateline.date or article.dateline.place):
        return -1, None, article.dateline.date, article.dateline.place
    # A wire dateline opens the first paragraph, or the second after a short time stamp line.
    for index in (0, 1)[:len(paragraphs)]:
        folded = fold(paragraphs[index])
        match = parse_dateline(folded.text, article.language)
        if match is not None:
            return index, match, None, folded.original_text(*match.place_span)
    return -1, None, None, None


def extract(article: Article, *, reference_date: dt.date | None = None, gazetteer: Gazetteer,
            inherited_anchor: dt.date | None = None) -> Readout | None:
    language = article.language
    script = script_of(language)
    cues = cues_for(language)
    lexicon = compiled(gazetteer, language)
    paragraphs = [p for p in article.paragraphs[:MAX_PARAGRAPHS] if p.strip()]
    dl_index, dl_match, dl_day, dl_place = _dateline(article, paragraphs)
    if dl_match is not None:
        folded = fold(paragraphs[dl_index])
        paragraphs[dl_index] = paragraphs[dl_index][folded.span(dl_match.end, dl_match.end)[0]:]

    # One pass of the cue automaton over the whole title and lead turns away the pages
    # that name no kind of contact at all (most pages), before any sentence is split.
    joined = fold("\n".join((article.title, *paragraphs)))
    cues_at = lexicon.cue_spans(joined.text)
    if not cues_at:
        return None
    # The page's days are worked out only for a page with a cue word (most have none).
    published = local_day(article.published, language)
    # The outlet's own calendar day (Voice of America writes "今天" in Washington's time); day
    # names and numbers are read against the language's usual zone, the later one, where an
    # Asian event of "星期六" falls on the page's Saturday.
    outlet_day = local_day(article.published, language, article.source)
    cap = published
    anchor = reference_date or published or inherited_anchor
    if dl_match is not None and dl_match.day is not None:
        stated = dl_match.year
        base = anchor or (dt.date(stated, 12, 31) if stated else None)
        dl_day = resolve(DateMention(0, 0, stated, dl_match.month, dl_match.day), base, cap)
    if dl_day is not None and cap is not None and dl_day > cap:
        dl_day = None  # a dateline after the page's own date is a typo; trust neither as the day
    if dl_day is not None:
        anchor = dl_day  # the story's own "today"
    if anchor is not None and cap is not None and anchor > cap:
        anchor = cap
    # the publication moment in the zones the text may count its hours in (outlet's, language's)
    moments = ([local_moment(article.published, language, article.source), local_moment(article.published, language)]
               if isinstance(article.published, dt.datetime) and reference_date is None else [])
    today = outlet_day if reference_date is None and dl_day is None and outlet_day is not None else anchor

    # Sentences as (paragraph index, start, end) in the joined text: where no fold changed
    # a length, each sentence knows from the same pass whether it holds a cue.
    spans: list[tuple[int, int, int]] = [(TITLE, 0, min(len(article.title), MAX_SENTENCE))]
    offset = len(article.title) + 1
    for i, p in enumerate(paragraphs):
        spans += [(i, offset + a, offset + min(b, a + MAX_SENTENCE))
                  for a, b in islice(sentences(p), MAX_SENTENCES)]
        offset += len(p) + 1
    same_positions = len(joined.text) == len(joined.original)
    starts = sorted(cues_at)
    units = []
    for index, a, b in spans:
        if same_positions:
            folded = Folded.same_length(joined.original[a:b], joined.text[a:b])
            has = bisect_left(starts, b) > bisect_left(starts, a)
        else:
            folded = fold(joined.original[a:b])
            has = lexicon.has_cue(folded.text)
        units.append(Unit(index, folded, has, _reader))
    full: set[str] | None = None

    def named() -> set[str]:
        # Who is named in full anywhere decides what short forms mean: one more pass over
        # the names, once per document and only when a short or shared name is met.
        nonlocal full
        if full is None:
            full = set().union(*(lexicon.named_in_full(u.folded.text) for u in units))
        return full

    def read(unit: Unit) -> tuple[dict[int, list[Mention]], list[Someone]]:
        mentions = find_mentions(unit.folded.text, lexicon)
        if any(DIALOGUE in m.cats for m in mentions[KIND]):
            # a title naming a dialogue (台美经济对话达九大成果) names the story's contact
            mentions[KIND] = held_dialogues(unit.folded.text, mentions[KIND], title=unit.paragraph == TITLE)
        found = people_in(unit.folded.text, mentions, language)
        people = resolve_people(unit.folded.text, found, named, gazetteer, anchor,
                                [(m.start, m.end) for m in mentions[KIND]])
        people = resolve_holders(unit.folded.text, people, gazetteer, anchor)
        unnamed = unnamed_sides(unit.folded.text, mentions, script, people)
        return mentions, sorted(people + unnamed, key=lambda p: p.start) if unnamed else people

    for unit in units:
        unit.read = read

    title = next((u for u in units if u.paragraph == TITLE), None)
    passed: list[Unit] = []  # sentences whose contact turned out to be only recalled
    wishes = 0  # sentences passed as only wishes: they do not use up the candidates
    for _attempt in range(MAX_CANDIDATES + MAX_WISHES):
        if len(passed) - wishes >= MAX_CANDIDATES:
            return None
        contact, _recalled = choose_contact(units, script, anchor, passed)
        if contact is None:
            return None
        contact = without_announcers(one_occasion(contact, units, script), script)
        # the kind and the status of the cues no wish governs (…会晤蔡总统时转述，…期待能与蔡总统通电话)
        own = unwished(contact, language, script)
        if own:
            own = joining_cues(contact, own)
        if not own:
            passed.append(contact.unit)  # 菅义伟盼与蔡英文通话: only a wish; the story may report another
            wishes += 1
            continue
        told = contact if len(own) == len(contact.cues) else Contact(contact.unit, own, contact.people, contact.units)
        kind = kind_of(told, cues, units)
        status = status_of(told, script, title, units)
        day, planned = event_date(contact, units, language, script, status == "planned", anchor, cap, published,
                                  dl_day, today)
        status = "planned" if planned else status
        if status == "held" and day is not None and multilateral(contact) and lasts_days(contact, units, language):
            day = None  # 为期四天的外长会议于周六落下帷幕: a summit of several days has no single day
        if (status == "held" and (day is None or (published is not None and day >= published))
                and not stated_held(told, script) and appointed_to_attend(told, language)):
            status = "planned"  # 任命…作为特使，参加…峰会: announced (not 指派…於8月9日率團 of weeks ago)
        if status == "held" and moments and not stated_held(contact, script) and later_today(
                contact, units, language, day, moments):
            status = "planned"  # 今晚8時 on a page of 10:00: still to come
        if day is not None and published is not None and (
                (status == "planned" and day < min(published, outlet_day or published))
                or (status == "held" and day > published + dt.timedelta(days=1))):
            # The page's own day bounds both: an announced contact is never before it, a held one
            # never after it (but for a day of time zones: Tokyo's 14th is Beijing's 13th).  A day
            # that breaks this was read against another "today" (a caller's reference date, a
            # dateline): the text does not fix it.
            day = None
        if called_off(contact, title, language, status):
            return None  # called off: the story's contact does not take place
        if reference_date is None and (
                (status == "held" and day is not None and anchor is not None
                 and day < anchor - dt.timedelta(days=45))
                or recalled_background(contact, status, day, anchor)):
            # A contact weeks before the story's own day, or a past one recalled past the lead, is
            # recalled, not reported; a later sentence may report the story's own ("印中外长在9月
            # 10日的会谈中…" before the commanders' talks of the day).  A caller's reference_date is
            # only a guess at "today", so it decides nothing here.
            passed.append(contact.unit)
            continue
        break
    else:
        return None
    # an unnamed side (访问日本, 中印会谈) a later sentence of the lead names in a contact clause
    contact = fill_unnamed_sides(contact, units, lambda: _further(article, len(paragraphs), lexicon, read), script)
    told = Contact(told.unit, told.cues, contact.people, contact.units)
    initiator, host = initiator_and_host(told, units, cues, kind)
    office_day = day or anchor
    participants = tuple(_participant(p, contact.units, gazetteer, office_day, language) for p in contact.people)
    # an unnamed side known by a short form (中美: 中) is named by its country in full (中国)
    renamed = {p.name: q.name for p, q in zip(contact.people, participants) if p.id is None and q.name != p.name
               and p.vague}
    initiator = renamed.get(initiator, initiator) if initiator is not None else None
    host = renamed.get(host, host) if host is not None else None
    # An announcement's dateline is where it was announced, not where the contact will be.
    place = _place(kind, contact.unit, paragraphs, cues, dl_place if status == "held" else None)
    return Readout(kind=kind, status=status, participants=participants, initiator=initiator, host=host,
                   event_date=day, place=place, evidence=contact.unit.folded.original,
                   multilateral=multilateral(contact))


def _further(article: Article, first: int, lexicon: Compiled,
             read: Callable[[Unit], tuple[dict[int, list[Mention]], list[Someone]]]) -> list[Unit]:
    """The sentences of the paragraphs after the lead that only name an unnamed side's people."""
    out = []
    rest = [p for p in article.paragraphs[MAX_PARAGRAPHS:] if p.strip()][:FURTHER_PARAGRAPHS]
    for i, p in enumerate(rest, start=first):
        for a, b in islice(sentences(p), MAX_SENTENCES):
            folded = fold(p[a:min(b, a + MAX_SENTENCE)])
            unit = Unit(i, folded, lexicon.has_cue(folded.text), read)
            out.append(unit)
    return out


def _participant(p: Someone, units: list[Unit], gazetteer: Gazetteer, day: dt.date | None,
                 language: str | None = None) -> Participant:
    office = p.office
    full = side_name(p, gazetteer.country_lexicon, language)
    if full is not None:
        return Participant(id=None, name=full, country=p.country, organisation=p.organisation, office=office)
    if p.id is not None:
        # The office held on the contact's day, else the title the text gives.
        held = gazetteer.person(p.id).office_on(day)
        office = held.office if held is not None else p.titled
    name = p.name
    joiner = "" if p.pieces and all("\u4e00" <= ch <= "\u9fff" for ch in p.name if not ch.isspace()) else " "
    for unit in units:
        if p.pieces and joiner.join(unit.text[a:b] for a, b in p.pieces) == p.name:
            # a list member's name joined from its parts: each part as the text writes it
            name = joiner.join(unit.folded.original_text(a, b) for a, b in p.pieces)
            break
        at = unit.text.find(p.name, max(0, p.start - 1))
        if at < 0:
            at = unit.text.find(p.name)
        if at >= 0:
            name = unit.folded.original_text(at, at + len(p.name))
            break
    return Participant(id=p.id, name=name, country=p.country, organisation=p.organisation, office=office)


def _place(kind: str | None, evidence: Unit, paragraphs: list[str], cues: CueSet,
           dateline_place: str | None) -> str | None:
    if kind != "meeting":
        return None  # a call or a letter has no single place
    lead = fold(paragraphs[0]) if paragraphs else None
    for scope in ("evidence", "lead"):
        folded: Folded | None = evidence.folded if scope == "evidence" else lead
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
