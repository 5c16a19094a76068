"""``reads`` is taken where it stands on its own, never as the tail or head of a longer number:
"20 Millionen Euro" inside "220 Millionen Euro" once read 220 for a fact of 20, silently."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_project
from factspec.gate.lint import lint_project
from factspec.model.project import Project

FACTS = """\
    version: 1
    sources:
      - {{id: a, file: a.txt, title: Zahlen, language: de, published: "2025-01"}}
    facts:
      - id: profit_old
        description: Profit before
        kind: point
        unit: eur
        evidence:
          - source: a
            quote: "{quote}"
            reads: "{reads}"
    """


def project(tmp_path: Path, quote: str, reads: str) -> Path:
    return write_project(
        tmp_path / "p",
        facts=FACTS.format(quote=quote, reads=reads),
        seeds={"a.txt": quote + "\n"},
        features={"x.feature": "Feature: x\n  Scenario: x\n    Then profit_old is 20 Euro\n"},
    )


def test_reads_skips_an_occurrence_inside_a_longer_number(tmp_path: Path) -> None:
    root = project(
        tmp_path,
        "Der Umsatz stieg auf 220 Millionen Euro, der Gewinn auf 20 Millionen Euro.",
        "20 Millionen Euro",
    )
    [item] = Project.load(root).evidence
    assert item.quantity is not None and item.quantity.value == 20_000_000


@pytest.mark.parametrize(
    ("quote", "reads", "number"),
    [
        ("Der Umsatz stieg auf 220 Millionen Euro.", "20 Millionen Euro", "220 Millionen Euro"),
        ("Das kostet 2 500 Euro.", "500 Euro", "2 500 Euro"),
        ("Das kostet 2.500 Euro.", "500 Euro", "2.500 Euro"),
        ("Das kostet 1,25 Euro.", "1,2", "1,25 Euro"),
    ],
)
def test_reads_that_cuts_a_number_is_an_error(
    tmp_path: Path, quote: str, reads: str, number: str
) -> None:
    findings = [str(problem) for problem in lint_project(project(tmp_path, quote, reads)).findings]
    assert (
        f"facts.yaml:12: reads {reads!r} cuts the number {number!r} of the quote in two — copy "
        "the whole number into reads:, or quote the passage where the figure stands on its own"
    ) in findings
    # Without evidence, the figure is no longer accounted for either.
    assert any(f"figure {number!r} is covered by no evidence quote" in f for f in findings)


EN_FACTS = """\
    version: 1
    sources:
      - {{id: a, file: a.txt, title: Numbers, language: en, published: "2025-01"}}
    facts:
      - id: sales
        description: Sales after the rise
        kind: point
        unit: usd
        evidence:
          - source: a
            quote: "{quote}"
            reads: "{reads}"
    """


@pytest.mark.parametrize(
    ("reads", "value"),
    [("39 billion dollars", 39_000_000_000), ("7 billion", 7_000_000_000)],
)
def test_rose_by_x_to_y_gives_exactly_the_figure_reads_names(
    tmp_path: Path, reads: str, value: int
) -> None:
    """ "rose by 7 billion to 39 billion dollars" once read as one range from 7 to 39
    billion: a reads naming Y must give Y (and X must give X), never the range."""
    quote = "Sales rose by 7 billion to 39 billion dollars."
    root = write_project(
        tmp_path / "p",
        facts=EN_FACTS.format(quote=quote, reads=reads),
        seeds={"a.txt": quote + "\n"},
        features={"x.feature": "Feature: x\n  Scenario: x\n    Then sales is 39 billion dollars\n"},
    )
    [item] = Project.load(root).evidence
    assert item.quantity is not None
    assert (item.quantity.value, item.quantity.range) == (value, None)
