"""The same article however it arrives: every fixture, in every byte encoding its
language was served in and with every textual disguise, gives the clean record.

The clean record is the fixture's UTF-8 file as parsed; a variant's record must equal it
(warnings aside: they quote line numbers, which extra blank lines move).  Variants that
keep line numbers must also keep the line ledger.  Legacy encodings apply per language
(see ``LEGACY``) and are skipped only where the code page lacks a character of the text,
the skip naming it.
"""

from __future__ import annotations

import codecs
import random
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

import readoutparse
from readoutparse import NotTextError
from readoutparse.text import decode, normalise

from .robust_support import (
    DOCUMENTS,
    LEGACY,
    UNICODE_FORMS,
    case_id,
    clean_record,
    comparable,
    cr,
    crlf,
    encode,
    extra_blank_lines,
    fixture_language,
    invisible_noise,
    kitchen_sink,
    legacy_cases,
    nfd,
    outcome,
    space_noise,
    unencodable,
)


def _seeded(path: Path) -> random.Random:
    return random.Random(zlib.crc32(case_id(path).encode()))


def _assert_same(path: Path, data: str | bytes, *, ledger: bool = True) -> readoutparse.Article:
    clean = clean_record(path)
    result = outcome(data)
    assert isinstance(result, readoutparse.Article), f"{case_id(path)}: {result}"
    assert comparable(result) == comparable(clean)
    if ledger:
        assert result.lines == clean.lines
    return result


@pytest.mark.parametrize("codec", UNICODE_FORMS)
@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_unicode_encodings(document: Path, codec: str, tmp_path: Path) -> None:
    data = encode(document.read_text("utf-8"), codec)
    article = _assert_same(document, data)
    target = tmp_path / document.name
    target.write_bytes(data)
    assert readoutparse.parse_file(target, readout=False) == article


@pytest.mark.parametrize(("document", "codec"), legacy_cases(),
                         ids=lambda v: case_id(v) if isinstance(v, Path) else v)
def test_legacy_encodings(document: Path, codec: str, tmp_path: Path) -> None:
    # Legacy code pages have no no-break space or zero-width characters; real pages in
    # them carry the normalised text, which must read as the clean record does.
    text = normalise(document.read_text("utf-8"))
    why = unencodable(text, codec)
    if why:
        pytest.skip(why)
    data = encode(text, codec)
    article = _assert_same(document, data)
    target = tmp_path / document.name
    target.write_bytes(data)
    assert readoutparse.parse_file(target, readout=False) == article
    # Windows line ends in a legacy encoding too, as the CD-ROM dumps have them.
    _assert_same(document, encode(crlf(text), codec))


TEXT_VARIANTS: dict[str, Callable[[str, random.Random], str]] = {
    "crlf": lambda text, rnd: crlf(text),
    "cr": lambda text, rnd: cr(text),
    "nfd": lambda text, rnd: nfd(text),
    "nfc": lambda text, rnd: normalise(text),
    "invisible": invisible_noise,
    "spaces": space_noise,
    "bom-in-str": lambda text, rnd: "\ufeff" + text,
    "kitchen-sink": kitchen_sink,
}


@pytest.mark.parametrize("variant", TEXT_VARIANTS)
@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_text_variants(document: Path, variant: str) -> None:
    text = TEXT_VARIANTS[variant](document.read_text("utf-8"), _seeded(document))
    _assert_same(document, text)
    _assert_same(document, text.encode("utf-8"))


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_extra_blank_lines(document: Path) -> None:
    # Line numbers move, so the ledger is compared by line text instead.
    text = extra_blank_lines(document.read_text("utf-8"))
    clean = clean_record(document)
    result = _assert_same(document, text, ledger=False)
    original = readoutparse.Document(document.read_text("utf-8"))
    before = {line.text: clean.lines[line.number] for line in original.content}
    after = {line.text: result.lines[line.number] for line in readoutparse.Document(text).content}
    assert after == before


@pytest.mark.parametrize("document", DOCUMENTS, ids=case_id)
def test_kitchen_sink_in_legacy_bytes(document: Path) -> None:
    """NFD (where the code page can carry it) and CRLF, then bytes in the language's first
    legacy code page."""
    codec = LEGACY[fixture_language(document)][0]
    # Code pages lack the invisible characters: only line ends and normal form survive.
    text = crlf(normalise(document.read_text("utf-8")))
    if codec != "cp1258":
        text = nfd(text) if unencodable(nfd(text), codec) is None else text
    why = unencodable(text, codec)
    if why:
        pytest.skip(why)
    _assert_same(document, encode(text, codec))


# -- decoding details -----------------------------------------------------------------


@pytest.mark.parametrize("document", DOCUMENTS[:: max(1, len(DOCUMENTS) // 8)], ids=case_id)
def test_utf8_cut_mid_character_keeps_the_rest(document: Path) -> None:
    data = document.read_bytes()
    # The last multi-byte character of the file, cut after its first byte.
    cut = max(i for i, b in enumerate(data) if b >= 0xC0) + 1
    text, encoding = decode(data[:cut])
    assert encoding == "utf-8"
    assert text == data[: cut - 1].decode("utf-8")


MULTIBYTE = ("big5", "cp950", "gbk", "gb18030")


@pytest.mark.parametrize(("document", "codec"),
                         [case for case in legacy_cases() if case[1] in MULTIBYTE][::3],
                         ids=lambda v: case_id(v) if isinstance(v, Path) else v)
def test_legacy_bytes_cut_mid_character(document: Path, codec: str) -> None:
    text = normalise(document.read_text("utf-8"))
    if unencodable(text, codec):
        pytest.skip(unencodable(text, codec) or "")
    # Cut inside the last multi-byte character: decoding drops it and keeps the rest.
    last = max(i for i, char in enumerate(text) if len(encode(char, codec)) > 1)
    data = encode(text[: last + 1], codec)[:-1]
    decoded, encoding = decode(data, judge=readoutparse.Registry().best_score)
    assert normalise(decoded) == normalise(text[:last]), encoding


def test_damaged_utf8_names_the_offset() -> None:
    data = DOCUMENTS[0].read_bytes()
    middle = len(data) // 2
    while data[middle] & 0xC0 == 0x80:  # step to a character boundary
        middle += 1
    damaged = data[:middle] + b"\xff" + data[middle:]
    with pytest.raises(NotTextError) as raised:
        readoutparse.parse(damaged, name="damaged.txt")
    assert raised.value.offset == middle
    assert f"byte offset {middle}" in str(raised.value) and "damaged.txt" in str(raised.value)


def test_utf32_with_bom() -> None:
    text = DOCUMENTS[0].read_text("utf-8")
    _assert_same(DOCUMENTS[0], codecs.BOM_UTF32_LE + text.encode("utf-32-le"))


def test_invalid_utf16_names_the_offset() -> None:
    data = codecs.BOM_UTF16_LE + "首頁".encode("utf-16-le") + b"\x00\xd8\x41\x00"  # lone high surrogate
    with pytest.raises(NotTextError) as raised:
        readoutparse.parse(data)
    assert raised.value.offset is not None


def test_declared_charset_is_used() -> None:
    page = ('<meta charset="big5">\n首頁 > 頭條\n').encode("big5")
    text, encoding = decode(page, judge=lambda text: 0.5)
    assert encoding == "big5" and "首頁" in text


def test_lone_surrogate_in_str_is_not_text() -> None:
    with pytest.raises(NotTextError, match="surrogate"):
        readoutparse.parse("首頁 > 頭條\n\udcff\n")


def test_utf8_input_never_consults_charset_normalizer(monkeypatch: pytest.MonkeyPatch) -> None:
    import readoutparse.text as text_module

    def refuse(data: bytes) -> list[str]:
        raise AssertionError("UTF-8 input must not pay for encoding detection")

    monkeypatch.setattr(text_module, "_guesses", refuse)
    monkeypatch.setattr(text_module, "_candidates", refuse)
    for document in DOCUMENTS:
        decode(document.read_bytes())
        decode(codecs.BOM_UTF16_BE + document.read_text("utf-8").encode("utf-16-be"))


@pytest.mark.parametrize(("document", "codec"), legacy_cases(),
                         ids=lambda v: case_id(v) if isinstance(v, Path) else v)
def test_a_wrong_guess_does_not_win(document: Path, codec: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """charset-normalizer's guesses rank first among equals; a wrong one (every other
    legacy code page, best first) must still lose to the right reading on readability."""
    import readoutparse.text as text_module

    text = normalise(document.read_text("utf-8"))
    if unencodable(text, codec):
        pytest.skip(unencodable(text, codec) or "")
    wrong = [c for c in ("gb18030", "cp950", "big5hkscs", "cp1256", "cp1258", "cp1252")
             if codecs.lookup(c).name != codecs.lookup(codec).name]
    monkeypatch.setattr(text_module, "_guesses", lambda data: wrong)
    decoded, _ = decode(encode(text, codec), judge=readoutparse.Registry().best_score)
    assert normalise(decoded) == text


_BROKEN = {"big5": b"\xff", "cp950": b"\xff", "gbk": b"\xff", "gb18030": b"\xff", "cp1258": b"\x81"}


@pytest.mark.parametrize(("document", "codec"),
                         [case for case in legacy_cases() if case[1] in _BROKEN][::2],
                         ids=lambda v: case_id(v) if isinstance(v, Path) else v)
def test_damaged_legacy_bytes_name_the_offset(document: Path, codec: str) -> None:
    """A byte no reading of the document accepts: the error points at it, not at the
    first non-UTF-8 byte, and no other code page turns the page into mojibake."""
    text = normalise(document.read_text("utf-8"))
    if unencodable(text, codec):
        pytest.skip(unencodable(text, codec) or "")
    data = encode(text, codec)
    # At a line start: in double-byte code pages an ASCII byte may be a trail byte.
    middle = len(encode(text[: text.index("\n", len(text) // 2) + 1], codec))
    with pytest.raises(NotTextError) as raised:
        readoutparse.parse(data[:middle] + _BROKEN[codec] + data[middle:], readout=False)
    assert raised.value.offset == middle, str(raised.value)


@pytest.mark.parametrize("label", ["gb2312", "gbk", "gb18030", "big5", "cp950", "big5hkscs",
                                   "windows-1256", "cp1258", "iso-8859-1", "latin-1", "ascii",
                                   "shift_jis", "euc-kr", "koi8-r", "iso-2022-jp"])
def test_real_charset_labels_are_candidates(label: str) -> None:
    from readoutparse.text import _codec_name

    assert _codec_name(label) == codecs.lookup(label).name


@pytest.mark.parametrize("label", ["unicode_escape", "raw_unicode_escape", "utf-7", "idna",
                                   "punycode", "cp037", "cp500", "utf-16", "utf-32", "rot13",
                                   "base64", "hex", "no-such-codec"])
def test_labels_that_are_no_ascii_charset_are_not(label: str) -> None:
    # Decoding by them would turn printable ASCII into other text: escapes into lone
    # surrogates and control characters (unicode_escape), "+...-" into markup (utf-7).
    from readoutparse.text import _codec_name

    assert _codec_name(label) is None


@pytest.mark.parametrize("codec", ["unicode_escape", "raw_unicode_escape", "utf-7"])
def test_a_document_declaring_an_escape_codec_is_read_as_a_charset(codec: str) -> None:
    # Front matter that declares the codec, and Latin-1 bytes so that UTF-8 fails and the
    # declared label is consulted: the escapes must stay text, never become surrogates.
    text = ('---\nencoding: ' + codec + '\ntitle: "\\ud83d\\x1b+ADw-caf\xe9"\n'
            'date: 2021-08-26T02:42:56.371Z\nauthor: 联合早报\n---\n<div><p>正文</p></div>\n')
    try:
        article = readoutparse.parse(text.encode("gb18030"), readout=False)
    except readoutparse.ReadoutParseError as exc:
        assert not isinstance(exc, readoutparse.ParserCrashedError), exc
        return
    article.to_json().encode("utf-8")
    assert "\\ud83d" in article.title and "+ADw-" in article.title


_ARABIC = [path for path in DOCUMENTS if fixture_language(path) == "ar"]
# A long first line of ASCII (a mirror's banner, a language bar in Latin letters) before
# the Arabic text: every candidate reads it alike.
_ASCII_BANNER = ("Arabic edition | Home | Print | Send to a friend | Contact us | Font size "
                 "| archive copy of the page as it was served, kept for the record ") * 2


@pytest.mark.parametrize("document", _ARABIC[:6], ids=case_id)
def test_a_long_ascii_start_does_not_hand_the_page_to_a_code_page_that_breaks(
        document: Path) -> None:
    """GB18030 reads the ASCII banner and a few Arabic bytes as plausible Han text, then
    breaks: a break after so few non-ASCII bytes is no evidence of a damaged GB18030
    page, and Windows-1256, which reads every byte, is the page's encoding."""
    text = _ASCII_BANNER.strip() + "\n" + normalise(document.read_text("utf-8"))
    if unencodable(text, "cp1256"):
        pytest.skip(unencodable(text, "cp1256") or "")
    data = encode(text, "cp1256")
    with pytest.raises(UnicodeDecodeError) as gb:
        data.decode("gb18030")
    assert gb.value.start < len(_ASCII_BANNER) + 200  # the trap: GB18030 breaks early
    decoded, encoding = decode(data, judge=readoutparse.Registry().best_score)
    assert codecs.lookup(encoding).name == "cp1256"
    assert normalise(decoded) == text


def test_damage_after_much_legacy_text_is_still_named() -> None:
    """The counterpart: a GB18030 page broken after a long stretch of Han text is named
    as damaged GB18030, not read whole as another code page's mojibake."""
    text = "首頁 > 新聞\n\n" + "國家主席同俄羅斯總統通電話,雙方就中東局勢交換意見。\n" * 40
    data = text.encode("gb18030")
    middle = len(("首頁 > 新聞\n\n" + "國家主席同俄羅斯總統通電話,雙方就中東局勢交換意見。\n" * 20)
                 .encode("gb18030"))
    with pytest.raises(NotTextError) as raised:
        decode(data[:middle] + b"\xff" + data[middle:], judge=readoutparse.Registry().best_score)
    assert raised.value.offset == middle, str(raised.value)
