"""``factspec init`` writes a project that checks as it stands, and never overwrites a file;
the package's own step binding serves a project without ``steps/``."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import yaml

from conftest import CliRun, run_pytest
from factspec.commands.init import STARTERS

EXPECTED = {
    "facts.yaml",
    "facts.schema.json",
    "factspec.lock",
    "COVERAGE.md",
    "seeds/example.txt",
    "features/example.feature",
    "features/beispiel.feature",
    "steps/README.md",
    "pytest.ini",
    ".pre-commit-config.yaml",
    ".github/workflows/factspec.yml",
    ".gitignore",
}


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_init_in_an_empty_folder_gives_a_project_that_passes(
    tmp_path: Path, run_cli: Callable[..., CliRun]
) -> None:
    root = tmp_path / "new"
    result = run_cli("init", str(root))
    assert result.code == 0, result.err
    assert _files(root) == EXPECTED
    facts = (root / "facts.yaml").read_text(encoding="utf-8")
    assert facts.startswith("# yaml-language-server: $schema=./facts.schema.json\n")
    languages = {
        "de" if "# language: de" in (root / f).read_text(encoding="utf-8") else "en"
        for f in ("features/example.feature", "features/beispiel.feature")
    }
    assert languages == {"en", "de"}
    for command in ("lint", "check"):
        checked = run_cli(command, str(root))
        assert checked.code == 0, checked.out + checked.err
    assert run_cli("table", str(root), "--check").code == 0
    tests = run_pytest(root)
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert "2 passed" in tests.stdout


def test_the_workflow_calls_the_reusable_gate(
    tmp_path: Path, run_cli: Callable[..., CliRun]
) -> None:
    root = tmp_path / "new"
    assert run_cli("init", str(root), "--workflow", "acme/factspec@v1").code == 0
    workflow = yaml.safe_load((root / ".github/workflows/factspec.yml").read_text("utf-8"))
    job = workflow["jobs"]["factspec"]
    assert job["uses"] == "acme/factspec/.github/workflows/gate.yml@v1"
    assert job["with"]["factspec"] == "git+https://github.com/acme/factspec@v1"
    hooks = yaml.safe_load((root / ".pre-commit-config.yaml").read_text("utf-8"))
    assert {hook["entry"] for repo in hooks["repos"] for hook in repo["hooks"]} == {
        "factspec lint",
        "factspec table --check",
    }


def test_init_never_overwrites_and_adds_no_example_to_a_project(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "pyproject.toml").write_text("[tool.pytest.ini_options]\ntestpaths = ['x']\n")
    before = {name: (shipped / name).read_bytes() for name in _files(shipped)}
    result = run_cli("init", str(shipped))
    assert result.code == 0, result.err
    after = _files(shipped)
    for name, data in before.items():
        assert (shipped / name).read_bytes() == data, f"{name} was overwritten"
    # An existing project gets scaffolding only: no example seed, claim, and no pytest.ini
    # that would take the place of the configuration in pyproject.toml.
    assert after - set(before) == {
        "steps/README.md",
        ".pre-commit-config.yaml",
        ".github/workflows/factspec.yml",
        ".gitignore",
        "facts.schema.json",
        "COVERAGE.md",
    }
    assert "kept    pytest.ini (pytest is configured in pyproject.toml" in result.out
    assert "kept    facts.yaml (exists)" not in result.out  # not even tried: not an example
    again = run_cli("init", str(shipped))
    assert again.code == 0 and "\n0 files created in" in again.out
    assert not [line for line in again.out.splitlines() if line.startswith("created ")]


def test_init_refuses_a_file_for_a_folder(tmp_path: Path, run_cli: Callable[..., CliRun]) -> None:
    path = tmp_path / "file"
    path.write_text("x")
    result = run_cli("init", str(path))
    assert result.code == 2 and "not a folder" in result.err


def test_every_starter_file_is_package_data() -> None:
    """The template files are shipped (pyproject's package-data), not only in a checkout."""
    starter = Path(__import__("factspec").__file__).parent / "starter"
    assert {item.template for item in STARTERS} <= {p.name for p in starter.iterdir()}


def test_a_project_without_steps_runs_through_the_builtin_binding(tiny: Path) -> None:
    shutil.rmtree(tiny / "steps")
    result = run_pytest(tiny, "-rA")
    assert result.returncode == 0, result.stdout[-3000:]
    assert "3 passed" in result.stdout
