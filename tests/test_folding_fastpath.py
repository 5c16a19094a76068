"""folding_fastpath: locating a quote in the raw text must agree with the folded key.

`locate_quote` asks the raw text first (`factspec.read.folding_fastpath`) and folds the
source only where that cannot decide; the folded key (`factspec.read.folding`) is the
definition. The property tests here generate typeset texts and check that wherever the
raw-text path answers, it answers what the folded key says.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factspec.read.corpus as corpus_module
from factspec.read import folding, folding_fastpath
from factspec.read.corpus import SourceText, fold, locate_quote
from test_corpus import TEXTS

# ---------------------------------------------------------------------------
# Locating without folding: the raw-text path must agree with the folded key
# ---------------------------------------------------------------------------

# Words and gaps that stress the raw-text path: an anchor of plain letters inside typeset
# text, a Kelvin sign, a soft hyphen and a combining accent next to it, quotation marks,
# dashes and every kind of whitespace between words.
RAW_WORDS = st.sampled_from(
    [
        "Meta",
        "für",
        "fu\u0308r",
        "16.000",
        "160.000",
        "KI–Modell",
        "„Llama“",
        "»4«",
        "akakan",
        "Kakakan",
        "\u212aakakan",
        "Ka\u00adkakan",
        "e\u0301",
        "Meta\u0308",
        "1",
        "5,5",
        "x",
    ]
)
RAW_GAPS = st.sampled_from(
    [" ", "  ", "\u00a0", "\n", "\r\n", "\t", "\u2009", ". ", ", ", "", " „", "“ ", "-", " – "]
)


def plain_and_folded(text: str, quote: str) -> tuple[object, object]:
    """What the raw-text path answers (None: it defers) and what the folded key says."""
    source = SourceText.from_text("x.txt", text)
    needle = fold(quote).key.strip(" ")
    return (
        corpus_module._locate_plainly(source, needle),
        corpus_module._locate_folded(source, needle),
    )


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(RAW_WORDS, min_size=1, max_size=10),
    gaps=st.lists(RAW_GAPS, min_size=10, max_size=10),
    data=st.data(),
)
def test_locating_in_the_raw_text_agrees_with_the_folded_key(
    words: list[str], gaps: list[str], data: st.DataObject
) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    typed = " ".join(words[first : last + 1])
    pairs = zip(words[first : last + 1], gaps[first : last + 1], strict=True)
    copied = "".join(word + gap for word, gap in pairs)
    quote = data.draw(st.sampled_from([typed, copied, data.draw(TEXTS)]))
    if not fold(quote).key.strip(" "):
        return
    plainly, folded = plain_and_folded(text, quote)
    assert plainly is None or plainly == folded, (text, quote)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, data=st.data())
def test_locating_any_slice_in_the_raw_text_agrees_with_the_folded_key(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    quote = text[start : data.draw(st.integers(start, len(text)))]
    if not fold(quote).key.strip(" "):
        return
    plainly, folded = plain_and_folded(text, quote)
    assert plainly is None or plainly == folded, (text, quote)


def test_a_quote_is_found_in_the_raw_text_when_its_anchor_also_stands_in_typeset_text() -> None:
    text = "„Kakakan“ plant viel.\n\nKakakan kauft 5.000 GPUs. Kakakan\u00a0– wieder."
    source = SourceText.from_text("x.txt", text)
    plainly = corpus_module._locate_plainly(source, "Kakakan kauft 5.000 GPUs.")
    assert plainly is not None
    assert [(loc.line, loc.column, loc.text) for loc in plainly] == [
        (3, 1, "Kakakan kauft 5.000 GPUs.")
    ]


@pytest.mark.parametrize(
    "text,quote",
    [
        ("Der \u212aonzern plant.", "Konzern plant"),  # Kelvin sign: NFC makes it K
        ("Meta in\u00advestiert.", "Meta investiert"),  # a soft hyphen inside the anchor
        ("Das Cafe\u0301 hat 5 Tische.", "Café hat 5 Tische"),  # an accent after the anchor
        ("Meta plant\n\n„5 GPUs“", 'plant "5 GPUs"'),  # marks and a paragraph in it
    ],
)
def test_typography_the_raw_text_does_not_show_still_finds_the_quote(text: str, quote: str) -> None:
    source = SourceText.from_text("x.txt", text)
    [location] = locate_quote(source, quote)
    assert fold(location.text).key == fold(quote).key


def test_no_character_nfc_makes_ascii_can_stand_in_an_anchor() -> None:
    # An anchor is looked up verbatim in the raw text; NFC turns the Kelvin sign into "K",
    # the Greek question mark into ";" and the varia into "`", so those stay out of anchors.
    made = {
        ascii_char
        for code in range(0x80, 0x110000)
        for ascii_char in unicodedata.normalize("NFC", chr(code))
        if ascii_char.isascii()
    }
    assert made == {"K", ";", "`"}
    assert not any(folding_fastpath._ANCHOR_RUN.fullmatch(char) for char in made)


def test_no_plain_character_joins_the_one_before_it() -> None:
    # The raw-text path reads a plain character as folding to itself; NFC could change
    # that only for a combining mark or the second half of a composition.
    plain = [chr(code) for code in range(0x100) if not folding._UNPLAIN.match(chr(code))]
    seconds = {
        int(parts[1], 16)
        for code in range(0x110000)
        if (decomposition := unicodedata.decomposition(chr(code)))
        and not decomposition.startswith("<")
        and len(parts := decomposition.split()) == 2
    }
    assert not [char for char in plain if unicodedata.combining(char) or ord(char) in seconds]
