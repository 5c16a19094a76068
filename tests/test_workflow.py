"""The GitHub workflows: context values reach the shell through env:, what a change moved is
reported without skipping the tests, and the corpus gate is a reusable workflow that another
repository adopts in a few lines (the README shows them; ``factspec init`` writes them)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
STARTER = ROOT / "src" / "factspec" / "starter" / "github-workflow.yml"


def _load(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    # The starter's placeholders, as `factspec init` fills them.
    text = text.replace("{repository}", "acme/factspec").replace("{ref}", "main")
    data = yaml.safe_load(text)
    # YAML 1.1 reads the key `on` as true.
    data["on"] = data.pop(True, data.get("on"))
    return data


def _steps(workflow: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [(name, step) for name, job in workflow["jobs"].items() for step in job.get("steps", [])]


@pytest.mark.parametrize("path", [*sorted(WORKFLOWS.glob("*.yml")), STARTER], ids=lambda p: p.name)
def test_no_context_value_is_spliced_into_a_shell_script(path: Path) -> None:
    for job, step in _steps(_load(path)):
        script = step.get("run", "")
        assert "${{" not in script, f"{path.name}: {job}: {step.get('name')}: use env: instead"


def test_the_gate_is_a_reusable_workflow() -> None:
    gate = _load(WORKFLOWS / "gate.yml")
    assert "workflow_call" in gate["on"]
    assert gate["on"]["workflow_call"]["inputs"]["factspec"]["required"] is True
    own = _load(WORKFLOWS / "factspec.yml")
    assert own["jobs"]["corpus"]["uses"] == "./.github/workflows/gate.yml"


def test_impact_is_reported_without_skipping_the_tests() -> None:
    steps = [step for _, step in _steps(_load(WORKFLOWS / "gate.yml"))]
    names = [step.get("name", "") for step in steps]
    impact = steps[names.index("What this change moved")]
    tests = names.index("Tests and claims")
    verdict = names.index("Verdict of what this change moved")
    assert names.index("What this change moved") < tests < verdict
    # The impact step records its exit status instead of failing the job before the tests …
    assert "exit" not in impact["run"] and 'status=$status" >> "$GITHUB_OUTPUT"' in impact["run"]
    assert "$GITHUB_STEP_SUMMARY" in impact["run"]
    # … and the job fails at the end when it found a claim that lost ground.
    final = steps[verdict]
    assert final["if"].startswith("always()") and "steps.impact.outputs.status" in final["if"]
    assert 'exit "$STATUS"' in final["run"]
    assert "if" not in steps[tests]


def test_the_readme_shows_how_another_repository_adopts_the_gate() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"```yaml\n(.*?uses: [^\n]*gate\.yml@[^\n]*\n.*?)```", readme, re.DOTALL)
    assert snippet, "the README has no snippet calling the reusable workflow"
    adopted = yaml.safe_load(snippet.group(1))
    job = next(iter(adopted["jobs"].values()))
    assert job["uses"].endswith("/.github/workflows/gate.yml@main")
    assert "factspec" in job["with"]
