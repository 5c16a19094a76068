"""The content-addressed cache (.factspec_cache/): what each kind of edit rebuilds, that an
unusable cache file is never trusted, and that a cached load is the same project as a fresh one."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import factspec.model.cache as cache_module
import factspec.model.evidence as evidence_module
from conftest import CliRun, run_pytest
from factspec.model.cache import CACHE_DIR, MAGIC, CacheStore
from factspec.model.factbase import FactbaseError
from factspec.model.project import Project
from factspec.read.problems import FactspecError

# Evidence entries of the tiny project (conftest.TINY_FACTS) by source.
EVIDENCE_OF = {"a": 4, "b": 2}
EVIDENCE = sum(EVIDENCE_OF.values())


class Counted:
    """`Project.load` with the cache, counting the quotes located and read afresh and the
    cache's warnings."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.resolved = 0
        self.warnings: list[str] = []
        original = evidence_module._resolve_one

        def counting(*args: Any, **kwargs: Any) -> Any:
            self.resolved += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(evidence_module, "_resolve_one", counting)

    def load(self, root: Path) -> tuple[Project, CacheStore]:
        self.resolved = 0
        store = CacheStore(root, warn=self.warnings.append)
        return Project.load(root, cache=store), store


def readings(project: Project) -> list[tuple[Any, ...]]:
    """What a project's evidence resolved to, comparable across loads."""
    return [
        (r.fact.id, r.source.id, r.evidence.quote, r.locations, r.quantity)
        for r in project.evidence
    ]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Counted:
    return Counted(monkeypatch)


def test_a_warm_load_is_the_same_project_and_does_no_work(tiny: Path, counted: Counted) -> None:
    cold, store = counted.load(tiny)
    assert counted.resolved == EVIDENCE and store.hits == 0
    assert (tiny / CACHE_DIR / ".gitignore").read_text(encoding="utf-8").endswith("*\n")
    warm, store = counted.load(tiny)
    assert counted.resolved == 0
    assert store.hits == 2  # the validated facts, and the table of resolved quotes
    assert readings(warm) == readings(cold)
    assert warm.factbase.model_dump() == cold.factbase.model_dump()
    fresh = Project.load(tiny, cache=False)
    assert readings(fresh) == readings(warm)
    # Lines survive the cache: problems still name where an entry is written.
    evidence = warm.factbase.fact("gpus_falke").evidence[0]
    assert warm.factbase.line_of(evidence, "reads") == fresh.factbase.line_of(
        fresh.factbase.fact("gpus_falke").evidence[0], "reads"
    )
    assert counted.warnings == []


@pytest.mark.parametrize(
    ("what", "file", "old", "new", "rebuilt"),
    [
        # a byte of one seed: that source's quotes, none of the other's
        ("seed byte", "seeds/b.txt", "Falcon needs", "Falcon needed", EVIDENCE_OF["b"]),
        # a quote (still found in its source): that entry only
        ("quote", "facts.yaml", '"Analysts think the company', '"the company', 1),
        # reads: that entry only
        ("reads", "facts.yaml", 'reads: "rund 160.000 GPUs"', 'reads: "160.000 GPUs"', 1),
        # a source's language: every quote of that source
        ("language", "facts.yaml", "language: en", "language: de", EVIDENCE_OF["b"]),
        # the facts file without a change to any quote: validated again, nothing re-read
        ("comment", "facts.yaml", "version: 1", "# a comment\nversion: 1", 0),
        # the project's units: every reading may change
        (
            "units",
            "facts.yaml",
            "sources:",
            "units:\n  - id: widget\n    words: {de: [Widgets], en: [widgets]}\nsources:",
            EVIDENCE,
        ),
    ],
)
def test_an_edit_rebuilds_exactly_what_it_moved(
    tiny: Path, counted: Counted, what: str, file: str, old: str, new: str, rebuilt: int
) -> None:
    counted.load(tiny)
    edit(tiny / file, old, new)
    project, store = counted.load(tiny)
    assert counted.resolved == rebuilt, what
    # The facts file is validated again exactly when it changed; the table of quotes is read.
    assert store.hits == (1 if file == "facts.yaml" else 2)
    assert readings(project) == readings(Project.load(tiny, cache=False))
    # And the next run takes everything from the cache again.
    counted.load(tiny)
    assert counted.resolved == 0
    assert counted.warnings == []


def test_other_code_rebuilds_everything(
    tiny: Path, counted: Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same version with other code (a checkout between releases): nothing is trusted."""
    counted.load(tiny)
    monkeypatch.setattr(cache_module, "_code_digest", lambda: "0123456789abcdef")
    project, store = counted.load(tiny)
    assert counted.resolved == EVIDENCE and store.hits == 0
    assert len(counted.warnings) == 2
    assert all("+0123456789abcdef'" in w for w in counted.warnings)
    assert readings(project) == readings(Project.load(tiny, cache=False))


def test_a_new_factspec_version_rebuilds_everything(
    tiny: Path, counted: Counted, monkeypatch: pytest.MonkeyPatch
) -> None:
    counted.load(tiny)
    monkeypatch.setattr(cache_module, "__version__", "99.0")
    project, store = counted.load(tiny)
    assert counted.resolved == EVIDENCE and store.hits == 0
    assert len(counted.warnings) == 2
    assert all("written for factspec '0." in w and "not '99.0+" in w for w in counted.warnings)
    assert readings(project) == readings(Project.load(tiny, cache=False))


def _entries(root: Path, kind: str) -> list[Path]:
    return sorted((root / CACHE_DIR / kind).glob("*.pickle"))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 100])


def _garbage(path: Path) -> None:
    path.write_bytes(os.urandom(4096))


def _other_version(path: Path) -> None:
    data = path.read_bytes()
    head, rest = data[len(MAGIC) :].split(b"\n", 1)
    header = json.loads(head)
    header["format"] = 0
    path.write_bytes(MAGIC + json.dumps(header).encode() + b"\n" + rest)


def _flipped_payload(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (_truncate, "truncated"),
        (_garbage, "not a factspec cache file"),
        (_other_version, "written for format 0, not 1"),
        (_flipped_payload, "does not match the header's sha256"),
    ],
)
@pytest.mark.parametrize("kind", ["factbase", "evidence"])
def test_a_damaged_cache_file_is_ignored_with_a_warning_and_rebuilt(
    tiny: Path,
    counted: Counted,
    kind: str,
    damage: Callable[[Path], None],
    reason: str,
) -> None:
    cold, _ = counted.load(tiny)
    (entry,) = _entries(tiny, kind)
    damage(entry)
    project, _ = counted.load(tiny)
    assert len(counted.warnings) == 1, counted.warnings
    assert f"{CACHE_DIR}/{kind}/{entry.name} ignored and rebuilt" in counted.warnings[0]
    assert reason in counted.warnings[0]
    assert counted.resolved == (EVIDENCE if kind == "evidence" else 0)
    assert readings(project) == readings(cold)
    # Rebuilt: the next run trusts the new file.
    counted.warnings.clear()
    counted.load(tiny)
    assert counted.resolved == 0 and counted.warnings == []


def test_a_cache_file_from_another_project_is_not_trusted(
    tiny: Path, shipped: Path, counted: Counted
) -> None:
    counted.load(tiny)
    counted.load(shipped)
    (theirs,) = _entries(shipped, "factbase")
    (ours,) = _entries(tiny, "factbase")
    shutil.copyfile(theirs, ours)  # the shipped project's facts under the tiny one's key
    project, _ = counted.load(tiny)
    assert len(counted.warnings) == 1
    assert "ignored and rebuilt: written for key" in counted.warnings[0]
    assert {s.id for s in project.factbase.sources} == {"a", "b"}


def test_a_symbolic_link_out_of_seeds_is_refused_also_on_a_cache_hit(
    tiny: Path, tmp_path: Path, counted: Counted
) -> None:
    counted.load(tiny)
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes((tiny / "seeds" / "b.txt").read_bytes())
    (tiny / "seeds" / "b.txt").unlink()
    os.symlink(outside, tiny / "seeds" / "b.txt")
    with pytest.raises(FactbaseError) as cached:
        counted.load(tiny)
    with pytest.raises(FactspecError) as fresh:
        Project.load(tiny, cache=False)
    assert "resolves outside seeds/" in str(cached.value)
    assert str(cached.value) == str(fresh.value)


def test_a_file_with_problems_is_never_cached(tiny: Path, counted: Counted) -> None:
    edit(tiny / "facts.yaml", "unit: gpu", "unit: gpus_unknown")
    for _ in range(2):
        with pytest.raises(FactspecError) as error:
            counted.load(tiny)
        assert "gpus_unknown" in str(error.value)
    assert _entries(tiny, "factbase") == []


def test_writes_leave_no_temporary_files_and_an_unwritable_cache_is_only_warned(
    tiny: Path, tmp_path: Path, counted: Counted
) -> None:
    counted.load(tiny)
    assert list((tiny / CACHE_DIR).rglob(".tmp-*")) == []
    # A cache that cannot be written (here: a file where its folder would be) costs the run
    # nothing but one warning, however many entries it tries to store.
    blocked = tmp_path / "blocked"
    shutil.copytree(tiny, blocked, ignore=shutil.ignore_patterns(CACHE_DIR))
    (blocked / CACHE_DIR).write_text("not a folder", encoding="utf-8")
    project, _ = counted.load(blocked)
    assert counted.resolved == EVIDENCE
    assert readings(project) == readings(Project.load(tiny, cache=False))
    assert len(counted.warnings) == 1 and "cache not written" in counted.warnings[0]


def test_no_cache_and_cache_clear(tiny: Path, run_cli: Callable[..., CliRun]) -> None:
    assert run_cli("check", "--no-cache", str(tiny)).code == 0
    assert not (tiny / CACHE_DIR).exists()
    assert run_cli("check", str(tiny)).code == 0
    assert _entries(tiny, "factbase") and _entries(tiny, "evidence")
    cleared = run_cli("cache", "clear", str(tiny))
    assert cleared.code == 0 and f"{CACHE_DIR}/ removed" in cleared.out
    assert not (tiny / CACHE_DIR).exists()
    again = run_cli("cache", "clear", str(tiny))
    assert again.code == 0 and f"no {CACHE_DIR}/ to remove" in again.out


def test_the_plugin_option_turns_the_cache_off(tiny: Path) -> None:
    done = run_pytest(tiny, "-q", "--factspec-no-reports", "--factspec-no-cache")
    assert done.returncode == 0, done.stdout
    assert not (tiny / CACHE_DIR).exists()
    done = run_pytest(tiny, "-q", "--factspec-no-reports")
    assert done.returncode == 0, done.stdout
    assert _entries(tiny, "factbase")
