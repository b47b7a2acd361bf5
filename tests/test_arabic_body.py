"""Arabic portal pages: the byline over a stamp, a headline that asks, the story's Chinese version."""

from __future__ import annotations

import readoutparse
from readoutparse.parsers.arabic_body import is_chinese
from readoutparse.parsers.arabic_header import asked_headline, role


def test_a_byline_is_never_a_headline() -> None:
    assert role("بقلم سامي الأحمد") == "byline"
    assert role("سامي الأحمد يكتب عن الإذاعة") == "headline"


def test_a_headline_may_ask() -> None:
    assert asked_headline("لماذا يحب الشباب السفر بالقطار؟")
    assert asked_headline("بينغياو.. كيف حافظت المدينة على هويتها؟")  # an ellipsis is no sentence end
    assert not asked_headline("زار الوفد المعرض. فما الذي رآه هناك؟")  # a sentence before the question
    assert not asked_headline("ما هو السبب الرئيسي في رأيك وراء الضباب الدخاني الكثيف في الصين مؤخرا")
    assert not asked_headline("How do villages keep paper cutting alive?")


def test_chinese_lines() -> None:
    assert is_chinese("在山西的一个小山村里,老艺人教孩子们剪纸。")
    assert not is_chinese("أخبار باللغتين الصينية والعربية 双语新闻")
    assert not is_chinese("2023-05-14")


PAGE = """arabic.china.org.cn | 14. 05. 2023

هل يعود القارب الخشبي إلى النهر؟

arabic.china.org.cn / 09:20:11 2023-05-14

14 مايو 2023 / شبكة الصين / عاد صناع القوارب الخشبية إلى العمل على ضفاف النهر بعد أن زاد عدد السياح.

小镇的造船匠人重新开始制作木船。

ويقول أحدهم إن الطلب تضاعف خلال عام واحد.
"""


def test_question_headline_above_the_stamp_and_chinese_version() -> None:
    article = readoutparse.parse(PAGE, readout=False)
    assert article.title == "هل يعود القارب الخشبي إلى النهر؟"
    assert article.published is not None and article.published.isoformat() == "2023-05-14T09:20:11+08:00"
    # The Chinese line leaves the Arabic body, which runs on after it.
    assert article.paragraphs[-1] == "ويقول أحدهم إن الطلب تضاعف خلال عام واحد."
    assert len(article.paragraphs) == 2
    (chinese,) = article.translations
    assert chinese.language == "zh-Hans" and chinese.paragraphs == ("小镇的造船匠人重新开始制作木船。",)


def test_a_question_below_the_stamp_is_still_refused_as_prose() -> None:
    # Only the line right above a stamp may be a headline that asks: elsewhere it is prose.
    page = PAGE.replace("هل يعود القارب الخشبي إلى النهر؟\n\narabic.china.org.cn / 09:20:11 2023-05-14",
                        "arabic.china.org.cn / 09:20:11 2023-05-14\n\nهل يعود القارب الخشبي إلى النهر؟")
    try:
        readoutparse.parse(page, readout=False)
    except readoutparse.ReadoutParseError:
        return
    raise AssertionError("a page whose only candidate headline is under its stamp was accepted")


NEWS_CN = """طلاب الريف يعودون إلى مدارسهم بعد العطلة

2020-09-01 10:20:30|arabic.news.cn

الصورة: اليوم الأول من العام الدراسي

تلاميذ يحملون حقائبهم عند بوابة مدرسة في قرية جبلية بمقاطعة يوننان.

كونمينغ 1 سبتمبر 2020 (شينخوا) عاد ملايين التلاميذ إلى مدارسهم اليوم الثلاثاء مع بدء العام الدراسي الجديد.

وقالت إدارة التعليم إن المدارس جهزت الفصول قبل أسبوع.
"""


def test_the_line_under_a_picture_heading_is_its_caption() -> None:
    article = readoutparse.parse(NEWS_CN, readout=False)
    assert article.paragraphs[0].startswith("عاد ملايين التلاميذ") and article.source == "شينخوا"
    assert article.extra["captions"] == ["الصورة: اليوم الأول من العام الدراسي",
                                         "تلاميذ يحملون حقائبهم عند بوابة مدرسة في قرية جبلية بمقاطعة يوننان."]
    # a picture heading that ends a sentence is a caption itself: the line under it stays story
    page = NEWS_CN.replace("الصورة: اليوم الأول من العام الدراسي", "الصورة: تلاميذ في اليوم الأول.")
    page = page.replace("كونمينغ 1 سبتمبر 2020 (شينخوا) ", "")
    article = readoutparse.parse(page, readout=False)
    assert article.paragraphs[0].startswith("تلاميذ يحملون")


SIGNED = """人民网 2020:05:02.10:00:00

مقالة: الزراعة الذكية تغير وجه الريف (2)

/صحيفة الشعب اليومية أونلاين/  2020:05:02.09:30

مزارع يراقب حقله عبر هاتفه في مقاطعة شاندونغ. تصوير وانغ هوا/ صحيفة الشعب اليومية أونلاين

لي مينغ، نائب مدير معهد الزراعة الحديثة

شهدت الزراعة في الصين خلال السنوات الأخيرة تحولا كبيرا بفضل التقنيات الجديدة.

وأصبح المزارعون يستخدمون الطائرات المسيرة في رش المحاصيل.
"""


def test_a_signed_articles_byline_under_the_photo() -> None:
    article = readoutparse.parse(SIGNED, readout=False)
    assert article.authors == ("لي مينغ",) and article.extra["byline"].startswith("لي مينغ،")
    assert article.paragraphs[0].startswith("شهدت الزراعة")
    assert article.extra["captions"][0].startswith("مزارع يراقب")
    # with no photo above it the same shape is a section's heading, kept as the story's text
    article = readoutparse.parse(SIGNED.replace(
        "مزارع يراقب حقله عبر هاتفه في مقاطعة شاندونغ. تصوير وانغ هوا/ صحيفة الشعب اليومية أونلاين\n\n", ""),
        readout=False)
    assert article.authors == () and article.paragraphs[0].startswith("لي مينغ،")


def test_a_cut_photo_caption_is_no_picture_heading() -> None:
    # "في الصورة …" cut short over a story with no dateline: the story stays the first paragraph
    page = NEWS_CN.replace("الصورة: اليوم الأول من العام الدراسي",
                           "في الصورة الملتقطة يوم 1 سبتمبر 2020، تلاميذ عند بوابة مدرسة في قرية")
    page = page.replace("تلاميذ يحملون حقائبهم عند بوابة مدرسة في قرية جبلية بمقاطعة يوننان.\n\n", "")
    page = page.replace("كونمينغ 1 سبتمبر 2020 (شينخوا) ", "")
    article = readoutparse.parse(page, readout=False)
    assert article.paragraphs[0].startswith("عاد ملايين التلاميذ")
