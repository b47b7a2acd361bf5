"""What sort of contact it is: its kind (a call, a video call, a meeting, a message) and whether
it is multilateral, read from the chosen contact's own cues and the lead around it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .contact_day import CLAUSE_END
from .contacts import TITLE, Contact, Unit, sides
from .cues import CueSet, section_pattern
from .summits import is_multi
from .lexicon import ATTENDANCE, BILATERAL, CARRY, CUE, KIND, MODALITY, MULTI, PLANNED, RECALL, SEPARATELY
from .mentions import Mention
from .participants import Someone

__all__ = ["joining_cues", "kind_of", "multilateral", "summit_online_nearby"]


# 致电 is a cable or a call: a cable when its clause congratulates, condoles or thanks
# (习近平致电祝贺…), a call otherwise (莫迪致电拜登谈印太合作).
_CABLE_OR_CALL = frozenset({"致电", "致電"})
_CABLE_WORDS = re.compile(r"祝贺|祝賀|贺|賀|慰问|慰問|问候|問候|吊唁|弔唁|唁|哀悼|致哀|感谢|感謝|致意|祝愿|祝願|恭喜")


def kind_of(contact: Contact, cues: CueSet, lead: Sequence[Unit] = ()) -> str | None:
    kinds = [k for m in _in_person(contact, cues.language) for k in m.cats["cue"] if k != "contact"]
    if kinds and all(m.text in _CABLE_OR_CALL for m in contact.cues if "message_exchange" in m.cats["cue"]):
        text = contact.unit.text
        cables = [m for m in contact.cues if m.text in _CABLE_OR_CALL]
        if cables and not any(_CABLE_WORDS.search(_clause_around(text, m.start, m.end)) for m in cables):
            kinds = ["phone_call" if k == "message_exchange" else k for k in kinds]
    best = cues.best_kind(kinds)
    if best == "message_exchange" and _delivered_in_person(contact, cues.language):
        return "meeting"  # 森喜朗率团到台湾吊唁: the condolences are a visit's, brought in person
    if best == "meeting" and _online(contact, cues.language):
        return "video_call"  # 我们今天还能够在线上见面: a meeting held online
    if best == "meeting" and multilateral(contact) and summit_online_nearby(contact, lead, cues.language):
        return "video_call"  # 欧盟与中国14日举行峰会…。…进行线上视频峰会后: the summit was held online
    if best == "meeting" and multilateral(contact) and _attended_online(contact, cues.language):
        return "video_call"  # …举办峰会，数十国领导人通过视频参加: its members took part online
    if best in ("meeting", "phone_call") and _this_video(contact, lead):
        return "video_call"  # 甲与乙通了电话。在这次视讯通话中…: the call was a video one
    return best


_ONLINE_BEFORE = 6  # characters from an online word to the attendance verb it qualifies (通过视频方式参加)


def _attended_online(contact: Contact, language: str | None) -> bool:
    """The evidence of a multilateral meeting says someone took part online: an online word shortly
    before an attendance verb, in one clause (``数十国领导人通过视频参加``, ``以线上方式出席``)."""
    pattern = _online_words(language)
    if pattern is None:
        return False
    text = contact.unit.text
    for x in contact.unit.mentions[MODALITY]:
        if ATTENDANCE not in x.cats:
            continue
        word = None
        for found in pattern.finditer(text, max(0, x.start - _ONLINE_BEFORE - 2), x.start):
            word = found
        if word is not None and x.start - word.end() <= _ONLINE_BEFORE and not CLAUSE_END.search(text, word.end(), x.start):
            return True
    return False


# 这次, 此次的, 在这个: a demonstrative naming the story's own contact again
_THIS = re.compile(r"(?:这|這|此|本|该|該)(?:次|个|個|场|場)?(?:的)?$")
_THIS_REACH = 2  # paragraphs after the evidence's a sentence may name it again
_ANY_THIS = re.compile(r"[这這此本该該]")  # a sentence without one is not read for _THIS


def _this_video(contact: Contact, lead: Sequence[Unit]) -> bool:
    """A sentence of the lead up to two paragraphs after the evidence names a video cue after a
    demonstrative (``在这次视讯通话结束后``, ``她在此次视频峰会上``), announcing and recalling
    nothing in its clause: the story's contact, named again, was held by video."""
    last = max(contact.unit.paragraph, 0) + _THIS_REACH
    for u in lead:
        if not u.has_cue or u.paragraph == TITLE or u.paragraph > last or not _ANY_THIS.search(u.text):
            continue
        for m in u.mentions[KIND]:
            if CUE not in m.cats or "video_call" not in m.cats[CUE] or not _THIS.search(u.text, max(0, m.start - 4), m.start):
                continue
            a = max((e.end() for e in CLAUSE_END.finditer(u.text, 0, m.start)), default=0)
            ends = CLAUSE_END.search(u.text, m.end)
            b = ends.start() if ends else len(u.text)
            if not any(mod.cats.keys() & {PLANNED, RECALL} and a <= mod.start < b for mod in u.mentions[MODALITY]):
                return True
    return False


# How far after the summit's paragraph a sentence may tell how it was held: a digest's heading
# may stand between (金砖国家召开峰会 / 金砖国家分歧加大 / …关注今天举行的…视频峰会).
_WAY_REACH = 2


def summit_online_nearby(contact: Contact, lead: Sequence[Unit], language: str | None = None) -> bool:
    """A multilateral meeting that another sentence of the title or of the lead up to two paragraphs
    after its own (the first ones, for a title's summit) names by a video cue of a multilateral meeting (``视频峰会``,
    ``视频会议``), or by a multilateral meeting word with an online word in its clause
    (``G20线上高峰会议``), that it neither announces nor recalls: the story's summit was held online."""
    unit = contact.unit
    paragraph = max(unit.paragraph, 0)
    online = _online_words(language)
    for u in lead:
        if u is unit or not u.has_cue or u.paragraph > paragraph + _WAY_REACH:
            continue  # the title and the lead before the summit's sentence tell its way too (…出席了第37届东盟系列峰会。他在此次的视频峰会上…)
        for m in u.mentions[KIND]:
            if CUE not in m.cats or not is_multi(u, m):
                continue
            a = max((e.end() for e in CLAUSE_END.finditer(u.text, 0, m.start)), default=0)
            ends = CLAUSE_END.search(u.text, m.end)
            b = ends.start() if ends else len(u.text)
            if "video_call" not in m.cats[CUE] and not (
                    online is not None and "meeting" in m.cats[CUE] and online.search(u.text, a, b)):
                continue
            if not any(mod.cats.keys() & {PLANNED, RECALL} and a <= mod.start < b for mod in u.mentions[MODALITY]):
                return True  # not 双方下月还将举行视频峰会: another summit's way
    return False


def _online_words(language: str | None) -> re.Pattern[str] | None:
    return section_pattern("online", language)


def _online(contact: Contact, language: str | None) -> bool:
    """A word of being online in the clause of one of the contact's meeting cues."""
    pattern = _online_words(language)
    if pattern is None:
        return False
    text = contact.unit.text
    for m in contact.cues:
        if "meeting" not in m.cats["cue"]:
            continue
        a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start)), default=0)
        ends = CLAUSE_END.search(text, m.end)
        if pattern.search(text, a, ends.start() if ends else len(text)):
            return True
    return False


def joining_cues(contact: Contact, cues: Sequence[Mention]) -> list[Mention]:
    """The cues whose clause names people of two sides, when some do: ``森喜朗在与蔡英文会面中…，
    菅义伟昨天上午直接打电话告诉他``: the meeting, not Suga's call to Mori.  A cue its clause
    recalls (``此前双方在周一通话``) gives way to the others (``将举行面对面会晤``)."""
    unit = contact.unit
    text = unit.text
    recalls = [m for m in unit.mentions[MODALITY] if RECALL in m.cats]
    fresh = [c for c in cues if not any(m.end <= c.start and not CLAUSE_END.search(text, m.end, c.start)
                                        for m in recalls)]
    cues = fresh or list(cues)
    people = [p for p in unit.people if not p.principal and p.side is not None]
    kept = []
    for cue in cues:
        a = _with_topic(text, max((m.end() for m in CLAUSE_END.finditer(text, 0, cue.start)), default=0), people)
        ends = CLAUSE_END.search(text, cue.end)
        b = ends.start() if ends else len(text)
        if len({p.side for p in people if a <= p.start < b}) >= 2:
            kept.append(cue)
    return kept or list(cues)


def _with_topic(text: str, start: int, people: Sequence[Someone]) -> int:
    """Where a clause begins once its subject, set off by a comma, is counted in: ``加藤胜信，25日与
    王毅举行会谈`` (a clause opening with no subject of its own takes the person ending right before
    its comma; ``王毅25日还将…`` has its own)."""
    if start < 1 or text[start - 1] not in "，," or any(start <= p.start < start + 2 for p in people):
        return start
    topic = [p for p in people if p.end == start - 1]
    return topic[0].start if topic else start


def _in_person_words(language: str | None) -> re.Pattern[str] | None:
    return section_pattern("in_person", language, bounded=False)


def _in_person(contact: Contact, language: str | None) -> list[Mention]:
    """The cues a kind is read from: a message cue beside a word of travelling or of a delegation
    gives way to the meeting cue of the sentence (总统接见日本弔唁团: a meeting, not a message)."""
    cues = list(contact.cues)
    meetings = [m for m in cues if "meeting" in m.cats["cue"]]
    pattern = _in_person_words(language)
    if not meetings or pattern is None:
        return cues
    text = contact.unit.text
    kept = []
    for m in cues:
        if "message_exchange" in m.cats["cue"] and "meeting" not in m.cats["cue"]:
            a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start)), default=0)
            ends = CLAUSE_END.search(text, m.end)
            b = ends.start() if ends else len(text)
            if pattern.search(text, a, b):
                continue
        kept.append(m)
    return kept or cues


def _delivered_in_person(contact: Contact, language: str | None) -> bool:
    """Every message cue of the contact follows, in its clause, a word of travelling, of a
    delegation or of carrying (``率团到台湾吊唁``, ``替菅义伟带口信``, ``向普京转交…亲笔信``): the
    message is brought in person, and the contact is the meeting where it is."""
    pattern = _in_person_words(language)
    messages = [m for m in contact.cues if "message_exchange" in m.cats["cue"] and "meeting" not in m.cats["cue"]]
    if pattern is None or not messages:
        return False
    text = contact.unit.text
    carried = [m.start for m in contact.unit.mentions[MODALITY] if CARRY in m.cats]
    for m in messages:
        a = max((e.end() for e in CLAUSE_END.finditer(text, 0, m.start)), default=0)
        word = pattern.search(text, a, m.end)
        if not (word and word.start() < m.start) and not any(a <= c < m.start for c in carried):
            return False
    return True


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause a word sits in, a comma before 并/祝贺… continuing it (致电拜登，祝贺他当选)."""
    a = max(text.rfind(ch, 0, start) for ch in "。；;！？!?")
    b = min([i for i in (text.find(ch, end) for ch in "。；;！？!?") if i >= 0] or [len(text)])
    return text[a + 1:b]



def multilateral(contact: Contact) -> bool:
    mods = contact.unit.mentions[MODALITY]
    if any(p.group for p in contact.people):
        return True
    if any(SEPARATELY in m.cats for m in mods):
        return False  # 分别会见, met separately: bilateral meetings one after another
    if len(sides(contact.people)) >= 3 or (len(sides(contact.people)) < 2
                                            and all(p.side is not None for p in contact.people)):
        return True  # three sides, or one member named at its organisation's summit (not a private counterpart)
    return any(MULTI in m.cats for m in mods) and not any(BILATERAL in m.cats and MULTI not in m.cats for m in mods)
