"""``factspec suggest`` drafts an entry for every figure no fact accounts for; pasted as
printed, the drafts account for a new source added to the shipped corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from conftest import CliRun
from factspec.gate.lint import lint_project
from factspec.gate.lock import write_lock

NEW_SEED = (
    "Meta plant neue Rechenzentren\n"
    "Für das Training von Llama 4 sollen rund 160.000 GPUs nötig sein. "
    "Die Investitionen sollen 2025 bei 60 bis 65 Milliarden Dollar liegen.\n"
    "Das Unternehmen beschäftigt rund 70.000 Mitarbeiter und 12.000 Praktikanten.\n"
)


def _drafts(run_cli: Callable[..., CliRun], project: Path, *args: str) -> dict[str, Any]:
    result = run_cli("suggest", str(project), *args)
    assert result.code == 0, result.err
    drafts = yaml.safe_load(result.out) or {}  # only comments: nothing drafted
    assert isinstance(drafts, dict), result.out
    return drafts


def _paste(project: Path, drafts: dict[str, Any], published: str) -> None:
    """What a curator does: the drafted source (dated), units, evidence and new facts."""
    facts = yaml.safe_load((project / "facts.yaml").read_text(encoding="utf-8"))
    for source in drafts.get("sources", []):
        facts["sources"].append({**source, "published": published})
    facts.setdefault("units", []).extend(drafts.get("units", []))
    by_id = {fact["id"]: fact for fact in facts["facts"]}
    for draft in drafts["facts"]:
        if draft["id"] in by_id:
            by_id[draft["id"]]["evidence"].extend(draft["evidence"])
        else:
            facts["facts"].append(draft)
    text = yaml.safe_dump(facts, allow_unicode=True, sort_keys=False)
    (project / "facts.yaml").write_text(text, encoding="utf-8")


def test_suggest_drafts_every_figure_of_a_new_source(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "seeds" / "005_neu.txt").write_text(NEW_SEED, encoding="utf-8")
    before = (shipped / "facts.yaml").read_bytes()
    drafts = _drafts(run_cli, shipped, "--source", "005")
    assert (shipped / "facts.yaml").read_bytes() == before, "suggest edited facts.yaml"
    assert drafts["sources"] == [
        {
            "id": "005",
            "file": "005_neu.txt",
            "title": "Meta plant neue Rechenzentren",
            "language": "de",
            "published": "YYYY-MM",
        }
    ]
    assert drafts["units"] == [{"id": "praktikanten", "words": {"de": ["Praktikanten"]}}]
    reads = [fact["evidence"][0]["reads"] for fact in drafts["facts"]]
    assert reads == [
        "rund 160.000 GPUs",
        "60 bis 65 Milliarden Dollar",
        "rund 70.000 Mitarbeiter",
        "12.000 Praktikanten",
    ]
    gpus, spending, staff, interns = drafts["facts"]
    # The GPU figure goes to the fact whose words it shares most: Llama 4, not Llama 3.
    assert gpus == {
        "id": "llama4_training_gpus",
        "evidence": [
            {
                "source": "005",
                "quote": "Für das Training von Llama 4 sollen rund 160.000 GPUs nötig sein.",
                "reads": "rund 160.000 GPUs",
            }
        ],
    }
    assert (spending["kind"], spending["unit"]) == ("range", "usd")
    assert (staff["kind"], staff["unit"]) == ("point", "employees")
    assert interns["unit"] == "praktikanten"
    assert len({fact["id"] for fact in drafts["facts"]}) == 4


def test_pasted_drafts_account_for_the_new_source(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "seeds" / "005_neu.txt").write_text(NEW_SEED, encoding="utf-8")
    assert lint_project(shipped).coverage.uncovered == 0  # not registered: not yet counted
    _paste(shipped, _drafts(run_cli, shipped), published="2025-02")
    report = lint_project(shipped)
    assert report.clean, [str(finding) for finding in report.findings]
    new = [item for item in report.coverage.sources if item.source.id == "005"]
    assert [(item.total, len(item.covered)) for item in new] == [(4, 4)]
    write_lock(shipped)
    checked = run_cli("check", str(shipped))
    assert checked.code == 0, checked.out[-2000:]
    assert _drafts(run_cli, shipped) == {}  # nothing left to draft … and nothing printed
    assert "nothing to draft" in run_cli("suggest", str(shipped)).out


def test_suggest_names_only_the_source_asked_for(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "seeds" / "005_neu.txt").write_text(NEW_SEED, encoding="utf-8")
    assert _drafts(run_cli, shipped, "--source", "002") == {}
    unknown = run_cli("suggest", str(shipped), "--source", "999")
    assert unknown.code == 2 and "--source 999: no such source" in unknown.err


def test_a_registered_figure_without_a_fact_is_drafted(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    """A figure lint reports in a registered source: its evidence removed from facts.yaml."""
    facts = (shipped / "facts.yaml").read_text(encoding="utf-8")
    quote = '        quote: "Daher dürfte Meta mit knapp 160.000 GPUs planen."\n'
    start = facts.index('      - source: "001"\n' + quote)
    end = facts.index("      - source:", start + 10)
    (shipped / "facts.yaml").write_text(facts[:start] + facts[end:], encoding="utf-8")
    drafts = _drafts(run_cli, shipped, "--source", "001")
    assert [fact["id"] for fact in drafts["facts"]] == ["llama4_training_gpus"]
    assert drafts["facts"][0]["evidence"][0]["reads"] == "knapp 160.000 GPUs"
