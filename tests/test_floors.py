"""Honest dependency floors: every package the engine imports is declared with a floor, and
CI installs exactly those floors (``.ci/lowest`` via ``.ci/floors.py``) and runs the suite."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions

import yaml
from packaging.version import Version

from conftest import ROOT


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[\[<>=!~; ]", dep, maxsplit=1)[0].lower() for dep in project["dependencies"]}


def _imported_top_levels() -> set[str]:
    names = set()
    for path in (ROOT / "src" / "factspec").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names - set(sys.stdlib_module_names) - {"factspec"}


def test_every_imported_package_is_a_declared_dependency() -> None:
    """gherkin is imported by the feature reader: gherkin-official is declared, not left to
    arrive through pytest-bdd."""
    distributions = packages_distributions()
    imported = {
        module: {name.lower() for name in distributions.get(module, [module])}
        for module in _imported_top_levels()
    }
    # pydantic pins its pydantic-core exactly: its floor is pydantic's.
    declared = _declared() | {"pydantic_core"}
    missing = {module: dists for module, dists in imported.items() if not dists & declared}
    assert missing == {}
    assert "gherkin-official" in _declared()


def test_the_constraints_pin_every_dependency_at_its_floor() -> None:
    pins = _pins()
    assert {name.lower() for name in pins} == _declared()
    assert all(re.fullmatch(r"[0-9][0-9.]*", floor) for floor in pins.values()), pins


def test_ci_installs_the_floors_and_runs_the_suite() -> None:
    lowest = (ROOT / ".ci" / "lowest").read_text(encoding="utf-8")
    assert "python .ci/floors.py >" in lowest and '-c "$work/constraints.txt"' in lowest
    assert "-m pytest" in lowest
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^bash \.ci/lowest --quick$", run, re.MULTILINE)
    workflow = yaml.safe_load((ROOT / ".github/workflows/factspec.yml").read_text("utf-8"))
    steps = workflow["jobs"]["lowest"]["steps"]
    assert any(step.get("run") == "bash .ci/lowest" for step in steps)


def _pins() -> dict[str, str]:
    result = subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "floors.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    return dict(line.split("==") for line in result.stdout.splitlines())


def test_floors_are_at_least_what_the_code_needs() -> None:
    """Found by installing candidates in fresh environments: pytest-bdd 8 pins
    gherkin-official below 30, whose parser refuses a description after a comment (so do 31
    and 32.0.0, which pytest-bdd 9 excludes); pydantic before 2.11 cannot build the models
    or writes a different facts.schema.json."""
    pins = {name: Version(floor) for name, floor in _pins().items()}
    assert pins["pytest-bdd"] >= Version("9")
    assert pins["gherkin-official"] >= Version("32.0.1")
    assert pins["pydantic"] >= Version("2.11")
