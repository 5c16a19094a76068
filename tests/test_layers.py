"""The layers contract: stages import only downward, and only the plugin imports pytest.

`lint-imports` reads the contract from pyproject.toml. The second test breaks the layering on
purpose in a copy of the package and asserts that the contract names the offending import.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")


def _lint_imports(tree: Path) -> subprocess.CompletedProcess[str]:
    """Run the contract over ``tree/src/factspec`` (and nothing installed elsewhere)."""
    environment = {**os.environ, "PYTHONPATH": str(tree / "src")}
    return subprocess.run(
        [LINT_IMPORTS, "--config", str(tree / "pyproject.toml"), "--no-cache"],
        cwd=tree,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def _copy(tmp_path: Path) -> Path:
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "src", tree / "src", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "pyproject.toml", tree / "pyproject.toml")
    return tree


def test_the_stages_keep_their_layers(tmp_path: Path) -> None:
    result = _lint_imports(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def _broken(tmp_path: Path, module: str, line: str) -> subprocess.CompletedProcess[str]:
    """The contract run on a copy of the package with ``line`` added to ``module``."""
    tree = _copy(tmp_path)
    path = tree / "src" / "factspec" / module
    path.write_text(path.read_text() + f"\n{line}  # noqa: E402,F401\n")
    return _lint_imports(tree)


def test_an_upward_import_breaks_the_contract(tmp_path: Path) -> None:
    result = _broken(tmp_path, "read/units.py", "from factspec.gate import lint")
    assert result.returncode == 1
    assert "factspec.read is not allowed to import factspec.gate" in result.stdout
    assert "factspec.read.units -> factspec.gate.lint" in result.stdout


def test_pytest_is_imported_by_the_plugin_only(tmp_path: Path) -> None:
    result = _broken(tmp_path, "judge/checker.py", "import pytest")
    assert result.returncode == 1
    assert "factspec.judge.checker -> pytest" in result.stdout
