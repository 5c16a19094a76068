"""What each source allows for each fact: an exact interval (or a range's two endpoints).

A source that states a fact twice allows only what both statements allow (the intersection);
a derived fact (``ratio_of``, ``change_of``) also takes what follows by interval arithmetic
from the same source's evidence for its operands. An empty intersection is a conflict: the
source contradicts itself, and the value keeps every statement so the contradiction shows.
"""

from __future__ import annotations

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

    @property
    def quantity(self) -> Quantity | None:
        """The reading of the quote behind the statement; None for a computed one."""
        return self.evidence.quantity if self.evidence is not None else None


@dataclass(frozen=True)
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
        for item in evidence:
            self._direct.setdefault((item.fact.id, item.source.id), []).append(item)
            self._sources_of.setdefault(item.fact.id, set()).add(item.source.id)
        self._order = {source.id: i for i, source in enumerate(factbase.sources)}
        self._cache: dict[tuple[str, str], SourceValue | None] = {}

    def value(self, fact_id: str, source_id: str) -> SourceValue | None:
        """What ``source_id`` says about ``fact_id``; None when it says nothing."""
        key = (fact_id, source_id)
        if key not in self._cache:
            self._cache[key] = self._compute(self._factbase.fact(fact_id), source_id)
        return self._cache[key]

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
        return self._computed_only(fact_id, base_id, source_id, RATIO)

    def change(self, fact_id: str, base_id: str, source_id: str) -> SourceValue | None:
        """The change from base to fact in percent, for one source."""
        derived = self._derived("change_of", fact_id, base_id)
        if derived is not None:
            return self.value(derived.id, source_id)
        return self._computed_only(fact_id, base_id, source_id, CHANGE)

    def difference(self, fact_id: str, base_id: str, source_id: str) -> SourceValue | None:
        """fact − base for one source (for comparisons)."""
        return self._computed_only(fact_id, base_id, source_id, DIFFERENCE)

    def _derived(self, relation: str, fact_id: str, base_id: str) -> Fact | None:
        derived = self._factbase.derived_over(fact_id, base_id)
        return next((fact for fact in derived if getattr(fact, relation)), None)

    def _compute(self, fact: Fact, source_id: str) -> SourceValue | None:
        statements = [_statement(item) for item in self._direct.get((fact.id, source_id), [])]
        operands = fact.ratio_of or fact.change_of
        if operands:
            operation = RATIO if fact.ratio_of else CHANGE
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

    def _operands(self, pair: list[str], source_id: str, operation: Operation) -> list[Statement]:
        """The constraints a derived value takes from its operands, when the source gives both.

        An operand the source contradicts itself on contributes one constraint per statement,
        so the contradiction carries through to the derived value instead of vanishing.
        """
        left, right = (self.value(fact_id, source_id) for fact_id in pair)
        if left is None or right is None:
            return []
        statements = []
        for left_words, left_interval, left_hedged in _options(left):
            for right_words, right_interval, right_hedged in _options(right):
                interval = operation.apply(left_interval, right_interval)
                if interval is not None:
                    words = f"{left_words} {operation.symbol} {right_words}"
                    statements.append(Statement(words, interval, left_hedged or right_hedged, None))
        return statements

    def _computed_only(
        self, fact_id: str, base_id: str, source_id: str, operation: Operation
    ) -> SourceValue | None:
        fact = self._factbase.fact(fact_id)
        statements = self._operands([fact_id, base_id], source_id, operation)
        if not statements:
            return None
        unit = operation.unit or fact.unit
        if self._contradicted([fact_id, base_id], source_id):
            allowed = None
        else:
            allowed = _intersect_all(s.interval for s in statements)
        return SourceValue(fact, source_id, tuple(statements), allowed, None, unit)

    def _contradicted(self, pair: Sequence[str], source_id: str) -> bool:
        """Whether the source contradicts itself on an operand: then nothing follows from it."""
        values = (self.value(fact_id, source_id) for fact_id in pair)
        return any(value is not None and value.conflict for value in values)


def _options(value: SourceValue) -> list[tuple[str, Interval, bool]]:
    """What an operand allows: its value, or each statement when the source contradicts itself."""
    if value.allowed is not None:
        return [(_words(value), value.allowed, value.hedged)]
    return [(f'"{s.words}"', s.interval, s.hedged) for s in value.statements]


def _words(value: SourceValue) -> str:
    return " & ".join(f'"{s.words}"' for s in value.statements if s.evidence is not None)


def _statement(item: ResolvedEvidence) -> Statement:
    quantity = item.quantity
    assert quantity is not None, "statement facts have no value"
    return Statement(
        quantity.text, quantity.interval, item.evidence.hedged, item, quantity.endpoints
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


@dataclass(frozen=True)
class Operation:
    """How a derived value follows from two facts, and how explanations write it."""

    symbol: str
    apply: Callable[[Interval, Interval], Interval | None]
    unit: str | None  # None: the operands' unit


RATIO = Operation("/", _ratio, "times")
CHANGE = Operation("vs", _change, "percent")
DIFFERENCE = Operation("−", _difference, None)
