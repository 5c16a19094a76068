"""What makes a claim unfit to be judged, whatever its sources say: pytest's own outcome tags,
contradictory tags, a title stating a number or a period that no step proves, and a change
whose two facts run backwards in time.

The title is the sentence readers see, and what the ClaimReview export publishes: a claim
whose steps prove "about 16,000 GPUs" under the title "Llama 3 was trained on 20,000 GPUs"
would publish a number nobody checked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from factspec.model.grammar import (
    ChangeStep,
    ChangeToStep,
    GrowthStep,
    MultipleStep,
    Relation,
    StatementStep,
    SumStep,
    ValueStep,
    facts_named,
)
from factspec.model.project import Project
from factspec.read.features import DISPUTED_TAG, FALSE_TAG, PYTEST_OUTCOME_TAGS, Claim
from factspec.read.interval import Interval
from factspec.read.periods import period_of_id, quarters_in, years_in
from factspec.read.problems import Problem
from factspec.read.quantity import read_quantities


def claim_problems(claim: Claim, relations: Sequence[Relation], project: Project) -> list[Problem]:
    """Every reason ``claim`` fails before its sources are weighed."""
    problems = [
        Problem(
            claim.feature,
            claim.line,
            f"claim {claim.title!r} is tagged @{tag}, pytest's own tag: pytest would "
            f"{'skip' if tag != 'xfail' else 'excuse'} the claim while `factspec check` judges it",
            "a claim that should not be judged does not belong in features/: remove the tag, "
            "or remove the scenario (tag a debunked claim @false)",
        )
        for tag in claim.tags
        if tag in PYTEST_OUTCOME_TAGS
    ]
    if claim.disputed and claim.debunked:
        problems.append(
            Problem(
                claim.feature,
                claim.line,
                f"claim {claim.title!r} is tagged both @{DISPUTED_TAG} and @{FALSE_TAG}",
                "@false is for a claim the sources refute, @disputed for one they disagree on: "
                "keep one",
            )
        )
    problems.extend(_title_problems(claim, relations, project))
    problems.extend(_period_problems(claim, relations, project))
    problems.extend(_negation_problems(claim, relations))
    problems.extend(_order_problems(claim, relations))
    return problems


def _stated(relations: Sequence[Relation]) -> list[tuple[Interval, Interval | None, str | None]]:
    """(interval, top, unit) of every number the steps state; for a negated step ("is not
    more than 24,000") what it says as a bound of its own ("at most 24,000")."""
    stated = []
    for relation in relations:
        if not isinstance(relation, ValueStep | MultipleStep | ChangeStep | ChangeToStep | SumStep):
            continue
        claimed = relation.claimed
        stated.append((claimed.interval, claimed.top, claimed.unit))
        complement = claimed.interval.complement()
        if getattr(relation, "negated", False) and complement is not None:
            stated.append((complement, None, claimed.unit))
    return stated


def _title_problems(claim: Claim, relations: Sequence[Relation], project: Project) -> list[Problem]:
    """One problem per number of the title that equals no number of the steps: the same
    interval, and the same unit where the title names one ("37 to 40 billion" in a title
    about dollars may leave the currency to the steps)."""
    factbase = project.factbase
    in_title = read_quantities(
        claim.title,
        claim.language,
        units=factbase.unit_registry(),
        tolerance=factbase.tolerance,
    )
    stated = _stated(relations)
    problems = []
    for number in in_title:
        # A fraction in the title may state a step's share in percent ("Mehr als die Hälfte"
        # for "mehr als 50 %").
        readings = [number, *filter(None, [number.as_percent()])]
        proven = any(
            reading.interval == interval
            and reading.top == top
            and (reading.unit is None or reading.unit == unit)
            for reading in readings
            for interval, top, unit in stated
        )
        if not proven:
            unit = f" {number.unit}" if number.unit else ""
            problems.append(
                Problem(
                    claim.feature,
                    claim.line,
                    f"title says {number.text!r} ({number.interval}{unit}), no step proves it",
                    "state the number in the title as a step states it, or take it out of "
                    "the title",
                )
            )
    return problems


def _period_problems(
    claim: Claim, relations: Sequence[Relation], project: Project
) -> list[Problem]:
    """A year or quarter in the title must be one the facts behind the claim are about (their
    ids and descriptions): "Meta's Q2 2023 revenue" does not rest on revenue_q2_2024."""
    factbase = project.factbase
    facts = [
        factbase.fact(fact_id)
        for fact_id in dict.fromkeys(f for r in relations for f in facts_named(r))
    ]
    years: set[int] = set()
    quarters: set[int] = set()
    for fact in facts:
        # A fact's own period is its id's when the id names one: capex_q2_2024_growth is
        # about Q2 2024, though its description names Q2 2023 as the base of the comparison.
        words = fact.id.replace("_", " ")
        own = words if period_of_id(fact.id) else f"{words} {fact.description}"
        years |= years_in(own)
        quarters |= quarters_in(own)
    # A step judged at a date ("as of April 2025") names that date's year itself.
    years |= {int(r.as_of[:4]) for r in relations if isinstance(r, ValueStep) and r.as_of}
    named = ", ".join(fact.id for fact in facts)
    problems = []
    for year in sorted(years_in(claim.title) - years):
        problems.append(_period_problem(claim, str(year), named))
    for quarter in sorted(quarters_in(claim.title) - quarters):
        problems.append(_period_problem(claim, f"Q{quarter}", named))
    return problems


def _period_problem(claim: Claim, period: str, named: str) -> Problem:
    return Problem(
        claim.feature,
        claim.line,
        f"title says {period}, but no fact the claim rests on ({named}) is about {period}",
        "state the period of the facts the steps name, or name the facts of that period "
        "(a fact's period is read from its id and description in facts.yaml)",
    )


def _order_problems(claim: Claim, relations: Sequence[Relation]) -> list[Problem]:
    """ "a rose/fell … from b" says a came after b: refused when the fact ids say otherwise
    (capex_q1_2023 after capex_q1_2024; a price before the results after the one after)."""
    problems = []
    pairs = []
    for relation in relations:
        if isinstance(relation, ChangeStep | ChangeToStep):
            pairs.append((relation.fact, relation.base))
        if isinstance(relation, GrowthStep):
            pairs += [(relation.fact, relation.base), (relation.other, relation.other_base)]
    for fact, base in pairs:
        new, old = period_of_id(fact), period_of_id(base)
        if new is not None and old is not None and new < old:
            problems.append(
                Problem(
                    claim.feature,
                    claim.line,
                    f"the change runs backwards in time: {fact} comes before "
                    f"{base}, so it cannot have risen or fallen from it",
                    "name the later fact first: '<later> rose … from <earlier>'",
                )
            )
    return problems


# Words that negate what a sentence says; "no"/"kein…" negate too, but are often part of a
# statement fact's own wording ("Meta expects no significant revenue …").
_NOT = re.compile(
    r"\b(?:not|never|nicht|nie|niemals|keineswegs|keinesfalls)\b|n't\b", re.IGNORECASE
)
_ANY_NEGATION = re.compile(rf"{_NOT.pattern}|\b(?:no|none|kein|keine|keinen|keiner)\b", re.I)


def _negation_problems(claim: Claim, relations: Sequence[Relation]) -> list[Problem]:
    """A title that says "not" over number steps needs a negated step, and a negated number
    step needs a title that negates: "Meta's clusters do not hold 24,000 GPUs" over "is
    24,000 GPUs" states the opposite of what is proven. Statement steps carry their own
    polarity ("no_significant_revenue holds"), so a claim with one is left to its wording."""
    if any(isinstance(relation, StatementStep) for relation in relations):
        return []
    negated = any(getattr(relation, "negated", False) for relation in relations)
    if _NOT.search(claim.title) and not negated:
        what = "says 'not', but no step is negated"
    elif negated and not _ANY_NEGATION.search(claim.title):
        what = "does not negate, but a step is negated"
    else:
        return []
    return [
        Problem(
            claim.feature,
            claim.line,
            f"title {what}: the title and the steps must say the same",
            "negate the step ('is not …') or the title, whichever is meant",
        )
    ]
