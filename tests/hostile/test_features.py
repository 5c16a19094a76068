"""Hostile feature files: syntax errors, steps and ids nobody knows, empty and duplicated
claims, huge Examples tables, bytes that are not UTF-8, and step arguments nobody reads.
"""

from __future__ import annotations

import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_kit import has_fix, pytest_features, pytest_refused, refused, snapshot

from conftest import TINY_FEATURE, CliRun, run_pytest

FEATURE = textwrap.dedent(TINY_FEATURE)
FALKE_STEP = "Then gpus_falke is about 160,000 GPUs"  # line 6 of the tiny feature


def write_feature(project: Path, text: str | bytes, name: str = "tiny.feature") -> None:
    path = project / "features" / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


UNUSABLE = {
    "an inconsistent table": (
        FEATURE + "  Scenario Outline: x <n>\n    Then a\n    Examples:\n    | n |\n"
        "    | 1 | 2 |\n",
        "features/tiny.feature:18:5: Gherkin syntax error: inconsistent cell count",
    ),
    "no Feature line": ("Scenario: a\n  Then x\n", "features/tiny.feature:1:1: Gherkin syntax"),
    "binary junk": ("\x01\x02 {{{\n", "features/tiny.feature:1:1: Gherkin syntax error"),
    "an unknown language": (
        "# language: xx\n" + FEATURE,
        "features/tiny.feature:1:1: Gherkin syntax error: Language not supported: xx",
    ),
    "two Feature lines": (FEATURE + "Feature: again\n", "features/tiny.feature:14:1: Gherkin"),
    "only a step, no scenario": ("Feature: f\n  Then x is 1 GPUs\n", "features: no claims found"),
    "a tag on a step": (
        FEATURE.replace(FALKE_STEP, f"@tag\n    {FALKE_STEP}"),
        "features/tiny.feature:7:",
    ),
    "duplicate titles": (
        FEATURE + f"\n  Scenario: Falke needs about 160,000 GPUs\n    {FALKE_STEP}\n",
        "features/tiny.feature:15: claim title 'Falke needs about 160,000 GPUs' is used twice "
        "(first at line 5)",
    ),
    "a doc string under a step": (
        FEATURE.replace(FALKE_STEP, f'{FALKE_STEP}\n      """\n      or 1 GPU\n      """'),
        "features/tiny.feature:6: step 'gpus_falke is about 160,000 GPUs' carries a doc string",
    ),
    "a data table under a step": (
        FEATURE.replace(FALKE_STEP, f"{FALKE_STEP}\n      | or 1 GPU |"),
        "features/tiny.feature:6: step 'gpus_falke is about 160,000 GPUs' carries a data table",
    ),
    "a comment only": ("# nothing\n", "features: no claims found"),
}


@pytest.mark.parametrize("text,expected", UNUSABLE.values(), ids=UNUSABLE.keys())
def test_a_feature_file_that_cannot_be_read_is_refused_at_its_line(
    tiny: Path, run_cli: Callable[..., CliRun], text: str, expected: str
) -> None:
    write_feature(tiny, text)
    refused(run_cli, tiny, expected, commands=("check", "table"))
    location = expected.split(": ", 1)[0]
    assert has_fix(run_cli("check", str(tiny)).err, location)


NON_UTF8 = {
    "Latin-1": ("Feature: f\n  Scenario: Gr\u00fc\u00dfe\n    Then x\n".encode("latin-1"), 2),
    "UTF-16": (FEATURE.encode("utf-16"), 1),
    "a stray byte": (FEATURE.encode().replace(b"Falke needs about 1", b"Falke\xff", 1), 5),
}


@pytest.mark.parametrize("data,line", NON_UTF8.values(), ids=NON_UTF8.keys())
def test_a_feature_file_that_is_not_utf8_is_refused_at_its_line(
    tiny: Path, run_cli: Callable[..., CliRun], data: bytes, line: int
) -> None:
    # Defect: the error named no line ("not valid UTF-8 at byte 23").
    write_feature(tiny, data)
    expected = f"features/tiny.feature:{line}: not valid UTF-8: byte 0x"
    [check, _] = refused(run_cli, tiny, expected, commands=("check", "table"))
    assert has_fix(check.err, f"features/tiny.feature:{line}")


def test_a_non_utf8_feature_fails_the_pytest_runner_at_its_line(tiny: Path) -> None:
    write_feature(tiny, FEATURE.encode().replace(b"Falke needs about 1", b"Falke\xff", 1))
    pytest_refused(tiny, "features/tiny.feature:5: not valid UTF-8: byte 0xFF")


FAILING = {
    "an unknown step": (
        FEATURE.replace(FALKE_STEP, "Then the moon is made of cheese"),
        "features/tiny.feature:6: unknown step 'the moon is made of cheese'",
        " — ",
    ),
    "an unknown fact": (
        FEATURE.replace(FALKE_STEP, "Then gpus_nope is about 160,000 GPUs"),
        "features/tiny.feature:6: unknown fact id 'gpus_nope' — did you mean",
        " — ",
    ),
    "an unknown source": (
        FEATURE.replace("source a supports it", "source zz supports it"),
        "features/tiny.feature:7: unknown source id 'zz'",
        " — ",
    ),
    "a claim with no steps": (
        FEATURE + "\n  Scenario: An empty claim\n",
        "features/tiny.feature:15: claim 'An empty claim' states no relation over facts",
        " — ",
    ),
    "a unit that is not the fact's": (
        FEATURE.replace(FALKE_STEP, "Then gpus_falke is about 160,000 dollars"),
        "features/tiny.feature:6: the claim reads 'about 160,000 dollars' as usd",
        "state the value in gpu",
    ),
    "a number too large to write": (
        FEATURE.replace(FALKE_STEP, "Then gpus_falke is about 1e999999999 GPUs"),
        "features/tiny.feature:6: 'about 1e999999999 GPUs' holds no number",
        "check it with `factspec parse`",
    ),
    "a 10,000-digit number": (
        FEATURE.replace(FALKE_STEP, "Then gpus_falke is about " + "9" * 10_000 + " GPUs"),
        "features/tiny.feature:6:",
        "check it with `factspec parse`",
    ),
    "a step in another script": (
        FEATURE.replace(FALKE_STEP, "Then gpus_falke \u0456s about 160,000 GPUs"),
        "features/tiny.feature:6: unknown step",
        " — ",
    ),
}


@pytest.mark.parametrize("text,expected,fix", FAILING.values(), ids=FAILING.keys())
def test_a_claim_that_cannot_be_proven_fails_at_its_step(
    tiny: Path, run_cli: Callable[..., CliRun], text: str, expected: str, fix: str
) -> None:
    write_feature(tiny, text)
    [check] = refused(run_cli, tiny, expected, commands=("check",), code=1)
    [problem] = [line for line in check.out.splitlines() if expected in line]
    assert fix in problem, problem


def test_an_unknown_step_fails_the_pytest_runner_too(tiny: Path) -> None:
    write_feature(tiny, FEATURE.replace(FALKE_STEP, "Then the moon is made of cheese"))
    pytest_refused(tiny, "features/tiny.feature:6: unknown step 'the moon is made of cheese'")


def outline(rows: int, *, placeholder: bool) -> str:
    # The row number goes into the title as a name ("case n7"), not a figure: every number
    # a title states must be one its steps prove.
    title = "Falke needs about 160,000 GPUs, case n<n>" if placeholder else "Falke needs GPUs"
    table = "\n".join(f"      | {n} |" for n in range(rows))
    return (
        f"Feature: big\n  Scenario Outline: {title}\n    {FALKE_STEP}\n"
        f"    Examples:\n      | n |\n{table}\n"
    )


def test_an_outline_of_5000_rows_is_checked_in_bounded_time(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    write_feature(tiny, outline(5_000, placeholder=True))
    before = snapshot(tiny)
    started = time.perf_counter()
    result = run_cli("check", str(tiny))
    assert time.perf_counter() - started < 10
    assert result.code == 0, result.err
    assert result.out.rstrip().endswith("5000 passed, 0 failed")
    assert snapshot(tiny) == before


def test_an_outline_of_5000_rows_without_a_placeholder_is_one_error(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    # Defect: one problem per repeated row — 4,999 identical lines.
    write_feature(tiny, outline(5_000, placeholder=False))
    [check, _] = refused(
        run_cli,
        tiny,
        "features/tiny.feature:2: claim title 'Falke needs GPUs' is used 5,000 times "
        "(first at line 2)",
        commands=("check", "table"),
    )
    assert len(check.err.splitlines()) == 2


def test_the_pytest_runner_collects_a_1000_row_outline(tiny: Path) -> None:
    write_feature(tiny, outline(1_000, placeholder=True))
    started = time.perf_counter()
    completed = pytest_features(tiny)
    assert time.perf_counter() - started < 60
    assert completed.returncode == 0, completed.stdout[-2000:]
    assert "1000 passed" in completed.stdout


def test_a_broken_feature_file_fails_only_its_own_collection(tiny: Path) -> None:
    """The broken file is one failing test at its first problem, not a collection error that
    stops pytest: the other files' claims run, their tags registered under --strict-markers,
    with pytest's default options (no --continue-on-collection-errors)."""
    tagged = TINY_FEATURE.replace(
        "      Scenario: Falke needs about 160,000 GPUs",
        "      @compute\n      Scenario: Falke needs about 160,000 GPUs",
    )
    write_feature(tiny, textwrap.dedent(tagged))
    broken = "Feature: broken\n  Scenario: one\n    Then x is 1 GPUs\nFeature: again\n"
    write_feature(tiny, broken, "broken.feature")
    completed = run_pytest(tiny, "features", "-rA", "--strict-markers", "--factspec-no-reports")
    out = completed.stdout
    assert completed.returncode == 1, out[-2000:]
    assert "FAILED features/broken.feature::<feature file cannot be read>" in out
    assert "features/broken.feature:4:" in out  # the problem, at its line
    assert "PASSED features/tiny.feature::Falke needs about 160,000 GPUs" in out
    assert "'compute' not found in `markers`" not in out
    assert "error" not in out.splitlines()[-1]
    assert "1 failed, 3 passed" in out.splitlines()[-1]
