"""Verdicts that a changed engine would get wrong: one claim per behaviour a mutant broke.

Each claim below is judged by ``factspec check`` in one small project, and each test asserts
the user-visible outcome — the claim passes or fails, and each source's verdict — not the
wording of the explanation. Every test names the mutant it kills (issue 18's list and the
survivors of the engine's mutation run, docs/TESTING.md): with that change made by hand the
test fails, and without it the test passes.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from conftest import write_project
from factspec.judge.checker import ClaimResult, check_project
from factspec.judge.verdict import Cell, Verdict, decide
from factspec.model.grammar import SourceSupportsStep, StatementStep, ValueStep, parse_step
from factspec.read.units import BUILTIN_UNITS, Unit

S, C, R, Q = Verdict.SUPPORTS, Verdict.COMPATIBLE, Verdict.REFUTES, Verdict.SILENT

SEEDS = {
    "a.txt": """\
        Kurze Meldungen aus dem Konzern
        Meta nutzt 24.000 GPUs.
        Die erste Aktie kostet 10,5 Dollar.
        Die zweite Aktie kostet 10 Dollar.
        Die dritte Aktie kostet ebenfalls 10 Dollar.
        Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen.
        Das Modell sah 15 Billionen Token.
        Der Himmel ist blau.
        Das Gras ist nicht rot.
        Morgen dürfte es regnen.
        Der Mond ist aus Käse.
        Der Mond ist aus Stein.
        """,
    "b.txt": """\
        Stimmen von Analysten
        Analysten meinen, die Ausgaben dürften 37 bis 40 Milliarden Dollar betragen.
        Analysten meinen, Meta dürfte 24.000 GPUs nutzen.
        """,
}

FACTS = """\
    version: 1
    units:
      - id: tokens
        words: {de: [Token], en: [tokens]}
    sources:
      - id: a
        file: a.txt
        title: Kurze Meldungen aus dem Konzern
        language: de
        published: "2024-08"
      - id: b
        file: b.txt
        title: Stimmen von Analysten
        language: de
        published: "2024-08"
    facts:
      - id: cluster_gpus
        description: GPUs Meta uses
        kind: point
        unit: gpu
        evidence:
          - source: a
            quote: "Meta nutzt 24.000 GPUs."
          - source: b
            quote: "Analysten meinen, Meta dürfte 24.000 GPUs nutzen."
            hedged: true
      - id: price_first
        description: price of the first share
        kind: point
        unit: usd
        evidence:
          - source: a
            quote: "Die erste Aktie kostet 10,5 Dollar."
      - id: price_second
        description: price of the second share
        kind: point
        unit: usd
        evidence:
          - source: a
            quote: "Die zweite Aktie kostet 10 Dollar."
      - id: price_third
        description: price of the third share
        kind: point
        unit: usd
        evidence:
          - source: a
            quote: "Die dritte Aktie kostet ebenfalls 10 Dollar."
      - id: spend_firm
        description: spending as the company states it
        kind: range
        unit: usd
        evidence:
          - source: a
            quote: "Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen."
      - id: spend_hedged
        description: spending as analysts guess it
        kind: range
        unit: usd
        evidence:
          - source: b
            quote: "Analysten meinen, die Ausgaben dürften 37 bis 40 Milliarden Dollar betragen."
            hedged: true
      - id: tokens_seen
        description: tokens the model saw in training
        kind: point
        unit: tokens
        evidence:
          - source: a
            quote: "Das Modell sah 15 Billionen Token."
      - id: sky_blue
        description: the sky is blue
        kind: statement
        evidence:
          - source: a
            quote: "Der Himmel ist blau."
            stance: supports
      - id: grass_red
        description: the grass is red
        kind: statement
        evidence:
          - source: a
            quote: "Das Gras ist nicht rot."
            stance: refutes
      - id: rain_tomorrow
        description: it rains tomorrow
        kind: statement
        evidence:
          - source: a
            quote: "Morgen dürfte es regnen."
            stance: supports
            hedged: true
      - id: moon_cheese
        description: the moon is made of cheese
        kind: statement
        evidence:
          - source: a
            quote: "Der Mond ist aus Käse."
            stance: supports
          - source: a
            quote: "Der Mond ist aus Stein."
            stance: refutes
    """

# One scenario per claim: title → step(s). The titles hold no numbers, so the title rules
# (claim_rules) have nothing to say and only the verdicts decide.
CLAIMS = {
    "less than above the value": "cluster_gpus is less than 30,000 GPUs",
    "less than below the value": "cluster_gpus is less than 20,000 GPUs",
    "less than at the value": "cluster_gpus is less than 24,000 GPUs",
    "more than below the value": "cluster_gpus is more than 20,000 GPUs",
    "more than at the value": "cluster_gpus is more than 24,000 GPUs",
    "greater by a fraction of a dollar": "price_first is greater than price_second",
    "less by a fraction of a dollar": "price_second is less than price_first",
    "the dearer share is less": "price_first is less than price_second",
    "greater when equal": "price_second is greater than price_third",
    "less when equal": "price_second is less than price_third",
    "a firm statement holds": "sky_blue holds",
    "a firm statement does not hold": "sky_blue does not hold",
    "a refuted statement holds": "grass_red holds",
    "a refuted statement does not hold": "grass_red does not hold",
    "a hedged statement holds": "rain_tomorrow holds",
    "a self-contradicting statement holds": "moon_cheese holds",
    "a self-contradicting statement does not hold": "moon_cheese does not hold",
    "a firm range": "spend_firm is 37 to 40 billion dollars",
    "a hedged range": "spend_hedged is 37 to 40 billion dollars",
    "a hedged source suggests it": "cluster_gpus is 24,000 GPUs\n    And source b suggests it",
    "a silent source suggests it": "price_second is 10 dollars\n    And source b suggests it",
    "a hedged source supports it": "cluster_gpus is 24,000 GPUs\n    And source b supports it",
    "the project's own unit": "tokens_seen is 15 trillion tokens",
}


def _feature() -> str:
    scenarios = "\n".join(
        f"  Scenario: {title}\n    Then {steps}\n" for title, steps in CLAIMS.items()
    )
    return f"Feature: Behaviours a mutant broke\n\n{scenarios}"


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(
        tmp_path_factory.mktemp("mutants") / "project",
        facts=FACTS,
        seeds=SEEDS,
        features={"mutants.feature": _feature()},
    )


@pytest.fixture
def results(project: Path) -> dict[str, ClaimResult]:
    # Judged in each test, not once per module: the mutation run gives a mutant only the tests
    # that reached its function, and a module-wide result reaches it in the first test only.
    report = check_project(project)
    return {result.claim.title: result for result in report.results}


def verdicts(result: ClaimResult) -> dict[str, Verdict]:
    return {cell.source_id: cell.verdict for cell in result.cells}


def test_every_claim_was_judged(results: dict[str, ClaimResult]) -> None:
    assert set(results) == set(CLAIMS)
    assert all(not result.problems for result in results.values()), {
        title: result.problems for title, result in results.items() if result.problems
    }


# --- "less than" and "more than" ------------------------------------------------------------
# Mutants: precision.qualified's "less than" branch (or Interval.less_than) returning an
# unbounded interval, so a "less than" claim could never fail; the open bound made closed.


@pytest.mark.parametrize(
    ("title", "passed", "verdict"),
    [
        ("less than above the value", True, S),
        ("less than below the value", False, R),
        ("less than at the value", False, R),  # open: 24,000 is not less than 24,000
        ("more than below the value", True, S),
        ("more than at the value", False, R),
    ],
)
def test_a_bound_claim_fails_beyond_its_bound(
    results: dict[str, ClaimResult], title: str, passed: bool, verdict: Verdict
) -> None:
    result = results[title]
    assert result.passed is passed, result.failure_message()
    assert verdicts(result)["a"] is verdict


# --- comparisons at the zero boundary ---------------------------------------------------------
# Mutants: CompareStep's claim (0, ∞) / (−∞, 0) with the bound moved off zero (1 instead of 0)
# or closed ([0, ∞), (−∞, 0]), and the greater/less branches swapped.


@pytest.mark.parametrize(
    ("title", "passed", "verdict"),
    [
        ("greater by a fraction of a dollar", True, S),  # 10.5 − 10 lies in (0, 1)
        ("less by a fraction of a dollar", True, S),
        ("the dearer share is less", False, R),  # (−∞, 1) would hold 0.5
        ("greater when equal", False, R),  # a difference of exactly 0 is not greater
        ("less when equal", False, R),
    ],
)
def test_a_comparison_is_strict_at_zero(
    results: dict[str, ClaimResult], title: str, passed: bool, verdict: Verdict
) -> None:
    result = results[title]
    assert result.passed is passed, result.failure_message()
    assert verdicts(result)["a"] is verdict


# --- statements ----------------------------------------------------------------------------
# Mutants: the evidence's stance ignored (refuting evidence counted as support); "does not
# hold" read as "holds" (grammar) or its wanted stance dropped (verdict); hedged support
# counted as firm; a self-contradicting source judged by its first statement only.


@pytest.mark.parametrize(
    ("title", "passed", "verdict"),
    [
        ("a firm statement holds", True, S),
        ("a firm statement does not hold", False, R),
        ("a refuted statement holds", False, R),
        ("a refuted statement does not hold", True, S),
        ("a self-contradicting statement holds", False, R),
        ("a self-contradicting statement does not hold", False, R),
    ],
)
def test_a_statement_is_judged_by_its_stance(
    results: dict[str, ClaimResult], title: str, passed: bool, verdict: Verdict
) -> None:
    result = results[title]
    assert result.passed is passed, result.failure_message()
    assert verdicts(result) == {"a": verdict}


def test_hedged_support_of_a_statement_is_not_firm(results: dict[str, ClaimResult]) -> None:
    result = results["a hedged statement holds"]
    assert verdicts(result) == {"a": S}
    assert [cell.hedged for cell in result.cells] == [True]
    assert not result.passed
    assert result.outcome.supporters == ()


def test_does_not_hold_is_read_as_a_negated_statement() -> None:
    facts = {"sky_blue"}
    assert parse_step("sky_blue does not hold", "en", facts=facts) == StatementStep(
        "sky_blue", holds=False
    )
    assert parse_step("sky_blue holds", "en", facts=facts) == StatementStep("sky_blue", True)
    assert parse_step("sky_blue trifft nicht zu", "de", facts=facts) == StatementStep(
        "sky_blue", holds=False
    )


# --- ranges --------------------------------------------------------------------------------
# Mutant: _judge_range's finding without the value's hedging, so a hedged range counted as firm.


def test_a_hedged_range_is_not_firm_support(results: dict[str, ClaimResult]) -> None:
    firm, hedged = results["a firm range"], results["a hedged range"]
    assert firm.passed, firm.failure_message()
    assert verdicts(firm) == {"a": S}
    assert verdicts(hedged) == {"b": S}
    assert [cell.hedged for cell in hedged.cells] == [True]
    assert not hedged.passed
    assert hedged.outcome.supporters == ()


# --- "source X suggests it" ----------------------------------------------------------------
# Mutants in decide's hedged_ok branch: a missing cell taken as support (or crashing on it),
# a hedged cell refused.


def test_a_hedged_source_suggests_it_but_does_not_support_it(
    results: dict[str, ClaimResult],
) -> None:
    suggests = results["a hedged source suggests it"]
    assert suggests.passed, suggests.failure_message()
    assert verdicts(suggests) == {"a": S, "b": S}
    assert suggests.outcome.supporters == ("a",)
    assert not results["a hedged source supports it"].passed


def test_a_silent_source_does_not_suggest_it(results: dict[str, ClaimResult]) -> None:
    result = results["a silent source suggests it"]
    assert verdicts(result) == {"a": S, "b": Q}  # b says nothing about the price
    assert not result.passed
    assert result.outcome.reasons == ("source b must suggest it, but it gives silent",)


def _cell(source: str, verdict: Verdict, hedged: bool = False) -> Cell:
    return Cell(source, verdict, hedged, ())


@pytest.mark.parametrize(
    ("b_cell", "passed", "reason"),
    [
        (None, False, "source b must suggest it, but it gives silent"),
        (_cell("b", S, hedged=True), True, None),
        (_cell("b", S), True, None),
        (_cell("b", C), False, "source b must suggest it, but it gives compatible"),
        (_cell("b", Q), False, "source b must suggest it, but it gives silent"),
    ],
)
def test_suggests_it_asks_for_support_hedged_or_firm(
    b_cell: Cell | None, passed: bool, reason: str | None
) -> None:
    cells = [_cell("a", S), *([b_cell] if b_cell is not None else [])]
    outcome = decide(
        cells, [SourceSupportsStep("b", hedged_ok=True)], disputed=False, dispute_reason=""
    )
    assert outcome.passed is passed
    assert outcome.reasons == (() if reason is None else (reason,))


# --- the project's own units in steps ------------------------------------------------------
# Mutant: StepContext.quantity reading the step without the project's registry (the built-in
# units only), so a claim in a unit declared in facts.yaml could not be read.


def test_a_claim_in_the_projects_own_unit_is_judged(results: dict[str, ClaimResult]) -> None:
    result = results["the project's own unit"]
    assert result.passed, result.failure_message()
    assert verdicts(result) == {"a": S}


def test_parse_step_reads_the_units_it_is_given() -> None:
    units = BUILTIN_UNITS.extended([Unit("tokens", ("Token",), ("tokens",))])
    step = parse_step("tokens_seen is 15 trillion tokens", "en", facts={"tokens_seen"}, units=units)
    assert isinstance(step, ValueStep)
    assert step.claimed.unit == "tokens"
    assert step.claimed.value == Fraction(15 * 10**12)
