"""The reader on the classes of real-world number syntax that issue 15 lists, each in German
and English where the language has it: what is read (value or range, unit) and what is not a
figure at all (dates, times, ordinals). A wrong number here would be evidence that can prove a
false claim, so every case pins the exact reading, or that nothing is read."""

from __future__ import annotations

import pytest

from factspec.read.quantity import read_quantities


def readings(text: str, lang: str) -> list[tuple[object, str | None]]:
    """(value or (low, high), unit) for every figure read, as exact strings."""
    found = read_quantities(text, lang)
    return [
        (str(q.value) if q.value is not None else tuple(str(x) for x in q.range), q.unit)
        for q in found
    ]


NOT_FIGURES = [
    ("en", "march 3"),
    ("en", "March 3 2015"),
    ("en", "14 april 2015"),
    ("en", "15 of february"),
    ("en", "the 4 of July"),
    ("en", "at 15 past 3pm"),
    ("en", "tonight at 8 o'clock"),
    ("en", "08 Jan 2024, 14:22"),
    ("en", "Dateline: 08 Jan 2024, 14:22 (Reuters)"),
    ("de", "märz 3"),
    ("de", "14 april 2015"),
    ("de", "am 1 März"),
    ("de", "um halb 4"),
    ("de", "viertel vor 12"),
    ("de", "um viertel nach 3"),
    ("de", "3 uhr 15 am nachmittag"),
    ("de", "nachmittags um 1 uhr 30"),
    ("de", "19:30"),
    ("de", "um 3 am nachmittag"),
    ("de", "um 19:30 am fr, 20. Sept."),
    ("de", "4."),
    ("de", "dies ist der 1. Test"),
    ("de", "das ist dann die 3. Banane"),
    ("de", "08 Jan 2024, 14:22"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FIGURES)
def test_dates_times_and_ordinals_are_not_figures(lang: str, text: str) -> None:
    assert readings(text, lang) == []


FIGURES_NEAR_DATES = [
    # A month beside a figure with a unit leaves the figure alone.
    ("de", "im März 3 Prozent mehr", [("3", "percent")]),
    ("en", "in March 3 percent more", [("3", "percent")]),
    # English writes no ordinal with a full stop: "192." is a number ending a sentence.
    ("en", "192.", [("192", None)]),
    # "35 to 40" is a range, not minutes to the hour.
    ("en", "35 to 40 billion dollars", [(("35000000000", "40000000000"), "usd")]),
    ("de", "Der Umsatz stieg um 7. Danach", [("7", None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIGURES_NEAR_DATES)
def test_figures_beside_dates_are_still_read(lang: str, text: str, expected) -> None:
    assert readings(text, lang) == expected


NUMBER_WORDS = [
    ("en", "4 thousand 3 hundred and 21", [("4321", None)]),
    ("en", "3 hundred and one", [("301", None)]),
    ("en", "three million, two hundred & forty, you say?", [("3000240", None)]),
    ("en", "one billion twenty-five millions", [("1025000000", None)]),
    ("en", "three thousand millions", [("3000000000", None)]),
    ("en", "two point zero five euros", [("41/20", "eur")]),
    ("en", "30 lakh", [("3000000", None)]),
    ("en", "2 bln dollars", [("2000000000", "usd")]),
    # A group after a comma needs its hundred: "two of them" is not part of the number.
    ("en", "3 million, two of them", [("3000000", None)]),
    ("en", "3 million 5 percent", [("3000000", None), ("5", "percent")]),
    ("de", "Eine Million dreihundertneunundneunzigtausendfuenfhundertneun", [("1399509", None)]),
    (
        "de",
        "zwei billiarden siebenhunderteinundsiebzig billionen neunzig milliarden zweiundneunzig "
        "millionen",
        [("2771090092000000", None)],
    ),
    ("de", "zwei hundert tausend Euro", [("200000", "eur")]),
    ("de", "fuenf Prozent", [("5", "percent")]),
    ("de", "null komma fünf Prozent", [("1/2", "percent")]),
    ("de", "Nullrunde", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NUMBER_WORDS)
def test_number_words_are_composed_whole(lang: str, text: str, expected) -> None:
    assert readings(text, lang) == expected


SCALE_LETTERS = [
    ("en", "100K", [("100000", None)]),
    ("en", "3M", [("3000000", None)]),
    ("en", "-1.2M", [("-1200000", None)]),
    ("en", "$2.174T", [("2174000000000", "usd")]),
    ("en", "US$ 1MM", [("1000000", "usd")]),
    ("en", "5k-20k", [(("5000", "20000"), None)]),
    ("en", "1,674,200.5 bn", [("1674200500000000", None)]),
    # Model names and codes keep out: a B, a bare t, letters before the digits.
    ("en", "Llama 3.1 405B", []),
    ("en", "5t", []),
    ("en", "Nvidia H100", []),
    ("en", "GPT-4", []),
    ("de", "100k", [("100000", None)]),
    ("de", "1,2M", [("1200000", None)]),
    ("de", "1,2 Mio", [("1200000", None)]),
    ("de", "-1200K", [("-1200000", None)]),
    ("de", "70B Parameter", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SCALE_LETTERS)
def test_scale_letters(lang: str, text: str, expected) -> None:
    assert readings(text, lang) == expected


ALONE = [
    ("en", "sixteen", [("16", None)]),
    ("en", "twenty two.", [("22", None)]),
    ("de", "siebenhunderteinundzwanzigtausendundzwölf", [("721012", None)]),
    ("de", "drei", [("3", None)]),
    # In running prose a bare number word is a word, not a figure; an article never is one.
    ("de", "zwei Wege", []),
    ("en", "one of them", []),
    ("de", "eine", []),
    ("en", "a", []),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ALONE)
def test_a_number_word_alone_is_the_figure_named(lang: str, text: str, expected) -> None:
    assert readings(text, lang) == expected
