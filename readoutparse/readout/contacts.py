"""Stage 3: sentences grouped into contacts, and the story's contact chosen.

A contact is a sentence naming a kind of contact (a cue word that is not negated and,
for the weak one-word cues such as ``晤``, ``tiếp`` or ``received``, has a person next
to it) and the people in it.  It is diplomatic only when its people stand for at least
two sides (two countries, or a country and an organisation): a president meeting his
vice-president is none.  A sentence that recalls a contact (``此前``, ``previously``) is
kept apart, never the story's contact.  The story's contact is the first diplomatic one
in the lead (first paragraphs, then the title), its people completed from the title
and, after ``分别会见`` / ``separately``, from the sentences that continue the list.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .both_sides import both_sides_named_before
from .bystanders import aside_dropped, commentator, phrases_with
from .writers import with_counterparts
from .lexicon import COUNTRY, COUNTRY_SHORT, CUE, KIND, MODALITY, NEGATION, ORG, PLANNED, RECALL, SEPARATELY, VISIT
from .mentions import Mention
from .participants import Someone
from .scan import CLAUSE_MARK
from .sides import SUMMONS, sides, unique
from .summits import attendees_after, is_multi, organisation_summit, pair_sides, summit_held, summit_members
from .units import TITLE, Contact, Unit

__all__ = ["TITLE", "Contact", "Unit", "choose_contact", "sides", "unique"]

_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|年度)(?!以来|以來|来|來|起|至今)|\b(?:in|since|năm) ((?:19|20)\d\d)\b|عام ((?:19|20)\d\d)")


def _names_an_earlier_year(unit: Unit, day: dt.date | None) -> bool:
    """"2016年12月特朗普当选时…": a year before the story's own names a recalled contact
    (last year's late December early in January is still news)."""
    if day is None:
        return False
    for m in _YEAR.finditer(unit.text):
        stated = int(next(g for g in m.groups() if g))
        if stated < day.year - 1 or (stated == day.year - 1 and day.month > 1):
            return True
    return False


def choose_contact(units: Sequence[Unit], script: str, day: dt.date | None = None,
                   passed: Sequence[Unit] = ()) -> tuple[Contact | None, list[Contact]]:
    """(the story's contact or None, the recalled contacts kept apart); ``day``: the story's;
    ``passed``: sentences not to read a contact from (their contact was found to be recalled).

    A sentence of the first two paragraphs naming both sides itself is preferred to one
    that needs the title's people ("两国外长在莫斯科会晤后…" before "王毅与苏杰生10日会晤"
    in the next paragraph); failing that, the first that can borrow them.
    """
    title = next((u for u in units if u.paragraph == TITLE), None)
    body = [u for u in units if u.paragraph != TITLE]
    recalled: list[Contact] = []
    if title is not None and not title.cues(script) and title.negated:
        # "蔡英文：没有与菅义伟通话的规划", "教宗拒绝会见蓬佩奥": the story is a contact that
        # does not take place; whatever else the lead mentions is background.
        return None, recalled
    if title is not None and _title_calls_off(title, script):
        # "今年日中韩首脑峰会难以进行", "视频会议推迟": the story is a contact put off; whatever
        # else the lead mentions (a video meeting it might become) is not held.
        return None, recalled
    for summit, both in ((False, False), (True, False), (False, True)):
        # A summit naming one member only is the last resort, after every two-sided reading;
        # "both sides" standing for the sides named before (双方将举行会谈) comes after it.
        found = _choose(units, title, body, script, day, recalled, passed, summit, both)
        if found is not None:
            return found, recalled
    visitors = _title_visitors(title) if title is not None and script == "zh" and title.has_cue else frozenset()
    if visitors:
        # Last of all, the visit the title tells of, though told in the past (布林肯到访蒙古引发抗议).
        for u in units:
            u.allow_visits(visitors)
        try:
            found = _choose(units, title, body, script, day, recalled, passed, False)
        finally:
            for u in units:
                u.allow_visits(frozenset())
        if found is not None:
            return found, recalled
    return None, recalled


def _choose(units: Sequence[Unit], title: Unit | None, body: list[Unit], script: str, day: dt.date | None,
            recalled: list[Contact], passed: Sequence[Unit], summit: bool, both: bool = False) -> Contact | None:
    # Sides named in the sentence, then borrowed from the title, then, for want of anyone,
    # unnamed officials of the sides the sentence names (中印两国举行会谈).
    for own_sides_only, unnamed in ((False, True),) if both else ((True, False), (False, False), (False, True)):
        lead = [u for u in body if u.paragraph <= 0]
        rest = [u for u in body if u.paragraph > 0]
        pools = (([u for u in body if u.paragraph <= 1],) if own_sides_only
                 else (lead + rest, [title] if title else []))
        for pool in pools:
            for index, unit in enumerate(pool):
                if any(unit is u for u in passed):
                    continue
                if (not own_sides_only and title is not None and unit is not title and unit.paragraph >= _FAR
                        and pool is not pools[-1]):
                    # 特朗普在电话中告诉普京 over a talks of June in the fourth paragraph: a title
                    # naming both sides of its contact comes before the body's later paragraphs.
                    told = _titles_own(title, script, day, passed, summit, unnamed, body)
                    if told is not None:
                        return told
                contact = _contact(unit, index, pool, title, script, borrow=not own_sides_only, summit=summit,
                                   unnamed=unnamed, lead=body, both=both)
                if contact is None:
                    continue
                if _recall_before_cue(unit, contact.cues) or _names_an_earlier_year(unit, day):
                    if contact not in recalled:
                        recalled.append(contact)
                    continue
                if (title is not None and unit is not title and unit.paragraph > 0
                        and not _title_supports(title, contact.people, script)
                        and (title.cues(script) or not _lead_announces(body, contact, script))):
                    continue
                return contact
    return None


_FAR = 2  # the first paragraph of the body a title's own two-sided contact is preferred to


def _titles_own(title: Unit, script: str, day: dt.date | None, passed: Sequence[Unit], summit: bool,
                unnamed: bool, lead: Sequence[Unit]) -> Contact | None:
    """The title's contact when its own people name both of its sides and it recalls nothing."""
    if any(title is u for u in passed):
        return None
    contact = _contact(title, 0, [title], None, script, borrow=False, summit=summit, unnamed=unnamed, lead=lead)
    if contact is None or len(sides([p for p in contact.people if not p.vague])) < 2:
        return None
    if _recall_before_cue(title, contact.cues) or _names_an_earlier_year(title, day):
        return None
    return contact


def _contact(unit: Unit, index: int, pool: Sequence[Unit], title: Unit | None, script: str,
             borrow: bool, summit: bool = False, unnamed: bool = False, lead: Sequence[Unit] = (),
             both: bool = False) -> Contact | None:
    cues = unit.cues(script)
    if summit and script == "zh" and unnamed:
        held = summit_held(unit, cues, lead, TITLE)
        if held is not None:
            return Contact(unit, *held)
    attendees = attendees_after(unit, index, pool, cues, script) if unit.paragraph != TITLE else None
    if not cues and unit.has_cue and attendees is not None:
        # a summit word alone (峰会, قمة) is weak; the attendance list after it makes it a contact
        cues = [m for m in unit.mentions[KIND] if CUE in m.cats and is_multi(unit, m)]
    # 中欧峰会, 中印第八轮军长级会谈: a pair of short forms names both sides of its contact word
    pair = pair_sides(unit) if unnamed and script == "zh" and unit.has_cue else None
    if not cues and pair is not None:
        cues = [pair[0]]
    if not cues:
        return None
    people = aside_dropped(unit, unique(unit.people))
    private: list[Someone] = []  # a counterpart of no known country: a side of its own
    if script == "zh" and len(sides([p for p in people if not p.vague])) == 1:
        people, private = with_counterparts(unit, cues, people, pool[index + 1:])
    used = [unit]
    if attendees is not None and len(sides(people)) < 2:
        people = unique(people + attendees.people)
        used.append(attendees)
    if unit.has(SEPARATELY) or (unit.text.rstrip().endswith(("：", ":")) and index + 1 < len(pool)):
        for nxt in pool[index + 1:index + 3]:
            if nxt.paragraph != unit.paragraph and not unit.text.rstrip().endswith(("：", ":")):
                break
            people = unique(people + nxt.people)
            used.append(nxt)
    # Unnamed officials of a side (中印两国, 美中两军) count only where nobody better is there.
    vague = [p for p in people if p.vague]
    people = [p for p in people if not p.vague]
    if script == "zh" and len(sides(people)) >= 2:
        # A title's phrases are its clauses: 莫迪致电拜登谈印太合作 印外长：… names no third party.
        spans = phrases_with(unit.text, cues)
        kept = [p for p in people if any(a <= p.start < b for a, b in spans)] if unit.paragraph == TITLE else people
        # ... and a heading of two contacts (A同B互致贺电 C同D互致贺电) tells the first one, when it
        # names both its sides
        first = [p for p in kept if spans and spans[0][0] <= p.start < spans[0][1]]
        if len(spans) > 1 and len(sides(first)) >= 2:
            kept = first
        if len(kept) < len(people) and len(sides(kept)) >= 2:
            people = kept
    if borrow and len(sides(people)) < 2 and title is not None and unit is not title:
        borrowed = unique(people + [p for p in title.people if not p.vague])
        if len(sides(borrowed)) >= 2:
            people, used = borrowed, used + [title]
    # ... and only as the subject of a contact verb of their clause (中印两国…举行会谈).
    vague = [p for p in vague if p.delegation or any(
        (c.start >= p.end and not CLAUSE_MARK.search(unit.text, p.end, c.start)) if not p.visited
        # the hosts of a visit that counts (an announced one), not of a visit told in passing
        else VISIT in c.cats and (c.start <= p.start < c.end or 0 <= p.start - c.end <= 40 or 0 <= c.start - p.end <= 10
                                  or (0 <= c.start - p.end <= 40 and not CLAUSE_MARK.search(unit.text, p.end, c.start)))
        for c in cues)]
    if len(sides(people)) < 2 and vague and unnamed:
        have = sides(people)
        people = people + [p for p in vague if p.side not in have]
    if len(sides(people)) < 2 and pair is not None:
        have = sides(people)
        people = people + [p for p in pair[1] if p.side not in have]
    if len(sides(people)) < 2 and both and cues:
        # 双方已商定将于近日举行通话: the two sides the story named before
        named_before = both_sides_named_before(unit, cues, pool[:index], title, script)
        if named_before is not None:
            people, used = named_before[0], used + [named_before[1]]
    # A summit of one named member is the last resort, read once no sentence names two sides.
    if len(sides(people)) + any(p is q for p in people for q in private) < 2:
        if not (summit and script == "zh" and people and organisation_summit(unit, cues, people)):
            return None
        # 菅义伟在东亚峰会上…: the other members are those the lead names at the same summit
        members = summit_members(unit, lead, TITLE, have=frozenset(sides(people)))
        used += [u for u in lead if u not in used and any(p is q for p in members for q in u.people)]
        people = unique(people + members)
    # Someone named only as a possessive (现任美国总统川普的盟友) is no participant when
    # the contact has its sides without them.
    kept = [p for p in people if not p.possessive]
    if len(kept) < len(people) and len(sides(kept)) >= 2:
        people = kept
    if script == "zh" and all(c.text in SUMMONS for c in cues) and all(
            any(p is q for q in unit.people) and p.start > cues[0].start for p in people):
        # 伊朗召见德法大使: the ambassadors summoned are one side, the summoner (sides.py) the other
        summoner = next((p for p in vague if p.end <= cues[0].start), None)
        if summoner is None:
            return None
        people = [summoner, *people]
    if script == "zh":
        kept = [p for p in people if not commentator(unit, p, cues)]
        if len(kept) < len(people) and len(sides(kept)) >= 2:
            people = kept
    return Contact(unit, cues, people, used)


def _title_visitors(title: Unit) -> frozenset[str]:
    """Who the title reports visiting (布林肯到访蒙古, 默克尔再次出访雅典): the story is that visit,
    even told in the past.  Not a visit wished, announced (counted anyway), denied or recalled."""
    from .recall import called_off_words  # recall.py reads this module

    off = called_off_words("zh-Hans")
    if off is not None and off.search(title.text):
        return frozenset()  # 取消访问韩国: not held
    out = set()
    for m in title.mentions[KIND]:
        if VISIT not in m.cats or CUE not in m.cats or any(m.cats[VISIT]):
            # 访台, 访华: a visit to the place the outlet writes from or about is told mostly for the
            # reactions to it; a tour (出访, 到访 + the countries) is the story itself.
            continue
        p = title.visitor_of(m)
        mark = CLAUSE_MARK.search(title.text, m.end)
        if p is None or (mark is not None and mark.group() in "？?"):
            continue  # 部长访台？: a question
        if any(x.start < m.start and (x.cats.keys() & {PLANNED, RECALL, NEGATION}) and (
                not CLAUSE_MARK.search(title.text, x.end, m.start)) for x in title.mentions[MODALITY]):
            continue
        out.add(p.key)
    return frozenset(out)


_OFF_REACH = 6  # characters between a title's cue and the word calling it off (峰会难以进行)


def _title_calls_off(title: Unit, script: str) -> bool:
    """Every kind cue of the title is called off right after it, in its phrase (峰会难以进行)."""
    from .recall import called_off_words  # recall.py reads this module

    if script != "zh" or not title.has_cue:
        return False
    off = called_off_words("zh-Hans")
    kinds = [m for m in title.mentions[KIND] if CUE in m.cats]
    if off is None or not kinds:
        return False
    for m in kinds:
        found = off.search(title.text, m.end, m.end + _OFF_REACH + 4)
        if (found is None or found.start() - m.end > _OFF_REACH
                or re.search(r"[\s，,。；;：:]", title.text[m.end:found.start()])):
            return False
    return True


def _lead_announces(body: Sequence[Unit], contact: Contact, script: str) -> bool:
    """The first paragraph names a contact of the same kind without its people ("东盟十国与…领导人
    以视频会议方式举行…会议"), which the later sentence names ("李克强在北京出席视频会议")."""
    kinds = {k for m in contact.cues for k in m.cats[CUE]}
    return any(u.paragraph == 0 and not u.people and kinds & {k for m in u.cues(script) for k in m.cats[CUE]}
               for u in body)



def _recall_before_cue(unit: Unit, cues: list[Mention]) -> bool:
    first = cues[0].start
    return any(RECALL in m.cats and m.start < first for m in unit.mentions[MODALITY])


def _title_supports(title: Unit, people: Sequence[Someone], script: str) -> bool:
    """A story about a contact names a kind cue, or one of its sides, in the title."""
    if title.cues(script) or not title.text.strip():
        return True
    if script == "zh" and title.has_cue and any(CUE in m.cats for m in title.mentions[KIND]):
        return True  # 中歐峰會: a title naming a kind of contact, even with no one beside the word
    keys = {p.key for p in people} | sides(people)
    if any(p.key in keys or p.side in keys for p in title.people):
        return True
    codes = {c for m in title.mentions[0] for cat in (COUNTRY, COUNTRY_SHORT, ORG) for c in m.cats.get(cat, ())}
    return bool(codes & sides(people))

