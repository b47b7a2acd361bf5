"""Closing credits read into fields (readoutparse.parsers.closing_credits), and the furniture
rules that find them."""

from __future__ import annotations

import pytest

from readoutparse.parsers import furniture
from readoutparse.parsers.closing_credits import CreditFields, read_credit, split_names
from readoutparse.parsers.html_body import Block

PROSE = "外交部长今天在记者会上说，双方同意继续保持沟通。"


def credit_of(text: str) -> tuple[str, str, CreditFields]:
    verdict = furniture.classify([Block("paragraph", text, 1, "p")])[0]
    return verdict.kind, verdict.text, read_credit(verdict.facts, verdict.taken)


def test_split_names() -> None:
    assert split_names("王明、李华/张三 赵四") == ["王明", "李华", "张三", "赵四"]
    assert split_names(None) == []


@pytest.mark.parametrize(("text", "fields"), [
    ("（編輯：王小明）1100108", CreditFields((), "王小明", "1100108")),
    ("（譯者：李華/核稿：王明）1100108", CreditFields(("李華",), "王明", "1100108")),
    ("译者/王小红", CreditFields(("王小红",))),
    ("翻译：Harry Wong", CreditFields(("Harry Wong",))),
    ("翻译：Harry Wong、晋其角", CreditFields(("Harry Wong", "晋其角"))),
    ("翻译：纽约时报中文网", CreditFields(line="翻译：纽约时报中文网")),
    ("杨明/李华 (路透社、法新社)", CreditFields(("杨明", "李华"))),
    ("杨明/李华（中央社丶新头壳等）", CreditFields(("杨明", "李华"))),
    ("编译 高明；审校", CreditFields(("高明",))),
    ("记者：高明 责编：许书 网编：瑞哲", CreditFields((), "许书", None,
                                             "记者：高明 责编：许书 网编：瑞哲")),
])
def test_standalone_credits(text: str, fields: CreditFields) -> None:
    kind, _, found = credit_of(text)
    assert kind == "credit" and found == fields


def test_a_translator_line_closing_a_paragraph_is_cut_with_the_english_link() -> None:
    kind, rest, found = credit_of(PROSE + "\n翻译：纽约时报中文网\n点击查看本文英文版。")
    assert (kind, rest) == ("paragraph", PROSE)
    assert found.line == "翻译：纽约时报中文网\n点击查看本文英文版。"


def test_writers_need_agencies_in_brackets() -> None:
    assert credit_of("杨明/李华 (综合报道)")[0] == "byline"  # a byline, not the writers' credit
    assert credit_of("杨明说 (路透社、法新社)报道了此事。")[0] == "paragraph"
