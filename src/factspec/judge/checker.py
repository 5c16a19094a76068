"""The in-process runner: every claim of a project checked against every source, no pytest.

`Checker` is shared with the pytest-bdd bindings in ``steps/``: both parse steps with the one
grammar and judge them with the one verdict function, so the two runners cannot disagree.

Judging is sparse: a claim is judged only against the sources holding evidence for one of the
facts it rests on. Every other source is SILENT by definition, so it gets no cell and no
entry in the record's ``verdicts``; a reader treats a missing source as silent. This keeps a
check linear in the evidence, not in claims × sources (2k claims × 10k sources would be 20M
cells, nearly all of them silent).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from factspec.judge.claim_rules import claim_problems
from factspec.judge.verdict import (
    Cell,
    ClaimOutcome,
    Verdict,
    decide,
    judge_cell,
    place_cells,
)
from factspec.model.cache import CacheStore
from factspec.model.evidence import ResolvedEvidence
from factspec.model.grammar import (
    ChangeStep,
    ChangeToStep,
    CompareStep,
    GrowthStep,
    MultipleStep,
    Relation,
    Requirement,
    SourceSupportsStep,
    StatementStep,
    StepError,
    SumStep,
    ValueStep,
    facts_named,
    parse_step,
)
from factspec.model.lock import FIX as LOCK_FIX
from factspec.model.lock import LOCK_FILE, LockStatus, lock_status
from factspec.model.project import FEATURES_DIR, Project
from factspec.model.values import SourceValues
from factspec.read.corpus import QuoteLocation
from factspec.read.features import Claim, ClaimStep, load_features
from factspec.read.problems import FactspecError, Problem

RELATION_TYPES = Relation.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ClaimResult:
    """One claim's verdict per speaking source (every other source is silent), and whether
    it passes."""

    claim: Claim
    cells: tuple[Cell, ...]
    outcome: ClaimOutcome
    problems: tuple[Problem, ...] = ()
    facts: tuple[str, ...] = ()  # every fact the claim's relations rest on, derived ones included

    @property
    def passed(self) -> bool:
        return self.outcome.passed and not self.problems

    @property
    def judged(self) -> bool:
        """Whether the sources were asked: False when a step could not be read."""
        return bool(self.facts)

    def failure_message(self) -> str:
        """What a reader needs to see why the claim failed: reasons, then every source."""
        lines = [f"Claim: {self.claim.title}  ({self.claim.feature}:{self.claim.line})"]
        lines += [f"  problem: {problem}" for problem in self.problems]
        lines += [f"  {reason}" for reason in self.outcome.reasons]
        for cell in self.cells:
            for finding in cell.findings:
                hedge = " (hedged)" if finding.hedged else ""
                lines.append(f"    {finding.explanation}{hedge}")
        return "\n".join(lines)


class Checker:
    """Judges claims against one loaded project; source values are computed once and shared."""

    def __init__(self, project: Project, lock: LockStatus | None = None) -> None:
        self.project = project
        self.lock = lock
        self.values = SourceValues(project.factbase, project.evidence)
        self.fact_ids = frozenset(fact.id for fact in project.factbase.facts)
        self.source_ids = tuple(source.id for source in project.factbase.sources)
        self.files_of_fact: dict[str, set[str]] = {}
        for item in project.evidence:
            self.files_of_fact.setdefault(item.fact.id, set()).add(item.source.file)

    def files_of(self, facts: Sequence[str]) -> set[str]:
        """The source files holding evidence for any of ``facts``."""
        return set().union(*(self.files_of_fact.get(fact, set()) for fact in facts))

    def _resting_problems(self, facts: Sequence[str]) -> tuple[Problem, ...]:
        """What is wrong with the ground a claim rests on: evidence that could not be proven,
        and sources changed since the lock (until someone reviews them)."""
        problems = [p for fact in facts for p in self.project.unresolved.get(fact, [])]
        if self.lock is not None:
            files = self.files_of(facts) | self._registered_files(facts)
            problems += [
                Problem(LOCK_FILE, None, self.lock.describe(name), LOCK_FIX)
                for name in self.lock.touches(files)
            ]
        return tuple(problems)

    def _registered_files(self, facts: Sequence[str]) -> set[str]:
        """The files the facts' evidence cites, whether or not it could be proven."""
        factbase = self.project.factbase
        return {
            factbase.source(evidence.source).file
            for fact in facts
            for evidence in factbase.fact(fact).evidence
        }

    def parse(self, claim: Claim, step: ClaimStep) -> Relation | Requirement:
        """One step of ``claim``; raise `FactspecError` naming feature:line on a bad step."""
        factbase = self.project.factbase
        try:
            parsed = parse_step(
                step.text,
                claim.language,
                facts=self.fact_ids,
                sources=self.source_ids,
                units=factbase.unit_registry(),
                tolerance=factbase.tolerance,
            )
            self._check_units(parsed)
        except StepError as error:
            raise FactspecError([Problem(claim.feature, step.line, str(error))]) from error
        return parsed

    def _check_units(self, step: Relation | Requirement) -> None:
        """Different units are an error, never a verdict; so is a number for a statement."""
        fact_of = self.project.factbase.fact
        match step:
            case ValueStep(fact=fact, claimed=claimed, as_of=as_of):
                expected = fact_of(fact).unit
                if fact_of(fact).kind == "statement":
                    raise StepError(f"{fact} is a statement fact; say '{fact} holds' instead")
                if as_of is not None and not fact_of(fact).revisable:
                    raise StepError(
                        f"the step names a date, but {fact} is not revisable: its statements "
                        "are not a history to choose from; remove the date, or declare the "
                        "fact revisable: true in facts.yaml if it is a forecast or plan"
                    )
                if claimed.unit != expected:
                    raise StepError(
                        f"the claim reads {claimed.text!r} as {claimed.unit or 'no unit'}, "
                        f"but {fact} is in {expected}; state the value in {expected}"
                    )
            case ChangeToStep(fact=fact, base=base, claimed=claimed):
                expected = fact_of(fact).unit
                if claimed.unit != expected or fact_of(base).unit != expected:
                    raise StepError(
                        f"the claim reads {claimed.text!r} as {claimed.unit or 'no unit'}; "
                        f"{fact} is in {expected} and {base} in {fact_of(base).unit}: "
                        "the value reached and both facts must be in one unit"
                    )
            case StatementStep(fact=fact) if fact_of(fact).kind != "statement":
                raise StepError(f"{fact} carries a number; state its value, e.g. '{fact} is …'")
            case ChangeStep(fact=a, base=b, points=True):
                if fact_of(a).unit != "percent" or fact_of(b).unit != "percent":
                    raise StepError(
                        f"a change in percentage points is between two shares in percent, but "
                        f"{a} is in {fact_of(a).unit} and {b} in {fact_of(b).unit}; "
                        "state the change in percent ('rose by 5 %')"
                    )
            case (
                MultipleStep(fact=a, base=b)
                | ChangeStep(fact=a, base=b)
                | CompareStep(fact=a, base=b)
                | SumStep(fact=a, other=b)
                | GrowthStep(fact=a, base=b)
            ):
                facts = facts_named(step)
                units = {fact_of(name).unit for name in facts}
                if len(units) != 1 or None in units:
                    listed = ", ".join(f"{name} in {fact_of(name).unit}" for name in facts)
                    raise StepError(f"{listed}; only facts of one unit can be compared")
                if isinstance(step, SumStep) and step.claimed.unit != fact_of(a).unit:
                    raise StepError(
                        f"the claim reads {step.claimed.text!r} as "
                        f"{step.claimed.unit or 'no unit'}, but {a} and {b} are in "
                        f"{fact_of(a).unit}; state the sum in {fact_of(a).unit}"
                    )

    def judge(self, claim: Claim, steps: Sequence[Relation | Requirement]) -> ClaimResult:
        """Apply already parsed steps: a verdict per source, then the pass rule."""
        relations = [s for s in steps if isinstance(s, RELATION_TYPES)]
        requirements = [s for s in steps if not isinstance(s, RELATION_TYPES)]
        if not relations:
            problem = Problem(
                claim.feature,
                claim.line,
                f"claim {claim.title!r} states no relation over facts",
                "add a step such as '<fact> is about 160,000 GPUs'",
            )
            return ClaimResult(claim, (), ClaimOutcome(False, (), (), ()), (problem,))
        facts = self._facts_of(relations)
        # A source the claim names is judged even when silent, so its cell says what it lacks.
        named = {r.source for r in requirements if isinstance(r, SourceSupportsStep)}
        cells = place_cells(
            [
                judge_cell(relations, source, self.values)
                for source in self.values.speaking(facts, also=named)
            ]
        )
        outcome = decide(
            cells,
            requirements,
            disputed=claim.disputed,
            dispute_reason=claim.description,
            debunked=claim.debunked,
            steps=self._relation_words(claim, steps),
        )
        problems = (*claim_problems(claim, relations, self.project), *self._resting_problems(facts))
        return ClaimResult(claim, cells, outcome, problems, facts)

    @staticmethod
    def _relation_words(claim: Claim, steps: Sequence[Relation | Requirement]) -> list[str]:
        """The words of each relation step, for reasons naming a step; none when the parsed
        steps do not line up with the claim's (a runner that parsed only some of them)."""
        if len(claim.steps) != len(steps):
            return []
        return [
            step.text
            for step, parsed in zip(claim.steps, steps, strict=True)
            if isinstance(parsed, RELATION_TYPES)
        ]

    def verdicts(self, result: ClaimResult) -> dict[str, Verdict]:
        """Every source's verdict on a judged claim, the silent ones included, in source order."""
        spoken = {cell.source_id: cell.verdict for cell in result.cells}
        return {sid: spoken.get(sid, Verdict.SILENT) for sid in self.source_ids}

    def _facts_of(self, relations: Sequence[Relation]) -> tuple[str, ...]:
        """Every fact the relations rest on: those named, any derived fact that relates two of
        them, and the operands of every derived fact among them (a source's evidence for the
        operands gives the derived value)."""
        factbase = self.project.factbase
        named: list[str] = []
        for relation in relations:
            facts = facts_named(relation)
            named.extend(facts)
            if len(facts) == 2:
                named.extend(f.id for f in factbase.derived_over(*facts))
        return tuple(factbase.with_operands(named))

    def record(self, result: ClaimResult) -> dict[str, object]:
        """A claim's result as plain data, the same from both runners; reports are built from it.

        Plain data because under pytest-xdist it travels from the workers to the controller.
        ``verdicts`` and ``cells`` hold the speaking sources only; ``judged`` is False when a
        step could not be read, so no source was asked at all.
        """
        claim = result.claim
        return {
            "id": claim.id,
            "title": claim.title,
            "feature": claim.feature,
            "line": claim.line,
            "tags": list(claim.tags),
            "dispute_reason": claim.description if claim.disputed else "",
            "status": "passed" if result.passed else "failed",
            "reasons": [str(p) for p in result.problems] + list(result.outcome.reasons),
            "supporters": list(result.outcome.supporters),
            "judged": result.judged,
            "verdicts": {cell.source_id: cell.verdict.name for cell in result.cells},
            "hedged": [cell.source_id for cell in result.cells if cell.hedged],
            "completed": [cell.source_id for cell in result.cells if cell.completed],
            "files": sorted(self.files_of(result.facts)),
            "cells": [self._cell_record(cell, result.facts) for cell in result.cells],
        }

    def _cell_record(self, cell: Cell, facts: Sequence[str]) -> dict[str, object]:
        evidence = [
            _evidence_record(item, location)
            for fact in facts
            for item in self.values.evidence(fact, cell.source_id)
            for location in item.locations
        ]
        evidence += [
            {**_evidence_record(item, location), "source": lender, "borrowed": True}
            for borrowed, lenders in dict.fromkeys((b.fact, b.lenders) for b in cell.borrowed)
            # A borrowed derived value rests on the lender's quotes for its operands.
            for fact in self.project.factbase.with_operands([borrowed])
            for lender in lenders
            for item in self.values.evidence(fact, lender)
            for location in item.locations
        ]
        return {
            "source": cell.source_id,
            "verdict": cell.verdict.name,
            "hedged": cell.hedged,
            "completed": cell.completed,
            "completed_from": _completed_from(cell),
            "explanations": [finding.explanation for finding in cell.findings],
            "evidence": evidence,
        }

    def check(self, claim: Claim) -> ClaimResult:
        """Parse and judge one claim; step problems make it fail rather than stop the run."""
        steps: list[Relation | Requirement] = []
        problems: list[Problem] = []
        for step in claim.steps:
            try:
                steps.append(self.parse(claim, step))
            except FactspecError as error:
                problems.extend(error.problems)
        if problems:
            return ClaimResult(claim, (), ClaimOutcome(False, (), (), ()), tuple(problems))
        return self.judge(claim, steps)


def _evidence_record(item: ResolvedEvidence, location: QuoteLocation) -> dict[str, object]:
    """One quote of a cell as reports show it: where it stands and what fact it is for."""
    return {
        "fact": item.fact.id,
        "quote": location.text,
        "line": location.line,
        "column": location.column,
        "start": location.start,
        "end": location.end,
        "hedged": item.evidence.hedged,
    }


def _completed_from(cell: Cell) -> list[dict[str, object]]:
    """What a completed cell rests on beyond its source: per borrowed fact its lenders, per
    step the source is silent on the sources that speak on it."""
    if not cell.completed:
        return []
    lent: dict[str, list[str]] = {}
    for borrowed in cell.borrowed:
        lent.setdefault(borrowed.fact, [])
        lent[borrowed.fact] += [s for s in borrowed.lenders if s not in lent[borrowed.fact]]
    return [
        *({"fact": fact, "sources": sources} for fact, sources in lent.items()),
        *({"step": index + 1, "sources": list(ids)} for index, ids in cell.elsewhere),
    ]


@dataclass(frozen=True)
class CheckReport:
    checker: Checker
    results: tuple[ClaimResult, ...]
    lock: LockStatus

    @property
    def project(self) -> Project:
        return self.checker.project

    @property
    def passed(self) -> bool:
        return not self.project_problems() and all(result.passed for result in self.results)

    def project_problems(self) -> list[Problem]:
        """What fails the run beyond single claims: missing sources, unproven evidence, lock."""
        return [
            *self.project.missing_sources(),
            *self.project.findings,
            *self.lock_problems(),
        ]

    def lock_problems(self) -> list[Problem]:
        """The sources changed since the lock, each with the claims resting on it."""
        return self.lock.problems(claims_by_file(self.checker, self.results))

    def records(self) -> list[dict[str, object]]:
        """Every claim's record, as the pytest plugin records them."""
        return [self.checker.record(result) for result in self.results]


def check_project(root: Path, *, cache: CacheStore | bool | None = True) -> CheckReport:
    """Load the project at ``root`` and check every claim of its features; ``cache`` as
    `Project.load` takes it."""
    project = Project.load(root, cache=cache)
    claims = load_features(root / FEATURES_DIR, root)
    if not claims:
        raise FactspecError(
            [Problem(FEATURES_DIR, None, "no claims found", "add scenarios to features/*.feature")]
        )
    lock = lock_status(root)
    checker = Checker(project, lock)
    return CheckReport(checker, tuple(checker.check(claim) for claim in claims), lock)


def claims_by_file(checker: Checker, results: Sequence[ClaimResult]) -> dict[str, list[str]]:
    """Source file → titles of the claims whose evidence lies in it."""
    by_file: dict[str, list[str]] = {}
    for result in results:
        for name in sorted(checker.files_of(result.facts)):
            by_file.setdefault(name, []).append(result.claim.title)
    return by_file
