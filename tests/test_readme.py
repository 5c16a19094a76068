"""The README's quick start is the contract with users: two commands, and CI runs the second."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def quick_start_commands() -> list[str]:
    """The commands in the fenced code block under the README's "Quick start" heading."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Quick start", 1)[1]
    block = re.search(r"```(?:sh|bash|console)?\n(.*?)```", section, re.DOTALL)
    assert block, "the Quick start section has no fenced code block"
    return [line.strip() for line in block.group(1).splitlines() if line.strip()]


def test_quick_start_holds_exactly_two_commands() -> None:
    commands = quick_start_commands()
    assert len(commands) == 2, commands
    suite, tests = commands
    assert suite.startswith("pip install -e .") and suite.endswith("factspec table")
    assert tests.startswith('pip install -e ".[test]"') and tests.endswith("pytest")


def test_ci_runs_the_readme_test_command() -> None:
    """CI must test what users run: the same pytest invocation, after installing the test extra."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    run = quick_start_commands()[1].split(" && ")[-1]
    assert ".[test" in ci and "pip install" in ci
    assert re.search(rf"^{re.escape(run)}$", ci, re.MULTILINE), f"CI does not run `{run}`"
