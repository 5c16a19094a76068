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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from conftest import TINY_FACTS, TINY_FEATURE, TINY_SEEDS, write_project
from factspec import impact as impact_module
from factspec.check import CheckReport
from factspec.commands import impact as impact_command
from factspec.lock import write_lock

SEED_002 = "seeds/002_5403ae498df81086.txt"
LLAMA4_160K = "Llama 4 needs about 160,000 GPUs"
FALKE_160K = "Falke needs about 160,000 GPUs"
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
    assert changed_cells(result) == [(LLAMA4_160K, "002", "SUPPORTS", "COMPATIBLE")]
    data = result.data()
    [cell] = data["cells_changed"]
    assert cell["regression"] is True
    [now], [before] = cell["quotes_after"], cell["quotes_before"]
    assert now.endswith("also rund 190.000 GPUs, benötigt werden.")
    assert before == now.replace("190.000", "160.000")
    assert cell["explanations_after"] == [
        '002 says "rund 190.000 GPUs" = [171000, 209000] gpu; the claim needs '
        "[144000, 176000]: COMPATIBLE"
    ]
    assert [(s["title"], s["before"], s["after"]) for s in data["status_changed"]] == [
        (LLAMA4_160K, "passed", "failed")
    ]
    assert data["regressions"][0]["why"] == [
        "lost the firm support of source 002 (now COMPATIBLE)",
        "stopped passing",
    ]
    assert [
        (c["fact"], c["a"]["source"], c["b"]["source"]) for c in data["conflicts_appeared"]
    ] == [("llama4_training_gpus", "001", "002")]
    assert data["claims_added"] == data["claims_removed"] == data["conflicts_vanished"] == []

    text = impact("--base", "HEAD~1", str(shipped))
    assert text.code == 1
    assert "1 claim lost ground" in text.out
    assert "    002: SUPPORTS → COMPATIBLE  (lost ground)" in text.out
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
    assert changed_cells(result) == [(FALKE_160K, "b", "COMPATIBLE", "SUPPORTS")]
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
    assert {
        p: p.read_bytes() for p in project.rglob("*") if p.is_file() and ".git" not in p.parts
    } == files
    assert result.code == 0
    assert changed_cells(result) == [(FALKE_160K, "b", "COMPATIBLE", "SUPPORTS")]
    assert [c["title"] for c in result.data()["claims_added"]] == [NEW_CLAIM]


def test_each_side_is_checked_once(
    tmp_path: Path, impact: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, project = tiny_repo(tmp_path)
    checked: list[Path] = []
    original = impact_module.check_project

    def counting(root: Path) -> CheckReport:
        checked.append(root)
        return original(root)

    monkeypatch.setattr(impact_module, "check_project", counting)
    assert impact("--base", "HEAD", str(project)).code == 0
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
        # The ratio claim holds: "fast zehnmal" still meets 120.000 / 16.000 within tolerance.
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
