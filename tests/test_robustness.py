"""Bad input fails clearly or parses with a warning; nothing crashes, hangs or is lost.

* Not readouts (empty, blank, prose, binary): UnknownFormatError or NotTextError, saying
  what was seen.
* Documents cut off after every line, and inside every header line at every character:
  a record that states nothing the whole document does not (see
  ``robust_support.truncation_problems``), or an error naming the line.
* Oversized input: DocumentTooLargeError before any work.
* Pathological lines of 100,000 characters: bounded time (the growth itself is shown by
  ``bench/sizes.py``).
* ``strict=True``: every warning an error.
* The line ledger on every fixture and on mutated fixtures.
* Hypothesis properties over all parsers and ``detect``: arbitrary text and bytes, and
  fixtures with mutations.  ``HYPOTHESIS_PROFILE=fuzz`` makes this the long fuzz run
  described in docs/robustness.md.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import io
import random
import re
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, note, settings, strategies as st

import readoutparse
from readoutparse import (
    Article,
    DocumentTooLargeError,
    MalformedDocumentError,
    NotTextError,
    ReadoutParseError,
    UnknownFormatError,
)
from readoutparse.model import Dateline
from readoutparse.text import normalise

from .robust_support import (
    PATHOLOGICAL,
    DOCUMENTS,
    LEGACY,
    case_id,
    clean_record,
    comparable,
    cr,
    crlf,
    deadline,
    encode,
    extra_blank_lines,
    fixture_language,
    invisible_noise,
    ledger_problems,
    nfd,
    normalised_lines,
    outcome,
    space_noise,
    truncation_failure,
    truncation_problems,
    unencodable,
)

# -- not readouts ----------------------------------------------------------------------

NOT_READOUTS = {
    "empty": "",
    "blank": " \n\t\n\u3000\n\u00a0\u200b\n",
    "english-prose": "Just a note about lunch.\nSee you at noon.\n",
    "chinese-prose": "今天天气很好。\n我们去公园散步吧。\n",
    "arabic-prose": "مرحبا بكم في موقعنا.\nنتمنى لكم يوما سعيدا.\n",
    "json": '{"title": "习近平同普京通电话", "date": "2025-06-20"}\n',
    "csv": "id,title,date\n1,会谈,2025-06-20\n2,通话,2025-06-21\n",
    "html-page": "<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>",
    "markdown": "# Heading\n\n* item\n* item\n",
    "one-separator": "|",
    "front-matter-only": "---\n---\n",
}


@pytest.mark.parametrize("name", NOT_READOUTS)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_not_a_readout_fails_saying_what_was_seen(name: str, as_bytes: bool) -> None:
    text = NOT_READOUTS[name]
    result = outcome(text.encode("utf-8") if as_bytes else text)
    if isinstance(result, Article):
        pytest.fail(f"{name!r} parsed as a {result.parser} record: {result.to_dict()}")
    assert isinstance(result, (UnknownFormatError, MalformedDocumentError)), repr(result)
    if isinstance(result, UnknownFormatError):
        first = next((line.text for line in readoutparse.Document(text).content), "")
        assert (first[:20] in str(result)) if first else "nothing but blanks" in str(result)
        assert "closest:" in str(result)


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readout.txt", "首頁 > 頭條\n")
    return buffer.getvalue()


BINARY = {
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
    "zip": (_zip(), "ZIP"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    "gif": (b"GIF89a\x01\x00\x01\x00\x80\x00\x00", "GIF"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
    "gzip": (gzip.compress("首頁 > 頭條\n".encode()), "gzip"),
    "elf": (b"\x7fELF\x02\x01\x01" + bytes(64), "executable"),
    "utf16-without-bom": ("首頁 > 頭條\n".encode("utf-16-le"), "NUL"),
    "random": (random.Random(1).randbytes(4096), ""),
    "random-high": (bytes(b | 0x80 for b in random.Random(2).randbytes(4096)), ""),
    "one-high-byte-repeated": (b"\xeb" * 4096, ""),
}


@pytest.mark.parametrize("name", BINARY)
def test_binary_data_is_not_text(name: str) -> None:
    data, what = BINARY[name]
    result = outcome(data, name=f"{name}.bin")
    assert isinstance(result, (NotTextError, UnknownFormatError)), f"{name}: {result!r}"
    assert f"{name}.bin" in str(result)
    if what:
        assert isinstance(result, NotTextError) and what in str(result)
        assert result.offset is not None
    assert readoutparse.detect(data) is not None if isinstance(result, UnknownFormatError) else True


# -- truncation ------------------------------------------------------------------------

_BODY_FIELD = re.compile(r"^(?:translations\[\d+\]\.)*(?:paragraphs|related|boilerplate)")
_LEAD_FIELD = re.compile(r"^(?:translations\[\d+\]\.)*paragraphs\[0\]$")


def _cuts(path: Path) -> list[tuple[str, str, str | None]]:
    """(label, text, cut line) for the document cut after every line, and inside every
    header line (and the lead, which holds the dateline) at every character."""
    whole = clean_record(path)
    lines = normalised_lines(path)
    cuts: list[tuple[str, str, str | None]] = [
        (f"after line {i}", "\n".join(lines[:i]), None) for i in range(1, len(lines))
    ]
    for number, field in sorted(whole.lines.items()):
        if _BODY_FIELD.match(field) and not _LEAD_FIELD.match(field):
            continue
        line = lines[number - 1]
        for k in range(1, min(len(line), 160)):
            cuts.append((f"line {number} at {k}", "\n".join([*lines[: number - 1], line[:k]]),
                         line[:k]))
    return cuts


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_truncated_anywhere_states_nothing_wrong(document: Path) -> None:
    whole = clean_record(document)
    failures = []
    for label, text, cut_line in _cuts(document):
        result = outcome(text)
        problems = truncation_failure(result, whole, cut_line)
        if problems:
            failures.append(f"{label} (…{text[-40:]!r}): {'; '.join(problems)}")
        if isinstance(result, Article):
            failures.extend(f"{label}: {p}" for p in ledger_problems(result, text))
    assert not failures, f"{len(failures)} bad cuts:\n" + "\n".join(failures[:15])


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_truncated_bytes_anywhere(document: Path) -> None:
    """Cut at every 97th byte, mid-character or not: decoding drops a cut character and
    the record is a truncation of the whole one."""
    data = document.read_bytes()
    whole = clean_record(document)
    for cut in range(1, len(data), 97):
        result = outcome(data[:cut])
        text = data[:cut].decode("utf-8", "ignore")
        last = normalise(text).rstrip("\n").rsplit("\n", 1)[-1]
        assert truncation_failure(result, whole, last) == [], f"cut at byte {cut}"


def test_truncation_checker_catches_wrong_values() -> None:
    """The checker itself: a changed date, URL or extra number is caught; a shorter title,
    a coarser date and text from the cut line are not."""
    whole = Article(parser="p", language="zh-Hans", title="标题全文",
                    published=dt.datetime(2025, 6, 20, 9, 10, 53, tzinfo=dt.timezone.utc),
                    url="https://a/b", paragraphs=["一段。", "二段。"], extra={"epoch_ms": 5},
                    dateline=Dateline(place="北京", date=dt.date(2025, 6, 19), agency="新华社"))
    ok = [
        Article(parser="p", language="zh-Hans", title="标题", warnings=["truncated"]),
        Article(parser="p", language="zh-Hans", title="标题全文",
                published=dt.date(2025, 6, 20), paragraphs=["一段。", "二"]),
        Article(parser="p", language="zh-Hans", title="标题全文",
                published=dt.datetime(2025, 6, 20, 9, 10, tzinfo=dt.timezone.utc),
                paragraphs=["一段。", "二段。"]),
    ]
    for part in ok:
        assert truncation_problems(part, whole) == []
    assert truncation_problems(Article(parser="p", language="zh-Hans", title="标题全文",
                                       editor="曹川", warnings=["no body"]), whole,
                               cut_line="责任编辑：曹川") == []
    bad = [
        Article(parser="p", language="zh-Hans", title="标题全文",
                published=dt.datetime(2025, 6, 20, 9, 1, tzinfo=dt.timezone.utc),
                paragraphs=["一段。"]),
        Article(parser="p", language="zh-Hans", title="标题全文", published=dt.date(2025, 6, 2),
                paragraphs=["一段。"]),
        Article(parser="p", language="zh-Hans", title="标题全文", url="https://a/",
                paragraphs=["一段。"]),
        Article(parser="p", language="zh-Hans", title="标题全文", extra={"epoch_ms": 4},
                paragraphs=["一段。"]),
        Article(parser="p", language="zh-Hans", title="别的", paragraphs=["一段。"]),
        Article(parser="p", language="zh-Hans", title="标题全文", paragraphs=["一段。"],
                dateline=Dateline(place="北京", date=dt.date(2025, 6, 1), agency="新华社")),
        Article(parser="p", language="zh-Hans", title="标题全文"),  # body gone, no warning
        Article(parser="q", language="zh-Hans", title="标题全文", paragraphs=["一段。"]),
    ]
    for part in bad:
        assert truncation_problems(part, whole, cut_line="2025-06-2") != [], part


# -- size limits -------------------------------------------------------------------------


def test_oversized_input_is_refused_before_any_work(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    import readoutparse.api as api

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("decoding started on an oversized input")

    monkeypatch.setattr(api, "read_document", no_work)
    big = b"a" * (readoutparse.DEFAULT_MAX_BYTES + 1)
    for data in (big, bytearray(big), memoryview(big), big.decode("ascii")):
        with pytest.raises(DocumentTooLargeError) as raised:
            readoutparse.parse(data)  # type: ignore[arg-type]
        assert raised.value.limit == readoutparse.DEFAULT_MAX_BYTES
        assert "max_bytes" in str(raised.value)
    with pytest.raises(DocumentTooLargeError):
        readoutparse.detect(big)
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(DocumentTooLargeError, match=re.escape(str(path))):
        readoutparse.parse_file(path, max_bytes=1999)


def test_the_limit_can_be_raised() -> None:
    data = DOCUMENTS[0].read_bytes()
    with pytest.raises(DocumentTooLargeError):
        readoutparse.parse(data, max_bytes=len(data) - 1, readout=False)
    assert readoutparse.parse(data, max_bytes=len(data), readout=False) == clean_record(DOCUMENTS[0])
    body = normalise(DOCUMENTS[0].read_text("utf-8"))
    huge = body + ("\n" + "正文段落。" * 200) * 8000  # about 24 MB in UTF-8
    result = outcome(huge.encode("utf-8"), max_bytes=64 * 1024 * 1024)
    assert not isinstance(result, DocumentTooLargeError)


# -- pathological lines ----------------------------------------------------------------

_ONE_PER_FORMAT = {path.parent.name: path for path in reversed(DOCUMENTS)}


def _pathological_documents(unit: str) -> list[tuple[str, str]]:
    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    found = [("alone", line)]
    for parser, path in sorted(_ONE_PER_FORMAT.items()):
        lines = normalised_lines(path)
        filled = [i for i, text in enumerate(lines) if text]
        for where in (filled[0], filled[1], filled[2], filled[len(filled) // 2]):
            changed = list(lines)
            changed[where] = line
            found.append((f"{parser} line {where + 1}", "\n".join(changed)))
        found.append((f"{parser} appended", "\n".join([*lines, line])))
    return found


@pytest.mark.parametrize("pattern", PATHOLOGICAL)
def test_pathological_lines_finish(pattern: str) -> None:
    for where, text in _pathological_documents(PATHOLOGICAL[pattern]):
        with deadline(10, f"{pattern} {where}"):
            result = outcome(text)
            readoutparse.detect(text)
        if isinstance(result, Article):
            assert ledger_problems(result, text) == [], where


# -- strict mode ---------------------------------------------------------------------------


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_strict_turns_every_warning_into_an_error(document: Path) -> None:
    clean = clean_record(document)
    warned = clean.warnings or any(t.warnings for t in clean.translations)
    if warned:
        with pytest.raises(MalformedDocumentError, match="strict"):
            readoutparse.parse(document.read_bytes(), strict=True, readout=False)
    else:
        assert readoutparse.parse(document.read_bytes(), strict=True, readout=False) == clean
    # A truncated copy: strict gives the same record only where the loose one is unwarned.
    lines = normalised_lines(document)
    for cut in range(1, len(lines), 3):
        text = "\n".join(lines[:cut])
        loose, strict = outcome(text), outcome(text, strict=True)
        if isinstance(loose, Article) and (loose.warnings or any(t.warnings for t in loose.translations)):
            assert isinstance(strict, MalformedDocumentError)
        elif isinstance(loose, Article):
            assert strict == loose
        else:
            assert type(strict) is type(loose)


# -- nothing lost: the line ledger ---------------------------------------------------------

FURNITURE = ["Tin liên quan", "صور ساخنة", "【纠错】", "Chia sẻ", "حجم الخط", "首頁 > 國際",
             '<div id="dfp-ad-x"></div>', "---", "|", ">>", "VOV.VN -", "發佈時間:",
             "<script>x()</script>", "<p>插入的段落</p>", "------", "<!--123-->",
             "Source: Xinhua | 2025-06-20 09:10:53 | Editor: Li Ming", "2025:07:11.09:45",
             "19 - 05 - 2025", "Thứ Bảy, 06:00, 14/10/2023", "title: x", "[a](b)"]


def mutate(lines: list[str], rnd: random.Random) -> list[str]:
    """Lines dropped, doubled, swapped, split, joined, noised, or furniture inserted."""
    lines = list(lines)
    for _ in range(rnd.randint(1, 4)):
        if not lines:
            break
        i = rnd.randrange(len(lines))
        op = rnd.choice(("drop", "dup", "swap", "space", "furniture", "split", "join", "chars"))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "space":
            lines[i] = "  " + lines[i].replace(" ", " \t ") + "   "
        elif op == "furniture":
            lines.insert(i, rnd.choice(FURNITURE))
        elif op == "split" and len(lines[i]) > 2:
            k = rnd.randrange(1, len(lines[i]))
            lines[i: i + 1] = [lines[i][:k], lines[i][k:]]
        elif op == "join" and i + 1 < len(lines):
            lines[i: i + 2] = [lines[i] + lines[i + 1]]
        elif op == "chars" and lines[i]:
            k = rnd.randrange(len(lines[i]))
            lines[i] = lines[i][:k] + rnd.choice("<>|:：-()（）/\\\"'&;#\u200b\u00a0") + lines[i][k:]
    return lines


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_every_line_accounted_for(document: Path) -> None:
    text = document.read_text("utf-8")
    article = clean_record(document)
    assert ledger_problems(article, text) == []
    for seed in range(12):
        rnd = random.Random(zlib.crc32(case_id(document).encode()) + seed)
        mutated = "\n".join(mutate(text.split("\n"), rnd))
        result = outcome(mutated)
        if isinstance(result, Article):
            assert ledger_problems(result, mutated) == [], f"seed {seed}"


# -- properties ---------------------------------------------------------------------------

_fixtures = st.sampled_from(DOCUMENTS)


def _check(data: str | bytes, **options: object) -> Article | ReadoutParseError:
    result = outcome(data, **options)
    if isinstance(result, Article):
        assert Article.from_dict(result.to_dict()) == result
        text = data if isinstance(data, str) else None
        if text is not None:
            assert ledger_problems(result, text) == []
    return result


@given(st.text(max_size=3000))
@example("\ufeff\u202e---\ntitle: x\n---\n<!--1-->")
@example("VOV.VN - ")
@example("a\n19 - 05 - 2025\nb")
def test_arbitrary_text(text: str) -> None:
    _check(text)
    scores = readoutparse.detect(text)
    assert scores == readoutparse.detect(text)
    assert all(0.0 <= s <= 1.0 for _, s in scores)


@given(st.binary(max_size=3000))
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe")
@example(b"\xff\xfe\x00\x00")
@example(b"\xe4\xb8")
def test_arbitrary_bytes(data: bytes) -> None:
    _check(data)
    scores = readoutparse.detect(data) if not isinstance(outcome(data), NotTextError) else []
    assert all(0.0 <= s <= 1.0 for _, s in scores)


# Text made of the formats' own pieces: reaches far deeper into the parsers than random text.
_PIECES = st.sampled_from(FURNITURE + [
    "首頁 >  頭條", "發佈時間:2025-06-20 09:10:53 | 來源:新華網 | 作者: | 責任編輯:曹川川",
    "发布时间：2025-05-08 23:41:06 | 来源：新华网", "新華社北京6月19日電", "BEINGJING, June 19 (Xinhua) -- ",
    "---", "layout: post", 'title: "中俄"', "date: 2021-08-26T02:42:56.371Z", "author: 联合早报",
    "from: https://www.zaobao.com/x", "tags: [ 联合早报 ]", "categories: [ news, 联合早报 ]",
    "<!--1629968640000-->", "[中俄](https://www.zaobao.com/x)", "<div>", "<p>", "</p>", "</div>",
    "（早报讯）", "الصفحة الرئيسية >> التبادلات الدولية", "/مصدر: شينخوا/   2025:07:11.09:45",
    "كوالالمبور 10 يوليو 2025 (شينخوا)", "الأخبار الأخيرة", "جميع حقوق النشر محفوظة",
    "Ngoại trưởng Trung Quốc", "Chủ Nhật, 19:45, 02/04/2024", "VOV.VN - Ngoại trưởng", "Hồng Anh/VOV.VN",
    "Mời quý độc giả theo dõi VOV.VN trên", "Tin cùng chuyên mục", "Xem thêm: ", "", " ", ":", "：",
    "٢٠٢٥", "2025", "12", "日", "月", "(", ")",
])
_pieced = st.lists(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=4).map("".join),
                   max_size=40).map("\n".join)


@given(_pieced)
def test_text_made_of_format_pieces(text: str) -> None:
    _check(text)
    _check(text, strict=True)


@given(_fixtures, st.sampled_from(["crlf", "cr", "nfd", "invisible", "spaces", "blank-lines",
                                   "legacy", "utf-16", "bom"]), st.randoms(use_true_random=False))
def test_lossless_mutation_gives_the_same_record(document: Path, kind: str,
                                                 rnd: random.Random) -> None:
    text = document.read_text("utf-8")
    data: str | bytes
    if kind == "legacy":
        codec = rnd.choice(LEGACY[fixture_language(document)])
        text = normalise(text)
        if unencodable(text, codec):
            return
        data = encode(rnd.choice([text, crlf(text), cr(text)]), codec)
    elif kind == "utf-16":
        data = encode(nfd(text), rnd.choice(["utf-16-le-bom", "utf-16-be-bom"]))
    elif kind == "bom":
        data = codecs.BOM_UTF8 + crlf(text).encode("utf-8")
    else:
        mutate_text = {"crlf": crlf, "cr": cr, "nfd": nfd, "blank-lines": extra_blank_lines,
                       "invisible": lambda t: invisible_noise(t, rnd),
                       "spaces": lambda t: space_noise(t, rnd)}[kind]
        data = mutate_text(text)
    result = _check(data)
    assert isinstance(result, Article), result
    assert comparable(result) == comparable(clean_record(document))


@given(_fixtures, st.integers(0, 10**6), st.integers(0, 200))
def test_any_truncation(document: Path, line_seed: int, column: int) -> None:
    lines = normalised_lines(document)
    number = line_seed % len(lines)
    cut_line = lines[number][:column]
    text = "\n".join([*lines[:number], cut_line])
    result = _check(text)
    assert truncation_failure(result, clean_record(document), cut_line) == []


@given(_fixtures, st.randoms(use_true_random=False))
def test_lossy_mutation_is_a_record_or_a_clear_error(document: Path, rnd: random.Random) -> None:
    mutated = "\n".join(mutate(document.read_text("utf-8").split("\n"), rnd))
    note(f"mutated document: {mutated!r}")
    result = _check(mutated)
    if isinstance(result, MalformedDocumentError):
        assert result.line is not None or not readoutparse.Document(mutated).content


@given(_fixtures, st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6))
def test_corrupted_bytes(document: Path, flips: list[tuple[int, int]]) -> None:
    data = bytearray(document.read_bytes())
    for position, value in flips:
        data[position % len(data)] = value
    _check(bytes(data))


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(sorted(PATHOLOGICAL.values())), st.integers(1, 20_000), _fixtures,
       st.integers(0, 60))
def test_pathological_runs_anywhere(unit: str, length: int, document: Path, where: int) -> None:
    lines = normalised_lines(document)
    lines.insert(where % (len(lines) + 1), (unit * (length // len(unit) + 1))[:length])
    with deadline(10, "pathological run"):
        _check("\n".join(lines))


# -- regressions: parser bugs these tests found (see docs/robustness.md), now fixed --


def test_vov_short_lead_is_not_a_byline() -> None:
    article = readoutparse.parse("Ngoại trưởng Trung Quốc, Mỹ điện đàm\nVOV.VN - Hai bên điện đàm",
                                 readout=False)
    assert article.paragraphs == ("Hai bên điện đàm",)
    assert article.dateline == Dateline(place=None, date=None, agency="VOV.VN")
    assert "bureau" not in article.extra and "byline" not in article.extra


def test_vov_byline_followed_by_an_unknown_line() -> None:
    text = (Path(__file__).parent.parent / "fixtures/vov/date_line_byline_vovvn.txt").read_text("utf-8")
    text = text[: text.index("Hồng Anh/VOV.VN")] + "Hồng Anh/VOV.VN\n\nBình luận (0)\n"
    article = readoutparse.parse(text, readout=False)
    assert article.authors == ("Hồng Anh",)
    assert "Hồng Anh/VOV.VN" not in article.paragraphs


def test_zaobao_credit_followed_by_a_paragraph() -> None:
    text = (Path(__file__).parent.parent / "fixtures/zaobao_jekyll/cna_traditional_wire_dateline.md"
            ).read_text("utf-8")
    text = text.replace("1121116</p>", "1121116</p>\n<p>相關新聞：拜習會後記者會</p>")
    article = readoutparse.parse(text, readout=False)
    assert article.authors == ("陳家倫",)
    assert not any("編譯" in p for p in article.paragraphs)
