"""One grammar, two runners: pytest-bdd and ``factspec check`` give identical verdicts."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from conftest import run_pytest
from factspec.judge.checker import check_project

ROOT = Path(__file__).resolve().parent.parent


def pytest_verdicts(project: Path, tmp_path: Path, *args: str) -> list[dict[str, object]]:
    """Run the project's claims under pytest-bdd in a fresh process; return what it recorded."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    out = tmp_path / "verdicts.json"
    completed = run_pytest(
        project, "features", "-q", f"--factspec-verdicts={out}", "--factspec-no-reports", *args
    )
    assert completed.returncode in (0, 1), completed.stdout + completed.stderr
    return json.loads(out.read_text(encoding="utf-8"))


def check_verdicts(project: Path) -> list[dict[str, object]]:
    return sorted(check_project(project).records(), key=lambda r: str(r["id"]))


def test_runners_agree_on_the_shipped_project(tmp_path: Path) -> None:
    by_pytest = pytest_verdicts(ROOT, tmp_path)
    by_check = check_verdicts(ROOT)
    assert len(by_check) >= 40
    assert by_pytest == by_check


def test_runners_agree_on_a_second_project(tiny: Path, tmp_path: Path) -> None:
    by_pytest = pytest_verdicts(tiny, tmp_path)
    by_check = check_verdicts(tiny)
    assert {r["title"]: r["verdicts"] for r in by_check} == {
        # b gives Falke's GPUs only: completed with a's figure for Adler (corpus completion).
        "Falke needs about ten times Adler's GPUs": {"a": "SUPPORTS", "b": "COMPATIBLE"},
        "Falke needs about 160,000 GPUs": {"a": "SUPPORTS", "b": "COMPATIBLE"},
        "The forecast is 37 to 40 billion dollars": {"a": "SUPPORTS", "b": "REFUTES"},
    }
    assert {r["title"]: r["hedged"] for r in by_check}["Falke needs about 160,000 GPUs"] == ["b"]
    assert {r["title"]: r["completed"] for r in by_check} == {
        "Falke needs about ten times Adler's GPUs": ["b"],
        "Falke needs about 160,000 GPUs": [],
        "The forecast is 37 to 40 billion dollars": [],
    }
    assert by_pytest == by_check


def test_runners_agree_when_claims_fail(tiny: Path, tmp_path: Path) -> None:
    """Agreement must hold for failing claims too, not only for a green suite."""
    feature = tiny / "features" / "tiny.feature"
    feature.write_text(
        feature.read_text(encoding="utf-8").replace("@disputed\n", ""), encoding="utf-8"
    )
    by_pytest = pytest_verdicts(tiny, tmp_path)
    by_check = check_verdicts(tiny)
    statuses = {r["title"]: r["status"] for r in by_check}
    assert statuses["The forecast is 37 to 40 billion dollars"] == "failed"
    assert sorted(statuses.values()) == ["failed", "passed", "passed"]
    assert by_pytest == by_check


def test_xdist_records_the_same_verdicts(tmp_path: Path) -> None:
    serial = pytest_verdicts(ROOT, tmp_path / "serial")
    parallel = pytest_verdicts(ROOT, tmp_path / "parallel", "-n", "2")
    # Two runs that record nothing agree too: both must hold every claim the checker judges.
    assert len(serial) >= 40
    assert serial == check_verdicts(ROOT)
    assert parallel == serial


def test_design_card_claim_verdicts_are_exact() -> None:
    """GPU sources support "ten times Llama 3's GPUs"; the compute-only source stays silent."""
    report = check_project(ROOT)
    [result] = [
        r for r in report.results if r.claim.title == "Llama 4 needs about ten times Llama 3's GPUs"
    ]
    verdicts = {sid: verdict.name for sid, verdict in report.checker.verdicts(result).items()}
    assert verdicts == {
        "000": "SILENT",
        "001": "SUPPORTS",
        "002": "SUPPORTS",
        "003": "SILENT",
        "004": "SILENT",
    }
    assert result.passed


def test_the_junit_property_is_the_record_as_compact_json(tiny: Path, tmp_path: Path) -> None:
    junit = tmp_path / "junit.xml"
    completed = run_pytest(tiny, "features", "-q", "--factspec-no-reports", f"--junitxml={junit}")
    assert completed.returncode == 0, completed.stdout[-2000:]
    values = [
        prop.attrib["value"]
        for prop in ElementTree.parse(junit).getroot().iter("property")
        if prop.attrib["name"] == "factspec_result"
    ]
    assert len(values) == 3
    records = sorted((json.loads(value) for value in values), key=lambda r: str(r["id"]))
    assert records == check_verdicts(tiny)
    compact = [json.dumps(json.loads(v), ensure_ascii=False, separators=(",", ":")) for v in values]
    assert values == compact  # JSON, not a Python repr; no padding


def test_a_claim_is_reported_at_its_scenario(tiny: Path, tmp_path: Path) -> None:
    feature = tiny / "features" / "tiny.feature"
    feature.write_text(
        feature.read_text(encoding="utf-8").replace("@disputed\n", ""), encoding="utf-8"
    )
    junit = tmp_path / "junit.xml"
    completed = run_pytest(
        tiny,
        "features",
        "--factspec-no-reports",
        f"--junitxml={junit}",
        "-o",
        "junit_family=xunit1",  # the family that writes file and line
    )
    assert completed.returncode == 1
    cases = {
        case.attrib["name"]: (case.attrib.get("file"), case.attrib.get("line"))
        for case in ElementTree.parse(junit).getroot().iter("testcase")
    }
    # The failing claim's scenario is at line 9 of the file (line attributes count from 0).
    assert cases["The forecast is 37 to 40 billion dollars"] == ("features/tiny.feature", "8")
    assert "plugin.py" not in completed.stdout
    assert "features/tiny.feature:9: The forecast is 37 to 40 billion dollars" in completed.stdout
