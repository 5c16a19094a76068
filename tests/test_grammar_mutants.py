"""The grammar's less travelled paths: the exact errors an author reads, and the settings a
step is read with.

Each test pins one thing a weaker grammar could get silently wrong: a tolerance that is not
passed on, a date that drops the step's negation, an error message that loses the step it
is about or the phrases it offers instead.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factspec.model.grammar import (
    MultipleStep,
    StepError,
    UnreadWordsError,
    ValueStep,
    nearest_phrases,
    parse_step,
)
from test_grammar import FACTS, closed, fails, parse


def test_every_notation_problem_of_a_step_is_reported_in_one_message():
    """`StepContext.quantity`: two numbers in the other language's grouping are both named,
    separated by '; ', so the author fixes them in one go."""
    grouping = (
        "is the other language's thousands grouping, but in English ',' groups thousands "
        "and '.' marks decimals"
    )
    assert fails("gpus_by_end_2024 is 24.000 to 30.000 GPUs") == (
        f"'24.000' {grouping}, so it reads as 24; write 24,000 for the whole number; "
        f"'30.000' {grouping}, so it reads as 30; write 30,000 for the whole number"
    )


def test_a_step_is_read_with_the_tolerance_it_is_given():
    """`StepContext.quantity`: "about 2" is [1.9, 2.1] with a tolerance of 5 %, not the
    default 10 %'s [1.8, 2.2]."""
    step = parse_step(
        "gpus_by_end_2024 is about 2 GPUs", "en", facts=FACTS, tolerance=Fraction(1, 20)
    )
    assert isinstance(step, ValueStep)
    assert step.claimed.qualifier == "about"
    assert step.claimed.interval == closed(Fraction(19, 10), Fraction(21, 10))


def test_an_unusable_tolerance_names_the_step_and_the_reason():
    """`StepContext.quantity`: a tolerance the reader refuses is reported with the step's
    quantity and the reader's reason, not as a bare error."""
    with pytest.raises(StepError) as error:
        parse_step("gpus_by_end_2024 is about 2 GPUs", "en", facts=FACTS, tolerance=Fraction(1))
    assert str(error.value) == (
        "cannot read 'about 2 GPUs' as a quantity: tolerance must lie in [0, 1), got 1"
    )


def test_an_unread_word_is_named_with_the_reason_and_the_nearest_phrases():
    """`StepContext.quantity` and `parse_step`: a word the step cannot read is named, the
    reason is given in full, and the phrases nearest the step are offered."""
    with pytest.raises(UnreadWordsError) as error:
        parse("gpus_by_end_2024 is about 160,000 GPUs falsely")
    assert str(error.value) == (
        "the step's word 'falsely' cannot be read: a step states a relation and its value "
        "('about 160,000 GPUs') and nothing else, and a word left out could change what the "
        "claim says — nearest known phrases: '<fact> is <quantity>'; "
        "'<fact> is <quantity> times <fact>'; '<fact> is about as large as <fact>'"
    )


def test_a_multiple_without_a_unit_says_it_reads_as_no_unit():
    """`StepContext.quantity`: a bare number where a multiple is due is reported as
    reading as "no unit"."""
    assert fails("llama4_training_gpus is 10 llama3_training_gpus") == (
        "'10' reads as no unit; expected times"
    )


def test_about_as_large_as_is_read_with_the_tolerance_it_is_given():
    """`_as_large`: "about as large as" is "about 1 times" at the step's tolerance, so with
    20 % it allows [0.8, 1.2]."""
    step = parse_step(
        "llama4_training_gpus is about as large as llama3_training_gpus",
        "en",
        facts=FACTS,
        tolerance=Fraction(1, 5),
    )
    assert isinstance(step, MultipleStep)
    assert (step.fact, step.base) == ("llama4_training_gpus", "llama3_training_gpus")
    assert step.claimed.unit == "times"
    assert step.claimed.qualifier == "about"
    assert step.claimed.interval == closed(Fraction(4, 5), Fraction(6, 5))


def test_a_date_on_a_step_that_is_no_value_names_the_step():
    """`parse_step`: a date on a comparison is refused with the step (without its date)
    quoted, so the author sees which step to change."""
    assert fails("llama4_training_gpus is greater than llama3_training_gpus as of April 2024") == (
        "'llama4_training_gpus is greater than llama3_training_gpus' names a date, but only "
        "a value step ('<fact> is …') is judged at a date"
    )


def test_a_dated_negated_value_step_stays_negated():
    """`_dated`: "is not X as of April 2024" keeps its "not": the date is added, the
    negation is not dropped."""
    step = parse("gpus_by_end_2024 is not 340,000 GPUs as of April 2024")
    assert isinstance(step, ValueStep)
    assert step.fact == "gpus_by_end_2024"
    assert step.negated is True
    assert step.as_of == "2024-04"
    assert step.claimed.value == 340_000


def test_nearest_phrases_of_a_language_without_phrases_is_empty():
    """`nearest_phrases`: a language the grammar has no phrases in offers none, rather
    than failing."""
    assert nearest_phrases("gpus_by_end_2024 is 5 GPUs", "fr") == ""


@pytest.mark.parametrize(
    ("text", "lang", "negated"),
    [
        ("gpus is 30,000 gpus", "en", False),
        ("gpus is not 30,000 gpus", "en", True),
        ("gpus beträgt 30.000 gpus", "de", False),
    ],
)
def test_a_fact_named_like_its_unit_is_read_as_a_value(text: str, lang: str, negated: bool):
    """`_match`: "gpus is 30,000 gpus" also fits the multiple phrase (30,000 times gpus); that
    reading is refused (30,000 is no factor), so the value phrase reads the step."""
    step = parse_step(text, lang, facts={"gpus"})
    assert isinstance(step, ValueStep)
    assert (step.fact, step.claimed.value, step.claimed.unit) == ("gpus", 30000, "gpu")
    assert step.negated is negated


def test_a_step_no_phrase_reads_keeps_the_first_phrases_error():
    """`_match`: "gpus is 3 b" is neither 3 times b (no factor word) nor a value (b is no
    unit): the multiple phrase's error is the one reported."""
    with pytest.raises(StepError, match=r"^'3' reads as no unit; expected times$"):
        parse_step("gpus is 3 b", "en", facts={"gpus", "b"})
