"""What makes a claim unfit to be judged, whatever its sources say: pytest's own outcome tags,
contradictory tags, and a title stating a number that no step proves.

The title is the sentence readers see, and what the ClaimReview export publishes: a claim
whose steps prove "about 16,000 GPUs" under the title "Llama 3 was trained on 20,000 GPUs"
would publish a number nobody checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from factspec.model.grammar import ChangeStep, ChangeToStep, MultipleStep, Relation, ValueStep
from factspec.model.project import Project
from factspec.read.features import DISPUTED_TAG, FALSE_TAG, PYTEST_OUTCOME_TAGS, Claim
from factspec.read.problems import Problem
from factspec.read.quantity import Quantity, read_quantities


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
    return problems


def _stated(relations: Sequence[Relation]) -> list[Quantity]:
    return [
        relation.claimed
        for relation in relations
        if isinstance(relation, ValueStep | MultipleStep | ChangeStep | ChangeToStep)
    ]


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
        proven = any(
            number.interval == step.interval
            and number.top == step.top
            and (number.unit is None or number.unit == step.unit)
            for step in stated
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
