"""Shared fixtures: copies of the shipped project, a tiny second project, and the CLI."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

from factspec.cli import main
from factspec.gate.lock import write_lock

ROOT = Path(__file__).resolve().parent.parent

# The engine's mutation run (docs/TESTING.md) must judge every mutant alike: the same examples
# each time, and no example database carrying one mutant's failures over to the next.
settings.register_profile("mutation", derandomize=True, database=None)


@dataclass(frozen=True)
class CliRun:
    code: int
    out: str
    err: str


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """Run ``factspec ARGS`` in-process and capture what it prints."""

    def run(*args: str) -> CliRun:
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


def run_pytest(
    project: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """pytest in a fresh process inside ``project`` (its own rootdir, plugin and features)."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env=env,
    )


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    """A private copy of the shipped project (facts, seeds, features) to break on purpose."""
    project = tmp_path / "project"
    project.mkdir()
    shutil.copy2(ROOT / "facts.yaml", project / "facts.yaml")
    shutil.copy2(ROOT / "factspec.lock", project / "factspec.lock")
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "features", project / "features")
    return project


TINY_SEEDS = {
    "a.txt": """\
        Falke braucht mehr Rechner
        Für das Training von Adler wurden etwa 16.000 GPUs verwendet.
        Für Falke sollen es fast zehnmal so viele sein, also rund 160.000 GPUs.
        Die Ausgaben sollen sich im laufenden Jahr auf 37 bis 40 Milliarden US-Dollar belaufen.
        """,
    "b.txt": """\
        Falcon needs more computers
        Analysts think the company will probably need some 170,000 GPUs for Falcon.
        The company expects to spend between $35 billion and $40 billion this year.
        """,
}

TINY_FACTS = """\
    version: 1
    sources:
      - id: a
        file: a.txt
        title: Falke braucht mehr Rechner
        language: de
        published: "2024-08"
      - id: b
        file: b.txt
        title: Falcon needs more computers
        language: en
        published: "2024-04"
    facts:
      - id: gpus_adler
        description: GPUs used to train Adler
        kind: point
        unit: gpu
        evidence:
          - source: a
            quote: "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."
      - id: gpus_falke
        description: GPUs needed to train Falke
        kind: point
        unit: gpu
        evidence:
          - source: a
            quote: "Für Falke sollen es fast zehnmal so viele sein, also rund 160.000 GPUs."
            reads: "rund 160.000 GPUs"
          - source: b
            quote: "Analysts think the company will probably need some 170,000 GPUs for Falcon."
            hedged: true
            attributed_to: analysts
      - id: gpus_falke_vs_adler
        description: Falke's GPUs as a multiple of Adler's
        kind: point
        unit: times
        ratio_of: [gpus_falke, gpus_adler]
        evidence:
          - source: a
            quote: "Für Falke sollen es fast zehnmal so viele sein, also rund 160.000 GPUs."
            reads: "fast zehnmal so viele"
      - id: spend_forecast
        description: Spending forecast for the current year
        kind: range
        unit: usd
        evidence:
          - source: a
            quote: "im laufenden Jahr auf 37 bis 40 Milliarden US-Dollar"
          - source: b
            quote: "The company expects to spend between $35 billion and $40 billion this year."
    """

TINY_FEATURE = """\
    Feature: Tiny
      Scenario: Falke needs about ten times Adler's GPUs
        Then gpus_falke is about 10 times gpus_adler

      Scenario: Falke needs about 160,000 GPUs
        Then gpus_falke is about 160,000 GPUs
        And source a supports it

      @disputed
      Scenario: The forecast is 37 to 40 billion dollars
        Source b gives the older forecast of 35 to 40 billion dollars, source a the newer one.

        Then spend_forecast is 37 to 40 billion dollars
    """


def write_project(
    root: Path, *, facts: str, seeds: dict[str, str], features: dict[str, str]
) -> Path:
    """Write a project folder from texts (dedented), with the pytest-bdd bindings of this repo."""
    (root / "seeds").mkdir(parents=True)
    (root / "features").mkdir()
    (root / "facts.yaml").write_text(textwrap.dedent(facts), encoding="utf-8")
    for name, text in seeds.items():
        (root / "seeds" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    for name, text in features.items():
        (root / "features" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    shutil.copytree(ROOT / "steps", root / "steps", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "pytest.ini").write_text("[pytest]\ntestpaths = features\n", encoding="utf-8")
    write_lock(root)
    return root


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """A small second project: two sources (de, en), four facts, three claims."""
    return write_project(
        tmp_path / "tiny",
        facts=TINY_FACTS,
        seeds=TINY_SEEDS,
        features={"tiny.feature": TINY_FEATURE},
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """After a run that included the conformance ratchet, print its score table (the
    workers of a parallel run cannot print; this runs where the report is written)."""
    ran = any(
        "test_conformance.py" in getattr(report, "nodeid", "")
        for reports in terminalreporter.stats.values()
        for report in reports
    )
    if not ran:
        return
    from conformance.measure import load_corpus, measure, score_table

    cases = load_corpus()
    terminalreporter.section("conformance corpus (tests/conformance/README.md)")
    terminalreporter.write_line(score_table(cases, measure(cases)))
