"""People who are named in a contact's sentence but are no participants of it.

Each is marked ``principal`` (a :class:`.participants.Someone`) or given ``_principal`` (a gazetteer
mention), and the later stages leave it out: the principal of an envoy (``特朗普的特使威特科夫``), the
sender of a message another carries (``转交…的口信``), the source of a report (``according to X``),
who appoints an envoy (``任命…作为他的特使``), a spokesperson (``发言人``), and someone who has died
(``弔唁前總統李登輝``), someone named in a phrase dating the sentence by another event
(``自…宣布之后``).  The words are data: ``appoints``, ``as_envoy``, ``spokesperson_words``,
``deceased_before``, ``deceased_after`` and ``time_frames`` of ``data/groups.json``.
"""

from __future__ import annotations

import functools
import re

from .groups import builtin_pattern, builtin_words
from .lexicon import CARRY, COUNTRY, COUNTRY_SHORT, ENTITY, MODALITY, OFFICE, ORG, PERSON, SHORT, SOURCE
from .mentions import Mention
from .scan import CLAUSE_MARK
from .someone import Someone

__all__ = ["TITLE_FILLER", "mark_appointers", "mark_deceased", "mark_principals", "mark_spokespeople", "mark_time_frames"]

_ENVOY_BEFORE = re.compile(r"(?:的|'s |’s )(?:[\u4e00-\u9fff]{0,4})?$")
_ENVOY_REACH = 48  # characters after the appointing verb within which its envoy word stands


def _set_aside(p: Someone | Mention) -> None:
    """Marked like a principal: named in the sentence, no side of its contact."""
    if isinstance(p, Someone):
        p.principal = True
    else:
        p.cats["_principal"] = [True]


def mark_appointers(text: str, ents: list[Mention], script: str, people: list[Someone | Mention]) -> None:
    """``特朗普宣布任命国家安全顾问奥布莱恩作为他的特使参加峰会``, ``Biden named Kerry as his envoy``:
    who appoints or sends an envoy is the envoy's principal, not a participant."""
    quick = builtin_pattern(("appoints",), script)
    if quick is None or quick.search(text) is None:
        return
    verbs, envoys = builtin_words("appoints", script), builtin_words("as_envoy", script)
    for verb in verbs:
        for found in re.finditer(re.escape(verb), text):
            a, b = found.span()
            if script != "zh" and not (a == 0 or not text[a - 1].isalnum()):
                continue
            window = text[b:b + _ENVOY_REACH]
            clause = CLAUSE_MARK.search(window)
            if not any(w in window[:clause.start() if clause and clause.group() in "。；;" else len(window)]
                       for w in envoys):
                continue
            sent = [p for p in people if p.start >= b and p.start < b + _ENVOY_REACH]
            before = [p for p in people if p.end <= a and not CLAUSE_MARK.search(text, p.end, a)]
            if sent and before:
                p = before[-1]
                _set_aside(p)


def mark_spokespeople(text: str, ents: list[Mention], script: str, people: list[Someone | Mention]) -> None:
    """``中国国防部发言人吴谦``, ``State Department spokesman Ned Price``: someone who speaks for a
    side comments on the contact and is no participant of it (marked like a principal)."""
    quick = builtin_pattern(("spokesperson_words",), script)
    if quick is None or quick.search(text) is None:
        return
    words = builtin_words("spokesperson_words", script)
    spoken = [m for m in ents if OFFICE in m.cats and m.text.endswith(words)]
    for p in people:
        if any(p.start <= m.start < p.end or (m.end <= p.start and TITLE_FILLER.fullmatch(text[m.end:p.start]))
               for m in spoken):
            _set_aside(p)


# What may stand between a deceased person's name and the word before it: the person's title
# (弔唁前總統李登輝, the death of former President X, وفاة الرئيس X).
TITLE_FILLER = re.compile(r"[\s前原已故的]*|(?: ?former ?)?")
_FILLER_END = re.compile(r"(?:[\s前原的]|\bformer)+$")


def mark_deceased(text: str, ents: list[Mention], script: str, people: list[Someone | Mention]) -> None:
    """Someone who has died (``弔唁前總統李登輝``, ``李登輝逝世``, ``the death of X``, ``وفاة X``) is
    the subject of condolences, not a side of the contact: marked like a principal."""
    quick = builtin_pattern(("deceased_before", "deceased_after"), script)
    if quick is None or quick.search(text) is None:
        return
    before, after = builtin_words("deceased_before", script), builtin_words("deceased_after", script)
    titles = sorted((m for m in ents if m.cats.keys() & {OFFICE, COUNTRY, ORG, COUNTRY_SHORT}
                     and not m.cats.keys() & {PERSON, SHORT}), key=lambda m: m.end, reverse=True)
    for p in people:
        pos = p.start
        for m in titles:  # back over the title phrase before the name
            if m.end <= pos and TITLE_FILLER.fullmatch(text[m.end:pos]):
                pos = m.start
        head = text[:pos].rstrip(" ")
        head = min(head, _FILLER_END.sub("", head), key=len) if not head.endswith(before) else head
        tail = text[p.end:].lstrip(" ")
        dead = any(head.endswith(w) and (script == "zh" or len(head) == len(w) or not head[-len(w) - 1].isalnum())
                   for w in before)
        dead = dead or any(tail.startswith(w) and (script == "zh" or len(tail) == len(w)
                                                   or not tail[len(w)].isalnum()) for w in after)
        if dead:
            _set_aside(p)


# 替新首相菅义伟带口信, 代习近平转达问候: the one a visitor carries a message for, named before the verb.
_CARRIED_FOR = re.compile(r"(?:替|代|代表)$")
_CARRY_AFTER = re.compile(r"(?:[^，。；,;]{0,6}?)(?:带|帶|转达|轉達|传达|傳達|转交|轉交)了?(?:口信|信|问候|問候|讯息|訊息|亲笔信|親筆信)")


def mark_principals(text: str, people: list[Someone | Mention], mentions: dict[int, list[Mention]], script: str) -> None:
    """Envoys' principals and senders of carried messages are not participants."""
    envoys = [m for m in mentions[ENTITY] if any("envoy" in g for g in m.cats.get(OFFICE, ()))]
    carries = [m for m in mentions[MODALITY] if CARRY in m.cats]
    sources = [m for m in mentions[MODALITY] if SOURCE in m.cats]
    for index, p in enumerate(people):
        start, end = p.start, p.end
        principal = False
        for e in envoys:
            # 特朗普的特使威特科夫, Trump's envoy Steve Witkoff
            if 0 <= e.start - end <= 6 and _ENVOY_BEFORE.search(text[end:e.start] + ("的" if script == "zh" and
                                                                                      text[end:e.start] == "" else "")):
                principal = index + 1 < len(people)
            # Đặc phái viên của Tổng thống Trump, المبعوث الخاص للرئيس ...
            if script in ("vi", "ar") and 0 <= start - e.end <= 14 and re.match(r"^ ?(?:của |ل|الخاص ل)", text[e.end:start] + " "):
                principal = True
        for c in carries:
            if 0 <= start - c.end <= 12:
                principal = True
        if script == "zh" and _CARRY_AFTER.match(text, end):
            # the person's title may stand between 替 and the name (替新首相菅义伟)
            head = text[max(0, start - 8):start]
            if any(_CARRIED_FOR.search(head, 0, k) for k in range(len(head) + 1)):
                principal = True
        for src in sources:
            # "حسبما ذكر عضو مجلس الدولة الصيني يانغ جيه تشي", "according to Wang Yi": the source of
            # the report, not a side of the contact it reports (no one else named between).
            if 0 <= start - src.end <= 40 and not any(src.end <= q.start < start for q in people if q is not p):
                principal = True
        if principal:
            _set_aside(p)


# 来自, 各自, 亲自: 自 inside a word opens no frame; 自己, 自由, 自治: nor does 自 starting one.
_NOT_FRAME_BEFORE = "来來各亲親独獨暗擅出源"
_NOT_FRAME_AFTER = "己由治然动動主行愿願信豪"
_FRAME_REACH = 40  # characters between a frame's two ends


@functools.lru_cache(maxsize=None)
def _time_frame(script: str) -> re.Pattern[str] | None:
    pairs = [w.split("…", 1) for w in builtin_words("time_frames", script) if "…" in w]
    if not pairs:
        return None
    opens = "|".join(sorted({re.escape(a) for a, _ in pairs}, key=len, reverse=True))
    closes = "|".join(sorted({re.escape(b) for _, b in pairs}, key=len, reverse=True))
    return re.compile(rf"(?<![{_NOT_FRAME_BEFORE}])(?P<open>{opens})(?![{_NOT_FRAME_AFTER}])"
                      rf"[^，,。；;：:！？!?]{{1,{_FRAME_REACH}}}?(?P<close>{closes})")


def mark_time_frames(text: str, ents: list[Mention], kinds: list[Mention], script: str,
                     people: list[Someone | Mention]) -> None:
    """``成为自国务卿蓬佩奥宣布解禁之后第一位…``, ``在距离拜登上任不到一周之际``: someone named in
    a phrase that dates the sentence by another event (no contact word in it) is no side of the
    contact, as long as two gazetteer people stand outside the phrase to be its sides."""
    frame = _time_frame(script)
    if frame is None or len(people) < 3:
        return
    for m in frame.finditer(text):
        a, b = m.span()
        if any(a <= k.start < b for k in kinds):
            continue  # 在与拜登通话之后: the frame is itself a contact
        inside = [p for p in people if a <= p.start and p.end <= b]
        # the two left must be sides for certain: gazetteer people (a titled or unnamed someone
        # may yet be dropped, and the contact with it)
        outside = [p for p in people if p not in inside and isinstance(p, Mention) and PERSON in p.cats]
        if inside and len(outside) >= 2:
            for p in inside:
                _set_aside(p)
