"""Verdicts: a claim compared with one source's evidence, and the pass rule over all sources.

Comparison is exact: the evidence interval E against the claim interval C gives SUPPORTS when
E ⊆ C, REFUTES when E ∩ C = ∅, and COMPATIBLE otherwise; a source without evidence for a fact
the claim needs is SILENT, and one whose statements of a revisable fact are all of another
date is SUPERSEDED (history, never a refutation). A range fact is compared endpoint by endpoint.

A claim is the conjunction of its steps: each step is judged per source (a source holding
only part of what a derived step needs is completed from the corpus, `SourceValues.complete`),
a cell combines the steps its source speaks on, and the pass rule asks every step for its own
support (`decide`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from fractions import Fraction

from factspec.model.grammar import (
    ChangeStep,
    ChangeToStep,
    CompareStep,
    GrowthStep,
    MultipleStep,
    NoRefutationStep,
    Relation,
    Requirement,
    SourceSupportsStep,
    StatementStep,
    SumStep,
    SupportCountStep,
    ValueStep,
)
from factspec.model.values import (
    CHANGE,
    DIFFERENCE,
    GROWTH_GAP,
    POINTS,
    RATIO,
    SUM,
    Borrowed,
    History,
    Operation,
    SourceValue,
    SourceValues,
    Statement,
)
from factspec.read.interval import Interval
from factspec.read.quantity import Quantity


class Verdict(enum.Enum):
    """What one source says of one claim."""

    SUPPORTS = "✔"
    COMPATIBLE = "≈"
    REFUTES = "✘"
    SILENT = "·"
    SUPERSEDED = "↺"  # only statements of another date of a revisable fact: history

    @property
    def mark(self) -> str:
        return self.value


def compare(evidence: Interval, claim: Interval) -> Verdict:
    """E ⊆ C supports, E ∩ C = ∅ refutes, anything else is compatible."""
    if evidence.subset_of(claim):
        return Verdict.SUPPORTS
    if evidence.disjoint_from(claim):
        return Verdict.REFUTES
    return Verdict.COMPATIBLE


_FLIPPED = {Verdict.SUPPORTS: Verdict.REFUTES, Verdict.REFUTES: Verdict.SUPPORTS}


@dataclass(frozen=True)
class Target:
    """What a claim needs of a value: an interval; for "up to X" also where the top lies
    (the source's largest value must be X, not just at most X); negated for "is not"."""

    interval: Interval
    top: Interval | None = None
    negated: bool = False

    def judge(self, evidence: Interval) -> Verdict:
        verdict = (
            compare(evidence, self.interval) if self.top is None else self._judge_top(evidence)
        )
        return _flip_if(verdict, self.negated)

    def _judge_top(self, evidence: Interval) -> Verdict:
        """ "Up to X" against E: every value within the claim and E's largest value at X
        supports; E entirely beyond the claim, or never reaching X, refutes."""
        assert self.top is not None
        if evidence.disjoint_from(self.interval):
            return Verdict.REFUTES
        # The top and above it; a top is X as written, a closed interval (precision.top).
        reaching = Interval(self.top.low, None)
        if evidence.disjoint_from(reaching):
            return Verdict.REFUTES  # the source's values stay below the top the claim names
        top_reached = (
            evidence.high is not None
            and not evidence.high_open
            and Interval.point(evidence.high).subset_of(self.top)
        )
        if evidence.subset_of(self.interval) and top_reached:
            return Verdict.SUPPORTS
        return Verdict.COMPATIBLE

    def __str__(self) -> str:
        shown = f"up to {self.top} within {self.interval}" if self.top else str(self.interval)
        return f"a value outside {shown}" if self.negated else shown


def target_of(claimed: Quantity, *, negated: bool = False) -> Target:
    return Target(claimed.interval, claimed.top, negated)


def combine(verdicts: Sequence[Verdict]) -> Verdict:
    """All of several conditions: one refutation refutes, one gap silences, all must support."""
    if Verdict.REFUTES in verdicts:
        return Verdict.REFUTES
    if Verdict.SILENT in verdicts:
        return Verdict.SILENT
    if all(v is Verdict.SUPPORTS for v in verdicts):
        return Verdict.SUPPORTS
    return Verdict.COMPATIBLE


def strictest(verdicts: Sequence[Verdict]) -> Verdict:
    """Several statements that must all hold, judged at once: any refutation refutes, only
    unanimous support supports. Used for a source that contradicts itself (what it says
    against the claim counts) and for a range's two endpoints."""
    if Verdict.REFUTES in verdicts:
        return Verdict.REFUTES
    if all(v is Verdict.SUPPORTS for v in verdicts):
        return Verdict.SUPPORTS
    return Verdict.COMPATIBLE


@dataclass(frozen=True, slots=True)
class Finding:
    """One relation of a claim checked against one source: the verdict and why."""

    verdict: Verdict
    explanation: str
    hedged: bool = False
    borrowed: tuple[Borrowed, ...] = ()  # what corpus completion took from other sources

    @property
    def spoken(self) -> bool:
        """Whether the source speaks on the step (silence and history do not)."""
        return self.verdict not in _UNSPOKEN

    @property
    def firm_support(self) -> bool:
        return self.verdict is Verdict.SUPPORTS and not self.hedged

    @property
    def own_firm_support(self) -> bool:
        """Firm support from the source's own evidence alone, nothing borrowed."""
        return self.firm_support and not self.borrowed


_UNSPOKEN = (Verdict.SILENT, Verdict.SUPERSEDED)


@dataclass(frozen=True, slots=True)
class Cell:
    """A claim × source cell of the coverage matrix.

    ``elsewhere`` names, for each step the source does not speak on, the sources that do:
    a cell whose verdict holds only with them (or with borrowed values) is *completed*."""

    source_id: str
    verdict: Verdict
    hedged: bool
    findings: tuple[Finding, ...]
    elsewhere: tuple[tuple[int, tuple[str, ...]], ...] = ()

    @property
    def firm_support(self) -> bool:
        return self.verdict is Verdict.SUPPORTS and not self.hedged

    @property
    def borrowed(self) -> tuple[Borrowed, ...]:
        return tuple(b for finding in self.findings if finding.spoken for b in finding.borrowed)

    @property
    def completed(self) -> bool:
        """Whether the cell rests on other sources too: a borrowed value, or steps it is
        silent on that others carry."""
        return self.verdict not in _UNSPOKEN and bool(self.borrowed or self.elsewhere)

    def finding(self, index: int) -> Finding:
        """The finding of relation step ``index``; a cell built without findings stands for
        its one step."""
        if not self.findings:
            return Finding(self.verdict, "", self.hedged)
        return self.findings[index]


def cell_verdict(findings: Sequence[Finding]) -> Verdict:
    """A source's cell over the steps it speaks on: ✘ if it refutes one, ✔ if it supports
    all of them, ≈ otherwise; history only where it speaks on none, silent where it has
    nothing at all."""
    spoken = [f.verdict for f in findings if f.spoken]
    if not spoken:
        superseded = any(f.verdict is Verdict.SUPERSEDED for f in findings)
        return Verdict.SUPERSEDED if superseded else Verdict.SILENT
    return strictest(spoken)


def judge_cell(relations: Sequence[Relation], source_id: str, values: SourceValues) -> Cell:
    """Check every relation of a claim against one source."""
    findings = [_judge(relation, source_id, values) for relation in relations]
    # Hedging matters only where the source actually spoke.
    hedged = any(f.hedged for f in findings if f.spoken)
    return Cell(source_id, cell_verdict(findings), hedged, tuple(findings))


def place_cells(cells: Sequence[Cell]) -> tuple[Cell, ...]:
    """Each cell with, for every step it is silent on, the sources that speak on it."""
    steps = max((len(cell.findings) for cell in cells), default=0)
    if steps < 2:
        return tuple(cells)
    speakers = [tuple(c.source_id for c in cells if c.findings[i].spoken) for i in range(steps)]
    placed = []
    for cell in cells:
        elsewhere = tuple(
            (i, speakers[i])
            for i, finding in enumerate(cell.findings)
            if not finding.spoken and speakers[i]
        )
        placed.append(replace(cell, elsewhere=elsewhere))
    return tuple(placed)


_POSITIVE = Interval(Fraction(0), None, True)
_NEGATIVE = Interval(None, Fraction(0), False, True)


def _judge(relation: Relation, source_id: str, values: SourceValues) -> Finding:
    match relation:
        case ValueStep(fact=fact, claimed=claimed, negated=negated, as_of=as_of):
            value = values.value(fact, source_id, as_of)
            if value is not None and value.endpoints is not None:
                # "Up to X" of a range: its upper end lies at X, its lower end within [0, X].
                ends = (claimed.interval, claimed.top or claimed.interval)
                claim_ends = claimed.endpoints or ends
                return _judge_range(source_id, value, claim_ends, negated)
            target = target_of(claimed, negated=negated)
            operation = values.derived_operation(fact)
            if value is None and operation is not None:
                operands = values.operands_of(fact)
                return _judge_computed(source_id, fact, None, operands, operation, target, values)
            if value is None:
                return _unspoken(source_id, fact, (fact,), values, as_of)
            return _judge_value(source_id, value, target)
        case MultipleStep(fact=fact, base=base, claimed=claimed, negated=negated):
            value = values.ratio(fact, base, source_id)
            target = target_of(claimed, negated=negated)
            what = f"{fact} / {base}"
            return _judge_computed(source_id, what, value, (fact, base), RATIO, target, values)
        case ChangeStep(fact=fact, base=base, claimed=claimed, falling=falling, points=points):
            claim = _negate(claimed.interval) if falling else claimed.interval
            if points:
                value = values.computed([fact, base], source_id, POINTS)
                what, operation = f"{fact} − {base}", POINTS
            else:
                value = values.change(fact, base, source_id)
                what, operation = f"change {base} → {fact}", CHANGE
            return _judge_computed(
                source_id, what, value, (fact, base), operation, Target(claim), values
            )
        case ChangeToStep(fact=fact, base=base, claimed=claimed, falling=falling):
            reached = _judge(ValueStep(fact, claimed), source_id, values)
            direction = _judge(CompareStep(fact, base, greater=not falling), source_id, values)
            verdict = combine([reached.verdict, direction.verdict])
            moved = "fell" if falling else "rose"
            return Finding(
                verdict,
                f"{reached.explanation}; and it {moved}: {direction.explanation}",
                reached.hedged or direction.hedged,
                reached.borrowed + direction.borrowed,
            )
        case CompareStep(fact=fact, base=base, greater=greater):
            target = Target(_POSITIVE if greater else _NEGATIVE)
            value = values.difference(fact, base, source_id)
            what = f"{fact} − {base}"
            return _judge_computed(source_id, what, value, (fact, base), DIFFERENCE, target, values)
        case SumStep(fact=fact, other=other, claimed=claimed):
            value = values.computed([fact, other], source_id, SUM)
            what = f"{fact} + {other}"
            target = target_of(claimed)
            return _judge_computed(source_id, what, value, (fact, other), SUM, target, values)
        case GrowthStep(fact=fact, base=base, other=other, other_base=other_base, faster=faster):
            facts = (fact, base, other, other_base)
            value = values.computed(facts, source_id, GROWTH_GAP)
            what = f"growth {base} → {fact} minus growth {other_base} → {other}"
            target = Target(_POSITIVE if faster else _NEGATIVE)
            return _judge_computed(source_id, what, value, facts, GROWTH_GAP, target, values)
        case StatementStep(fact=fact, holds=holds):
            return _judge_statement(source_id, fact, values, holds)
    raise TypeError(f"not a relation: {relation!r}")  # pragma: no cover - the grammar's types


def _judge_computed(
    source_id: str,
    what: str,
    value: SourceValue | None,
    facts: Sequence[str],
    operation: Operation,
    target: Target,
    values: SourceValues,
) -> Finding:
    """A value computed from several facts: from the source's own evidence when it gives all
    of them; else completed from the corpus, every alternative judged, the weakest kept."""
    if value is not None:
        return _judge_value(source_id, value, target)
    completions = values.complete(facts, source_id, operation)
    if not completions:
        return _unspoken(source_id, what, facts, values)
    findings = [_judge_value(source_id, c.value, target) for c in completions]
    verdicts = {finding.verdict for finding in findings}
    # Unanimous, or nothing firm: a borrowed value that could go either way decides nothing.
    verdict = verdicts.pop() if len(verdicts) == 1 else Verdict.COMPATIBLE
    borrowed = tuple(b for c in completions for b in c.borrowed)
    lent = "; ".join(dict.fromkeys(f"{b.fact} from {', '.join(b.lenders)}" for b in borrowed))
    alternatives = "; or ".join(finding.explanation for finding in findings)
    text = f"completed from the corpus ({lent}): {alternatives}"
    if len(findings) > 1:
        text += f" — the sources disagree, so the weakest verdict: {verdict.name}"
    return Finding(verdict, text, any(f.hedged for f in findings), borrowed)


def _unspoken(
    source_id: str,
    what: str,
    facts: Sequence[str],
    values: SourceValues,
    as_of: str | None = None,
) -> Finding:
    """Silent, or SUPERSEDED when what the source says of a revisable fact is of another
    date than the one judged."""
    histories = [h for fact in facts if (h := values.history(fact, source_id, as_of))]
    if not histories:
        return _silent(source_id, what)
    return Finding(Verdict.SUPERSEDED, "; ".join(_history_text(source_id, h) for h in histories))


def _history_text(source_id: str, history: History) -> str:
    parts = []
    if history.earlier:
        # A statement is earlier only when a revision up to the date judged replaced it, so
        # the month judged is always known here.
        parts.append(
            f"{source_id} said {_said_dated(history.earlier)} of {history.fact}, superseded "
            f"by the revision of {history.month}: an earlier statement, not a refutation"
        )
    if history.later:
        parts.append(
            f"{source_id} said {_said_dated(history.later)} of {history.fact}, after the date "
            "the claim names: a later statement, not a refutation"
        )
    return "; ".join(parts)


def _said_dated(statements: Sequence[Statement]) -> str:
    return " & ".join(f'"{s.words}" ({s.as_of})' for s in statements)


def _negate(interval: Interval) -> Interval:
    return Interval.point(Fraction(-1)) * interval


def _silent(source_id: str, what: str) -> Finding:
    return Finding(Verdict.SILENT, f"{source_id} says nothing about {what}")


def _judge_value(source_id: str, value: SourceValue, claim: Target) -> Finding:
    """A value the source gives (its own, or completed): a silent source never gets here."""
    unit = f" {value.unit}" if value.unit else ""
    if value.allowed is not None:
        verdict = claim.judge(value.allowed)
        said = _said(value.statements)
        text = (
            f"{source_id} says {said} = {value.allowed}{unit}; "
            f"the claim needs {claim}: {verdict.name}"
        )
        if claim.top is not None:
            verdict, text = _judge_tops(claim, value, verdict, text)
        return Finding(verdict, text, value.hedged)
    verdicts = [claim.judge(s.interval) for s in value.statements]
    verdict = strictest(verdicts)
    parts = "; ".join(
        f"{_said([s])} = {s.interval}{unit} ({v.name})"
        for s, v in zip(value.statements, verdicts, strict=True)
    )
    text = f"{source_id} contradicts itself: {parts}; the claim needs {claim}: {verdict.name}"
    return Finding(verdict, text, value.hedged)


def _judge_tops(
    claim: Target, value: SourceValue, verdict: Verdict, text: str
) -> tuple[Verdict, str]:
    """What an "up to X" claim asks of the source's statements beyond its values: a top the
    source names itself ("bis zu 85") must agree with X, and support needs a statement that
    names a value at X — rounding alone does not ("über 1,3 Millionen" and "1,3 Millionen"
    never say "up to 1.35 million")."""
    top = claim.top
    assert top is not None
    verdicts = [verdict]
    for words, own in value.tops:
        said = _flip_if(compare(own, top), claim.negated)
        verdicts.append(said)
        text += f'; its top "{words}" lies at {own}, the claim\'s at {top}: {said.name}'
    combined = strictest(verdicts)
    if combined is not verdict:
        text += f": {combined.name}"
    if combined is Verdict.SUPPORTS and not claim.negated and not _names_a_value_at(value, top):
        combined = Verdict.COMPATIBLE
        text += "; but the source names no value at the claim's top: COMPATIBLE"
    return combined, text


def _names_a_value_at(value: SourceValue, top: Interval) -> bool:
    """Whether a statement names a value at ``top``: its number, or a range's upper end.

    A statement's own "up to X" needs no check of its own: its X is its number, and X lies in
    its top, so a top inside the claim's has its number there too."""
    for statement in value.statements:
        quantity = statement.quantity
        if quantity is not None:  # a computed statement names no value of its own
            named = quantity.range[1] if quantity.range is not None else quantity.value
            if named is not None and Interval.point(named).subset_of(top):
                return True
    return False


def _judge_range(
    source_id: str, value: SourceValue, claim: tuple[Interval, Interval], negated: bool
) -> Finding:
    assert value.endpoints is not None  # only a range fact's value comes here
    low, high = value.endpoints
    said = _said(value.statements)
    needs = f"{'a range other than ' if negated else ''}{claim[0]} to {claim[1]}"
    if low is None or high is None:
        verdicts = [
            _range_verdict(s.endpoints or (s.interval, s.interval), claim) for s in value.statements
        ]
        verdict = _flip_if(strictest(verdicts), negated)
        return Finding(
            verdict,
            f"{source_id} contradicts itself on the range: {said}; the claim needs "
            f"{needs}: {verdict.name}",
            value.hedged,
        )
    verdict = _flip_if(_range_verdict((low, high), claim), negated)
    unit = f" {value.unit}" if value.unit else ""
    return Finding(
        verdict,
        f"{source_id} says {said} = {low} to {high}{unit}; the claim needs {needs}: {verdict.name}",
        value.hedged,
    )


def _flip_if(verdict: Verdict, negated: bool) -> Verdict:
    """ "Is not": what the claim's value would support, the negation refutes, and back."""
    return _FLIPPED.get(verdict, verdict) if negated else verdict


def _range_verdict(ends: tuple[Interval, Interval], claim: tuple[Interval, Interval]) -> Verdict:
    """Endpoint by endpoint: both inside support, either disjoint refutes."""
    return strictest([compare(e, c) for e, c in zip(ends, claim, strict=True)])


def _said(statements: Sequence[Statement]) -> str:
    return " & ".join(
        f'"{s.words}"' if s.evidence is not None else f"({s.words})" for s in statements
    )


def _judge_statement(source_id: str, fact: str, values: SourceValues, holds: bool) -> Finding:
    evidence = values.evidence(fact, source_id)
    if not evidence:
        return _silent(source_id, fact)
    wanted = "supports" if holds else "refutes"
    verdicts = [
        Verdict.SUPPORTS if item.evidence.stance == wanted else Verdict.REFUTES for item in evidence
    ]
    # Quotes that disagree refute: what a self-contradicting source says against it counts.
    verdict = strictest(verdicts)
    quotes = " & ".join(f'"{item.evidence.quote}" ({item.evidence.stance})' for item in evidence)
    claim = "holds" if holds else "does not hold"
    hedged = any(item.evidence.hedged for item in evidence)
    return Finding(
        verdict,
        f"{source_id} says {quotes}; the claim needs: {fact} {claim}: {verdict.name}",
        hedged,
    )


@dataclass(frozen=True)
class ClaimOutcome:
    """The pass rule applied to one claim's row of cells."""

    passed: bool
    reasons: tuple[str, ...]
    supporters: tuple[str, ...]
    refuters: tuple[str, ...]


def decide(
    cells: Sequence[Cell],
    requirements: Sequence[Requirement],
    *,
    disputed: bool,
    dispute_reason: str,
    debunked: bool = False,
    steps: Sequence[str] = (),
) -> ClaimOutcome:
    """A claim passes when every relation step is firmly supported by enough sources and no
    source refutes any step.

    ``steps`` are the relation steps' words, for the reasons; a cell's findings follow their
    order. "At least N sources support it" asks N firm supporters of every step; "source X
    supports it" asks X to support every step firmly (with completion, not with silence).
    Hedged support ("dürfte …") is shown but never counted: a speculation is not a source
    for a fact. A ``@disputed`` claim may be refuted, but only with its reason written down,
    naming a source on each side, and the tag goes stale (fails) the moment no source
    refutes it any more. A ``@false`` claim (``debunked``) is the other way round: it passes
    while a source firmly refutes a step that no source supports.
    """
    count = max([len(steps), *(len(c.findings) for c in cells), 1])
    supporters = tuple(c.source_id for c in cells if c.firm_support)
    refuters = tuple(c.source_id for c in cells if c.verdict is Verdict.REFUTES)
    if debunked:
        return _decide_debunked(cells, requirements, count, supporters)
    needed = max([1, *(r.count for r in requirements if isinstance(r, SupportCountStep))])
    reasons: list[str] = []
    for index in range(count):
        firm = [c.source_id for c in cells if c.finding(index).firm_support]
        borrowing: list[str] = []
        if needed > 1:
            # A completed cell rests on its lenders' evidence too: counting it would count
            # the same quotes twice (000 lends to 004 and 004 to 000), not N sources.
            own = [c.source_id for c in cells if c.finding(index).own_firm_support]
            borrowing = [source for source in firm if source not in own]
            firm = own
        if len(firm) >= needed:
            continue
        hedged = [
            c.source_id
            for c in cells
            if c.finding(index).verdict is Verdict.SUPPORTS and c.finding(index).hedged
        ]
        have = f"{len(firm)} source(s) support it firmly ({', '.join(firm) or 'none'})"
        extra = f"; hedged support from {', '.join(hedged)} does not count" if hedged else ""
        if borrowing:
            extra += (
                f"; {', '.join(borrowing)} support it only with values borrowed from other "
                "sources, which adds no source of its own"
            )
        step = f"step {index + 1} ({steps[index]}) " if count > 1 and index < len(steps) else ""
        reasons.append(f"{step}needs at least {needed} supporting source(s), {have}{extra}")
    # Only speaking sources have cells: a source without one is silent on the claim.
    by_id = {c.source_id: c for c in cells}
    for requirement in requirements:
        if isinstance(requirement, SourceSupportsStep):
            reason = _source_reason(requirement, by_id.get(requirement.source), count)
            if reason:
                reasons.append(reason)
    explicit_no_refutation = any(isinstance(r, NoRefutationStep) for r in requirements)
    if refuters and not disputed:
        reasons.append(
            f"refuted by {', '.join(refuters)}; if the sources really disagree, tag the scenario "
            "@disputed and say why in its description"
        )
    elif refuters and explicit_no_refutation:
        reasons.append(f"refuted by {', '.join(refuters)}, but the claim says no source refutes it")
    if disputed:
        reasons.extend(_dispute_reasons(dispute_reason, supporters, refuters))
    return ClaimOutcome(not reasons, tuple(reasons), supporters, refuters)


def _source_reason(requirement: SourceSupportsStep, cell: Cell | None, count: int) -> str:
    """Why the named source does not support (or suggest) every step; "" when it does."""
    findings = [cell.finding(i) for i in range(count)] if cell is not None else []
    if requirement.hedged_ok:
        if findings and all(f.verdict is Verdict.SUPPORTS and not f.borrowed for f in findings):
            return ""
        return f"source {requirement.source} must suggest it, but it gives {_gives(cell)}"
    if findings and all(f.own_firm_support for f in findings):
        return ""
    got = _gives(cell)
    if findings and all(f.firm_support for f in findings):
        lent = ", ".join(
            dict.fromkeys(
                f"{b.fact} from {', '.join(b.lenders)}" for f in findings for b in f.borrowed
            )
        )
        got = f"support only with values borrowed from other sources ({lent})"
    elif findings and all(f.verdict is Verdict.SUPPORTS for f in findings):
        got = "only hedged support"
    return f"source {requirement.source} must support it, but it gives {got}"


def _gives(cell: Cell | None) -> str:
    if cell is None:
        return "silent"
    silent = [i + 1 for i, f in enumerate(cell.findings) if not f.spoken]
    if cell.verdict is Verdict.SUPPORTS and silent:
        steps = ", ".join(str(i) for i in silent)
        return f"support but is silent on step(s) {steps}"
    return cell.verdict.name.lower()


#: A dispute's reason must be at least a sentence, not a placeholder such as "." or "see 2".
MIN_REASON_WORDS = 4


def _dispute_reasons(reason: str, supporters: Sequence[str], refuters: Sequence[str]) -> list[str]:
    """Why a @disputed claim's description does not carry the dispute."""
    if not refuters:
        return ["tagged @disputed, but no source refutes it any more: remove the tag"]
    words = re.findall(r"[^\W_]+", reason)
    # A sentence, not a list of ids: "003 004 001 002" says who, but not why.
    prose = [word for word in words if word not in {*supporters, *refuters} and not word.isdigit()]
    if len(prose) < MIN_REASON_WORDS:
        return [
            "tagged @disputed without a reason: say in the scenario's description, in a "
            "sentence, why the sources disagree, naming a source on each side"
        ]
    found: list[str] = []
    named = set(words)
    missing_against = [s for s in refuters if s not in named]
    if len(missing_against) == len(refuters):
        found.append(
            f"tagged @disputed, but its description names none of the refuting sources "
            f"({', '.join(refuters)}): name a source on each side"
        )
    if supporters and not any(s in named for s in supporters):
        found.append(
            f"tagged @disputed, but its description names none of the supporting sources "
            f"({', '.join(supporters)}): name a source on each side"
        )
    return found


def _decide_debunked(
    cells: Sequence[Cell],
    requirements: Sequence[Requirement],
    count: int,
    supporters: Sequence[str],
) -> ClaimOutcome:
    """``@false``: a source firmly refutes a step that no source supports, even hedged."""
    refuted: dict[int, list[str]] = {}
    backed: dict[int, list[str]] = {}
    for index in range(count):
        for cell in cells:
            finding = cell.finding(index)
            if finding.verdict is Verdict.REFUTES and not finding.hedged:
                refuted.setdefault(index, []).append(cell.source_id)
            if finding.verdict is Verdict.SUPPORTS:
                backed.setdefault(index, []).append(cell.source_id)
    any_refuters = tuple(c.source_id for c in cells if c.verdict is Verdict.REFUTES)
    firm_refuters = tuple(dict.fromkeys(s for ids in refuted.values() for s in ids))
    reasons: list[str] = []
    if not refuted:
        hedge = f" (only hedged: {', '.join(any_refuters)})" if any_refuters else ""
        reasons.append(
            f"tagged @false, but no source refutes it firmly{hedge}: a debunked claim needs "
            "a source that says otherwise"
        )
    # The steps that make the claim false must be unbacked; with none refuted, any backing.
    deciding = list(refuted) or list(range(count))
    if all(index in backed for index in refuted) and any(i in backed for i in deciding):
        backing = dict.fromkeys(s for index in deciding for s in backed.get(index, ()))
        reasons.append(
            f"tagged @false, but {', '.join(backing)} supports it: the claim is no longer "
            "debunked by the corpus — review it and remove the tag or the claim"
        )
    if requirements:
        reasons.append(
            "tagged @false, but it has source steps ('… supports it', 'no source refutes it'): "
            "a debunked claim states only the relation the sources refute"
        )
    return ClaimOutcome(not reasons, tuple(reasons), tuple(supporters), firm_refuters)
