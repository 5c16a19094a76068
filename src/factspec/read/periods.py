"""The periods a text names: years, quarters, and "before"/"after" an event.

A claim's title is what readers see, and a date in it is part of the claim: "Meta's Q2 2023
revenue was 39 billion dollars" is false when the fact behind it is Q2 2024's revenue, although
the number is right. Years are no figures to the quantity reader, so they are read here, for
the title check, and from fact ids, for the order of the two facts of a change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A year stands alone: not inside a name ("case n2024") or a longer number ("12.2024").
_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d{2}(?!\w|[.,]\d)")
_QUARTER = re.compile(
    r"\bQ([1-4])\b"
    r"|\b(first|second|third|fourth)[ -]quarter\b"
    r"|\b(erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?)\s+Quartal"
    r"|(?<![\d.])([1-4])\.\s*Quartal",
    re.IGNORECASE,
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "erst": 1, "zweit": 2, "dritt": 3}
_PHASES = {"before": 0, "after": 2, "vor": 0, "nach": 2}


def _quarter_number(match: re.Match[str]) -> int:
    digit = match.group(1) or match.group(4)
    if digit:
        return int(digit)
    word = (match.group(2) or match.group(3)).lower()
    for stem, number in _ORDINALS.items():
        if word.startswith(stem):
            return number
    return 4  # "vierte…"


def years_in(text: str) -> set[int]:
    """Every year 1900–2099 written in ``text`` (not inside a longer number)."""
    return {int(match.group()) for match in _YEAR.finditer(text)}


def quarters_in(text: str) -> set[int]:
    """Every quarter ``text`` names: Q2, second quarter, zweites Quartal, 2. Quartal."""
    return {_quarter_number(match) for match in _QUARTER.finditer(text)}


@dataclass(frozen=True, order=True)
class Period:
    """When a fact is, as far as its id says: one year, perhaps a quarter, perhaps before or
    after an event in it. Comparable: Q1 2023 < Q1 2024 < before Q2 2024 < after Q2 2024."""

    year: int
    quarter: int
    phase: int


def period_of_id(fact_id: str) -> Period | None:
    """The period a fact id names (``capex_q1_2023``, ``share_price_after_q2_2024_results``),
    or None when it names no single year."""
    words = fact_id.lower().split("_")
    years = {int(w) for w in words if len(w) == 4 and w.isdigit() and w[:2] in ("19", "20")}
    if len(years) != 1:
        return None
    quarters = {int(w[1]) for w in words if len(w) == 2 and w[0] == "q" and w[1] in "1234"}
    if len(quarters) > 1:
        return None
    phases = {_PHASES[w] for w in words if w in _PHASES}
    if len(phases) > 1:
        return None
    return Period(years.pop(), quarters.pop() if quarters else 0, phases.pop() if phases else 1)
