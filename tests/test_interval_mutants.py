"""Interval results at the edges: unbounded and open bounds, zero, and the error a reader sees.

tests/test_interval.py and tests/test_interval_bounds.py check arithmetic by its members and
by tight bounds. Here the order of bounds (which one starts first, which one ends last) is
checked where it is easiest to get wrong: an unbounded side against a finite one, an open bound
against a closed one at the same number, and products with an unbounded factor on either side
of zero. The relations are also compared with a brute-force oracle that only uses ``contains``
on the bounds, the points between them and points beyond them.
"""

from __future__ import annotations

from fractions import Fraction as F
from itertools import pairwise

import pytest
from hypothesis import given

from factspec.read.interval import Interval
from test_interval import CI, intervals

I = Interval  # noqa: E741 - short name keeps the tables readable


# -- contains: what a wrong value is called ------------------------------------------------------


@pytest.mark.parametrize(("bad", "kind"), [(1.5, "float"), ("1", "str"), (True, "bool")])
def test_contains_names_the_value_it_refuses(bad: object, kind: str) -> None:
    """contains and ``in`` refuse a non-exact value and say it was the value, and its type."""
    message = rf"^value must be a Fraction or an int, not {kind}$"
    with pytest.raises(TypeError, match=message):
        I.closed(1, 2).contains(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=message):
        _ = bad in I.everything()


# -- the order of bounds: unbounded, open and closed ---------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "both"),
    [
        (I.at_most(3), I.closed(1, 5), I.closed(1, 3)),
        (I.less_than(3), I.at_least(1), I(F(1), F(3), False, True)),
        (I.less_than(3), I.at_most(3), I.less_than(3)),
        (I.more_than(3), I.at_least(3), I.more_than(3)),
        (I.at_most(-2), I.at_most(F(-5, 2)), I.at_most(F(-5, 2))),
        (I.at_least(-2), I.more_than(-3), I.at_least(-2)),
        (I.everything(), I.everything(), I.everything()),
        (I.everything(), I.less_than(0), I.less_than(0)),
        (I.everything(), I.more_than(0), I.more_than(0)),
        (I.open(0, 1), I.closed(0, 1), I.open(0, 1)),
        (I(F(0), F(1), True, False), I(F(0), F(1), False, True), I.open(0, 1)),
        (I.less_than(0), I.more_than(0), None),
        (I.at_most(0), I.more_than(0), None),
        (I.less_than(0), I.at_least(0), None),
        (I.at_most(0), I.at_least(0), I.point(0)),
    ],
)
def test_intersection_at_unbounded_and_open_bounds(
    a: Interval, b: Interval, both: Interval | None
) -> None:
    """intersection keeps the later start and the earlier end, open before closed at a tie."""
    assert a.intersection(b) == both
    assert b.intersection(a) == both


@pytest.mark.parametrize(
    ("a", "b", "hull"),
    [
        (I.at_most(3), I.closed(1, 5), I.at_most(5)),
        (I.at_least(3), I.closed(1, 5), I.at_least(1)),
        (I.less_than(3), I.at_most(3), I.at_most(3)),
        (I.more_than(3), I.at_least(3), I.at_least(3)),
        (I.less_than(3), I.more_than(4), I.everything()),
        (I.everything(), I.point(0), I.everything()),
        (I(F(0), F(1), True, False), I(F(0), F(1), False, True), I.closed(0, 1)),
        (I.open(0, 1), I.open(0, 1), I.open(0, 1)),
    ],
)
def test_hull_at_unbounded_and_open_bounds(a: Interval, b: Interval, hull: Interval) -> None:
    """hull keeps the earlier start and the later end, closed before open at a tie."""
    assert a.hull(b) == hull
    assert b.hull(a) == hull


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        (I.everything(), I.everything(), True),
        (I.at_most(1), I.everything(), True),
        (I.at_most(1), I.at_most(2), True),
        (I.at_most(2), I.at_most(1), False),
        (I.at_most(1), I.closed(-5, 5), False),
        (I.closed(-5, 5), I.at_most(5), True),
        (I.closed(-5, 5), I.less_than(5), False),
        (I(F(-5), F(5), False, True), I.less_than(5), True),
        (I.at_least(1), I.at_least(1), True),
        (I.at_least(1), I.more_than(1), False),
        (I.more_than(1), I.more_than(1), True),
        (I.less_than(1), I.at_most(1), True),
        (I.at_most(1), I.less_than(1), False),
        (I.at_least(0), I.closed(0, 10**9), False),
    ],
)
def test_subset_of_at_unbounded_and_open_bounds(
    inner: Interval, outer: Interval, expected: bool
) -> None:
    """subset_of: an unbounded side fits only in an unbounded side; closed fits not in open."""
    assert inner.subset_of(outer) is expected


# -- products with an unbounded factor, and zero ---------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "product"),
    [
        (I.closed(0, 1), I.at_least(1), I.at_least(0)),
        (I(F(0), F(1), True, False), I.at_most(-1), I.less_than(0)),
        (I.closed(-1, 0), I.at_least(1), I.at_most(0)),
        (I.at_most(0), I.at_most(0), I.at_least(0)),
        (I.less_than(0), I.less_than(0), I.more_than(0)),
        (I.at_least(0), I.at_most(0), I.at_most(0)),
        (I.more_than(0), I.less_than(0), I.less_than(0)),
        (I.at_least(1), I.at_most(-1), I.at_most(-1)),
        (I.at_most(-1), I.at_most(-2), I.at_least(2)),
        (I.at_least(2), I.at_least(3), I.at_least(6)),
        (I.closed(-2, -1), I.more_than(3), I.less_than(-3)),
        (I.open(-2, -1), I.at_least(3), I.less_than(-3)),
        (I.closed(-2, -1), I.at_most(3), I.at_least(-6)),
        (I.everything(), I.point(0), I.point(0)),
        (I.everything(), I.everything(), I.everything()),
        (I.more_than(0), I.everything(), I.everything()),
        (I.at_least(-1), I.at_least(1), I.everything()),
    ],
)
def test_product_with_an_unbounded_factor(a: Interval, b: Interval, product: Interval) -> None:
    """Multiplication: the sign of an unbounded side, and a closed zero that is reached."""
    assert a * b == product
    assert b * a == product


@pytest.mark.parametrize(
    ("a", "b", "quotient"),
    [
        (I.at_most(-1), I.closed(1, 2), I.at_most(F(-1, 2))),
        (I.less_than(0), I.more_than(0), I.less_than(0)),
        (I.at_least(0), I.more_than(0), I.at_least(0)),
        (I.more_than(0), I.more_than(0), I.more_than(0)),
        (I.closed(-1, 0), I.at_least(1), I.closed(-1, 0)),
        (I.closed(-1, 1), I.more_than(1), I.open(-1, 1)),
    ],
)
def test_quotient_with_an_unbounded_side(a: Interval, b: Interval, quotient: Interval) -> None:
    """Division: an unbounded dividend or divisor keeps its sign, and zero stays reachable."""
    assert a / b == quotient


@CI
@given(intervals(), intervals())
def test_product_signs_agree_with_negation(a: Interval, b: Interval) -> None:
    """Multiplication is commutative and flips with the sign of either factor."""
    product = a * b
    assert b * a == product
    assert (-a) * b == -product == a * (-b)
    assert (-a) * (-b) == product


# -- relations against a brute-force oracle --------------------------------------------------------


def grid(*operands: Interval) -> list[F]:
    """The finite bounds, the points between neighbouring bounds and a point beyond each end:
    two intervals bounded by these numbers are equal when they hold the same grid points."""
    marks = sorted({b for i in operands for b in (i.low, i.high) if b is not None}) or [F(0)]
    between = [(x + y) / 2 for x, y in pairwise(marks)]
    return sorted([marks[0] - 1, *marks, *between, marks[-1] + 1])


@CI
@given(intervals(), intervals())
def test_relations_match_a_brute_force_oracle(a: Interval, b: Interval) -> None:
    """intersection, hull and subset_of hold exactly the values the operands say they should."""
    points = grid(a, b)
    both = a.intersection(b)
    hull = a.hull(b)
    for x in points:
        in_both = a.contains(x) and b.contains(x)
        assert (both is not None and both.contains(x)) is in_both, (a, b, x)
        from_below = any(y <= x and (a.contains(y) or b.contains(y)) for y in points)
        from_above = any(y >= x and (a.contains(y) or b.contains(y)) for y in points)
        assert hull.contains(x) is (from_below and from_above), (a, b, x)
    assert a.subset_of(b) is all(b.contains(x) for x in points if a.contains(x)), (a, b)
    assert (both is None) is not any(a.contains(x) and b.contains(x) for x in points), (a, b)
