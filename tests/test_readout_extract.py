"""Extraction behaviour per language: evidence choice, participants, short forms, fallbacks."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article, Readout
from readoutparse.readout import enrich, extract_readout

D = dt.date


def read(language: str, *paragraphs: str, title: str = "", published: dt.date | None = D(2024, 5, 20),
         **kwargs) -> Readout | None:
    article = Article(parser="x", language=language, title=title, paragraphs=paragraphs, published=published)
    return extract_readout(article, **kwargs)


def ids(readout: Readout) -> list[str]:
    return [p.id for p in readout.participants]


@pytest.mark.parametrize(("language", "text", "kind", "people"), [
    ("zh-Hans", "国家主席习近平同法国总统马克龙举行视频会晤。", "video_call", ["xi_jinping", "emmanuel_macron"]),
    ("zh-Hans", "国家主席习近平致电祝贺普京，两国元首互致贺电。", "message_exchange", ["xi_jinping", "vladimir_putin"]),
    ("zh-Hant", "國家主席習近平在北京會見美國國務卿布林肯。", "meeting", ["xi_jinping", "antony_blinken"]),
    ("en", "Chinese Premier Li Qiang met with Indian Prime Minister Narendra Modi.", "meeting",
     ["li_qiang", "narendra_modi"]),
    ("en", "Xi Jinping and Lula da Silva exchanged congratulatory messages.", "message_exchange",
     ["xi_jinping", "lula_da_silva"]),
    ("ar", "التقى الرئيس الصيني شي جين بينغ ورئيس الوزراء الياباني فوميو كيشيدا.", "meeting",
     ["xi_jinping", "fumio_kishida"]),
    ("ar", "أجرى وزير الخارجية الصيني وانغ يي محادثات هاتفية مع نظيره الإيراني عباس عراقجي.", "phone_call",
     ["wang_yi", "abbas_araghchi"]),
    ("vi", "Tổng Bí thư Tô Lâm hội đàm với Chủ tịch Trung Quốc Tập Cận Bình.", "meeting", ["to_lam", "xi_jinping"]),
    ("vi", "Thủ tướng Phạm Minh Chính điện đàm với Thủ tướng Nhật Bản Kishida Fumio.", "phone_call",
     ["pham_minh_chinh"]),
])
def test_languages(language: str, text: str, kind: str, people: list[str]) -> None:
    readout = read(language, text)
    assert readout is not None
    assert readout.kind == kind
    assert ids(readout)[: len(people)] == people
    assert readout.evidence == text


def test_participants_in_order_of_appearance_and_deduplicated() -> None:
    readout = read("zh-Hans", "普京同习近平通电话，习近平说，普京表示同意。")
    assert ids(readout) == ["vladimir_putin", "xi_jinping"]


def test_body_sentence_preferred_and_title_fills_in() -> None:
    readout = read("en", "Some background first.", "During the phone call, Putin outlined Russia's view.",
                   title="Xi Jinping holds phone talks with Putin")
    assert readout.evidence == "During the phone call, Putin outlined Russia's view."
    assert ids(readout) == ["vladimir_putin", "xi_jinping"]


def test_title_is_evidence_when_the_body_has_none() -> None:
    readout = read("zh-Hans", "双方就地区局势交换了看法。", title="习近平同普京通电话")
    assert readout.evidence == "习近平同普京通电话" and ids(readout) == ["xi_jinping", "vladimir_putin"]


def test_short_forms_need_the_full_name_nearby() -> None:
    # "وانغ" alone is not enough (and one side alone is no diplomatic contact);
    # with "وانغ يي" in the lead it is Wang Yi.
    alone = read("ar", "أدلى وانغ بهذه التصريحات خلال اجتماعه مع وزير الخارجية الروسي سيرغي لافروف.")
    assert alone is None
    full = read("ar", "قال وزير الخارجية الصيني وانغ يي إن الصين مستعدة.",
                "أدلى وانغ بهذه التصريحات خلال اجتماعه مع وزير الخارجية الروسي سيرغي لافروف.")
    assert ids(full) == ["wang_yi", "sergey_lavrov"]
    assert full.participants[0].name == "وانغ"


def test_arabic_word_that_looks_like_a_name_is_not_a_person() -> None:
    # "لولا" is "were it not for"; "رئيسي البلدين" is "the two countries' presidents".
    assert read("ar", "لولا التنسيق بين رئيسي البلدين لما عقدت قمة.") is None


@pytest.mark.parametrize("text", [
    "克里姆林宫新闻局说，普京同习近平通电话。",
    "马斯克会见了一位客人。",
])
def test_exclusions_shadow_names(text: str) -> None:
    readout = read("zh-Hans", text)
    assert readout is None or "john_kerry" not in ids(readout) and "heiko_maas" not in ids(readout)


def test_office_depends_on_the_event_date() -> None:
    then = read("en", "David Cameron met with Xi Jinping in London on October 21, 2015.", published=D(2015, 10, 22))
    later = read("en", "David Cameron met with Wang Yi in Beijing on February 7, 2024.", published=D(2024, 2, 8))
    assert then.participants[0].office == "head_of_government"
    assert later.participants[0].office == "foreign_minister"
    out_of_office = read("en", "Joe Biden met with Xi Jinping on November 14, 2022.", published=D(2022, 11, 15))
    assert [p.office for p in out_of_office.participants] == ["head_of_state", "head_of_state"]
    # Read years later, the same sentence recalls a contact: it is not the page's readout.
    assert read("en", "Joe Biden met with Xi Jinping on November 14, 2022.", published=D(2026, 1, 1)) is None
    assert read("en", "Joe Biden met with Xi Jinping.", published=D(2026, 1, 1)).participants[0].office is None


def test_unknown_language_falls_back_to_all_names_and_cues() -> None:
    article = Article(parser="x", language="fr", title="", paragraphs=("习近平同普京通电话。",), published=D(2024, 5, 1))
    readout = extract_readout(article)
    assert readout.kind == "phone_call" and ids(readout) == ["xi_jinping", "vladimir_putin"]


def test_no_contact_no_readout() -> None:
    assert read("en", "Markets rose in Asia on Thursday.") is None
    assert read("en") is None
    assert read("vi", "VOV.VN - Giá vàng hôm nay (14/10) tăng mạnh.") is None


def test_only_the_lead_is_read() -> None:
    filler = ["Nothing here."] * 6
    assert read("en", *filler, "Xi Jinping held phone talks with Vladimir Putin.") is None


def test_enrich_sets_every_translation_and_keeps_the_rest() -> None:
    english = Article(parser="x", language="en", title="", paragraphs=("Xi Jinping met Vladimir Putin.",))
    original = Article(parser="x", language="zh-Hans", title="t", paragraphs=("无关。",), translations=(english,),
                       warnings=("w",))
    enriched = enrich(original)
    assert enriched.translations[0].readout.kind == "meeting"
    # The halves of one page describe one contact: the silent half takes the other's.
    assert enriched.readout == enriched.translations[0].readout
    assert enriched.warnings == ("w",) and enriched.title == "t"
    assert original.translations[0].readout is None  # records are immutable


def test_readout_round_trips_through_json() -> None:
    english = Article(parser="x", language="en", title="", published=D(2025, 6, 20),
                      paragraphs=("Xi Jinping held phone talks with Vladimir Putin on Thursday.",))
    enriched = enrich(english)
    assert Article.from_json(enriched.to_json()) == enriched
    assert enriched.to_dict()["readout"]["event_date"] == "2025-06-19"
