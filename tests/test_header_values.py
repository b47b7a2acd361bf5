"""Where a header value ends (``readoutparse.parsers.header_values``): names, times, fields."""

from __future__ import annotations

import datetime as dt
import json
import time
from importlib import resources

import pytest

from readoutparse.dates import BEIJING
from readoutparse.parsers.header_values import (
    bar_fields,
    lead_openers,
    parse_time,
    split_label,
    split_name,
    split_runover,
    split_time,
    validate_lead_openers,
)

TITLE = "習近平致電祝賀新西蘭總督就職"


@pytest.mark.parametrize(
    ("value", "name", "rest"),
    [
        ("曹川川6月5日晚,國家主席習近平應約通電話。", "曹川川", "6月5日晚,國家主席習近平應約通電話。"),
        ("张芃芃新华社北京1月2日电 1月1日,国家主席", "张芃芃", "新华社北京1月2日电 1月1日,国家主席"),
        ("李穎新華社北京8月20日電", "李穎", "新華社北京8月20日電"),
        ("丁素云当地时间7月4日下午,国家主席", "丁素云", "当地时间7月4日下午,国家主席"),
        ("丁素雲On September 8, 2020, President Xi", "丁素雲", "On September 8, 2020, President Xi"),
        ("曹川川Video Player is loading.", "曹川川", "Video Player is loading."),
        ("張芃芃習近平致電祝賀新西蘭總督就職", "張芃芃", TITLE),  # the title printed again
        ("歐陽明月近日,國家主席習近平復信", "歐陽明月", "近日,國家主席習近平復信"),
        ("曹川川（記者 王某）", "曹川川", "（記者 王某）"),
    ],
)
def test_a_name_ends_where_a_lead_begins(value: str, name: str, rest: str) -> None:
    assert split_name(value, title=TITLE) == (name, rest)
    assert split_runover("editor", value, title=TITLE) == (name, rest)


@pytest.mark.parametrize(
    "value",
    [
        "曹川川",
        "李穎",
        "歐陽明月",
        "張三 李四",
        "張三、李四",
        "張三，李四",
        "Li Ming",
        "",
        # Where a Han name meets Han text with no boundary shape, the split is not guessed.
        "曹川川文化興國運興,文化強民族強。",
    ],
)
def test_a_value_without_a_boundary_is_left_whole(value: str) -> None:
    assert split_name(value, title=TITLE) == (value.strip(), "")


def test_an_empty_name_followed_by_a_date_lead() -> None:
    assert split_name("6月5日晚,國家主席習近平") == ("", "6月5日晚,國家主席習近平")


@pytest.mark.parametrize(
    ("value", "time_value", "rest"),
    [
        ("2025-06-06 13:21:116月5日晚,國家主席", "2025-06-06 13:21:11", "6月5日晚,國家主席"),
        ("2025-06-06 13:21:11", "2025-06-06 13:21:11", ""),
        ("2025年06月06日 13:21新華社北京6月5日電", "2025年06月06日 13:21", "新華社北京6月5日電"),
        ("2025-06-06", "2025-06-06", ""),
        ("昨天", "昨天", ""),
    ],
)
def test_a_time_has_a_fixed_shape(value: str, time_value: str, rest: str) -> None:
    assert split_time(value) == (time_value, rest)
    assert split_runover("published", value) == (time_value, rest)


def test_other_fields_are_never_split() -> None:
    assert split_runover("source", "新華網6月5日晚") == ("新華網6月5日晚", "")


def test_fields_and_labels() -> None:
    assert bar_fields("發佈時間:2025-06-20 09:10:53 | 來源:新華網 | 作者: | 責任編輯:曹川川") == [
        "發佈時間:2025-06-20 09:10:53", "來源:新華網", "作者:", "責任編輯:曹川川"]
    assert bar_fields("发布时间：2025-06-20 来源：新华网 责任编辑：王某") == [
        "发布时间：2025-06-20", "来源：新华网", "责任编辑：王某"]
    assert split_label("來源：新華網") == ("來源", "新華網")
    assert split_label("作者:") == ("作者", "")
    assert split_label("no label here") is None


def test_parse_time() -> None:
    assert parse_time("2025-06-20 09:10:53") == dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)
    assert parse_time("2025年6月20日") == dt.date(2025, 6, 20)
    assert parse_time("2025-06-2") is None and parse_time("2025-13-01 10:00") is None


def test_builtin_lead_openers_validate() -> None:
    raw = json.loads(resources.files("readoutparse.parsers").joinpath("data/lead_openers.json")
                     .read_text("utf-8"))
    openers = validate_lead_openers(raw)
    assert openers == lead_openers()
    assert list(openers) == sorted(openers, key=len, reverse=True)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ({}, "format"),
        ({"format": "readoutparse.lead_openers/1", "openers": {}}, "zh"),
        ({"format": "readoutparse.lead_openers/1", "openers": {"zh": ["日前", "x"]}}, r"zh\[1\]"),
        ({"format": "readoutparse.lead_openers/1", "openers": {"zh": ["日前", "日前"]}}, "repeated"),
    ],
)
def test_lead_openers_validation_names_the_fault(raw: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        validate_lead_openers(raw)


@pytest.mark.parametrize("unit", ["曹", "2025-", "新華社", ":"])
def test_long_values_are_linear(unit: str) -> None:
    value = unit * 50_000
    start = time.perf_counter()
    split_name(value, title=TITLE)
    split_time(value)
    bar_fields(value)
    assert time.perf_counter() - start < 2.0


def test_a_header_line_may_open_with_a_list_bullet() -> None:
    from readoutparse.parsers.header_values import is_zh_header

    assert is_zh_header("  • 發佈時間:2016-03-08 20:10:12  來源:新華網  作者:黃志淩  責任編輯:胡愛善")
    assert is_zh_header("‧ 發佈時間:2016-03-08 20:10:12  來源:新華網")  # Big5's bullet read as cp950
    assert not is_zh_header("  • 新聞源 財富源")


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("2017年07月20日 13:30:05 來源: 福建日報", "published"),
        ("2016-05-04 09:12:30 | 來源: 新華網", "published"),
        ("中國網 china.com.cn   時間: 2015-03-05", "site"),
    ],
)
def test_a_header_may_print_its_first_value_without_a_label(line: str, lead: str) -> None:
    from readoutparse.parsers.header_values import header_lead, is_zh_header

    assert header_lead(line) == lead and is_zh_header(line)


@pytest.mark.parametrize(
    "line",
    [
        "2017年07月20日 13:30:05",  # a time alone is a date line, not a header
        "習近平出席會議 時間: 2015-03-05 來源: 新華網",  # a name before a source: two sources?
        "會議指出,要堅持改革 來源: 新華網",  # clause punctuation: prose, not a site's name
        "中國網 china.com.cn 時間: 2015-03-05 編者按: " + "文" * 120,  # longer than a header
    ],
)
def test_lines_that_only_look_like_an_unlabelled_header(line: str) -> None:
    from readoutparse.parsers.header_values import header_lead

    assert header_lead(line) is None


def test_the_unlabelled_values_are_read_into_the_record() -> None:
    from readoutparse.model import Moment
    from readoutparse.parsers.base import ArticleBuilder
    from readoutparse.parsers.header_values import read_zh_header
    from readoutparse.text import Document

    doc = Document("2017年07月20日 13:30:05 來源: 福建日報\n中國網 china.com.cn   時間: 2015-03-05\n")
    first = ArticleBuilder(doc, parser="t", language="zh-Hant")
    read_zh_header(first, doc.content[0])
    moment: Moment | None = first.published
    assert (moment, first.source) == (dt.datetime(2017, 7, 20, 13, 30, 5, tzinfo=BEIJING), "福建日報")
    second = ArticleBuilder(doc, parser="t", language="zh-Hant")
    read_zh_header(second, doc.content[1])
    assert (second.published, second.source) == (dt.date(2015, 3, 5), "中國網")
    assert not second.warnings


def test_a_credit_line_is_labelled_fields_only() -> None:
    from readoutparse.parsers.header_values import is_credit_line

    assert is_credit_line("視頻來源: 深圳衛視 責任編輯: 任曼瑤")
    assert is_credit_line("責任編輯:任曼瑤")
    assert not is_credit_line("視頻來源: 深圳衛視")  # no header field among them
    assert not is_credit_line("他說:要堅持改革開放,擴大合作")


def test_a_value_glued_to_the_next_label_is_split_before_it() -> None:
    # The photo channel prints its header with no bar and no space between the fields.
    assert bar_fields("時間: 2016-05-09來源: 新華網責編: 王平") == [
        "時間: 2016-05-09", "來源: 新華網", "責編: 王平"]
    # A label that ends in a known one opens its field: no value has begun before it.
    assert bar_fields("視頻來源: 某某衛視 責任編輯: 趙一") == ["視頻來源: 某某衛視", "責任編輯: 趙一"]
    # An editor's name run into the text is no glued label: left to split_runover.
    assert bar_fields("來源:新華網 | 責任編輯:王某某文化交流") == ["來源:新華網", "責任編輯:王某某文化交流"]
