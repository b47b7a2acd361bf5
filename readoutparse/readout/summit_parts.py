"""Someone's part at a summit, told without a summit word: who speaks at it or chairs it.

A summit story names its attendees by what they do there: ``越南总理阮春福在开幕式上发表讲话``,
``莫迪在会上表示``, ``由主办国马来西亚首相慕尤丁主持``, ``越南总理阮春福主持会议``.  Such a sentence repeats no summit word, yet the one it names took
part in the meeting the lead is about.  The phrases are the ``summit_parts`` table of cues.json:
``after`` (right after the person: being at the meeting, chairing it) and ``chaired``
(``由`` before the person and ``主持`` after).  Read only for a multilateral contact of the lead
(:func:`.summits.summit_members`, :func:`.occasions._attending_later`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .cues import cue_data
from .participants import Someone

__all__ = ["earlier_occasion", "other_occasion", "takes_part"]

# What may stand between a person and the phrase of their part: a gloss of the name in Latin
# letters (慕尤丁（Muhyiddin Yassin）), a day and a part of the day, an adverb.
_BETWEEN = (r"(?:[（(][^（）()，。；]{1,40}[）)])?"
            r"(?:\d{1,2}日|[今昨前]天|[周週][一二三四五六日]|星期[一二三四五六日天])?"
            r"(?:上午|下午|晚间|晚間|晚上|当天|當天)?(?:也|还|還|则|則|亦|首先|随后|隨後)?")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年\d{1,2}月")  # 2019年11月: a dated event (not 至2060年, a target)
_BEFORE_REACH = 14  # characters between 由 and the name, its title between (由主办国马来西亚首相慕尤丁)


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(after the person, before a chaired person, after a chaired person), both Chinese scripts."""
    data = cue_data().get("summit_parts", {})
    rows = {key: [w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, {}).get(key, ())]
            for key in ("after", "chaired_before", "chaired_after")}
    if not all(rows.values()):
        return None
    after = re.compile(_BETWEEN + "(?:" + "|".join(rows["after"]) + ")")
    before = re.compile("(?:" + "|".join(rows["chaired_before"]) + r")[^，。；：,;:\s]{0,%d}$" % _BEFORE_REACH)
    chaired = re.compile(_BETWEEN + "(?:" + "|".join(rows["chaired_after"]) + ")")
    return after, before, chaired


# One list member to the next: a gloss, a separator, the next one's title (越南国家主席阮富仲、越南总理阮春福).
_NEXT_IN_LIST = re.compile(r"(?:[（(][^（）()，。；]{1,40}[）)])?(?:、|和|与|與|及|以及)[^，。；：,;:\s、]{0,14}")


def takes_part(text: str, person: Someone, people: Sequence[Someone] = ()) -> bool:
    """``person`` of the sentence ``text`` speaks at or chairs the meeting its phrase names,
    alone or as a member of a list of ``people`` that shares the phrase."""
    found = _patterns()
    if found is None or person.vague or person.principal or person.side is None:
        return False
    if earlier_occasion(text):
        return False  # 2019年11月…汪洋在会上: a part at another, earlier meeting
    after, before, chaired = found
    if after.match(text, person.end):
        return True
    if (before.search(text[max(0, person.start - _BEFORE_REACH - 4):person.start])
            and chaired.match(text, person.end)):
        return True
    following = [q for q in people if q.start >= person.end]
    if not following:
        return False
    nxt = min(following, key=lambda q: q.start)
    return bool(_NEXT_IN_LIST.fullmatch(text, person.end, nxt.start)) and takes_part(text, nxt, people)


@functools.lru_cache(maxsize=1)
def _other_occasion() -> re.Pattern[str] | None:
    data = cue_data().get("summit_parts", {})
    words = [w for lang in ("zh-Hans", "zh-Hant") for w in data.get(lang, {}).get("earlier_period", ())]
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None


def other_occasion(text: str) -> bool:
    """The sentence names an earlier period (``上周末的东盟峰会``, ``去年…APEC峰会``): its summit
    is another one than the story's."""
    found = _other_occasion()
    return found is not None and found.search(text) is not None


def earlier_occasion(text: str) -> bool:
    """The sentence names a month of a year or an earlier period (``2019年11月…``, ``上周``): whoever it names
    at a meeting was at another one than the story's."""
    return bool(_YEAR.search(text)) or other_occasion(text)
