"""Verdicts: one source's interval against a claim's, and the pass rule over all sources.

E ⊆ C supports, E ∩ C = ∅ refutes, anything else is compatible — with open and unbounded
bounds taken exactly, because "über 1,3 Millionen" against "more than 1.3 million" must
support and a closed 1.3 million must not.
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factspec.judge.checker import check_project
from factspec.judge.verdict import (
    Cell,
    ClaimOutcome,
    Verdict,
    combine,
    compare,
    decide,
    strictest,
)
from factspec.model.grammar import NoRefutationStep, SourceSupportsStep, SupportCountStep
from factspec.read.interval import Interval
from factspec.read.problems import FactspecError

S, C, R, Q = Verdict.SUPPORTS, Verdict.COMPATIBLE, Verdict.REFUTES, Verdict.SILENT
REFUTED_003 = (
    "refuted by 003; if the sources really disagree, tag the scenario @disputed "
    "and say why in its description"
)
REASON = "003 misdates the 2025 plan as 2024, while 001 and 002 give the 2024 forecast."


def closed(low: int, high: int) -> Interval:
    return Interval.closed(low, high)


# --- compare -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("evidence", "claim", "verdict"),
    [
        # closed intervals
        (closed(9, 10), closed(9, 11), S),
        (closed(9, 11), closed(9, 11), S),
        (closed(144_000, 176_000), closed(144_000, 160_000), C),
        (closed(9, 12), closed(10, 11), C),
        (closed(1, 2), closed(3, 4), R),
        (closed(1, 2), closed(2, 3), C),  # they share exactly the value 2
        (Interval.point(2), closed(2, 3), S),
        # open bounds touching: nothing shared
        (Interval(Fraction(1), Fraction(2), False, True), closed(2, 3), R),
        (closed(1, 2), Interval(Fraction(2), Fraction(3), True, False), R),
        (Interval.point(1_300_000), Interval.more_than(1_300_000), R),
        (Interval.open(1, 2), Interval.open(1, 2), S),
        (closed(1, 2), Interval.open(1, 2), C),
        # "über 1,3 Millionen" ∩ "1,3 Millionen" against "more than 1.3 million"
        (Interval(Fraction(1_300_000), Fraction(1_350_000), True, False),
         Interval.more_than(1_300_000), S),
        (closed(1_250_000, 1_350_000), Interval.more_than(1_300_000), C),
        (closed(1_300_000, 1_350_000), Interval.more_than(1_300_000), C),
        (closed(1_300_000, 1_350_000), Interval.at_least(1_300_000), S),
        # unbounded
        (Interval.more_than(340_000), Interval.more_than(340_000), S),
        (Interval.more_than(340_000), Interval.at_least(340_000), S),
        (Interval.at_least(340_000), Interval.more_than(340_000), C),
        (Interval.more_than(340_000), closed(0, 400_000), C),
        (Interval.more_than(340_000), closed(0, 340_000), R),
        (closed(-445_000_000, -335_000_000), Interval.less_than(0), S),
        (Interval.more_than(0), Interval.at_most(0), R),
        (Interval.at_least(0), Interval.at_most(0), C),
        (Interval.everything(), closed(1, 2), C),
        (closed(1, 2), Interval.everything(), S),
        (Interval.everything(), Interval.everything(), S),
        (closed(0, 65 * 10**9), Interval.more_than(65 * 10**9), R),
    ],
)  # fmt: skip
def test_compare(evidence, claim, verdict):
    assert compare(evidence, claim) is verdict


BOUND = st.integers(min_value=-4, max_value=4)


@st.composite
def intervals(draw) -> Interval:
    low = draw(st.one_of(st.none(), BOUND))
    high = draw(st.one_of(st.none(), BOUND))
    if low is not None and high is not None and low > high:
        low, high = high, low
    low_open, high_open = draw(st.booleans()), draw(st.booleans())
    if low is not None and low == high:
        low_open = high_open = False
    return Interval(
        None if low is None else Fraction(low),
        None if high is None else Fraction(high),
        low_open,
        high_open,
    )


def witnesses(*parts: Interval) -> list[Fraction]:
    """Points that stand for every region the bounds of ``parts`` cut the line into."""
    bounds = sorted({b for i in parts for b in (i.low, i.high) if b is not None})
    points = [*bounds, Fraction(-100), Fraction(100)]
    points += [(a + b) / 2 for a, b in pairwise(bounds)]
    return points


@given(intervals(), intervals())
def test_compare_agrees_with_the_values_each_interval_allows(evidence, claim):
    inside = [x for x in witnesses(evidence, claim) if x in evidence]
    in_claim = [x in claim for x in inside]
    verdict = compare(evidence, claim)
    if verdict is S:
        assert all(in_claim)
    elif verdict is R:
        assert not any(in_claim)
    else:
        assert verdict is C
        assert any(in_claim) and not all(in_claim)


# --- combine and strictest ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ([S], S),
        ([S, S], S),
        ([S, C], C),
        ([C, C], C),
        ([S, Q], Q),  # a fact the claim needs is missing: the source is silent on the claim
        ([C, Q], Q),
        ([S, R], R),
        ([Q, R], R),  # a refuted condition refutes even where another is unknown
        ([C, R, Q, S], R),
    ],
)
def test_combine_requires_every_condition(verdicts, expected):
    assert combine(verdicts) is expected


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ([S, S], S),
        ([S, R], R),  # one of the source's own statements refutes the claim
        ([R, R], R),
        ([S, C], C),
        ([C, C], C),
    ],
)
def test_conflicting_statements_refute_when_any_of_them_does(verdicts, expected):
    assert strictest(verdicts) is expected


# --- decide: the pass rule -----------------------------------------------------------------


def cell(source: str, verdict: Verdict, hedged: bool = False) -> Cell:
    return Cell(source, verdict, hedged, ())


def row(**marks: Verdict | tuple[Verdict, bool]) -> list[Cell]:
    """Cells in source order 000 … 004; a tuple marks a hedged verdict."""
    cells = []
    for index in range(5):
        mark = marks.get(f"s{index:03d}", Q)
        verdict, hedged = mark if isinstance(mark, tuple) else (mark, False)
        cells.append(cell(f"{index:03d}", verdict, hedged))
    return cells


def run(cells, *requirements, disputed: bool = False, reason: str = "") -> ClaimOutcome:
    return decide(cells, requirements, disputed=disputed, dispute_reason=reason)


def test_one_firm_supporter_and_no_refuter_passes():
    outcome = run(row(s002=S, s001=C))
    assert outcome == ClaimOutcome(True, (), ("002",), ())


def test_no_support_at_all_fails():
    outcome = run(row(s001=C))
    assert not outcome.passed
    assert outcome.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none)",
    )


def test_hedged_support_is_shown_but_not_counted():
    outcome = run(row(s001=(S, True)))
    assert not outcome.passed
    assert outcome.supporters == ()
    assert outcome.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none); "
        "hedged support from 001 does not count",
    )


def test_support_count_counts_firm_support_only():
    cells = row(s001=(S, True), s002=S)
    assert run(cells).passed
    outcome = run(cells, SupportCountStep(2))
    assert not outcome.passed
    assert outcome.reasons == (
        "needs at least 2 supporting source(s), 1 source(s) support it firmly (002); "
        "hedged support from 001 does not count",
    )
    assert run(row(s001=S, s002=S), SupportCountStep(2)).passed


def test_the_largest_support_count_applies():
    cells = row(s001=S, s002=S)
    outcome = run(cells, SupportCountStep(2), SupportCountStep(3))
    assert outcome.reasons == (
        "needs at least 3 supporting source(s), 2 source(s) support it firmly (001, 002)",
    )


@pytest.mark.parametrize(
    ("mark", "got"),
    [
        (Q, "silent"),
        (C, "compatible"),
        ((S, True), "only hedged support"),
    ],
)
def test_named_source_must_support_firmly(mark, got):
    outcome = run(row(s001=S, s002=mark), SourceSupportsStep("002"))
    assert not outcome.passed
    assert outcome.reasons == (f"source 002 must support it, but it gives {got}",)


def test_named_source_that_supports_passes():
    assert run(row(s002=S), SourceSupportsStep("002")).passed


def test_named_source_without_a_cell_fails():
    """Only speaking sources get cells, so a named source without one is silent on the claim."""
    outcome = run(row(s002=S), SourceSupportsStep("009"))
    assert outcome.reasons == ("source 009 must support it, but it gives silent",)


def test_refutation_without_disputed_fails():
    outcome = run(row(s001=S, s002=S, s003=R))
    assert not outcome.passed
    assert outcome.refuters == ("003",)
    assert outcome.supporters == ("001", "002")
    assert outcome.reasons == (REFUTED_003,)


def test_disputed_with_a_reason_allows_a_refutation():
    outcome = run(row(s001=S, s002=S, s003=R), disputed=True, reason=REASON)
    assert outcome == ClaimOutcome(True, (), ("001", "002"), ("003",))


def test_disputed_still_needs_support():
    outcome = run(row(s001=C, s003=R), disputed=True, reason=REASON)
    assert not outcome.passed
    assert outcome.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none)",
    )


@pytest.mark.parametrize("reason", ["", "  \n\t "])
def test_disputed_without_a_reason_fails(reason):
    outcome = run(row(s001=S, s003=R), disputed=True, reason=reason)
    assert not outcome.passed
    assert outcome.reasons == (
        "tagged @disputed without a reason: say in the scenario's description, in a "
        "sentence, why the sources disagree, naming a source on each side",
    )


def test_a_dispute_must_name_a_source_on_each_side():
    # Both supporters are named in the reason's complaint, in full: the author must find them.
    reason = "003 misdates the plan by a year, while the others give the forecast."
    outcome = run(row(s001=S, s002=S, s003=R), disputed=True, reason=reason)
    assert not outcome.passed
    assert outcome.reasons == (
        "tagged @disputed, but its description names none of the supporting sources "
        "(001, 002): name a source on each side",
    )


def test_disputed_goes_stale_when_no_source_refutes_it():
    outcome = run(row(s001=S, s002=C), disputed=True, reason=REASON)
    assert not outcome.passed
    assert outcome.reasons == (
        "tagged @disputed, but no source refutes it any more: remove the tag",
    )


def test_no_refutation_step_overrides_disputed():
    outcome = run(row(s001=S, s003=R), NoRefutationStep(), disputed=True, reason=REASON)
    assert not outcome.passed
    assert outcome.refuters == ("003",)
    assert any("refuted by 003" in reason for reason in outcome.reasons)


def test_no_refutation_step_does_not_advise_the_tag_it_overrides():
    # The scenario is already @disputed with a reason; its own "no source refutes it" step
    # is what fails. Telling the author to add @disputed sends them in a circle.
    outcome = run(row(s001=S, s003=R), NoRefutationStep(), disputed=True, reason=REASON)
    assert not any("tag the scenario @disputed" in reason for reason in outcome.reasons)


def test_no_refutation_step_without_refuters_is_the_default_rule():
    assert run(row(s001=S), NoRefutationStep()).passed
    assert run(row(s001=S, s002=R), NoRefutationStep()).reasons == (
        "refuted by 002; if the sources really disagree, tag the scenario @disputed "
        "and say why in its description",
    )


def test_every_failed_rule_is_reported_at_once():
    outcome = run(row(s001=(S, True), s003=R), SupportCountStep(2), SourceSupportsStep("004"))
    assert outcome.reasons == (
        "needs at least 2 supporting source(s), 0 source(s) support it firmly (none); "
        "hedged support from 001 does not count",
        "source 004 must support it, but it gives silent",
        "refuted by 003; if the sources really disagree, tag the scenario @disputed "
        "and say why in its description",
    )


# --- units: a claim in another unit is an error, never a verdict ---------------------------

SEED = "Der Kurs stieg nachbörslich von 475 auf rund 510 Dollar.\nMeta nutzt 24.000 GPUs.\n"
FACTS = """\
version: 1
sources:
  - id: "001"
    file: a.txt
    title: "A"
    language: de
    published: "2024-08"
facts:
  - id: share_price_before
    description: share price before the results
    kind: point
    unit: usd
    evidence:
      - source: "001"
        quote: "von 475 auf rund 510 Dollar"
        reads: "475"
  - id: cluster_gpus
    description: GPUs in the clusters
    kind: point
    unit: gpu
    evidence:
      - source: "001"
        quote: "Meta nutzt 24.000 GPUs."
"""


def unit_project(tmp_path: Path, step: str) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "features").mkdir()
    feature = f"""\
        Feature: Units
          Scenario: A claim in the wrong unit
            Then {step}
        """
    (tmp_path / "features" / "units.feature").write_text(textwrap.dedent(feature), "utf-8")
    return tmp_path


def test_claim_in_the_facts_unit_is_judged(tmp_path):
    report = check_project(unit_project(tmp_path, "share_price_before is 475 dollars"))
    (result,) = report.results
    assert result.passed
    assert [c.verdict for c in result.cells] == [S]


@pytest.mark.parametrize(
    "step",
    [
        "share_price_before is 475 GPUs",  # a usd fact claimed in GPUs
        "cluster_gpus is 24,000 dollars",  # a gpu fact claimed in dollars
        "share_price_before is greater than cluster_gpus",  # dollars against GPUs
    ],
)
def test_claim_in_another_unit_is_an_error_not_a_verdict(tmp_path, step):
    try:
        report = check_project(unit_project(tmp_path, step))
    except FactspecError as error:
        text = str(error)
    else:
        (result,) = report.results
        assert not result.passed, f"{step!r} passed with verdicts {result.cells}"
        text = result.failure_message()
    assert "usd" in text and "gpu" in text
