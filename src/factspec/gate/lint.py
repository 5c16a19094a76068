"""The curator's check of a project folder: everything facts.yaml says, proven against seeds/.

Findings are what a curator must fix (exit 1); input the engine cannot use at all raises
`FactspecError` (exit 2). The two are kept apart so a CI gate can tell "the facts are wrong"
from "the project is broken".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from factspec.judge.coverage_model import conflict_between
from factspec.judge.figure_coverage import CorpusCoverage, corpus_coverage, coverage_problems
from factspec.model.factbase import Fact, FactBase, Source
from factspec.model.figures import read_plain_figures, read_unread_figures
from factspec.model.project import SEEDS_DIR, Project
from factspec.model.values import SourceValues
from factspec.read.corpus import SourceText, locate_quote
from factspec.read.problems import Problem
from factspec.read.quantity import Quantity, UnreadFigure, after_name, read_quantities
from factspec.read.step_text import (
    DIGIT_RUN,
    LANGUAGE_NAMES,
    SEPARATORS,
    SWAP,
    other_notation_only,
)


@dataclass(frozen=True)
class LintReport:
    """What lint found, and the corpus coverage it measured."""

    findings: tuple[Problem, ...]
    coverage: CorpusCoverage
    facts: int
    evidence: int

    @property
    def clean(self) -> bool:
        return not self.findings


def lint_project(root: Path) -> LintReport:
    """Lint the project at ``root``; raise `FactspecError` when it cannot be read at all."""
    project = Project.load(root)
    findings = list(project.findings)
    findings.extend(
        Problem(
            f"{SEEDS_DIR}/{name}",
            None,
            "source file is not registered in the fact files",
            "add it under sources: (id, file, title, language, published) and curate its "
            "figures, or remove the file",
        )
        for name in project.unregistered_seed_files()
    )
    findings.extend(project.missing_sources())
    coverage = corpus_coverage(project.factbase, project.texts, project.evidence, project.figures)
    findings.extend(coverage_problems(coverage, project.texts))
    findings.extend(unreadable_figures(project.factbase, project.texts))
    findings.extend(unread_numbers(project.factbase, project.texts, project.unread_figures))
    findings.extend(ambiguous_unit_figures(project.factbase, project.texts, project.plain_figures))
    findings.extend(undated_revisions(project))
    evidence_count = sum(len(fact.evidence) for fact in project.factbase.facts)
    return LintReport(
        findings=tuple(sorted(findings, key=_order)),
        coverage=coverage,
        facts=len(project.factbase.facts),
        evidence=evidence_count,
    )


def _order(problem: Problem) -> tuple[str, int, int]:
    return (problem.path, problem.line or 0, problem.column or 0)


# -- figures the reader cannot read -----------------------------------------------------

_DAY_MONTH = re.compile(r"(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])")

Run = re.Match[str]


def unreadable_figures(factbase: FactBase, texts: dict[str, SourceText]) -> list[Problem]:
    """One finding per figure the reader skips because its digits are written with the
    other language's separators ("8.5 Milliarden" in German, "1,5 billion" in English).

    The reader drops such a digit run without a word, so corpus coverage never counts it
    and no curator would see it. A digit run is reported when
    (1) it holds a '.' or ',' and the reader does not take it for a number in the source's
    language, (2) with '.' and ',' swapped it does (so dates such as 24.01.2025 and
    versions such as 1.2.3 stay out), and (3) its line, read with the run swapped, holds a
    figure covering it: the reader's own rules keep out names ("Llama 3.1"), times ("14.30
    Uhr") and codes. A German run standing bare (no unit, scale, qualifier or range),
    shaped like a day.month and closed by a full stop ("am 24.01.") is a date. A run
    inside an ``ignore:`` passage has been seen and is not reported.
    """
    problems: list[Problem] = []
    for source in factbase.sources:
        text = texts.get(source.file)
        if text is None:
            continue  # a missing source is reported where it is registered
        lang = source.language
        runs = [
            run for run in DIGIT_RUN.finditer(text.text) if other_notation_only(run.group(), lang)
        ]
        if runs:
            ignored = _ignored_spans(factbase, source, text)
            runs = [run for run in runs if not _within(run.span(), ignored)]
            problems.extend(_figures_over(runs, factbase, source, text))
    return problems


def unread_numbers(
    factbase: FactBase,
    texts: dict[str, SourceText],
    unread: dict[str, tuple[UnreadFigure, ...]] | None = None,
) -> list[Problem]:
    """One finding per number the reader sees in a source but cannot read ("two hundred
    point zero three", "1 cup and a half"): it is neither a figure coverage counts nor one
    a curator was told of, so it would pass unnoticed — fail closed instead. A number inside
    an ``ignore:`` passage has been seen and is not reported. ``unread``: each source's
    unread numbers as already found (`Project.unread_figures`), else found here."""
    if unread is None:
        unread = read_unread_figures(factbase, texts, None)
    problems: list[Problem] = []
    for source in factbase.sources:
        text = texts.get(source.file)
        if text is None:
            continue  # a missing source is reported where it is registered
        found = unread[source.id]
        if not found:
            continue
        ignored = _ignored_spans(factbase, source, text)
        for figure in found:
            if _within((figure.start, figure.end), ignored):
                continue
            line, column = text.line_col(figure.start)
            problems.append(
                Problem(
                    text.path,
                    line,
                    f"number {figure.text!r} cannot be read: {figure.why}",
                    "it cannot be evidence as written: list the passage under ignore: with "
                    "the reason, or record the fact from a passage that states the number in "
                    "digits or in words the reader composes (factspec parse shows how a text "
                    "is read)",
                    column=column,
                )
            )
    return problems


def ambiguous_unit_figures(
    factbase: FactBase,
    texts: dict[str, SourceText],
    plain: dict[str, tuple[Quantity, ...]] | None = None,
) -> list[Problem]:
    """One finding per figure the reader leaves unread because the word after it names
    several units ("902 Pfd.": sterling or weight; "5 Kronen": which crowns).

    The reader reads nothing there rather than a number without its unit, so coverage never
    counts the figure; this says where it is. A figure inside an ``ignore:`` passage has been
    seen and is not reported. ``plain``: the readings without ambiguous unit words of the
    sources that use one (`Project.plain_figures`), else read here.
    """
    units = factbase.unit_registry()
    if plain is None:
        plain = read_plain_figures(factbase, texts, None)
    problems: list[Problem] = []
    for source in factbase.sources:
        text = texts.get(source.file)
        if text is None or source.id not in plain:
            continue  # nearly every source: it uses no word naming several units
        lang = source.language
        ignored = _ignored_spans(factbase, source, text)
        for reading in plain[source.id]:
            if reading.unit is not None or _within((reading.start, reading.end), ignored):
                continue
            after = _AFTER_FIGURE.match(text.text, reading.end)
            found = units.ambiguous_at(text.text, after.end(), lang) if after else None
            if found is None:
                continue
            word, meaning = found
            line, column = text.line_col(reading.start)
            problems.append(
                Problem(
                    text.path,
                    line,
                    f"figure {reading.text!r} is not read: the word after it, {word!r}, "
                    f"may mean {meaning}",
                    "declare the word under units: in the sense this project's sources use "
                    '(e.g. words: {de: [Pfund]} with equals: "1 GBP"), or list the figure '
                    "under ignore: with the reason",
                    column=column,
                )
            )
    return problems


# Between a figure and its unit word: nothing, a space or a hyphen ("5 Kronen", "5-Pfund").
_AFTER_FIGURE = re.compile(r"[ \t\xa0\u202f-]?")


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _ignored_spans(factbase: FactBase, source: Source, text: SourceText) -> list[tuple[int, int]]:
    return [
        (location.start, location.end)
        for entry in factbase.ignore
        if entry.source == source.id
        for location in locate_quote(text, entry.text)
    ]


def _figures_over(
    runs: list[Run], factbase: FactBase, source: Source, text: SourceText
) -> list[Problem]:
    """Read each line holding runs with their separators swapped; report every figure that
    then covers a run. A line break ends a figure, so the line is context enough."""
    by_line: dict[int, list[Run]] = {}
    for run in runs:
        by_line.setdefault(text.line_col(run.start())[0], []).append(run)
    problems = []
    for line, in_line in by_line.items():
        original = text.line_text(line)
        offset = in_line[0].start() - text.line_col(in_line[0].start())[1] + 1
        swapped = list(original)
        for run in in_line:
            swapped[run.start() - offset : run.end() - offset] = run.group().translate(SWAP)
        units = factbase.unit_registry()
        for reading in read_quantities("".join(swapped), source.language, units=units):
            span = (offset + reading.start, offset + reading.end)
            covered = [run for run in in_line if _within(run.span(), [span])]
            if (
                covered
                and not _date(span, covered, text, source.language)
                and not _version(reading, span, covered, text, source.language)
            ):
                figure = original[reading.start : reading.end]
                problems.append(_unreadable_problem(figure, covered, source, text, line))
    return problems


def _date(span: tuple[int, int], covered: list[Run], text: SourceText, lang: str) -> bool:
    """A bare German day.month closed by a full stop, as dates are written: "am 24.01."."""
    if lang != "de" or len(covered) != 1 or covered[0].span() != span:
        return False  # a unit, scale, qualifier or range makes it a figure
    run = covered[0]
    return bool(_DAY_MONTH.fullmatch(run.group())) and text.text[run.end() : run.end() + 1] == "."


def _version(
    reading: Quantity, span: tuple[int, int], covered: list[Run], text: SourceText, lang: str
) -> bool:
    """A bare dotted run after a name, as versions are written: "Llama 3.1" in German. The
    reader takes a comma number after a name for a figure ("Braunkohle 8,8"), so the swapped
    "Llama 3,1" would read; in its own notation it is the version the reader leaves alone."""
    if len(covered) != 1 or covered[0].span() != span or reading.qualifier is not None:
        return False
    run = covered[0]
    return reading.unit is None and "." in run.group() and after_name(text.text, run.start(), lang)


def _unreadable_problem(
    figure: str, covered: list[Run], source: Source, text: SourceText, line: int
) -> Problem:
    language = LANGUAGE_NAMES[source.language]
    numbers = ", ".join(repr(run.group()) for run in covered)
    verb = "is not a number" if len(covered) == 1 else "are not numbers"
    return Problem(
        text.path,
        line,
        f"figure {figure!r} cannot be read: {numbers} {verb} in {language}, where "
        f"{SEPARATORS[source.language]}",
        "evidence is read from the source's own words, so this figure cannot be evidence: "
        f'list it under ignore: with the reason (e.g. "{covered[0].group()}: decimal point '
        f"of another language\"), or correct source {source.id}'s language: if the text is "
        f"not {language}",
        column=text.line_col(covered[0].start())[1],
    )


# -- revisions that cannot be told apart ----------------------------------------------------


def undated_revisions(project: Project) -> list[Problem]:
    """Two sources' statements of a revisable fact that disagree, both dated only by their
    sources' months, and the same month: a history cannot order them, so "the latest
    statement" is undecided. Dating one of them (``as_of``) resolves it; dating both to the
    same month records that the sources really disagree, which the reports then show as a
    conflict."""
    values = SourceValues(project.factbase, project.evidence)
    problems = []
    for fact in project.factbase.facts:
        if not fact.revisable:
            continue
        sources = values.sources_on(fact.id)
        for month in values.revision_months(fact.id):
            undated = [s for s in sources if _undated_in(fact, s, month, values)]
            for a, b in itertools.combinations(undated, 2):
                va, vb = values.value(fact.id, a, month), values.value(fact.id, b, month)
                if va is None or vb is None or conflict_between(fact, a, va, b, vb) is None:
                    continue
                entry = next(e for e in fact.evidence if e.source == b)
                problems.append(
                    Problem(
                        project.factbase.file_of(entry),
                        entry.line,
                        f"revisable fact {fact.id!r}: sources {a} and {b} disagree, and both "
                        f"statements are dated {month} only by their sources' months",
                        "set as_of on each statement to the month it was made (the later one "
                        "then revises the earlier); if both were made that month, write "
                        "as_of on both to record that the sources disagree",
                    )
                )
    return problems


def _undated_in(fact: Fact, source_id: str, month: str, values: SourceValues) -> bool:
    """Whether the source stated the fact in ``month`` with no ``as_of`` of its own."""
    return values.stated_in(fact.id, source_id, month) and all(
        evidence.as_of is None for evidence in fact.evidence if evidence.source == source_id
    )
