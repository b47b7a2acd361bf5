"""Stage 4: kind, status, date, initiator and host, multilateral."""

from __future__ import annotations

import datetime as dt

import pytest

from readoutparse.model import Dateline
from readoutparse.readout import extract_readout

from .readout_lexicon import article, read

D = dt.date


@pytest.mark.parametrize(("language", "text"), [
    ("zh-Hans", "习近平将于9月25日晚同普京举行电话会谈。"),
    ("zh-Hans", "习近平9月25日晚同普京举行电话会谈。"),
    ("en", "Xi Jinping will hold a phone call with Vladimir Putin on September 25."),
    ("vi", "Chủ tịch Tập Cận Bình sẽ điện đàm với Tổng thống Putin ngày 25/9."),
    ("ar", "سوف يجري الرئيس شي جين بينغ مكالمة هاتفية مع بوتين يوم 25 سبتمبر."),
])
def test_announced_contacts_are_planned_and_dated_forward(language: str, text: str) -> None:
    readout = read(language, text, published=D(2020, 9, 22))
    assert readout is not None
    assert (readout.status, readout.event_date) == ("planned", D(2020, 9, 25))


def test_a_planned_contact_is_never_dated_before_its_page() -> None:
    readout = read("en", "Xi Jinping will meet Vladimir Putin on Monday.", published=D(2025, 7, 11))
    assert readout.status == "planned" and readout.event_date == D(2025, 7, 14)
    readout = read("zh-Hans", "习近平明天同普京通电话。", published=D(2025, 7, 11))
    assert readout.event_date == D(2025, 7, 12)


def test_a_held_contact_is_dated_backward() -> None:
    readout = read("zh-Hans", "习近平周三同普京通电话。", published=D(2025, 7, 11))
    assert (readout.status, readout.event_date) == ("held", D(2025, 7, 9))


def test_the_date_belongs_to_the_contact_not_the_report() -> None:
    readout = read("zh-Hans", "路透北京12月10日 - 据新华社今天报道，习近平周三晚同普京通电话。",
                   published=D(2020, 12, 10))
    assert readout.event_date == D(2020, 12, 9)


def test_month_only_phrases_block_the_fallback_to_the_story_day() -> None:
    readout = read("zh-Hans", "习近平上月同普京通电话。", published=D(2025, 7, 11),
                   dateline=Dateline(place="北京", date=D(2025, 7, 10)))
    assert readout.event_date is None


@pytest.mark.parametrize(("language", "text", "initiator", "host"), [
    ("zh-Hans", "习近平应约同普京通电话。", "vladimir_putin", None),
    ("zh-Hans", "应普京邀请，习近平同普京举行会谈。", None, "vladimir_putin"),
    ("zh-Hans", "习近平同普京举行电话会谈。应俄方提议，两人的通话持续了一小时。", "vladimir_putin", None),
    ("zh-Hant", "習近平同普京舉行電話會談。應俄方的建議，雙方通話約半小時。", "vladimir_putin", None),
    ("zh-Hans", "习近平致电普京，祝贺他连任。", "xi_jinping", None),
    ("en", "Xi Jinping met Vladimir Putin at the invitation of Vladimir Putin.", None, "vladimir_putin"),
    ("en", "Xi Jinping held a phone call with Vladimir Putin at the request of the Russian side.", "vladimir_putin",
     None),
    ("ar", "التقى شي جين بينغ مع بوتين بدعوة من بوتين.", None, "vladimir_putin"),
    ("ar", "أجرى شي جين بينغ مكالمة هاتفية مع بوتين بناء على طلب الجانب الروسي.", "vladimir_putin", None),
])
def test_initiator_and_host_are_apart(language: str, text: str, initiator: str | None, host: str | None) -> None:
    readout = read(language, text)
    assert (readout.initiator, readout.host) == (initiator, host)


def test_an_initiator_without_id_is_named() -> None:
    readout = read("zh-Hans", "瑙鲁外长安格明加致电王毅。")
    assert readout.initiator == "安格明加"


@pytest.mark.parametrize(("language", "text", "kind"), [
    ("vi", "Chủ tịch Tập Cận Bình hội đàm trực tuyến với Tổng thống Putin.", "video_call"),
    ("vi", "Chủ tịch Tập Cận Bình tiếp Đại sứ Nga.", "meeting"),
    ("zh-Hans", "习近平同普京互致贺电。", "message_exchange"),
    ("zh-Hans", "习近平复信普京。", "message_exchange"),
    ("ar", "تبادل شي جين بينغ وبوتين برقيات التهنئة.", "message_exchange"),
    ("ar", "عقد شي جين بينغ وبوتين اجتماعا افتراضيا.", "video_call"),
    ("zh-Hans", "习近平晤普京。", "meeting"),
])
def test_kinds(language: str, text: str, kind: str) -> None:
    readout = read(language, text)
    assert readout is not None and readout.kind == kind


def test_multilateral_contacts_are_marked() -> None:
    assert read("en", "Xi Jinping, Vladimir Putin and Antonio Guterres held a summit.").multilateral
    assert not read("zh-Hans", "习近平在峰会期间会见普京。").multilateral  # a bilateral meeting on the sidelines


def test_the_subject_sends_and_the_recipient_after_xiang_receives() -> None:
    assert read("zh-Hans", "习近平向普京致贺电。").initiator == "xi_jinping"
    assert read("zh-Hans", "特朗普入院，习近平致电慰问特朗普。").initiator == "xi_jinping"


def test_a_possessive_mention_is_no_participant_when_the_sides_stand_without_it() -> None:
    readout = read("zh-Hans", "习近平同普京通电话，两人都是特朗普的老朋友。")
    assert [p.id for p in readout.participants] == ["xi_jinping", "vladimir_putin"]


def test_modality_after_a_contact_noun_and_across_a_continued_clause() -> None:
    assert read("zh-Hans", "习近平和普京的会晤将于下周举行。").status == "planned"
    assert read("zh-Hans", "王毅计划下月访问俄罗斯，并与普京会谈。").status == "planned"
    readout = read("zh-Hans", "王毅昨天会见即将离任的俄罗斯驻华大使。")
    assert (readout.status, readout.event_date) == ("held", D(2025, 7, 10))
    assert [(p.country, p.office) for p in readout.participants] == [("CN", "foreign_minister"), ("RU", "ambassador")]


def test_joint_senders_the_first_speaks_for_them() -> None:
    vi = ("Chủ tịch nước Nguyễn Xuân Phúc và Thủ tướng Chính phủ Phạm Minh Chính đã gửi điện thăm hỏi đến "
          "Tổng thống Hoa Kỳ Joe Biden.")
    en = "Vietnamese President Nguyen Xuan Phuc and Prime Minister Pham Minh Chinh sent a message to Joe Biden."
    for language, text in (("vi", vi), ("en", en)):
        readout = extract_readout(article(language, text, published=dt.date(2022, 10, 6)))
        assert readout is not None and readout.initiator == "nguyen_xuan_phuc", language
    # a sender named after a comma is no joint sender: the last subject before the verb
    readout = extract_readout(article("vi", "Ngày 4/5, Thủ tướng Phạm Minh Chính đã gửi điện mừng tới Thủ tướng "
                                            "Singapore Lawrence Wong.", published=dt.date(2025, 5, 5)))
    assert readout is not None and readout.initiator == "pham_minh_chinh"


def test_a_lead_restated_with_its_day_takes_that_day() -> None:
    sapo = "Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện thăm hỏi đến Tổng thống Hoa Kỳ Joe Biden."
    body = ("Được tin cơn bão đổ bộ vào bang Florida, ngày 5/10/2022, Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện "
            "thăm hỏi đến Tổng thống Joe Biden.")
    readout = extract_readout(article("vi", sapo, body, published=None))
    assert readout is not None and readout.event_date == D(2022, 10, 5)
    # a later paragraph about something else lends no day
    other = "Ngày 5/10/2022, bão Ian gây thiệt hại nặng ở Florida."
    readout = extract_readout(article("vi", sapo, other, published=None))
    assert readout is not None and readout.event_date is None


def test_a_host_named_by_title_alone_is_the_participant_holding_it() -> None:
    text = ("Chiều nay (10/9), Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Hoa Kỳ Joe Biden, người đang "
            "thăm cấp nhà nước Việt Nam theo lời mời của Tổng Bí thư.")
    readout = extract_readout(article("vi", text, published=D(2023, 9, 10)))
    assert readout is not None and readout.host == "nguyen_phu_trong" and readout.initiator is None


def test_an_arabic_planned_state_visit() -> None:
    text = ("أعلنت المتحدثة باسم وزارة الخارجية الصينية هوا تشون ينغ اليوم (الجمعة) أن الرئيس الصيني شي جين بينغ "
            "سيقوم بزيارة دولة إلى روسيا من 20 إلى 22 مارس بدعوة من الرئيس الروسي فلاديمير بوتين.")
    readout = extract_readout(article("ar", text, published=D(2023, 3, 17)))
    assert readout is not None
    assert (readout.kind, readout.status, readout.event_date, readout.host) == (
        "meeting", "planned", D(2023, 3, 20), "vladimir_putin")
    assert readout.initiator is None and readout.place is None


def test_who_receives_hosts() -> None:
    text = "استقبل رئيس مجلس الدولة الصيني لي كه تشيانغ اليوم الأحد وزير الخارجية المصري سامح شكري في قاعة الشعب الكبرى."
    readout = extract_readout(article("ar", text, published=D(2015, 8, 2)))
    assert readout is not None and readout.host == "li_keqiang" and readout.initiator is None
