"""``unit_from:``: a bare number given its unit by other words of its own quote.

German and English often name what is counted before the number ("die Zahl der
Elektroautos stieg auf 1,4 Millionen", "the number of electric cars grew … to just under
1.41 million"), or name a unit once for two figures ("mit 136 Milliarden Kilowattstunden …
mit 59,5 Milliarden"); read alone, such a number has no unit and cannot be evidence. Found
by the transport and energy corpora (tests/corpora/*/NOTES.md).
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from conftest import write_project
from factspec.gate.lint import lint_project
from factspec.judge.checker import check_project
from factspec.read.interval import Interval
from factspec.read.quantity import read_quantities

FACTS = """\
    version: 1
    units:
      - id: cars
        words: {de: [Elektroautos, Autos], en: [electric cars, cars]}
      - id: chargers
        words: {de: [Ladepunkte], en: [chargers]}
    sources:
      - id: a
        file: a.txt
        title: A
        language: de
        published: "2025-01"
      - id: b
        file: b.txt
        title: B
        language: en
        published: "2025-01"
    facts:
      - id: ev_stock
        description: Electric cars on the road at the start of 2025
        kind: point
        unit: cars
        evidence:
          - source: a
            quote: "Die Zahl der Elektroautos stieg auf 1,4 Millionen."
            UNIT_A
          - source: b
            quote: "The number of electric cars grew to just under 1.41 million."
            UNIT_B
"""

SEEDS = {
    "a.txt": "Die Zahl der Elektroautos stieg auf 1,4 Millionen.\n",
    "b.txt": "The number of electric cars grew to just under 1.41 million.\n",
}

FEATURE = """\
    Feature: Counts
      Scenario: About 1.4 million electric cars
        Then ev_stock is about 1.4 million cars

      Scenario: More than 1.45 million electric cars
        Then ev_stock is more than 1.45 million cars
"""


def _project(root: Path, unit_a: str, unit_b: str = 'unit_from: "electric cars"') -> Path:
    facts = FACTS.replace("UNIT_A", unit_a).replace("UNIT_B", unit_b)
    return write_project(root, facts=facts, seeds=SEEDS, features={"c.feature": FEATURE})


def _findings(root: Path) -> list[str]:
    return [str(finding) for finding in lint_project(root).findings]


def test_unit_from_gives_a_bare_number_its_unit(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", 'unit_from: "Elektroautos"')
    assert _findings(root) == []
    records = {record["title"]: record for record in check_project(root).records()}
    assert records["About 1.4 million electric cars"]["status"] == "passed"
    assert records["More than 1.45 million electric cars"]["status"] == "failed"


def test_without_unit_from_the_bare_number_is_refused(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", "note: no unit_from")
    assert _findings(root) == [
        "facts.yaml:25: '1,4 Millionen' reads as no unit, but fact ev_stock is in cars — "
        "quote the words that carry the unit, or correct the fact's unit",
        # The figure is counted, and refused evidence covers nothing: lint says so too.
        "seeds/a.txt:1:37: figure '1,4 Millionen' is covered by no evidence quote and no "
        "ignore entry — record it as evidence of a fact in facts.yaml, or list it under "
        "ignore: with the reason it is not a fact",
    ]


@pytest.mark.parametrize(
    ("unit_from", "message"),
    [
        (
            'unit_from: "Ladestationen"',
            "unit_from 'Ladestationen' does not occur in the quote — copy the quote's words "
            "that name the number's unit into unit_from:",
        ),
        (
            'unit_from: "Die Zahl"',
            "unit_from 'Die Zahl' names no word of unit cars (fact ev_stock) — name the words "
            "that carry the unit, or add them to unit cars's words under units:",
        ),
    ],
)
def test_unit_from_must_stand_in_the_quote_and_name_the_unit(
    tmp_path: Path, unit_from: str, message: str
) -> None:
    root = _project(tmp_path / "p", unit_from)
    assert _findings(root)[0] == f"facts.yaml:26: {message}"


def test_unit_from_is_refused_where_the_number_has_its_unit(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", 'unit_from: "Elektroautos"')
    seed = root / "seeds" / "a.txt"
    seed.write_text("Die Zahl stieg auf 1,4 Millionen Elektroautos.\n", encoding="utf-8")
    facts = root / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    facts.write_text(
        text.replace(
            "Die Zahl der Elektroautos stieg auf 1,4 Millionen.",
            "Die Zahl stieg auf 1,4 Millionen Elektroautos.",
        ),
        encoding="utf-8",
    )
    (root / "factspec.lock").unlink()
    assert _findings(root)[0] == (
        "facts.yaml:26: unit_from is for a number with no unit of its own; "
        "'1,4 Millionen Elektroautos' reads as cars — remove unit_from:"
    )


def test_unit_from_covers_a_unit_named_once_for_two_figures(tmp_path: Path) -> None:
    # "… mit 136 Milliarden Kilowattstunden … vor der Photovoltaik mit 59,5 Milliarden."
    line = (
        "Die Windkraft stand mit 136 Milliarden Kilowattstunden deutlich vor der "
        "Photovoltaik mit 59,5 Milliarden."
    )
    facts = f"""\
        version: 1
        sources:
          - id: a
            file: a.txt
            title: A
            language: de
            published: "2025-01"
        facts:
          - id: wind
            description: Wind power 2024
            kind: point
            unit: gwh
            evidence:
              - source: a
                quote: "{line}"
                reads: "136 Milliarden Kilowattstunden"
          - id: solar
            description: Solar power 2024
            kind: point
            unit: gwh
            evidence:
              - source: a
                quote: "{line}"
                reads: "59,5 Milliarden"
                unit_from: "Milliarden Kilowattstunden"
    """
    feature = """\
        Feature: Energy
          Scenario: Solar supplied 59.5 billion kWh
            Then solar is 59.5 billion kilowatt hours

          Scenario: Solar supplied 136 billion kWh
            Then solar is 136 billion kilowatt hours

          Scenario: Solar supplied 59.5 TWh
            Then solar is 59.5 terawatt hours
    """
    root = write_project(
        tmp_path / "p", facts=facts, seeds={"a.txt": line + "\n"}, features={"e.feature": feature}
    )
    assert _findings(root) == []
    records = {record["title"]: record for record in check_project(root).records()}
    assert records["Solar supplied 59.5 billion kWh"]["status"] == "passed"
    assert records["Solar supplied 136 billion kWh"]["status"] == "failed"
    # The words' size is applied: 59.5 billion kWh is 59.5 TWh, not 59.5 billion of a unit.
    assert records["Solar supplied 59.5 TWh"]["status"] == "passed"


def test_a_fraction_of_a_whole_is_evidence_for_the_same_share_in_percent(tmp_path: Path) -> None:
    # The transport corpus (001): "mehr als ein Viertel weniger" is a fall of more than 25 %;
    # the energy corpus: a title "Mehr als die Hälfte" states a step's "mehr als 50 %".
    line = "Das war mehr als ein Viertel weniger als im Jahr davor."
    facts = f"""\
        version: 1
        sources:
          - id: a
            file: a.txt
            title: A
            language: de
            published: "2025-01"
        facts:
          - id: fall
            description: Fall of registrations
            kind: point
            unit: percent
            evidence:
              - source: a
                quote: "{line}"
    """
    feature = """\
        # language: de
        Funktionalität: Anteile
          Szenario: Die Zulassungen fielen um mehr als 25 Prozent
            Dann beträgt fall mehr als 25 %

          Szenario: Mehr als ein Viertel weniger Zulassungen
            Dann beträgt fall mehr als 25 %

          Szenario: Die Zulassungen fielen um mehr als 30 Prozent
            Dann beträgt fall mehr als 30 %

          Szenario: Die Zulassungen fielen um ein Viertel
            Dann beträgt fall 25 %
    """
    root = write_project(
        tmp_path / "p", facts=facts, seeds={"a.txt": line + "\n"}, features={"f.feature": feature}
    )
    assert _findings(root) == []
    records = {record["title"]: record for record in check_project(root).records()}
    assert records["Die Zulassungen fielen um mehr als 25 Prozent"]["status"] == "passed"
    assert records["Mehr als ein Viertel weniger Zulassungen"]["status"] == "passed"
    # More than a quarter does not say more than 30 %, nor exactly a quarter.
    assert records["Die Zulassungen fielen um mehr als 30 Prozent"]["status"] == "failed"
    assert records["Die Zulassungen fielen um ein Viertel"]["status"] == "failed"


def test_one_of_so_many_is_a_share_in_percent() -> None:
    # The transport corpus: "one in every 35 cars" (004) and "etwa jeder 35. Pkw" (003) are
    # the share 1/35 of the fleet, about 2.86 %.
    (english,) = read_quantities("one in every 35 cars is electric", "en")
    assert english.as_percent() is not None
    assert english.as_percent().interval == Interval.point(Fraction(100, 35))
    (german,) = read_quantities("Das ist in etwa jeder 35. Pkw.", "de")
    assert german.as_percent() is not None
    assert german.as_percent().qualifier == "about"
