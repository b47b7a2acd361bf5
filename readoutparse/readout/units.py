"""The records of stage 3: a sentence of the title or lead (``Unit``) and a contact read from it.

A ``Unit`` knows which of its kind cues count: a negated cue is dropped, a weak one-word cue
(``晤``, ``tiếp``, ``received``) counts only with a person beside it, a visit only where it is
announced.  ``contacts.py`` groups units into contacts and chooses the story's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

from .cues import cue_data
from .lexicon import ATTENDANCE, CUE, ENTITY, KIND, MODALITY, NEGATION, NEGATION_CLAUSE, OFFICE, ORG, PLANNED, VISIT, WEAK
from .mentions import Mention
from .participants import Someone
from .scan import CLAUSE_MARK, ORDINAL, Folded
from .sides import TOUR_GAP, VISIT_OBJECT
from .summits import is_multi, named_summits

__all__ = ["TITLE", "Contact", "Unit"]

TITLE = -1  # paragraph index of the title
_HOLDING = re.compile(r"(?:(?P<verb>举行|召开|舉行|召開|举办|舉辦|主持|主持召开|主持召開)(?:的|了)?" + ORDINAL
                      + r"?[「“\"]?[\u4e00-\u9fff－—-]{0,8}|(?:的|了)?" + ORDINAL + r"?)$")
# 菅义伟14日在东亚峰会: a day and a place word between a weak cue's subject and the cue; the
# subject's gloss, the announcing 将 and the leading of a delegation around the day or time too
# (部长（Latin name）今天下午将率团访台, 议长将于本月底访华): a time pushes such a subject out of reach.
_WHEN = (r"(?:(?:\d{1,2}月)?\d{1,2}日|[今昨前明后後]天|[周週][一二三四五六日]|星期[一二三四五六日天]"
         r"|(?:下|本|这|這)(?:个|個)?(?:周|週|星期|月)(?:[一二三四五六日]|[初底中末])?|(?:\d{1,2}月)(?:[上中下]旬|[初底中末])?|月[初底中末]|明年|年[初底中末])")
_ANNOUNCING = r"(?:预计|預計|预定|預定|计划|計劃|拟|擬)"
_GAP = re.compile(r"(?:[（(][^（）()]{1,40}[）)])?(?:[将將][于於]?|" + _ANNOUNCING + r"[将將于於]?)?" + _WHEN
                  + r"(?:上午|下午|晚间|晚間|晚上)?(?:[将將][会會]?|即[将將]|" + _ANNOUNCING + r"[将將]?)?"
                  + r"(?:率团|率團|率领代表团|率領代表團)?(?:在|出席)?")
# 邀集甲（Latin name）与乙到莫斯科会商: the subject's name glossed, then going to the place of the contact
_GOING = re.compile(r"(?:[（(][^（）()]{1,40}[）)])?[将將]?(?:到|来|來|赴|前往|飞往|飛往)[\u4e00-\u9fff]{1,6}?")
_PHRASE_END = re.compile(r"[，,。；;：:！？!?\s]")  # a title's phrases end at a space too
_ALTERNATIVE = ("还是", "還是", "或是")
_WHETHER = re.compile(r"是否|能否|会否|會否|是不是|会不会|會不會|有没有|有沒有")
_TO = "向给給"  # the addressee of a message: 向默克尔夫妇表示慰问, 给普京发去电报
_ADDRESSED_REACH = 10  # characters from the addressee (and title) to the message word
_ATTENDED_REACH = 12  # characters between someone, their attendance verb (将参与) and the summit word
_NEGATED_REACH = 6  # characters between a negation and the attendance verb it denies (并没有出席)
# From a planned word to the visit it announces, in one clause: room for a range of days and a
# list of the countries visited (将于8月25日至9月1日对意大利、荷兰…五国进行正式访问).
_ANNOUNCED_REACH = 40
# 将对议长访台采取报复: a visit inside what 对 governs is the topic of the verb the planned word
# announces; 将对日本进行访问 has the verb of the visit after the country.
_TOPIC = re.compile(r"[对對](?!.*(?:进行|進行|展开|展開))")
_VISITOR = re.compile(r"[了过過]?(?:(?:前来|前來)?(?:来访|到访|來訪|到訪|访华|訪華|来华访问|來華訪問|访台|訪台)的)?")
# Planned words that are only wishes (盼蔡英文能正式访美): no announced visit.
_WISHES = frozenset({"盼", "期待", "有意", "有可能", "可能会", "可能會"})



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
    negated: bool = False  # a kind cue of the sentence was negated (set by cues())
    # Who the title tells of visiting (布林肯到访蒙古): their visit counts though told in the past
    # (set by contacts.py, once no other contact is found).
    visitors: frozenset[str] = frozenset()

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
        clause = [m.end for m in self.mentions[MODALITY] if NEGATION_CLAUSE in m.cats]
        # 没有主持七国集团峰会: a denied attendance verb denies the meeting it governs
        denied = [x.end for x in self.mentions[MODALITY] if ATTENDANCE in x.cats and script == "zh" and any(
            a < x.start and 0 <= x.start - b <= _NEGATED_REACH for a, b in negations)]
        for m in self.mentions[KIND]:
            if CUE not in m.cats:
                continue
            if self.paragraph == TITLE and script == "zh" and self._asked(m):
                # 书信？通话？, 是否致电祝贺新总统？: a title asking whether there is a contact
                self.negated = True
                continue
            if (any(a < m.start and m.start - b <= (4 if script == "zh" else 12) for a, b in negations)
                    or any(b <= m.start and not CLAUSE_MARK.search(self.text, b, m.start) for b in clause)
                    or any(0 <= m.start - b <= _ATTENDED_REACH and not CLAUSE_MARK.search(self.text, b, m.start)
                           for b in denied)):
                self.negated = self.negated or WEAK not in m.cats  # 拒绝…提议 denies no contact
                continue
            if WEAK in m.cats and not self._beside_someone(m, script, after_only=m.text in _object_cues()) and not (
                    self._attended(m, script)):
                continue
            if ("message_exchange" in m.cats[CUE] and script == "zh" and self.text[:m.start].endswith(_joint())
                    and not any(p.start >= m.end for p in self.people)):
                # 习近平同塞内加尔总统就…共致贺电: joint senders, and nobody the message goes to
                continue
            if VISIT in m.cats and not any(
                    PLANNED in x.cats and x.text not in _WISHES and x.end <= m.start and m.start - x.end <= _ANNOUNCED_REACH
                    and not CLAUSE_MARK.search(self.text, x.end, m.start) and not _TOPIC.search(self.text, x.end, m.start)
                    for x in self.mentions[MODALITY]) and not self._told_visit(m):
                # A visit is a contact where it is announced (将访问, 下周出访); one told in the past
                # is the story's setting more often than its contact, unless the title tells of it.
                continue
            out.append(m)
        self._cues = out
        return out

    def _asked(self, m: Mention) -> bool:
        """Whether the contact takes place is asked: the cue word itself (``通话？``, ``访美还是…？``),
        or a whether-word before it in a phrase ending in a question mark (``是否致电祝贺新总统？``)."""
        mark = _PHRASE_END.search(self.text, m.end)
        if mark is None or mark.group() not in "？?":
            return False
        if mark.start() == m.end or self.text.startswith(_ALTERNATIVE, m.end):
            return True
        opens = max((e.end() for e in _PHRASE_END.finditer(self.text, 0, m.start)), default=0)
        return _WHETHER.search(self.text, opens, m.start) is not None

    def allow_visits(self, visitors: frozenset[str]) -> None:
        """Count the past visits of ``visitors`` too (or no longer, given none)."""
        if visitors != self.visitors:
            self.visitors = visitors
            self._cues = None
            self.negated = False

    def visitor_of(self, m: Mention) -> Someone | None:
        """The named person whose visit ``m`` is (默克尔再次出访雅典): the subject right before it."""
        return next((p for p in reversed(self.people) if not p.vague and p.end <= m.start
                     and ((m.start - p.end <= 2 and not re.search(r"[的之与與和同及]", self.text[p.end:m.start]))
                          or _GAP.fullmatch(self.text, p.end, m.start) is not None)
                     and not CLAUSE_MARK.search(self.text, p.end, m.start)), None)

    def _told_visit(self, m: Mention) -> bool:
        """A visit by someone the title tells of visiting: the title's own, or a body sentence's
        naming the same visitor."""
        if not self.visitors:
            return False
        if self.paragraph == TITLE:
            return (p := self.visitor_of(m)) is not None and p.key in self.visitors
        if (p := self.visitor_of(m)) is not None:
            return p.key in self.visitors
        # 先后到访芬兰、希腊: the visitor named elsewhere in the sentence, the countries after the cue
        return any(p.key in self.visitors for p in self.people if not p.vague) and any(
            p.visited and (0 <= p.start - m.end <= 12 or 0 <= m.start - p.end <= 10) for p in self.people)

    def _beside_someone(self, m: Mention, script: str, after_only: bool = False) -> bool:
        # Arabic puts "اليوم (الخميس)" between a subject and its object: "… بوتفليقة اليوم (الخميس) رسائل التهنئة"
        reach = 3 if script == "zh" else 24 if script == "ar" else 14
        start = m.start
        if script == "zh":
            # 举行的峰会, 召开第23次峰会: the object of a verb of holding is the contact itself
            held = _HOLDING.search(self.text, max(0, m.start - 14), m.start)
            if held is not None and held.end() == m.start and held.group("verb"):
                return True
            if held is not None and held.end() == m.start:
                start = held.start()  # 二十国集团领导人第十五次峰会: the ordinal between
        after = m.end
        if script == "zh":
            # 接待了到访的王毅: an aspect particle and the visitor's modifier stand between
            modifier = _VISITOR.match(self.text, m.end)
            after = modifier.end() if modifier else m.end
            if VISIT in m.cats:  # 访问坚定盟邦亚塞拜然: the country visited after its modifier
                after = max(after, VISIT_OBJECT.match(self.text, m.end).end())  # type: ignore[union-attr]
        for p in self.people:
            if VISIT in m.cats and p.visited and p.end <= start and TOUR_GAP.fullmatch(self.text, p.end, start):
                return True  # 对日本、韩国两国进行正式访问: the countries visited stand before
            before = 0 <= start - p.end <= reach or (
                script == "zh" and p.end <= start and (_GAP.fullmatch(self.text, p.end, start) is not None
                                                       or _GOING.fullmatch(self.text, p.end, start) is not None
                                                       or self._addressed(p, m, start)))
            if (before and not after_only) or 0 <= p.start - after <= reach:
                return True  # 陪同 (object_cues) counts with the one accompanied only: 陪同访法的肯尼亚总统
        # Vietnamese "tiếp" + an office word: "tiếp Đại sứ Nhật Bản"; 接待了到访的中国外长王毅.
        return any(0 <= e.start - after <= 1 for e in self.mentions[0])

    def _addressed(self, p: Someone, m: Mention, start: int) -> bool:
        """``向默克尔夫妇表示慰问``, ``给法国总统发去电报``: a message word whose addressee, marked
        by 向 or 给, stands a few words before it in its clause."""
        if "message_exchange" not in m.cats[CUE] or p.start < 1 or self.text[p.start - 1] not in _TO:
            return False
        end = max([p.end] + [e.end for e in self.mentions[ENTITY] if OFFICE in e.cats and e.start == p.end])
        return 0 <= start - end <= _ADDRESSED_REACH and not CLAUSE_MARK.search(self.text, end, start)

    def _attended(self, m: Mention, script: str) -> bool:
        """``川普总统明天将参与线上APEC高峰会``: a summit word (weak) that is the object of someone's
        attendance verb in their clause counts when an organisation (or the word itself) names it."""
        if script != "zh" or not is_multi(self, m):
            return False
        for x in self.mentions[MODALITY]:
            if (ATTENDANCE not in x.cats or not 0 <= m.start - x.end <= _ATTENDED_REACH
                    or CLAUSE_MARK.search(self.text, x.end, m.start)):
                continue
            if m.text not in named_summits() and not any(
                    ORG in e.cats and x.end <= e.start and e.end <= m.start for e in self.mentions[0]):
                continue  # 出席了这次峰会: a summit not named by its organisation is the story's setting
            if any(p.end <= x.start and x.start - p.end <= _ATTENDED_REACH and not p.vague
                   and not CLAUSE_MARK.search(self.text, p.end, x.start) for p in self.people):
                return True
        return False

    def has(self, category: str) -> bool:
        return any(category in m.cats for m in self.mentions[MODALITY])


@attrs.define
class Contact:
    unit: Unit
    cues: list[Mention]
    people: list[Someone]
    units: list[Unit]  # the evidence and the sentences its people came from



@functools.lru_cache(maxsize=1)
def _object_cues() -> frozenset[str]:
    """Weak cues that count only with a person after them (the ``object_cues`` of cues.json)."""
    data = cue_data().get("object_cues", {})
    return frozenset(w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()))


@functools.lru_cache(maxsize=1)
def _joint() -> tuple[str, ...]:
    """Words that make the subjects of a message its joint senders (the ``joint_senders`` of cues.json)."""
    data = cue_data().get("joint_senders", {})
    return tuple(w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, ()))
