"""The benchmark's corpus generator makes a project factspec accepts as it stands.

bench/run.py measures nothing if the generated project fails to lint or check: every figure
would then time an error path. These tests keep the generator honest at a small size.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from conftest import ROOT, CliRun
from factspec.judge.checker import check_project


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bench") / "project"
    _generator().generate(root, sources=12, evidence=150, claims=48, seed=7)
    return root


def test_a_generated_project_lints_clean_and_every_claim_passes(
    generated: Path, run_cli: Callable[..., CliRun]
) -> None:
    lint = run_cli("lint", str(generated))
    assert lint.code == 0, lint.out + lint.err
    check = run_cli("check", str(generated))
    assert check.code == 0, check.out + check.err
    assert "48 passed, 0 failed" in check.out


def test_a_generated_project_has_both_languages_and_disputed_claims(generated: Path) -> None:
    report = check_project(generated)
    languages = {source.language for source in report.project.factbase.sources}
    assert languages == {"de", "en"}
    disputed = [r for r in report.results if r.claim.disputed]
    assert disputed, "no @disputed claim: the benchmark would not time refutations"
    assert all(r.outcome.refuters for r in disputed)
    assert len(report.project.evidence) == 150


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    generate = _generator().generate
    generate(tmp_path / "one", sources=4, evidence=40, claims=8, seed=3)
    generate(tmp_path / "two", sources=4, evidence=40, claims=8, seed=3)
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*.*"))
    assert files
    for name in files:
        if name.suffix in {".yaml", ".txt", ".feature", ".lock"}:
            assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


@pytest.mark.parametrize("files", [3, 7, 40])
def test_a_split_generated_project_has_facts_in_every_file(
    tmp_path: Path, run_cli: Callable[..., CliRun], files: int
) -> None:
    """--fact-files K: every topic file holds facts (ceiling-sized chunks of 54 facts left 13
    of 40 files empty, which the schema refuses), and the split project checks clean."""
    root = tmp_path / "split"
    _generator().generate(root, sources=12, evidence=150, claims=48, seed=7, fact_files=files)
    topics = sorted((root / "facts").glob("*.yaml"))
    assert len(topics) == files
    assert all("  - id: " in path.read_text(encoding="utf-8") for path in topics)
    check = run_cli("check", str(root))
    assert check.code == 0, check.out + check.err
    assert "48 passed, 0 failed" in check.out


def test_more_fact_files_than_facts_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^cannot split 54 facts over 55 files$"):
        _generator().generate(
            tmp_path / "p", sources=12, evidence=150, claims=48, seed=7, fact_files=55
        )
