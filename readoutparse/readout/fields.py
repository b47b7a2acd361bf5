"""Stage 4: the fields of the chosen contact: kind, status, date, initiator, host, place, multilateral."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from .contacts import TITLE, Contact, Unit, sides
from .cues import CueSet, cue_data
from .initiative import is_mutual, proposer, title_sender
from .lexicon import (BILATERAL, COUNTRY, COUNTRY_SHORT, ENTITY, HELD, MODALITY, MULTI, ORG, PLANNED, REPORTING,
                      SEPARATELY, SUBJECT, VAGUE)
from .participants import Someone
from .relative_dates import DateMention, find_dates, resolve, resolve_forward
from .scan import LANGUAGES

__all__ = ["event_date", "initiator_and_host", "kind_of", "multilateral", "status_of"]

# "计划…到访日本，并与…会谈" is one clause: a comma before 并/将/与 continues it.
_CLAUSE_END = re.compile(r"，(?![并並将將还還也与與同和再])|[；;。!！?？]|, (?!and )")
# Modality words that may follow the contact they qualify ("会议将于10月举行"); 即将 does
# not ("会见即将离任的大使").
_PLANNED_AFTER = frozenset({"将于", "將於", "将在", "將在", "定于", "定於", "拟于", "擬於", "计划于", "計劃於",
                            "is scheduled to", "is expected to", "is set to", "من المقرر", "dự kiến"})
_PLANNED_SUBJECT = frozenset({"将", "將", "将会", "將會", "预计", "預計", "可望", "料将", "料將", "或将", "或將"})
_PAREN = re.compile(r"[（(][^（）()]{0,60}[）)]")


def kind_of(contact: Contact, cues: CueSet) -> str | None:
    return cues.best_kind([k for m in contact.cues for k in m.cats["cue"] if k != "contact"])


def status_of(contact: Contact, script: str) -> str:
    """``planned`` when the nearest modality word before the contact's cue says so (将于, will, sẽ, سوف)."""
    unit = contact.unit
    cue = contact.cues[0]
    text = unit.text
    best: tuple[int, str] | None = None
    for m in unit.mentions[MODALITY]:
        for category in (PLANNED, HELD):
            if category not in m.cats:
                continue
            if m.start <= cue.start:
                # The same clause only: "…说，他将于…" still counts, "…将…。他会见" does not.
                between = text[m.end:cue.start]
                if len(between) > 90 or _CLAUSE_END.search(_PAREN.sub("", between)):
                    continue
                if m.text in ("即将", "即將") and "的" in between[:8]:
                    continue  # 即将离任的首相: the word qualifies a person, not the contact
                if best is None or m.start >= best[0]:
                    best = (m.start, category)
            elif m.start - cue.end <= (3 if script == "zh" else 2) and category == PLANNED and script == "ar":
                best = (m.start, category)
    if best is None:
        # The contact named first, its modality after: "外长会议最快将于10月初举行".
        for m in unit.mentions[MODALITY]:
            if (PLANNED in m.cats and m.text.lower() in _PLANNED_AFTER and 0 <= m.start - cue.end <= 24
                    and not _CLAUSE_END.search(text, cue.end, m.start)):
                return "planned"
            # "峰会将提前到9月初举行", "会谈预计下周举行": the contact is the subject of the future
            # (not "会谈后将签署", something after it).
            if (PLANNED in m.cats and m.text in _PLANNED_SUBJECT and 0 <= m.start - cue.end <= 2
                    and not any(ch in "后後中时時上前" for ch in text[cue.end:m.start])):
                return "planned"
    # Arabic future prefix glued to the verb cue itself: سيلتقي، ستعقد.
    if script == "ar" and any(m.text.startswith(("سي", "ست")) and PLANNED in m.cats for m in unit.mentions[MODALITY]
                              if abs(m.start - cue.start) <= 2):
        return "planned"
    return "planned" if best is not None and best[1] == PLANNED else "held"


def _scopes(contact: Contact, units: Sequence[Unit], planned: bool) -> list[Unit]:
    ev = contact.unit
    if planned:
        return [ev]
    same = [u for u in units if u.paragraph == ev.paragraph and u is not ev and ev.paragraph != TITLE]
    # A caption-like short paragraph leaves the day to the paragraph after it.
    short = ev.paragraph != TITLE and sum(len(u.text) for u in units if u.paragraph == ev.paragraph) < 80
    after = [u for u in units if short and u.paragraph == ev.paragraph + 1]
    lead = [u for u in units if u.paragraph == 0 and u is not ev]
    return [ev] + same + after + lead


def _bound_to_reporting(unit: Unit, mention: DateMention, script: str) -> bool:
    """``朝中社今天报道``: a day that belongs to the reporting verb, not to the contact."""
    reach = 3 if script == "zh" else 12
    return any(REPORTING in m.cats and 0 <= m.start - mention.end <= reach for m in unit.mentions[MODALITY])


def event_date(contact: Contact, units: Sequence[Unit], language: str | None, script: str, planned: bool,
               anchor: dt.date | None, cap: dt.date | None, page_day: dt.date | None,
               dateline_day: dt.date | None) -> tuple[dt.date | None, bool]:
    """(the contact's day, whether it is planned after all).

    A held contact is dated backwards from the anchor, a planned one forwards.  A day and
    month that fall shortly after the anchor (``9月25日`` on a page of 22 September) say
    the contact is announced, whatever the verb: it is dated forward and marked planned,
    never read as the same day a year before.
    """
    ev = contact.unit
    reported_only = False  # the evidence dates its reporting verb only ("周四表示，他与…通电话")
    for unit in _scopes(contact, units, planned):
        found = list(find_dates(unit.text, language))
        mentions = [d for d in found if not _bound_to_reporting(unit, d, script)]
        if unit is ev and found and not mentions:
            reported_only = True
        # "今天1月14日": the numbers beside a word name the day better than the word.
        mentions = [d for i, d in enumerate(mentions)
                    if not (d.day is None and i + 1 < len(mentions) and mentions[i + 1].day is not None
                            and mentions[i + 1].start - d.end <= 2)]
        for mention in mentions:
            if planned:
                day = resolve_forward(mention, anchor, page_day)
            else:
                ahead = _shortly_after(mention, anchor)
                if ahead is not None and page_day is not None and ahead < page_day and unit is ev:
                    return None, True  # announced from a dateline older than the page: no day before it
                if ahead is not None and mention.month is None:
                    # "14日" on the 13th, in any sentence read for the day: never last month's
                    # 14th; a held verb keeps it held ("14日举行了会谈": another zone's day).
                    return ahead, planned or not _held_in_clause(unit, mention)
                if ahead is not None and unit is ev:
                    return ahead, True
                day = resolve(mention, anchor, cap)
            if day is not None:
                return day, planned
        if unit is ev and any(VAGUE in m.cats for m in unit.mentions[MODALITY]):
            return None, planned  # "上月", "last December": a month, not the story's day
    if planned or ev.paragraph == TITLE or reported_only:
        return None, planned  # the day of the report is not the day of the contact
    return dateline_day, planned


def _held_in_clause(unit: Unit, mention: DateMention) -> bool:
    """A held word (已, 了, had) in the date's own clause: "14日举行了会谈", not "…的方向，展开了协调"."""
    text = unit.text
    for m in unit.mentions[MODALITY]:
        if HELD not in m.cats:
            continue
        a, b = (mention.end, m.start) if m.start >= mention.end else (m.end, mention.start)
        if not _CLAUSE_END.search(text, a, b):
            return True
    return False


def _shortly_after(mention: DateMention, anchor: dt.date | None) -> dt.date | None:
    if anchor is None or mention.day is None or mention.year is not None:
        return None
    if mention.month is None:
        # "14日" on the 13th: a day of this month still to come.  Read backwards it would be
        # last month's, which no report writes without the month; so it is announced.
        if anchor.day < mention.day <= anchor.day + 10:
            return resolve_forward(mention, anchor, anchor)
        return None
    day = resolve_forward(mention, anchor, anchor)
    if day is not None and anchor + dt.timedelta(days=1) < day <= anchor + dt.timedelta(days=90):
        return day
    return None


@functools.lru_cache(maxsize=None)
def _chairs(language: str | None) -> re.Pattern[str]:
    """The ``chairs`` words of cues.json (主持, chaired) for ``language`` and its fallbacks."""
    data = cue_data()
    langs = (language, *data.get("fallbacks", {}).get(language, ())) if language in LANGUAGES else LANGUAGES
    words = sorted({w for lang in langs for w in data.get("chairs", {}).get(lang, ())}, key=len, reverse=True)
    parts = [re.escape(w) if any("\u4e00" <= ch <= "\u9fff" for ch in w) else r"\b" + re.escape(w) + r"\b"
             for w in words]
    return re.compile("|".join(parts) or r"(?!)", re.IGNORECASE)


def _subject(contact: Contact, before: int) -> Someone | None:
    """The participant named last before a verb: its subject (习近平致电…, 特朗普…习近平致电慰问)."""
    text = contact.unit.text
    # 向金正恩致贺电, 给拜登打电话: who comes after 向/给 receives; the subject is before it.
    cut = max(text.rfind(marker, 0, before) for marker in ("向", "给", "給"))
    if cut >= 0 and not _CLAUSE_END.search(text, cut, before):
        before = cut
    ahead = [p for p in contact.unit.people if not p.principal and p.start < before]
    for p in reversed(ahead):
        for q in contact.people:
            if q.key == p.key:
                return q
    return None


def _who(contact: Contact, unit: Unit, a: int, b: int, cues: CueSet) -> Someone | None:
    people = contact.people
    named = [p for p in unit.people if p.end > a and p.start < b and not p.principal]
    for p in named:
        for q in people:
            if q.key == p.key:
                return q
    codes = {c for m in unit.mentions[ENTITY] if m.end > a and m.start < b
             for cat in (COUNTRY, COUNTRY_SHORT, ORG) for c in m.cats.get(cat, ())}
    side = [p for p in people if p.side in codes]
    if side:
        return side[0]
    if named:
        people.append(named[0])
        return named[0]
    return None


def initiator_and_host(contact: Contact, units: Sequence[Unit], cues: CueSet) -> tuple[str | None, str | None]:
    ev = contact.unit
    start = list(units).index(ev)
    following = [u for u in units[start + 1:] if ev.paragraph != TITLE and u.paragraph in (ev.paragraph, ev.paragraph + 1)]
    if ev.paragraph == TITLE:
        following = [u for u in units if u.paragraph == 0]
    initiator: Someone | None = None
    host: Someone | None = None
    for unit in [ev, *following]:
        text = unit.text
        hits = sorted(((m, rule) for rule in cues.initiator for m in [rule.pattern.search(text)] if m),
                      key=lambda hit: hit[0].start())
        for match, rule in hits:
            if rule.role == "other_than_subject":
                subject = _subject(contact, match.start()) or (contact.people[0] if contact.people else None)
                others = [p for p in contact.people if subject is None or p.key != subject.key]
                if others and initiator is None:
                    initiator = others[0]
                continue
            a, b = match.span("who")
            who = match.group("who").strip().lower()
            which = next((v for k, v in cues.references.items() if who.startswith(k)), None)
            if which is not None:
                before = [p for p in unit.people if p.end <= match.start() and not p.principal]
                found = (before[-1] if which == "last" else before[0]) if before else None
            else:
                found = _who(contact, unit, a, b, cues)
            if found is None:
                continue
            if rule.role == "host":
                host = host or found
            elif initiator is None:
                initiator = found
        if initiator is not None or host is not None:
            break
    if host is None and contact.cues:
        # 习近平在西安主持首届中国－中亚峰会: who chairs the meeting hosts it
        chair = _chairs(cues.language).search(ev.text, 0, contact.cues[0].start)
        if chair is not None and not _CLAUSE_END.search(ev.text, chair.end(), contact.cues[0].start):
            host = _subject(contact, chair.start())
    if initiator is None:
        # 致电, sent a message, phoned: the sentence's subject placed the contact; Arabic
        # puts the subject after the verb (بعث الرئيس ...).
        subject_cues = [m for m in ev.mentions[MODALITY] if SUBJECT in m.cats]
        if subject_cues:
            if cues.language == "ar":
                after = [p for p in ev.people if not p.principal and p.start >= subject_cues[0].end]
                initiator = next((q for p in after[:1] for q in contact.people if q.key == p.key), None)
            else:
                initiator = _subject(contact, subject_cues[0].start)
        if any(is_mutual(ev, m.start) for m in [*contact.cues, *subject_cues[:1]]):
            initiator = None  # 互致贺电, exchanged messages: both sent
        elif initiator is None:
            initiator = (proposer(contact, units)
                         or title_sender(contact, units, lambda u, at: _subject(Contact(u, [], contact.people, []), at)))
    return (None if initiator is None else initiator.key), (None if host is None else host.key)


def multilateral(contact: Contact) -> bool:
    mods = contact.unit.mentions[MODALITY]
    if any(p.group for p in contact.people):
        return True
    if any(SEPARATELY in m.cats for m in mods):
        return False  # 分别会见, met separately: bilateral meetings one after another
    if len(sides(contact.people)) >= 3:
        return True
    return any(MULTI in m.cats for m in mods) and not any(BILATERAL in m.cats and MULTI not in m.cats for m in mods)
