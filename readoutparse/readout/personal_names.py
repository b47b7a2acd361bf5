"""Personal names read beside a title: after it (``瑙鲁外长安格明加``, ``Foreign Minister Simon Kofe``,
``وزير الخارجية التونسي عثمان الجرندي``) or, in English apposition, before it (``Simon Kofe, Tuvalu's
foreign minister``).  Chinese names end at a stop character or a boundary (up to five characters,
longer transliterations only where punctuation ends them); other scripts take capitalised words,
Arabic words up to a function word.
"""

from __future__ import annotations

import re

from .name_shape import looks_like_name
from .scan import fold_key

__all__ = ["ZH_INSTITUTION", "ZH_NOT_NAMES", "ZH_NOT_SURNAMES", "ZH_STOP", "name_after", "name_before_comma"]

ZH_STOP = set("在于就同与和及跟向对通会举表说称时的、，。：；（）()「」“”\"‘’《》〈〉【】将已也正并等分今昨前后应约邀请再又共首进行当地日月年星周！？!?,;:—-－ 这那其此该一")
ZH_STOP |= set("與會說稱時對將於應約邀請當這週來為們與並係")
ZH_STOP -= set("正首共")
ZH_STOP |= set("上")  # 魏凤和上将: a rank after the name
# Words that follow a title but are no names (议员要求..., 总统办公室...).
ZH_NOT_NAMES = frozenset("要求 主要 办公 辦公 外交 跨党 跨黨 表示 认为 認為 指出 强调 強調 希望 呼吁 呼籲 访问 訪問 出席 发表 發表 "
                          "签署 簽署 宣布 透露 政府 官员 官員 部门 部門 方面 今年 去年 明年 当天 當天 上午 下午 晚间 晚間 "
                          "周一 周二 周三 周四 周五 周六 周日 星期 本人 先生 女士 阁下 閣下 一行 等人 们的 們的 "
                          "也在 都在 昨天 今天 明天 近日 日前 此前 首次 再次 随后 隨後 双方 雙方 两国 兩國 交涉 抗议 抗議 "
                          "下任 新任 前任 候任 现任 現任 当选 當選 代理 临时 臨時 之间 之間 以来 以來 以后 以後 之后 之後 "
                          "率先 亲自 親自 专程 專程 当面 當面 公开 公開 正式 特别 特別 首先 分别 分別 随即 隨即 立即 立马 立馬 "
                          "已经 已經 曾经 曾經 再度 高调 高調 卸任 离任 離任 即将 即將 道谢 道謝 致谢 致謝 致意 离开 離開 "
                          "期间 期間 迟到 遲到 抵达 抵達 到访 到訪 一起 一同 共同 首度 启程 啟程 出访 出訪 "
                          # how they met, before the contact verb (领导人密集会面)
                          "密集 秘密 紧急 緊急 频繁 頻繁 多次 罕见 罕見 简短 簡短 短暂 短暫 私下 "
                          # verbs of judging and answering that follow a title (澳大利亚总理批评中国)
                          "批评 批評 谴责 譴責 抨击 抨擊 称赞 稱讚 赞扬 讚揚 警告 敦促 回应 回應 宣称 宣稱 承诺 承諾 "
                          "期望 期待 表态 表態 重申 坦言 直言 证实 證實 否认 否認 拒绝 拒絕 会见 會見 会晤 會晤 "
                          "致电 致電 接见 接見 会谈 會談".split())
# Characters no name begins with, though they may stand inside one (黄之锋): 第十六次, 无法为, 攜帶布偶至.
_ZH_NOT_NAME_START = set("第之无無携攜被从從")
# Characters that end a word before a title far more often than they are a family name
# (几周里总统, 该总统, 新总统, 两国总统).
ZH_NOT_SURNAMES = set("里裡内內外上下中间間们們该該新老副正总總大小全各两兩本现現国國届屆位名任")
ZH_INSTITUTION = set("党黨部室府院署局厅廳处處馆館")
# "和" ends a name only when something else follows it: 魏凤和周五 is one name, 安格明加和图瓦卢外长 two.
_ZH_SOFT_STOP = set("和")
_LATIN_PARTICLES = frozenset({"bin", "bint", "al", "el", "van", "de", "von", "da", "di", "le", "la", "du", "ibn", "abu",
                              "der", "den", "dos", "das", "ben", "y"})
_AR_STOP = frozenset({"في", "مع", "على", "عن", "من", "إلى", "الى", "أن", "ان", "خلال", "يوم", "اليوم", "أمس", "الذي",
                      "التي", "هنا", "بين", "لدى", "عبر", "حول", "بشأن", "قد", "كما", "وذلك", "إن", "ان", "لا", "لم",
                      "هاتفيا", "بدعوة", "بناء", "تلبية", "اتصالا", "مساء", "صباح", "السبت", "الأحد", "الاثنين",
                      "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "امس", "الاحد", "الاربعاء", "رسالة", "برقية",
                      "بمناسبة", "لمناسبة", "حول", "نيابة", "رسائل", "التهنئة"})
# Sentences are read folded (إلى -> الي, أن -> ان): the stop words must be compared folded too.
_AR_STOP |= frozenset(fold_key(w) for w in _AR_STOP)


def name_after(text: str, pos: int, limit: int, script: str,
                entity_starts: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """Span of a personal name starting at ``pos`` (after a title), not past ``limit``."""
    if script == "zh":
        # A space ends the title's phrase in Chinese (titles: "韩外长 启程访美"): no name after it.
        end = pos
        while end < limit and end - pos < 9 and ("\u4e00" <= text[end] <= "\u9fff" or text[end] == "·"):
            if text[end] in ZH_STOP and not (text[end] in _ZH_SOFT_STOP and end - pos == 2
                                              and end + 1 not in entity_starts
                                              and (end + 1 >= len(text) or end + 1 == limit
                                                   or text[end + 1] in ZH_STOP
                                                   or not "\u4e00" <= text[end + 1] <= "\u9fff")):
                # 文在寅: a three-character name with 在 in the middle, a boundary after it
                if not (text[end] == "在" and end - pos == 1 and end + 2 <= limit and text[end + 1] not in ZH_STOP
                        and (end + 2 >= len(text) or end + 2 == limit or text[end + 2] in ZH_STOP
                             or text[end + 2] in "举舉表通会會")):
                    break
            end += 1
        # a long transliteration (别尔德穆哈梅多夫) only where punctuation ends it: a list's item
        long_ok = end - pos <= 8 and end < len(text) and text[end] in "、，。；,（("
        if (end - pos >= 2 and (end - pos <= 5 or "·" in text[pos:end] or long_ok) and text[pos:pos + 2] not in ZH_NOT_NAMES
                and text[pos] not in _ZH_NOT_NAME_START
                and not any(ch in ZH_INSTITUTION for ch in text[pos:end])):
            if end >= limit or end == len(text) or text[end] in ZH_STOP or not "\u4e00" <= text[end] <= "\u9fff":
                # 美国官员告诉路透, 外长措手不及: prose, no name; 德斯坦逝世, 侯艳琪唯恐: the name, then prose
                named = next((b for b in range(end, pos + 1, -1) if looks_like_name(text[pos:b])), None)
                return (pos, named) if named is not None else None
        return None
        # A Latin name in Chinese text: "美国总统 Joe Biden" is rare; not read.
        return None
    words = list(re.finditer(r"\S+", text[pos:limit]))
    taken: list[re.Match[str]] = []
    for word in words[:6]:
        w = word.group().rstrip(",.;:،؛")
        if script == "ar":
            if w in _AR_STOP or len(w) < 2 or not ("\u0600" <= w[0] <= "\u06ff") or (taken and w.startswith("و")
                                                                                    and len(w) > 2
                                                                                    and w[1:] in _AR_STOP):
                break  # a lone "و" is the clitic of the next name or title: "ووزير", "ولبنان"
            if taken and w.startswith("و") and len(taken) >= 2:
                break
            taken.append(word)
            if w != word.group() or len(taken) >= 4:
                break
            continue
        if w[:1].isupper() or (taken and w.lower() in _LATIN_PARTICLES) or (taken and w[:3].lower() in ("al-", "el-")):
            taken.append(word)
            if w != word.group() or len(taken) >= 5:
                break
        else:
            break
    while taken and taken[-1].group().rstrip(",.;:").lower() in _LATIN_PARTICLES:
        taken.pop()
    if not taken:
        return None
    a = pos + taken[0].start()
    b = pos + taken[-1].start() + len(taken[-1].group().rstrip(",.;:،؛"))
    return a, b


def name_before_comma(text: str, start: int) -> tuple[int, int] | None:
    """English apposition: "Simon Kofe, Tuvalu's foreign minister" -> the span of "Simon Kofe"."""
    head = text[:start].rstrip()
    if head.endswith(", the") or head.endswith(", The"):
        head = head[:-5]
    elif head.endswith(","):
        head = head[:-1]
    else:
        return None
    m = re.search(r"((?:[A-Z][\w'.-]*|al-\w+|bin|van|de|von|el-\w+)(?: (?:[A-Z][\w'.-]*|al-\w+|bin|van|de|von|el-\w+)){0,4})$",
                  head)
    if m is None:
        return None
    return m.start(1), m.end(1)
