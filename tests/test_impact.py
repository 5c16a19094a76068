"""``factspec impact --base REV``: what an edit moved, in real git histories built in tmp_path.

Every test commits a project, edits it (committed or not) and asks what moved since the base.
The base is read from git's object store, so the working tree and the index must stay as the
curator left them.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import TINY_FACTS, TINY_FEATURE, TINY_SEEDS, write_project
from factspec.commands import impact as impact_command
from factspec.gate.impact import delta as impact_delta
from factspec.gate.impact import full as impact_module
from factspec.gate.impact import impact_since
from factspec.gate.impact.delta import incremental_impact
from factspec.gate.lock import write_lock
from factspec.judge.checker import Checker, CheckReport
from factspec.model.cache import CACHE_DIR, caching
from factspec.read import corpus as corpus_module

SEED_002 = "seeds/002_5403ae498df81086.txt"
LLAMA4_160K = "Llama 4 needs about 160,000 GPUs"
FALKE_160K = "Falke needs about 160,000 GPUs"
FALKE_TENFOLD = "Falke needs about ten times Adler's GPUs"
NEW_CLAIM = "Adler was trained on about 16,000 GPUs"
NEW_FEATURE = f"""\
Feature: Extra
  Scenario: {NEW_CLAIM}
    Then gpus_adler is about 16,000 GPUs
"""


@pytest.fixture(autouse=True)
def _own_git_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run git as on a curator's machine, even when pytest itself runs inside a git hook."""
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"):
        monkeypatch.delenv(name, raising=False)


def git(repo: Path, *args: str) -> str:
    completed = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return completed.stdout


def init_repo(repo: Path) -> None:
    git(repo, "init", "-q")
    git(repo, "config", "user.name", "Curator")
    git(repo, "config", "user.email", "curator@example.org")
    git(repo, "config", "commit.gpgsign", "false")


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--no-verify", "-m", message)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) >= 1, f"{old!r} must occur in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def tiny_repo(tmp_path: Path, subfolder: str = "") -> tuple[Path, Path]:
    """The tiny project committed once: (repository, project folder)."""
    repo = tmp_path / "repo"
    repo.mkdir()
    init_repo(repo)
    project = write_project(
        repo / subfolder / "tiny" if subfolder else repo,
        facts=TINY_FACTS,
        seeds=TINY_SEEDS,
        features={"tiny.feature": TINY_FEATURE},
    )
    commit_all(repo, "tiny project")
    return repo, project


def falke_to(project: Path, figure_de: str) -> None:
    """Change source a's Falke figure in the seed and the quote, and review it (relock)."""
    replace_in(project / "seeds" / "a.txt", "rund 160.000 GPUs", f"rund {figure_de} GPUs")
    replace_in(project / "facts.yaml", "rund 160.000 GPUs", f"rund {figure_de} GPUs")
    write_lock(project)


@dataclass(frozen=True)
class Run:
    """What one ``factspec impact`` call returned and printed."""

    code: int
    out: str
    err: str

    def data(self) -> dict[str, Any]:
        return json.loads(self.out)


@pytest.fixture
def impact(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``factspec impact ARGS`` through the subcommand's own parser, output captured."""

    def run(*argv: str) -> Run:
        parser = argparse.ArgumentParser(prog="factspec")
        impact_command.register(parser.add_subparsers())
        args = parser.parse_args(["impact", *argv])
        code = args.handler(args)
        captured = capsys.readouterr()
        assert "Traceback" not in captured.out + captured.err
        return Run(code, captured.out, captured.err)

    return run


def changed_cells(run: Run) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (cell["title"], cell["source"], cell["before"], cell["after"])
        for cell in run.data()["cells_changed"]
    ]


# (a) a claim loses support ------------------------------------------------------------------


def test_seed_edit_that_costs_a_claim_its_support(
    shipped: Path, impact: Callable[..., Run]
) -> None:
    init_repo(shipped)
    commit_all(shipped, "shipped project")
    replace_in(shipped / SEED_002, "also rund 160.000 GPUs", "also rund 190.000 GPUs")
    facts = shipped / "facts.yaml"
    replace_in(facts, "also rund 160.000 GPUs", "also rund 190.000 GPUs")
    replace_in(facts, 'reads: "rund 160.000 GPUs"', 'reads: "rund 190.000 GPUs"')
    write_lock(shipped)
    commit_all(shipped, "002 now says 190.000")

    result = impact("--base", "HEAD~1", "--format", "json", str(shipped))
    assert result.code == 1
    # "rund 190.000" = [185000, 195000] is outside "about 160,000" = [155000, 165000], and
    # 190,000 / 16,000 contradicts 002's own "fast zehnmal": both claims on it lose 002.
    ten_times = "Llama 4 needs about ten times Llama 3's GPUs"
    assert changed_cells(result) == [
        (ten_times, "002", "SUPPORTS", "REFUTES"),
        (LLAMA4_160K, "002", "SUPPORTS", "REFUTES"),
    ]
    data = result.data()
    [cell] = [c for c in data["cells_changed"] if c["title"] == LLAMA4_160K]
    assert cell["regression"] is True
    [now], [before] = cell["quotes_after"], cell["quotes_before"]
    assert now.endswith("also rund 190.000 GPUs, benötigt werden.")
    assert before == now.replace("190.000", "160.000")
    assert cell["explanations_after"] == [
        '002 says "rund 190.000 GPUs" = [185000, 195000] gpu; the claim needs '
        "[155000, 165000]: REFUTES"
    ]
    assert [(s["title"], s["before"], s["after"]) for s in data["status_changed"]] == [
        (ten_times, "passed", "failed"),
        (LLAMA4_160K, "passed", "failed"),
    ]
    assert data["regressions"][1]["why"] == [
        "lost the firm support of source 002 (now REFUTES)",
        "source 002 now refutes it (was SUPPORTS)",
        "stopped passing",
    ]
    assert [
        (c["fact"], c["a"]["source"], c["b"]["source"]) for c in data["conflicts_appeared"]
    ] == [("llama4_training_gpus", "001", "002"), ("llama4_vs_llama3_gpu_multiple", "002", "002")]
    assert data["claims_added"] == data["claims_removed"] == data["conflicts_vanished"] == []

    text = impact("--base", "HEAD~1", str(shipped))
    assert text.code == 1
    assert "2 claims lost ground" in text.out
    assert "    002: SUPPORTS → REFUTES  (lost ground)" in text.out
    assert 'now:    "Während' in text.out and 'before: "Während' in text.out
    assert "no verdict changed" not in text.out


# (b) an edit that only improves -------------------------------------------------------------


def test_new_claim_is_listed_and_passes_the_gate(
    tmp_path: Path, impact: Callable[..., Run]
) -> None:
    repo, project = tiny_repo(tmp_path)
    (project / "features" / "extra.feature").write_text(NEW_FEATURE, encoding="utf-8")
    commit_all(repo, "a new claim")

    result = impact("--base", "HEAD~1", str(project))
    assert result.code == 0
    assert f"Claims added (1):\n  {NEW_CLAIM}  [passed]  (features/extra.feature)" in result.out
    assert "no verdict changed" in result.out
    assert "no claim lost ground" in result.out
    data = impact("--base", "HEAD~1", "--format", "json", str(project)).data()
    assert [c["title"] for c in data["claims_added"]] == [NEW_CLAIM]
    assert data["regressed"] is False


def test_gained_support_is_an_improvement(tmp_path: Path, impact: Callable[..., Run]) -> None:
    """Source b's hedged figure moving into the claim's range changes a cell, harms nothing."""
    repo, project = tiny_repo(tmp_path)
    replace_in(project / "seeds" / "b.txt", "some 170,000", "some 160,000")
    replace_in(project / "facts.yaml", "some 170,000", "some 160,000")
    write_lock(project)
    commit_all(repo, "b now says 160,000")

    result = impact("--base", "HEAD~1", "--format", "json", str(project))
    assert result.code == 0
    # b's figure also decides the multiple, completed with a's figure for Adler.
    assert changed_cells(result) == [
        (FALKE_TENFOLD, "b", "COMPATIBLE", "SUPPORTS"),
        (FALKE_160K, "b", "COMPATIBLE", "SUPPORTS"),
    ]
    assert result.data()["cells_changed"][0]["hedged_after"] is True


# (c) nothing changed ------------------------------------------------------------------------


def test_no_change(tmp_path: Path, impact: Callable[..., Run]) -> None:
    _, project = tiny_repo(tmp_path)
    result = impact("--base", "HEAD", str(project))
    assert result.code == 0
    assert result.out.splitlines()[0].endswith("→ working tree: nothing moved")
    assert "no verdict changed" in result.out
    md = impact("--base", "HEAD", "--format", "md", str(project))
    assert md.code == 0
    assert "✅ **nothing moved**" in md.out and "no verdict changed" in md.out


# (d) unusable input -------------------------------------------------------------------------


def test_bad_revision(tmp_path: Path, impact: Callable[..., Run]) -> None:
    _, project = tiny_repo(tmp_path)
    result = impact("--base", "no-such-branch", str(project))
    assert result.code == 2
    assert result.out == ""
    assert "--base no-such-branch: 'no-such-branch' is not a commit in the repository" in result.err
    assert "git log --oneline" in result.err
    assert result.err.splitlines()[-1] == "factspec impact: 1 problem; nothing was compared."


def test_folder_outside_git(
    tiny: Path, impact: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Git must not find a repository above tmp_path on a machine that keeps /tmp in one.
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tiny.parent))
    result = impact("--base", "HEAD", str(tiny))
    assert result.code == 2
    assert "the folder is not inside a git repository" in result.err
    assert "`git init` and commit the project first" in result.err


def test_project_missing_at_revision(tmp_path: Path, impact: Callable[..., Run]) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    init_repo(repo)
    (repo / "README.md").write_text("before the project\n", encoding="utf-8")
    commit_all(repo, "readme only")
    project = write_project(
        repo / "tiny", facts=TINY_FACTS, seeds=TINY_SEEDS, features={"t.feature": TINY_FEATURE}
    )
    commit_all(repo, "the project")
    result = impact("--base", "HEAD~1", str(project))
    assert result.code == 2
    assert "HEAD~1:tiny/facts.yaml: the project did not exist at HEAD~1" in result.err
    assert "git log -- tiny/facts.yaml" in result.err


def test_unreadable_project_at_revision_is_named_by_revision(
    tmp_path: Path, impact: Callable[..., Run]
) -> None:
    repo, project = tiny_repo(tmp_path)
    replace_in(project / "facts.yaml", "version: 1", "version: 1\nversion: 1")
    commit_all(repo, "broken facts")
    # The working tree is repaired, the base is not.
    (project / "facts.yaml").write_text(textwrap.dedent(TINY_FACTS), encoding="utf-8")
    result = impact("--base", "HEAD", str(project))
    assert result.code == 2
    assert result.err.startswith("HEAD:facts.yaml:")
    assert "factspec-impact-" not in result.err  # never the temporary folder


def test_links_at_revision_are_refused(tmp_path: Path, impact: Callable[..., Run]) -> None:
    repo, project = tiny_repo(tmp_path)
    os.symlink("../facts.yaml", project / "seeds" / "c.txt")
    commit_all(repo, "a link among the seeds")
    result = impact("--base", "HEAD", str(project))
    assert result.code == 2
    assert "HEAD:seeds/c.txt: is a symbolic link at that revision" in result.err


# (e) the working tree is left alone, and is what is compared --------------------------------


def test_uncommitted_edits_are_compared_and_left_untouched(
    tmp_path: Path, impact: Callable[..., Run]
) -> None:
    repo, project = tiny_repo(tmp_path)
    replace_in(project / "seeds" / "b.txt", "some 170,000", "some 160,000")
    replace_in(project / "facts.yaml", "some 170,000", "some 160,000")
    write_lock(project)
    (project / "features" / "extra.feature").write_text(NEW_FEATURE, encoding="utf-8")
    git(repo, "add", "facts.yaml")  # one edit staged, the others not: the index must survive
    status = git(repo, "status", "--porcelain")
    index = (repo / ".git" / "index").read_bytes()
    files = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".git" not in p.parts}

    result = impact("--base", "HEAD", "--format", "json", str(project))
    assert (repo / ".git" / "index").read_bytes() == index
    assert git(repo, "status", "--porcelain") == status
    after = {p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".git" not in p.parts}
    # The one thing impact may add is its own cache folder (git-ignored by its .gitignore,
    # as the unchanged status shows); every file of the project is byte for byte as it was.
    assert {p for p in after.keys() - files.keys() if CACHE_DIR not in p.parts} == set()
    assert {p: after[p] for p in files} == files
    assert result.code == 0
    # b's figure also decides the multiple, completed with a's figure for Adler.
    assert changed_cells(result) == [
        (FALKE_TENFOLD, "b", "COMPATIBLE", "SUPPORTS"),
        (FALKE_160K, "b", "COMPATIBLE", "SUPPORTS"),
    ]
    assert [c["title"] for c in result.data()["claims_added"]] == [NEW_CLAIM]


def test_the_full_comparison_checks_each_side_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, project = tiny_repo(tmp_path)
    checked: list[Path] = []
    original = impact_module.check_project

    def counting(root: Path, **options: Any) -> CheckReport:
        checked.append(root)
        return original(root, **options)

    monkeypatch.setattr(impact_module, "check_project", counting)
    assert not impact_module.impact_full(project, "HEAD").moved
    assert len(checked) == 2
    falke_to(project, "120.000")
    # The gate itself never checks a side whole: it reads what the edit touched.
    assert impact_since(project, "HEAD").regressed
    assert len(checked) == 2


# (f) the project in a subfolder of the repository -------------------------------------------


def test_project_in_a_subfolder(tmp_path: Path, impact: Callable[..., Run]) -> None:
    repo, project = tiny_repo(tmp_path, subfolder="projects")
    # A broken project at the top proves that only the subfolder is read at the base.
    (repo / "facts.yaml").write_text("version: [\n", encoding="utf-8")
    commit_all(repo, "something else at the top")
    falke_to(project, "120.000")
    commit_all(repo, "a now says 120.000")

    result = impact("--base", "HEAD~1", "--format", "json", str(project))
    assert result.code == 1
    assert changed_cells(result) == [
        # 120.000 / 16.000 (7 to 8 times) contradicts a's own "fast zehnmal" ([9, 10)).
        ("Falke needs about ten times Adler's GPUs", "a", "SUPPORTS", "REFUTES"),
        (FALKE_160K, "a", "SUPPORTS", "REFUTES"),
    ]
    assert (repo / "facts.yaml").read_text(encoding="utf-8") == "version: [\n"


def test_json_is_sorted_and_stable(tmp_path: Path, impact: Callable[..., Run]) -> None:
    repo, project = tiny_repo(tmp_path)
    falke_to(project, "120.000")
    first = impact("--base", "HEAD", "--format", "json", str(project)).out
    second = impact("--base", "HEAD", "--format", "json", str(project)).out
    assert first == second
    data = json.loads(first)
    assert first.strip() == json.dumps(data, sort_keys=True, ensure_ascii=False, indent=2)
    assert data["schema"] == 1
    assert data["base"]["rev"] == "HEAD"
    assert data["base"]["commit"] == git(repo, "rev-parse", "HEAD").strip()


# (g) the incremental comparison answers as the full one ------------------------------------

SEED_001 = "seeds/001_e3dcabc6ab02a58b.txt"
SEED_003 = "seeds/003_85bece857280cdf2.txt"
SEED_004 = "seeds/004_b39324e2fa652c10.txt"
LLAMA_FEATURE = "features/llama_compute.feature"
# The shipped 002 states Llama 4's GPUs in one sentence, quoted as evidence and read.
GPUS_002 = ("also rund 160.000 GPUs", 'reads: "rund 160.000 GPUs"')


def edit_facts(project: Path, change: Callable[[dict[str, Any]], None]) -> None:
    """Change facts.yaml as data; the file is written anew (comments and layout are lost)."""
    path = project / "facts.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(
        yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000), encoding="utf-8"
    )


def fact_entry(data: dict[str, Any], fact_id: str) -> dict[str, Any]:
    [entry] = [fact for fact in data["facts"] if fact["id"] == fact_id]
    return entry


def seed_and_quote_002(project: Path) -> None:
    """002's Llama 4 figure moves in the seed and in the evidence, reviewed (relocked)."""
    replace_in(project / SEED_002, GPUS_002[0], "also rund 190.000 GPUs")
    replace_in(project / "facts.yaml", GPUS_002[0], "also rund 190.000 GPUs")
    replace_in(project / "facts.yaml", GPUS_002[1], 'reads: "rund 190.000 GPUs"')
    write_lock(project)


def seed_only_002(project: Path) -> None:
    """The seed moves, the quote does not: the evidence is no longer found, unreviewed."""
    replace_in(project / SEED_002, GPUS_002[0], "also rund 190.000 GPUs")


def quote_only_001(project: Path) -> None:
    replace_in(project / "facts.yaml", "mit knapp 160.000 GPUs", "mit knapp 170.000 GPUs")


def seed_outside_quotes(project: Path) -> None:
    """A new sentence with a figure nobody curated: coverage and the lock move, no verdict."""
    with (project / SEED_003).open("a", encoding="utf-8") as seed:
        seed.write("\nDer Konzern beschäftigt inzwischen rund 70.000 Menschen.\n")


def relock_only(project: Path) -> None:
    """The seed edit is in the base already; only the lock moves (the review)."""
    write_lock(project)


def add_source(project: Path) -> None:
    (project / "seeds" / "005_new.txt").write_text(
        "Meta plant für Llama 4 rund 150.000 GPUs ein.\n", encoding="utf-8"
    )

    def change(data: dict[str, Any]) -> None:
        data["sources"].append(
            {
                "id": "005",
                "file": "005_new.txt",
                "title": "Neu",
                "language": "de",
                "published": "2024-09",
            }
        )
        fact_entry(data, "llama4_training_gpus")["evidence"].append(
            {"source": "005", "quote": "Meta plant für Llama 4 rund 150.000 GPUs ein."}
        )

    edit_facts(project, change)
    write_lock(project)


def remove_source(project: Path) -> None:
    (project / SEED_004).unlink()

    def change(data: dict[str, Any]) -> None:
        data["sources"] = [s for s in data["sources"] if s["id"] != "004"]
        for fact in data["facts"]:
            if "evidence" in fact:
                fact["evidence"] = [e for e in fact["evidence"] if e["source"] != "004"]
        data["facts"] = [
            f for f in data["facts"] if f.get("evidence") or "ratio_of" in f or "difference_of" in f
        ]
        used = {fact["id"] for fact in data["facts"]}
        data["facts"] = [f for f in data["facts"] if all(o in used for o in f.get("ratio_of", []))]
        data["ignore"] = [i for i in data["ignore"] if i["source"] != "004"]

    edit_facts(project, change)
    write_lock(project)


def delete_seed(project: Path) -> None:
    """A registered seed vanishes: its evidence is missing, its coverage gone."""
    (project / SEED_001).unlink()


def change_claim(project: Path) -> None:
    replace_in(
        project / LLAMA_FEATURE,
        "llama4_training_gpus is about 160,000 GPUs",
        "llama4_training_gpus is about 190,000 GPUs",
    )


def change_outline_row(project: Path) -> None:
    replace_in(project / LLAMA_FEATURE, "| about 400 billion |", "| about 300 billion |")


def add_claim(project: Path) -> None:
    """A new claim about a fact the sources disagree on: its conflicts stay where they were."""
    (project / "features" / "extra.feature").write_text(
        "Feature: Extra\n"
        "  Scenario: Meta forecast about 38 billion dollars for 2024\n"
        "    Then capex_forecast_2024 is about 38 billion dollars\n",
        encoding="utf-8",
    )


def remove_feature(project: Path) -> None:
    (project / "features" / "strategy.feature").unlink()


def change_tolerance(project: Path) -> None:
    # 1 %: tight enough to bind "about 400 billion" (w = min(4, 50) billion) and move a claim.
    replace_in(project / "facts.yaml", 'tolerance: "10%"', 'tolerance: "1%"')


def reformat_facts(project: Path) -> None:
    """facts.yaml rewritten without a change of content: nothing can move."""
    edit_facts(project, lambda data: None)


def no_edit(project: Path) -> None:
    """The working tree is the base."""


def remove_ignore(project: Path) -> None:
    edit_facts(project, lambda data: data.pop("ignore"))


def derived_operand(project: Path) -> None:
    """2024's capex is an operand of the 2025-vs-2024 multiple: the derived claims move too."""
    for path in (project / SEED_003, project / "facts.yaml"):
        replace_in(path, "den 38 Milliarden Dollar dar", "den 58 Milliarden Dollar dar")
    replace_in(
        project / "facts.yaml", 'reads: "38 Milliarden Dollar"', 'reads: "58 Milliarden Dollar"'
    )
    write_lock(project)


def rename_fact(project: Path) -> None:
    """Claims still name the old id: they stop being readable."""

    def change(data: dict[str, Any]) -> None:
        fact_entry(data, "llama3_training_gpus")["id"] = "llama3_gpus"
        for fact in data["facts"]:
            if "llama3_training_gpus" in fact.get("ratio_of", []):
                fact["ratio_of"] = [
                    "llama3_gpus" if o == "llama3_training_gpus" else o for o in fact["ratio_of"]
                ]

    edit_facts(project, change)


def hedge_evidence(project: Path) -> None:
    edit_facts(
        project,
        lambda data: fact_entry(data, "llama4_training_gpus")["evidence"][1].update(hedged=True),
    )


def date_a_revision_later(project: Path) -> None:
    """004's April forecast dated after the July ones: it becomes the latest revision."""
    edit_facts(
        project,
        lambda data: fact_entry(data, "capex_forecast_2024")["evidence"][0].update(as_of="2024-10"),
    )


def end_a_revision_history(project: Path) -> None:
    """capex_forecast_2024 no longer revisable: the April and July forecasts conflict."""

    def change(data: dict[str, Any]) -> None:
        fact = fact_entry(data, "capex_forecast_2024")
        del fact["revisable"], fact["revisable_until"]
        for evidence in fact["evidence"]:
            evidence.pop("as_of", None)

    edit_facts(project, change)


def hedge_derived_evidence(project: Path) -> None:
    """Only the derived fact's own evidence moves; the claim names its two operands."""
    edit_facts(
        project,
        lambda data: fact_entry(data, "llama4_vs_llama3_gpu_multiple")["evidence"][0].update(
            hedged=True
        ),
    )


def source_language(project: Path) -> None:
    """002 read as English: "16.000" is sixteen, every figure of it moves."""
    edit_facts(
        project,
        lambda data: [s.update(language="en") for s in data["sources"] if s["id"] == "002"],
    )


def flip_stance(project: Path) -> None:
    """A statement's evidence turns against it: a conflict appears."""
    edit_facts(
        project,
        lambda data: fact_entry(data, "no_significant_genai_revenue_2024")["evidence"][0].update(
            stance="refutes"
        ),
    )


def reorder_sources(project: Path) -> None:
    edit_facts(project, lambda data: data["sources"].reverse())


def several_at_once(project: Path) -> None:
    seed_and_quote_002(project)
    change_claim(project)
    add_claim(project)
    seed_outside_quotes(project)
    write_lock(project)


EDITS: dict[str, tuple[Callable[[Path], None], str | None]] = {
    # name: (edit, why the incremental comparison hands over to the full one, if it does)
    "seed and quote": (seed_and_quote_002, None),
    "seed only": (seed_only_002, None),
    "quote only": (quote_only_001, None),
    "seed outside quotes": (seed_outside_quotes, None),
    "add a source": (add_source, None),
    "remove a source": (remove_source, None),
    "delete a seed": (delete_seed, None),
    "change a claim": (change_claim, None),
    "change an outline row": (change_outline_row, None),
    "add a claim": (add_claim, None),
    "remove a feature file": (remove_feature, None),
    "remove the ignore list": (remove_ignore, None),
    "derived operand": (derived_operand, None),
    "rename a fact": (rename_fact, None),
    "hedge evidence": (hedge_evidence, None),
    "date a revision later": (date_a_revision_later, None),
    "end a revision history": (end_a_revision_history, None),
    "flip a stance": (flip_stance, None),
    "hedge a derived fact's evidence": (hedge_derived_evidence, None),
    "a source's language": (source_language, None),
    "several at once": (several_at_once, None),
    "reformat facts.yaml": (reformat_facts, None),
    "no edit": (no_edit, None),
    "change the tolerance": (change_tolerance, "version, tolerance or units changed"),
    "reorder the sources": (reorder_sources, "the sources were reordered"),
}
STILL_MOVES = {"reformat facts.yaml", "no edit"}  # the edits after which nothing moves


@pytest.mark.parametrize("name", list(EDITS))
def test_incremental_equals_full(shipped: Path, name: str) -> None:
    edit, fallback = EDITS[name]
    init_repo(shipped)
    commit_all(shipped, "shipped project")
    edit(shipped)

    outcome = incremental_impact(shipped, "HEAD")
    full = impact_module.impact_full(shipped, "HEAD")
    assert outcome.work.fallback == fallback
    assert outcome.impact.to_data() == full.to_data()
    assert full.moved is (name not in STILL_MOVES)


def test_a_changed_revision_date_moves_the_cells_it_decides(shipped: Path) -> None:
    """Dated after July, 004's 35 to 40 billion becomes the latest forecast: the July
    sources turn into history for the undated claim, and 004 refutes it."""
    init_repo(shipped)
    commit_all(shipped, "shipped project")
    date_a_revision_later(shipped)
    full = impact_module.impact_full(shipped, "HEAD")
    moved = {
        (cell["source"], cell["before"], cell["after"])
        for cell in full.to_data()["cells_changed"]
        if cell["title"] == "Meta expects 37 to 40 billion dollars of capital expenditure in 2024"
    }
    assert moved == {
        ("001", "SUPPORTS", "SUPERSEDED"),
        ("002", "SUPPORTS", "SUPERSEDED"),
        ("004", "SUPERSEDED", "REFUTES"),
    }


def test_incremental_equals_full_after_a_committed_lock_edit(shipped: Path) -> None:
    init_repo(shipped)
    seed_only_002(shipped)
    commit_all(shipped, "an unreviewed seed edit")
    relock_only(shipped)  # the review, not yet committed: only factspec.lock differs
    outcome = incremental_impact(shipped, "HEAD")
    assert outcome.work.changed == ("factspec.lock",)
    assert outcome.work.fallback is None
    full = impact_module.impact_full(shipped, "HEAD")
    assert outcome.impact.to_data() == full.to_data()
    # Every claim resting on 002 was failing for "edited since factspec.lock"; none is now.
    assert full.statuses
    assert {(s["before"], s["after"]) for s in full.statuses} == {("failed", "passed")}


def test_nothing_changed_reads_nothing(shipped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init_repo(shipped)
    commit_all(shipped, "shipped project")
    monkeypatch.setattr(impact_delta, "load_yaml", _forbidden)
    outcome = incremental_impact(shipped, "HEAD")
    assert not outcome.impact.moved
    assert outcome.work == impact_delta.Work()


def _forbidden(*args: object, **kwargs: object) -> None:
    raise AssertionError("nothing changed: nothing may be parsed")


def test_a_comment_in_facts_yaml_judges_nothing(shipped: Path) -> None:
    init_repo(shipped)
    commit_all(shipped, "shipped project")
    replace_in(shipped / "facts.yaml", "version: 1", "# a comment\nversion: 1")
    work = incremental_impact(shipped, "HEAD").work
    assert work.changed == ("facts.yaml",)
    assert (work.affected_facts, work.claims_judged, work.seeds_read) == (0, 0, 0)


# (h) on a larger project, an edit costs what it touches ------------------------------------

GROUPS = 20


def generated_project(root: Path) -> Path:
    """Twenty groups of two sources, three facts (one derived) and three claims each."""
    sources, facts, seeds, features = [], [], {}, {}
    for g in range(GROUPS):
        old, new = (
            f"Für Modell M{g} wurden rund 8.000 GPUs verwendet.",
            (f"Für den Nachfolger von M{g} sollen es rund 80.000 GPUs sein."),
        )
        for side, sentence in (("a", old), ("b", new)):
            seeds[f"{side}{g:02}.txt"] = f"Modell M{g}\n{sentence}\n"
            sources.append(
                {
                    "id": f"{side}{g:02}",
                    "file": f"{side}{g:02}.txt",
                    "title": f"Modell M{g}",
                    "language": "de",
                    "published": "2024-08",
                }
            )
        facts += [
            {
                "id": f"g{g}_old",
                "description": f"GPUs for M{g}",
                "kind": "point",
                "unit": "gpu",
                "evidence": [{"source": f"a{g:02}", "quote": old}],
            },
            {
                "id": f"g{g}_new",
                "description": f"GPUs for M{g}'s successor",
                "kind": "point",
                "unit": "gpu",
                "evidence": [{"source": f"b{g:02}", "quote": new}],
            },
            {
                "id": f"g{g}_ratio",
                "description": f"M{g}'s successor's GPUs as a multiple of M{g}'s",
                "kind": "point",
                "unit": "times",
                "ratio_of": [f"g{g}_new", f"g{g}_old"],
            },
        ]
        features[f"g{g:02}.feature"] = (
            f"Feature: M{g}\n"
            f"  Scenario: M{g} was trained on about 8,000 GPUs\n"
            f"    Then g{g}_old is about 8,000 GPUs\n"
            f"  Scenario: M{g}'s successor needs about 80,000 GPUs\n"
            f"    Then g{g}_new is about 80,000 GPUs\n"
            f"  Scenario: M{g}'s successor needs ten times the GPUs\n"
            f"    Then g{g}_new is about 10 times g{g}_old\n"
        )
    text = yaml.safe_dump(
        {"version": 1, "sources": sources, "facts": facts}, allow_unicode=True, sort_keys=False
    )
    return write_project(root, facts=text, seeds=seeds, features=features)


def test_one_seed_edit_reads_and_judges_only_what_it_touches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = generated_project(tmp_path / "generated")
    init_repo(project)
    commit_all(project, "generated project")
    old = "Für Modell M7 wurden rund 8.000 GPUs verwendet."
    for path in (project / "seeds" / "a07.txt", project / "facts.yaml"):
        replace_in(path, old, old.replace("8.000", "9.500"))
    write_lock(project)

    read: list[str] = []
    judged: list[str] = []
    original_read, original_record = corpus_module.read_source, Checker.record

    def reading(path: Path, *args: Any, **kwargs: Any) -> Any:
        read.append(Path(path).name)
        return original_read(path, *args, **kwargs)

    def recording(self: Checker, result: Any) -> dict[str, object]:
        judged.append(result.claim.title)
        return original_record(self, result)

    monkeypatch.setattr(corpus_module, "read_source", reading)
    monkeypatch.setattr(Checker, "record", recording)
    outcome = incremental_impact(project, "HEAD")

    # M7's own figure and the multiple over it, on each side; M7's successor and every
    # other group are the same on both sides, so they are neither read nor judged.
    touched = ["M7 was trained on about 8,000 GPUs", "M7's successor needs ten times the GPUs"]
    assert sorted(judged) == sorted(touched * 2)
    # a07 at REV from git, a07 now, and b07 (the multiple's other operand) once for both.
    assert sorted(read) == ["a07.txt", "a07.txt", "b07.txt"]
    assert outcome.work.fallback is None
    assert outcome.work.feature_files_parsed == 1
    assert outcome.work.claims_judged == 4
    assert outcome.work.seeds_read == 3
    assert outcome.work.affected_facts == 2  # g7_old, and g7_ratio derived from it

    monkeypatch.undo()
    full = impact_module.impact_full(project, "HEAD")
    assert outcome.impact.to_data() == full.to_data()
    assert [(s["title"], s["after"]) for s in full.statuses] == [
        ("M7 was trained on about 8,000 GPUs", "failed")
    ]


def test_a_claim_built_from_placeholders_is_found(tmp_path: Path) -> None:
    """An outline can assemble a fact id from its Examples ("g<n>_old"): the id is nowhere in
    the file, so a file with placeholders is always read."""
    project = generated_project(tmp_path / "generated")
    (project / "features" / "outline.feature").write_text(
        "Feature: Outline\n"
        "  Scenario Outline: group g<n> was trained on about 8,000 GPUs\n"
        "    Then g<n>_old is about 8,000 GPUs\n"
        "    Examples:\n"
        "      | n |\n"
        "      | 7 |\n",
        encoding="utf-8",
    )
    init_repo(project)
    commit_all(project, "generated project")
    old = "Für Modell M7 wurden rund 8.000 GPUs verwendet."
    for path in (project / "seeds" / "a07.txt", project / "facts.yaml"):
        replace_in(path, old, old.replace("8.000", "9.500"))
    write_lock(project)

    impact = incremental_impact(project, "HEAD").impact
    assert [s["title"] for s in impact.statuses] == [
        "M7 was trained on about 8,000 GPUs",
        "group g7 was trained on about 8,000 GPUs",
    ]
    assert impact.to_data() == impact_module.impact_full(project, "HEAD").to_data()


def test_a_link_in_the_working_tree_is_left_to_the_full_comparison(
    tmp_path: Path,
) -> None:
    _, project = tiny_repo(tmp_path)
    falke_to(project, "120.000")
    os.symlink("a.txt", project / "seeds" / "c.txt")  # inside seeds/: the full path reads it
    outcome = incremental_impact(project, "HEAD")
    assert outcome.work.fallback == "seeds/c.txt is a symbolic link"
    assert outcome.impact.to_data() == impact_module.impact_full(project, "HEAD").to_data()
    assert outcome.impact.regressed


def test_a_broken_edit_is_worded_by_the_full_comparison(
    tmp_path: Path, impact: Callable[..., Run]
) -> None:
    _, project = tiny_repo(tmp_path)
    (project / "seeds" / "a.txt").write_bytes(b"Falke \xff braucht mehr Rechner\n")
    result = impact("--base", "HEAD", str(project))
    assert result.code == 2
    assert result.err.startswith("seeds/a.txt:1")
    assert "UTF-8" in result.err


# (f) the cache: REV's facts by git blob id ---------------------------------------------------


def test_revs_facts_come_from_the_cache_by_blob_id(
    tmp_path: Path, impact: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, project = tiny_repo(tmp_path)
    facts_blob = git(repo, "rev-parse", "HEAD:facts.yaml").strip()
    replace_in(project / "seeds" / "b.txt", "some 170,000", "some 160,000")
    replace_in(project / "facts.yaml", "some 170,000", "some 160,000")
    asked: list[list[str]] = []
    real_read_blobs = impact_delta.read_blobs

    def recording(top: Path, blobs: Sequence[str]) -> dict[str, bytes]:
        asked.append(list(blobs))
        return real_read_blobs(top, blobs)

    monkeypatch.setattr(impact_delta, "read_blobs", recording)
    first = impact("--base", "HEAD", "--format", "json", str(project))
    assert any(facts_blob in blobs for blobs in asked)  # read from git, then cached
    asked.clear()
    second = impact("--base", "HEAD", "--format", "json", str(project))
    assert asked and not any(facts_blob in blobs for blobs in asked)
    assert (second.code, second.out) == (first.code, first.out)
    # Without the cache, the same answer, read from git again.
    with caching(False):
        asked.clear()
        third = impact("--base", "HEAD", "--format", "json", str(project))
    assert any(facts_blob in blobs for blobs in asked)
    assert (third.code, third.out) == (first.code, first.out)
