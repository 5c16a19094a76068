"""Corpus coverage: every figure in a source is evidence of a fact or deliberately ignored.

A figure nobody curated is a claim the suite cannot notice changing; counting them per
source is what lets a reviewer trust that the facts record the corpus completely.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from factspec.model.evidence import ResolvedEvidence
from factspec.model.factbase import FactBase, Source
from factspec.model.figures import read_figures
from factspec.read.corpus import SourceText, locate_quote
from factspec.read.problems import Problem
from factspec.read.quantity import Quantity


@dataclass(frozen=True)
class SourceCoverage:
    """The figures of one source, sorted into covered, ignored and uncovered."""

    source: Source
    covered: tuple[Quantity, ...]
    ignored: tuple[Quantity, ...]
    uncovered: tuple[Quantity, ...]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.ignored) + len(self.uncovered)

    @property
    def complete(self) -> bool:
        return not self.uncovered


@dataclass(frozen=True)
class CorpusCoverage:
    """Coverage of every source, plus the ignore entries that could not be placed."""

    sources: tuple[SourceCoverage, ...]
    problems: tuple[Problem, ...] = field(default=())

    @property
    def figures(self) -> int:
        return sum(s.total for s in self.sources)

    @property
    def uncovered(self) -> int:
        return sum(len(s.uncovered) for s in self.sources)


Span = tuple[int, int]


def corpus_coverage(
    factbase: FactBase,
    texts: dict[str, SourceText],
    evidence: Iterable[ResolvedEvidence],
    figures: dict[str, tuple[Quantity, ...]] | None = None,
) -> CorpusCoverage:
    """Sort the figures of every source by whether evidence or an ignore entry covers them;
    ``figures``: each source's figures as already read (`Project.figures`), else read here."""
    if figures is None:
        figures = read_figures(factbase, texts, None)
    quoted: dict[str, list[Span]] = {}
    for item in evidence:
        spans = quoted.setdefault(item.source.id, [])
        spans.extend((loc.start, loc.end) for loc in item.locations)
    ignored, problems = _ignored_spans(factbase, texts)
    results = []
    for source in factbase.sources:
        if source.file not in texts:
            continue  # a missing source is reported where it is registered
        results.append(
            _sort_figures(
                source, figures[source.id], quoted.get(source.id, []), ignored.get(source.id, [])
            )
        )
    return CorpusCoverage(tuple(results), tuple(problems))


def coverage_problems(coverage: CorpusCoverage, texts: dict[str, SourceText]) -> list[Problem]:
    """One finding per uncovered figure, at its place in the source."""
    problems = list(coverage.problems)
    for item in coverage.sources:
        text = texts[item.source.file]
        for figure in item.uncovered:
            line, column = text.line_col(figure.start)
            problems.append(
                Problem(
                    text.path,
                    line,
                    f"figure {figure.text!r} is covered by no evidence quote and no ignore entry",
                    "record it as evidence of a fact in facts.yaml, or list it under ignore: "
                    "with the reason it is not a fact",
                    column=column,
                )
            )
    return problems


def _ignored_spans(
    factbase: FactBase, texts: dict[str, SourceText]
) -> tuple[dict[str, list[Span]], list[Problem]]:
    spans: dict[str, list[Span]] = {}
    problems: list[Problem] = []
    for entry in factbase.ignore:
        source = factbase.source(entry.source)
        if source.file not in texts:
            continue
        locations = locate_quote(texts[source.file], entry.text)
        if not locations:
            problems.append(
                Problem(
                    factbase.file_of(entry),
                    factbase.line_of(entry, "text"),
                    f"ignored text {entry.text!r} not found in {texts[source.file].path}",
                    "copy the passage verbatim from the source, or remove the entry",
                )
            )
        spans.setdefault(source.id, []).extend((loc.start, loc.end) for loc in locations)
    return spans, problems


def _inside(figure: Quantity, spans: list[Span]) -> bool:
    return any(start <= figure.start and figure.end <= end for start, end in spans)


def _sort_figures(
    source: Source, figures: list[Quantity], quoted: list[Span], ignored: list[Span]
) -> SourceCoverage:
    covered, skipped, uncovered = [], [], []
    for figure in figures:
        if _inside(figure, quoted):
            covered.append(figure)
        elif _inside(figure, ignored):
            skipped.append(figure)
        else:
            uncovered.append(figure)
    return SourceCoverage(source, tuple(covered), tuple(skipped), tuple(uncovered))
