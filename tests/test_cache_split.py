"""The cache of a project whose facts are split over facts/*.yaml: each fact file is read and
kept on its own, so editing one re-reads that one; the resolved quotes are kept in one table
per fact file; the rules that tie the files together still run on every load; impact takes
from the cache what REV shares with the working tree; a shard run reads the cache."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

import factspec.model.evidence as evidence_module
import factspec.model.factbase.load as load_module
from conftest import run_pytest
from factspec.gate.impact.delta import incremental_impact
from factspec.gate.lock import write_lock
from factspec.model.cache import CACHE_DIR, CacheStore, caching, content_key
from factspec.model.evidence import EVIDENCE_KIND
from factspec.model.factbase import FactbaseError
from factspec.model.factbase.load import FACT_FILE_KIND, FACTBASE_KIND
from factspec.model.project import Project
from test_cache import edit, readings
from test_fact_files import tiny_split

FILES = ("facts.yaml", "facts/gpus.yaml", "facts/spend.yaml")


class Counted:
    """`Project.load` with the cache, counting the fact files read (YAML and model) and the
    quotes located and read afresh."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read: list[str] = []
        self.resolved = 0
        read, resolve = load_module.read_fact_file, evidence_module._resolve_one

        def reading(data: Any, display_path: str) -> Any:
            self.read.append(display_path)
            return read(data, display_path)

        def resolving(*args: Any, **kwargs: Any) -> Any:
            self.resolved += 1
            return resolve(*args, **kwargs)

        monkeypatch.setattr(load_module, "read_fact_file", reading)
        monkeypatch.setattr(evidence_module, "_resolve_one", resolving)

    def reset(self) -> None:
        self.read, self.resolved = [], 0

    def load(self, root: Path) -> Project:
        self.reset()
        return Project.load(root, cache=CacheStore(root, warn=pytest.fail))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counted:
    return Counted(monkeypatch)


def inodes(root: Path) -> dict[str, int]:
    """Every cache file by its path in the cache folder, and its inode: a rewritten file
    (written aside, then renamed over) has a new one."""
    folder = root / CACHE_DIR
    return {
        path.relative_to(folder).as_posix(): path.stat().st_ino for path in folder.rglob("*.pickle")
    }


def table(root: Path, fact_file: str) -> str:
    """The cache file holding the resolved quotes of ``fact_file``."""
    key = content_key(EVIDENCE_KIND, fact_file)
    return CacheStore(root).path(EVIDENCE_KIND, key).relative_to(root / CACHE_DIR).as_posix()


def test_each_fact_file_is_kept_on_its_own_and_an_edit_re_reads_that_file_alone(
    tmp_path: Path, counted: Counted
) -> None:
    project = tiny_split(tmp_path / "split")
    cold = counted.load(project)
    assert sorted(counted.read) == sorted(FILES)
    assert counted.resolved == 6
    kept = inodes(project)
    assert sum(name.startswith(f"{FACT_FILE_KIND}/") for name in kept) == 3
    assert not any(name.startswith(f"{FACTBASE_KIND}/") for name in kept)
    # One table of resolved quotes per file that has evidence; facts.yaml has none.
    assert {table(project, "facts/gpus.yaml"), table(project, "facts/spend.yaml")} <= set(kept)
    assert table(project, "facts.yaml") not in kept

    warm = counted.load(project)
    assert counted.read == [] and counted.resolved == 0
    assert inodes(project) == kept  # nothing rewritten
    assert warm.factbase.model_dump() == cold.factbase.model_dump()
    assert readings(warm) == readings(cold)
    assert readings(Project.load(project, cache=False)) == readings(warm)
    # Lines and files survive the cache.
    evidence = warm.factbase.fact("gpus_falke").evidence[0]
    assert warm.factbase.file_of(evidence) == "facts/gpus.yaml"
    assert warm.factbase.line_of(evidence, "reads") == 17
    assert warm.factbase.files == FILES

    # A description edited in facts/spend.yaml: that file is read again, no quote is.
    edit(project / "facts/spend.yaml", "Spending forecast", "Capital spending forecast")
    counted.load(project)
    assert counted.read == ["facts/spend.yaml"] and counted.resolved == 0
    now = inodes(project)
    assert {name: now[name] for name in kept} == kept
    assert len(now) == len(kept) + 1  # the edited file's new entry

    # A reads: edited in facts/gpus.yaml: that file and that quote, and its table alone.
    edit(project / "facts/gpus.yaml", 'reads: "rund 160.000 GPUs"', 'reads: "160.000 GPUs"')
    before = inodes(project)
    counted.load(project)
    assert counted.read == ["facts/gpus.yaml"] and counted.resolved == 1
    after = inodes(project)
    rewritten = {name for name in before if after[name] != before[name]}
    assert rewritten == {table(project, "facts/gpus.yaml")}


def test_the_rules_across_files_run_on_every_load(tmp_path: Path, counted: Counted) -> None:
    project = tiny_split(tmp_path / "split")
    counted.load(project)
    # facts/spend.yaml is unchanged (a cache hit), but the fact its ratio names is gone.
    edit(project / "facts/gpus.yaml", "id: gpus_adler", "id: gpus_adlerx")
    with pytest.raises(FactbaseError) as cached:
        counted.load(project)
    assert counted.read == ["facts/gpus.yaml"]
    with pytest.raises(FactbaseError) as fresh:
        Project.load(project, cache=False)
    assert [str(p) for p in cached.value.problems] == [str(p) for p in fresh.value.problems]
    assert any(p.path == "facts/spend.yaml" for p in cached.value.problems)


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_impact_on_a_split_project_takes_the_files_rev_shares_from_the_cache(
    tmp_path: Path, counted: Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)
    project = tiny_split(tmp_path / "repo")
    git(project, "init", "-q")
    git(project, "config", "user.name", "Curator")
    git(project, "config", "user.email", "curator@example.org")
    git(project, "config", "commit.gpgsign", "false")
    git(project, "add", "-A")
    git(project, "commit", "-q", "--no-verify", "-m", "split project")
    counted.load(project)  # an earlier run filled the cache
    for path in (project / "seeds/a.txt", project / "facts/gpus.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("rund 160.000 GPUs", "rund 260.000 GPUs"), encoding="utf-8")
    write_lock(project)
    counted.reset()
    outcome = incremental_impact(project, "HEAD")
    # REV's three files are the cached ones; only the edited file is read.
    assert counted.read == ["facts/gpus.yaml"]
    with caching(False):
        uncached = incremental_impact(project, "HEAD")
    assert outcome.impact.to_data() == uncached.impact.to_data()
    moved = {(c["title"], c["source"]) for c in outcome.impact.to_data()["cells_changed"]}
    assert moved and all(source == "a" for _, source in moved)


def test_a_shard_run_reads_the_cache(tmp_path: Path) -> None:
    project = tiny_split(tmp_path / "split")
    out = tmp_path / "out"
    done = run_pytest(project, "-q", "--factspec-shard=1/2", f"--factspec-reports={out}")
    assert done.returncode == 0, done.stdout
    kept = inodes(project)
    assert sum(name.startswith(f"{FACT_FILE_KIND}/") for name in kept) == 3
    done = run_pytest(project, "-q", "--factspec-shard=2/2", f"--factspec-reports={out}")
    assert done.returncode == 0, done.stdout
    assert inodes(project) == kept  # every entry found, none built again
