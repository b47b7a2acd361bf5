"""Rules of the Xinhua bilingual portal format (parser ``xinhua_bilingual``)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

import readoutparse
from readoutparse import Document, MalformedDocumentError, ReadoutParseError
from readoutparse.dates import BEIJING
from readoutparse.parsers.xinhua_bilingual import XinhuaBilingualParser, parse_time

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "xinhua_bilingual"
SEED = FIXTURES / "000_b724a6c8c6442259.txt"
OTHER_SEEDS = sorted(
    p for d in ("zaobao_jekyll", "xinhua_arabic", "vov")
    for p in (FIXTURES.parent / d).glob("*") if p.suffix in (".txt", ".md")
)

CRUMB = "首頁 > 頭條"
TITLE = "王毅同俄羅斯外長拉夫羅夫通電話"
HEADER = "發佈時間:2025-06-20 09:10:53 | 來源:新華網 | 作者: | 責任編輯:曹川川"
BODY = "6月19日，中共中央政治局委員、外交部長王毅應約同俄羅斯外長拉夫羅夫通電話。\n\n雙方就雙邊關係交換了意見。"


def page(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def parse(text: str, **options: object) -> readoutparse.Article:
    return readoutparse.parse(text, parser="xinhua_bilingual", readout=False, **options)


def no_stray(article: readoutparse.Article) -> None:
    assert not any("unrecognised lines" in w for w in article.warnings), article.warnings


# -- the seed -----------------------------------------------------------------------------

def test_seed_record() -> None:
    article = readoutparse.parse(SEED.read_bytes(), readout=False)
    assert article.parser == "xinhua_bilingual"
    assert article.language == "zh-Hant"
    assert article.section == ("首頁", "頭條")
    assert article.title == "習近平同俄羅斯總統普京通電話"
    assert article.published == dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)
    assert (article.source, article.authors, article.editor) == ("新華網", (), "曹川川")
    assert article.paragraphs[0].startswith("6月19日下午")
    assert len(article.paragraphs) == 9
    (english,) = article.translations
    assert english.language == "en" and english.parser == "xinhua_bilingual"
    assert english.title.startswith("Xi says ceasefire an urgent priority")
    assert english.published is None  # not stated for the English version
    assert english.section == () and english.tags == ()
    assert english.paragraphs[0].startswith("Chinese President Xi Jinping said on Thursday")
    assert article.warnings == () and english.warnings == ()


# -- breadcrumb ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("crumb", "items"),
    [
        ("首頁 >  頭條", ("首頁", "頭條")),
        ("首页>>新闻>>国际", ("首页", "新闻", "国际")),
        ("首頁 >> 新聞 >   國際", ("首頁", "新聞", "國際")),
        ("首頁 ＞ 新聞中心 ＞ 外交", ("首頁", "新聞中心", "外交")),
        ("當前位置：首頁 > 新聞", ("首頁", "新聞")),
    ],
)
def test_breadcrumb_items(crumb: str, items: tuple[str, ...]) -> None:
    article = parse(page(crumb, TITLE, HEADER, BODY))
    assert article.section == items
    assert article.title == TITLE
    no_stray(article)


def test_missing_breadcrumb_warns_but_parses() -> None:
    article = parse(page(TITLE, HEADER, BODY))
    assert article.section == ()
    assert article.title == TITLE and article.source == "新華網"
    assert any("breadcrumb" in w for w in article.warnings)


# -- header -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "header",
    [
        "發佈時間:2025-06-20 09:10:53 | 來源:新華網 | 作者: | 責任編輯:曹川川",
        "發佈時間：2025-06-20 09:10:53 ｜ 來源：新華網 ｜ 作者： ｜ 責任編輯：曹川川",
        "发布时间：2025-06-20 09:10:53 | 来源：新華網 | 作者： | 责任编辑：曹川川",
        "发布时间：2025-06-20 09:10:53 来源：新華網 作者： 编辑：曹川川",
        "發佈時間 : 2025-06-20 09:10:53|來源 : 新華網|編輯 : 曹川川",
    ],
)
def test_header_variants(header: str) -> None:
    article = parse(page(CRUMB, TITLE, header, BODY))
    assert article.published == dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)
    assert (article.source, article.authors, article.editor) == ("新華網", (), "曹川川")
    assert article.lines[5] == "published"
    no_stray(article)


@pytest.mark.parametrize("source", ["新華網", "新華社", "人民日報", "央視新聞", "中國網", "新华社"])
def test_sources_as_printed(source: str) -> None:
    article = parse(page(CRUMB, TITLE, f"發佈時間:2025-06-20 09:10:53 | 來源:{source}", BODY))
    assert article.source == source


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-20 09:10:53", dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)),
        ("2025-06-20 09:10", dt.datetime(2025, 6, 20, 9, 10, tzinfo=BEIJING)),
        ("2025-6-20 9:05", dt.datetime(2025, 6, 20, 9, 5, tzinfo=BEIJING)),
        ("2025年6月20日 09:10", dt.datetime(2025, 6, 20, 9, 10, tzinfo=BEIJING)),
        ("2025年06月20日09:10:53", dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)),
        ("２０２５-０６-２０ ０９:１０", dt.datetime(2025, 6, 20, 9, 10, tzinfo=BEIJING)),
        ("2025-06-20", dt.date(2025, 6, 20)),
        ("2025年6月20日", dt.date(2025, 6, 20)),
        # half-written or impossible: nothing rather than a wrong value
        ("2025-06-20 09:1", None),
        ("2025-06-20 09:", None),
        ("2025-06-20 0", None),
        ("2025-06-2", None),
        ("2025-06-", None),
        ("2025年6月20", None),
        ("2025-13-01 10:00", None),
        ("2024-04-31 07:12:09", None),
        ("2025-06-20 25:10:00", None),
        ("", None),
    ],
)
def test_parse_time(value: str, expected: object) -> None:
    assert parse_time(value) == expected


def test_half_written_time_gives_none_and_warning() -> None:
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:1 | 來源:新華網", BODY))
    assert article.published is None
    assert article.source == "新華網"
    assert any("publish time" in w and "line 5" in w for w in article.warnings)


@pytest.mark.parametrize(
    ("field", "authors"),
    [
        ("作者:", ()),
        ("作者:張三", ("張三",)),
        ("作者:張三 李四", ("張三", "李四")),
        ("作者:張三、李四", ("張三", "李四")),
        ("作者：張三，李四", ("張三", "李四")),
    ],
)
def test_authors(field: str, authors: tuple[str, ...]) -> None:
    article = parse(page(CRUMB, TITLE, f"發佈時間:2025-06-20 09:10:53 | 來源:新華網 | {field}", BODY))
    assert article.authors == authors


def test_empty_or_missing_editor_is_none() -> None:
    assert parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 責任編輯:", BODY)).editor is None
    assert parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 來源:新華網", BODY)).editor is None


def test_unknown_label_goes_to_extra() -> None:
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 來源:新華網 | 欄目:外交動態", BODY))
    assert article.extra == {"欄目": "外交動態"}
    no_stray(article)


# -- language -----------------------------------------------------------------------------

def test_language_from_text_not_labels() -> None:
    simplified = page("首页 > 国际", "王毅同俄罗斯外长拉夫罗夫通电话",
                      "发布时间：2025-06-20 09:10 | 来源：新华社",
                      "6月19日，中共中央政治局委员、外交部长王毅应约同俄罗斯外长拉夫罗夫通电话。")
    assert parse(simplified).language == "zh-Hans"
    # Traditional labels, Simplified text: the text decides.
    mixed = simplified.replace("发布时间", "發佈時間").replace("来源", "來源")
    assert parse(mixed).language == "zh-Hans"
    assert parse(page(CRUMB, TITLE, HEADER, BODY)).language == "zh-Hant"


# -- furniture and the editor line ---------------------------------------------------------

@pytest.mark.parametrize("line", ["【纠错】", "【糾錯】", "分享到：微信 微博 QQ空間", "分享到:", "（完）"])
def test_furniture_lines(line: str) -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, line))
    assert article.boilerplate == (line,)
    assert len(article.paragraphs) == 2
    no_stray(article)


@pytest.mark.parametrize("line", ["[責任編輯:曹川川]", "【责任编辑：曹川川】", "（責任編輯：曹川川）", "責任編輯：曹川川"])
def test_trailing_editor_line_fills_missing_editor(line: str) -> None:
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 來源:新華網 | 作者:", BODY, line))
    assert article.editor == "曹川川"
    assert line not in article.paragraphs and article.boilerplate == ()
    assert article.lines[max(article.lines)] == "editor"
    no_stray(article)


def test_trailing_editor_line_disagreeing_with_header_warns() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "[責任編輯:王某]"))
    assert article.editor == "曹川川"
    assert any("王某" in w for w in article.warnings)


def test_editor_line_after_english_part_belongs_to_chinese_record() -> None:
    english = "Wang Yi holds phone talks with Lavrov\n\nThe two ministers exchanged views."
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 來源:新華網", BODY, english,
                         "Enditem", "【責任編輯：曹川川】"))
    assert article.editor == "曹川川"
    (en,) = article.translations
    assert en.editor is None and en.boilerplate == ("Enditem",)
    no_stray(article)


# -- Chinese dateline ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lead", "place", "agency", "authors", "rest"),
    [
        ("新華社北京6月19日電 6月19日，王毅同拉夫羅夫通電話。", "北京", "新華社", (), "6月19日，王毅同拉夫羅夫通電話。"),
        ("新华社北京6月19日电，王毅同拉夫罗夫通电话。", "北京", "新华社", (), "王毅同拉夫罗夫通电话。"),
        ("新华社莫斯科6月19日电（记者 张三）王毅同拉夫罗夫会谈。", "莫斯科", "新华社", ("张三",), "王毅同拉夫罗夫会谈。"),
        ("新華社莫斯科6月19日電(記者張三、李四) 王毅同拉夫羅夫會談。", "莫斯科", "新華社", ("張三", "李四"), "王毅同拉夫羅夫會談。"),
        ("新華社聯合國6月19日電 王毅會見古特雷斯。", "聯合國", "新華社", (), "王毅會見古特雷斯。"),
    ],
)
def test_chinese_dateline(lead: str, place: str, agency: str, authors: tuple[str, ...], rest: str) -> None:
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 來源:新華社 | 作者:", lead))
    assert article.dateline == readoutparse.Dateline(place, dt.date(2025, 6, 19), agency)
    assert article.authors == authors
    assert article.paragraphs == (rest,)


def test_reporter_does_not_override_header_authors() -> None:
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-06-20 09:10 | 作者:王五",
                         "新华社莫斯科6月19日电（记者 张三）王毅同拉夫罗夫会谈。"))
    assert article.authors == ("王五",)


def test_dateline_year_from_reference_date_or_previous_year() -> None:
    lead = "新華社北京12月31日電 王毅同拉夫羅夫通電話。"
    article = parse(page(CRUMB, TITLE, "發佈時間:2025-01-01 08:00 | 來源:新華社", lead))
    assert article.dateline.date == dt.date(2024, 12, 31)  # type: ignore[union-attr]
    undated = page(CRUMB, TITLE, "發佈時間:2025-01-0 | 來源:新華社", lead)
    assert parse(undated).dateline.date is None  # type: ignore[union-attr]
    anchored = parse(undated, reference_date=dt.date(2025, 1, 2))
    assert anchored.dateline.date == dt.date(2024, 12, 31)  # type: ignore[union-attr]


def test_dateline_only_in_first_paragraph() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, "王毅同拉夫羅夫通電話。", "新華社北京6月19日電 另一段。"))
    assert article.dateline is None
    assert article.paragraphs[1] == "新華社北京6月19日電 另一段。"


# -- English version ----------------------------------------------------------------------

ENGLISH_BODY = "Chinese Foreign Minister Wang Yi held phone talks with Russian Foreign Minister Sergei Lavrov."


@pytest.mark.parametrize(
    ("lead", "place", "day"),
    [
        ("BEIJING, June 19 (Xinhua) -- ", "BEIJING", dt.date(2025, 6, 19)),
        ("BEIJING, June 19 (Xinhua) — ", "BEIJING", dt.date(2025, 6, 19)),
        ("BEIJING, June 19 (Xinhua) – ", "BEIJING", dt.date(2025, 6, 19)),
        ("UNITED NATIONS, June 18 (Xinhua) -- ", "UNITED NATIONS", dt.date(2025, 6, 18)),
        ("MOSCOW, Jun. 19 (Xinhua) -- ", "MOSCOW", dt.date(2025, 6, 19)),
        ("UNITED NATIONS, Sept. 24 (Xinhua) -- ", "UNITED NATIONS", dt.date(2024, 9, 24)),
        ("ST. PETERSBURG, Oct. 3, 2023 (Xinhua) -- ", "ST. PETERSBURG", dt.date(2023, 10, 3)),
        ("(Xinhua) -- ", None, None),
    ],
)
def test_english_dateline(lead: str, place: str | None, day: dt.date | None) -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "Wang Yi, Lavrov hold phone talks", lead + ENGLISH_BODY))
    (en,) = article.translations
    assert en.dateline == readoutparse.Dateline(place, day, "Xinhua")
    assert en.paragraphs == (ENGLISH_BODY,)


def test_english_dateline_abbreviated_month_infers_year_from_own_time() -> None:
    article = parse(page(CRUMB, TITLE, "發佈時間:2027-03-01 09:00 | 來源:新華網", BODY, "Wang Yi meets Guterres",
                         "Source: Xinhua | 2025-10-26 08:00:00 | Editor: Li Ming",
                         "UNITED NATIONS, Oct. 25 (Xinhua) -- " + ENGLISH_BODY))
    (en,) = article.translations
    assert en.dateline == readoutparse.Dateline("UNITED NATIONS", dt.date(2025, 10, 25), "Xinhua")


@pytest.mark.parametrize(
    ("line", "source", "published", "editor"),
    [
        ("Source: Xinhua | 2025-06-20 09:10:53 | Editor: Li Ming", "Xinhua",
         dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING), "Li Ming"),
        ("SOURCE : Xinhua|EDITOR:Wang Fang", "Xinhua", None, "Wang Fang"),
        ("source: Xinhua", "Xinhua", None, None),
        ("Source: Xinhua | Web editor: Li Ming", "Xinhua", None, "Li Ming"),
    ],
)
def test_english_source_line(line: str, source: str, published: object, editor: str | None) -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "Wang Yi, Lavrov hold phone talks", line,
                         "BEIJING, June 19 (Xinhua) -- " + ENGLISH_BODY))
    (en,) = article.translations
    assert (en.source, en.published, en.editor) == (source, published, editor)
    assert en.title == "Wang Yi, Lavrov hold phone talks"
    assert en.paragraphs == (ENGLISH_BODY,)
    no_stray(article)


def test_english_paragraph_quoting_han_stays_english() -> None:
    quoted = "Chinese President Xi Jinping (習近平) held phone talks with Russian President Vladimir Putin on Thursday."
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "Xi, Putin hold phone talks", quoted))
    assert article.translations[0].paragraphs == (quoted,)
    no_stray(article)


def test_english_version_inherits_nothing_without_source_line() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "Wang Yi, Lavrov hold phone talks", ENGLISH_BODY))
    (en,) = article.translations
    assert (en.source, en.published, en.editor, en.authors) == (None, None, None, ())


def test_english_half_written_time_warns() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "Wang Yi, Lavrov hold phone talks",
                         "Source: Xinhua | 2025-06-20 09:1", ENGLISH_BODY))
    (en,) = article.translations
    assert en.published is None and en.source == "Xinhua"
    assert any("publish time" in w for w in en.warnings)


def test_english_without_headline_warns() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "BEIJING, June 19 (Xinhua) -- " + ENGLISH_BODY))
    (en,) = article.translations
    assert en.title == "" and en.paragraphs == (ENGLISH_BODY,)
    assert any("headline" in w for w in en.warnings)


def test_page_without_english_has_no_translations() -> None:
    assert parse(page(CRUMB, TITLE, HEADER, BODY)).translations == ()


# -- truncation and damage ----------------------------------------------------------------

def test_truncated_after_header_warns() -> None:
    article = parse(page(CRUMB, TITLE, HEADER))
    assert article.title == TITLE and article.paragraphs == ()
    assert any("body is missing" in w and "line 5" in w for w in article.warnings)
    with pytest.raises(MalformedDocumentError):
        parse(page(CRUMB, TITLE, HEADER), strict=True)


def test_truncated_after_title_is_malformed_naming_the_line() -> None:
    with pytest.raises(MalformedDocumentError) as caught:
        parse(page(CRUMB, TITLE))
    assert caught.value.line == 3 and caught.value.parser == "xinhua_bilingual"
    assert "header" in str(caught.value)


def test_header_without_title_keeps_an_empty_title_with_a_warning() -> None:
    # Real dumps of the portal have pages with no title line: the header comes first.
    article = parse(page(CRUMB, HEADER, BODY))
    assert article.title == "" and article.section == ("首頁", "頭條")
    assert article.editor == "曹川川" and article.paragraphs[0].startswith("6月19日")
    assert any("no title line" in w for w in article.warnings)


def test_empty_document_is_malformed() -> None:
    with pytest.raises(MalformedDocumentError):
        parse("\n\n")


# -- detection ----------------------------------------------------------------------------

def score(text: str) -> float:
    return XinhuaBilingualParser().score(Document(text))


def test_scores() -> None:
    assert score(SEED.read_text("utf-8")) >= 0.9
    assert score(page(CRUMB, TITLE, HEADER, BODY)) >= 0.9
    assert score(page("首页 >> 国际", TITLE, "发布时间：2025-06-20 09:10", BODY)) >= 0.9
    assert 0.6 <= score(page(TITLE, HEADER, BODY)) < 0.9
    assert 0.5 <= score(page(CRUMB, TITLE, "來源:新華網", BODY)) < 0.7
    assert score(page("首頁 > News", "Wang Yi talks with Lavrov", ENGLISH_BODY)) < 0.5
    assert score(page("الصفحة الرئيسية >> التبادلات الدولية", "عنوان")) < 0.5
    assert score("just some text\nwith > and | characters") < 0.5
    assert score("") == 0.0


@pytest.mark.parametrize("path", OTHER_SEEDS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_other_formats_score_low(path: Path) -> None:
    assert score(path.read_text("utf-8")) < 0.5


# -- pathological input -------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        ">" * 100_000,
        "首頁 " + "> " * 50_000,
        "|" * 100_000,
        "-" * 100_000,
        "(" * 100_000,
        "9" * 100_000,
        "發佈時間:" * 20_000,
        page(CRUMB, TITLE, "發佈時間:" + "2025-" * 20_000),
        page(CRUMB, TITLE, "發佈時間:" + "2" * 100_000 + " | 來源:" + "|" * 100_000),
        page(CRUMB, TITLE, HEADER, "新華社" + "北" * 100_000),
        page(CRUMB, TITLE, HEADER, BODY, "A", "BEIJING" + " BEIJING" * 20_000),
        page(CRUMB, TITLE, HEADER, BODY, "A", "A" + "-" * 100_000 + "("),
        page(CRUMB, TITLE, HEADER, BODY, "A", "Source: " + "|" * 100_000),
        page(CRUMB, TITLE, HEADER, BODY, "A", "(" * 100_000),
    ],
)
def test_linear_time_on_long_lines(text: str) -> None:
    start = time.perf_counter()
    score(text)
    try:
        parse(text)
    except ReadoutParseError:
        pass
    assert time.perf_counter() - start < 2.0


# -- real-dump variants: run-on header values, slogan, captions, cards ----------------------

SLOGAN = ("Our portal brings the words of China's leaders to readers at home and abroad in two "
          "languages. We collect the speeches, the letters and the talks, translate them with care, "
          "and keep them together so that every reader can follow what was said.")
HEAD = "發佈時間:2025-06-20 09:10:53 | 來源:新華網 | 作者: | 責任編輯:"
LEAD = "6月19日,中共中央政治局委員、外交部長王毅應約同俄羅斯外長拉夫羅夫通電話。"


@pytest.mark.parametrize(
    ("runover", "first", "dateline"),
    [
        (LEAD, LEAD, None),
        ("新華社北京6月19日電 " + LEAD, LEAD, "北京"),
        ("當地時間6月19日,外交部長王毅在北京會見外賓。", "當地時間6月19日,外交部長王毅在北京會見外賓。", None),
    ],
)
def test_editor_running_into_the_lead_is_split(runover: str, first: str, dateline: str | None) -> None:
    article = parse(page(CRUMB, TITLE, HEAD + "曹川川" + runover, "雙方就雙邊關係交換了意見。"))
    assert article.editor == "曹川川"
    assert article.paragraphs[0] == first
    assert (article.dateline.place if article.dateline else None) == dateline
    assert article.lines[5] == "published"  # the line is claimed once, for the header
    no_stray(article)


def test_editor_running_into_a_caption_sends_the_caption_to_extra() -> None:
    caption = "6月19日,外交部長王毅在北京會見外賓。新華社記者 李明 攝"
    article = parse(page(CRUMB, TITLE, HEAD + "曹川川" + caption, BODY))
    assert article.extra["captions"] == [caption]
    assert article.paragraphs[0].startswith("6月19日，中共中央")


def test_editor_running_into_the_repeated_title_and_a_subtitle() -> None:
    article = parse(page(CRUMB, TITLE, HEAD + "張芃芃" + TITLE, "李強會見俄羅斯外長", BODY))
    assert article.editor == "張芃芃" and article.title == TITLE
    assert article.extra["subtitle"] == "李強會見俄羅斯外長"
    assert article.paragraphs[0].startswith("6月19日")
    no_stray(article)


def test_a_publish_time_running_into_the_lead_ends_with_its_shape() -> None:
    article = parse(page(CRUMB, TITLE, "來源:新華網 | 發佈時間:2025-06-20 09:10:53" + LEAD))
    assert article.published == dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=BEIJING)
    assert article.paragraphs == (LEAD,)


def test_an_editor_value_with_no_clear_end_is_kept_whole_with_a_warning() -> None:
    article = parse(page(CRUMB, TITLE, HEAD + "曹川川文化興國運興,文化強民族強。", BODY))
    assert article.editor == "曹川川文化興國運興,文化強民族強。"
    assert any("not clear" in w for w in article.warnings)


def test_the_slogan_is_furniture_not_the_title() -> None:
    article = parse(page(SLOGAN, TITLE, HEADER, BODY))
    assert article.title == TITLE and article.boilerplate == (SLOGAN,)
    assert not any("breadcrumb" in w for w in article.warnings)
    headless = parse(page(SLOGAN, HEADER, BODY))
    assert headless.title == "" and headless.boilerplate == (SLOGAN,)
    assert any("no title line" in w for w in headless.warnings)


def test_captions_and_credits_are_not_paragraphs() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, "會談現場。（新華社發）", BODY, "兩國外長合影。新華社記者 王某 攝"))
    assert article.extra["captions"] == ["會談現場。（新華社發）", "兩國外長合影。新華社記者 王某 攝"]
    assert not any("攝" in p or "新華社發" in p for p in article.paragraphs)
    no_stray(article)


def test_an_english_caption_stays_out_of_the_english_paragraphs() -> None:
    caption = "Wang Yi speaks on the phone in Beijing. (Xinhua/Li Ming)"
    article = parse(page(CRUMB, TITLE, HEADER, BODY, "Wang Yi holds phone talks with Lavrov", caption,
                         ENGLISH_BODY))
    (english,) = article.translations
    assert english.extra["captions"] == [caption] and caption not in english.paragraphs


def test_a_card_with_an_english_title_has_no_english_article() -> None:
    title = "A single flower does not make spring."
    article = parse(page(SLOGAN, title, "發佈時間:2025-10-14 08:30:00 | 來源:中國網-中國習觀 | 作者: | 責任編輯:李穎",
                         "一花獨放不是春,百花齊放春滿園。", title, "——《古今賢文》", "監製:王五",
                         "策劃:丁素雲 曹川川"))
    assert article.translations == () and article.readout is None
    assert article.paragraphs == ("一花獨放不是春,百花齊放春滿園。", title, "——《古今賢文》")
    assert article.extra["credits"] == ["監製:王五", "策劃:丁素雲 曹川川"]
    no_stray(article)


def test_a_body_cut_mid_sentence_warns() -> None:
    article = parse(page(CRUMB, TITLE, HEADER, "6月19日，外交部長王毅同俄羅斯外長拉夫羅夫通電話，雙方"))
    assert any("mid-sentence" in w for w in article.warnings)
    assert not any("mid-sentence" in w for w in parse(page(CRUMB, TITLE, HEADER, BODY)).warnings)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        (page(SLOGAN, "習近平的文化情懷", "黨的十八大以來,習近平總書記多次談到文化。"), "excerpt"),
        (page(SLOGAN, "習聲習語|文化因交流而多彩", "習聲習語|文明因互鑒而豐富", "習聲習語|愛國情懷"),
         "listing of headlines"),
        (page(SLOGAN, "黨的十八大以來,習近平總書記多次談到文化。"), "excerpt"),
    ],
)
def test_pages_without_a_header_are_refused_saying_what_they_look_like(text: str, shape: str) -> None:
    with pytest.raises(MalformedDocumentError) as caught:
        parse(text)
    assert shape in str(caught.value) and "not an article page" in str(caught.value)


def test_a_slogan_over_chinese_text_is_claimed_then_refused_clearly() -> None:
    text = page(SLOGAN, "黨的十八大以來,習近平總書記多次談到文化的重要意義。")
    assert 0.5 <= score(text) < 0.7
    with pytest.raises(MalformedDocumentError, match="excerpt without its header"):
        readoutparse.parse(text, readout=False)
    assert score(page(SLOGAN, ENGLISH_BODY)) < 0.5  # an English page is not this portal's


def test_a_subtitle_under_the_title_is_not_the_title() -> None:
    article = parse(page(CRUMB, TITLE, "兩國外長就中東局勢交換意見", HEADER, BODY))
    assert article.title == TITLE and article.extra["subtitle"] == "兩國外長就中東局勢交換意見"
    no_stray(article)
    # Without a breadcrumb or slogan above, a line over the title is unknown, not a title.
    unknown = parse(page("某某網站", TITLE, HEADER, BODY))
    assert unknown.title == TITLE and "subtitle" not in unknown.extra
    assert any("unrecognised lines" in w for w in unknown.warnings)


def test_an_english_caption_above_the_english_headline_is_not_the_headline() -> None:
    caption = "Wang Yi speaks on the phone in Beijing. (Xinhua/Li Ming)"
    article = parse(page(CRUMB, TITLE, HEADER, BODY, caption, "Wang Yi holds phone talks with Lavrov",
                         ENGLISH_BODY))
    (english,) = article.translations
    assert english.title == "Wang Yi holds phone talks with Lavrov"
    assert english.extra["captions"] == [caption] and english.paragraphs == (ENGLISH_BODY,)


def test_a_channel_masthead_above_the_crumb_and_a_bare_label_are_furniture() -> None:
    page = ("新聞源 財富源\n2024年12月24日 星期二\n財經 > 新聞 > 正文\n字號:\n怎樣看待消費市場的新變化?\n"
            "  • 發佈時間:2024-03-08 09:15:20  來源:新華網  作者:李明  責任編輯:王小明\n"
            "今年以來,國內消費市場持續回暖。\n")
    article = readoutparse.parse(page, readout=False)
    assert article.title == "怎樣看待消費市場的新變化?" and article.section == ("財經", "新聞", "正文")
    assert article.boilerplate == ("新聞源 財富源", "2024年12月24日 星期二", "字號:")
    assert (article.source, article.editor, article.authors) == ("新華網", "王小明", ("李明",))
    assert not [w for w in article.warnings if "unrecognised" in w]


# -- a headline's media tag, a gallery's hint ---------------------------------------------

@pytest.mark.parametrize("title, kept, tag", [
    (TITLE + "[組圖]", TITLE, "組圖"),
    (TITLE + "【視頻】", TITLE, "視頻"),
    # Four characters or Latin letters in brackets are words of the headline, not a tag.
    (TITLE + "[二〇二五年]", TITLE + "[二〇二五年]", None),
    (TITLE + "[Video]", TITLE + "[Video]", None),
])
def test_a_media_tag_closing_the_headline_is_set_apart(title: str, kept: str,
                                                       tag: str | None) -> None:
    article = parse(page(CRUMB, title, HEADER, BODY))
    assert article.title == kept
    assert article.extra.get("title_tag") == tag


def test_a_gallery_hint_naming_arrow_keys_is_furniture() -> None:
    hint = "點擊圖片或按鍵盤'←' '→'鍵翻頁"
    article = parse(page(CRUMB, TITLE, HEADER, hint, BODY))
    assert hint in article.boilerplate
    assert "subtitle" not in article.extra
    assert article.paragraphs[0].startswith("6月19日")
