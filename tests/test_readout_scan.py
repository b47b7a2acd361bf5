"""Folding keeps a way back to the original's positions (readoutparse/readout/scan.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from readoutparse.readout.scan import _DROP_CHARS, _SAME_LENGTH, Folded, fold, fold_key

# Arabic letters, hamza seats, vowel marks and tatweel, Arabic-Indic digits, curly quotes,
# middle dots, ASCII and Chinese.
CHARS = st.sampled_from(list("ابتسلمنهويأإآىةٱ\u064b\u064e\u0650\u0651\u0652\u0670\u0640٠١٢۳’‘・•ab. 中国"))


def _reference(text: str) -> tuple[str, list[int]]:
    same = text.translate(_SAME_LENGTH)
    kept = [i for i, ch in enumerate(same) if ch not in _DROP_CHARS]
    return "".join(same[i] for i in kept), kept


@settings(max_examples=300, deadline=None)
@given(st.text(CHARS, max_size=30), st.data())
def test_folded_text_and_spans_match_the_eager_map(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    expected, kept = _reference(text)
    assert folded.text == expected == fold_key(text)
    start = data.draw(st.integers(0, len(expected)))
    end = data.draw(st.integers(start, len(expected)))
    if len(kept) == len(text):
        assert folded.span(start, end) == (start, end)
    else:
        a, b = folded.span(start, end)
        if start < len(kept):
            assert a == kept[start]
            assert b >= (kept[end - 1] + 1 if end > start else kept[start])
            # what lies between the last kept letter and b is marks only
            assert all(ch in _DROP_CHARS for ch in text[(kept[end - 1] + 1 if end > start else kept[start]):b])
        else:
            assert (a, b) == (len(text), len(text))


def test_ascii_text_is_its_own_fold() -> None:
    folded = fold("President Xi met U.S. President Biden")
    assert folded.text == folded.original and folded.span(3, 9) == (3, 9)


@settings(max_examples=300, deadline=None)
@given(st.text(CHARS, max_size=30), st.data())
def test_a_slice_of_a_fold_that_kept_its_length_is_the_fold_of_the_slice(text: str, data: st.DataObject) -> None:
    whole = fold(text)
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    if len(whole.text) != len(text):
        return  # a mark was dropped: extract folds each sentence itself
    piece, made = fold(text[a:b]), Folded.same_length(text[a:b], whole.text[a:b])
    assert made.text == piece.text
    assert [made.span(i, j) for i in range(b - a + 1) for j in range(i, b - a + 1)] == [
        piece.span(i, j) for i in range(b - a + 1) for j in range(i, b - a + 1)]
