"""What factspec needs of pytest-bdd beyond its public API, pinned so that a release that
changes it fails here, loudly, instead of running claims wrongly.

The public API (``pytest_bdd.step``, ``pytest_bdd.parsers``) serves the built-in binding.
Running one parsed scenario inside factspec's own test item has no public API: the plugin
uses ``pytest_bdd.parser.FeatureParser`` and ``pytest_bdd.scenario._execute_scenario``.
"""

from __future__ import annotations

import inspect
import textwrap
from pathlib import Path

from conftest import run_pytest
from factspec.plugin import _scenarios_by_claim
from factspec.read.features import parse_feature_text

OUTLINE = """\
    Feature: Contract
      Background:
        Given nothing in particular

      Scenario: A plain claim
        Then a is 1 GPUs

      Scenario Outline: Claim <n>
        Then b is <n> GPUs
        And source s supports it

        Examples:
          | n |
          | 2 |
          | 3 |

      Rule: a rule
        Scenario: A claim under a rule
          Then c is 4 GPUs
    """


def test_the_private_names_factspec_uses_keep_their_shape(tmp_path: Path) -> None:
    from pytest_bdd.parser import FeatureParser
    from pytest_bdd.scenario import _execute_scenario

    assert list(inspect.signature(_execute_scenario).parameters) == [
        "feature",
        "scenario",
        "request",
    ]
    path = tmp_path / "contract.feature"
    path.write_text(textwrap.dedent(OUTLINE), encoding="utf-8")
    feature = FeatureParser(str(tmp_path), path.name).parse()
    claims = parse_feature_text(path.read_text(encoding="utf-8"), "features/contract.feature")
    scenarios = _scenarios_by_claim(feature, claims, "features/contract.feature")
    # Each claim gets the scenario at its line (an outline's rows in order), with the steps
    # pytest-bdd will run being the steps factspec reads, background included.
    assert [claim.title for claim in claims] == [
        "A plain claim",
        "Claim 2",
        "Claim 3",
        "A claim under a rule",
    ]
    for claim, scenario in zip(claims, scenarios, strict=True):
        assert scenario.line_number == claim.line
        assert [step.name for step in scenario.steps] == [step.text for step in claim.steps]


def test_scenarios_are_matched_by_line_not_by_title(tmp_path: Path) -> None:
    """pytest-bdd 8 rendered outline titles its own way; a title lookup failed there (and could
    pick another scenario's steps). The line and the row cannot disagree."""
    from pytest_bdd.parser import FeatureParser

    path = tmp_path / "contract.feature"
    path.write_text(textwrap.dedent(OUTLINE), encoding="utf-8")
    feature = FeatureParser(str(tmp_path), path.name).parse()
    for template in feature.scenarios.values():
        template.name = f"renamed by pytest-bdd: {template.name}"
    claims = parse_feature_text(path.read_text(encoding="utf-8"), "features/contract.feature")
    scenarios = _scenarios_by_claim(feature, claims, "features/contract.feature")
    assert [scenario.steps[-1].name for scenario in scenarios] == [
        "a is 1 GPUs",
        "source s supports it",
        "source s supports it",
        "c is 4 GPUs",
    ]
    assert [scenario.steps[0].name for scenario in scenarios[1:3]] == [
        "nothing in particular",
        "nothing in particular",
    ]
    assert [s.steps[1].name for s in scenarios[1:3]] == ["b is 2 GPUs", "b is 3 GPUs"]


def test_a_claim_whose_steps_pytest_bdd_did_not_run_fails(tiny: Path) -> None:
    """Were ``_execute_scenario`` to stop running steps, every claim would be judged on no
    steps at all; the plugin counts them and fails the claim instead."""
    (tiny / "conftest.py").write_text(
        "import factspec.plugin\n\n"
        "factspec.plugin._execute_scenario = lambda feature, scenario, request: None\n",
        encoding="utf-8",
    )
    result = run_pytest(tiny, "-rA", "--factspec-no-reports")
    assert result.returncode == 1, result.stdout[-2000:]
    assert "3 failed" in result.stdout.splitlines()[-1]
    assert "pytest-bdd ran 0 of its 1 steps through factspec's binding" in result.stdout
