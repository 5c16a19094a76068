"""Run the mutants of a project against its claims and score them.

`MutationRun` judges the claims once on the unmutated project, then applies each mutant in
memory (see `apply`) and re-judges the claims resting on what changed. A mutant is *killed*
when a claim that passed before now fails, *equivalent* when no claim could ever tell, and
*survives* otherwise; an *invalid* mutant is reported, never counted in the score.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

from factspec.gate.mutate.apply import InvalidMutant, apply_mutant, stated_value
from factspec.gate.mutate.mutants import NUMBER, Mutant, build_mutants
from factspec.judge.checker import Checker
from factspec.model.evidence import ResolvedEvidence
from factspec.model.factbase import Fact, FactBase
from factspec.model.grammar import Relation, Requirement
from factspec.model.project import Project
from factspec.model.values import SourceValues
from factspec.read.features import Claim
from factspec.read.problems import FactspecError
from factspec.read.progress import track


class Status(Enum):
    """What became of a mutant."""

    KILLED = "killed"
    SURVIVED = "survived"
    EQUIVALENT = "equivalent"  # survived, and no claim could ever tell (see MutationRun.check)
    INVALID = "invalid"


@dataclass(frozen=True)
class MutantResult:
    """One mutant's outcome: which claims failed, and which rest on its evidence."""

    mutant: Mutant
    status: Status
    reason: str = ""  # why an invalid mutant is invalid
    failed: tuple[Claim, ...] = ()  # claims that passed before and fail on the mutant
    exposed: tuple[Claim, ...] = ()  # passing claims resting on the mutated facts


@dataclass(frozen=True)
class MutationReport:
    """Every mutant's result, the claims that failed before mutation, and the time taken."""

    results: tuple[MutantResult, ...]
    failing_before: tuple[Claim, ...]
    elapsed_ns: int

    def count(self, status: Status) -> int:
        return sum(result.status is status for result in self.results)

    @property
    def valid(self) -> int:
        """Mutants that read as intended: the score's denominator."""
        return len(self.results) - self.count(Status.INVALID) - self.count(Status.EQUIVALENT)

    @property
    def score(self) -> Fraction | None:
        """Killed / valid mutants, exactly; None when no mutant was valid."""
        return Fraction(self.count(Status.KILLED), self.valid) if self.valid else None

    @property
    def survivors(self) -> list[MutantResult]:
        return [r for r in self.results if r.status is Status.SURVIVED]

    @property
    def invalid(self) -> list[MutantResult]:
        return [r for r in self.results if r.status is Status.INVALID]

    @property
    def per_second(self) -> Fraction | None:
        """Mutants built and checked per second (None when no time was measured)."""
        if not self.elapsed_ns:
            return None
        return Fraction(len(self.results) * 10**9, self.elapsed_ns)


@dataclass(frozen=True)
class _Baseline:
    """A claim that passes on the unmutated project, its parsed steps and its facts."""

    claim: Claim
    steps: tuple[Relation | Requirement, ...]
    facts: frozenset[str]


Progress = Callable[[int, int], None]


class MutationRun:
    """Mutants of one loaded project, checked against its claims in-process.

    Claims are parsed once: a mutant changes sources and evidence, never fact ids or units,
    so the parsed steps stay valid. Only the edited source is re-resolved and only claims
    resting on changed facts are re-judged; ``exhaustive=True`` re-resolves every quote and
    re-judges every claim instead (the tests prove both give the same results).
    """

    def __init__(
        self, project: Project, claims: Sequence[Claim], *, exhaustive: bool = False
    ) -> None:
        self.project = project
        self.exhaustive = exhaustive
        self._resolved = {id(item.evidence): item for item in project.evidence}
        self._dependents = _derived_dependents(project.factbase.facts)
        self.passing: list[_Baseline] = []
        self.failing: list[Claim] = []
        checker = Checker(project)
        for claim in claims:
            baseline = self._baseline(checker, claim)
            if baseline is None:
                self.failing.append(claim)
            else:
                self.passing.append(baseline)

    @staticmethod
    def _baseline(checker: Checker, claim: Claim) -> _Baseline | None:
        try:
            steps = tuple(checker.parse(claim, step) for step in claim.steps)
        except FactspecError:
            return None
        result = checker.judge(claim, steps)
        return _Baseline(claim, steps, frozenset(result.facts)) if result.passed else None

    def run(self, progress: Progress | None = None) -> MutationReport:
        """Build every mutant and check it; ``progress(done, total)`` after each."""
        started = time.perf_counter_ns()
        mutants = build_mutants(self.project)
        results = []
        for done, mutant in enumerate(track(mutants, "mutating"), 1):
            results.append(self.check(mutant))
            if progress is not None:
                progress(done, len(mutants))
        elapsed = time.perf_counter_ns() - started
        return MutationReport(tuple(results), tuple(self.failing), elapsed)

    def check(self, mutant: Mutant) -> MutantResult:
        """Apply ``mutant`` in memory and judge the claims on it."""
        exposed = self._claims_on(self._closure(mutant.facts))
        if mutant.edit is None:
            return MutantResult(mutant, Status.INVALID, mutant.problem, exposed=exposed)
        try:
            project, changed = self.apply(mutant)
        except InvalidMutant as invalid:
            return MutantResult(mutant, Status.INVALID, str(invalid), exposed=exposed)
        checker = Checker(project)
        judged = (
            tuple(b.claim for b in self.passing)
            if self.exhaustive
            else self._claims_on(self._closure(changed))
        )
        wanted = {claim.id for claim in judged}
        failed = tuple(
            b.claim
            for b in self.passing
            if b.claim.id in wanted and not checker.judge(b.claim, b.steps).passed
        )
        if failed:
            return MutantResult(mutant, Status.KILLED, failed=failed, exposed=exposed)
        why = self._equivalence(mutant, project)
        if why:
            return MutantResult(mutant, Status.EQUIVALENT, why, exposed=exposed)
        return MutantResult(mutant, Status.SURVIVED, exposed=exposed)

    def _equivalence(self, mutant: Mutant, project: Project) -> str:
        """Why no claim, present or future, can kill this surviving mutant ("" if one could).

        Verdicts read nothing but what each source allows for each fact. A mutant that
        leaves all of that exactly as it was (the source states the same elsewhere) cannot
        change any verdict. A number moved so that the new statement implies the old one
        (a one-sided bound moved inward: "über 442.000" for "über 340.000") is not a change
        beyond the statement's tolerance: everything the claims relied on still holds.
        """
        facts = self._closure(mutant.facts)
        source = mutant.source.id
        before = SourceValues(self.project.factbase, self.project.evidence)
        after = SourceValues(project.factbase, project.evidence)
        factbase = self.project.factbase
        if all(
            _allowed(factbase, before, f, source) == _allowed(factbase, after, f, source)
            for f in facts
        ):
            return "the source still allows exactly the same values: it says the same elsewhere"
        if mutant.kind == NUMBER and all(
            _implies(project, target, source) for target in mutant.targets
        ):
            return "the new statement implies the old one: not a change beyond its tolerance"
        return ""

    def apply(self, mutant: Mutant) -> tuple[Project, frozenset[str]]:
        """The mutated project, and the facts whose evidence now reads differently.

        Raises `InvalidMutant` when the edit breaks evidence it was not meant to remove or
        leaves the targeted reading unchanged.
        """
        return apply_mutant(self.project, self._resolved, mutant, exhaustive=self.exhaustive)

    def _closure(self, facts: Iterable[str]) -> frozenset[str]:
        """``facts`` and every derived fact computed from them, directly or not."""
        found = set(facts)
        pending = list(found)
        while pending:
            for dependent in self._dependents.get(pending.pop(), ()):
                if dependent not in found:
                    found.add(dependent)
                    pending.append(dependent)
        return frozenset(found)

    def _claims_on(self, facts: frozenset[str]) -> tuple[Claim, ...]:
        """The passing claims whose relations rest on any of ``facts``."""
        return tuple(b.claim for b in self.passing if b.facts & facts)


def _derived_dependents(facts: Iterable[Fact]) -> dict[str, list[str]]:
    """Operand fact id → the derived facts computed from it."""
    dependents: dict[str, list[str]] = {}
    for fact in facts:
        for operand in fact.operands:
            dependents.setdefault(operand, []).append(fact.id)
    return dependents


def format_fraction(value: Fraction, places: int) -> str:
    """``value`` with ``places`` decimals, rounded down (so 99.96 % never shows as 100.0)."""
    scaled = math.floor(value * 10**places)
    whole, frac = divmod(scaled, 10**places)
    return f"{whole}.{frac:0{places}d}" if places else str(whole)


def _allowed(
    factbase: FactBase, values: SourceValues, fact_id: str, source_id: str
) -> tuple[object, ...]:
    """Everything a verdict can read about one fact from one source."""
    if factbase.fact(fact_id).kind == "statement":
        # The set, not the count: a stance said twice is no stronger than said once.
        return (
            "statement",
            frozenset(
                (item.evidence.stance or "", item.evidence.hedged)
                for item in values.evidence(fact_id, source_id)
            ),
        )
    value = values.value(fact_id, source_id)
    if value is None:
        return ("silent",)
    return (value.allowed, value.endpoints, value.hedged, value.conflict)


def _implies(project: Project, target: ResolvedEvidence, source_id: str) -> bool:
    """Whether the mutated reading of ``target`` allows only values the original allowed."""
    old = target.quantity
    for item in project.evidence:
        new = item.quantity
        if item.fact.id != target.fact.id or item.source.id != source_id or new is None:
            continue
        if old is not None and stated_value(new) != stated_value(old):
            return new.interval.subset_of(old.interval)
    return False
