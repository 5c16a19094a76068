"""The quantity reader on real corpus wording and beyond: every figure's exact interval, unit,
qualifier and span — and the things that look like numbers but are not figures."""

from __future__ import annotations

import time
from fractions import Fraction
from pathlib import Path

import pytest

from factspec.read.interval import Interval
from factspec.read.quantity import Quantity, QuantityError, read_quantities
from factspec.read.units import BUILTIN_UNITS, Unit, UnitRegistry

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def F(x: str | int) -> Fraction:
    """Exact value from a decimal literal: F("8.45e9") is 8 450 000 000 exactly."""
    return Fraction(x)


def C(a: str | int, b: str | int) -> Interval:
    return Interval.closed(F(a), F(b))


def P(x: str | int) -> Interval:
    return Interval.point(F(x))


def CO(a: str | int, b: str | int) -> Interval:
    """[a, b): "nearly b"."""
    return Interval(F(a), F(b), False, True)


def OC(a: str | int, b: str | int) -> Interval:
    """(a, b]: "a good a"."""
    return Interval(F(a), F(b), True, False)


def AM(x: str | int) -> Interval:
    """(-∞, x]: "at most x"."""
    return Interval.at_most(F(x))


def LT(x: str | int) -> Interval:
    """(-∞, x): "less than x"."""
    return Interval.less_than(F(x))


def only(text: str, lang: str, **kwargs) -> Quantity:
    found = read_quantities(text, lang, **kwargs)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# -- single figures ------------------------------------------------------------------------
# (language, text, span read, interval, unit, qualifier)

SINGLE = [
    # seed 000
    ("de", "dass das Training von Llama 4 zehn Mal mehr Rechenleistung erfordern wird als Llama 3",
     "zehn Mal mehr", P(10), "times", None),
    ("de", "Llama 3.1 405B, mit 405 Milliarden Parametern markiert",
     "405 Milliarden Parametern", C("404.5e9", "405.5e9"), "parameters", None),
    ("de", "zu einem Anstieg der Kapitalausgaben von 33%, was", "33%", P(33), "percent", None),
    ("de", "was 8,5 Milliarden Dollar erreichte", "8,5 Milliarden Dollar",
     C("8.45e9", "8.55e9"), "usd", None),
    ("de", "dass 3 Milliarden Dollar für Modellschulung", "3 Milliarden Dollar",
     C("2.7e9", "3.3e9"), "usd", None),
    ("de", "Meta plant eine 10-fache Erhöhung der Rechenleistung", "10-fache", P(10), "times",
     None),
    ("de", "Der Anstieg der Kapitalausgaben von Meta um 33% im Q2 2024", "33%", P(33), "percent",
     None),
    # seed 001
    ("de", "So sollen allein für das Training von Llama 4 fast zehnmal mehr GPUs benötigt werden",
     "fast zehnmal mehr", CO(9, 10), "times", "nearly"),
    ("de", "Daher dürfte Meta mit knapp 160.000 GPUs planen.", "knapp 160.000 GPUs",
     CO(155000, 160000), "gpu", "nearly"),
    ("de", "Meta hat im zweiten Quartal 39 Milliarden Dollar Umsatz", "39 Milliarden Dollar",
     C("38.5e9", "39.5e9"), "usd", None),
    ("de", "einen Nettogewinn von 13,5 Milliarden Dollar verbucht", "13,5 Milliarden Dollar",
     C("13.45e9", "13.55e9"), "usd", None),
    ("de", "Zudem sollen 3,2 Milliarden Menschen täglich eine der Meta-Apps nutzen.",
     "3,2 Milliarden Menschen", C("3.15e9", "3.25e9"), "people", None),
    ("de", "Threads soll mit 200 Millionen aktiven monatlichen Nutzer:innen schon",
     "200 Millionen aktiven monatlichen Nutzer:innen", C("199.5e6", "200.5e6"), "users", None),
    ("de", "schon halb so viele Nutzer:innen haben wie Musks Kurznachrichtendienst",
     "halb so viele", P("0.5"), "times", None),
    ("de", "7 Bilder ansehen Googles neue KI-Suche geht nach hinten los", "7", P(7), None, None),
    ("de", "– ein Plus von gut sieben Prozent.", "gut sieben Prozent", OC(7, "7.5"), "percent",
     "a good"),
    # seed 002
    ("de", "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden",
     "etwa 16.000 GPUs", C(15500, 16500), "gpu", "about"),
    ("de", "sollen für Llama 4 fast zehnmal so viele, also", "fast zehnmal so viele", CO(9, 10),
     "times", "nearly"),
    ("de", "also rund 160.000 GPUs, benötigt werden", "rund 160.000 GPUs", C(155000, 165000),
     "gpu", "about"),
    ("de", "verfügt das Unternehmen über Cluster mit 24.000 Nvidia H100 GPUs.",
     "24.000 Nvidia H100 GPUs", P(24000), "gpu", None),
    ("de", "Diese sollen bis Ende 2024 auf über 340.000 GPUs erweitert werden.",
     "über 340.000 GPUs", Interval.more_than(340000), "gpu", "more than"),
    # seed 003
    ("de", "Zuckerberg stellt 65-Milliarden-Dollar-Investitionsplan für KI-Rechenzentren vor",
     "65-Milliarden-Dollar", C("64.5e9", "65.5e9"), "usd", None),
    ("de", "für 1,3 Millionen GPUs im Jahr 2025 vor", "1,3 Millionen GPUs",
     C("1.25e6", "1.35e6"), "gpu", None),
    ("de", "dass Meta in diesem Jahr bis zu 65 Milliarden US-Dollar in Investitionen investieren",
     "bis zu 65 Milliarden US-Dollar", C(0, "65e9"), "usd", "up to"),
    ("de", "im Vergleich zu den 38 Milliarden Dollar dar", "38 Milliarden Dollar",
     C("37.5e9", "38.5e9"), "usd", None),
    ("de", "eine Steigerung von mehr als dem 1, 5-Fachen der vorherigen Zahl",
     "mehr als dem 1, 5-Fachen", Interval.more_than(F("1.5")), "times", "more than"),
    ("de", "Präsident Trumps ehrgeizige 500-Milliarden-Dollar-Stargate-Initiative",
     "500-Milliarden-Dollar", C("499.5e9", "500.5e9"), "usd", None),
    ("de", "plant Meta den Bau eines riesigen 2-Gigawatt-Rechenzentrums", "2-Gigawatt", P(2),
     "gw", None),
    ("de", "Bis zum Jahresende werden etwa 1 Gigawatt neue Rechenleistung in Betrieb sein",
     "etwa 1 Gigawatt", C("0.9", "1.1"), "gw", "about"),
    ("de", "die über 1, 3 Millionen GPUs nutzen wird", "über 1, 3 Millionen GPUs",
     Interval.more_than(1_300_000), "gpu", "more than"),
    ("de", "So plant Microsoft beispielsweise, rund 80 Milliarden Dollar zu investieren",
     "rund 80 Milliarden Dollar", C("75e9", "85e9"), "usd", "about"),
    ("de", "Nach einem Minus von etwa 1, 4 % zum Eröffnungskurs", "etwa 1, 4 %",
     C("1.35", "1.45"), "percent", "about"),
    ("de", "einen bemerkenswerten Aufwärtstrend von 2 % und heben sich", "2 %", P(2), "percent",
     None),
    # seed 004
    ("de", "Finanzierungsleasing 6,7 Milliarden US-Dollar betrugen", "6,7 Milliarden US-Dollar",
     C("6.65e9", "6.75e9"), "usd", None),
    ("de", "ein Rückgang gegenüber 7,09 Milliarden US-Dollar zum gleichen Zeitpunkt",
     "7,09 Milliarden US-Dollar", C("7.085e9", "7.095e9"), "usd", None),
    ("de", "Die Aktien des Unternehmens fielen um ca. 15 Prozent, was", "ca. 15 Prozent",
     C("14.5", "15.5"), "percent", "about"),
    ("de", "einen Wertverlust des Unternehmens um 200 Milliarden US-Dollar bedeutet",
     "200 Milliarden US-Dollar", C("199.5e9", "200.5e9"), "usd", None),
    # German beyond the seeds
    ("de", "ein Umsatz von 1.234,5 Millionen Euro", "1.234,5 Millionen Euro",
     C("1234.45e6", "1234.55e6"), "eur", None),
    ("de", "ein Wert von 1,5 Billionen Dollar", "1,5 Billionen Dollar", C("1.45e12", "1.55e12"),
     "usd", None),
    ("de", "rund 2 Tsd. Euro", "rund 2 Tsd. Euro", C(1800, 2200), "eur", "about"),
    ("de", "5 Mio. Nutzer", "5 Mio. Nutzer", C("4.5e6", "5.5e6"), "users", None),
    ("de", "beinahe 3 Mrd. Euro", "beinahe 3 Mrd. Euro", CO("2.7e9", "3e9"), "eur", "nearly"),
    ("de", "mindestens 5 GW", "mindestens 5 GW", Interval.at_least(5), "gw", "at least"),
    ("de", "höchstens 500 MW", "höchstens 500 MW", AM("0.5"), "gw", "at most"),
    ("de", "maximal 10 %", "maximal 10 %", AM(10), "percent", "at most"),
    ("de", "nahezu 90 Prozent", "nahezu 90 Prozent", CO(85, 90), "percent", "nearly"),
    ("de", "ungefähr 20 Server", "ungefähr 20 Server", C(18, 22), "servers", "about"),
    ("de", "circa 100 Mitarbeiter", "circa 100 Mitarbeiter", C(90, 110), "employees", "about"),
    ("de", "annähernd 2 Milliarden Menschen", "annähernd 2 Milliarden Menschen",
     C("1.8e9", "2.2e9"), "people", "about"),
    ("de", "weniger als 5 Prozent", "weniger als 5 Prozent", LT(5),
     "percent", "less than"),
    ("de", "knapp über 5 Prozent", "knapp über 5 Prozent", OC(5, "5.5"), "percent", "a good"),
    ("de", "nicht mehr als 7 Prozent", "nicht mehr als 7 Prozent", AM(7), "percent", "at most"),
    ("de", "eine Milliarde Dollar", "eine Milliarde Dollar", C("0.9e9", "1.1e9"), "usd", None),
    ("de", "zweihundertfünfzig Menschen", "zweihundertfünfzig Menschen", P(250), "people", None),
    ("de", "zweieinhalb Milliarden Dollar", "zweieinhalb Milliarden Dollar",
     C("2.45e9", "2.55e9"), "usd", None),
    ("de", "Es war das Zehnfache.", "Zehnfache", P(10), "times", None),
    ("de", "fast das Zehnfache", "fast das Zehnfache", CO(9, 10), "times", "nearly"),
    ("de", "doppelt so viele Server", "doppelt so viele", P(2), "times", None),
    ("de", "50 Millionen Nutzerinnen und Nutzer", "50 Millionen Nutzerinnen und Nutzer",
     C("49.5e6", "50.5e6"), "users", None),
    ("de", "mit 10 Mio. NutzerInnen", "10 Mio. NutzerInnen", C("9.5e6", "10.5e6"), "users",
     None),
    ("de", "mit 400 Nutzern", "400 Nutzern", P(400), "users", None),
    ("de", "Die Aktie fiel um −3,5 %.", "−3,5 %", C("-3.55", "-3.45"), "percent", None),
    ("de", "mit 24.000 H100-GPUs", "24.000 H100-GPUs", P(24000), "gpu", None),
    ("de", "ein Preis von 8,50 Euro", "8,50 Euro", C("8.495", "8.505"), "eur", None),
    ("de", "ein Bericht über die 3 Milliarden Dollar", "3 Milliarden Dollar",
     C("2.7e9", "3.3e9"), "usd", None),
    ("de", "rund 1, 3 Millionen", "rund 1, 3 Millionen", C("1.25e6", "1.35e6"), None, "about"),
    ("de", "ein Rechenzentrum mit 500 Megawatt", "500 Megawatt", P("0.5"), "gw", None),
    ("de", "3x mehr Leistung", "3x mehr", P(3), "times", None),
    ("de", "ein Plus von 3 Prozentpunkten", "3 Prozentpunkten", P(3), "percentage_points", None),
    # English
    ("en", "Meta spent $8.5 billion in Q2 2024", "$8.5 billion", C("8.45e9", "8.55e9"), "usd",
     None),
    ("en", "capital expenditure was up 33% year on year", "33%", P(33), "percent", None),
    ("en", "a cluster of 160,000 GPUs", "160,000 GPUs", P(160000), "gpu", None),
    ("en", "Llama 3 was trained on about 16,000 GPUs", "about 16,000 GPUs", C(15500, 16500),
     "gpu", "about"),
    ("en", "Llama 4 needs nearly ten times as many GPUs", "nearly ten times as many", CO(9, 10),
     "times", "nearly"),
    ("en", "ten times more compute than Llama 3", "ten times more", P(10), "times", None),
    ("en", "10x more compute", "10x more", P(10), "times", None),
    ("en", "a 10-fold increase", "10-fold", P(10), "times", None),
    ("en", "a tenfold increase", "tenfold", P(10), "times", None),
    ("en", "Threads has half as many users", "half as many", P("0.5"), "times", None),
    ("en", "expanded to over 340,000 GPUs by the end of 2024", "over 340,000 GPUs",
     Interval.more_than(340000), "gpu", "more than"),
    ("en", "an increase of more than 1.5 times the previous figure", "more than 1.5 times",
     Interval.more_than(F("1.5")), "times", "more than"),
    ("en", "at least 3 GW of new capacity", "at least 3 GW", Interval.at_least(3), "gw",
     "at least"),
    ("en", "spend up to $65bn this year", "up to $65bn", C(0, "65e9"), "usd", "up to"),
    ("en", "at most 5% of revenue", "at most 5%", AM(5), "percent", "at most"),
    ("en", "just under 10 percent", "just under 10 percent", CO(9, 10), "percent", "nearly"),
    ("en", "just over 7 per cent", "just over 7 per cent", OC(7, "7.5"), "percent", "a good"),
    ("en", "a gain of a good 7%", "a good 7%", OC(7, "7.5"), "percent", "a good"),
    ("en", "roughly 80 billion dollars", "roughly 80 billion dollars", C("75e9", "85e9"), "usd",
     "about"),
    ("en", "approximately 1 gigawatt", "approximately 1 gigawatt", C("0.9", "1.1"), "gw",
     "about"),
    ("en", "the stock traded around 510 dollars", "around 510 dollars", C(505, 515), "usd",
     "about"),
    ("en", "some 3.2 billion people use the apps", "some 3.2 billion people",
     C("3.15e9", "3.25e9"), "people", "about"),
    ("en", "almost 160,000 GPUs", "almost 160,000 GPUs", CO(155000, 160000), "gpu", "nearly"),
    ("en", "growth above 2%", "above 2%", Interval.more_than(2), "percent", "more than"),
    ("en", "fewer than 100 servers", "fewer than 100 servers", LT(100),
     "servers", "less than"),
    ("en", "a market value of 1.5 trillion dollars", "1.5 trillion dollars",
     C("1.45e12", "1.55e12"), "usd", None),
    ("en", "a billion dollars", "a billion dollars", C("0.9e9", "1.1e9"), "usd", None),
    ("en", "Llama 3.1 405B has 405 billion parameters", "405 billion parameters",
     C("404.5e9", "405.5e9"), "parameters", None),
    ("en", "200 million monthly active users", "200 million monthly active users",
     C("199.5e6", "200.5e6"), "users", None),
    ("en", "a cluster of 24,000 Nvidia H100 GPUs", "24,000 Nvidia H100 GPUs", P(24000), "gpu",
     None),
    ("en", "a $65B plan", "$65B", C("64.5e9", "65.5e9"), "usd", None),
    ("en", "10k users", "10k users", C(9500, 10500), "users", None),
    ("en", "a €5 billion fund", "€5 billion", C("4.5e9", "5.5e9"), "eur", None),
    ("en", "a 500 MW plant", "500 MW", P("0.5"), "gw", None),
    ("en", "1.3 million GPUs", "1.3 million GPUs", C("1.25e6", "1.35e6"), "gpu", None),
    ("en", "twenty-five GPUs", "twenty-five GPUs", P(25), "gpu", None),
    ("en", "the plan is more than one and a half times the 2024 spending",
     "more than one and a half times", Interval.more_than(F("1.5")), "times", "more than"),
    ("de", "eineinhalb Millionen Menschen", "eineinhalb Millionen Menschen",
     C("1.45e6", "1.55e6"), "people", None),
    ("en", "a price of 8.50 euros", "8.50 euros", C("8.495", "8.505"), "eur", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "interval", "unit", "qualifier"),
    SINGLE,
    ids=[f"{case[0]}:{case[2]}" for case in SINGLE],
)
def test_single_figure(lang, text, span, interval, unit, qualifier) -> None:
    q = only(text, lang)
    assert q.text == span
    assert text[q.start : q.end] == span
    assert q.interval == interval
    assert q.unit == unit
    assert q.qualifier == qualifier
    assert q.range is None and q.endpoints is None
    assert q.value is not None


def test_the_nominal_value_is_kept_beside_the_interval() -> None:
    assert only("knapp 160.000 GPUs", "de").value == 160000
    assert only("8,5 Milliarden Dollar", "de").value == F("8.5e9")
    assert only("höchstens 500 MW", "de").value == F("0.5")
    assert only("halb so viele", "de").value == F("0.5")


def test_german_billion_is_an_english_trillion() -> None:
    assert only("2 Billionen Dollar", "de").value == 2 * 10**12
    assert only("2 billion dollars", "en").value == 2 * 10**9
    assert only("2 trillion dollars", "en").value == 2 * 10**12
    assert only("2 Milliarden Dollar", "de").value == 2 * 10**9


def test_the_same_digits_read_per_language() -> None:
    assert only("160.000 GPUs", "de").value == 160000
    assert only("160,000 GPUs", "en").value == 160000
    assert only("8,5 Prozent", "de").value == F("8.5")
    assert only("8.5 percent", "en").value == F("8.5")
    assert read_quantities("8.5 Prozent", "de") == []  # 8.5 is no German numeral: refused
    assert read_quantities("8,5 percent", "en") == []


def test_tolerance_caps_the_width_and_precision_caps_the_tolerance() -> None:
    # w(X) = min(t·|X|, half a unit of the last significant digit): t is a cap, never a widening.
    assert only("etwa 16.000 GPUs", "de", tolerance=F("0.02")).interval == C(15680, 16320)
    assert only("etwa 16.000 GPUs", "de", tolerance=F("0.2")).interval == C(15500, 16500)
    assert only("gut sieben Prozent", "de", tolerance=Fraction(1, 20)).interval == OC(7, "7.35")
    # No room at all: "nearly X" keeps only its side of X.
    assert only("knapp 160.000 GPUs", "de", tolerance=F(0)).interval == LT(160000)


# -- ranges ----------------------------------------------------------------------------------
# (language, text, span, nominal (A, B), endpoint intervals, interval, unit, qualifier)

RANGES = [
    ("de", "sollen sich im Geschäftsjahr 2024 auf 37 bis 40 Milliarden US-Dollar belaufen",
     "37 bis 40 Milliarden US-Dollar", ("37e9", "40e9"),
     (C("36.5e9", "37.5e9"), C("39.5e9", "40.5e9")), C("37e9", "40e9"), "usd", None),
    ("de", "auf ein Niveau zwischen 35 und 40 Milliarden US-Dollar zu steigern",
     "zwischen 35 und 40 Milliarden US-Dollar", ("35e9", "40e9"),
     (C("34.5e9", "35.5e9"), C("39.5e9", "40.5e9")), C("35e9", "40e9"), "usd", None),
    ("de", "mit Ausgaben im Bereich von 51 bis 53 Milliarden US-Dollar gerechnet",
     "51 bis 53 Milliarden US-Dollar", ("51e9", "53e9"),
     (C("50.5e9", "51.5e9"), C("52.5e9", "53.5e9")), C("51e9", "53e9"), "usd", None),
    ("de", "einen beeindruckenden Bereich von 60 bis 65 Milliarden US-Dollar an",
     "60 bis 65 Milliarden US-Dollar", ("60e9", "65e9"),
     (C("59.5e9", "60.5e9"), C("64.5e9", "65.5e9")), C("60e9", "65e9"), "usd", None),
    ("de", "Ausgaben von 37–40 Milliarden Dollar", "37–40 Milliarden Dollar", ("37e9", "40e9"),
     (C("36.5e9", "37.5e9"), C("39.5e9", "40.5e9")), C("37e9", "40e9"), "usd", None),
    ("de", "zwischen 2 und 3 Prozent", "zwischen 2 und 3 Prozent", (2, 3), (P(2), P(3)),
     C(2, 3), "percent", None),
    ("de", "etwa 37 bis 40 Milliarden Dollar", "etwa 37 bis 40 Milliarden Dollar",
     ("37e9", "40e9"), (C("36.5e9", "37.5e9"), C("36e9", "44e9")), C("36e9", "44e9"), "usd",
     "about"),
    ("de", "500 Tausend bis 1 Million Nutzer", "500 Tausend bis 1 Million Nutzer",
     ("500e3", "1e6"), (C("499.5e3", "500.5e3"), C("0.9e6", "1.1e6")), C("500e3", "1e6"),
     "users", None),
    ("en", "capex of $37–40 billion this year", "$37–40 billion", ("37e9", "40e9"),
     (C("36.5e9", "37.5e9"), C("39.5e9", "40.5e9")), C("37e9", "40e9"), "usd", None),
    ("en", "capex of $37-40 billion", "$37-40 billion", ("37e9", "40e9"),
     (C("36.5e9", "37.5e9"), C("39.5e9", "40.5e9")), C("37e9", "40e9"), "usd", None),
    ("en", "between $35 billion and $40 billion", "between $35 billion and $40 billion",
     ("35e9", "40e9"), (C("34.5e9", "35.5e9"), C("39.5e9", "40.5e9")), C("35e9", "40e9"),
     "usd", None),
    ("en", "spending of 35 to 40 billion dollars", "35 to 40 billion dollars", ("35e9", "40e9"),
     (C("34.5e9", "35.5e9"), C("39.5e9", "40.5e9")), C("35e9", "40e9"), "usd", None),
    ("en", "a cluster of 37-40 GPUs", "37-40 GPUs", (37, 40), (P(37), P(40)), C(37, 40), "gpu",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "text", "span", "nominal", "endpoints", "interval", "unit", "qualifier"),
    RANGES,
    ids=[f"{case[0]}:{case[2]}" for case in RANGES],
)
def test_range(lang, text, span, nominal, endpoints, interval, unit, qualifier) -> None:
    q = only(text, lang)
    assert q.text == span and text[q.start : q.end] == span
    assert q.value is None
    assert q.range == (F(nominal[0]), F(nominal[1]))
    assert q.endpoints == endpoints
    assert q.interval == interval
    assert q.unit == unit
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "bis zu" is the qualifier "up to", not the end of a range
        ("de", "bis zu 65 Milliarden US-Dollar", [("bis zu 65 Milliarden US-Dollar", "up to")]),
        # "von A auf B" is a change: two figures, the unit after B applies to A
        ("de", "kletterte die Meta-Aktie nachbörslich von 475 auf rund 510 Dollar",
         [("475", None), ("rund 510 Dollar", "about")]),
        ("en", "the stock rose from 475 to about 510 dollars",
         [("475", None), ("about 510 dollars", "about")]),
        # a year after "bis" is a date, not an endpoint
        ("de", "Diese sollen bis Ende 2024 auf über 340.000 GPUs erweitert werden.",
         [("über 340.000 GPUs", "more than")]),
        # units that differ make two figures
        ("en", "up 33% to $8.5 billion", [("33%", None), ("$8.5 billion", None)]),
    ],
)  # fmt: skip
def test_not_a_range(lang, text, expected) -> None:
    found = read_quantities(text, lang)
    assert [(q.text, q.qualifier) for q in found] == expected
    assert all(q.range is None for q in found)


# -- coordination and changes ----------------------------------------------------------------
# (language, text, [(span, interval, unit, qualifier), …])

SEVERAL = [
    ("de", "Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar gegenüber dem Vorjahr",
     [("sieben", C("6.5e9", "7.5e9"), "usd", None),
      ("5,7 Milliarden Dollar", C("5.65e9", "5.75e9"), "usd", None)]),
    ("de", "Zuwächse von sieben bzw. 5,7 Milliarden Dollar",
     [("sieben", C("6.5e9", "7.5e9"), "usd", None),
      ("5,7 Milliarden Dollar", C("5.65e9", "5.75e9"), "usd", None)]),
    ("de", "kletterte die Meta-Aktie nachbörslich von 475 auf rund 510 Dollar",
     [("475", P(475), "usd", None), ("rund 510 Dollar", C(505, 515), "usd", "about")]),
    ("de", "stieg von 7 auf 8,5 Milliarden Dollar",
     [("7", C("6.5e9", "7.5e9"), "usd", None),
      ("8,5 Milliarden Dollar", C("8.45e9", "8.55e9"), "usd", None)]),
    ("de", "ein Plus von 3 oder 4 Prozent",
     [("3", P(3), "percent", None), ("4 Prozent", P(4), "percent", None)]),
    ("de", "Investitionen von 2 und 3 Milliarden Euro",
     [("2", C("1.8e9", "2.2e9"), "eur", None),
      ("3 Milliarden Euro", C("2.7e9", "3.3e9"), "eur", None)]),
    ("en", "revenue gains of seven and 5.7 billion dollars respectively",
     [("seven", C("6.5e9", "7.5e9"), "usd", None),
      ("5.7 billion dollars", C("5.65e9", "5.75e9"), "usd", None)]),
    ("en", "the stock rose from 475 to about 510 dollars",
     [("475", P(475), "usd", None), ("about 510 dollars", C(505, 515), "usd", "about")]),
    ("en", "a rise of 3 or 4 percent",
     [("3", P(3), "percent", None), ("4 percent", P(4), "percent", None)]),
    # a name, a year or a number with words before the conjunction takes nothing over
    ("de", "Llama 3 und 405 Milliarden Parameter",
     [("405 Milliarden Parameter", C("404.5e9", "405.5e9"), "parameters", None)]),
    ("de", "im Jahr 2024 und 5 Milliarden Dollar",
     [("5 Milliarden Dollar", C("4.5e9", "5.5e9"), "usd", None)]),
    ("de", "im laufenden Geschäftsjahr 2024 auf 5 Milliarden Dollar",
     [("5 Milliarden Dollar", C("4.5e9", "5.5e9"), "usd", None)]),
    ("de", "3 neue Standorte und 5.000 GPUs",
     [("3", P(3), None, None), ("5.000 GPUs", P(5000), "gpu", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), SEVERAL, ids=[c[1][:40] for c in SEVERAL])
def test_several_figures(lang, text, expected) -> None:
    found = read_quantities(text, lang)
    assert [(q.text, q.interval, q.unit, q.qualifier) for q in found] == expected
    for q in found:
        assert text[q.start : q.end] == q.text


# -- not figures -----------------------------------------------------------------------------

NOT_FIGURES = [
    ("de", "das Training von Llama 3."),
    ("de", "- Llama 4 Rechenleistungssteigerung:"),
    ("de", "Die jüngste Veröffentlichung von Meta, Llama 3.1 405B, markiert"),
    ("de", "Die H100 GPUs von Nvidia sind bekannt"),
    ("de", "stiegen im Q2 2024 um"),
    ("de", "was zu Kapitalausgaben im Jahr 2025 erwartet wird"),
    ("de", "Diese sollen bis Ende 2024 erweitert werden"),
    ("de", "2025: Das entscheidende Jahr für KI"),
    ("de", " date 2024-08 Meta will an die KI-Spitze."),
    ("de", "Zahlen für das abgelaufene zweite Quartal 2024"),
    ("de", "im laufenden Geschäftsjahr 2024 mit"),
    ("de", "am 24.01.2025 um 14:30 Uhr"),
    ("de", "am 24. Januar wurde es bekannt"),
    ("de", "im 2. Quartal lag der Umsatz"),
    ("de", "um 9 Uhr begann der Call"),
    ("de", "GPT-4 und COVID-19 und Llama-3-Modelle"),
    ("de", "eine der Meta-Apps nutzen"),
    ("de", "zwei Wege führen zum Ziel"),
    ("de", "weitere Milliarden Dollar in Server"),
    ("de", "Support 24/7 und 2024/25"),
    ("de", "Windows 11 ist da"),
    ("de", "einmal mehr, einfach so"),
    ("de", "zwischen 2020 und 2024 stieg der Umsatz"),
    ("de", "das Glas ist halb voll"),
    ("en", "Llama 3.1 405B is the largest open model"),
    ("en", "in Q2 2024 revenue grew"),
    ("en", "by the end of 2024"),
    ("en", "at 9 am on 2024-08-01"),
    ("en", "one of the largest models"),
    ("en", "half of the users"),
    ("en", "in the 1990s and the 3rd quarter"),
    ("en", "GPT-4o and H100 chips"),
    ("en", "a report on AI"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FIGURES, ids=[c[1][:40] for c in NOT_FIGURES])
def test_not_a_figure(lang: str, text: str) -> None:
    assert read_quantities(text, lang) == []


# -- whole seeds -------------------------------------------------------------------------------
# Written by reading the articles: every figure a reader would see, in order, with its span.

SEED_FIGURES = {
    "000_a26c9954bf046a90.txt": [
        "zehn Mal mehr", "405 Milliarden Parametern", "33%", "8,5 Milliarden Dollar",
        "3 Milliarden Dollar", "4 Milliarden Dollar", "10-fache", "33%",
        "405 Milliarden Parametern", "zehn Mal mehr", "33%", "8,5 Milliarden Dollar",
    ],
    "001_e3dcabc6ab02a58b.txt": [
        "fast zehnmal mehr", "knapp 160.000 GPUs", "37 bis 40 Milliarden US-Dollar",
        "39 Milliarden Dollar", "13,5 Milliarden Dollar", "sieben", "5,7 Milliarden Dollar",
        "3,2 Milliarden Menschen", "200 Millionen aktiven monatlichen Nutzer:innen",
        "halb so viele", "7", "475", "rund 510 Dollar", "gut sieben Prozent",
    ],
    "002_5403ae498df81086.txt": [
        "405 Milliarden Parametern", "etwa 16.000 GPUs", "fast zehnmal so viele",
        "rund 160.000 GPUs", "37 bis 40 Milliarden US-Dollar", "24.000 Nvidia H100 GPUs",
        "über 340.000 GPUs", "39 Milliarden Dollar", "13,5 Milliarden Dollar",
    ],
    "003_85bece857280cdf2.txt": [
        "65-Milliarden-Dollar", "1,3 Millionen GPUs", "65-Milliarden-Dollar",
        "1,3 Millionen GPUs", "bis zu 65 Milliarden US-Dollar", "51 bis 53 Milliarden US-Dollar",
        "60 bis 65 Milliarden US-Dollar", "38 Milliarden Dollar", "mehr als dem 1, 5-Fachen",
        "500-Milliarden-Dollar", "2-Gigawatt", "etwa 1 Gigawatt", "über 1, 3 Millionen GPUs",
        "rund 80 Milliarden Dollar", "etwa 1, 4 %", "2 %",
    ],
    "004_b39324e2fa652c10.txt": [
        "zwischen 35 und 40 Milliarden US-Dollar", "6,7 Milliarden US-Dollar",
        "7,09 Milliarden US-Dollar", "ca. 15 Prozent", "200 Milliarden US-Dollar",
    ],
}  # fmt: skip


def test_every_seed_is_pinned() -> None:
    assert set(SEED_FIGURES) == {p.name for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(SEED_FIGURES))
def test_seed_figures(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    found = read_quantities(text, "de")
    assert [q.text for q in found] == SEED_FIGURES[name]
    for q in found:
        assert text[q.start : q.end] == q.text
    assert [q.start for q in found] == sorted(q.start for q in found)


def test_seed_001_units_and_qualifiers() -> None:
    text = (SEEDS / "001_e3dcabc6ab02a58b.txt").read_text(encoding="utf-8")
    found = read_quantities(text, "de")
    assert [(q.unit, q.qualifier) for q in found] == [
        ("times", "nearly"), ("gpu", "nearly"), ("usd", None), ("usd", None), ("usd", None),
        ("usd", None), ("usd", None), ("people", None), ("users", None), ("times", None),
        (None, None), ("usd", None), ("usd", "about"), ("percent", "a good"),
    ]  # fmt: skip


# -- arguments, units, robustness ----------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"lang": "fr"},
        {"lang": "de", "tolerance": 0.1},
        {"lang": "de", "tolerance": Fraction(1)},
        {"lang": "de", "tolerance": Fraction(-1, 10)},
        {"lang": "de", "units": {"usd": "Dollar"}},
    ],
)
def test_unusable_arguments_raise_quantity_error(kwargs) -> None:
    # A copy: the parameter's dict is shared by every run in the process (mutmut's among them).
    rest = dict(kwargs)
    lang = rest.pop("lang")
    with pytest.raises(QuantityError):
        read_quantities("5 Prozent", lang, **rest)


def test_non_text_raises_quantity_error() -> None:
    with pytest.raises(QuantityError):
        read_quantities(b"5 Prozent", "de")  # type: ignore[arg-type]


def test_quantity_error_is_a_value_error() -> None:
    assert issubclass(QuantityError, ValueError)


def test_empty_and_numberless_text_read_nothing() -> None:
    assert read_quantities("", "de") == []
    assert read_quantities("Meta will an die KI-Spitze.", "de") == []


@pytest.mark.parametrize(
    ("word", "lang", "unit"),
    [
        ("GPU", "de", "gpu"), ("GPUs", "de", "gpu"), ("GPUs", "en", "gpu"),
        ("Parameter", "de", "parameters"), ("Parametern", "de", "parameters"),
        ("parameters", "en", "parameters"), ("Menschen", "de", "people"),
        ("people", "en", "people"), ("Nutzer", "de", "users"), ("Nutzern", "de", "users"),
        ("Nutzer:innen", "de", "users"), ("Nutzer*innen", "de", "users"),
        ("Nutzerinnen und Nutzer", "de", "users"), ("users", "en", "users"),
        ("Dollar", "de", "usd"), ("US-Dollar", "de", "usd"), ("USD", "en", "usd"),
        ("$", "en", "usd"), ("dollars", "en", "usd"), ("Euro", "de", "eur"),
        ("EUR", "de", "eur"), ("€", "de", "eur"), ("Prozent", "de", "percent"),
        ("%", "de", "percent"), ("percent", "en", "percent"), ("per cent", "en", "percent"),
        ("Gigawatt", "de", "gw"), ("GW", "en", "gw"), ("Megawatt", "de", "gw"),
        ("MW", "en", "gw"), ("Mal", "de", "times"), ("fache", "de", "times"),
        ("Fachen", "de", "times"), ("times", "en", "times"), ("x", "en", "times"),
        ("×", "de", "times"), ("Server", "de", "servers"), ("Aktien", "de", "shares"),
    ],
)  # fmt: skip
def test_unit_lookup(word: str, lang: str, unit: str) -> None:
    match = BUILTIN_UNITS.lookup(word, lang)
    assert match is not None and match.unit == unit


def test_unit_lookup_details() -> None:
    assert BUILTIN_UNITS.lookup("MW", "de").factor == Fraction(1, 1000)  # type: ignore[union-attr]
    assert BUILTIN_UNITS.lookup("Bilder", "de") is None
    # Energy is not power: GWh reads in its own unit, never as gigawatts.
    assert BUILTIN_UNITS.lookup("GWh", "de").unit == "gwh"  # type: ignore[union-attr]
    assert BUILTIN_UNITS.lookup("Parametern", "en") is None  # German inflection, English text
    assert {"usd", "eur", "percent", "times", "gw", "gpu", "people", "users", "parameters"} <= (
        BUILTIN_UNITS.ids
    )


def test_registry_is_extended_not_changed() -> None:
    tokens = Unit("tokens", ("Token",), ("tokens", "token"))
    registry = BUILTIN_UNITS.extended([tokens])
    assert "tokens" in registry.ids and "tokens" not in BUILTIN_UNITS.ids
    q = only("mit 15 Billionen Token trainiert", "de", units=registry)
    assert (q.text, q.unit, q.value) == ("15 Billionen Token", "tokens", 15 * 10**12)
    assert only("mit 15 Billionen Token trainiert", "de").unit is None


def test_registry_refuses_ambiguous_words_and_bad_ids() -> None:
    with pytest.raises(ValueError, match="would name both"):
        BUILTIN_UNITS.extended([Unit("graphics_cards", ("GPU",), ())])
    with pytest.raises(ValueError, match="not valid"):
        Unit("Bad Id", ("x",), ())
    assert UnitRegistry().ids == frozenset()
    assert read_quantities("5 GPUs", "en", units=UnitRegistry())[0].unit is None


def test_case_blind_matching_equates_what_regex_equates() -> None:
    # re.IGNORECASE matches a long s to s and the Kelvin sign to k; every lookup must follow.
    assert only("5 thouſand dollars", "en").value == 5000
    assert only("faſt 5 Prozent", "de").qualifier == "nearly"
    assert only("5 Tſd. Euro", "de").unit == "eur"
    assert only("$10\u212a", "en").value == 10000  # Kelvin sign: a capital K after a currency
    assert read_quantities("10\u212a users", "en") == []  # … and a name without one, like 10K
    assert BUILTIN_UNITS.lookup("Dollarſ", "en") is not None


def test_registries_of_only_symbols_or_only_words() -> None:
    symbols = UnitRegistry((Unit("foo", (), (), ("FOO",)),))
    words = UnitRegistry((Unit("bar", ("Bar",), ("bar",)),))
    assert only("5 FOO", "de", units=symbols).unit == "foo"
    assert only("5 Bar", "de", units=words).unit == "bar"
    assert only("5 FOO", "de", units=words).unit is None


def test_offsets_index_the_text_that_was_read() -> None:
    text = "Erst 5 %, dann zwischen 35 und 40 Milliarden US-Dollar und knapp 160.000 GPUs."
    found = read_quantities(text, "de")
    assert [text[q.start : q.end] for q in found] == [q.text for q in found]
    assert [q.text for q in found] == [
        "5 %", "zwischen 35 und 40 Milliarden US-Dollar", "knapp 160.000 GPUs",
    ]  # fmt: skip


def test_large_texts_read_in_linear_time() -> None:
    # Dense worst cases for a backtracking reader; each must finish well within the bound.
    cases = [
        *("1 2 " * 20_000, "1, " * 20_000, "1-" * 20_000, "zehn " * 20_000, "1." * 40_000),
        *("1" + " " * 100_000 + "Milliarden", "a " * 40_000, "über " * 20_000 + "5 %"),
    ]
    for text in cases:
        started = time.perf_counter()
        read_quantities(text, "de")
        read_quantities(text, "en")
        assert time.perf_counter() - started < 20, text[:20]


@pytest.mark.parametrize(
    ("text", "lang", "read"),
    [
        ("also per 000", "en", []),
        ("laut 000 und 0,5 Prozent", "de", ["0,5 Prozent"]),
        ("source (000) says 5 GPUs", "en", ["5 GPUs"]),
    ],
)
def test_an_id_written_as_zeros_is_not_the_number_zero(text: str, lang: str, read: list[str]):
    """ "000" as a word is an id (a source's), like "003": reading it as 0 once took "000 und
    0,5 Prozent" for a range from 0 to 0.5 percent."""
    assert [q.text for q in read_quantities(text, lang)] == read


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("The answer is minus 5", "en", -5),
        ("minus 1,200,000", "en", -1_200_000),
        ("- 1,200,000", "en", -1_200_000),
        ("negative 1200000", "en", -1_200_000),
        ("just need minus five percent", "en", -5),
        ("a (–3 %) drop", "en", -3),
        ("Der Kurs fiel um –3,4 %", "de", Fraction(-34, 10)),
        ("- 1.200.000", "de", -1_200_000),
        ("negativ 1200000", "de", -1_200_000),
        ("minus 5 Prozent", "de", -5),
        (".77", "en", Fraction(77, 100)),
        (",77", "de", Fraction(77, 100)),
    ],
)
def test_signs_and_leading_separators_are_read(text: str, lang: str, value: Fraction) -> None:
    """A sign, a minus word or a leading decimal separator once dropped silently: "minus 5"
    read 5, ".77" read 77 — wrong numbers, the worst misreading."""
    [quantity] = read_quantities(text, lang)
    assert quantity.value == value


@pytest.mark.parametrize(
    ("text", "lang"), [("3–5 %", "en"), ("2024-2025", "en"), ("10-20 Euro", "de")]
)
def test_a_dash_between_numbers_is_no_sign(text: str, lang: str) -> None:
    assert all(q.value is None or q.value >= 0 for q in read_quantities(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("one hundred percent", "en", 100, "percent"),
        ("eight hundred dollars", "en", 800, "usd"),
        ("seven hundred twenty-one thousand twelve", "en", 721_012, None),
        ("two hundred and two thousand", "en", 202_000, None),
        ("Three hundred  and  thirty one", "en", 331, None),
        ("forty five dollars", "en", 45, "usd"),
        ("a hundred GPUs", "en", 100, "gpu"),
        ("3 hundred dollars", "en", 300, "usd"),
        ("dreißig tausend vier hundert zwanzig", "de", 30_420, None),
        ("einhundert fünf Euro", "de", 105, "eur"),
    ],
)
def test_number_words_are_composed(text: str, lang: str, value: int, unit: str | None) -> None:
    """ "one hundred percent" once read 1 percent ("hundred" passed over on the way to the
    unit), "eight hundred dollars" 8 dollars: the worst kind of misreading."""
    [quantity] = read_quantities(text, lang)
    assert (quantity.value, quantity.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("one hundred twenty-fifth", "en"),
        ("one twenty two", "en"),
        ("Ein hundert ein und dreißig", "de"),
    ],
)
def test_number_words_it_cannot_compose_are_not_read(text: str, lang: str) -> None:
    """Fail closed: the start of a number ("two hundred" of "two hundred point zero three")
    would be a wrong number; nothing is read, so evidence quoting it fails with "no number
    found" instead of proving a claim with the wrong value."""
    assert read_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("C$3.04", "en", "cad"),
        ("CAD 3.03", "en", "cad"),
        ("CHF 3.04", "en", "chf"),
        ("3 Canadian dollars", "en", "cad"),
        ("HK$ 5 million", "en", "hkd"),
        ("US$3", "en", "usd"),
        ("5 kanadische Dollar", "de", "cad"),
        ("20 australische Dollar", "de", "aud"),
        ("3 Schweizer Franken", "de", "chf"),
        ("12 Millionen Yuan", "de", "cny"),
        ("5 Dollar", "de", "usd"),
    ],
)
def test_other_dollars_and_currencies_are_not_us_dollars(text: str, lang: str, unit: str) -> None:
    """ "kanadische Dollar", "C$" and "CAD 3.03" were read as US dollars or not at all."""
    [quantity] = read_quantities(text, lang)
    assert quantity.unit == unit


def test_a_german_compound_written_apart_is_one_number() -> None:
    """ "drei und zwanzig ₹" read as 3 and 20 rupees; it is 23."""
    [quantity] = read_quantities("drei und zwanzig ₹", "de")
    assert (quantity.value, quantity.unit) == (23, "inr")


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("three point five billion dollars", "en", 3_500_000_000),
        ("two point two million", "en", 2_200_000),
        ("1 point 1", "en", Fraction(11, 10)),
        ("drei komma zwei Prozent", "de", Fraction(32, 10)),
        ("1 komma 1", "de", Fraction(11, 10)),
    ],
)
def test_a_spoken_decimal_point_is_read(text: str, lang: str, value: Fraction) -> None:
    """ "three point five billion dollars" read 5 billion dollars, "1 komma 1" two ones."""
    [quantity] = read_quantities(text, lang)
    assert quantity.value == value


@pytest.mark.parametrize(("text", "lang"), [("point 77", "en"), ("komma drei Prozent", "de")])
def test_what_follows_an_unread_point_is_not_read_alone(text: str, lang: str) -> None:
    """ "point 77" read 77: the digits after a point are no number."""
    assert read_quantities(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang"), [("zero point three per cent", "en"), ("null komma drei Prozent", "de")]
)
def test_a_point_after_zero_is_read_whole(text: str, lang: str) -> None:
    """ "zero point three per cent" read 3 percent; zero is a number word: 0.3 percent."""
    (found,) = read_quantities(text, lang)
    assert (found.value, found.unit, found.text) == (Fraction(3, 10), "percent", text)
