"""``factspec table`` and the reports: fresh, deterministic, and the same from both runners."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

from conftest import ROOT, CliRun, run_pytest
from factspec.gate.lock import write_lock
from factspec.model.cache import CACHE_DIR
from factspec.report.claimreview import rating_of
from factspec.report.markdown import MAX_GRID_SOURCES, render_terminal_table


def run_pytest_ok(project: Path, *args: str, env: dict[str, str] | None = None) -> str:
    completed = run_pytest(project, *args, env=env)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return completed.stdout


def test_committed_coverage_is_fresh(run_cli: Callable[..., CliRun], tmp_path: Path) -> None:
    """The committed COVERAGE.md is what the current corpus gives (this is CI's gate)."""
    committed = (ROOT / "COVERAGE.md").read_text(encoding="utf-8")
    result = run_cli("table", str(ROOT), "--format", "md", "--output", str(tmp_path / "c.md"))
    assert result.code == 0
    assert (tmp_path / "c.md").read_text(encoding="utf-8") == committed


def test_check_passes_on_a_fresh_copy(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    (shipped / "COVERAGE.md").write_bytes((ROOT / "COVERAGE.md").read_bytes())
    before = sorted(str(p.relative_to(shipped)) for p in shipped.rglob("*"))
    result = run_cli("table", str(shipped), "--check")
    assert result.code == 0, result.out
    assert result.out.strip() == "COVERAGE.md is up to date"
    # A check writes nothing but its git-ignored cache: no reports/ folder, no other file
    # left in the user's repository.
    after = sorted(str(p.relative_to(shipped)) for p in shipped.rglob("*"))
    assert [p for p in after if not p.startswith(CACHE_DIR)] == before
    assert not (shipped / "reports").exists()


def test_update_writes_every_report_as_an_ordinary_file(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    old = os.umask(0o022)
    try:
        assert run_cli("table", str(shipped), "--update").code == 0
    finally:
        os.umask(old)
    written = [shipped / "COVERAGE.md", *(shipped / "reports").iterdir()]
    assert sorted(p.name for p in written[1:]) == [
        "COVERAGE.md",
        "claimreview.jsonld",
        "coverage.csv",
        "coverage.html",
        "coverage.json",
    ]
    # mkstemp's 0600 must not survive the rename: 0666 under the umask 022 is 0644.
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in written[1:]} == {"0o644"}


def test_check_fails_after_a_seed_edit_naming_the_changed_cells(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "COVERAGE.md").write_bytes((ROOT / "COVERAGE.md").read_bytes())
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    text = seed.read_text(encoding="utf-8")
    # 004 now says 37 to 40 billion, like the July sources: the dispute with 004 is gone.
    seed.write_text(text.replace("zwischen 35 und 40", "zwischen 37 und 40"), encoding="utf-8")
    facts = shipped / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("zwischen 35 und 40", "zwischen 37 und 40"),
        encoding="utf-8",
    )
    write_lock(shipped)  # the edit was reviewed: only the verdicts may tell
    result = run_cli("table", str(shipped), "--check")
    assert result.code == 1
    lines = result.out.splitlines()
    assert lines[0] == "COVERAGE.md is stale — run `factspec table --update`, review and commit it"
    changed = [line for line in lines if line.startswith("changed cell: ")]
    # 004's April forecast is history for the undated claim on the July forecast (↺ either
    # way); only the claim dated April 2024 moves.
    assert changed == [
        "changed cell: In April 2024 Meta forecast 35 to 40 billion dollars of capital "
        "expenditure for 2024 × 004: ✔ → ✘",
    ]
    assert "--- COVERAGE.md (committed)" in result.out
    assert "+++ COVERAGE.md (from the current corpus)" in result.out


def test_update_writes_what_check_accepts(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    assert run_cli("table", str(shipped), "--update").code == 0
    assert run_cli("table", str(shipped), "--check").code == 0


def test_serial_and_xdist_reports_are_byte_identical(tmp_path: Path) -> None:
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    run_pytest_ok(ROOT, "features", f"--factspec-reports={serial}")
    run_pytest_ok(ROOT, "features", "-n", "2", f"--factspec-reports={parallel}")
    for name in ("COVERAGE.md", "coverage.json", "coverage.csv", "claimreview.jsonld"):
        assert (serial / name).read_bytes() == (parallel / name).read_bytes(), name
    assert (serial / "COVERAGE.md").read_bytes() == (ROOT / "COVERAGE.md").read_bytes()


def test_pytest_prints_the_table_and_fills_the_job_summary(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary)}
    out = run_pytest_ok(ROOT, "features", "--factspec-no-reports", "--factspec-table=all", env=env)
    assert "factspec coverage" in out
    assert "Llama 4 needs about ten times Llama 3's GPUs" in out
    assert "63 claims: 63 passed, 0 failed" in out
    assert (
        summary.read_text(encoding="utf-8")
        == (ROOT / "COVERAGE.md").read_text(encoding="utf-8") + "\n"
    )


def test_one_topic_runs_alone_with_claim_test_ids(tmp_path: Path) -> None:
    out = run_pytest_ok(ROOT, "features/capex.feature", "--collect-only", "-q")
    ids = [line for line in out.splitlines() if "::" in line]
    assert ids[0] == (
        "features/capex.feature::Meta expects 37 to 40 billion dollars of capital expenditure "
        "in 2024"
    )
    assert all(line.startswith("features/capex.feature::") for line in ids)


def test_disputed_marker_selects_and_is_registered() -> None:
    out = run_pytest_ok(
        ROOT,
        "features",
        "-m",
        "disputed",
        "-q",
        "-W",
        "error::pytest.PytestUnknownMarkWarning",
        "--factspec-no-reports",
    )
    assert "2 passed, 61 deselected" in out
    assert "partial run (2 of 63 claims): reports not written" in out


def test_json_report_has_the_documented_shape(run_cli: Callable[..., CliRun]) -> None:
    result = run_cli("table", str(ROOT), "--format", "json")
    model = json.loads(result.out)
    assert model["schema"] == 3
    assert len(model["fingerprint"]) == 64
    assert {"id", "file", "title", "published"} <= set(model["sources"][0])
    claim = next(c for c in model["claims"] if c["title"].startswith("Llama 4 needs about ten"))
    assert {"title", "feature", "tags", "status", "judged", "verdicts", "cells"} <= set(claim)
    # Only the speaking sources are listed: 000, 003 and 004 are silent on this claim.
    assert claim["judged"] is True
    assert claim["verdicts"] == {"001": "SUPPORTS", "002": "SUPPORTS"}
    assert model["totals"]["000"]["SILENT"] >= 1
    [cell] = [c for c in claim["cells"] if c["source"] == "002"]
    assert {e["quote"] for e in cell["evidence"]} >= {
        "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden, sollen für "
        "Llama 4 fast zehnmal so viele, also rund 160.000 GPUs, benötigt werden."
    }
    assert {c["fact"] for c in model["conflicts"]} == {"capex_forecast_2024"}
    assert model["coverage"]["001"] == {"figures": 14, "covered": 13, "ignored": 1, "uncovered": []}


def test_csv_has_one_row_per_claim_and_speaking_source(run_cli: Callable[..., CliRun]) -> None:
    rows = list(csv.DictReader(io.StringIO(run_cli("table", str(ROOT), "--format", "csv").out)))
    model = json.loads(run_cli("table", str(ROOT), "--format", "json").out)
    cells = [(c["title"], cell["source"]) for c in model["claims"] for cell in c["cells"]]
    assert [(r["claim"], r["source"]) for r in rows] == cells
    assert len({r["claim"] for r in rows}) == 63, "a claim is missing from the CSV"
    assert len(rows) < 63 * 5, "a silent source got a row"
    row = next(
        r for r in rows if r["claim"] == "Llama 4 needs about 160,000 GPUs" and r["source"] == "001"
    )
    assert (row["verdict"], row["hedged"]) == ("SUPPORTS", "yes")


def test_claimreview_rates_each_claim_from_its_verdicts(run_cli: Callable[..., CliRun]) -> None:
    reviews = json.loads(run_cli("table", str(ROOT), "--format", "claimreview").out)
    assert len(reviews) == 63
    by_claim = {review["claimReviewed"]: review for review in reviews}
    disputed = by_claim["Meta expects 37 to 40 billion dollars of capital expenditure in 2024"]
    assert disputed["@type"] == "ClaimReview"
    assert disputed["reviewRating"]["alternateName"] == "Disputed: sources disagree"
    supported = by_claim["Llama 4 needs about ten times Llama 3's GPUs"]
    assert supported["reviewRating"]["ratingValue"] == 5
    assert [a["identifier"] for a in supported["itemReviewed"]["appearance"]] == ["001", "002"]


def test_rating_of_an_unsupported_claim() -> None:
    claim = {"verdicts": {"a": "COMPATIBLE"}, "supporters": []}
    assert rating_of(claim) == "unsupported"
    assert rating_of({"verdicts": {"a": "REFUTES"}, "supporters": []}) == "refuted"


def _record(title: str, verdicts: dict[str, str], *, judged: bool = True) -> dict[str, object]:
    supporters = [s for s, v in verdicts.items() if v == "SUPPORTS"]
    return {
        "title": title,
        "feature": "features/wide.feature",
        "line": 3,
        "tags": [],
        "status": "passed" if supporters else "failed",
        "supporters": supporters,
        "judged": judged,
        "verdicts": verdicts,
        "hedged": [],
    }


def test_a_wide_corpus_lists_each_claims_speaking_sources_not_a_column_each() -> None:
    sources = [{"id": f"s{i:02d}"} for i in range(MAX_GRID_SOURCES + 1)]
    model = {
        "sources": sources,
        "claims": [
            _record("Spoken of", {"s03": "SUPPORTS", "s07": "REFUTES", "s09": "SILENT"}),
            _record("Unreadable", {}, judged=False),
        ],
        "summary": {"claims": 2, "passed": 1, "failed": 1},
    }
    table = render_terminal_table(model)
    assert f"speaking sources (the other of {len(sources)} silent)" in table
    spoken = next(line for line in table.splitlines() if line.startswith("Spoken of"))
    assert "s03✔ s07✘" in spoken
    assert "s09" not in spoken and "s00" not in spoken
    assert "! not judged" in next(line for line in table.splitlines() if "Unreadable" in line)


def test_a_narrow_corpus_keeps_a_column_per_source() -> None:
    sources = [{"id": f"s{i:02d}"} for i in range(MAX_GRID_SOURCES)]
    model = {
        "sources": sources,
        "claims": [_record("Spoken of", {"s03": "SUPPORTS"})],
        "summary": {"claims": 1, "passed": 1, "failed": 0},
    }
    header = render_terminal_table(model).splitlines()[0]
    assert header.split()[2:-2] == [s["id"] for s in sources]
    row = render_terminal_table(model).splitlines()[2]
    assert row.split()[3:6] == ["·", "·", "·"] and row.split()[6] == "✔"
