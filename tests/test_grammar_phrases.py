"""Every phrase of the grammar, in each language, read into the step it names.

The phrase table is built when `factspec.model.grammar` is imported, so the engine's mutation
run (docs/TESTING.md), which changes function bodies only, never changes it: this test does
instead. Each template has an example, and a template without one fails the test, so a new
phrase comes with its example.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factspec.model.grammar import (
    ChangeStep,
    ChangeToStep,
    CompareStep,
    GrowthStep,
    MultipleStep,
    NoRefutationStep,
    SourceSupportsStep,
    StatementStep,
    SumStep,
    SupportCountStep,
    ValueStep,
    parse_step,
    phrase_templates,
)

FACTS = {"gpus_new", "gpus_old", "chips_new", "chips_old"}
GROWTH = {"fact": "gpus_new", "base": "gpus_old", "other": "chips_new", "other_base": "chips_old"}
SOURCES = {"s1"}

# template → (example, the step's type, the fields it must have)
EXAMPLES: dict[str, dict[str, tuple[str, type, dict[str, object]]]] = {
    "en": {
        "<fact> is greater than <fact>": (
            "gpus_new is lower than gpus_old",
            CompareStep,
            {"fact": "gpus_new", "base": "gpus_old", "greater": False},
        ),
        "<fact> is about as large as <fact>": (
            "gpus_new is about as large as gpus_old",
            MultipleStep,
            {"fact": "gpus_new", "base": "gpus_old", "negated": False},
        ),
        "<fact> over <fact> grew faster than <fact> over <fact>": (
            "gpus_new over gpus_old grew more slowly than chips_new over chips_old",
            GrowthStep,
            {**GROWTH, "faster": False},
        ),
        "<fact> and <fact> together are <quantity>": (
            "gpus_new and chips_new together are about 20 GPUs",
            SumStep,
            {"fact": "gpus_new", "other": "chips_new"},
        ),
        "<fact> is not <quantity> times <fact>": (
            "gpus_new is not 10 times gpus_old",
            MultipleStep,
            {"fact": "gpus_new", "base": "gpus_old", "negated": True},
        ),
        "<fact> is <quantity> times <fact>": (
            "gpus_new is 10 times gpus_old",
            MultipleStep,
            {"fact": "gpus_new", "base": "gpus_old", "negated": False},
        ),
        "<fact> rose to <quantity> from <fact>": (
            "gpus_new fell to 10 GPUs from gpus_old",
            ChangeToStep,
            {"fact": "gpus_new", "base": "gpus_old", "falling": True},
        ),
        "<fact> rose by <percent> over <fact>": (
            "gpus_new rose by 10 percent over gpus_old",
            ChangeStep,
            {"fact": "gpus_new", "base": "gpus_old", "falling": False, "points": False},
        ),
        "<fact> holds": ("gpus_new does not hold", StatementStep, {"holds": False}),
        "at least <n> sources support it": (
            "at least two sources support it",
            SupportCountStep,
            {"count": 2},
        ),
        "source <id> supports it": (
            "source s1 supports it",
            SourceSupportsStep,
            {"source": "s1", "hedged_ok": False},
        ),
        "source <id> suggests it": (
            "source s1 suggests it",
            SourceSupportsStep,
            {"source": "s1", "hedged_ok": True},
        ),
        "no source refutes it": ("no source refutes it", NoRefutationStep, {}),
        "<fact> is not <quantity>": (
            "gpus_new is not 10 GPUs",
            ValueStep,
            {"fact": "gpus_new", "negated": True},
        ),
        "<fact> is <quantity>": ("gpus_new is 10 GPUs", ValueStep, {"negated": False}),
    },
    "de": {
        "ist <fact> größer als <fact>": (
            "ist gpus_new höher als gpus_old",
            CompareStep,
            {"fact": "gpus_new", "base": "gpus_old", "greater": True},
        ),
        "ist <fact> etwa so groß wie <fact>": (
            "ist gpus_new etwa so groß wie gpus_old",
            MultipleStep,
            {"fact": "gpus_new", "base": "gpus_old", "negated": False},
        ),
        "wuchs <fact> gegenüber <fact> schneller als <fact> gegenüber <fact>": (
            "wuchs gpus_new gegenüber gpus_old schneller als chips_new gegenüber chips_old",
            GrowthStep,
            {**GROWTH, "faster": True},
        ),
        "betragen <fact> und <fact> zusammen <Größe>": (
            "betragen gpus_new und chips_new zusammen etwa 20 GPUs",
            SumStep,
            {"fact": "gpus_new", "other": "chips_new"},
        ),
        "ist <fact> nicht <Größe> so groß wie <fact>": (
            "ist gpus_new nicht zehnmal so groß wie gpus_old",
            MultipleStep,
            {"fact": "gpus_new", "base": "gpus_old", "negated": True},
        ),
        "ist <fact> <Größe> so groß wie <fact>": (
            "ist gpus_new zehnmal so groß wie gpus_old",
            MultipleStep,
            {"negated": False},
        ),
        "stieg <fact> auf <Größe> gegenüber <fact>": (
            "stieg gpus_new auf 10 GPUs gegenüber gpus_old",
            ChangeToStep,
            {"fact": "gpus_new", "base": "gpus_old", "falling": False},
        ),
        "stieg <fact> von <fact> auf <Größe>": (
            "sank gpus_new von gpus_old auf 10 GPUs",
            ChangeToStep,
            {"fact": "gpus_new", "base": "gpus_old", "falling": True},
        ),
        "stieg <fact> um <Prozent> gegenüber <fact>": (
            "sank gpus_new um 3 Prozentpunkte gegenüber gpus_old",
            ChangeStep,
            {"fact": "gpus_new", "base": "gpus_old", "falling": True, "points": True},
        ),
        "trifft <fact> zu": ("trifft gpus_new nicht zu", StatementStep, {"holds": False}),
        "mindestens <n> Quellen stützen sie": (
            "mindestens drei Quellen stützen sie",
            SupportCountStep,
            {"count": 3},
        ),
        "Quelle <id> stützt sie": (
            "Quelle s1 stützt sie",
            SourceSupportsStep,
            {"source": "s1", "hedged_ok": False},
        ),
        "Quelle <id> legt sie nahe": (
            "Quelle s1 legt sie nahe",
            SourceSupportsStep,
            {"source": "s1", "hedged_ok": True},
        ),
        "keine Quelle widerspricht ihr": ("keine Quelle widerspricht ihr", NoRefutationStep, {}),
        "beträgt <fact> nicht <Größe>": (
            "beträgt gpus_new nicht 10 GPUs",
            ValueStep,
            {"fact": "gpus_new", "negated": True},
        ),
        "beträgt <fact> <Größe>": ("beträgt gpus_new 10 GPUs", ValueStep, {"negated": False}),
    },
}


@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_every_phrase_has_an_example(lang: str) -> None:
    assert list(EXAMPLES[lang]) == phrase_templates(lang)


@pytest.mark.parametrize(
    ("lang", "template"), [(lang, t) for lang, table in EXAMPLES.items() for t in table]
)
def test_each_phrase_reads_into_its_step(lang: str, template: str) -> None:
    text, kind, fields = EXAMPLES[lang][template]
    step = parse_step(text, lang, facts=FACTS, sources=SOURCES)
    assert type(step) is kind, (text, step)
    assert {name: getattr(step, name) for name in fields} == fields


def test_the_value_a_phrase_reads_is_the_quantity_written() -> None:
    step = parse_step("gpus_new is 10 GPUs", "en", facts=FACTS)
    assert isinstance(step, ValueStep)
    assert (step.claimed.value, step.claimed.unit) == (Fraction(10), "gpu")
