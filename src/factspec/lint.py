"""The curator's check of a project folder: everything facts.yaml says, proven against seeds/.

Findings are what a curator must fix (exit 1); input the engine cannot use at all raises
`FactspecError` (exit 2). The two are kept apart so a CI gate can tell "the facts are wrong"
from "the project is broken".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factspec.coverage import CorpusCoverage, corpus_coverage, coverage_problems
from factspec.problems import Problem
from factspec.project import SEEDS_DIR, Project


@dataclass(frozen=True)
class LintReport:
    """What lint found, and the corpus coverage it measured."""

    findings: tuple[Problem, ...]
    coverage: CorpusCoverage
    facts: int
    evidence: int

    @property
    def clean(self) -> bool:
        return not self.findings


def lint_project(root: Path) -> LintReport:
    """Lint the project at ``root``; raise `FactspecError` when it cannot be read at all."""
    project = Project.load(root)
    findings = list(project.findings)
    findings.extend(
        Problem(
            f"{SEEDS_DIR}/{name}",
            None,
            "source file is not registered in facts.yaml",
            "add it under sources: (id, file, title, language, published) and curate its "
            "figures, or remove the file",
        )
        for name in project.unregistered_seed_files()
    )
    findings.extend(project.missing_sources())
    coverage = corpus_coverage(project.factbase, project.texts, project.evidence)
    findings.extend(coverage_problems(coverage, project.texts))
    evidence_count = sum(len(fact.evidence) for fact in project.factbase.facts)
    return LintReport(
        findings=tuple(sorted(findings, key=_order)),
        coverage=coverage,
        facts=len(project.factbase.facts),
        evidence=evidence_count,
    )


def _order(problem: Problem) -> tuple[str, int, int]:
    return (problem.path, problem.line or 0, problem.column or 0)
