"""Properties of the readout extractor over generated documents."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from readoutparse.model import Article, Dateline
from readoutparse.readout import Gazetteer, extract_readout
from readoutparse.readout.cues import cue_data
from readoutparse.readout.relative_dates import local_day
from readoutparse.readout.scan import LANGUAGES, fold

PEOPLE = {
    "zh-Hans": ["国家主席习近平", "俄罗斯总统普京", "外交部长王毅", "美国国务卿布林肯"],
    "zh-Hant": ["國家主席習近平", "俄羅斯總統普京", "外交部長王毅"],
    "en": ["Chinese President Xi Jinping", "Russian President Vladimir Putin", "Wang Yi", "Sergei Lavrov"],
    "ar": ["الرئيس الصيني شي جين بينغ", "الرئيس الروسي فلاديمير بوتين", "وانغ يي", "سيرغي لافروف"],
    "vi": ["Chủ tịch Tập Cận Bình", "Tổng thống Putin", "Ngoại trưởng Vương Nghị", "Blinken"],
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
FILLER = {
    "zh-Hans": ["双方", "就", "局势", "交换", "合作", "表示", "，", "。", "会议", "经济"],
    "zh-Hant": ["雙方", "就", "局勢", "合作", "表示", "，", "。", "經濟"],
    "en": ["the", "two", "sides", "agreed", "on", "cooperation", ",", ".", "trade", "security"],
    "ar": ["الجانبان", "اتفق", "على", "التعاون", "،", ".", "الأمن", "في"],
    "vi": ["hai", "bên", "nhất", "trí", "hợp", "tác", ",", ".", "an", "ninh"],
}


@st.composite
def date_expression(draw: st.DrawFn, language: str) -> str:
    y = draw(st.integers(2010, 2030))
    m = draw(st.integers(1, 12))
    d = draw(st.integers(1, 31))
    forms = {
        "zh-Hans": [f"{y}年{m}月{d}日", f"{m}月{d}日", f"昨天（{d}日）", f"今天（{d}日）", f"周三（{d}日）", f"{d}日", "昨晚",
                    "上周五"],
        "zh-Hant": [f"{y}年{m}月{d}日", f"{m}月{d}日", f"昨天（{d}日）", f"週三（{d}日）"],
        "en": [f"on {MONTHS_EN[m - 1]} {d}, {y}", f"on {MONTHS_EN[m - 1]} {d}", f"{d} {MONTHS_EN[m - 1]}",
               "on Thursday", "last Monday", "yesterday", "today"],
        "ar": [f"{d} يوليو {y}", f"{d} مايو", "اليوم (الخميس)", "أمس", "يوم الأحد"],
        "vi": [f"hôm nay ({d}/{m})", f"hôm qua ({d}/{m})", f"ngày {d}/{m}/{y}", f"hôm {d}/{m}", "tối qua"],
    }[language]
    return draw(st.sampled_from(forms))


@st.composite
def readout_article(draw: st.DrawFn) -> tuple[Article, dt.date | None]:
    language = draw(st.sampled_from(LANGUAGES))
    cues = [c for kind in cue_data()["kinds"][language].values() for c in kind]
    words = FILLER[language] + PEOPLE[language] + cues[:12]
    parts = draw(st.lists(st.one_of(st.sampled_from(words), date_expression(language)), min_size=1, max_size=25))
    joiner = "" if language.startswith("zh") else " "
    paragraphs = [joiner.join(parts)]
    if draw(st.booleans()):
        paragraphs.append(joiner.join(draw(st.lists(st.sampled_from(words), max_size=10))))
    published = draw(st.one_of(
        st.none(),
        st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31)),
        st.datetimes(dt.datetime(2012, 1, 1), dt.datetime(2026, 12, 31),
                     timezones=st.sampled_from([dt.timezone.utc, dt.timezone(dt.timedelta(hours=8))])),
    ))
    dateline = None
    if draw(st.booleans()):
        dateline = Dateline(place="X", date=draw(st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31))))
    reference = draw(st.one_of(st.none(), st.dates(dt.date(2012, 1, 1), dt.date(2026, 12, 31))))
    article = Article(parser="x", language=language, title=draw(st.sampled_from(["", *words])),
                      paragraphs=paragraphs, published=published, dateline=dateline)
    return article, reference


@settings(max_examples=100, deadline=None)
@given(readout_article())
def test_event_date_is_never_after_published(case: tuple[Article, dt.date | None]) -> None:
    # A contact that took place is never after its page (but for a time zone's day); an
    # announced one never before it.
    article, reference = case
    readout = extract_readout(article, reference_date=reference)
    if readout is None or readout.event_date is None:
        return
    published = local_day(article.published, article.language)
    if readout.status == "planned":
        if published is not None:
            assert readout.event_date >= published
        return
    if published is not None:
        # another zone's day may be the page's next (Tokyo's 14th, Beijing's 13th)
        assert readout.event_date <= published + dt.timedelta(days=1)
    elif reference is not None and article.dateline is None:
        assert readout.event_date <= reference


@settings(max_examples=100, deadline=None)
@given(readout_article())
def test_initiator_is_a_participant(case: tuple[Article, dt.date | None]) -> None:
    article, reference = case
    readout = extract_readout(article, reference_date=reference)
    if readout is not None:
        assert readout.participants, "a readout always names someone"
        ids = [p.id for p in readout.participants]
        assert len(ids) == len(set(ids))
        assert readout.initiator is None or readout.initiator in ids
        assert readout.evidence


def _no_known_person(text: str, language: str) -> bool:
    matcher = Gazetteer.builtin().matcher(language)
    return not any(cands for _, _, cands in matcher.finditer(fold(text).text))


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(LANGUAGES), st.data())
def test_no_known_person_no_participants(language: str, data: st.DataObject) -> None:
    cues = [c for kind in cue_data()["kinds"][language].values() for c in kind]
    words = FILLER[language] + cues
    text = data.draw(st.lists(st.one_of(st.sampled_from(words), st.text(max_size=8)), max_size=30).map(" ".join))
    assume(_no_known_person(text, language))
    article = Article(parser="x", language=language, title=text[:20], paragraphs=(text,), published=dt.date(2024, 1, 1))
    readout = extract_readout(article)
    assert readout is None or readout.participants == ()


@settings(max_examples=100, deadline=None)
@given(st.sampled_from([*LANGUAGES, "xx"]), st.text(max_size=300), st.text(max_size=60))
def test_never_raises_on_any_text(language: str, body: str, title: str) -> None:
    article = Article(parser="x", language=language, title=title, paragraphs=tuple(body.split("\n")))
    extract_readout(article, reference_date=dt.date(2024, 1, 1))
