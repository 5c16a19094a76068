"""Units in a project: a claim in TWh judged against evidence in kWh, a project unit with a
conversion (``equals:``), and the errors a curator gets for units that cannot work."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_project
from factspec.gate.lint import lint_project
from factspec.judge.checker import check_project
from factspec.model.factbase import FactbaseError, load_factbase

FACTS = """\
    version: 1
    units:
      - id: barrels
        words:
          de: [Fass]
          en: [barrels, barrel]
        equals: "159 l"
      - id: households
        words:
          de: [Haushalte]
          en: [households]
    sources:
      - id: s
        file: s.txt
        title: Energie im Land
        language: de
        published: "2025-03"
    facts:
      - id: wind_energy
        description: Electricity from wind farms in 2024
        kind: point
        unit: gwh
        evidence:
          - source: s
            quote: "Windparks erzeugten rund 18 Milliarden kWh Strom."
      - id: oil_stock
        description: Oil in the reserve
        kind: point
        unit: l
        evidence:
          - source: s
            quote: "Die Reserve hält 2.000 Fass Öl."
      - id: households_supplied
        description: Households supplied by the wind farms
        kind: point
        unit: households
        evidence:
          - source: s
            quote: "Sie versorgen 4,5 Millionen Haushalte."
    """

SEED = """\
    Energie im Land
    Windparks erzeugten rund 18 Milliarden kWh Strom.
    Die Reserve hält 2.000 Fass Öl.
    Sie versorgen 4,5 Millionen Haushalte.
    """

FEATURE = """\
    Feature: Energy
      Scenario: Wind farms produced more than 15 TWh
        Then wind_energy is more than 15 TWh
        And source s supports it

      Scenario: Wind farms produced about 15 TWh
        Then wind_energy is about 15 TWh

      Scenario: Wind farms produced about 18 terawatt hours
        Then wind_energy is about 18 terawatt hours
        And source s supports it

      Scenario: The reserve holds about 318,000 litres
        Then oil_stock is about 318,000 litres
        And source s supports it

      Scenario: The reserve holds about 350,000 litres
        Then oil_stock is about 350,000 litres

      Scenario: The reserve holds 2,000 barrels
        Then oil_stock is 2,000 barrels
        And source s supports it

      Scenario: The wind farms supply about 4.5 million households
        Then households_supplied is about 4.5 million households
        And source s supports it
    """


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bool, list[str]]]:
    root = write_project(
        tmp_path_factory.mktemp("units") / "energy",
        facts=FACTS,
        seeds={"s.txt": SEED},
        features={"energy.feature": FEATURE},
    )
    checked = check_project(root)
    return {r.claim.title: (r.passed, [c.verdict.name for c in r.cells]) for r in checked.results}


@pytest.mark.parametrize(
    ("title", "passed", "verdicts"),
    [
        # "rund 18 Milliarden kWh" = [17.5, 18.5] TWh: above 15 TWh, far from about 15 TWh.
        ("Wind farms produced more than 15 TWh", True, ["SUPPORTS"]),
        ("Wind farms produced about 15 TWh", False, ["REFUTES"]),
        ("Wind farms produced about 18 terawatt hours", True, ["SUPPORTS"]),
        # 2.000 Fass × 159 l = 318,000 l exactly.
        ("The reserve holds about 318,000 litres", True, ["SUPPORTS"]),
        ("The reserve holds about 350,000 litres", False, ["REFUTES"]),
        ("The reserve holds 2,000 barrels", True, ["SUPPORTS"]),
        ("The wind farms supply about 4.5 million households", True, ["SUPPORTS"]),
    ],
)
def test_claims_in_other_units_of_the_same_dimension_are_judged_exactly(
    results: dict[str, tuple[bool, list[str]]], title: str, passed: bool, verdicts: list[str]
) -> None:
    assert results[title] == (passed, verdicts)


def _load_problems(tmp_path: Path, facts: str) -> list[str]:
    root = write_project(tmp_path / "p", facts=facts, seeds={"s.txt": SEED}, features={})
    with pytest.raises(FactbaseError) as caught:
        load_factbase(root)
    return [str(p) for p in caught.value.problems]


def test_a_fact_in_a_unit_that_is_read_in_another_is_told_which(tmp_path: Path) -> None:
    facts = FACTS.replace("unit: gwh", "unit: twh")
    assert _load_problems(tmp_path, facts) == [
        "facts.yaml:22: figures in twh are read in gwh, the unit of energy — set unit: gwh; "
        "every energy figure is converted into it exactly"
    ]


def test_a_fact_in_a_converting_unit_is_told_the_unit_it_converts_into(tmp_path: Path) -> None:
    facts = FACTS.replace("unit: l\n", "unit: barrels\n")
    assert _load_problems(tmp_path, facts) == [
        "facts.yaml:29: unit 'barrels' converts (equals: 159 l), so figures in it are read "
        "in l — set unit: l; a figure in barrels is converted exactly"
    ]


@pytest.mark.parametrize(
    ("equals", "message"),
    [
        ("about 159 l", "is not one exact positive figure"),
        ("159", "names no known unit"),
        ("159 l or so", "is not one exact positive figure"),
        ("159 furlongs", "is not one figure with its unit"),
    ],
)
def test_a_conversion_must_be_one_plain_figure_in_a_known_unit(
    tmp_path: Path, equals: str, message: str
) -> None:
    [problem] = _load_problems(tmp_path, FACTS.replace('"159 l"', f'"{equals}"'))
    assert problem.startswith("facts.yaml:7: equals ") and message in problem, problem


def test_a_figure_before_an_ambiguous_word_is_a_lint_finding(tmp_path: Path) -> None:
    seed = SEED + "    Die Butter kostete 3 Pfund mehr.\n"
    root = write_project(tmp_path / "p", facts=FACTS, seeds={"s.txt": seed}, features={})
    report = lint_project(root)
    assert [str(f) for f in report.findings] == [
        "seeds/s.txt:5:24: figure '3' is not read: the word after it, 'Pfund', may mean "
        "British pounds (gbp) or a pound of weight (500 g) — declare the word under units: in "
        "the sense this project's sources use (e.g. words: {de: [Pfund]} with equals: "
        '"1 GBP"), or list the figure under ignore: with the reason'
    ]


def test_a_project_that_declares_the_word_reads_it_and_lint_is_quiet(tmp_path: Path) -> None:
    seed = SEED + "    Die Butter kostete 3 Pfund mehr.\n"
    facts = FACTS.replace(
        "    sources:",
        '      - id: pfund\n        words:\n          de: [Pfund]\n        equals: "1 GBP"\n'
        "    sources:",
    ).rstrip(" ") + (
        "      - id: butter_price_rise\n        description: Rise of the butter price\n"
        "        kind: point\n        unit: gbp\n        evidence:\n          - source: s\n"
        '            quote: "Die Butter kostete 3 Pfund mehr."\n'
    )
    root = write_project(tmp_path / "p", facts=facts, seeds={"s.txt": seed}, features={})
    assert [str(f) for f in lint_project(root).findings] == []


def test_a_project_unit_may_not_take_an_inflection_of_a_builtin_word(tmp_path: Path) -> None:
    # "Terawattstunden" is the built-in "Terawattstunde" inflected: as a count of its own it
    # would split one text's energy figures between two units that never compare.
    facts = FACTS.replace("de: [Haushalte]", "de: [Haushalte, Terawattstunden]")
    assert _load_problems(tmp_path, facts) == [
        "facts.yaml:9: the unit word 'Terawattstunden' is already read as gwh (energy); use "
        "that unit, or give 'households' its own words — give each unit its own words"
    ]
