"""The cached figure readings of corpus coverage (`model.figures`): a source is read again
exactly when its text, its language or the project's units changed, and coverage is the same
with the cache, without it, and from a damaged cache file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import factspec.model.figures as figures_module
from conftest import CliRun
from factspec.judge.figure_coverage import corpus_coverage
from factspec.model.cache import CACHE_DIR, CacheStore
from factspec.model.project import Project
from test_cache import _garbage, edit


class Reads:
    """`Project.figures` with the cache, counting the sources read afresh."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sources: list[str] = []
        self.warnings: list[str] = []
        original = figures_module.read_quantities

        def counting(text: str, lang: str, **kwargs: Any) -> Any:
            self.sources.append(text.splitlines()[0])
            return original(text, lang, **kwargs)

        monkeypatch.setattr(figures_module, "read_quantities", counting)

    def figures(self, root: Path) -> dict[str, Any]:
        self.sources.clear()
        project = Project.load(root, cache=CacheStore(root, warn=self.warnings.append))
        return project.figures


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Reads:
    return Reads(monkeypatch)


def coverage(project: Project) -> list[tuple[str, int, int, int]]:
    found = corpus_coverage(project.factbase, project.texts, project.evidence, project.figures)
    return [(s.source.id, len(s.covered), len(s.ignored), len(s.uncovered)) for s in found.sources]


def test_a_warm_run_reads_no_source_and_gives_the_same_figures(tiny: Path, reads: Reads) -> None:
    cold = reads.figures(tiny)
    assert len(reads.sources) == 2
    warm = reads.figures(tiny)
    assert reads.sources == []
    assert warm == cold
    assert warm == Project.load(tiny, cache=False).figures
    assert reads.warnings == []


@pytest.mark.parametrize(
    ("what", "file", "old", "new", "read_again"),
    [
        ("a byte of one seed", "seeds/b.txt", "Falcon needs", "Falcon needed", 1),
        ("a source's language", "facts.yaml", "language: en", "language: de", 1),
        ("the facts file, not a source", "facts.yaml", "version: 1", "# note\nversion: 1", 0),
        (
            "the project's units",
            "facts.yaml",
            "sources:",
            "units:\n  - id: widget\n    words: {de: [Widgets], en: [widgets]}\nsources:",
            2,
        ),
    ],
)
def test_an_edit_reads_again_exactly_the_sources_it_moved(
    tiny: Path, reads: Reads, what: str, file: str, old: str, new: str, read_again: int
) -> None:
    reads.figures(tiny)
    edit(tiny / file, old, new)
    figures = reads.figures(tiny)
    assert len(reads.sources) == read_again, what
    assert figures == Project.load(tiny, cache=False).figures
    reads.figures(tiny)
    assert reads.sources == []


def test_a_damaged_table_is_ignored_with_a_warning_and_rebuilt(tiny: Path, reads: Reads) -> None:
    cold = reads.figures(tiny)
    (table,) = sorted((tiny / CACHE_DIR / "figures").glob("*.pickle"))
    _garbage(table)
    assert reads.figures(tiny) == cold
    assert len(reads.sources) == 2
    assert len(reads.warnings) == 1 and "not a factspec cache file" in reads.warnings[0]


def test_lint_and_coverage_are_the_same_with_and_without_the_cache(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    edit(tiny / "seeds/b.txt", "Falcon needs", "Falcon needs 12 racks and")  # an uncovered figure
    fresh = run_cli("lint", "--no-cache", str(tiny))
    cold = run_cli("lint", str(tiny))
    warm = run_cli("lint", str(tiny))
    assert fresh.code == cold.code == warm.code == 1
    assert "seeds/b.txt:1:14: figure '12' is covered by no evidence quote" in fresh.out
    assert fresh.out == cold.out == warm.out
    project = Project.load(tiny)
    assert coverage(project) == coverage(Project.load(tiny, cache=False))


def test_a_warm_lint_reads_no_source_for_any_of_its_checks(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., CliRun]
) -> None:
    """Coverage, unread numbers and figures before a word naming several units: a second
    lint takes all three readings from the cache and reports the same, findings included."""
    edit(
        tiny / "seeds/b.txt",
        "Falcon needs more computers",
        "Falcon needs more computers: 902 pounds of them, or one twenty two",
    )
    fresh = run_cli("lint", "--no-cache", str(tiny))
    assert "figure '902' is not read: the word after it, 'pounds'" in fresh.out
    assert "number 'one twenty two' cannot be read" in fresh.out
    cold = run_cli("lint", str(tiny))
    calls: list[str] = []
    for name in ("read_quantities", "unread_figures"):
        original = getattr(figures_module, name)

        def counting(*args: Any, _name: str = name, _original: Any = original, **kw: Any) -> Any:
            calls.append(_name)
            return _original(*args, **kw)

        monkeypatch.setattr(figures_module, name, counting)
    warm = run_cli("lint", str(tiny))
    assert calls == []
    assert fresh.code == cold.code == warm.code == 1
    assert fresh.out == cold.out == warm.out
