"""Named dialogues between governments: a meeting only where the clause says it is held.

``经济对话``, ``人权对话``, ``2+2对话`` name a round of talks between two sides, but the same
words name a forum (``四方安全对话抗中``), a topic (``就经济对话进行讨论``) or a wish.  The
``dialogues`` section of ``cues.json`` lists the words and the verbs of holding: a dialogue
word counts as a contact cue when a verb of holding stands before it in its clause
(``与台湾展开经济对话``, ``举行“四方安全对话”``) or a verb of opening follows it, a day or a
place at most between (``政军对话七日展开``, ``伙伴对话20日登场``).  A bare word (``bare``:
``对话``) is talk as often as a meeting (``愿与中国外长对话``, ``进行对话``): before it only a
narrower verb (``bare_before``: 举行, 召开) holds it, right before it but for an ordinal, a
quote mark or a short name (``举行两国外长对话``, ``舉行「三方安全對話」``); a verb of opening
after it holds it as any dialogue word (``两国对话下周登场``); a title does not keep it.  Who
takes part, whether it is held or announced and its day are read as for any meeting cue.
"""

from __future__ import annotations

import functools
import re

from .cues import cue_data
from .lexicon import DIALOGUE
from .mentions import Mention
from .scan import ORDINAL, alternation, fold_key

__all__ = ["dialogue_held", "dialogue_words", "held_dialogues"]

_BEFORE_REACH = 16  # characters between the verb and the dialogue word (进行双边政治军事对话)
_RECALL_REACH = 24  # characters of the clause before the word where a recalling word is looked for
_AFTER_REACH = 14  # characters between the word and the verb after it (对话20日采实体搭配视讯方式举行)
_BARE_REACH = 14  # characters before a bare word where its verb may start (举行的第二次两国外长对话)
# 举行了第三次, 舉行「…: what may stand between a bare word's verb and the word (a short name)
_BARE_BETWEEN = f"(?:的|了)?{ORDINAL}?[「“\"]?[\u4e00-\u9fff－—-]{{0,8}}$"
_BETWEEN = r"[^，,。；;：:！？!?]"  # no clause mark between: the verb is the word's own
# 就经济对话进行讨论, 有关人权对话: the dialogue is the topic of another verb, not held
_TOPIC = re.compile(r"(?:就|关于|關於|有关|有關|针对|針對)[^，,。；;：:！？!?]{0,12}$")


@functools.lru_cache(maxsize=1)
def _section() -> dict[str, dict[str, list[str]]]:
    data = cue_data().get("dialogues", {})
    return {lang: value for lang, value in data.items() if not lang.startswith("_")}


def dialogue_words(language: str) -> list[str]:
    """The dialogue words of one language (the ``words`` of the cue file's ``dialogues``)."""
    return list(_section().get(language, {}).get("words", ()))


@functools.lru_cache(maxsize=1)
def _bare() -> tuple[frozenset[str], re.Pattern[str] | None]:
    """The bare words and the pattern of a verb holding one right before it."""
    langs = _section().values()
    words = frozenset(fold_key(w) for lang in langs for w in lang.get("bare", ()))
    verbs = [fold_key(w) for lang in langs for w in lang.get("bare_before", ())]
    return words, re.compile(f"(?:{alternation(verbs)}){_BARE_BETWEEN}") if verbs else None


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    langs = _section().values()
    before = [fold_key(w) for lang in langs for w in lang.get("before", ())]
    after = [fold_key(w) for lang in langs for w in lang.get("after", ())]
    heads = [fold_key(w) for lang in langs for w in lang.get("heads", ())] or ["\uffff"]
    recalled = [fold_key(w) for lang in langs for w in lang.get("recalled", ())] or ["\uffff"]
    if not before or not after:
        return None
    # 对话的举行 (a nominal "the holding of"), like a head noun after the word, holds nothing
    return (re.compile(f"(?:{alternation(before)}){_BETWEEN}{{0,{_BEFORE_REACH}}}$"),
            re.compile(f"(?!的){_BETWEEN}{{0,{_AFTER_REACH}}}?(?:{alternation(after)})"),
            re.compile(f"[」』”\"）)]?(?:{alternation(heads)})"),
            re.compile(f"(?:{alternation(recalled)}){_BETWEEN}*$"))


def dialogue_held(text: str, start: int, end: int) -> bool:
    """The dialogue word at ``text[start:end]`` (folded) is held or opened in its clause."""
    patterns = _patterns()
    if patterns is None:
        return False
    before, after, heads, recalled = patterns
    if heads.match(text, end) is not None or text.startswith("的", end):
        return False  # 出席伙伴对话记者会, 展开经济对话的宣布: the dialogue names another thing
    if recalled.search(text, max(0, start - _RECALL_REACH), start) is not None:
        return False  # 双方上个月首度举行…对话: a dialogue recalled, not reported
    bare, bare_verb = _bare()
    head = text[max(0, start - _BEFORE_REACH - 4):start]
    if text[start:end] in bare:
        return (bare_verb is not None and bare_verb.search(text, max(0, start - _BARE_REACH), start) is not None) or (
            after.match(text, end) is not None and _TOPIC.search(head) is None)
    verb = before.search(head)
    if verb is not None:
        # 就投资协定进行磋商: the topic marker before the verb is the held word's own topic;
        # only one between the verb and the word makes the word a topic (举行有关人权对话的…)
        return _TOPIC.search(head, verb.end()) is None
    return after.match(text, end) is not None and _TOPIC.search(head) is None


def held_dialogues(text: str, kinds: list[Mention], title: bool = False) -> list[Mention]:
    """The kind mentions of a sentence without its dialogue words not held: a forum's name
    or a topic is no cue for any reader (the cue list, the unnamed sides, the day).  A title
    keeps a named dialogue (台美经济对话达九大成果: the story's contact), but not a word the
    cue file says counts only where held (``held_only``: 磋商停滞, 在与欧盟磋商时) nor a bare word."""
    return [m for m in kinds if DIALOGUE not in m.cats or (title and m.text not in _held_only())
            or dialogue_held(text, m.start, m.end)]


@functools.lru_cache(maxsize=1)
def _held_only() -> frozenset[str]:
    return frozenset(fold_key(w) for lang in _section().values() for w in lang.get("held_only", ())) | _bare()[0]
