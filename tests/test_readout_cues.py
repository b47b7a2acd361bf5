"""Every kind cue and every initiator cue in cues.json, in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Article
from readoutparse.readout import extract_readout
from readoutparse.readout.cues import GENERIC, cue_data

# Two known people around a cue: "<A> <cue> <B>."
TEMPLATES = {
    "zh-Hans": "国家主席习近平同俄罗斯总统普京{cue}。",
    "zh-Hant": "國家主席習近平同俄羅斯總統普京{cue}。",
    "en": "Chinese President Xi Jinping {cue} Russian President Vladimir Putin.",
    "ar": "الرئيس الصيني شي جين بينغ {cue} الرئيس الروسي فلاديمير بوتين.",
    "vi": "Chủ tịch Trung Quốc Tập Cận Bình {cue} Tổng thống Nga Vladimir Putin.",
}
OBJECT_TEMPLATES = {"zh-Hans": "国家主席习近平{cue}俄罗斯总统普京。", "zh-Hant": "國家主席習近平{cue}俄羅斯總統普京。"}
PUBLISHED = dt.date(2024, 5, 20)


def _article(language: str, *paragraphs: str, title: str = "", **fields) -> Article:
    fields.setdefault("published", PUBLISHED)
    return Article(parser="x", language=language, title=title, paragraphs=paragraphs, **fields)


def _kind_cases() -> list[tuple[str, str, str]]:
    data = cue_data()
    return [(lang, kind, cue) for lang, kinds in data["kinds"].items() for kind, cues in kinds.items()
            for cue in cues]


# 致电 is a cable only where its clause congratulates, condoles or greets; bare, it is a call.
CABLE_OR_CALL = {"致电", "致電"}


@pytest.mark.parametrize(("language", "kind", "cue"), _kind_cases())
def test_kind_cue(language: str, kind: str, cue: str) -> None:
    template = TEMPLATES[language]
    if cue in cue_data().get("object_cues", {}).get(language, ()):
        template = OBJECT_TEMPLATES[language]  # 陪同 counts with the one accompanied after it
    readout = extract_readout(_article(language, template.format(cue=cue)))
    assert readout is not None
    expected = "phone_call" if cue in CABLE_OR_CALL else (None if kind == GENERIC else kind)
    assert readout.kind == expected
    assert [p.id for p in readout.participants] == ["xi_jinping", "vladimir_putin"]


@pytest.mark.parametrize(("text", "kind"), [
    ("国家主席习近平致电俄罗斯总统普京，祝贺他连任。", "message_exchange"),
    ("國家主席習近平致電俄羅斯總統普京，慰問地震災民。", "message_exchange"),
    ("印度总理莫迪致电俄罗斯总统普京，讨论双边合作。", "phone_call"),
    ("国家主席习近平致电俄罗斯总统普京。双方讨论了合作，并祝贺建交周年。", "phone_call"),
])
def test_zhidian_is_a_cable_or_a_call_by_its_clause(text: str, kind: str) -> None:
    language = "zh-Hant" if "國" in text else "zh-Hans"
    readout = extract_readout(_article(language, text))
    assert readout is not None and readout.kind == kind


@pytest.mark.parametrize("language", list(TEMPLATES))
def test_kind_cues_are_case_and_script_tolerant(language: str) -> None:
    text = {"en": "Chinese President Xi Jinping held PHONE TALKS with Vladimir Putin.",
            "vi": "Điện đàm giữa ông Tập Cận Bình và Tổng thống Putin.",
            "ar": "أجرى الرئيس الصيني شي جين بينغ اتصالاً هاتفياً مع الرئيس الروسي فلاديمير بوتين.",
            "zh-Hans": "习近平同普京通電話。",  # a Traditional cue in Simplified text
            "zh-Hant": "習近平同普京通电话。"}[language]
    assert extract_readout(_article(language, text)).kind == "phone_call"


def test_most_specific_kind_wins() -> None:
    text = "Chinese President Xi Jinping held talks with Russian President Vladimir Putin via video link."
    assert extract_readout(_article("en", text)).kind == "video_call"


def test_a_known_person_without_a_cue_is_no_readout() -> None:
    assert extract_readout(_article("en", "Chinese President Xi Jinping visited a factory.")) is None
    # a generic cue needs two known people
    assert extract_readout(_article("en", "Xi Jinping exchanged views with scholars.")) is None


INITIATOR_CASES = [
    ("zh-Hans", "国家主席习近平应约同美国总统拜登通电话。", "joe_biden"),
    ("zh-Hans", "美国总统拜登应约同国家主席习近平通电话。", "xi_jinping"),
    ("zh-Hans", "应俄方请求，国家主席习近平同俄罗斯总统普京通电话。", "vladimir_putin"),
    ("zh-Hans", "国家主席习近平接到俄罗斯总统普京打来的电话。", "vladimir_putin"),
    ("zh-Hant", "國家主席習近平應約同美國總統拜登通電話。", "joe_biden"),
    ("zh-Hant", "應俄方請求，國家主席習近平同俄羅斯總統普京通電話。", "vladimir_putin"),
    ("en", "Chinese President Xi Jinping held a phone call with U.S. President Joe Biden at the request of the U.S. side.",
     "joe_biden"),
    ("en", "Chinese President Xi Jinping received a phone call from Russian President Vladimir Putin.",
     "vladimir_putin"),
    ("en", "Xi Jinping and Joe Biden held a phone call requested by Washington.", "joe_biden"),
    ("en", "Xi Jinping held a phone call with Joe Biden at Biden's request.", "joe_biden"),
    ("ar", "تلقى الرئيس الصيني شي جين بينغ مكالمة هاتفية من الرئيس الروسي فلاديمير بوتين.", "vladimir_putin"),
    ("ar", "تلقى الرئيس الصيني شي جين بينغ اتصالا هاتفيا من نظيره الروسي بوتين.", "vladimir_putin"),
    ("ar", "أجرى الرئيس الصيني شي جين بينغ مكالمة هاتفية مع الرئيس الأمريكي جو بايدن بناء على طلب الجانب الأمريكي.",
     "joe_biden"),
    ("vi", "Ngoại trưởng Vương Nghị điện đàm với Ngoại trưởng Mỹ Blinken theo đề nghị của Washington.",
     "antony_blinken"),
    ("vi", "Chủ tịch Tập Cận Bình điện đàm với Tổng thống Nga Putin theo đề nghị của phía Nga.", "vladimir_putin"),
    ("vi", "Chủ tịch Tập Cận Bình nhận điện thoại của Tổng thống Putin.", "vladimir_putin"),
]


@pytest.mark.parametrize(("language", "text", "initiator"), INITIATOR_CASES)
def test_initiator_cue(language: str, text: str, initiator: str | None) -> None:
    readout = extract_readout(_article(language, text))
    if initiator is None and readout is None:
        return
    assert readout is not None
    assert readout.initiator == initiator
    assert readout.initiator in [p.id for p in readout.participants]


HOST_CASES = [
    ("zh-Hans", "应普京总统邀请，国家主席习近平同俄罗斯总统普京举行会谈。", "vladimir_putin"),
    ("zh-Hant", "應普京總統邀請，國家主席習近平同俄羅斯總統普京舉行會談。", "vladimir_putin"),
    ("en", "At the invitation of Xi Jinping, Vladimir Putin held talks with him in Beijing.", "xi_jinping"),
    ("ar", "أجرى الرئيس الصيني شي جين بينغ محادثات مع الرئيس الروسي بوتين تلبية لدعوة من بوتين.", "vladimir_putin"),
    ("ar", "التقى الرئيس الصيني شي جين بينغ الرئيس الروسي بوتين بدعوة من بوتين.", "vladimir_putin"),
    ("vi", "Chủ tịch Tập Cận Bình hội đàm với Tổng thống Nga Putin theo lời mời của Tổng thống Putin.",
     "vladimir_putin"),
]


@pytest.mark.parametrize(("language", "text", "host"), HOST_CASES)
def test_host_is_not_the_initiator(language: str, text: str, host: str) -> None:
    # An invitation names who hosted the visit, not who asked for the contact.
    readout = extract_readout(_article(language, text))
    assert readout is not None
    assert (readout.host, readout.initiator) == (host, None)


def test_initiator_cue_in_the_next_sentence() -> None:
    text = ("Ngoại trưởng Trung Quốc Vương Nghị hôm nay đã có cuộc điện đàm với người đồng cấp Hoa Kỳ Blinken.",
            "Cuộc điện đàm được thực hiện theo đề nghị của Washington.")
    readout = extract_readout(_article("vi", *text))
    assert readout.initiator == "antony_blinken"


def test_no_initiator_when_the_side_is_not_a_participant() -> None:
    text = "国家主席习近平同俄罗斯总统普京通电话。应法方请求，双方将保持沟通。"
    assert extract_readout(_article("zh-Hans", text)).initiator is None


PLACE_CASES = [
    ("zh-Hans", "国家主席习近平在人民大会堂会见俄罗斯总统普京。", "人民大会堂"),
    ("zh-Hans", "当地时间7月10日，王毅在吉隆坡会见俄罗斯外长拉夫罗夫。", "吉隆坡"),
    ("en", "Chinese Foreign Minister Wang Yi met with Russian Foreign Minister Sergei Lavrov in Kuala Lumpur on "
           "Thursday.", "Kuala Lumpur"),
    ("en", "Wang Yi met with Sergei Lavrov in July.", None),
    ("vi", "Ngoại trưởng Vương Nghị đã hội đàm với Ngoại trưởng Lavrov tại Kuala Lumpur.", "Kuala Lumpur"),
    ("ar", "قال وزير الخارجية الصيني وانغ يي هنا في كوالالمبور إنه التقى وزير الخارجية الروسي لافروف.", "كوالالمبور"),
    ("en", "Chinese President Xi Jinping held phone talks in Beijing with Vladimir Putin.", None),  # calls: no place
]


@pytest.mark.parametrize(("language", "text", "place"), PLACE_CASES)
def test_place(language: str, text: str, place: str | None) -> None:
    readout = extract_readout(_article(language, text))
    assert readout is not None
    assert readout.place == place


@pytest.mark.parametrize(("text", "place"), [
    ("Chiều 27/6, tại Đại lễ đường Nhân dân ở thủ đô Bắc Kinh, Chủ tịch Tập Cận Bình đã hội kiến Thủ tướng "
     "Phạm Minh Chính.", "Đại lễ đường Nhân dân ở thủ đô Bắc Kinh"),
    ("Sáng nay (4/6), tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Albanese.",
     "Trụ sở Chính phủ"),
    ("Ngoại trưởng Vương Nghị đã gặp Ngoại trưởng Lavrov tại Kuala Lumpur vào ngày 10/7.", "Kuala Lumpur"),
    ("Tại đây, Ngoại trưởng Vương Nghị đã gặp Ngoại trưởng Lavrov.", None),
])
def test_vietnamese_place_phrases(text: str, place: str | None) -> None:
    assert extract_readout(_article("vi", text)).place == place


@pytest.mark.parametrize(("language", "text", "initiator"), [
    ("en", "Chinese President Xi Jinping held a phone conversation with U.S. President Joe Biden on Tuesday evening "
           "at the request of the latter.", "joe_biden"),
    ("en", "Joe Biden held a phone conversation with Xi Jinping at the request of the former.", "joe_biden"),
    ("zh-Hans", "国家主席习近平同美国总统拜登通电话，此次通话应后者请求进行。", "joe_biden"),
])
def test_initiator_by_reference(language: str, text: str, initiator: str) -> None:
    assert extract_readout(_article(language, text)).initiator == initiator


def test_modality_sections_fill_every_category_the_readers_look_for() -> None:
    from readoutparse.readout.lexicon import MODALITY_CATEGORIES
    from readoutparse.readout.scan import LANGUAGES

    data = cue_data()
    table = data["modality_sections"]
    assert sorted(table.values()) == sorted(MODALITY_CATEGORIES)  # each once, none unknown
    for section in table:
        assert isinstance(data[section], dict) and set(data[section]) <= set(LANGUAGES), section
        assert all(isinstance(words, list) and words for words in data[section].values()), section


def test_every_section_of_the_cue_file_has_a_reader() -> None:
    # A section no module names and no table maps is words nobody looks for.
    from pathlib import Path

    import readoutparse.readout as package

    source = "".join(path.read_text("utf-8") for path in Path(package.__file__).parent.glob("*.py"))
    data = cue_data()
    unread = [key for key in data if key not in data["modality_sections"] and f'"{key}"' not in source]
    assert not unread
