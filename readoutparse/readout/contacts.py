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
from collections.abc import Callable, Sequence

import attrs

from .lexicon import (COUNTRY, COUNTRY_SHORT, CUE, ENTITY, KIND, MODALITY, MULTI, NEGATION, ORG, RECALL, REPORTING,
                      SEPARATELY, WEAK)
from .mentions import Mention
from .participants import Someone
from .scan import Folded

__all__ = ["TITLE", "Contact", "Unit", "choose_contact", "sides"]

TITLE = -1  # paragraph index of the title


@attrs.define
class Unit:
    """One sentence of the title or the lead, with what was found in it.

    ``has_cue`` comes from the cheap pass over every sentence; the mentions and people
    are read on first use (``read``), so a sentence no contact can come from is never
    read in full.
    """

    paragraph: int
    folded: Folded
    has_cue: bool
    read: Callable[[Unit], tuple[dict[int, list[Mention]], list[Someone]]]
    _found: tuple[dict[int, list[Mention]], list[Someone]] | None = None
    _cues: list[Mention] | None = None

    @property
    def mentions(self) -> dict[int, list[Mention]]:
        if self._found is None:
            self._found = self.read(self)
        return self._found[0]

    @property
    def people(self) -> list[Someone]:
        if self._found is None:
            self._found = self.read(self)
        return self._found[1]

    @property
    def negations(self) -> list[tuple[int, int]]:
        return [(m.start, m.end) for m in self.mentions[MODALITY] if NEGATION in m.cats]

    @property
    def text(self) -> str:
        return self.folded.text

    def cues(self, script: str) -> list[Mention]:
        """The kind cues that count: negated ones dropped, weak ones only beside a person."""
        if not self.has_cue:
            return []
        if self._cues is not None:
            return self._cues
        out = []
        negations = [(m.start, m.end) for m in self.mentions[MODALITY] if NEGATION in m.cats]
        for m in self.mentions[KIND]:
            if CUE not in m.cats:
                continue
            if any(a < m.start and m.start - b <= (4 if script == "zh" else 12) for a, b in negations):
                continue
            if WEAK in m.cats and not self._beside_someone(m, script):
                continue
            out.append(m)
        self._cues = out
        return out

    def _beside_someone(self, m: Mention, script: str) -> bool:
        reach = 3 if script == "zh" else 14
        for p in self.people:
            if 0 <= m.start - p.end <= reach or 0 <= p.start - m.end <= reach:
                return True
        # Vietnamese "tiếp" + an office word: "tiếp Đại sứ Nhật Bản".
        return any(0 <= e.start - m.end <= 1 for e in self.mentions[0])

    def has(self, category: str) -> bool:
        return any(category in m.cats for m in self.mentions[MODALITY])


@attrs.define
class Contact:
    unit: Unit
    cues: list[Mention]
    people: list[Someone]
    units: list[Unit]  # the evidence and the sentences its people came from


def sides(people: Sequence[Someone]) -> set[str]:
    """The sides present; a group noun (中亚五国外长) stands for several countries at once."""
    out = {s for p in people if (s := p.side) is not None}
    out |= {s + "#2" for p in people if p.group and (s := p.side) is not None}
    return out


def _unique(people: Sequence[Someone]) -> list[Someone]:
    out: list[Someone] = []
    seen: set[tuple[str | None, ...]] = set()
    for p in people:
        if p.principal:
            continue
        key: tuple[str | None, ...] = (p.id,) if p.id else (None, p.name, p.country, p.organisation)
        if key in seen:
            continue
        if p.id is None and p.titled_only and any(
                q.id and q.country == p.country and (q.office is None or p.office in (q.office, q.titled))
                for q in people):
            continue  # "the Egyptian president" beside Sisi: one person
        seen.add(key)
        out.append(p)
    return out


_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|年度)|\b(?:in|since|năm) ((?:19|20)\d\d)\b|عام ((?:19|20)\d\d)")


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


def choose_contact(units: Sequence[Unit], script: str,
                   day: dt.date | None = None) -> tuple[Contact | None, list[Contact]]:
    """(the story's contact or None, the recalled contacts kept apart); ``day``: the story's.

    A sentence of the first two paragraphs naming both sides itself is preferred to one
    that needs the title's people ("两国外长在莫斯科会晤后…" before "王毅与苏杰生10日会晤"
    in the next paragraph); failing that, the first that can borrow them.
    """
    title = next((u for u in units if u.paragraph == TITLE), None)
    body = [u for u in units if u.paragraph != TITLE]
    recalled: list[Contact] = []
    for summit in (False, True):
        # A summit naming one member only is the last resort, after every two-sided reading.
        found = _choose(units, title, body, script, day, recalled, summit)
        if found is not None:
            return found, recalled
    return None, recalled


def _choose(units: Sequence[Unit], title: Unit | None, body: list[Unit], script: str, day: dt.date | None,
            recalled: list[Contact], summit: bool) -> Contact | None:
    for own_sides_only in (True, False):
        lead = [u for u in body if u.paragraph <= 0]
        rest = [u for u in body if u.paragraph > 0]
        pools = (([u for u in body if u.paragraph <= 1],) if own_sides_only
                 else (lead + rest, [title] if title else []))
        for pool in pools:
            for index, unit in enumerate(pool):
                contact = _contact(unit, index, pool, title, script, borrow=not own_sides_only, summit=summit)
                if contact is None:
                    continue
                if _recall_before_cue(unit, contact.cues) or _names_an_earlier_year(unit, day):
                    if contact not in recalled:
                        recalled.append(contact)
                    continue
                if (title is not None and unit is not title and unit.paragraph > 0
                        and not _title_supports(title, contact.people, script)):
                    continue
                return contact
    return None


def _contact(unit: Unit, index: int, pool: Sequence[Unit], title: Unit | None, script: str,
             borrow: bool, summit: bool = False) -> Contact | None:
    cues = unit.cues(script)
    if not cues:
        return None
    people = _unique(unit.people)
    used = [unit]
    if unit.has(SEPARATELY) or (unit.text.rstrip().endswith(("：", ":")) and index + 1 < len(pool)):
        for nxt in pool[index + 1:index + 3]:
            if nxt.paragraph != unit.paragraph and not unit.text.rstrip().endswith(("：", ":")):
                break
            people = _unique(people + nxt.people)
            used.append(nxt)
    if unit.paragraph == TITLE and script == "zh" and len(sides(people)) >= 2:
        # A title's phrases are its clauses: 莫迪致电拜登谈印太合作 印外长：… names no third party.
        spans = _phrases_with(unit.text, cues)
        kept = [p for p in people if any(a <= p.start < b for a, b in spans)]
        if len(kept) < len(people) and len(sides(kept)) >= 2:
            people = kept
    if borrow and len(sides(people)) < 2 and title is not None and unit is not title:
        borrowed = _unique(people + title.people)
        if len(sides(borrowed)) >= 2:
            people, used = borrowed, used + [title]
    if len(sides(people)) < 2 and not (summit and script == "zh" and people and _summit_of(unit, cues, people)):
        return None
    # Someone named only as a possessive (现任美国总统川普的盟友) is no participant when
    # the contact has its sides without them.
    kept = [p for p in people if not p.possessive]
    if len(kept) < len(people) and len(sides(kept)) >= 2:
        people = kept
    if script == "zh" and all(c.text in _SUMMONS for c in cues) and all(
            any(p is q for q in unit.people) and p.start > cues[0].start for p in people):
        return None  # 伊朗召见德法大使: the ambassadors summoned are one side, the summoner is unnamed
    if script == "zh":
        kept = [p for p in people if not _commentator(unit, p, cues)]
        if len(kept) < len(people) and len(sides(kept)) >= 2:
            people = kept
    return Contact(unit, cues, people, used)


def _phrases_with(text: str, cues: list[Mention]) -> list[tuple[int, int]]:
    """The space-delimited phrases of a title that hold a cue."""
    out = []
    for m in re.finditer(r"[^\s]+", text):
        if any(m.start() <= c.start < m.end() for c in cues):
            out.append(m.span())
    return out


# What makes an organisation's meeting one of leaders or ministers (上海合作组织成员国元首理事会视频会议).
_SUMMIT_WORDS = re.compile(r"元首|首脑|首腦|领导人|領導人|峰会|峰會|外长|外長|部长级|部長級")


def _summit_of(unit: Unit, cues: list[Mention], people: Sequence[Someone]) -> bool:
    """A summit of an organisation's members (``习近平在上海合作组织成员国元首理事会视频会议上``,
    ``APEC峰会``): a contact among its members even when the sentence names one of them only.
    The organisation is not itself a participant."""
    own = {p.side for p in people}
    for org in unit.mentions[ENTITY]:
        if ORG not in org.cats or own & set(org.cats[ORG]):
            continue
        for c in cues:
            phrase = unit.text[org.start:c.end]
            if (0 <= c.start - org.end <= 16 and not re.search(r"[，。；：,;]", phrase)
                    and (_SUMMIT_WORDS.search(phrase) or any(MULTI in m.cats and org.end <= m.start < c.end + 1
                                                             for m in unit.mentions[MODALITY]))):
                return True
    return False


_SUMMONS = frozenset({"召见", "召見", "约见", "約見", "传召", "傳召"})


# After the contact's cue, a clause about someone: 就维斯特奇尔访台提出交涉, 批评…, 针对….
_TOPIC_BEFORE = re.compile(r"(?:就|对|對|对于|對於|针对|針對|批评|批評|谴责|譴責|关于|關於|有关|有關)[^，。；：,;]{0,12}$")
# A reporting verb right after a name, time words between: 发言人赵立坚今天说.
_SPEAKS_AFTER = re.compile(r"(?:[今昨前明]天|今日|昨日|稍早|稍后|稍後|也|则|則|还|還|并|並|随后|隨後|[周週][一二三四五六日]|星期[一二三四五六日天])?")


def _commentator(unit: Unit, p: Someone, cues: list[Mention]) -> bool:
    """Someone named only after the contact's cue as its commentator or its topic
    (``…會晤蔡英文，中國外交部發言人趙立堅今天說``, ``约见…大使，就…议长维斯特奇尔访台提出交涉``):
    no participant.  Whoever is also named before the cue is one."""
    first = cues[0].start
    text = unit.text
    if p.start < first or p.name in text[:p.start] or any(q.key == p.key and q.start < p.start for q in unit.people):
        return False
    if _TOPIC_BEFORE.search(text[max(0, p.start - 14):p.start]) and not any(
            m.start < p.start and m.end > p.start - 14 for m in cues if m.start > first):
        return True
    for m in unit.mentions[MODALITY]:
        if REPORTING in m.cats and 0 <= m.start - p.end <= 4 and _SPEAKS_AFTER.fullmatch(text[p.end:m.start]):
            return True
    return False


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

