"""Which writing system a piece of text is in: Han (and which variant), Arabic, Latin."""

from __future__ import annotations

import re

__all__ = ["arabic_share", "han_count", "han_variant", "is_latin_text", "latin_share"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# Counting runs instead of characters: findall then makes one string per word or per
# stretch of Han text, not one per letter (twice as fast on an archive post).
_HAN_RUN = re.compile(_HAN.pattern + "+")
_ARABIC_RUN = re.compile(_ARABIC.pattern + "+")
_LATIN_RUN = re.compile(_LATIN.pattern + "+")

# Frequent characters whose Traditional and Simplified forms differ; a text's variant is
# whichever set it uses more.  Pairs are (Traditional, Simplified).
_PAIRS = (
    "國国 會会 這这 發发 時时 與与 對对 說说 們们 為为 來来 個个 經经 關关 於于 進进 動动 過过 "
    "華华 電电 話话 習习 總总 統统 羅罗 題题 題题 聯联 僅仅 務务 應应 後后 實实 現现 於于 "
    "議议 區区 戰战 條条 將将 長长 門门 開开 間间 問问 義义 東东 機机 報报 導导 內内 "
    "協协 調调 邊边 係系 體体 還还 讓让 範范 並并 衝冲 擊击 維维 護护 歐欧 亞亚 臺台 台台"
)
_TRADITIONAL = frozenset(pair[0] for pair in _PAIRS.split() if pair[0] != pair[1])
_SIMPLIFIED = frozenset(pair[1] for pair in _PAIRS.split() if pair[0] != pair[1])
_TRADITIONAL_RE = re.compile("[" + "".join(sorted(_TRADITIONAL)) + "]")
_SIMPLIFIED_RE = re.compile("[" + "".join(sorted(_SIMPLIFIED)) + "]")


def han_count(text: str) -> int:
    return sum(map(len, _HAN_RUN.findall(text)))


def han_variant(text: str, default: str = "zh-Hans") -> str:
    """``zh-Hant`` or ``zh-Hans``, by which variant's distinctive characters are commoner."""
    traditional = len(_TRADITIONAL_RE.findall(text))
    simplified = len(_SIMPLIFIED_RE.findall(text))
    if traditional == simplified:
        return default
    return "zh-Hant" if traditional > simplified else "zh-Hans"


def latin_share(text: str) -> float:
    """Share of the letters that are Latin letters."""
    letters = sum(map(str.isalpha, text))
    return sum(map(len, _LATIN_RUN.findall(text))) / letters if letters else 0.0


def arabic_share(text: str) -> float:
    """Share of the letters that are Arabic letters."""
    letters = sum(map(str.isalpha, text))
    return sum(map(len, _ARABIC_RUN.findall(text))) / letters if letters else 0.0


def is_latin_text(text: str) -> bool:
    """True for a line written in a Latin script (English, Vietnamese) with no Han characters."""
    return not _HAN.search(text) and latin_share(text) > 0.8
