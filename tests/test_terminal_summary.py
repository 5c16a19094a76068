"""The terminal table beyond 50 claims: the totals, the failing and disputed claims, and where
the whole table is; ``--factspec-table=all`` (and ``factspec table``) list every claim."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from conftest import run_pytest
from factspec.report.markdown import MAX_TABLE_CLAIMS, render_terminal_table


def _claim(number: int, *, status: str = "passed", tags: tuple[str, ...] = ()) -> dict[str, Any]:
    return {
        "title": f"Claim number {number}",
        "feature": "features/many.feature",
        "line": number,
        "tags": list(tags),
        "status": status,
        "supporters": ["a"] if status == "passed" else [],
        "judged": True,
        "verdicts": {"a": "SUPPORTS" if status == "passed" else "REFUTES"},
        "hedged": [],
    }


def _model(claims: list[dict[str, Any]]) -> dict[str, Any]:
    failed = sum(claim["status"] != "passed" for claim in claims)
    return {
        "sources": [{"id": "a"}],
        "claims": claims,
        "summary": {"claims": len(claims), "passed": len(claims) - failed, "failed": failed},
    }


def _listed(table: str) -> list[str]:
    return [line.split("  ")[0] for line in table.splitlines() if line.startswith("Claim number")]


def test_beyond_fifty_claims_only_the_failing_and_disputed_are_listed() -> None:
    claims = [_claim(n) for n in range(1, 61)]
    claims[9] = _claim(10, status="failed")
    claims[19] = _claim(20, tags=("disputed",))
    table = render_terminal_table(_model(claims))
    assert _listed(table) == ["Claim number 10", "Claim number 20"]
    assert "60 claims: 59 passed, 1 failed, 1 disputed" in table
    assert "Listed: the 2 failing or disputed of 60 claims. Every claim is in COVERAGE.md" in table
    assert "--factspec-table=all" in table
    assert len(_listed(render_terminal_table(_model(claims), full=True))) == 60


def test_beyond_fifty_claims_all_passing_lists_none() -> None:
    table = render_terminal_table(_model([_claim(n) for n in range(1, 52)]))
    assert _listed(table) == []
    assert "no claim of 51 fails or is disputed" in table


def test_up_to_fifty_claims_every_claim_is_listed() -> None:
    claims = [_claim(n) for n in range(1, MAX_TABLE_CLAIMS + 1)]
    table = render_terminal_table(_model(claims))
    assert len(_listed(table)) == MAX_TABLE_CLAIMS
    assert "COVERAGE.md" not in table


def test_pytest_summary_of_the_shipped_63_claims(shipped: Path) -> None:
    title = "Llama 4 needs about ten times Llama 3's GPUs"
    short = run_pytest(shipped, "-q", "--factspec-no-reports")
    assert short.returncode == 0, short.stdout[-2000:]
    summary = short.stdout.split("factspec coverage", 1)[1]
    assert title not in summary
    assert "63 claims: 63 passed, 0 failed, 2 disputed" in summary
    assert "Meta expects 37 to 40 billion dollars of capital expenditur" in summary  # disputed
    full = run_pytest(shipped, "-q", "--factspec-no-reports", "--factspec-table=all")
    assert title in full.stdout.split("factspec coverage", 1)[1]
