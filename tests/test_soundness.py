"""The soundness suite: false claims must fail and true controls must pass, in both runners.

The claims in ``tests/soundness/claims/`` were written from the seeds by a writer who never
saw the engine, each with its expected outcome (``@expect_fail`` / ``@expect_pass``) and a
class tag (``@cls_…``) set down before factspec was run on it. They are judged against the
shipped facts and seeds, in a copy of the project whose ``features/`` holds only them, so the
shipped coverage table stays the real one.

Where the engine and the writer disagreed, one of them was wrong. Where the expectation broke
DESIGN.md's rules, it was corrected in place with a ``# corrected after the run:`` line saying
why. Where the engine is wrong and not yet fixed, the claim is tagged ``@known_gap`` with the
reason: it is asserted to still pass (wrongly), so the day the gap is closed this test says so
and the tag comes off. docs/VERDICTS.md lists the gaps.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path

import pytest

from conftest import run_pytest
from factspec.judge.checker import check_project

ROOT = Path(__file__).resolve().parent.parent
CLAIMS = ROOT / "tests" / "soundness" / "claims"
EXPECTATIONS = ("expect_pass", "expect_fail")
KNOWN_GAP = "known_gap"


def _soundness_project(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy2(ROOT / "facts.yaml", folder / "facts.yaml")
    shutil.copy2(ROOT / "factspec.lock", folder / "factspec.lock")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    shutil.copytree(ROOT / "steps", folder / "steps", ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "features").mkdir()
    for feature in sorted(CLAIMS.glob("*.feature")):
        shutil.copy2(feature, folder / "features" / feature.name)
    (folder / "pytest.ini").write_text("[pytest]\ntestpaths = features\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _soundness_project(tmp_path_factory.mktemp("soundness") / "project")


# Judged in each test, not once per module: the engine's mutation run gives a mutant only the
# tests that reached its function, and a module-wide result reaches it in the first test only.
@pytest.fixture
def by_check(project: Path) -> dict[str, dict[str, object]]:
    return {str(record["title"]): record for record in check_project(project).records()}


def _expected(record: dict[str, object]) -> str:
    tags = [tag for tag in record["tags"] if tag in EXPECTATIONS]  # type: ignore[union-attr]
    assert len(tags) == 1, f"{record['title']!r} needs exactly one of @expect_pass/@expect_fail"
    return "passed" if tags[0] == "expect_pass" else "failed"


def test_the_suite_is_large_enough(by_check: dict[str, dict[str, object]]) -> None:
    expected = Counter(_expected(record) for record in by_check.values())
    assert expected["failed"] >= 150
    assert expected["passed"] >= 40
    classes = Counter(
        tag for record in by_check.values() for tag in record["tags"] if tag.startswith("cls_")
    )
    for wanted in ("scale", "separator", "qualifier", "bound", "range", "negation", "time"):
        assert classes[f"cls_{wanted}"] > 0, wanted
    for wanted in ("to_by", "derived", "title", "tags"):
        assert classes[f"cls_{wanted}"] > 0, wanted


def test_no_false_claim_passes_and_no_control_fails_in_factspec_check(
    by_check: dict[str, dict[str, object]],
) -> None:
    wrong = {
        title: (record["status"], record["reasons"])
        for title, record in by_check.items()
        if KNOWN_GAP not in record["tags"] and record["status"] != _expected(record)
    }
    assert wrong == {}


def test_known_gaps_are_still_open(by_check: dict[str, dict[str, object]]) -> None:
    gaps = {title: record for title, record in by_check.items() if KNOWN_GAP in record["tags"]}
    assert all(_expected(record) == "failed" for record in gaps.values())
    closed = sorted(title for title, record in gaps.items() if record["status"] == "failed")
    assert closed == [], "these gaps are closed now: remove their @known_gap tag"
    assert len(gaps) <= 12  # a new gap is a defect to fix, not a tag to add


def test_pytest_gives_every_claim_the_same_outcome(
    project: Path, by_check: dict[str, dict[str, object]], tmp_path: Path
) -> None:
    junit = tmp_path / "junit.xml"
    completed = run_pytest(project, "-q", "--factspec-no-reports", f"--junitxml={junit}")
    assert completed.returncode == 1, completed.stdout[-2000:] + completed.stderr[-2000:]
    outcomes: dict[str, str] = {}
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        children = {child.tag for child in case}
        if children & {"failure", "error"}:
            outcome = "failed"
        elif "skipped" in children:
            outcome = "skipped"  # pytest's skip or xfail: never acceptable for a claim
        else:
            outcome = "passed"
        outcomes[case.attrib["name"]] = outcome
    assert set(outcomes) == set(by_check)
    differing = {
        title: (outcomes[title], record["status"])
        for title, record in by_check.items()
        if outcomes[title] != record["status"]
    }
    assert differing == {}
