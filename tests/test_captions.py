"""Photo captions and credit lines (``readoutparse.parsers.captions``), shared by every parser."""

from __future__ import annotations

import json
import time
from importlib import resources

import pytest

from readoutparse.parsers.captions import (
    RULES,
    credit,
    is_caption,
    portrait_line,
    portrait_titles,
    validate_portrait_titles,
)

# -- credits that end a caption ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rule", "agency", "photographer"),
    [
        ("6月24日下午,國家主席習近平在北京會見外賓。新華社記者 李明 攝", "zh_reporter_shot", "新華社", "李明"),
        ("当地时间7月4日下午,国家主席习近平出席峰会。新华社记者 王某 摄", "zh_reporter_shot", "新华社", "王某"),
        ("新华社记者 陈某某摄", "zh_reporter_shot", "新华社", "陈某某"),
        ("記者會現場。新華網/中國政府網 張三 攝", "zh_reporter_shot", "新華網/中國政府網", "張三"),
        ("兩國元首共同見證簽字。 李明 攝", "zh_reporter_shot", None, "李明"),
        ("這是會見現場。（新華社發）", "zh_bracketed", "新華社", None),
        ("两国领导人合影。(新华社发 王某摄)", "zh_bracketed", "新华社", "王某"),
        ("習近平在北京會見外長。新華社發", "zh_agency_release", "新華社", None),
        ("习近平会见外长。新华社发（李四 摄）", "zh_agency_release", "新华社", "李四"),
        ("會場一角。（資料圖片）", "zh_file_photo", None, None),
        ("中國國家主席。(圖/新華社)", "zh_file_photo", "新華社", None),
        ("展館裏的古代戥子秤。資料圖片", "zh_file_photo_bare", None, None),
        ("Hai ngoại trưởng tại Moscow. (Nguồn: AP)", "vi_credit", "AP", None),
        ("Toàn cảnh cuộc điện đàm. Ảnh: TTXVN", "vi_credit", "TTXVN", None),
        ("Người dân xếp hàng (Ảnh minh họa)", "vi_credit", None, None),
        ("Xi meets Putin in Beijing. (Xinhua/Li Xueren)", "en_agency_photographer", "Xinhua", "Li Xueren"),
        ("The two leaders shake hands. [Photo/Xinhua]", "en_photo_credit", "Xinhua", None),
    ],
)
def test_credit_shapes(line: str, rule: str, agency: str | None, photographer: str | None) -> None:
    found = credit(line)
    assert found is not None, line
    assert (found.rule, found.agency, found.photographer) == (rule, agency, photographer)
    assert line.endswith(found.text) and line[found.start:].strip() == found.text
    assert is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "6月24日下午,國家主席習近平在北京人民大會堂會見外賓。",
        "這張照片由他拍攝",  # a sentence that ends in 攝 names no photographer
        "他說,這些照片是在北京拍攝",
        "這些資料圖片記錄了兩國交往的歷史。",  # the words inside a sentence are no credit
        "博物館展出了一批資料圖片",  # nor at its end without a full stop before them
        "習近平強調,雙方要加強新聞媒體和攝影領域的合作。",
        "Tổng thống Putin phát biểu tại hội nghị.",
        "Chinese President Xi Jinping held talks with his counterpart (Xinhua) on Monday.",
        "BEIJING, June 19 (Xinhua) -- Chinese President Xi Jinping said on Thursday.",
        "Thủ tướng nhấn mạnh, nguồn: các báo cáo của Bộ Tài chính cho thấy tăng trưởng ổn định.",
        "",
    ],
)
def test_body_lines_are_not_captions(line: str) -> None:
    assert credit(line) is None and not is_caption(line)


def test_a_caption_too_long_to_be_one_is_prose() -> None:
    assert not is_caption("習近平指出," + "雙方要加強合作," * 60 + "新華社記者 李明 攝")


def test_every_rule_is_anchored_at_the_line_end() -> None:
    for rule in RULES:
        assert rule.pattern.pattern.endswith(r"\s*$"), rule.name
    assert len({rule.name for rule in RULES}) == len(RULES)


@pytest.mark.parametrize("unit", ["新華社記者 ", "(Nguồn: ", "攝", "Ảnh: ", "李明 ", "(Xinhua/"])
def test_long_hostile_lines_are_linear(unit: str) -> None:
    line = unit * 20_000
    start = time.perf_counter()
    credit(line)
    credit(line[:399])
    assert time.perf_counter() - start < 2.0


# -- portrait lines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ngoại trưởng Nga Sergei Lavrov", True),
        ("Tổng thống Mỹ Joe Biden", True),
        ("Người phát ngôn Bộ Ngoại giao Trung Quốc Uông Văn Bân", True),
        ("Quan hệ Việt Nam", False),  # a subheading: no office title opens it
        ("Tổng thống Mỹ Joe Biden.", False),  # a sentence
        ("Tổng thống Mỹ phát biểu tại hội nghị thượng đỉnh", False),  # no name at the end
        ("Ngoại trưởng", False),
    ],
)
def test_portrait_lines(line: str, expected: bool) -> None:
    assert portrait_line(line, "vi") is expected


def test_portrait_line_of_an_unknown_language_is_false() -> None:
    assert not portrait_line("Ngoại trưởng Nga Sergei Lavrov", "xx")


def test_builtin_portrait_titles_validate() -> None:
    raw = json.loads(resources.files("readoutparse.parsers").joinpath("data/portrait_titles.json")
                     .read_text("utf-8"))
    titles = validate_portrait_titles(raw)
    assert titles == portrait_titles()
    assert set(titles) >= {"vi", "en"}
    for entries in titles.values():
        assert list(entries) == sorted(entries, key=len, reverse=True)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({}, "format"),
        ({"format": "readoutparse.portrait_titles/1"}, "titles"),
        ({"format": "readoutparse.portrait_titles/1", "titles": {"vi": []}}, "non-empty"),
        ({"format": "readoutparse.portrait_titles/1", "titles": {"vi": [" Ông"]}}, r"titles\.vi\[0\]"),
        ({"format": "readoutparse.portrait_titles/1", "titles": {"vi": ["ông"]}}, "capital"),
        ({"format": "readoutparse.portrait_titles/1", "titles": {"vi": ["Ông", "Ông"]}}, "repeated"),
    ],
)
def test_portrait_titles_validation_names_the_fault(raw: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        validate_portrait_titles(raw)


def test_a_vietnamese_credit_may_name_a_site_by_its_address() -> None:
    found = credit("Bà con thu hoạch chè trên đồi. Ảnh: baodienbienphu.info.vn")
    assert found is not None and found.agency == "baodienbienphu.info.vn"
    assert is_caption("Bà con thu hoạch chè trên đồi. Ảnh: baodienbienphu.info.vn")
    # a sentence that merely mentions a site is no caption
    assert credit("Thông tin được đăng tải trên trang baodienbienphu.info.vn.") is None
