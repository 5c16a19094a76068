"""``counts:``: a bare number given its unit by the words of its own quote.

German and English often name what is counted before the number ("die Zahl der
Elektroautos stieg auf 1,4 Millionen", "the number of electric cars grew … to just under
1.41 million"); read alone, such a number has no unit and cannot be evidence for a count.
Found by the transport corpus (tests/corpora/transport_mixed/NOTES.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_project
from factspec.gate.lint import lint_project
from factspec.judge.checker import check_project

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
            COUNTS_A
          - source: b
            quote: "The number of electric cars grew to just under 1.41 million."
            COUNTS_B
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


def _project(root: Path, counts_a: str, counts_b: str = 'counts: "electric cars"') -> Path:
    facts = FACTS.replace("COUNTS_A", counts_a).replace("COUNTS_B", counts_b)
    return write_project(root, facts=facts, seeds=SEEDS, features={"c.feature": FEATURE})


def _findings(root: Path) -> list[str]:
    return [str(finding) for finding in lint_project(root).findings]


def test_counts_gives_a_bare_number_its_unit(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", 'counts: "Elektroautos"')
    assert _findings(root) == []
    records = {record["title"]: record for record in check_project(root).records()}
    assert records["About 1.4 million electric cars"]["status"] == "passed"
    assert records["More than 1.45 million electric cars"]["status"] == "failed"


def test_without_counts_the_bare_number_is_refused(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", "note: no counts")
    assert _findings(root) == [
        "facts.yaml:25: '1,4 Millionen' reads as no unit, but fact ev_stock is in cars — "
        "quote the words that carry the unit, or correct the fact's unit",
        # The figure is counted, and refused evidence covers nothing: lint says so too.
        "seeds/a.txt:1:37: figure '1,4 Millionen' is covered by no evidence quote and no "
        "ignore entry — record it as evidence of a fact in facts.yaml, or list it under "
        "ignore: with the reason it is not a fact",
    ]


@pytest.mark.parametrize(
    ("counts", "message"),
    [
        (
            'counts: "Ladestationen"',
            "counts 'Ladestationen' does not occur in the quote — copy the quote's words "
            "that name what the number counts into counts:",
        ),
        (
            'counts: "Die Zahl"',
            "counts 'Die Zahl' names no word of unit cars (fact ev_stock) — name the words "
            "that carry the unit, or add them to unit cars's words under units:",
        ),
    ],
)
def test_counts_must_stand_in_the_quote_and_name_the_unit(
    tmp_path: Path, counts: str, message: str
) -> None:
    root = _project(tmp_path / "p", counts)
    assert _findings(root)[0] == f"facts.yaml:26: {message}"


def test_counts_is_refused_where_the_number_has_its_unit(tmp_path: Path) -> None:
    root = _project(tmp_path / "p", 'counts: "Elektroautos"')
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
        "facts.yaml:26: counts is for a number with no unit word after it; "
        "'1,4 Millionen Elektroautos' reads as cars — remove counts:"
    )
