"""False claims prove the engine: each wrong claim gets the right verdict and message."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from conftest import run_pytest
from factspec.judge.checker import ClaimResult, check_project


def check_claim(project: Path, steps: str, *, tags: str = "", description: str = "") -> ClaimResult:
    """Replace the project's features with one claim and check it in-process."""
    feature = f"Feature: Under test\n  {tags}\n  Scenario: The claim under test\n"
    if description:
        feature += f"    {description}\n\n"
    feature += textwrap.indent(textwrap.dedent(steps).strip(), "    ") + "\n"
    for old in (project / "features").glob("*.feature"):
        old.unlink()
    (project / "features" / "under_test.feature").write_text(feature, encoding="utf-8")
    [result] = check_project(project).results
    return result


TINY_SOURCES = ("a", "b")


def verdicts(result: ClaimResult) -> dict[str, str]:
    """Every tiny-project source's verdict; one without a cell (no evidence) is silent."""
    spoken = {cell.source_id: cell.verdict.name for cell in result.cells}
    return {source: spoken.get(source, "SILENT") for source in TINY_SOURCES}


def test_wrong_value_is_refuted_with_both_intervals(tiny: Path) -> None:
    result = check_claim(tiny, "Then gpus_adler is about 20,000 GPUs")
    assert verdicts(result) == {"a": "REFUTES", "b": "SILENT"}
    assert not result.passed
    message = result.failure_message()
    assert (
        'a says "etwa 16.000 GPUs" = [15500, 16500] gpu; the claim needs [18000, 22000]: REFUTES'
        in message
    )
    assert "refuted by a" in message


def test_wrong_unit_is_an_error_not_a_verdict(tiny: Path) -> None:
    result = check_claim(tiny, "Then gpus_adler is about 16,000 dollars")
    assert not result.passed
    assert result.cells == ()
    [problem] = result.problems
    assert str(problem) == (
        "features/under_test.feature:4: the claim reads 'about 16,000 dollars' as usd, "
        "but gpus_adler is in gpu; state the value in gpu"
    )


def test_wrong_multiple_is_refuted(tiny: Path) -> None:
    """b gives only Falke's GPUs; completed with a's figure for Adler, its own 170,000 refutes
    a multiple of 5 too (corpus completion: a source holding one operand is not silent)."""
    result = check_claim(tiny, "Then gpus_falke is about 5 times gpus_adler")
    assert verdicts(result) == {"a": "REFUTES", "b": "REFUTES"}
    assert "the claim needs [4.5, 5.5]: REFUTES" in result.failure_message()
    assert '"fast zehnmal so viele"' in result.failure_message()
    assert "completed from the corpus (gpus_adler from a): b says" in result.failure_message()


def test_range_endpoint_off_by_one(tiny: Path) -> None:
    """38 to 40 instead of 37 to 40: the low endpoints only touch, so no source supports it."""
    result = check_claim(tiny, "Then spend_forecast is 38 to 40 billion dollars")
    assert verdicts(result) == {"a": "COMPATIBLE", "b": "REFUTES"}
    assert not result.passed
    message = result.failure_message()
    assert "needs at least 1 supporting source(s), 0 source(s) support it firmly (none)" in message
    assert (
        'a says "37 bis 40 Milliarden US-Dollar" = [36500000000, 37500000000] to '
        "[39500000000, 40500000000] usd; the claim needs [37500000000, 38500000000] to "
        "[39500000000, 40500000000]: COMPATIBLE" in message
    )


def test_claim_pinned_on_a_silent_source_fails(tiny: Path) -> None:
    result = check_claim(tiny, "Then gpus_adler is about 16,000 GPUs\nAnd source b supports it")
    assert verdicts(result) == {"a": "SUPPORTS", "b": "SILENT"}
    assert "source b must support it, but it gives silent" in result.outcome.reasons
    assert "b says nothing about gpus_adler" in result.failure_message()


def test_hedged_source_is_not_counted_as_firm(tiny: Path) -> None:
    result = check_claim(tiny, "Then gpus_falke is about 170,000 GPUs\nAnd source b supports it")
    assert verdicts(result) == {"a": "COMPATIBLE", "b": "SUPPORTS"}
    [hedged] = [cell for cell in result.cells if cell.hedged]
    assert hedged.source_id == "b"
    assert result.outcome.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none); "
        "hedged support from b does not count",
        "source b must support it, but it gives only hedged support",
    )


def test_disputed_claim_needs_a_reason(tiny: Path) -> None:
    result = check_claim(tiny, "Then spend_forecast is 37 to 40 billion dollars", tags="@disputed")
    assert verdicts(result) == {"a": "SUPPORTS", "b": "REFUTES"}
    assert not result.passed
    assert any("without a reason" in reason for reason in result.outcome.reasons)


def test_disputed_tag_goes_stale_when_nobody_refutes(tiny: Path) -> None:
    result = check_claim(
        tiny,
        "Then gpus_adler is about 16,000 GPUs",
        tags="@disputed",
        description="Someone once disagreed.",
    )
    assert result.outcome.reasons == (
        "tagged @disputed, but no source refutes it any more: remove the tag",
    )


def test_unknown_fact_names_the_nearest_ids(tiny: Path) -> None:
    result = check_claim(tiny, "Then gpus_adlr is about 16,000 GPUs")
    [problem] = result.problems
    assert str(problem) == (
        "features/under_test.feature:4: unknown fact id 'gpus_adlr' — "
        "did you mean gpus_adler, gpus_falke, gpus_falke_vs_adler?"
    )


def test_unknown_step_names_the_nearest_phrases(tiny: Path) -> None:
    result = check_claim(tiny, "Then gpus_adler amounts to 16,000 GPUs")
    [problem] = result.problems
    assert str(problem).startswith(
        "features/under_test.feature:4: unknown step 'gpus_adler amounts to 16,000 GPUs' — "
        "nearest known phrases: "
    )
    assert str(problem).endswith(
        "nearest known phrases: '<fact> is <quantity>'; "
        "'<fact> rose to <quantity> from <fact>'; '<fact> and <fact> together are <quantity>'"
    )


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ("Then gpus_adler is about 20,000 GPUs", "the claim needs [18000, 22000]: REFUTES"),
        ("Then gpus_adlr is about 16,000 GPUs", "did you mean gpus_adler,"),
    ],
)
def test_pytest_runner_fails_with_the_same_message(tiny: Path, steps: str, expected: str) -> None:
    """The pytest-bdd runner reports the engine's message, with no traceback."""
    check_claim(tiny, steps)
    completed = run_pytest(tiny, "-q", "--factspec-no-reports")
    assert completed.returncode == 1
    assert expected in completed.stdout
    assert "Traceback" not in completed.stdout
    assert "The claim under test" in completed.stdout
