# ruff: noqa: E501 - seed lines, quotes and Gherkin steps are data: a line break would change them
"""Claims across sources and time: the conjunction of steps, corpus completion, revisions,
growth rates, percentage points, equality and sums (DESIGN "The pass rule").

The issue's own claims are judged on the shipped corpus; the relations are judged in a small
project of two sources whose numbers make each rule's arithmetic visible, in English and
German. Every test asserts what a reader sees: whether the claim passes, and each source's
verdict (with ⁺ for a completed cell), not only the wording of an explanation.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, write_project
from factspec.judge.checker import ClaimResult, check_project
from factspec.judge.verdict import Cell, Finding, Verdict, cell_verdict, decide, place_cells
from factspec.model.grammar import (
    NoRefutationStep,
    SourceSupportsStep,
    StepError,
    SupportCountStep,
    ValueStep,
    parse_step,
)
from factspec.model.values import Borrowed

S, C, R, Q, H = (
    Verdict.SUPPORTS,
    Verdict.COMPATIBLE,
    Verdict.REFUTES,
    Verdict.SILENT,
    Verdict.SUPERSEDED,
)


def judge(root: Path, feature: str, *, name: str = "under_test.feature") -> dict[str, ClaimResult]:
    """Every claim of ``feature`` (dedented) judged in the project at ``root``, by title."""
    for old in (root / "features").glob("*.feature"):
        old.unlink()
    (root / "features" / name).write_text(textwrap.dedent(feature), encoding="utf-8")
    return {result.claim.title: result for result in check_project(root).results}


def marks(result: ClaimResult) -> dict[str, str]:
    """Source → verdict name, with ⁺ for a completed cell: the cells a reader sees."""
    return {
        cell.source_id: cell.verdict.name + ("⁺" if cell.completed else "") for cell in result.cells
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped project, its claims replaced by the ones under test."""
    root = tmp_path_factory.mktemp("cross") / "project"
    root.mkdir()
    for name in ("facts.yaml", "factspec.lock"):
        shutil.copy2(ROOT / name, root / name)
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "steps", root / "steps", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "features").mkdir()
    return root


ISSUE_CLAIMS = """\
    Feature: The claims issue 14 names
      Scenario: The 2024 forecast was more than 1.5 times the actual 2024 spending
        Then capex_forecast_2024 is more than 1.5 times capex_2024_actual

      Scenario: The 2025 plan is about as large as the 2024 forecast
        Then capex_plan_2025 is about as large as capex_forecast_2024

      Scenario: The 2024 forecast exceeded what analysts expected
        Then capex_forecast_2024 is greater than analyst_capex_expectation_jan_2025

      Scenario: Meta will run more GPUs at the end of 2025 than Llama 4 needs
        Then gpus_online_by_end_2025 is greater than llama4_training_gpus

      Scenario: Llama 3 used about 16,000 GPUs and Q2 2024 capex was 8.5 billion dollars
        Then llama3_training_gpus is about 16,000 GPUs
        And capex_q2_2024 is 8.5 billion dollars

      Scenario: In April 2024 Meta forecast 35 to 40 billion dollars
        Then capex_forecast_2024 was 35 to 40 billion dollars as of April 2024

      Scenario: Meta forecast 37 to 40 billion dollars in July 2024
        Then capex_forecast_2024 was 37 to 40 billion dollars in July 2024

      Scenario: In April 2024 Meta forecast 37 to 40 billion dollars
        Then capex_forecast_2024 was 37 to 40 billion dollars as of April 2024
    """


@pytest.fixture(scope="module")
def issue(corpus: Path) -> dict[str, ClaimResult]:
    return judge(corpus, ISSUE_CLAIMS)


@pytest.mark.parametrize(
    "title",
    [
        "The 2024 forecast was more than 1.5 times the actual 2024 spending",
        "The 2025 plan is about as large as the 2024 forecast",
        "The 2024 forecast exceeded what analysts expected",
    ],
)
def test_a_forecast_claim_fails_on_the_sources_that_hold_one_operand(
    issue: dict[str, ClaimResult], title: str
) -> None:
    """Only 003 holds both facts (with its misdated 60 to 65 billion); 001 and 002 hold the
    July forecast of 37 to 40 billion and, completed with 003's other figure, refute it. 004's
    April forecast is history."""
    result = issue[title]
    assert not result.passed
    assert marks(result) == {
        "001": "REFUTES⁺",
        "002": "REFUTES⁺",
        "003": "SUPPORTS",
        "004": "SUPERSEDED",
    }
    assert any(reason.startswith("refuted by 001, 002;") for reason in result.outcome.reasons)
    cell = next(cell for cell in result.cells if cell.source_id == "001")
    assert {b.lenders for b in cell.borrowed} == {("003",)}


def test_true_cross_source_claims_pass_with_completed_cells(issue: dict[str, ClaimResult]) -> None:
    gpus = issue["Meta will run more GPUs at the end of 2025 than Llama 4 needs"]
    assert gpus.passed, gpus.failure_message()
    assert marks(gpus) == {"001": "SUPPORTS⁺", "002": "SUPPORTS⁺", "003": "SUPPORTS⁺"}
    both = issue["Llama 3 used about 16,000 GPUs and Q2 2024 capex was 8.5 billion dollars"]
    assert both.passed, both.failure_message()
    # Each source carries one step; the other step is carried elsewhere (⁺), never refuted.
    assert marks(both) == {"000": "SUPPORTS⁺", "002": "SUPPORTS⁺"}
    cells = {cell.source_id: cell for cell in both.cells}
    assert cells["000"].elsewhere == ((0, ("002",)),)
    assert cells["002"].elsewhere == ((1, ("000",)),)


def test_a_dated_forecast_is_judged_at_its_date(issue: dict[str, ClaimResult]) -> None:
    april = issue["In April 2024 Meta forecast 35 to 40 billion dollars"]
    assert april.passed, april.failure_message()
    # The July forecast (001, 002) and 003's January 2025 figure came later: not refutations.
    assert marks(april) == {
        "001": "SUPERSEDED",
        "002": "SUPERSEDED",
        "003": "SUPERSEDED",
        "004": "SUPPORTS",
    }
    later = next(c for c in april.cells if c.source_id == "001").findings[0].explanation
    assert "a later statement, not a refutation" in later
    july = issue["Meta forecast 37 to 40 billion dollars in July 2024"]
    assert july.passed, july.failure_message()
    assert marks(july) == {
        "001": "SUPPORTS",
        "002": "SUPPORTS",
        "003": "SUPERSEDED",
        "004": "SUPERSEDED",
    }
    earlier = next(c for c in july.cells if c.source_id == "004").findings[0].explanation
    assert "superseded by the revision of 2024-07: an earlier statement" in earlier
    wrong = issue["In April 2024 Meta forecast 37 to 40 billion dollars"]
    assert not wrong.passed
    assert marks(wrong)["004"] == "REFUTES"


def test_an_undated_claim_is_judged_against_the_latest_revision(corpus: Path) -> None:
    results = judge(
        corpus,
        """\
        # language: de
        Funktionalität: Prognose
          Szenario: Meta rechnete zuletzt mit 35 bis 40 Milliarden Dollar
            Dann beträgt capex_forecast_2024 35 bis 40 Milliarden US-Dollar

          Szenario: Meta rechnete im April 2024 mit 35 bis 40 Milliarden Dollar
            Dann betrug capex_forecast_2024 Stand April 2024 35 bis 40 Milliarden US-Dollar

          Szenario: Meta rechnete im April 2024 noch mit 35 bis 40 Milliarden Dollar
            Dann betrug capex_forecast_2024 im April 2024 35 bis 40 Milliarden US-Dollar
        """,
    )
    latest = results["Meta rechnete zuletzt mit 35 bis 40 Milliarden Dollar"]
    assert not latest.passed
    assert marks(latest) == {
        "001": "REFUTES",
        "002": "REFUTES",
        "003": "REFUTES",
        "004": "SUPERSEDED",
    }
    for title in (
        "Meta rechnete im April 2024 mit 35 bis 40 Milliarden Dollar",
        "Meta rechnete im April 2024 noch mit 35 bis 40 Milliarden Dollar",
    ):
        assert results[title].passed, results[title].failure_message()
        assert marks(results[title])["004"] == "SUPPORTS"


def test_the_growth_claim_is_judged_on_rates(corpus: Path) -> None:
    """001: net income +5.7 on 13.5 bn (about 73 %), revenue +7 on 39 bn (about 22 %)."""
    results = judge(
        corpus,
        """\
        # language: de
        Funktionalität: Wachstum
          Szenario: Der Gewinn wuchs langsamer als der Umsatz
            Dann wuchs net_income_q2_2024 gegenüber net_income_q2_2023 langsamer als revenue_q2_2024 gegenüber revenue_q2_2023

          Szenario: Der Gewinn wuchs schneller als der Umsatz
            Dann wuchs net_income_q2_2024 gegenüber net_income_q2_2023 schneller als revenue_q2_2024 gegenüber revenue_q2_2023

          Szenario: Der absolute Zuwachs des Gewinns war kleiner
            Dann ist net_income_increase_q2_2024_yoy kleiner als revenue_increase_q2_2024_yoy
        """,
    )
    slower = results["Der Gewinn wuchs langsamer als der Umsatz"]
    assert not slower.passed
    assert marks(slower) == {"001": "REFUTES", "002": "REFUTES⁺"}
    assert results["Der Gewinn wuchs schneller als der Umsatz"].passed
    # The absolute increases say the opposite: why a rate claim must be said as rates.
    assert results["Der absolute Zuwachs des Gewinns war kleiner"].passed


# --------------------------------------------------------------------------- the relations

RELATION_SEEDS = {
    "a.txt": """\
        Der Anteil erneuerbarer Energien stieg von 40 Prozent im Jahr 2023 auf 43 Prozent im Jahr 2024.
        Wind lieferte 120 Terawattstunden, Sonne 60 Terawattstunden.
        Der Umsatz stieg von 200 Millionen Euro auf 220 Millionen Euro, der Gewinn von 20 Millionen Euro auf 30 Millionen Euro.
        """,
    "b.txt": """\
        Solar power supplied 61 terawatt hours.
        """,
}

RELATION_FACTS = """\
    version: 1
    tolerance: "10%"
    sources:
      - {id: a, file: a.txt, title: Energie, language: de, published: "2025-01"}
      - {id: b, file: b.txt, title: Solar, language: en, published: "2025-02"}
    facts:
      - id: share_2023
        description: Share of renewables in 2023
        kind: point
        unit: percent
        evidence:
          - source: a
            quote: "Der Anteil erneuerbarer Energien stieg von 40 Prozent im Jahr 2023 auf 43 Prozent im Jahr 2024."
            reads: "40 Prozent"
      - id: share_2024
        description: Share of renewables in 2024
        kind: point
        unit: percent
        evidence:
          - source: a
            quote: "Der Anteil erneuerbarer Energien stieg von 40 Prozent im Jahr 2023 auf 43 Prozent im Jahr 2024."
            reads: "43 Prozent"
      - id: wind_twh
        description: Wind power supplied
        kind: point
        unit: gwh
        evidence:
          - source: a
            quote: "Wind lieferte 120 Terawattstunden, Sonne 60 Terawattstunden."
            reads: "120 Terawattstunden"
      - id: solar_twh
        description: Solar power supplied
        kind: point
        unit: gwh
        evidence:
          - source: a
            quote: "Wind lieferte 120 Terawattstunden, Sonne 60 Terawattstunden."
            reads: "60 Terawattstunden"
          - source: b
            quote: "Solar power supplied 61 terawatt hours."
      - id: revenue_old
        description: Revenue before
        kind: point
        unit: eur
        evidence:
          - source: a
            quote: "Der Umsatz stieg von 200 Millionen Euro auf 220 Millionen Euro, der Gewinn von 20 Millionen Euro auf 30 Millionen Euro."
            reads: "200 Millionen Euro"
      - id: revenue_new
        description: Revenue after
        kind: point
        unit: eur
        evidence:
          - source: a
            quote: "Der Umsatz stieg von 200 Millionen Euro auf 220 Millionen Euro, der Gewinn von 20 Millionen Euro auf 30 Millionen Euro."
            reads: "220 Millionen Euro"
      - id: profit_old
        description: Profit before
        kind: point
        unit: eur
        evidence:
          - source: a
            quote: "Der Umsatz stieg von 200 Millionen Euro auf 220 Millionen Euro, der Gewinn von 20 Millionen Euro auf 30 Millionen Euro."
            reads: "20 Millionen Euro"
      - id: profit_new
        description: Profit after
        kind: point
        unit: eur
        evidence:
          - source: a
            quote: "Der Umsatz stieg von 200 Millionen Euro auf 220 Millionen Euro, der Gewinn von 20 Millionen Euro auf 30 Millionen Euro."
            reads: "30 Millionen Euro"
    ignore:
      - source: a
        text: "2023"
        reason: a year
      - source: a
        text: "2024"
        reason: a year
    """


@pytest.fixture(scope="module")
def relations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_project(
        tmp_path_factory.mktemp("relations") / "project",
        facts=RELATION_FACTS,
        seeds=RELATION_SEEDS,
        features={"x.feature": "Feature: x\n  Scenario: x\n    Then share_2023 is 40 %\n"},
    )


RELATION_CLAIMS_EN = """\
    Feature: Relations
      Scenario: The share rose by 3 percentage points
        Then share_2024 rose by 3 percentage points over share_2023

      Scenario: The share rose by 3 percent
        Then share_2024 rose by 3 % over share_2023

      Scenario: The share rose by 7.5 percent
        Then share_2024 rose by 7.5 % over share_2023

      Scenario: The share rose to 43 percent
        Then share_2024 rose to 43 % from share_2023

      Scenario: Wind and sun together supplied about 180 TWh
        Then wind_twh and solar_twh together are about 180 terawatt hours

      Scenario: Wind and sun together supplied more than 185 TWh
        Then wind_twh and solar_twh together are more than 185 terawatt hours

      Scenario: Wind supplied about as much as sun
        Then wind_twh is about as large as solar_twh

      Scenario: Wind supplied about twice as much as the sun
        Then wind_twh is about 2 times solar_twh

      Scenario: Wind supplied exactly twice as much as the sun
        Then wind_twh is 2 times solar_twh

      Scenario: Profit grew faster than revenue
        Then profit_new over profit_old grew faster than revenue_new over revenue_old

      Scenario: Profit grew more slowly than revenue
        Then profit_new over profit_old grew more slowly than revenue_new over revenue_old
    """

RELATION_CLAIMS_DE = """\
    # language: de
    Funktionalität: Beziehungen
      Szenario: Der Anteil stieg um 3 Prozentpunkte
        Dann stieg share_2024 um 3 Prozentpunkte gegenüber share_2023

      Szenario: Der Anteil stieg um 3 Prozent
        Dann stieg share_2024 um 3 % gegenüber share_2023

      Szenario: Wind und Sonne lieferten zusammen etwa 180 TWh
        Dann betragen wind_twh und solar_twh zusammen etwa 180 Terawattstunden

      Szenario: Wind lieferte etwa so viel wie die Sonne
        Dann ist wind_twh etwa so groß wie solar_twh

      Szenario: Der Gewinn wuchs schneller als der Umsatz
        Dann wuchs profit_new gegenüber profit_old schneller als revenue_new gegenüber revenue_old

      Szenario: Der Gewinn wuchs langsamer als der Umsatz
        Dann wuchs profit_new gegenüber profit_old langsamer als revenue_new gegenüber revenue_old
    """

EXPECTED = {
    # 43 − 40 = 3 points; (43 − 40) / 40 = 7.5 %: points and percent are not the same change.
    "The share rose by 3 percentage points": True,
    "The share rose by 3 percent": False,
    "The share rose by 7.5 percent": True,
    "The share rose to 43 percent": True,
    # 120 + 60 = 180 from a; b's 61 completes a's wind to 181, within about 180.
    "Wind and sun together supplied about 180 TWh": True,
    "Wind and sun together supplied more than 185 TWh": False,
    "Wind supplied about as much as sun": False,
    "Wind supplied about twice as much as the sun": True,
    # a: exactly 120 / 60; b's 61 sun, completed with a's wind, makes it 120 / 61.
    "Wind supplied exactly twice as much as the sun": False,
    # Profit +50 %, revenue +10 %.
    "Profit grew faster than revenue": True,
    "Profit grew more slowly than revenue": False,
    "Der Anteil stieg um 3 Prozentpunkte": True,
    "Der Anteil stieg um 3 Prozent": False,
    "Wind und Sonne lieferten zusammen etwa 180 TWh": True,
    "Wind lieferte etwa so viel wie die Sonne": False,
    "Der Gewinn wuchs schneller als der Umsatz": True,
    "Der Gewinn wuchs langsamer als der Umsatz": False,
}


@pytest.mark.parametrize("feature", [RELATION_CLAIMS_EN, RELATION_CLAIMS_DE], ids=["en", "de"])
def test_each_relation_is_judged_by_its_arithmetic(relations: Path, feature: str) -> None:
    results = judge(relations, feature)
    assert {title: result.passed for title, result in results.items()} == {
        title: EXPECTED[title] for title in results
    }


def test_a_sum_is_completed_from_the_other_source(relations: Path) -> None:
    results = judge(relations, RELATION_CLAIMS_EN)
    both = results["Wind and sun together supplied about 180 TWh"]
    assert marks(both) == {"a": "SUPPORTS", "b": "SUPPORTS⁺"}
    [borrowed] = next(cell for cell in both.cells if cell.source_id == "b").borrowed
    assert (borrowed.fact, borrowed.lenders) == ("wind_twh", ("a",))


def test_points_need_two_shares_in_percent(relations: Path) -> None:
    results = judge(
        relations,
        """\
        Feature: x
          Scenario: Wind rose by 3 percentage points
            Then wind_twh rose by 3 percentage points over solar_twh
        """,
    )
    [problem] = results["Wind rose by 3 percentage points"].problems
    assert "a change in percentage points is between two shares in percent" in str(problem)


@pytest.mark.parametrize(
    ("step", "message"),
    [
        ("wind_twh is 120 terawatt hours as of April 2024", "wind_twh is not revisable"),
        (
            "wind_twh and share_2024 together are 5 terawatt hours",
            "only facts of one unit can be compared",
        ),
        ("wind_twh and solar_twh together are 5 %", "state the sum in gwh"),
    ],
)
def test_steps_that_cannot_be_judged_fail_with_the_reason(
    relations: Path, step: str, message: str
) -> None:
    results = judge(relations, f"Feature: x\n  Scenario: y\n    Then {step}\n")
    [problem] = results["y"].problems
    assert message in str(problem)


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        ("a is 5 GPUs as of April 2024 as of May 2024", "en", "names 2 dates"),
        ("a is greater than b as of April 2024", "en", "only a value step"),
        ("ist a Stand April 2024 größer als b", "de", "only a value step"),
    ],
)
def test_a_date_only_on_one_value_step(text: str, lang: str, message: str) -> None:
    with pytest.raises(StepError, match=message):
        parse_step(text, lang, facts={"a", "b"})


@pytest.mark.parametrize(
    ("text", "lang", "month"),
    [
        ("a is 5 GPUs as of April 2024", "en", "2024-04"),
        ("a was 5 GPUs in December 2023", "en", "2023-12"),
        ("beträgt a Stand März 2025 5 GPUs", "de", "2025-03"),
        ("betrug a im Januar 2024 5 GPUs", "de", "2024-01"),
        ("a is 5 GPUs", "en", None),
    ],
)
def test_the_date_a_step_names(text: str, lang: str, month: str | None) -> None:
    step = parse_step(text, lang, facts={"a"})
    assert isinstance(step, ValueStep)
    assert step.as_of == month


# --------------------------------------------------------------------------- the pass rule


def finding(verdict: Verdict, *, hedged: bool = False, lent: bool = False) -> Finding:
    borrowed = (Borrowed("x", ("z",), None),) if lent else ()  # type: ignore[arg-type]
    return Finding(verdict, verdict.name, hedged, borrowed)


def cell(source: str, *findings: Finding) -> Cell:
    spoken = [f for f in findings if f.spoken]
    return Cell(source, cell_verdict(findings), any(f.hedged for f in spoken), findings)


def outcome(*cells: Cell, requirements=(), debunked: bool = False):
    return decide(
        place_cells(cells),
        requirements,
        disputed=False,
        dispute_reason="",
        debunked=debunked,
        steps=["a is 1 GPUs", "b is 2 GPUs"],
    )


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ((S, Q), S),
        ((Q, S), S),
        ((S, C), C),
        ((S, R), R),
        ((Q, R), R),
        ((H, S), S),
        ((Q, H), H),
        ((H, H), H),
        ((Q, Q), Q),
        ((C, Q), C),
    ],
)
def test_a_cell_combines_the_steps_its_source_speaks_on(
    verdicts: tuple[Verdict, ...], expected: Verdict
) -> None:
    assert cell_verdict([finding(v) for v in verdicts]) is expected


def test_each_step_needs_its_own_support() -> None:
    split = outcome(cell("a", finding(S), finding(Q)), cell("b", finding(Q), finding(S)))
    assert split.passed
    one_short = outcome(cell("a", finding(S), finding(Q)), cell("b", finding(S), finding(C)))
    assert not one_short.passed
    assert one_short.reasons == (
        "step 2 (b is 2 GPUs) needs at least 1 supporting source(s), "
        "0 source(s) support it firmly (none)",
    )
    hedged = outcome(cell("a", finding(S), finding(S, hedged=True)))
    assert not hedged.passed
    assert "step 2 (b is 2 GPUs)" in hedged.reasons[0]
    assert "hedged support from a does not count" in hedged.reasons[0]


def test_a_refuted_step_fails_the_claim_whoever_supports_the_other() -> None:
    result = outcome(cell("a", finding(S), finding(Q)), cell("b", finding(Q), finding(R)))
    assert not result.passed
    assert result.refuters == ("b",)
    assert result.supporters == ("a",)


def test_completed_support_is_not_counted_as_another_source() -> None:
    count = [SupportCountStep(2)]
    two_own = outcome(
        cell("a", finding(S), finding(S)), cell("b", finding(S), finding(S)), requirements=count
    )
    assert two_own.passed
    one_borrowing = outcome(
        cell("a", finding(S), finding(S)),
        cell("b", finding(S, lent=True), finding(S)),
        requirements=count,
    )
    assert not one_borrowing.passed
    assert one_borrowing.reasons[0].startswith(
        "step 1 (a is 1 GPUs) needs at least 2 supporting source(s), 1 source(s) support it "
        "firmly (a); b support it only with values borrowed"
    )
    # One supporter is enough by default, completed or not.
    assert outcome(cell("b", finding(S, lent=True), finding(S))).passed


@pytest.mark.parametrize(
    ("findings", "hedged_ok", "reason"),
    [
        ((finding(S), finding(S)), False, None),
        ((finding(S), finding(Q)), False, "but it gives support but is silent on step(s) 2"),
        ((finding(S, lent=True), finding(S)), False, "support only with values borrowed"),
        ((finding(S), finding(S, hedged=True)), False, "but it gives only hedged support"),
        ((finding(S), finding(S, hedged=True)), True, None),
        ((finding(S, lent=True), finding(S)), True, "must suggest it"),
        ((finding(S), finding(C)), True, "must suggest it, but it gives compatible"),
    ],
)
def test_a_named_source_must_back_every_step_itself(
    findings: tuple[Finding, ...], hedged_ok: bool, reason: str | None
) -> None:
    other = cell("b", finding(S), finding(S))
    result = outcome(cell("a", *findings), other, requirements=[SourceSupportsStep("a", hedged_ok)])
    named = [r for r in result.reasons if r.startswith("source a")]
    if reason is None:
        assert named == []
    else:
        [text] = named
        assert reason in text


def test_a_silent_named_source_is_reported_silent() -> None:
    result = outcome(cell("b", finding(S), finding(S)), requirements=[SourceSupportsStep("a")])
    assert result.reasons == ("source a must support it, but it gives silent",)


def test_a_debunked_conjunction_needs_a_refuted_step_nobody_backs() -> None:
    true_then_false = outcome(
        cell("a", finding(S), finding(Q)), cell("b", finding(Q), finding(R)), debunked=True
    )
    assert true_then_false.passed, true_then_false.reasons
    assert true_then_false.refuters == ("b",)
    contested = outcome(
        cell("a", finding(S), finding(S)), cell("b", finding(Q), finding(R)), debunked=True
    )
    assert not contested.passed
    assert contested.reasons == (
        "tagged @false, but a supports it: the claim is no longer debunked by the corpus — "
        "review it and remove the tag or the claim",
    )
    hedged_refutation = outcome(cell("b", finding(Q), finding(R, hedged=True)), debunked=True)
    assert not hedged_refutation.passed
    assert hedged_refutation.reasons[0].startswith("tagged @false, but no source refutes it firmly")


def test_place_cells_names_who_carries_each_silent_step() -> None:
    placed = place_cells(
        [
            cell("a", finding(S), finding(Q)),
            cell("b", finding(Q), finding(S)),
            cell("c", finding(Q), finding(H)),
        ]
    )
    by_id = {c.source_id: c for c in placed}
    assert by_id["a"].elsewhere == ((1, ("b",)),)
    assert by_id["b"].elsewhere == ((0, ("a",)),)
    assert (by_id["a"].completed, by_id["b"].completed, by_id["c"].completed) == (True, True, False)
    single = place_cells([cell("a", finding(S))])
    assert single[0].elsewhere == () and not single[0].completed


def test_every_reason_names_its_sources_in_full() -> None:
    """The exact reasons a reader gets, with two sources in each list."""
    result = outcome(
        cell("a", finding(S, hedged=True), finding(S)),
        cell("b", finding(S, hedged=True), finding(S)),
        cell("c", finding(S, lent=True), finding(S)),
        cell("d", finding(S, lent=True), finding(S)),
        requirements=[SupportCountStep(2)],
    )
    assert result.reasons[0] == (
        "step 1 (a is 1 GPUs) needs at least 2 supporting source(s), 0 source(s) support it "
        "firmly (none); hedged support from a, b does not count; c, d support it only with "
        "values borrowed from other sources, which adds no source of its own"
    )


def test_only_a_claim_of_several_steps_names_the_step() -> None:
    single = decide([cell("a", finding(C))], [], disputed=False, dispute_reason="", steps=["x"])
    assert single.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none)",
    )
    # Steps that do not line up with the findings (a runner parsed only some) name none.
    short = decide(
        [cell("a", finding(S), finding(C))], [], disputed=False, dispute_reason="", steps=["x"]
    )
    assert short.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none)",
    )


def test_a_stated_no_refutation_names_every_refuter() -> None:
    result = decide(
        [cell("a", finding(S)), cell("b", finding(R)), cell("c", finding(R))],
        [NoRefutationStep()],
        disputed=True,
        dispute_reason="a says so, while b and c report a different figure entirely",
    )
    assert "refuted by b, c, but the claim says no source refutes it" in result.reasons


def test_a_debunked_claim_with_source_steps_fails() -> None:
    result = outcome(
        cell("b", finding(R), finding(R)), requirements=[NoRefutationStep()], debunked=True
    )
    assert result.reasons == (
        "tagged @false, but it has source steps ('… supports it', 'no source refutes it'): "
        "a debunked claim states only the relation the sources refute",
    )


@pytest.mark.parametrize(
    ("evidence", "verdict"),
    [(24_000, R), (25_000, S), ((23_000, 25_000), C)],
)
def test_is_not_flips_support_and_refutation_only(evidence, verdict: Verdict) -> None:
    from factspec.judge.verdict import Target
    from factspec.read.interval import Interval

    said = Interval.closed(*evidence) if isinstance(evidence, tuple) else Interval.point(evidence)
    assert Target(Interval.point(24_000), negated=True).judge(said) is verdict


FORECAST_SEEDS = {
    "a.txt": "Die Firma erwartet Ausgaben von 35 bis 40 Milliarden Dollar.\n",
    "b.txt": "Die Firma erwartet Ausgaben von 37 bis 40 Milliarden Dollar.\n",
}

FORECAST_FACTS = """\
    version: 1
    sources:
      - {{id: a, file: a.txt, title: A, language: de, published: "2024-07"}}
      - {{id: b, file: b.txt, title: B, language: de, published: "2024-07"}}
    facts:
      - id: forecast
        description: The forecast
        kind: range
        unit: usd
        revisable: true
        evidence:
          - source: a
            quote: "Die Firma erwartet Ausgaben von 35 bis 40 Milliarden Dollar."{a_date}
          - source: b
            quote: "Die Firma erwartet Ausgaben von 37 bis 40 Milliarden Dollar."{b_date}
    """


def forecast_project(tmp_path: Path, a_date: str = "", b_date: str = "") -> Path:
    dated = {"a_date": a_date and f'\n            as_of: "{a_date}"'}
    dated["b_date"] = b_date and f'\n            as_of: "{b_date}"'
    return write_project(
        tmp_path / "forecast",
        facts=FORECAST_FACTS.format(**dated),
        seeds=FORECAST_SEEDS,
        features={
            "f.feature": "Feature: f\n  Scenario: f\n    Then forecast is 37 to 40 billion dollars\n"
        },
    )


def test_revisions_dated_only_by_their_sources_month_that_disagree_are_a_lint_finding(
    tmp_path: Path,
) -> None:
    from factspec.gate.lint import lint_project

    findings = [str(p) for p in lint_project(forecast_project(tmp_path)).findings]
    assert findings == [
        "facts.yaml:14: revisable fact 'forecast': sources a and b disagree, and both statements "
        "are dated 2024-07 only by their sources' months — set as_of on each statement to the "
        "month it was made (the later one then revises the earlier); if both were made that "
        "month, write as_of on both to record that the sources disagree"
    ]


def test_revisions_dated_apart_are_history_and_dated_together_a_conflict(tmp_path: Path) -> None:
    from factspec.gate.lint import lint_project
    from factspec.judge.coverage_model import conflicts
    from factspec.model.project import Project

    apart = forecast_project(tmp_path / "apart", a_date="2024-04")
    assert lint_project(apart).clean
    assert conflicts(Project.load(apart)) == []
    [result] = judge(
        apart, "Feature: f\n  Scenario: f\n    Then forecast is 37 to 40 billion dollars\n"
    ).values()
    assert marks(result) == {"a": "SUPERSEDED", "b": "SUPPORTS"}
    together = forecast_project(tmp_path / "together", a_date="2024-07", b_date="2024-07")
    assert lint_project(together).clean  # dated on purpose: a recorded disagreement
    [conflict] = conflicts(Project.load(together))
    assert (conflict["kind"], conflict["a"]["source"], conflict["b"]["source"]) == (
        "between sources",
        "a",
        "b",
    )
    [result] = judge(
        together, "Feature: f\n  Scenario: f\n    Then forecast is 37 to 40 billion dollars\n"
    ).values()
    assert marks(result) == {"a": "REFUTES", "b": "SUPPORTS"}


def test_an_earlier_month_whose_sources_disagree_is_a_dated_conflict(tmp_path: Path) -> None:
    from factspec.judge.coverage_model import conflicts
    from factspec.model.project import Project

    facts = """\
        version: 1
        sources:
          - {id: a, file: a.txt, title: A, language: de, published: "2024-04"}
          - {id: b, file: b.txt, title: B, language: de, published: "2024-04"}
          - {id: c, file: c.txt, title: C, language: de, published: "2024-10"}
        facts:
          - id: forecast
            description: The forecast
            kind: range
            unit: usd
            revisable: true
            evidence:
              - source: a
                quote: "Die Firma erwartet Ausgaben von 35 bis 40 Milliarden Dollar."
                as_of: "2024-04"
              - source: b
                quote: "Die Firma erwartet Ausgaben von 37 bis 40 Milliarden Dollar."
                as_of: "2024-04"
              - source: c
                quote: "Die Firma erwartet Ausgaben von 38 bis 41 Milliarden Dollar."
        """
    seeds = {
        **FORECAST_SEEDS,
        "c.txt": "Die Firma erwartet Ausgaben von 38 bis 41 Milliarden Dollar.\n",
    }
    feature = "Feature: f\n  Scenario: f\n    Then forecast is 38 to 41 billion dollars\n"
    root = write_project(tmp_path / "p", facts=facts, seeds=seeds, features={"f.feature": feature})
    found = {(c["kind"], c["a"]["source"], c["b"]["source"]) for c in conflicts(Project.load(root))}
    # April's two statements disagree with each other; October's revises both: no conflict.
    assert found == {("between sources, both dated 2024-04", "a", "b")}
    [result] = judge(root, feature).values()
    assert marks(result) == {"a": "SUPERSEDED", "b": "SUPERSEDED", "c": "SUPPORTS"}
