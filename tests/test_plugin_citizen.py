"""factspec installed beside an ordinary pytest-bdd project leaves it alone: the same tests,
the same ids, the same outcomes as with the plugin switched off."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from conftest import run_pytest

FEATURE = """\
    Feature: Adding
      Scenario: Two and two
        Given the numbers 2 and 2
        Then their sum is 4

      Scenario: Two and three
        Given the numbers 2 and 3
        Then their sum is 6
    """

STEPS = """\
    from pytest_bdd import given, parsers, scenarios, then

    scenarios("features/adding.feature")


    @given(parsers.parse("the numbers {a:d} and {b:d}"), target_fixture="numbers")
    def numbers(a, b):
        return a, b


    @then(parsers.parse("their sum is {total:d}"))
    def their_sum(numbers, total):
        assert sum(numbers) == total
    """


def _outcomes(output: str) -> list[str]:
    """Every test's outcome line and the closing count line of a ``-rA`` run."""
    kinds = ("PASSED ", "FAILED ", "ERROR ", "SKIPPED ", "XFAIL ", "XPASS ")
    lines = output.splitlines()
    counts = [re.sub(r" in [0-9.]+s", "", line) for line in lines[-1:]]  # not the time taken
    return sorted(line for line in lines if line.startswith(kinds)) + counts


def test_a_pytest_bdd_project_runs_as_without_factspec(tmp_path: Path) -> None:
    project = tmp_path / "bdd"
    (project / "features").mkdir(parents=True)
    (project / "features" / "adding.feature").write_text(textwrap.dedent(FEATURE))
    (project / "test_adding.py").write_text(textwrap.dedent(STEPS))
    with_factspec = run_pytest(project, "-rA")
    without = run_pytest(project, "-rA", "-p", "no:factspec")
    assert with_factspec.returncode == without.returncode == 1, with_factspec.stdout[-2000:]
    assert _outcomes(with_factspec.stdout) == _outcomes(without.stdout)
    assert _outcomes(without.stdout)[:2] == [
        "FAILED test_adding.py::test_two_and_three - assert 5 == 6",
        "PASSED test_adding.py::test_two_and_two",
    ]
    ids = run_pytest(project, "--collect-only", "-q").stdout.splitlines()
    assert [line for line in ids if "::" in line] == [
        "test_adding.py::test_two_and_two",
        "test_adding.py::test_two_and_three",
    ]
