"""What each source allows for each fact: an exact interval (or a range's two endpoints).

A source that states a fact twice allows only what both statements allow (the intersection);
a derived fact (``ratio_of``, ``change_of``, ``difference_of``) also takes what follows by
interval arithmetic from the same source's evidence for its operands. An empty intersection is
a conflict: the source contradicts itself, and the value keeps every statement so the
contradiction shows.

Two things reach beyond one source. A *revisable* fact (a forecast, a plan) has a history:
only the statements of the month judged count (the latest, unless a claim names a date), the
others are earlier or later statements, never a contradiction. And *corpus completion*: a
source holding only some of the facts a computation needs is completed with the other
sources' firm values for the rest (`SourceValues.complete`), one alternative per distinct
value, so a source cannot stay silent on a derived claim its own number decides.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from factspec.model.evidence import ResolvedEvidence
from factspec.model.factbase import Fact, FactBase
from factspec.read.interval import Interval
from factspec.read.quantity import Quantity

HUNDRED = Interval.point(Fraction(100))
ONE = Interval.point(Fraction(1))
EVERYTHING = Interval(None, None)


@dataclass(frozen=True)
class Statement:
    """One constraint a source puts on a fact: the words, and the interval they allow."""

    words: str
    interval: Interval
    hedged: bool
    evidence: ResolvedEvidence | None  # None for a constraint computed from other facts
    endpoints: tuple[Interval, Interval] | None = None  # a range fact's endpoints
    as_of: str | None = None  # the month the statement was made; None for a computed one

    @property
    def quantity(self) -> Quantity | None:
        """The reading of the quote behind the statement; None for a computed one."""
        return self.evidence.quantity if self.evidence is not None else None


@dataclass(frozen=True, slots=True)
class SourceValue:
    """Everything one source says about one fact, and what it allows in sum."""

    fact: Fact
    source_id: str
    statements: tuple[Statement, ...]
    allowed: Interval | None  # None: the statements contradict each other (a conflict)
    # For a range fact: each endpoint (None where the source contradicts itself), and
    # ``allowed`` is their hull.
    endpoints: tuple[Interval | None, Interval | None] | None  # range facts only
    unit: str | None = None  # the value's unit; a ratio is in times, a change in percent

    @property
    def hedged(self) -> bool:
        """True when any statement behind the value is speculative."""
        return any(s.hedged for s in self.statements)

    @property
    def tops(self) -> tuple[tuple[str, Interval], ...]:
        """(words, where the top lies) of every "up to X" the source states for the fact: a
        top is more than the values it allows ("bis zu 85" allows 65 but names 85)."""
        return tuple(
            (s.words, s.quantity.top)
            for s in self.statements
            if s.quantity is not None and s.quantity.top is not None
        )

    @property
    def conflict(self) -> bool:
        if self.endpoints is not None:
            return None in self.endpoints
        return self.allowed is None


@dataclass(frozen=True)
class Borrowed:
    """A fact a source does not give, taken from the sources that give it firmly."""

    fact: str
    lenders: tuple[str, ...]  # every source giving this value
    value: SourceValue  # the first lender's value: its words and quotes

    @property
    def words(self) -> str:
        return f"{', '.join(self.lenders)}: {_words(self.value)}"


@dataclass(frozen=True)
class Completion:
    """One way to complete a source's value from the corpus: the value it then has, and
    what was borrowed for it."""

    value: SourceValue
    borrowed: tuple[Borrowed, ...]


@dataclass(frozen=True)
class History:
    """What a source said of a revisable fact besides the statements judged."""

    fact: str
    month: str | None  # the month judged: the latest statement's, or the latest up to a date
    earlier: tuple[Statement, ...]  # superseded by a later revision
    later: tuple[Statement, ...]  # made after the date a claim names


def _intersect_all(intervals: Iterable[Interval]) -> Interval | None:
    result: Interval | None = EVERYTHING
    for interval in intervals:
        if result is None:
            return None
        result = result.intersection(interval)
    return result


class SourceValues:
    """The value of every (fact, source) pair, computed once per project and cached."""

    def __init__(self, factbase: FactBase, evidence: Iterable[ResolvedEvidence]) -> None:
        self._factbase = factbase
        self._direct: dict[tuple[str, str], list[ResolvedEvidence]] = {}
        self._sources_of: dict[str, set[str]] = {}
        # The months at which each revisable fact was revised, over the whole corpus.
        self._revisions: dict[str, set[str]] = {}
        for item in evidence:
            self._direct.setdefault((item.fact.id, item.source.id), []).append(item)
            self._sources_of.setdefault(item.fact.id, set()).add(item.source.id)
            if item.fact.revisable and item.fact.revises(month := _month(item)):
                self._revisions.setdefault(item.fact.id, set()).add(month)
        self._order = {source.id: i for i, source in enumerate(factbase.sources)}
        self._cache: dict[tuple[str, str, str | None], SourceValue | None] = {}

    def value(self, fact_id: str, source_id: str, as_of: str | None = None) -> SourceValue | None:
        """What ``source_id`` says about ``fact_id``; None when it says nothing. For a
        revisable fact, only the statements current at ``as_of`` (default: the latest)."""
        key = (fact_id, source_id, as_of)
        if key not in self._cache:
            self._cache[key] = self._compute(self._factbase.fact(fact_id), source_id, as_of)
        return self._cache[key]

    def judged_month(self, fact_id: str, as_of: str | None = None) -> str | None:
        """The month whose revision of ``fact_id`` is judged: the latest in the corpus, or
        the latest up to ``as_of``; None when the fact is not revisable or has none then."""
        months = [m for m in self._revisions.get(fact_id, ()) if as_of is None or m <= as_of]
        return max(months, default=None)

    def revision_months(self, fact_id: str) -> list[str]:
        """The months at which ``fact_id`` was revised, over the corpus, in order."""
        return sorted(self._revisions.get(fact_id, ()))

    def stated_in(self, fact_id: str, source_id: str, month: str) -> bool:
        """Whether ``source_id`` made a statement of ``fact_id`` in ``month``."""
        return any(_month(item) == month for item in self._direct.get((fact_id, source_id), ()))

    def _current(self, fact: Fact, month: str, as_of: str | None) -> bool:
        """Whether a statement made in ``month`` is judged: every statement of a fact that is
        not revisable; of a revisable one, the revision of the month judged, and any later
        statement that is no revision (made after ``revisable_until``) up to ``as_of``."""
        if not fact.revisable:
            return True
        if fact.revises(month):
            return month == self.judged_month(fact.id, as_of)
        return as_of is None or month <= as_of

    def history(self, fact_id: str, source_id: str, as_of: str | None = None) -> History | None:
        """The statements of a revisable fact by ``source_id`` that are not judged, or None
        when there are none."""
        fact = self._factbase.fact(fact_id)
        if not fact.revisable:
            return None
        earlier: list[Statement] = []
        later: list[Statement] = []
        for item in self._direct.get((fact_id, source_id), []):
            month = _month(item)
            if self._current(fact, month, as_of):
                continue
            if as_of is not None and month > as_of:
                later.append(_statement(item))
            else:
                earlier.append(_statement(item))
        if not earlier and not later:
            return None
        return History(fact_id, self.judged_month(fact_id, as_of), tuple(earlier), tuple(later))

    def speaking(self, fact_ids: Iterable[str], also: Iterable[str] = ()) -> list[str]:
        """The sources with evidence for any of ``fact_ids`` (plus ``also``), in facts.yaml
        order. Operands are not followed: pass `FactBase.with_operands` for that."""
        found = set(also).union(*(self._sources_of.get(fact, ()) for fact in fact_ids))
        return sorted(found, key=self._order.__getitem__)

    def sources_on(self, fact_id: str) -> list[str]:
        """The sources that can say anything about ``fact_id``, in facts.yaml order: those
        with evidence for it or, for a derived fact, for its operands."""
        return self.speaking(self._factbase.with_operands([fact_id]))

    def evidence(self, fact_id: str, source_id: str) -> list[ResolvedEvidence]:
        return list(self._direct.get((fact_id, source_id), ()))

    def ratio(self, fact_id: str, base_id: str, source_id: str) -> SourceValue | None:
        """The value of fact / base for one source, through a declared derived fact if any."""
        derived = self._derived("ratio_of", fact_id, base_id)
        if derived is not None:
            return self.value(derived.id, source_id)
        return self.computed([fact_id, base_id], source_id, RATIO)

    def change(self, fact_id: str, base_id: str, source_id: str) -> SourceValue | None:
        """The change from base to fact in percent, for one source."""
        derived = self._derived("change_of", fact_id, base_id)
        if derived is not None:
            return self.value(derived.id, source_id)
        return self.computed([fact_id, base_id], source_id, CHANGE)

    def difference(self, fact_id: str, base_id: str, source_id: str) -> SourceValue | None:
        """fact − base for one source (for comparisons)."""
        return self.computed([fact_id, base_id], source_id, DIFFERENCE)

    def _derived(self, relation: str, fact_id: str, base_id: str) -> Fact | None:
        derived = self._factbase.derived_over(fact_id, base_id)
        return next((fact for fact in derived if getattr(fact, relation)), None)

    def _compute(self, fact: Fact, source_id: str, as_of: str | None) -> SourceValue | None:
        statements = [
            _statement(item)
            for item in self._direct.get((fact.id, source_id), [])
            if self._current(fact, _month(item), as_of)
        ]
        operands = list(fact.operands)
        if operands:
            operation = DERIVATIONS[_derivation(fact)]
            statements.extend(self._operands(operands, source_id, operation))
        if not statements:
            return None
        if operands and self._contradicted(operands, source_id):
            return SourceValue(fact, source_id, tuple(statements), None, None, fact.unit)
        if fact.kind == "range":
            low, high = _endpoints(statements)
            # The hull lets a range take part in comparisons ("the plan exceeds the forecast").
            hull = None if low is None or high is None else low.hull(high)
            return SourceValue(fact, source_id, tuple(statements), hull, (low, high), fact.unit)
        allowed = _intersect_all(s.interval for s in statements)
        return SourceValue(fact, source_id, tuple(statements), allowed, None, fact.unit)

    def _operands(
        self, facts: Sequence[str], source_id: str, operation: Operation
    ) -> list[Statement]:
        """The constraints a derived value takes from its operands, when the source gives all.

        An operand the source contradicts itself on contributes one constraint per statement,
        so the contradiction carries through to the derived value instead of vanishing.
        """
        values = [self.value(fact_id, source_id) for fact_id in facts]
        if any(value is None for value in values):
            return []
        statements = []
        for options in itertools.product(*(_options(v) for v in values if v is not None)):
            interval = operation.apply(*(interval for _, interval, _ in options))
            if interval is not None:
                words = operation.write([words for words, _, _ in options])
                hedged = any(hedged for _, _, hedged in options)
                statements.append(Statement(words, interval, hedged, None))
        return statements

    def computed(
        self, facts: Sequence[str], source_id: str, operation: Operation
    ) -> SourceValue | None:
        """The value of ``operation`` over ``facts`` from one source's own evidence."""
        fact = self._factbase.fact(facts[0])
        statements = self._operands(facts, source_id, operation)
        if not statements:
            return None
        unit = operation.unit or fact.unit
        if self._contradicted(facts, source_id):
            allowed = None
        else:
            allowed = _intersect_all(s.interval for s in statements)
        return SourceValue(fact, source_id, tuple(statements), allowed, None, unit)

    def complete(
        self, facts: Sequence[str], source_id: str, operation: Operation
    ) -> list[Completion]:
        """``operation`` over ``facts`` for a source that gives some of them but not all:
        the missing ones taken from the other sources' firm values, one completion per
        combination of distinct values (none when the source gives all or none of them, or
        when no source gives a missing one firmly).

        A lender must be firm (not hedged, not contradicting itself): a completed cell can
        prove a claim, so it may rest only on what could prove it directly."""
        own = [self.value(fact_id, source_id) for fact_id in facts]
        given = [value for value in own if value is not None]
        if not given or len(given) == len(facts) or any(v.allowed is None for v in given):
            return []
        choices: list[list[tuple[Interval, bool, str, Borrowed | None]]] = []
        for fact_id, value in zip(facts, own, strict=True):
            if value is not None:
                assert value.allowed is not None
                choices.append([(value.allowed, value.hedged, _words(value), None)])
                continue
            lent = self._lenders(fact_id, source_id)
            if not lent:
                return []
            choices.append(
                [(borrowed.value.allowed, False, borrowed.words, borrowed) for borrowed in lent]  # type: ignore[misc]
            )
        fact = self._factbase.fact(facts[0])
        unit = operation.unit or fact.unit
        completions = []
        for combination in itertools.product(*choices):
            interval = operation.apply(*(interval for interval, _, _, _ in combination))
            if interval is None:
                continue
            words = operation.write([words for _, _, words, _ in combination])
            hedged = any(hedged for _, hedged, _, _ in combination)
            statement = Statement(words, interval, hedged, None)
            value = SourceValue(fact, source_id, (statement,), interval, None, unit)
            borrowed = tuple(b for _, _, _, b in combination if b is not None)
            completions.append(Completion(value, borrowed))
        return completions

    def _lenders(self, fact_id: str, source_id: str) -> list[Borrowed]:
        """The other sources' firm values of ``fact_id``, one entry per distinct value."""
        by_value: dict[Interval, list[tuple[str, SourceValue]]] = {}
        for other in self.sources_on(fact_id):
            if other == source_id:
                continue
            value = self.value(fact_id, other)
            if value is None or value.hedged or value.allowed is None:
                continue
            by_value.setdefault(value.allowed, []).append((other, value))
        return [
            Borrowed(fact_id, tuple(sid for sid, _ in lenders), lenders[0][1])
            for lenders in by_value.values()
        ]

    def operands_of(self, fact_id: str) -> tuple[str, ...]:
        return self._factbase.fact(fact_id).operands

    def derived_operation(self, fact_id: str) -> Operation | None:
        """How a derived fact follows from its operands; None for a fact with evidence only."""
        fact = self._factbase.fact(fact_id)
        return DERIVATIONS[_derivation(fact)] if fact.derived else None

    def _contradicted(self, pair: Sequence[str], source_id: str) -> bool:
        """Whether the source contradicts itself on an operand: then nothing follows from it."""
        values = (self.value(fact_id, source_id) for fact_id in pair)
        return any(value is not None and value.conflict for value in values)


def _month(item: ResolvedEvidence) -> str:
    """The month a statement was made: its ``as_of``, else its source's month."""
    return item.evidence.dated(item.source.published)


def _derivation(fact: Fact) -> str:
    return next(name for name in DERIVATIONS if getattr(fact, name) is not None)


def _options(value: SourceValue) -> list[tuple[str, Interval, bool]]:
    """What an operand allows: its value, or each statement when the source contradicts itself."""
    if value.allowed is not None:
        return [(_words(value), value.allowed, value.hedged)]
    return [(f'"{s.words}"', s.interval, s.hedged) for s in value.statements]


def _words(value: SourceValue) -> str:
    """A value's own words: its quotes, else (a value computed from other facts) how."""
    quoted = [f'"{s.words}"' for s in value.statements if s.evidence is not None]
    return " & ".join(quoted or [f"({s.words})" for s in value.statements])


def _statement(item: ResolvedEvidence) -> Statement:
    quantity = item.quantity
    assert quantity is not None, "statement facts have no value"
    return Statement(
        quantity.text,
        quantity.interval,
        item.evidence.hedged,
        item,
        quantity.endpoints,
        _month(item),
    )


def _endpoints(statements: list[Statement]) -> tuple[Interval | None, Interval | None]:
    """A range fact's endpoints: a stated range pins each; a bound constrains both."""
    low = _intersect_all(s.endpoints[0] if s.endpoints else s.interval for s in statements)
    high = _intersect_all(s.endpoints[1] if s.endpoints else s.interval for s in statements)
    return low, high


def _ratio(a: Interval, b: Interval) -> Interval | None:
    """a / b, or None where interval division is undefined (b may be zero or negative)."""
    try:
        return a / b
    except (ValueError, ZeroDivisionError):
        return None


def _change(new: Interval, old: Interval) -> Interval | None:
    ratio = _ratio(new, old)
    return None if ratio is None else (ratio - ONE) * HUNDRED


def _difference(a: Interval, b: Interval) -> Interval | None:
    return a - b


def _sum(a: Interval, b: Interval) -> Interval | None:
    return a + b


def _growth_gap(new: Interval, old: Interval, other_new: Interval, other_old: Interval):
    """How many percentage points faster new/old grew than other_new/other_old."""
    first, second = _change(new, old), _change(other_new, other_old)
    return None if first is None or second is None else first - second


@dataclass(frozen=True)
class Operation:
    """How a value follows from several facts, and how explanations write it."""

    symbol: str
    apply: Callable[..., Interval | None]
    unit: str | None  # None: the operands' unit

    def write(self, operands: Sequence[str]) -> str:
        """The computation in words: ``a / b``; for a growth gap, both changes."""
        if self.apply is _growth_gap:
            new, old, other_new, other_old = operands
            return f"change {old} → {new} minus change {other_old} → {other_new}"
        return f" {self.symbol} ".join(operands)


RATIO = Operation("/", _ratio, "times")
CHANGE = Operation("vs", _change, "percent")
DIFFERENCE = Operation("−", _difference, None)
POINTS = Operation("−", _difference, "percentage_points")
SUM = Operation("+", _sum, None)
GROWTH_GAP = Operation("growth gap", _growth_gap, "percentage_points")

#: The operation of each kind of derived fact, by its facts.yaml field.
DERIVATIONS = {"ratio_of": RATIO, "change_of": CHANGE, "difference_of": DIFFERENCE}
