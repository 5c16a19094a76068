"""Exact intervals: construction, relations, arithmetic with open and unbounded bounds."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factspec.read.interval import Interval, format_exact

I = Interval  # noqa: E741 - short name keeps the tables readable


# -- construction ------------------------------------------------------------------------


def test_constructors_say_what_they_build() -> None:
    assert I.closed(1, 2) == I(F(1), F(2), False, False)
    assert I.open(1, 2) == I(F(1), F(2), True, True)
    assert I.point(3) == I(F(3), F(3))
    assert I.at_least(5) == I(F(5), None, False, True)
    assert I.more_than(5) == I(F(5), None, True, True)
    assert I.at_most(5) == I(None, F(5), True, False)
    assert I.less_than(5) == I(None, F(5), True, True)
    assert I.everything() == I(None, None)


def test_unbounded_sides_are_normalised_to_open() -> None:
    # verdict.py writes Interval(None, 0, False, True); it must equal the canonical form.
    assert I(None, F(0), False, True) == I.less_than(0)
    assert I(F(0), None, True) == I.more_than(0)


def test_ints_become_fractions() -> None:
    interval = I(1, 2)  # type: ignore[arg-type]
    assert isinstance(interval.low, F) and isinstance(interval.high, F)


@pytest.mark.parametrize(
    "make",
    [
        lambda: I.closed(2, 1),
        lambda: I(F(1), F(1), True, False),
        lambda: I(F(1), F(1), False, True),
        lambda: I.open(1, 1),
    ],
    ids=["low above high", "open low at a point", "open high at a point", "open point"],
)
def test_empty_intervals_are_refused(make) -> None:
    with pytest.raises(ValueError, match="empty interval"):
        make()


@pytest.mark.parametrize("bad", [1.5, "1", True])
def test_floats_and_other_types_are_refused(bad) -> None:
    with pytest.raises(TypeError):
        I(bad, None)


def test_is_empty_is_always_false() -> None:
    assert not I.point(0).is_empty
    assert I.point(0).is_point and not I.closed(0, 1).is_point


# -- display -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("interval", "shown"),
    [
        (I.closed(144000, 176000), "[144000, 176000]"),
        (I.more_than(340000), "(340000, ∞)"),
        (I.closed(0, 65_000_000_000), "[0, 65000000000]"),
        (I.closed(F(126, 100), F(154, 100)), "[1.26, 1.54]"),
        (I.at_most(F(-1, 2)), "(-∞, -0.5]"),
        (I(F(0), F(5), False, True), "[0, 5)"),
        (I.everything(), "(-∞, ∞)"),
        (I.closed(F(1, 3), 1), "[1/3, 1]"),
    ],
)
def test_str(interval: Interval, shown: str) -> None:
    assert str(interval) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (F(8_450_000_000), "8450000000"),
        (F(7085, 1000), "7.085"),
        (F(-1, 8), "-0.125"),
        (F(0), "0"),
        (F(1, 3), "1/3"),
        (F(-2, 3), "-2/3"),
        (F(1, 20), "0.05"),
        # Denominators beyond a float's 53 bits (products of many decimals): still exact.
        (F(1, 2 * 5**30), "0.000000000000000000000536870912"),
        (F(3, 2**40 * 5**30), "0.0000000000000000000000000000000029296875"),
    ],
)
def test_format_exact(value: F, shown: str) -> None:
    assert format_exact(value) == shown


# -- relations ---------------------------------------------------------------------------


def test_contains_respects_open_bounds() -> None:
    assert I.closed(1, 2).contains(1) and I.closed(1, 2).contains(2)
    assert not I.open(1, 2).contains(1) and not I.open(1, 2).contains(2)
    assert I.open(1, 2).contains(F(3, 2))
    assert I.more_than(340000).contains(340001) and not I.more_than(340000).contains(340000)
    assert F(5) in I.everything()


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        (I.closed(144000, 160000), I.closed(144000, 176000), True),
        (I.closed(1, 2), I.open(1, 3), False),  # 1 is outside (1, 3)
        (I.open(1, 2), I.closed(1, 2), True),
        (I.open(1, 2), I.open(1, 2), True),
        (I.closed(1, 2), I.open(1, 2), False),
        (I.more_than(5), I.at_least(5), True),
        (I.at_least(5), I.more_than(5), False),
        (I.more_than(5), I.everything(), True),
        (I.everything(), I.more_than(5), False),
        (I.at_most(3), I.less_than(4), True),
        (I.at_most(4), I.less_than(4), False),
        (I.point(7), I.closed(F(65, 10), F(75, 10)), True),
    ],
)
def test_subset_of(inner: Interval, outer: Interval, expected: bool) -> None:
    assert inner.subset_of(outer) is expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (I.closed(1, 3), I.closed(2, 4), I.closed(2, 3)),
        (I.closed(1, 2), I.closed(2, 3), I.point(2)),
        (I.closed(1, 2), I.open(2, 3), None),  # touching, but 2 is not in (2, 3)
        (I.closed(1, 2), I.closed(3, 4), None),
        (I.more_than(5), I.closed(0, 10), I(F(5), F(10), True, False)),
        (I.at_least(5), I.at_most(5), I.point(5)),
        (I.more_than(5), I.at_most(5), None),
        (I.everything(), I.open(0, 1), I.open(0, 1)),
        (I.closed(0, 2), I(F(0), F(2), True, True), I.open(0, 2)),
    ],
)
def test_intersection_and_disjoint(a: Interval, b: Interval, expected: Interval | None) -> None:
    assert a.intersection(b) == expected
    assert b.intersection(a) == expected
    assert a.disjoint_from(b) is (expected is None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (I.closed(1, 2), I.closed(5, 6), I.closed(1, 6)),
        (I.open(1, 2), I.closed(1, 2), I.closed(1, 2)),
        (I.open(1, 2), I.open(1, 3), I.open(1, 3)),
        (I.more_than(1), I.closed(0, 1), I.at_least(0)),
        (I.at_most(0), I.more_than(0), I.everything()),
    ],
)
def test_hull(a: Interval, b: Interval, expected: Interval) -> None:
    assert a.hull(b) == expected
    assert b.hull(a) == expected


# -- arithmetic --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (I.closed(1, 2), I.closed(10, 20), I.closed(11, 22)),
        (I.open(1, 2), I.closed(10, 20), I.open(11, 22)),
        (I.more_than(1), I.closed(1, 2), I.more_than(2)),
        (I.at_most(1), I.at_least(1), I.everything()),
        (I.closed(1, 2), F(1, 2), I.closed(F(3, 2), F(5, 2))),
    ],
)
def test_add(a: Interval, b, expected: Interval) -> None:
    assert a + b == expected
    assert b + a == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (I.closed(5, 6), I.closed(1, 2), I.closed(3, 5)),
        (I.closed(5, 6), I.open(1, 2), I.open(3, 5)),
        (I.more_than(5), I.at_most(1), I.more_than(4)),
        (I.closed(1, 2), I.more_than(0), I.less_than(2)),
    ],
)
def test_sub(a: Interval, b: Interval, expected: Interval) -> None:
    assert a - b == expected


def test_negation_and_scalar_subtraction() -> None:
    assert -I(F(1), F(2), True, False) == I(F(-2), F(-1), False, True)
    assert -I.more_than(3) == I.less_than(-3)
    assert 10 - I.closed(1, 2) == I.closed(8, 9)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (I.closed(2, 3), I.closed(4, 5), I.closed(8, 15)),
        (I.closed(-2, 3), I.closed(4, 5), I.closed(-10, 15)),
        (I.closed(-2, -1), I.closed(-5, -4), I.closed(4, 10)),
        (I.open(2, 3), I.closed(4, 5), I.open(8, 15)),
        (I.closed(0, 1), I.open(2, 3), I(F(0), F(3), False, True)),  # 0 × anything = 0
        (I.open(0, 1), I.at_least(1), I.more_than(0)),
        (I.closed(0, 1), I.at_least(1), I.at_least(0)),
        (I.open(0, 1), I.at_most(-1), I.less_than(0)),
        (I.more_than(2), I.more_than(3), I.more_than(6)),
        (I.point(-1), I.more_than(0), I.less_than(0)),  # verdict.py negates this way
        (I.point(0), I.everything(), I.point(0)),
        (I.everything(), I.closed(1, 2), I.everything()),
        (I.closed(-1, 1), I.at_least(1), I.everything()),
    ],
)
def test_mul(a: Interval, b: Interval, expected: Interval) -> None:
    assert a * b == expected
    assert b * a == expected


def test_scalar_multiplication() -> None:
    assert I.closed(1, 2) * 3 == I.closed(3, 6)
    assert 100 * I.open(1, 2) == I.open(100, 200)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # DESIGN.md: [a, b] / [c, d] = [a/d, b/c] for positive values.
        (I.closed(144000, 160000), I.closed(14400, 17600), I.closed(F(90, 11), F(100, 9))),
        (I.closed(1, 2), I.closed(4, 5), I.closed(F(1, 5), F(1, 2))),
        (I.open(1, 2), I.closed(4, 5), I.open(F(1, 5), F(1, 2))),
        (I.closed(1, 2), I.at_least(4), I(F(0), F(1, 2), True, False)),
        (I.more_than(340000), I.closed(24000, 24000), I.more_than(F(85, 6))),
        (I.closed(1, 2), I(F(0), F(1), True, False), I.at_least(1)),
        (I.closed(-1, 1), I.closed(2, 4), I.closed(F(-1, 2), F(1, 2))),
        (I.everything(), I.closed(1, 2), I.everything()),
    ],
)
def test_div(a: Interval, b: Interval, expected: Interval) -> None:
    assert a / b == expected


@pytest.mark.parametrize(
    "divisor",
    [I.closed(0, 1), I.closed(-1, 1), I.closed(-2, -1), I.at_most(5), I.everything(), I.point(0)],
)
def test_division_needs_a_positive_divisor(divisor: Interval) -> None:
    with pytest.raises(ValueError, match="divisor must be positive"):
        I.closed(1, 2) / divisor


def test_change_as_values_py_computes_it() -> None:
    # (new / old − 1) × 100: 160000 GPUs against about 16000 is a rise of 809 % … 1011 %.
    new, old = I.point(160000), I.closed(14400, 17600)
    change = (new / old - I.point(1)) * I.point(100)
    assert change == I.closed(F(8900, 11), F(9100, 9))


def test_operations_refuse_floats() -> None:
    with pytest.raises(TypeError):
        I.closed(1, 2) * 1.5
    with pytest.raises(TypeError):
        I.closed(1, 2).contains(1.5)


# -- properties ----------------------------------------------------------------------------

bounds = st.fractions(min_value=-50, max_value=50, max_denominator=7)


@st.composite
def intervals(draw) -> Interval:
    a, b = sorted((draw(bounds), draw(bounds)))
    low = None if draw(st.booleans()) and draw(st.booleans()) else a
    high = None if draw(st.booleans()) and draw(st.booleans()) else b
    if low is not None and low == high:
        return I.point(low)
    return I(low, high, draw(st.booleans()), draw(st.booleans()))


def members(interval: Interval) -> list[F]:
    """A few values the interval holds: closed ends, inner points, far points when unbounded."""
    low = interval.low if interval.low is not None else (interval.high or F(0)) - 1000
    high = interval.high if interval.high is not None else low + 2000
    points = [low + (high - low) * F(k, 7) for k in range(1, 7)]
    points += [x for x in (interval.low, interval.high) if x is not None]
    return [x for x in points if interval.contains(x)] or [interval.low]  # type: ignore[list-item]


CI = settings(max_examples=300, derandomize=True, deadline=None)


@CI
@given(intervals(), intervals())
def test_arithmetic_holds_every_combination_of_members(a: Interval, b: Interval) -> None:
    for x in members(a):
        for y in members(b):
            assert (a + b).contains(x + y)
            assert (a - b).contains(x - y)
            assert (a * b).contains(x * y)
            if b.low is not None and (b.low > 0 or (b.low == 0 and b.low_open)):
                assert (a / b).contains(x / y)


@CI
@given(intervals(), intervals())
def test_closed_finite_bounds_are_attained(a: Interval, b: Interval) -> None:
    # A closed bound of a sum or product is reached by some pair of closed bounds.
    product = a * b
    corners = [x * y for x in (a.low, a.high) for y in (b.low, b.high)
               if x is not None and y is not None]  # fmt: skip
    for bound, is_open in ((product.low, product.low_open), (product.high, product.high_open)):
        if bound is not None and not is_open:
            assert bound in corners or bound == 0


@CI
@given(intervals(), intervals())
def test_relations_agree(a: Interval, b: Interval) -> None:
    both = a.intersection(b)
    assert a.disjoint_from(b) is (both is None)
    assert a.subset_of(b) is (both == a)
    assert a.subset_of(a.hull(b)) and b.subset_of(a.hull(b))
    if both is not None:
        assert both.subset_of(a) and both.subset_of(b)
    for x in members(a):
        assert b.contains(x) is (both is not None and both.contains(x))
