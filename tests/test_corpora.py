"""The real-world corpora: projects built from public pages as a new user would build them.

Each folder of ``tests/corpora/`` is a whole factspec project (seeds saved verbatim from
public pages, a curated facts.yaml, a lock, features) on a topic far from the shipped one,
with its own NOTES.md (pages used, counts, every disagreement and how it was resolved). Every
claim carries the outcome its writer expected, set down before factspec was first run on it
(``@expect_pass`` / ``@expect_fail``, the tag convention of tests/soundness/claims/).

The corpora are the acceptance of issue 15 for text the engine was not built on: lint clean
(every figure read, or ignored with a reason), no false claim passing, no true claim failing,
in ``factspec check`` and in pytest alike.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

from conftest import run_pytest
from factspec.gate.lint import lint_project
from factspec.judge.checker import check_project

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "tests" / "corpora"
PROJECTS = sorted(path.parent for path in CORPORA.glob("*/facts.yaml"))
EXPECTATIONS = {"expect_pass": "passed", "expect_fail": "failed"}


def _expected(record: dict[str, object]) -> str:
    tags = [str(tag) for tag in record["tags"] if tag in EXPECTATIONS]  # type: ignore[union-attr]
    assert len(tags) == 1, f"{record['title']!r} needs exactly one of @expect_pass/@expect_fail"
    return EXPECTATIONS[tags[0]]


def _records(project: Path) -> dict[str, dict[str, object]]:
    records = check_project(project).records()
    titles = Counter(str(record["title"]) for record in records)
    assert [title for title, count in titles.items() if count > 1] == []
    return {str(record["title"]): record for record in records}


def test_there_are_three_corpora_in_both_languages() -> None:
    assert len(PROJECTS) >= 3, [path.name for path in PROJECTS]
    languages = set()
    for project in PROJECTS:
        text = (project / "facts.yaml").read_text(encoding="utf-8")
        languages |= {lang for lang in ("de", "en") if f"language: {lang}" in text}
    assert languages == {"de", "en"}


@pytest.mark.parametrize("project", PROJECTS, ids=[path.name for path in PROJECTS])
def test_the_corpus_is_lint_clean(project: Path) -> None:
    report = lint_project(project)
    assert [str(finding) for finding in report.findings] == []
    assert report.facts >= 10


@pytest.mark.parametrize("project", PROJECTS, ids=[path.name for path in PROJECTS])
def test_enough_claims_and_a_third_of_them_false(project: Path) -> None:
    expected = Counter(_expected(record) for record in _records(project).values())
    assert expected["passed"] + expected["failed"] >= 40
    assert 3 * expected["failed"] >= expected["passed"] + expected["failed"]
    assert expected["passed"] >= 10


@pytest.mark.parametrize("project", PROJECTS, ids=[path.name for path in PROJECTS])
def test_every_claim_has_its_expected_outcome(project: Path) -> None:
    wrong = {
        title: (record["status"], record["reasons"])
        for title, record in _records(project).items()
        if record["status"] != _expected(record)
    }
    assert wrong == {}


@pytest.mark.parametrize("project", PROJECTS, ids=[path.name for path in PROJECTS])
def test_pytest_gives_every_claim_the_same_outcome(project: Path, tmp_path: Path) -> None:
    # In a copy: a pytest run writes the project's reports.
    copy = tmp_path / project.name
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("__pycache__", "reports"))
    junit = tmp_path / "junit.xml"
    completed = run_pytest(copy, "-q", "--factspec-no-reports", f"--junitxml={junit}")
    assert completed.returncode in (0, 1), completed.stdout[-2000:] + completed.stderr[-2000:]
    outcomes: dict[str, str] = {}
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        children = {child.tag for child in case}
        if children & {"failure", "error"}:
            outcomes[case.attrib["name"]] = "failed"
        elif "skipped" in children:
            outcomes[case.attrib["name"]] = "skipped"  # never acceptable for a claim
        else:
            outcomes[case.attrib["name"]] = "passed"
    records = _records(project)
    assert set(outcomes) == set(records)
    assert {
        title: (outcomes[title], _expected(record))
        for title, record in records.items()
        if outcomes[title] != _expected(record)
    } == {}
