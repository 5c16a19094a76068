"""Units with dimensions: exact conversion factors, currencies by ISO code, ambiguous words.

The reader converts as it reads, so each case names the unit id a figure is read in and its
value there; the figures of one dimension meet in one id whatever words they were written in.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factspec.read.interval import Interval
from factspec.read.quantity import read_quantities, unread_figures
from factspec.read.units import BUILTIN_UNITS, Unit, UnitRegistry

F = Fraction


def only(text: str, lang: str, registry: UnitRegistry = BUILTIN_UNITS):  # type: ignore[no-untyped-def]
    found = read_quantities(text, lang, units=registry)
    assert len(found) == 1, f"{text!r} read as {[q.text for q in found]}"
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        # energy: every word and symbol into gigawatt hours
        ("de", "18 Milliarden kWh", F(18_000), "gwh"),
        ("en", "15 TWh", F(15_000), "gwh"),
        ("de", "15 Terawattstunden", F(15_000), "gwh"),
        ("de", "2,5 Megawattstunden", F(25, 10_000), "gwh"),
        ("de", "300 Kilowattstunden", F(3, 10_000), "gwh"),
        ("en", "300 kilowatt hours", F(3, 10_000), "gwh"),
        ("en", "4 gigawatt-hours", F(4), "gwh"),
        ("en", "50 Wh", F(50, 10**9), "gwh"),
        # power stays in gigawatts
        ("de", "500 MW", F(1, 2), "gw"),
        ("en", "2 kilowatts", F(2, 10**6), "gw"),
        ("de", "800 Watt", F(8, 10**7), "gw"),
        # mass into tonnes
        ("de", "3 Millionen Tonnen", F(3_000_000), "t"),
        ("en", "40 tonnes", F(40), "t"),
        ("de", "250 kg", F(1, 4), "t"),
        ("de", "500 Gramm", F(1, 2000), "t"),
        # length into kilometres
        ("de", "12 Kilometer", F(12), "km"),
        ("en", "800 metres", F(4, 5), "km"),
        # area into square kilometres
        ("de", "40 Hektar", F(2, 5), "km2"),
        ("en", "1,000 square metres", F(1, 1000), "km2"),
        ("de", "5 km²", F(5), "km2"),
        # volume into litres
        ("de", "3 Kubikmeter", F(3000), "l"),
        ("en", "20 litres", F(20), "l"),
        # time spans: hours and years
        ("de", "zwei Wochen", F(336), "hours"),
        ("en", "90 minutes", F(3, 2), "hours"),
        ("de", "18 Monate", F(3, 2), "years"),
        ("en", "three years", F(3), "years"),
        # shares
        ("de", "15 vom Hundert", F(15), "percent"),
        ("en", "202 p.c.", F(202), "percent"),
    ],
)
def test_units_with_dimensions_read_into_their_reading_unit(
    lang: str, text: str, value: Fraction, unit: str
) -> None:
    q = only(text, lang)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("de", "16,4 Millionen kanadischen Dollar", F(16_400_000), "cad"),
        ("de", "20 australische Dollar", F(20), "aud"),
        ("en", "C$ 5", F(5), "cad"),
        ("en", "HK$ 12", F(12), "hkd"),
        ("en", "CHF 3.04", F(304, 100), "chf"),
        ("en", "CAD 3.03", F(303, 100), "cad"),
        ("en", "42 KWD", F(42), "kwd"),
        ("en", "42 Kuwaiti dinars", F(42), "kwd"),
        ("de", "1000 Pfund Sterling", F(1000), "gbp"),
        ("de", "100 britische Pfund", F(100), "gbp"),
        ("en", "20 sterling", F(20), "gbp"),
        ("en", "Rs. 20", F(20), "inr"),
        ("en", "7₩", F(7), "krw"),
        ("de", "10,5 ₩", F(21, 2), "krw"),
        ("de", "fast eine Million ₽", F(1_000_000), "rub"),
        ("en", "100 ₡", F(100), "crc"),
        ("en", "100₾", F(100), "gel"),
        ("en", "100,000 ₭", F(100_000), "lak"),
        ("de", "5 norwegischer Kronen", F(5), "nok"),
        ("de", "siebzehn tausend dänischen Kronen", F(17_000), "dkk"),
        ("en", "100 Norwegian kroner", F(100), "nok"),
        ("de", "1 russischer Rubel", F(1), "rub"),
        ("en", "300 rubles", F(300), "rub"),
        ("en", "42 ringgit", F(42), "myr"),
        ("en", "42 Malaysian ringgits", F(42), "myr"),
        ("en", "10,000 DKK", F(10_000), "dkk"),
        ("en", "10 ILS", F(10), "ils"),
        ("en", "nzd$15", F(15), "nzd"),
        ("en", "Mex$ 10 million", F(10_000_000), "mxn"),
        ("de", "3,5 Millionen Schweizer Franken", F(3_500_000), "chf"),
        ("de", "5 Neuseeland-Dollar", F(5), "nzd"),  # not US dollars by its last word
        ("de", "5 Saudi-Rial", F(5), "sar"),
        ("en", "5 Bulgarian leva", F(5), "bgn"),
    ],
)
def test_currencies_by_iso_code_name_and_symbol(
    lang: str, text: str, value: Fraction, unit: str
) -> None:
    q = only(text, lang)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "fast 902 Pfd."),  # sterling or a pound of weight
        ("de", "ein Pfund Butter kostet 3 Pfund"),
        ("en", "2 pounds"),
        ("de", "5 Kronen"),
        ("en", "100 kroner"),
        ("en", "42 RM"),
        ("en", "20 pesos"),
        ("de", "300 Dinar"),
        ("de", "5 Simbabwe-Dollar"),  # a dollar, but not one the registry knows
    ],
)
def test_a_word_naming_several_units_reads_nothing(lang: str, text: str) -> None:
    # Read without its unit, the figure would be evidence for a fact in no unit, or be
    # taken for another currency; nothing read leaves it to the curator.
    assert [q.text for q in read_quantities(text, lang)] == []


def test_a_project_that_declares_an_ambiguous_word_reads_it() -> None:
    pounds = Unit("gbp", ("Pfund",), (), dimension="currency", name="pfund")
    registry = BUILTIN_UNITS.extended([pounds])
    q = only("fast 902 Pfund", "de", registry)
    assert (q.value, q.unit) == (F(902), "gbp")


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "24,000 Nvidia H100 GPUs", [("24,000 Nvidia H100 GPUs", "gpu")]),
        ("en", "COP 28 ended", []),  # a conference, not 28 Colombian pesos
        ("en", "PHP 8 is fast", []),  # a version
        ("en", "5G networks", []),  # no grams
        ("en", "$5m", [("$5m", "usd")]),  # a million, not metres
        ("en", "42 l.e.", [("42 l.e.", "egp")]),  # the dotted abbreviation, not a litre
        ("en", "42 L.A. teams", [("42", None)]),  # a dotted abbreviation is no litre
        ("en", "forty-second", []),  # an ordinal, not forty seconds
        ("de", "um 19 Uhr", []),
    ],
)
def test_unit_words_that_are_something_else(
    lang: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(q.text, q.unit) for q in read_quantities(text, lang)] == expected


def test_precision_is_taken_as_written_then_converted_exactly() -> None:
    # "about 15 TWh": half a unit of the last digit (0.5 TWh), then into gwh.
    q = only("about 15 TWh", "en")
    assert q.interval == Interval(F(14_500), F(15_500))
    # "18 Milliarden kWh": a scale word, ± half a unit of the 8 (0.5 billion kWh = 500 GWh).
    q = only("18 Milliarden kWh", "de")
    assert q.interval == Interval(F(17_500), F(18_500))


def test_every_reading_unit_has_one_dimension_and_a_unit_factor_for_itself() -> None:
    dimensions: dict[str, set[str]] = {}
    for unit in BUILTIN_UNITS.units:
        dimensions.setdefault(unit.id, set()).add(unit.dimension)
        if unit.label == unit.id:
            assert unit.factor == 1, unit
    assert all(len(d) == 1 for d in dimensions.values()), dimensions
    assert BUILTIN_UNITS.dimension_of("gwh") == "energy"
    assert BUILTIN_UNITS.dimension_of("kwd") == "currency"
    assert BUILTIN_UNITS.reading_unit("twh") == ("gwh", F(1000))
    assert BUILTIN_UNITS.reading_unit("nonesuch") is None


def test_currency_ids_are_iso_4217_codes() -> None:
    currencies = [u for u in BUILTIN_UNITS.units if u.dimension == "currency"]
    assert len(currencies) >= 40
    for unit in currencies:
        assert len(unit.id) == 3 and unit.id.isalpha(), unit.id
        assert unit.id.upper() in unit.symbols or unit.id in {"cop", "php", "gel"}, unit.id


@pytest.mark.parametrize(
    ("lang", "text", "unit"),
    [
        # The transport corpus (004): "grew by almost 396,000 last year" was 396,000 years.
        ("en", "The number grew by almost 396,000 last year", None),
        ("en", "sold 400,000 a year", None),
        ("de", "Es kamen 395 000 im vergangenen Jahr hinzu", None),
        ("de", "5 Millionen pro Jahr", None),
        # Right after the figure the span is its unit.
        ("en", "after 3 years", "years"),
        ("de", "nach 18 Monaten", "years"),
        ("de", "in 2 Wochen", "hours"),
    ],
)
def test_a_time_span_is_a_figures_unit_only_right_after_it(
    lang: str, text: str, unit: str | None
) -> None:
    (found,) = read_quantities(text, lang)
    assert found.unit == unit


@pytest.mark.parametrize(
    ("lang", "text", "unread"),
    [
        ("en", "The price starts at dollar 22.5 million.", "dollar 22.5 million"),
        ("en", "malaysian ringgit 42", "ringgit 42"),
        ("de", "Die Euro 5 Norm gilt seit 2009.", "Euro 5"),
    ],
)
def test_a_currency_word_before_a_number_is_reported_not_read(
    lang: str, text: str, unread: str
) -> None:
    # Prose puts a currency's name after the amount; before it, the number is not read as an
    # amount without its currency (the conformance corpus read "dollar 22.5 million" so).
    assert read_quantities(text, lang) == []
    assert [figure.text for figure in unread_figures(text, lang)] == [unread]
