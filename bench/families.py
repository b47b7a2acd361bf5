"""Shapes of page furniture and wire datelines in the real archive, written from its pages.

Shared by ``bench/census.py`` and ``tests/test_real_archive.py``.  They are deliberately
independent of the parser's own rule tables (``readoutparse/parsers/furniture.py`` and
``markup_rules.py``): a shape the parser's rules miss shows up as a count here.
"""

from __future__ import annotations

import re

__all__ = ["FAMILIES", "WIRE"]

FAMILIES: dict[str, re.Pattern[str]] = {
    "timestamp": re.compile(
        r"^\s*(\d{2}/\d{2}/\d{4} - \d{2}:\d{2}|\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT"
        r"|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?|\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s*$",
        re.M),
    "feed footer": re.compile(r"获取更多RSS|feedx\.(net|xyz)"),
    "related heading": re.compile(r"^\s*(延伸閱讀|延伸阅读|相关内容|相關新聞|相关新闻)\s*$", re.M),
    "gallery": re.compile(r"^\s*相关图集"),
    "cna widget": re.compile(r"感謝您的訂閱|請輸入正確的電子信箱|電子報 每天"),
    "rti more": re.compile(r"\.{3,}\s?more\s*$"),
    "reuters trust": re.compile(r"汤森路透“信任原则”"),
    "rfi continue": re.compile(r"继续浏览后续"),
    "bbc video": re.compile(r"浏览器播视频|view video in browser"),
    "bbc relative time": re.compile(r"^\s*\d{1,2}\s?(小时|分钟|天)前\s*$"),
    "cna credit": re.compile(r"[（(](編輯|编辑|譯者|編譯)[：:][^）)]{1,30}[）)]\s?\d{0,7}\s*$"),
    "rfa credit": re.compile(r"责编[：:\s]"),
    "editor line": re.compile(r"^\s*(责任编辑|責任編輯)[：:]\s?\S{2,12}\s?#?\s*$", re.M),
    "caption": re.compile(r"^\s*(资料照|資料照)|[（(][^（）()]{0,30}(攝|檔案照片|圖取自)[^（）()]{0,40}[）)]\s*$"),
    "copyright": re.compile(r"^\s*©"),
    # found by reading a seeded sample of every outlet (issue 9, point 5)
    "published line": re.compile(r"^\s*(发布时间|發佈時間|发布日期|發布日期)[：:]\s?\d{4}", re.M),
    # (a book's data card, 書名：… 作者：… 譯者：…, is the book's, not the story's credit)
    "translator line": re.compile(r"\A(?![\s\S]*(?:作者|書名|书名)\s?[：:])[\s\S]*?"
                                  r"^\s*(翻译|翻譯|译者|譯者)\s?[：:/／]\s?[^\n]{1,30}$"
                                  r"|点击(查看|阅读)本[文版][英中]文版", re.M),
    "writers line": re.compile(r"^\s*[\u3400-\u9fff]{2,4}(\s?[/／]\s?[\u3400-\u9fff]{2,4})+\s?"
                               r"[（(][^（）()]{0,30}社[^（）()]{0,30}[）)]\s*$", re.M),
    "reporter line": re.compile(r"^\s*\S{2,10}(記者|记者) [\u3400-\u9fff]{2,4}\s*$", re.M),
    "filer line": re.compile(r"^\s*(发稿|编译) ?\S{2,10}[;；] ?审校"),
    "print edition": re.compile(r"This article appeared in the .{1,80} section of the print edition"),
    "rule line": re.compile(r"^\s*[=＝_—-]{10,}\s*$", re.M),
    "marked caption": re.compile(r"^\s*▲"),
    "buttons": re.compile(r"^\s*(View|MORE|More|No More\.|You’ve hit the wall\.)\s*$", re.M),
}
#: a wire dateline opening a paragraph: （中央社記者…台北13日電）, （法新社…电）, 【大纪元…讯】,
#: （早报讯）, 路透北京12月10日 -
WIRE = re.compile(
    r"^\s*(?:[（(【]\s*(?:中央社|法新社|美联社|美聯社|德新社|共同社|路透社?|大纪元|早报|法广|美国之音"
    r"|德国之声)[^。（）()【】]{0,40}?(?:\d{1,2}日\s*(?:電|电|專電|专电|綜合外電報導|综合外电报道)"
    r"|[讯訊])\s*[）)】]|路透[^\s。]{0,12}\d{1,2}月\d{1,2}日\s*[-–])")
