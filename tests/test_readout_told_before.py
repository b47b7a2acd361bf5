"""A contact whose own sentence states no tense borrows the one an earlier sentence of the lead
states for the same occasion (a title's contact, a summit)."""

from __future__ import annotations

import datetime as dt

from readoutparse.model import Article, Readout
from readoutparse.readout import extract_readout

D = dt.date


def read(*paragraphs: str, title: str = "", language: str = "zh-Hant") -> Readout | None:
    return extract_readout(Article(parser="x", language=language, title=title, paragraphs=paragraphs,
                                   published=D(2020, 11, 10)))


def test_a_titles_summit_takes_the_announcement_of_the_lead() -> None:
    readout = read("受疫情影響，亞太經濟合作（APEC）領袖峰會將首度以視訊方式舉行。總統蔡英文上午在臉書說，將宣布代表與會的人選。",
                   title="APEC視訊領袖峰會 蔡總統10時宣布代表人選")
    assert readout is not None and readout.evidence.startswith("APEC")
    assert readout.status == "planned"


def test_a_summit_told_without_tense_after_its_announcement_is_planned() -> None:
    readout = read("外交部今天宣布了主席的行程。",
                   "習近平將於17日出席金磚國家第12次峰會。",
                   "今年的金磚國家峰會由俄羅斯主辦，俄羅斯總統普丁主持。")
    assert readout is not None and readout.status == "planned"


def test_a_guess_about_the_same_talks_announces_nothing() -> None:
    readout = read("美國國務卿蓬佩奧與日本外相茂木敏充今天會談。",
                   "一位官員有可能也是會談成員。",
                   title="美日外長會談")
    assert readout is not None and readout.status == "held"


def test_a_two_sided_contact_of_the_lead_does_not_borrow() -> None:
    readout = read("美國國務卿蓬佩奧將訪問日本。",
                   "蓬佩奧與日本外相茂木敏充在東京會談，雙方談到了區域安全。")
    assert readout is not None and readout.status == "held"
