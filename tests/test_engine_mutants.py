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
from factspec.judge.verdict import Cell, Finding, Verdict, decide
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


# --- every relation, judged and explained ---------------------------------------------------
# Mutants of _judge's branches, _judge_computed (corpus completion, one lender or several that
# disagree), _judge_range (negated, self-contradicting), _judge_tops and _unspoken: each
# relation judged per source, and what the reader is shown for it. Five sources: a gives every
# fact, b, c and d one or two (the rest is completed from the others), e speaks on one step of
# the many-step claim only, so it is silent on the others.

RELATION_SEEDS = {
    "a.txt": """\
        Meldungen A
        Meta nutzt jetzt 30.000 GPUs.
        Früher waren es 20.000 GPUs.
        Der Anteil liegt bei 12 Prozent.
        Zuvor lag der Anteil bei 10 Prozent.
        Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen.
        Später hieß es, die Ausgaben lägen bei höchstens 30 Milliarden Dollar.
        Der Cluster hat jetzt 11.000 GPUs.
        Der Cluster hatte früher 10.000 GPUs.
        Geplant sind bis zu 40.000 GPUs.
        Andere sprachen von mindestens 39 Milliarden Dollar.
        """,
    "b.txt": """\
        Meldungen B
        Früher nutzte Meta 20.000 GPUs.
        """,
    "c.txt": """\
        Meldungen C
        Anfangs nutzte Meta 25.000 GPUs.
        """,
    "d.txt": """\
        Meldungen D
        Meta nutzt heute 36.000 GPUs.
        Insgesamt sind es 1,3 Millionen GPUs.
        """,
    "e.txt": """\
        Meldungen E
        Der Anteil liegt laut E bei 12 Prozent.
        Meta plant inzwischen 50.000 GPUs.
        """,
    "f.txt": """\
        Meldungen F
        Meta plante damals 40.000 GPUs.
        """,
    "g.txt": """\
        Meldungen G
        Der Cluster dürfte früher 10.000 GPUs gehabt haben.
        """,
}

RELATION_FACTS = """\
    version: 1
    sources:
      - {id: a, file: a.txt, title: Meldungen A, language: de, published: "2024-08"}
      - {id: b, file: b.txt, title: Meldungen B, language: de, published: "2024-08"}
      - {id: c, file: c.txt, title: Meldungen C, language: de, published: "2024-08"}
      - {id: d, file: d.txt, title: Meldungen D, language: de, published: "2024-08"}
      - {id: e, file: e.txt, title: Meldungen E, language: de, published: "2024-08"}
      - {id: f, file: f.txt, title: Meldungen F, language: de, published: "2024-04"}
      - {id: g, file: g.txt, title: Meldungen G, language: de, published: "2024-08"}
    facts:
      - id: gpus_now
        description: GPUs Meta uses now
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Meta nutzt jetzt 30.000 GPUs."}
          - {source: d, quote: "Meta nutzt heute 36.000 GPUs."}
      - id: gpus_before
        description: GPUs Meta used before
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Früher waren es 20.000 GPUs."}
          - {source: b, quote: "Früher nutzte Meta 20.000 GPUs."}
          - {source: c, quote: "Anfangs nutzte Meta 25.000 GPUs."}
      - id: gpus_growth
        description: GPUs now as a multiple of before
        kind: point
        unit: times
        ratio_of: [gpus_now, gpus_before]
      - id: share_now
        description: the share now
        kind: point
        unit: percent
        evidence:
          - {source: a, quote: "Der Anteil liegt bei 12 Prozent."}
          - {source: e, quote: "Der Anteil liegt laut E bei 12 Prozent."}
      - id: share_before
        description: the share before
        kind: point
        unit: percent
        evidence:
          - {source: a, quote: "Zuvor lag der Anteil bei 10 Prozent."}
      - id: cluster_now
        description: GPUs of the cluster now
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Der Cluster hat jetzt 11.000 GPUs."}
      - id: cluster_before
        description: GPUs of the cluster before
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Der Cluster hatte früher 10.000 GPUs."}
          - source: g
            quote: "Der Cluster dürfte früher 10.000 GPUs gehabt haben."
            hedged: true
      - id: gpus_planned
        description: GPUs planned at most
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Geplant sind bis zu 40.000 GPUs."}
      - id: gpus_total
        description: GPUs in total
        kind: point
        unit: gpu
        evidence:
          - {source: d, quote: "Insgesamt sind es 1,3 Millionen GPUs."}
      - id: gpus_plan
        description: GPUs Meta plans for, as the plan was revised
        kind: point
        unit: gpu
        revisable: true
        revisable_until: "2024-12"
        evidence:
          - {source: e, quote: "Meta plant inzwischen 50.000 GPUs."}
          - {source: f, quote: "Meta plante damals 40.000 GPUs."}
      - id: spend_range
        description: planned spending
        kind: range
        unit: usd
        evidence:
          - {source: a, quote: "Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen."}
      - id: spend_conflict
        description: planned spending, stated twice and differently
        kind: range
        unit: usd
        evidence:
          - {source: a, quote: "Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen."}
          - {source: a, quote: "die Ausgaben lägen bei höchstens 30 Milliarden Dollar."}
      - id: spend_half_conflict
        description: planned spending, its low end contradicted
        kind: range
        unit: usd
        evidence:
          - {source: a, quote: "Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen."}
          - {source: a, quote: "Andere sprachen von mindestens 39 Milliarden Dollar."}
    """

RELATIONS = {
    "a multiple": "gpus_now is 1.5 times gpus_before",
    "a derived value": "gpus_growth is 1.5 times",
    "a change in percent": "gpus_now rose by 50 % over gpus_before",
    "a change in points": "share_now rose by 2 percentage points over share_before",
    "a rise to a value": "gpus_now rose to 30,000 GPUs from gpus_before",
    "a fall to a value": "gpus_before fell to 20,000 GPUs from gpus_now",
    "a sum": "gpus_now and gpus_before together are 50,000 GPUs",
    "a faster growth": "gpus_now over gpus_before grew faster than cluster_now over cluster_before",
    "a slower growth": (
        "gpus_now over gpus_before grew more slowly than cluster_now over cluster_before"
    ),
    "up to a top the source names": "gpus_planned is up to 40,000 GPUs",
    "up to a value the source rounds to": "gpus_total is up to 1.35 million GPUs",
    "one lender": "cluster_now is less than gpus_before",
    "the latest plan": "gpus_plan is 50,000 GPUs",
    "a hedged completion": "cluster_now is greater than cluster_before",
    "a range contradicted at one end": "spend_half_conflict is 37 to 40 billion dollars",
    "the plan of April": "gpus_plan was 40,000 GPUs as of April 2024",
    "every relation at once": (
        "share_now is 12 %\n    And gpus_now is 1.5 times gpus_before"
        "\n    And gpus_now rose by 50 % over gpus_before"
        "\n    And gpus_now and gpus_before together are 50,000 GPUs"
        "\n    And gpus_now is greater than gpus_before"
        "\n    And gpus_now over gpus_before grew faster than cluster_now over cluster_before"
        "\n    And source e supports it"
    ),
    "a range": "spend_range is 37 to 40 billion dollars",
    "not that range": "spend_range is not 37 to 40 billion dollars",
    "a contradicted range": "spend_conflict is 37 to 40 billion dollars",
    "up to the value": "gpus_before is up to 20,000 GPUs",
}


@pytest.fixture(scope="module")
def relations_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scenarios = "\n".join(
        f"  Scenario: {title}\n    Then {steps}\n" for title, steps in RELATIONS.items()
    )
    return write_project(
        tmp_path_factory.mktemp("relations") / "project",
        facts=RELATION_FACTS,
        seeds=RELATION_SEEDS,
        features={"relations.feature": f"Feature: Every relation\n\n{scenarios}"},
    )


@pytest.fixture
def relations(relations_project: Path) -> dict[str, ClaimResult]:
    report = check_project(relations_project)  # per test, as `results` above
    return {result.claim.title: result for result in report.results}


def marks(result: ClaimResult) -> dict[str, str]:
    """Each source's verdict on each step, as the coverage table marks them."""
    return {
        cell.source_id: "".join(finding.verdict.mark for finding in cell.findings)
        for cell in result.cells
    }


@pytest.mark.parametrize(
    ("title", "passed", "expected"),
    [
        ("a change in percent", False, {"a": "✔", "b": "≈", "c": "✘", "d": "✘"}),
        ("a change in points", True, {"a": "✔", "e": "✔"}),
        ("a contradicted range", False, {"a": "✘"}),
        ("a derived value", False, {"a": "✔", "b": "≈", "c": "✘", "d": "✘"}),
        ("a fall to a value", False, {"a": "✔", "b": "✔", "c": "✘", "d": "·"}),
        ("a faster growth", True, {"a": "✔", "b": "✔", "c": "✔", "d": "✔", "g": "✔"}),
        ("a multiple", False, {"a": "✔", "b": "≈", "c": "✘", "d": "✘"}),
        ("a range", True, {"a": "✔"}),
        ("a rise to a value", False, {"a": "✔", "b": "·", "c": "·", "d": "✘"}),
        ("a slower growth", False, {"a": "✘", "b": "✘", "c": "✘", "d": "✘", "g": "✘"}),
        ("a sum", False, {"a": "✔", "b": "≈", "c": "✘", "d": "✘"}),
        (
            "every relation at once",
            False,
            {
                "a": "✔✔✔✔✔✔",
                "b": "·≈≈≈✔✔",
                "c": "·✘✘✘✔✔",
                "d": "·✘✘✘✔✔",
                "e": "✔·····",
                "g": "·····✔",
            },
        ),
        ("not that range", False, {"a": "✘"}),
        ("a range contradicted at one end", False, {"a": "✘"}),
        ("a hedged completion", True, {"a": "✔", "g": "✔"}),
        ("the latest plan", True, {"e": "✔", "f": "↺"}),
        ("the plan of April", True, {"e": "↺", "f": "✔"}),
        ("one lender", True, {"a": "✔", "b": "✔", "c": "✔"}),
        ("up to a top the source names", True, {"a": "✔"}),
        ("up to a value the source rounds to", False, {"d": "≈"}),
        ("up to the value", False, {"a": "✔", "b": "✔", "c": "✘"}),
    ],
)
def test_every_relation_is_judged_per_source_and_step(
    relations: dict[str, ClaimResult], title: str, passed: bool, expected: dict[str, str]
) -> None:
    result = relations[title]
    assert not result.problems
    assert result.passed is passed, result.failure_message()
    assert marks(result) == expected


@pytest.mark.parametrize(
    ("title", "source", "step", "explanation"),
    [
        (
            "every relation at once",
            "a",
            0,
            'a says "12 Prozent" = [12, 12] percent; the claim needs [12, 12]: SUPPORTS',
        ),
        (
            "every relation at once",
            "a",
            1,
            'a says ("30.000 GPUs" / "20.000 GPUs") = [1.5, 1.5] times; the claim needs '
            "[1.45, 1.55]: SUPPORTS",
        ),
        (
            "every relation at once",
            "a",
            2,
            'a says ("30.000 GPUs" vs "20.000 GPUs") = [50, 50] percent; the claim needs '
            "[50, 50]: SUPPORTS",
        ),
        (
            "every relation at once",
            "a",
            3,
            'a says ("30.000 GPUs" + "20.000 GPUs") = [50000, 50000] gpu; the claim needs '
            "[50000, 50000]: SUPPORTS",
        ),
        (
            "every relation at once",
            "a",
            4,
            'a says ("30.000 GPUs" − "20.000 GPUs") = [10000, 10000] gpu; the claim needs '
            "(0, ∞): SUPPORTS",
        ),
        (
            "every relation at once",
            "a",
            5,
            'a says (change "20.000 GPUs" → "30.000 GPUs" minus change "10.000 GPUs" → '
            '"11.000 GPUs") = [40, 40] percentage_points; the claim needs (0, ∞): SUPPORTS',
        ),
        (
            "every relation at once",
            "e",
            1,
            "e says nothing about gpus_now / gpus_before",
        ),
        (
            "every relation at once",
            "e",
            2,
            "e says nothing about change gpus_before → gpus_now",
        ),
        (
            "every relation at once",
            "e",
            3,
            "e says nothing about gpus_now + gpus_before",
        ),
        (
            "every relation at once",
            "e",
            4,
            "e says nothing about gpus_now − gpus_before",
        ),
        (
            "every relation at once",
            "e",
            5,
            "e says nothing about growth gpus_before → gpus_now minus growth cluster_before "
            "→ cluster_now",
        ),
        (
            "a multiple",
            "b",
            0,
            "completed from the corpus (gpus_now from a; gpus_now from d): b says (a: "
            '"30.000 GPUs" / "20.000 GPUs") = [1.5, 1.5] times; the claim needs [1.45, '
            '1.55]: SUPPORTS; or b says (d: "36.000 GPUs" / "20.000 GPUs") = [1.8, 1.8] '
            "times; the claim needs [1.45, 1.55]: REFUTES — the sources disagree, so the "
            "weakest verdict: COMPATIBLE",
        ),
        (
            "one lender",
            "b",
            0,
            'completed from the corpus (cluster_now from a): b says (a: "11.000 GPUs" − '
            '"20.000 GPUs") = [-9000, -9000] gpu; the claim needs (-∞, 0): SUPPORTS',
        ),
        (
            "a rise to a value",
            "a",
            0,
            'a says "30.000 GPUs" = [30000, 30000] gpu; the claim needs [30000, 30000]: '
            'SUPPORTS; and it rose: a says ("30.000 GPUs" − "20.000 GPUs") = [10000, 10000] '
            "gpu; the claim needs (0, ∞): SUPPORTS",
        ),
        (
            "a fall to a value",
            "d",
            0,
            "d says nothing about gpus_before; and it fell: completed from the corpus "
            '(gpus_before from a, b; gpus_before from c): d says (a, b: "20.000 GPUs" − '
            '"36.000 GPUs") = [-16000, -16000] gpu; the claim needs (-∞, 0): SUPPORTS; or d '
            'says (c: "25.000 GPUs" − "36.000 GPUs") = [-11000, -11000] gpu; the claim needs '
            "(-∞, 0): SUPPORTS — the sources disagree, so the weakest verdict: SUPPORTS",
        ),
        (
            "a range",
            "a",
            0,
            'a says "37 bis 40 Milliarden Dollar" = [36500000000, 37500000000] to '
            "[39500000000, 40500000000] usd; the claim needs [36500000000, 37500000000] to "
            "[39500000000, 40500000000]: SUPPORTS",
        ),
        (
            "not that range",
            "a",
            0,
            'a says "37 bis 40 Milliarden Dollar" = [36500000000, 37500000000] to '
            "[39500000000, 40500000000] usd; the claim needs a range other than "
            "[36500000000, 37500000000] to [39500000000, 40500000000]: REFUTES",
        ),
        (
            "a contradicted range",
            "a",
            0,
            'a contradicts itself on the range: "37 bis 40 Milliarden Dollar" & "höchstens '
            '30 Milliarden Dollar"; the claim needs [36500000000, 37500000000] to '
            "[39500000000, 40500000000]: REFUTES",
        ),
        (
            "up to a top the source names",
            "a",
            0,
            'a says "bis zu 40.000 GPUs" = [0, 40000] gpu; the claim needs up to [40000, '
            '40000] within [0, 40000]: SUPPORTS; its top "bis zu 40.000 GPUs" lies at '
            "[40000, 40000], the claim's at [40000, 40000]: SUPPORTS",
        ),
        (
            "up to a value the source rounds to",
            "d",
            0,
            'd says "1,3 Millionen GPUs" = [1250000, 1350000] gpu; the claim needs up to '
            "[1345000, 1355000] within [0, 1350000]: SUPPORTS; but the source names no value "
            "at the claim's top: COMPATIBLE",
        ),
        (
            "the latest plan",
            "f",
            0,
            'f said "40.000 GPUs" (2024-04) of gpus_plan, superseded by the revision of '
            "2024-08: an earlier statement, not a refutation",
        ),
        (
            "the plan of April",
            "e",
            0,
            'e said "50.000 GPUs" (2024-08) of gpus_plan, after the date the claim names: a '
            "later statement, not a refutation",
        ),
    ],
)
def test_every_relation_is_explained(
    relations: dict[str, ClaimResult], title: str, source: str, step: int, explanation: str
) -> None:
    # What the report shows beside a verdict: the source's words, the value they allow, what
    # the claim needs, and what was borrowed from whom. A wrong name or value here misleads
    # the reader even where the verdict is right.
    cell = next(c for c in relations[title].cells if c.source_id == source)
    assert cell.findings[step].explanation == explanation


def test_a_claim_of_many_steps_says_which_steps_a_named_source_is_silent_on(
    relations: dict[str, ClaimResult],
) -> None:
    result = relations["every relation at once"]
    assert result.outcome.reasons == (
        "source e must support it, but it gives support but is silent on step(s) 2, 3, 4, 5, 6",
        "refuted by c, d; if the sources really disagree, tag the scenario @disputed and say "
        "why in its description",
    )
    assert all(
        not finding.borrowed
        for cell in result.cells
        if cell.source_id == "a"
        for finding in cell.findings
    )


# --- statements and @false, as the reader sees them --------------------------------------------
# Mutants: the statement's "holds / does not hold" left out of what the claim needs; a
# debunked claim failed as soon as any refuted step is backed, though another refuted step
# that nobody backs still makes it false.


@pytest.mark.parametrize(
    ("title", "explanation"),
    [
        (
            "a firm statement does not hold",
            'a says "Der Himmel ist blau." (supports); the claim needs: sky_blue does not hold: '
            "REFUTES",
        ),
        (
            "a self-contradicting statement holds",
            'a says "Der Mond ist aus Käse." (supports) & "Der Mond ist aus Stein." (refutes); '
            "the claim needs: moon_cheese holds: REFUTES",
        ),
    ],
)
def test_a_statement_is_explained_with_what_the_claim_needs(
    results: dict[str, ClaimResult], title: str, explanation: str
) -> None:
    (cell,) = results[title].cells
    assert cell.findings[0].explanation == explanation


def _finding(verdict: Verdict) -> Finding:
    return Finding(verdict, "")


def test_a_debunked_claim_stays_false_while_one_refuted_step_is_unbacked() -> None:
    # Both steps are refuted by a; b backs the first. The second is still refuted and
    # backed by nobody, so the claim is still debunked.
    a = Cell("a", R, False, (_finding(R), _finding(R)))
    b = Cell("b", S, False, (_finding(S), _finding(Q)))
    outcome = decide([a, b], [], disputed=False, dispute_reason="", debunked=True)
    assert outcome.passed, outcome.reasons
    assert outcome.refuters == ("a",)
    backed = Cell("b", S, False, (_finding(S), _finding(S)))
    outcome = decide([a, backed], [], disputed=False, dispute_reason="", debunked=True)
    assert not outcome.passed


def test_a_value_completed_around_a_hedged_statement_is_hedged(
    relations: dict[str, ClaimResult],
) -> None:
    # g only guesses ("dürfte") the cluster's earlier size; completed with a's firm figure
    # for the rest, its support is as hedged as its guess, and does not count.
    result = relations["a hedged completion"]
    assert {cell.source_id: cell.hedged for cell in result.cells} == {"a": False, "g": True}
    assert result.outcome.supporters == ("a",)
