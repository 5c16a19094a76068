"""Exact intervals of rationals: what a number in a text allows, and how claims compare with it.

Every bound is a `Fraction` or ``None`` (unbounded); each finite bound is closed or open. An
interval is never empty: the constructor refuses ``low > high`` and a half-open point, and
operations whose result would be empty (`Interval.intersection`) return ``None`` instead.
Floats are refused outright, because one rounded bound can turn SUPPORTS into COMPATIBLE.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from numbers import Rational

# A bound in the extended line: a Fraction, or one of the two infinities.
_NEG_INF = "-inf"
_POS_INF = "+inf"
_Ext = Fraction | str


def format_exact(value: Fraction) -> str:
    """``value`` as an exact decimal (``8450000000``, ``1.26``), else as ``p/q`` (``1/3``).

    A terminating decimal is what people read; ``p/q`` keeps a non-terminating value exact
    instead of rounding it (a rounded bound would make the printed interval lie).
    """
    value = Fraction(value)
    denominator = value.denominator
    twos = fives = 0
    while denominator % 2 == 0:
        denominator //= 2
        twos += 1
    while denominator % 5 == 0:
        denominator //= 5
        fives += 1
    if denominator != 1:
        return f"{value.numerator}/{value.denominator}"
    places = max(twos, fives)
    scaled = abs(value.numerator) * (10**places) // value.denominator
    digits = str(scaled).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    if places == 0:
        return f"{sign}{digits}"
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def _as_fraction(value: object, what: str) -> Fraction:
    """Accept ints and Fractions only: a float bound would already be rounded."""
    if type(value) is Fraction:  # immutable: the bound itself, not a copy (the common case)
        return value
    if isinstance(value, bool) or not isinstance(value, Rational):
        raise TypeError(f"{what} must be a Fraction or an int, not {type(value).__name__}")
    return Fraction(value)


@dataclass(frozen=True, slots=True)
class Interval:
    """A non-empty interval of exact rationals; ``None`` means unbounded on that side.

    Unbounded sides are normalised to open, so ``Interval(None, x)`` and
    ``Interval(None, x, low_open=True)`` are the same interval and compare equal.
    """

    low: Fraction | None  # None: unbounded below
    high: Fraction | None  # None: unbounded above
    low_open: bool = False
    high_open: bool = False

    def __post_init__(self) -> None:
        low = None if self.low is None else _as_fraction(self.low, "low bound")
        high = None if self.high is None else _as_fraction(self.high, "high bound")
        low_open = True if low is None else bool(self.low_open)
        high_open = True if high is None else bool(self.high_open)
        if low is not None and high is not None:
            if low > high:
                raise ValueError(
                    f"empty interval: low bound {format_exact(low)} "
                    f"is above high bound {format_exact(high)}"
                )
            if low == high and (low_open or high_open):
                raise ValueError(
                    f"empty interval: a point ({format_exact(low)}) cannot have an open bound"
                )
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "low_open", low_open)
        object.__setattr__(self, "high_open", high_open)

    # -- constructors -------------------------------------------------------------------

    @classmethod
    def closed(cls, low: Fraction | int, high: Fraction | int) -> Interval:
        """[low, high]"""
        return cls(Fraction(low), Fraction(high))

    @classmethod
    def open(cls, low: Fraction | int, high: Fraction | int) -> Interval:
        """(low, high)"""
        return cls(Fraction(low), Fraction(high), True, True)

    @classmethod
    def point(cls, value: Fraction | int) -> Interval:
        """[value, value]: an exact number."""
        return cls(Fraction(value), Fraction(value))

    @classmethod
    def at_least(cls, value: Fraction | int) -> Interval:
        """[value, ∞)"""
        return cls(Fraction(value), None)

    @classmethod
    def more_than(cls, value: Fraction | int) -> Interval:
        """(value, ∞)"""
        return cls(Fraction(value), None, low_open=True)

    @classmethod
    def at_most(cls, value: Fraction | int) -> Interval:
        """(-∞, value]"""
        return cls(None, Fraction(value))

    @classmethod
    def less_than(cls, value: Fraction | int) -> Interval:
        """(-∞, value)"""
        return cls(None, Fraction(value), high_open=True)

    @classmethod
    def everything(cls) -> Interval:
        """(-∞, ∞): what a source allows about a fact it does not constrain."""
        return cls(None, None)

    # -- relations ----------------------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        """Always False: an empty interval cannot be constructed (operations return None)."""
        return False

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def contains(self, value: Fraction | int) -> bool:
        x = _as_fraction(value, "value")
        if self.low is not None and (x < self.low or (x == self.low and self.low_open)):
            return False
        return not (
            self.high is not None and (x > self.high or (x == self.high and self.high_open))
        )

    def __contains__(self, value: object) -> bool:
        return self.contains(value)  # type: ignore[arg-type]

    def complement(self) -> Interval | None:
        """The values outside a half-line: (X, ∞) → (−∞, X], [X, ∞) → (−∞, X), and back.
        None for anything else (a bounded interval's complement is two pieces)."""
        # Only the flipped bound's flag is given: an unbounded side is always open.
        if self.high is None and self.low is not None:
            return Interval(None, self.low, high_open=not self.low_open)
        if self.low is None and self.high is not None:
            return Interval(self.high, None, low_open=not self.high_open)
        return None

    def subset_of(self, other: Interval) -> bool:
        """Every value this interval allows, ``other`` allows too (evidence ⊆ claim)."""
        return _low_order(other) <= _low_order(self) and _high_order(self) <= _high_order(other)

    def intersection(self, other: Interval) -> Interval | None:
        """The values both allow, or None when they share none."""
        lower = max(self, other, key=_low_order)
        upper = min(self, other, key=_high_order)
        low, low_open, high, high_open = lower.low, lower.low_open, upper.high, upper.high_open
        if (
            low is not None
            and high is not None
            and (low > high or (low == high and (low_open or high_open)))
        ):
            return None
        return Interval(low, high, low_open, high_open)

    def disjoint_from(self, other: Interval) -> bool:
        """No value is allowed by both (evidence ∩ claim = ∅)."""
        return self.intersection(other) is None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval holding both (fills any gap between them)."""
        lower = min(self, other, key=_low_order)
        upper = max(self, other, key=_high_order)
        return Interval(lower.low, upper.high, lower.low_open, upper.high_open)

    # -- arithmetic ---------------------------------------------------------------------

    def __neg__(self) -> Interval:
        return Interval(
            None if self.high is None else -self.high,
            None if self.low is None else -self.low,
            self.high_open,
            self.low_open,
        )

    def __add__(self, other: object) -> Interval:
        b = _coerce(other)
        if b is None:
            return NotImplemented
        low = None if self.low is None or b.low is None else self.low + b.low
        high = None if self.high is None or b.high is None else self.high + b.high
        return Interval(low, high, self.low_open or b.low_open, self.high_open or b.high_open)

    __radd__ = __add__

    def __sub__(self, other: object) -> Interval:
        b = _coerce(other)
        if b is None:
            return NotImplemented
        return self + (-b)

    def __rsub__(self, other: object) -> Interval:
        a = _coerce(other)
        if a is None:
            return NotImplemented
        return a + (-self)

    def __mul__(self, other: object) -> Interval:
        b = _coerce(other)
        if b is None:
            return NotImplemented
        return _multiply(self, b)

    __rmul__ = __mul__

    def __truediv__(self, other: object) -> Interval:
        b = _coerce(other)
        if b is None:
            return NotImplemented
        return _multiply(self, b.reciprocal())

    def __rtruediv__(self, other: object) -> Interval:
        a = _coerce(other)
        if a is None:
            return NotImplemented
        return _multiply(a, self.reciprocal())

    def reciprocal(self) -> Interval:
        """1 / self, for an interval of strictly positive values (ValueError otherwise).

        Only positive divisors are defined: an interval reaching zero or below has no
        bounded quotient, and a ratio of counts or amounts never needs one.
        """
        if self.low is None or self.low < 0 or (self.low == 0 and not self.low_open):
            raise ValueError(f"cannot divide by {self}: the divisor must be positive")
        high = None if self.low == 0 else 1 / self.low
        if self.high is None:
            return Interval(Fraction(0), high, True, self.low_open)
        return Interval(1 / self.high, high, self.high_open, self.low_open)

    # -- display ------------------------------------------------------------------------

    def __str__(self) -> str:
        if self.low is None:
            left = "(-∞"
        else:
            left = ("(" if self.low_open else "[") + format_exact(self.low)
        if self.high is None:
            right = "∞)"
        else:
            right = format_exact(self.high) + (")" if self.high_open else "]")
        return f"{left}, {right}"


def _coerce(value: object) -> Interval | None:
    if isinstance(value, Interval):
        return value
    if isinstance(value, Rational) and not isinstance(value, bool):
        return Interval.point(Fraction(value))
    return None


# Bounds as sort keys. A lower bound (x, open) starts after (x, closed); an upper bound
# (x, open) ends before (x, closed); an unbounded side lies beyond every finite bound.
def _low_order(i: Interval) -> tuple[int, Fraction, int]:
    if i.low is None:
        return (-1, Fraction(0), 0)
    return (0, i.low, 1 if i.low_open else 0)


def _high_order(i: Interval) -> tuple[int, Fraction, int]:
    if i.high is None:
        return (1, Fraction(0), 0)
    return (0, i.high, -1 if i.high_open else 0)


# The finite case first in both: comparing a Fraction with the strings of the infinities goes
# through Fraction.__eq__'s slow path (numbers.Rational, float, complex, then NotImplemented),
# and corpus completion multiplies intervals hundreds of thousands of times a run.


def _ext_key(x: _Ext) -> tuple[int, Fraction]:
    if isinstance(x, Fraction):
        return (0, x)
    if x == _NEG_INF:
        return (-1, Fraction(0))
    assert x == _POS_INF
    return (1, Fraction(0))


def _sign(x: _Ext) -> int:
    if isinstance(x, Fraction):
        return (x > 0) - (x < 0)
    if x == _NEG_INF:
        return -1
    assert x == _POS_INF
    return 1


def _ext_mul(x: _Ext, y: _Ext) -> _Ext:
    if isinstance(x, Fraction) and isinstance(y, Fraction):
        return x * y
    # One factor is infinite. 0 · ∞ stands for the limit a closed or open zero bound gives
    # at that corner, which is 0 (the other side of the product set reaches any sign anyway).
    sx, sy = _sign(x), _sign(y)
    if sx == 0 or sy == 0:
        return Fraction(0)
    return _POS_INF if sx * sy > 0 else _NEG_INF


def _multiply(a: Interval, b: Interval) -> Interval:
    """The product set of two intervals: its bounds are among the four corner products.

    A corner value is attained when both factors are closed finite bounds, or when one
    factor is a closed zero (zero times anything in the other interval is zero).
    """
    a_bounds = [(_low_ext(a), a.low_open), (_high_ext(a), a.high_open)]
    b_bounds = [(_low_ext(b), b.low_open), (_high_ext(b), b.high_open)]
    corners: list[tuple[_Ext, bool]] = []
    for x, x_open in a_bounds:
        for y, y_open in b_bounds:
            value = _ext_mul(x, y)
            finite = isinstance(x, Fraction) and isinstance(y, Fraction)
            attained = (finite and not x_open and not y_open) or any(
                isinstance(f, Fraction) and f == 0 and not f_open
                for f, f_open in ((x, x_open), (y, y_open))
            )
            corners.append((value, attained and isinstance(value, Fraction)))
    low = min(_ext_key(v) for v, _ in corners)
    high = max(_ext_key(v) for v, _ in corners)
    low_closed = any(_ext_key(v) == low and att for v, att in corners)
    high_closed = any(_ext_key(v) == high and att for v, att in corners)
    return Interval(
        None if low[0] else low[1],
        None if high[0] else high[1],
        not low_closed,
        not high_closed,
    )


def _low_ext(i: Interval) -> _Ext:
    return _NEG_INF if i.low is None else i.low


def _high_ext(i: Interval) -> _Ext:
    return _POS_INF if i.high is None else i.high
