"""Source values: what one source allows for one fact, from all it says.

Built on a small project in a temporary folder (facts.yaml + seeds/), so every interval
below is read from real quotes by the same path the checker takes.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from factspec.judge.verdict import Verdict, judge_cell
from factspec.model.grammar import parse_step
from factspec.model.project import Project
from factspec.model.values import SourceValues
from factspec.read.interval import Interval

BN = 10**9

SEED_X = """\
Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden, sollen für Llama 4 fast zehnmal so viele, also rund 160.000 GPUs, benötigt werden.
Meta plant Ausgaben von 60 bis 65 Milliarden US-Dollar. Insgesamt sind es bis zu 65 Milliarden Dollar.
Der Kurs stieg von 475 auf rund 510 Dollar, ein Plus von gut sieben Prozent.
Später hieß es, Llama 3 habe 24.000 GPUs gebraucht.
Meta wird über 1,3 Millionen GPUs betreiben. Die Rede ist von 1,3 Millionen GPUs.
Daher dürfte Meta mit knapp 160.000 GPUs planen.
Ein anderer Bericht nennt höchstens 50 Milliarden Dollar.
"""  # noqa: E501
SEED_Y = "Dieser Text nennt keine Zahlen.\n"
SEED_Z = "Für das Training von Llama 3 wurden 16.000 GPUs verwendet.\n"

FACTS = """\
version: 1
sources:
  - {id: "x", file: x.txt, title: "X", language: de, published: "2024-08"}
  - {id: "y", file: y.txt, title: "Y", language: de, published: "2024-08"}
  - {id: "z", file: z.txt, title: "Z", language: de, published: "2024-08"}
facts:
  - id: l3
    description: GPUs used to train Llama 3
    kind: point
    unit: gpu
    evidence:
      - source: "x"
        quote: "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden"
        reads: "etwa 16.000 GPUs"
      - source: "z"
        quote: "Für das Training von Llama 3 wurden 16.000 GPUs verwendet."
  - id: l4
    description: GPUs needed to train Llama 4
    kind: point
    unit: gpu
    evidence:
      - source: "x"
        quote: "also rund 160.000 GPUs"
  - id: l4_hedged
    description: GPUs Meta may plan for Llama 4 (speculation)
    kind: point
    unit: gpu
    evidence:
      - source: "x"
        quote: "Daher dürfte Meta mit knapp 160.000 GPUs planen."
        hedged: true
  - id: l4_vs_l3
    description: Llama 4's GPUs as a multiple of Llama 3's
    kind: point
    unit: times
    ratio_of: [l4, l3]
    evidence:
      - source: "x"
        quote: "fast zehnmal so viele"
  - id: l4_hedged_vs_l3
    description: the speculative plan as a multiple of Llama 3's GPUs
    kind: point
    unit: times
    ratio_of: [l4_hedged, l3]
  - id: gpus_2025
    description: GPUs Meta runs by the end of 2025
    kind: point
    unit: gpu
    evidence:
      - source: "x"
        quote: "über 1,3 Millionen GPUs"
      - source: "x"
        quote: "Die Rede ist von 1,3 Millionen GPUs."
  - id: l3_conflicting
    description: GPUs used to train Llama 3, stated twice and differently
    kind: point
    unit: gpu
    evidence:
      - source: "x"
        quote: "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden"
        reads: "etwa 16.000 GPUs"
      - source: "x"
        quote: "Llama 3 habe 24.000 GPUs gebraucht"
  - id: plan
    description: planned capital expenditure
    kind: range
    unit: usd
    evidence:
      - source: "x"
        quote: "Ausgaben von 60 bis 65 Milliarden US-Dollar"
      - source: "x"
        quote: "Insgesamt sind es bis zu 65 Milliarden Dollar."
  - id: plan_conflicting
    description: planned capital expenditure, stated twice and differently
    kind: range
    unit: usd
    evidence:
      - source: "x"
        quote: "Ausgaben von 60 bis 65 Milliarden US-Dollar"
      - source: "x"
        quote: "höchstens 50 Milliarden Dollar"
  - id: price_before
    description: share price before the results
    kind: point
    unit: usd
    evidence:
      - source: "x"
        quote: "Der Kurs stieg von 475 auf rund 510 Dollar"
        reads: "475"
  - id: price_after
    description: share price after the results
    kind: point
    unit: usd
    evidence:
      - source: "x"
        quote: "Der Kurs stieg von 475 auf rund 510 Dollar"
        reads: "rund 510 Dollar"
  - id: price_rise
    description: rise of the share price, in percent
    kind: point
    unit: percent
    change_of: [price_after, price_before]
    evidence:
      - source: "x"
        quote: "ein Plus von gut sieben Prozent"
"""


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Project:
    root: Path = tmp_path_factory.mktemp("values")
    (root / "seeds").mkdir()
    for name, text in {"x.txt": SEED_X, "y.txt": SEED_Y, "z.txt": SEED_Z}.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    (root / "facts.yaml").write_text(FACTS, encoding="utf-8")
    loaded = Project.load(root)
    assert loaded.findings == ()
    return loaded


@pytest.fixture
def values(project) -> SourceValues:
    return SourceValues(project.factbase, project.evidence)


def closed(low: Fraction | int, high: Fraction | int) -> Interval:
    return Interval.closed(Fraction(low), Fraction(high))


def judge(project: Project, values: SourceValues, step: str, source: str = "x"):
    facts = {fact.id for fact in project.factbase.facts}
    return judge_cell([parse_step(step, "en", facts=facts)], source, values)


# --- direct evidence -----------------------------------------------------------------------


def test_one_statement_is_what_its_words_allow(values):
    value = values.value("l3", "x")
    assert value.allowed == closed(15_500, 16_500)  # w = min(1,600, half of 1,000)
    assert value.unit == "gpu"
    assert [s.words for s in value.statements] == ["etwa 16.000 GPUs"]
    assert not value.conflict


def test_each_source_has_its_own_value(values):
    assert values.value("l3", "z").allowed == Interval.point(16_000)


def test_two_statements_of_one_source_intersect(values):
    # "über 1,3 Millionen" = (1.3 M, ∞) and "1,3 Millionen" = [1.25 M, 1.35 M]
    value = values.value("gpus_2025", "x")
    assert [s.interval for s in value.statements] == [
        Interval.more_than(1_300_000),
        closed(1_250_000, 1_350_000),
    ]
    assert value.allowed == Interval(Fraction(1_300_000), Fraction(1_350_000), True, False)
    assert not value.conflict


def test_the_intersection_decides_the_verdict(project, values):
    supported = judge(project, values, "gpus_2025 is more than 1.3 million GPUs")
    assert supported.verdict is Verdict.SUPPORTS
    # Each statement alone would only be compatible with "at most 1.35 million".
    assert judge(project, values, "gpus_2025 is at most 1,350,000 GPUs").verdict is (
        Verdict.SUPPORTS
    )
    # "Up to 1,350,000" also says the source names that top; only rounding reaches it.
    assert judge(project, values, "gpus_2025 is up to 1,350,000 GPUs").verdict is (
        Verdict.COMPATIBLE
    )


def test_disjoint_statements_are_a_self_contradiction(project, values):
    value = values.value("l3_conflicting", "x")
    assert value.allowed is None
    assert value.conflict
    assert [s.interval for s in value.statements] == [
        closed(15_500, 16_500),
        Interval.point(24_000),
    ]
    cell = judge(project, values, "l3_conflicting is about 16,000 GPUs")
    assert cell.verdict is Verdict.REFUTES
    assert cell.findings[0].explanation == (
        'x contradicts itself: "etwa 16.000 GPUs" = [15500, 16500] gpu (SUPPORTS); '
        '"24.000 GPUs" = [24000, 24000] gpu (REFUTES); '
        "the claim needs [15500, 16500]: REFUTES"
    )


def test_self_contradiction_supports_what_every_statement_supports(project, values):
    cell = judge(project, values, "l3_conflicting is more than 10,000 GPUs")
    assert cell.verdict is Verdict.SUPPORTS
    assert cell.findings[0].explanation.startswith("x contradicts itself: ")


@pytest.mark.parametrize(
    "step",
    [
        "l3_conflicting is less than l4",
        "l4 is about 10 times l3_conflicting",
    ],
)
def test_a_self_contradicting_operand_is_not_silence(project, values, step):
    # Source x does speak about l3_conflicting; "x says nothing about …" would be false, and
    # SILENT would hide the contradiction from the coverage table.
    cell = judge(project, values, step)
    assert cell.verdict is not Verdict.SILENT
    assert "contradicts itself" in cell.findings[0].explanation


def test_a_silent_source_has_no_value(project, values):
    assert values.value("l3", "y") is None
    assert values.value("plan", "y") is None
    assert values.value("l4_vs_l3", "y") is None
    assert values.difference("l4", "l3", "y") is None
    cell = judge(project, values, "l3 is about 16,000 GPUs", source="y")
    assert cell.verdict is Verdict.SILENT
    assert cell.findings[0].explanation == "y says nothing about l3"


# --- derived facts -------------------------------------------------------------------------


def test_ratio_of_is_direct_evidence_intersected_with_the_computed_ratio(values):
    value = values.value("l4_vs_l3", "x")
    assert value.unit == "times"
    direct, computed = value.statements
    nearly_ten = Interval(Fraction(9), Fraction(10), False, True)
    assert (direct.words, direct.interval) == ("fast zehnmal so viele", nearly_ten)
    # [155000, 165000] / [15500, 16500] = [155000/16500, 165000/15500]
    assert computed.evidence is None
    assert computed.interval == closed(Fraction(310, 33), Fraction(330, 31))
    assert computed.words == '"rund 160.000 GPUs" / "etwa 16.000 GPUs"'
    assert value.allowed == Interval(Fraction(310, 33), Fraction(10), False, True)


def test_multiple_step_reads_through_the_declared_ratio(values):
    assert values.ratio("l4", "l3", "x") == values.value("l4_vs_l3", "x")


def test_ratio_needs_both_operands_from_the_same_source(values):
    # z gives Llama 3's GPUs only; x's Llama 4 figure must not be divided by z's.
    assert values.value("l4_vs_l3", "z") is None
    assert values.ratio("l4", "l3", "z") is None


def test_a_ratio_of_a_hedged_operand_is_hedged(values):
    value = values.value("l4_hedged_vs_l3", "x")
    # [155000, 160000) / [15500, 16500]: the open top of "knapp" stays open.
    assert value.allowed == Interval(Fraction(310, 33), Fraction(320, 31), False, True)
    assert value.hedged
    assert not values.value("l4_vs_l3", "x").hedged


def test_hedged_derived_support_is_marked_hedged(project, values):
    cell = judge(project, values, "l4_hedged is about 9.5 times l3")
    assert cell.verdict is Verdict.COMPATIBLE
    cell = judge(project, values, "l4_hedged is about 10 times l3")
    assert cell.verdict is Verdict.SUPPORTS
    assert cell.hedged
    assert not cell.firm_support
    cell = judge(project, values, "l4_hedged is more than 8 times l3")
    assert cell.verdict is Verdict.SUPPORTS
    assert cell.hedged
    assert not cell.firm_support


def test_change_of_is_in_percent(values):
    value = values.value("price_rise", "x")
    assert value.unit == "percent"
    direct, computed = value.statements
    a_good_seven = Interval(Fraction(7), Fraction(15, 2), True, False)
    assert direct.interval == a_good_seven  # "gut sieben Prozent"
    # ([505, 515] / 475 − 1) × 100
    assert computed.interval == closed(Fraction(120, 19), Fraction(160, 19))
    assert value.allowed == a_good_seven
    assert values.change("price_after", "price_before", "x") == value


def test_change_without_a_declared_fact_is_computed(values):
    value = values.change("l4", "l3", "x")
    assert value.unit == "percent"
    # ([155000, 165000] / [15500, 16500] − 1) × 100
    assert value.allowed == closed(Fraction(27700, 33), Fraction(29900, 31))


def test_ratio_without_a_declared_fact_is_computed(values):
    value = values.ratio("price_after", "price_before", "x")
    assert value.unit == "times"
    assert value.allowed == closed(Fraction(101, 95), Fraction(103, 95))  # [505, 515] / 475


def test_falling_change_is_negated_before_comparing(project, values):
    assert judge(project, values, "price_after rose by a good 7 % over price_before").verdict is (
        Verdict.SUPPORTS
    )
    cell = judge(project, values, "price_after fell by a good 7 % from price_before")
    assert cell.verdict is Verdict.REFUTES
    assert cell.findings[0].explanation.endswith("the claim needs [-7.5, -7): REFUTES")


# --- comparisons ---------------------------------------------------------------------------


def test_difference_for_comparisons(project, values):
    value = values.difference("l4", "l3", "x")
    assert value.allowed == closed(138_500, 149_500)  # [155000, 165000] − [15500, 16500]
    assert value.unit == "gpu"
    assert judge(project, values, "l4 is greater than l3").verdict is Verdict.SUPPORTS
    assert judge(project, values, "l3 is greater than l4").verdict is Verdict.REFUTES


def test_difference_of_overlapping_values_is_compatible(project, values):
    # "rund 160.000" and "knapp 160.000" overlap: neither is known to be larger.
    # [155000, 165000] − [155000, 160000): the open top of "knapp" opens the lower end.
    assert values.difference("l4", "l4_hedged", "x").allowed == Interval(
        Fraction(-5_000), Fraction(10_000), True, False
    )
    assert judge(project, values, "l4 is greater than l4_hedged").verdict is Verdict.COMPATIBLE


# --- range facts ---------------------------------------------------------------------------


def test_range_endpoints_are_constrained_by_a_bound(values):
    value = values.value("plan", "x")
    low, high = value.endpoints
    # "60 bis 65 Milliarden" pins [59.5, 60.5] and [64.5, 65.5]; "bis zu 65 Milliarden"
    # = [0, 65] cuts both endpoints, which clips only the upper one.
    assert low == closed(Fraction(595, 10) * BN, Fraction(605, 10) * BN)
    assert high == closed(Fraction(645, 10) * BN, 65 * BN)
    assert value.allowed == closed(Fraction(595, 10) * BN, 65 * BN)
    assert not value.conflict


def test_range_claim_is_compared_endpoint_by_endpoint(project, values):
    assert judge(project, values, "plan is 60 to 65 billion dollars").verdict is Verdict.SUPPORTS
    assert judge(project, values, "plan is up to 65 billion dollars").verdict is Verdict.SUPPORTS
    assert judge(project, values, "plan is 37 to 40 billion dollars").verdict is Verdict.REFUTES
    # The lower endpoints agree; the upper one [64.5, 65] lies outside [69.5, 70.5].
    assert judge(project, values, "plan is 60 to 70 billion dollars").verdict is Verdict.REFUTES
    # "About 62 billion" is [61.5, 62.5]: one figure, not the range; neither endpoint lies in it.
    assert judge(project, values, "plan is about 62 billion dollars").verdict is Verdict.REFUTES
    # The lower endpoints only touch ([58.5, 59.5] against [59.5, 60.5]): compatible; the
    # upper ones are apart ([65.5, 66.5] against [64.5, 65]): refuted.
    assert judge(project, values, "plan is 59 to 66 billion dollars").verdict is Verdict.REFUTES
    assert judge(project, values, "plan is about 60 to 65 billion dollars").verdict is (
        Verdict.SUPPORTS
    )


def test_range_contradicted_by_a_bound_is_a_conflict(project, values):
    value = values.value("plan_conflicting", "x")
    assert value.endpoints == (None, None)
    assert value.allowed is None
    assert value.conflict
    cell = judge(project, values, "plan_conflicting is 60 to 65 billion dollars")
    assert cell.verdict is Verdict.REFUTES
    assert "x contradicts itself on the range" in cell.findings[0].explanation


# --- revisions of a fact that has none -------------------------------------------------------
# Mutants: the lookups of a fact no revision names (or a source that never spoke on it) failing
# instead of answering "none": the lint and the coverage table ask this of every fact.


def test_a_fact_that_is_not_revisable_has_no_revisions(values):
    assert values.revision_months("l3") == []
    assert values.judged_month("l3") is None
    assert values.judged_month("l3", as_of="2024-08") is None
    assert values.history("l3", "x") is None


def test_a_statement_is_found_only_where_the_source_made_it(values):
    assert values.stated_in("l3", "x", "2024-08")
    assert not values.stated_in("l3", "x", "2024-07")
    assert not values.stated_in("l3", "y", "2024-08")  # y says nothing about l3
