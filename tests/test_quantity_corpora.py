"""The reader on the sentences the three real-world corpora (tests/corpora/) found misread:
each case is a seed's sentence verbatim, then its neighbours in the other language. A
qualifier dropped makes evidence more precise than its source, a label read as a count makes
a figure nobody wrote; every case pins the exact reading, or that the number is reported."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factspec.read.quantity import read_quantities, unread_figures
from factspec.read.units import BUILTIN_UNITS, Unit


def read(text: str, lang: str) -> list[tuple[str, str | None, str, str | None]]:
    """(span, qualifier, interval, unit) for every figure read."""
    return [(q.text, q.qualifier, str(q.interval), q.unit) for q in read_quantities(text, lang)]


def unread(text: str, lang: str) -> list[str]:
    return [figure.text for figure in unread_figures(text, lang)]


# -- "beyond", and the bounds around it ---------------------------------------------------

BEYOND = [
    # budget_en seed 005 line 3
    (
        "en",
        "An extra £25 billion over the next two years – equivalent to the entire rise in "
        "employers’ National Insurance contributions – will take the overall budget of the "
        "Department of Health and Social Care (DHSC) beyond £200 billion for the first time.",
        "beyond £200 billion",
    ),
    ("en", "costs in excess of £200 billion", "in excess of £200 billion"),
    ("en", "north of £200 billion", "north of £200 billion"),
    ("de", "hebt den Etat über 200 Milliarden Euro hinaus", "über 200 Milliarden Euro"),
]


@pytest.mark.parametrize(("lang", "text", "span"), BEYOND)
def test_beyond_and_its_neighbours_are_more_than(lang: str, text: str, span: str) -> None:
    found = [q for q in read_quantities(text, lang) if q.text == span]
    assert len(found) == 1
    assert found[0].qualifier == "more than"
    assert str(found[0].interval) == "(200000000000, ∞)"


def test_beyond_before_the_is_a_topic_not_a_bound() -> None:
    # like "over" and "about": a preposition before a determiner qualifies nothing
    assert read("a plan beyond the 5 billion", "en")[0][1] is None


# -- "or so" and German "about" before and after ------------------------------------------

ABOUT = [
    # transport_mixed seed 004 line 7
    (
        "en",
        "If you include the 2,000 or so cars with fuel cells and 922,000 plug-in hybrids",
        "2,000 or so",
    ),
    ("de", "die 2.000 oder so Autos mit Brennstoffzelle", "2.000 oder so"),
    ("de", "an die 2.000 Autos mit Brennstoffzelle", "an die 2.000"),
    ("de", "um die 2.000 Autos mit Brennstoffzelle", "um die 2.000"),
]


@pytest.mark.parametrize(("lang", "text", "span"), ABOUT)
def test_or_so_and_an_die_are_about(lang: str, text: str, span: str) -> None:
    assert read(text, lang)[0] == (span, "about", "[1800, 2200]", None)


def test_or_so_lets_the_unit_after_it_through() -> None:
    assert read("the 2,000 or so GPUs", "en") == [
        ("2,000 or so GPUs", "about", "[1800, 2200]", "gpu")
    ]


def test_und_so_is_no_qualifier() -> None:
    # "und so weiter" goes on with the sentence; only "oder so" is "about"
    assert read("2.000 und so weiter", "de") == [("2.000", None, "[2000, 2000]", None)]


def test_gut_und_gerne_is_open_above() -> None:
    # "easily 2.000": at least, never capped at 2.000 + w as "gut" alone is
    assert read("gut und gerne 2.000 Autos", "de") == [
        ("gut und gerne 2.000", "at least", "[2000, ∞)", None)
    ]


# -- "up to" after a change ---------------------------------------------------------------

# budget_en seed 000 line 13
CAPITAL = (
    "There will also be a £3.1bn increase in capital investment for 2025-26 compared to "
    "2023-24, up to £13.6bn overall."
)


def test_up_to_after_an_amount_of_change_is_the_level_reached() -> None:
    assert read(CAPITAL, "en") == [
        ("£3.1bn", None, "[3050000000, 3150000000]", "gbp"),
        ("£13.6bn", None, "[13550000000, 13650000000]", "gbp"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "spending rose by £3.1bn, up to £13.6bn.",
        "a £3.1bn rise in capital spending, up to £13.6bn overall",
    ],
)
def test_up_to_after_a_change_word_and_its_amount(text: str) -> None:
    assert read(text, "en")[-1] == ("£13.6bn", None, "[13550000000, 13650000000]", "gbp")


@pytest.mark.parametrize(
    "text",
    [
        # no word of change: a ceiling
        "Capital investment will be up to £13.6bn overall.",
        # a change with no amount before it: "up to 20 %" is the most any good rose
        "Prices rose across the board, up to 20 % for some goods.",
        # "by up to", "of up to": the size of the change is what is capped
        "a rise of up to £13.6bn",
        "spending rose by up to £13.6bn",
        # the change is in another sentence
        "There was a £3.1bn increase. Up to £13.6bn may follow.",
        # another unit: the amount of change is not of the same quantity
        "a 3 % increase in staff, up to £13.6bn overall",
    ],
)
def test_up_to_otherwise_stays_a_ceiling(text: str) -> None:
    last = read_quantities(text, "en")[-1]
    assert last.qualifier == "up to"
    assert last.interval.low == 0


def test_bis_zu_after_a_change_stays_a_ceiling() -> None:
    # German says the level reached with "auf"; "bis zu" after a change is still a ceiling
    # (in euros: "Pfund" alone names several units and is not read)
    found = read_quantities("eine Erhöhung um 3,1 Mrd. Euro, bis zu 13,6 Mrd. Euro", "de")
    assert found[-1].qualifier == "up to"


# -- one in so many -----------------------------------------------------------------------

RATIOS = [
    # transport_mixed seed 004 line 5
    (
        "en",
        "According to the figures, one in every 35 cars is a purely battery-powered electric "
        "vehicle.",
        ("one in every 35", None, "[1/35, 1/35]", None),
    ),
    # transport_mixed seed 004 line 7
    (
        "en",
        "there were 2.33 million - or around one in 21 cars.",
        ("around one in 21", "about", "[3/70, 11/210]", None),
    ),
    ("en", "1 in 5 people", ("1 in 5", None, "[0.2, 0.2]", None)),
    # transport_mixed seed 003 line 3
    ("de", "Das ist in etwa jeder 35. Pkw.", ("etwa jeder 35.", "about", "[9/350, 11/350]", None)),
    ("de", "also etwa jedes 21. Auto", ("etwa jedes 21.", "about", "[3/70, 11/210]", None)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RATIOS)
def test_one_in_so_many_is_a_ratio_without_unit(lang: str, text: str, expected) -> None:
    assert read(text, lang)[-1] == expected


def test_one_in_is_never_a_count_of_the_noun_after_it() -> None:
    # with "cars" / "Pkw" declared units (as in the transport corpus), still not 35 cars
    units = BUILTIN_UNITS.extended([Unit("cars", ("Pkw", "Autos"), ("cars", "car"))])
    assert read_quantities("35 cars", "en", units=units)[0].unit == "cars"
    for text, lang in (("one in every 35 cars", "en"), ("jeder 35. Pkw", "de")):
        (found,) = read_quantities(text, lang, units=units)
        assert (found.unit, found.value) == (None, Fraction(1, 35))


def test_one_in_the_morning_is_no_ratio() -> None:
    assert read("one in the morning", "en") == []


# -- a line break, names and labels -------------------------------------------------------


def test_a_decimal_comma_after_a_noun_is_a_figure_not_a_version() -> None:
    # energie_de seed 002 lines 7-8: the line break ends the figure, "8,8" is read unitless
    text = "Bei der Steinkohle waren es 31 Prozent, bei der Braunkohle 8,8\nProzent."
    assert read(text, "de") == [
        ("31 Prozent", None, "[31, 31]", "percent"),
        ("8,8", None, "[8.75, 8.85]", None),
    ]
    assert unread(text, "de") == []


def test_a_figure_ending_its_line_is_read_unitless() -> None:
    # energie_de seed 002: nothing else lost around it
    text = "Demnach speisten Solaranlagen im vergangenen Jahr 63,3\nTerawattstunden ins Netz ein"
    assert read(text, "de") == [("63,3", None, "[63.25, 63.35]", None)]
    assert unread(text, "de") == []


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("de", "bei der Braunkohle 8\nProzent.", "8\nProzent"),
        ("en", "in Britain 8\npercent", "8\npercent"),
    ],
)
def test_a_number_a_line_break_leaves_after_a_name_is_reported(
    lang: str, text: str, span: str
) -> None:
    assert read(text, lang) == []
    assert unread(text, lang) == [span]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # budget_en seed 003 line 7, seed 002 line 18
        ("en", "Further detail will come at phase 2 of the Spending Review."),
        ("en", "The rest will follow when phase 2 comes in the spring"),
        ("de", "Die Einzelheiten folgen in Phase 2 des Plans."),
        ("de", "Llama 3.1 hat"),
    ],
)
def test_a_label_or_version_number_is_no_figure(lang: str, text: str) -> None:
    assert read(text, lang) == []
    assert unread(text, lang) == []


def test_a_label_with_a_unit_of_its_own_is_still_read() -> None:
    assert read("phase 2 costs 5 %", "en") == [("5 %", None, "[5, 5]", "percent")]


def test_dates_of_the_budget_are_no_figures() -> None:
    # budget_en seed 000 line 7 and 002 line 8
    assert read("published on 30 October 2024", "en") == []
    assert read("veröffentlicht am 30. Oktober 2024", "de") == []


# -- "over" before a time span ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        # budget_en seed 001 line 1
        (
            "en",
            "Chancellor announces £22.6bn cash injection for health service over two years",
            "over two years",
        ),
        ("en", "spread over 3 months", "over 3 months"),
        ("de", "über zwei Jahre verteilt", "über zwei Jahre"),
    ],
)
def test_over_a_time_span_is_reported_not_bounded(lang: str, text: str, span: str) -> None:
    assert all(q.qualifier != "more than" for q in read_quantities(text, lang))
    assert unread(text, lang) == [span]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "He is over thirty years old."),
        ("en", "It happened over two years ago."),
        ("en", "for over two years"),
        ("en", "more than two years"),
        ("de", "seit über zwei Jahren"),
        ("de", "über 40 Jahre alt"),
    ],
)
def test_over_a_time_span_that_can_only_be_a_bound(lang: str, text: str) -> None:
    (found,) = read_quantities(text, lang)
    assert found.qualifier == "more than"
    assert unread(text, lang) == []


def test_over_before_a_count_stays_more_than() -> None:
    assert read("over 200 people", "en")[0][1] == "more than"


# -- fractions and ratios counted as figures ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "mehr als die Hälfte", ("more than", "(0.5, ∞)")),
        ("de", "mehr als drei Viertel", ("more than", "(0.75, ∞)")),
        ("de", "um etwa ein Viertel gesunken", ("about", "[0.225, 0.275]")),
        ("de", "mehr als ein Drittel", ("more than", "(1/3, ∞)")),
        ("en", "more than a third", ("more than", "(1/3, ∞)")),
        ("en", "their share has doubled compared to 2022", (None, "[2, 2]")),
    ],
)
def test_fractions_and_multipliers_of_the_corpora_are_read(lang: str, text: str, expected):
    (found,) = read_quantities(text, lang)
    assert (found.qualifier, str(found.interval)) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # energie_de seed 004: "fast eins zu eins" is no "nearly 1"
        ("Der Zuwachs ging fast eins zu eins auf die Photovoltaik zurück", "eins zu eins"),
        ("Das Spiel endete 3 zu 1.", "3 zu 1"),
    ],
)
def test_a_ratio_with_zu_is_reported_not_read_in_part(text: str, span: str) -> None:
    assert read(text, "de") == []
    assert unread(text, "de") == [span]


def test_zu_after_an_article_is_no_ratio() -> None:
    assert unread("ein zu hoher Preis", "de") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # transport_mixed seed 000 line 1
        ("einem Rückgang von etwa einem Prozent", ("etwa einem Prozent", "about", "[0.9, 1.1]")),
        ("der Anteil stieg um einen Prozentpunkt", ("einen Prozentpunkt", None, "[1, 1]")),
        ("ein Prozent der Fläche", ("ein Prozent", None, "[1, 1]")),
    ],
)
def test_an_article_before_a_percent_is_the_number_one(text: str, expected) -> None:
    assert [(q.text, q.qualifier, str(q.interval)) for q in read_quantities(text, "de")] == [
        expected
    ]


def test_an_article_before_other_words_stays_an_article() -> None:
    assert read("eine der Apps hat einen Nutzer", "de") == []
