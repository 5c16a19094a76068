"""Interval bounds are tight: each result bound is the extreme of the values, and it is closed
exactly when some pair of members reaches it.

tests/test_interval.py checks that the members of the operands land inside the result. That
alone passes for a result that is too wide, or whose open bound was wrongly closed (a closed
bound claims a value no pair of members gives; a source's "(1, 2]" would then support a claim
it does not). Here every finite bound of a sum, difference, product, quotient and reciprocal
is checked against the operands' own members: closed bounds are reached, open ones are not
but are approached, unbounded sides run past any number.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factspec.read.interval import Interval

I = Interval  # noqa: E741 - short name keeps the tables readable

# -- division by a half-open interval and __rtruediv__, by example ------------------------------


@pytest.mark.parametrize(
    ("divisor", "reciprocal"),
    [
        (I.closed(1, 2), I.closed(F(1, 2), 1)),
        (I(F(1), F(2), low_open=True), I(F(1, 2), F(1), False, True)),
        (I(F(1), F(2), high_open=True), I(F(1, 2), F(1), True, False)),
        (I.open(1, 2), I.open(F(1, 2), 1)),
        (I(F(0), F(2), low_open=True), I.at_least(F(1, 2))),
        (I.at_least(2), I(F(0), F(1, 2), True, False)),
        (I.more_than(2), I.open(0, F(1, 2))),
        (I.more_than(0), I.more_than(0)),
        (I.point(4), I.point(F(1, 4))),
    ],
)
def test_reciprocal_keeps_each_bound_open_or_closed(
    divisor: Interval, reciprocal: Interval
) -> None:
    assert divisor.reciprocal() == reciprocal
    assert I.point(1) / divisor == reciprocal
    assert 1 / divisor == reciprocal  # __rtruediv__


def test_division_by_a_half_open_interval() -> None:
    # [2, 4] / (1, 2] = [1, 4): 4 would need the divisor 1, which (1, 2] does not hold.
    assert I.closed(2, 4) / I(F(1), F(2), low_open=True) == I(F(1), F(4), False, True)
    assert I.closed(2, 4) / I(F(1), F(2), high_open=True) == I(F(1), F(4), True, False)


def test_a_number_divided_by_an_interval() -> None:
    assert 6 / I.closed(2, 3) == I.closed(2, 3)
    assert F(3, 2) / I.closed(1, 3) == I.closed(F(1, 2), F(3, 2))
    assert -6 / I(F(2), F(3), low_open=True) == I(F(-3), F(-2), True, False)
    with pytest.raises(ValueError, match="divisor must be positive"):
        1 / I.closed(0, 1)


@pytest.mark.parametrize("other", ["6", 1.5, None, True])
def test_only_exact_numbers_divide_an_interval(other: object) -> None:
    with pytest.raises(TypeError):
        other / I.closed(2, 3)  # type: ignore[operator]
    with pytest.raises(TypeError):
        I.closed(2, 3) / other  # type: ignore[operator]


# -- tight bounds, as a property ----------------------------------------------------------------

bounds = st.fractions(min_value=-50, max_value=50, max_denominator=7)
NEAR = F(1, 10**6)  # how far inside an open bound the approaching members lie
FAR = F(10**6)  # how far out the members of an unbounded side reach


@st.composite
def intervals(draw: st.DrawFn, positive: bool = False) -> Interval:
    a, b = sorted((draw(bounds), draw(bounds)))
    if positive:
        a, b = abs(a), abs(b)
        a, b = min(a, b), max(a, b)
    low = None if not positive and draw(st.booleans()) and draw(st.booleans()) else a
    high = None if draw(st.booleans()) and draw(st.booleans()) else b
    low_open = draw(st.booleans()) or (positive and low == 0)
    if low is not None and low == high:
        if low_open:
            return I(low, None, True) if positive else I.point(low)
        return I.point(low)
    return I(low, high, low_open, draw(st.booleans()))


def reached(i: Interval) -> list[F]:
    """Members that can give a result's extreme exactly: the closed bounds, zero (zero times
    anything is zero), and one inner member (for 0 / y)."""
    points = [b for b, is_open in ((i.low, i.low_open), (i.high, i.high_open)) if b is not None]
    points = [b for b in points if i.contains(b)]
    low = i.low if i.low is not None else (i.high if i.high is not None else F(0)) - 1
    high = i.high if i.high is not None else low + 2
    points += [(low + high) / 2, F(0)]
    return [x for x in points if i.contains(x)]


def approaching(i: Interval) -> list[F]:
    """Members just inside each bound, and far out on an unbounded side."""
    beside = i.high if i.high is not None else F(0)
    low = i.low if i.low is not None else beside - FAR
    high = i.high if i.high is not None else max(low, F(0)) + FAR
    points = [low, low + NEAR, high, high - NEAR]
    points += [low + (high - low) * NEAR, high - (high - low) * NEAR]
    return [x for x in points if i.contains(x)] + reached(i)


Op = Callable[[object, object], object]
OPERATIONS: dict[str, Op] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
}


def assert_tight(result: Interval, a: Interval, b: Interval, op: Op) -> None:
    exact = {op(x, y) for x in reached(a) for y in reached(b)}
    near = [op(x, y) for x in approaching(a) for y in approaching(b)]
    for bound, is_open, side in (
        (result.low, result.low_open, "low"),
        (result.high, result.high_open, "high"),
    ):
        if bound is None:  # unbounded: members reach past any number on that side
            extreme = min(near) if side == "low" else max(near)
            assert abs(extreme) >= 100, (side, result, a, b)
            continue
        assert (bound in exact) is (not is_open), (side, result, a, b)
        # The bound is the extreme, not beyond it: members come within a hair of it.
        assert min(abs(v - bound) for v in near) <= F(1, 1000), (side, result, a, b)


CI = settings(max_examples=400, derandomize=True, deadline=None)


@CI
@given(intervals(), intervals(), st.sampled_from(sorted(OPERATIONS)))
def test_sum_difference_and_product_bounds_are_tight(a: Interval, b: Interval, op: str) -> None:
    assert_tight(OPERATIONS[op](a, b), a, b, OPERATIONS[op])  # type: ignore[arg-type]


@CI
@given(intervals(), intervals(positive=True))
def test_quotient_bounds_are_tight(a: Interval, b: Interval) -> None:
    assert_tight(a / b, a, b, operator.truediv)


@CI
@given(intervals(positive=True))
def test_reciprocal_bounds_are_tight(b: Interval) -> None:
    assert_tight(b.reciprocal(), I.point(1), b, operator.truediv)
    assert 1 / b == b.reciprocal() == I.point(1) / b


@CI
@given(intervals())
def test_negation_bounds_are_tight(a: Interval) -> None:
    assert_tight(-a, I.point(-1), a, operator.mul)


# -- the complement of a half-line ("is not more than X") -----------------------------------
# A negated bound claim is judged by the complement: (X, ∞) → (−∞, X] must close the bound the
# half-line left open, or "is not more than 5" would refute a source that says exactly 5.


@pytest.mark.parametrize(
    ("half_line", "complement"),
    [
        (I.more_than(5), I.at_most(5)),
        (I.at_least(5), I.less_than(5)),
        (I.at_most(F(-3, 2)), I.more_than(F(-3, 2))),
        (I.less_than(F(-3, 2)), I.at_least(F(-3, 2))),
        (I.more_than(0), I.at_most(0)),
    ],
)
def test_the_complement_of_a_half_line_closes_what_it_left_open(
    half_line: Interval, complement: Interval
) -> None:
    assert half_line.complement() == complement
    assert complement.complement() == half_line


@pytest.mark.parametrize(
    "interval", [I.closed(1, 2), I.open(1, 2), I.point(3), I.everything(), I(F(1), F(2), True)]
)
def test_only_a_half_line_has_a_complement_in_one_piece(interval: Interval) -> None:
    assert interval.complement() is None


@st.composite
def half_lines(draw: st.DrawFn) -> Interval:
    bound, is_open = draw(bounds), draw(st.booleans())
    if draw(st.booleans()):
        return I(bound, None, low_open=is_open)
    return I(None, bound, high_open=is_open)


@CI
@given(half_lines(), bounds)
def test_a_half_line_and_its_complement_split_the_line(half_line: Interval, x: F) -> None:
    # Each value lies in exactly one of the two, the shared bound included.
    complement = half_line.complement()
    assert complement is not None
    assert complement.contains(x) is not half_line.contains(x)
    shared = half_line.low if half_line.low is not None else half_line.high
    assert shared is not None
    assert complement.contains(shared) is not half_line.contains(shared)
