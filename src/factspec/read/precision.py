"""What a written number allows: the interval its precision or its qualifier gives it.

DESIGN.md states the rules: the precision rule (a plain number stands for what its writer
could have rounded to, never looser than the tolerance t) and the qualifier table ("about",
"nearly", "a good", "more than", "up to", …). The reader in `factspec.read.quantity` hands
each finished reading over as a `Written` number.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Protocol

from factspec.read.interval import Interval


class Written(Protocol):
    """A number as the text writes it: the reader's provisional reading satisfies this."""

    @property
    def number(self) -> Fraction:
        """The numeral's value, signed, before scale and unit factor."""
        ...

    @property
    def decimals(self) -> int:
        """Digits after the decimal mark: the precision of the last stated digit."""
        ...

    @property
    def scale(self) -> Fraction | None: ...

    @property
    def factor(self) -> Fraction: ...

    @property
    def nominal(self) -> Fraction:
        """number × scale × factor."""
        ...


def _unit_of(r: Written, digit: Fraction) -> Fraction:
    """A unit of the numeral's digit at ``digit`` (1, 10, 1/10 …), × scale × factor."""
    # Skipping the factors that are 1, as the reader's `nominal` does: each Fraction
    # product costs microseconds.
    if r.scale is not None:
        digit = digit * r.scale
    if r.factor != 1:
        digit = digit * r.factor
    return digit


def stated_half(r: Written) -> Fraction:
    """Half a unit of the last stated digit: ``8,5`` → 0.05, ``65`` → 0.5, ``60`` → 0.5."""
    return _unit_of(r, Fraction(1, 2 * 10**r.decimals))


def significant_half(r: Written) -> Fraction | None:
    """Half a unit of the last significant digit: the last stated one when the numeral
    has decimals (``2,0`` → 0.05), else the last non-zero one (``160.000`` → 5,000,
    ``10`` → 5, ``475`` → 0.5). None where no digit is written (``anderthalb``, ``0``)."""
    if r.decimals:
        return stated_half(r)
    number = abs(r.number)
    if number.denominator != 1 or number == 0:
        return None
    digits = str(number.numerator)
    zeros = len(digits) - len(digits.rstrip("0"))
    return _unit_of(r, Fraction(10**zeros, 2))


def width(x: Fraction, half: Fraction | None, t: Fraction) -> Fraction:
    """w(X) = the smaller of t·|X| and half a unit of X's precision (DESIGN.md, "Precision"):
    a number stands for what its writer could have rounded to, never looser than t."""
    if x == 0:
        # t·|X| says nothing at zero: "0,0 %" is still rounded to a tenth.
        return Fraction(0) if half is None else half
    cap = t * abs(x)
    return cap if half is None or cap < half else half


def plain(r: Written, t: Fraction) -> Interval:
    """A number with no qualifier: exact when it is a bare integer (``24.000``, ``zehn``),
    else ± half a unit of its last stated digit, capped at t (``8,5 Milliarden``)."""
    x = r.nominal
    if not r.decimals and r.scale is None:
        return Interval(x, x)
    w = width(x, stated_half(r), t)
    return Interval(x - w, x + w)


def qualified(r: Written, qualifier: str, t: Fraction) -> Interval:
    """What a qualifier allows around the nominal value X (DESIGN.md, the qualifier table)."""
    x = r.nominal
    if qualifier == "more than":
        return Interval.more_than(x)
    if qualifier == "less than":
        return Interval.less_than(x)
    # Bounds are exact at X, not X as rounded: a bound widened by its rounding would let
    # "über 1,3 Millionen" and "1,3 Millionen" ((1.3, 1.35] million) prove "at most 1.3
    # million", which the source contradicts.
    if qualifier == "at least":
        return Interval.at_least(x)
    if qualifier == "at most":
        return Interval.at_most(x)
    if qualifier == "up to":
        # Everything up to X, exactly (as "at most"). That X is the top is kept as the
        # quantity's `top`, X as written, and judged there: a claim "up to 100" is refuted by a
        # source whose top is 65, and a source must name a value at the top to support it.
        return Interval.closed(0, x) if x >= 0 else Interval.at_most(x)
    w = width(x, significant_half(r), t)
    if qualifier == "about":
        return Interval(x - w, x + w)
    if w == 0:  # t = 0 or X = 0: no room below or above X, only the side
        return Interval.less_than(x) if qualifier == "nearly" else Interval.more_than(x)
    if qualifier == "nearly":
        return Interval(x - w, x, False, True)
    if qualifier == "a good":
        return Interval(x, x + w, True, False)
    raise AssertionError(f"unknown qualifier {qualifier!r}")  # pragma: no cover


def allowed(r: Written, qualifier: str | None, t: Fraction) -> Interval:
    return plain(r, t) if qualifier is None else qualified(r, qualifier, t)


def top(r: Written, t: Fraction) -> Interval:
    """Where the top of an "up to X" lies: X as written (its plain precision)."""
    return plain(r, t)
