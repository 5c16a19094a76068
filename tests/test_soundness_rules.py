"""The soundness rules one by one: DESIGN.md's precision table and its examples, steps read
whole, negation, "rose to" against "rose by", "up to" anchored at its top, the other
language's notation, titles, pytest's tags, @disputed and @false.

Every expected interval below was worked out by hand from DESIGN.md's rule
w(X) = min(t·|X|, half a unit of X's last significant digit), t = 10 %.
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

from conftest import TINY_FACTS, TINY_SEEDS, write_project
from factspec.judge.checker import check_project
from factspec.judge.verdict import Target, Verdict, compare
from factspec.model.grammar import (
    ChangeToStep,
    MultipleStep,
    StepError,
    ValueStep,
    parse_step,
)
from factspec.read.interval import Interval
from factspec.read.quantity import read_quantities
from factspec.report.claimreview import rating_of
from factspec.report.markdown import status_text

F = Fraction
FACTS = frozenset({"gpus", "gpus_old", "capex", "capex_old", "ratio"})


def reading(text: str, lang: str):
    [quantity] = read_quantities(text, lang)
    return quantity


def parse(text: str, lang: str = "en"):
    return parse_step(text, lang, facts=FACTS, sources=("a", "b"))


def step_error(text: str, lang: str = "en") -> str:
    with pytest.raises(StepError) as error:
        parse(text, lang)
    return str(error.value)


# --- the precision rule and the qualifier table ------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "interval"),
    [
        # Half a unit of the last significant digit: 160.000 → 5,000; 16.000 → 500; 10 → 5,
        # capped at t·X = 1; 475 → 0.5; 8,5 → 0.05; 2,0 → 0.05.
        ("etwa 160.000", "de", Interval.closed(155_000, 165_000)),
        ("etwa 16.000", "de", Interval.closed(15_500, 16_500)),
        ("about 10", "en", Interval.closed(9, 11)),
        ("about 475", "en", Interval.closed(F("474.5"), F("475.5"))),
        ("etwa 8,5", "de", Interval.closed(F("8.45"), F("8.55"))),
        ("etwa 2,0", "de", Interval.closed(F("1.95"), F("2.05"))),
        ("about 15 %", "en", Interval.closed(F("14.5"), F("15.5"))),
        ("about 510", "en", Interval.closed(505, 515)),
        # nearly: [X − w, X); a good: (X, X + w]
        ("fast 10", "de", Interval(F(9), F(10), False, True)),
        ("knapp 160.000", "de", Interval(F(155_000), F(160_000), False, True)),
        ("nearly 10", "en", Interval(F(9), F(10), False, True)),
        ("just under 10", "en", Interval(F(9), F(10), False, True)),
        ("gut 7 Prozent", "de", Interval(F(7), F("7.5"), True, False)),
        ("just over 24,000", "en", Interval(F(24_000), F(24_500), True, False)),
        ("slightly more than 800", "en", Interval(F(800), F(850), True, False)),
        # more / less than: open; at least / at most: closed
        ("mehr als 5", "de", Interval.more_than(5)),
        ("over 5", "en", Interval.more_than(5)),
        ("weniger als 5", "de", Interval.less_than(5)),
        ("below 5", "en", Interval.less_than(5)),
        ("mindestens 5", "de", Interval.at_least(5)),
        ("at least 5", "en", Interval.at_least(5)),
        ("höchstens 5", "de", Interval.at_most(5)),
        ("at most 5", "en", Interval.at_most(5)),
        # plain: a bare integer is exact; decimals and scale words ± half a stated digit,
        # never looser than t ("3 Milliarden": min(0.3, 0.5) billion)
        ("24.000", "de", Interval.point(24_000)),
        ("8,5 Milliarden", "de", Interval.closed(F("8.45e9"), F("8.55e9"))),
        ("3 Milliarden", "de", Interval.closed(F("2.7e9"), F("3.3e9"))),
        # ranges endpoint by endpoint
        ("37 bis 40 Milliarden", "de", Interval.closed(F("37e9"), F("40e9"))),
        ("between 35 and 40 billion", "en", Interval.closed(F("35e9"), F("40e9"))),
    ],
)
def test_every_row_of_the_precision_table(text: str, lang: str, interval: Interval) -> None:
    assert reading(text, lang).interval == interval


def test_up_to_is_anchored_at_its_top() -> None:
    up_to = reading("bis zu 65 Milliarden", "de")
    assert up_to.qualifier == "up to"
    # Up to 65 billion exactly, like "at most"; the top is 65 billion as written.
    assert up_to.interval == Interval.closed(0, F("65e9"))
    assert up_to.top == Interval.closed(F("64.5e9"), F("65.5e9"))


@pytest.mark.parametrize(
    ("claim", "claim_lang", "evidence", "evidence_lang", "verdict"),
    [
        # DESIGN.md's examples, word for word
        ("about 11 times", "en", "zehn Mal", "de", Verdict.REFUTES),
        ("about 3.5 billion", "en", "3,2 Milliarden", "de", Verdict.REFUTES),
        ("just over 24,000", "en", "24.000", "de", Verdict.REFUTES),
        ("about 945", "en", "just over 800", "en", Verdict.REFUTES),
        ("just over 800", "en", "about 945", "en", Verdict.REFUTES),
        ("about 16,000", "en", "etwa 16.000", "de", Verdict.SUPPORTS),
        ("more than 7 %", "en", "gut sieben Prozent", "de", Verdict.SUPPORTS),
        # nearly and a good exclude X itself
        ("nearly 24,000", "en", "24.000", "de", Verdict.REFUTES),
        ("a good 7 %", "en", "7 %", "en", Verdict.REFUTES),
        # the claim's own "about" is not ±10 %
        ("nearly 9.35 billion", "en", "8,5 Milliarden", "de", Verdict.REFUTES),
        ("about 11 times", "en", "exactly", "en", None),
    ],
)
def test_design_examples(
    claim: str, claim_lang: str, evidence: str, evidence_lang: str, verdict: Verdict | None
) -> None:
    if verdict is None:
        return  # a placeholder row keeps the table's shape readable; nothing to judge
    claimed = reading(claim, claim_lang)
    said = reading(evidence, evidence_lang)
    assert Target(claimed.interval, claimed.top).judge(said.interval) is verdict


@pytest.mark.parametrize(
    ("claim", "evidence", "verdict"),
    [
        ("up to 100 billion", "bis zu 65 Milliarden", Verdict.REFUTES),  # never reaches 100
        ("up to 100 billion", "65 Milliarden", Verdict.REFUTES),
        ("up to 65 billion", "bis zu 65 Milliarden", Verdict.SUPPORTS),
        # A rounded "65 Milliarden" may be 65.4 billion, past "up to 65 billion".
        ("up to 65 billion", "65 Milliarden", Verdict.COMPATIBLE),
        ("up to 40 billion", "37 bis 40 Milliarden", Verdict.SUPPORTS),
        ("up to 65 billion", "über 60 Milliarden", Verdict.COMPATIBLE),  # may pass the top
        ("up to 65 billion", "über 70 Milliarden", Verdict.REFUTES),
    ],
)
def test_an_up_to_claim_names_the_top(claim: str, evidence: str, verdict: Verdict) -> None:
    claimed = reading(claim, "en")
    assert Target(claimed.interval, claimed.top).judge(reading(evidence, "de").interval) is verdict


@pytest.mark.parametrize(
    ("evidence", "verdict"),
    [
        (Interval.point(24_000), Verdict.REFUTES),  # "is not 24,000": the source says 24,000
        (Interval.point(25_000), Verdict.SUPPORTS),
        (Interval.closed(23_000, 25_000), Verdict.COMPATIBLE),
    ],
)
def test_negation_is_the_complement(evidence: Interval, verdict: Verdict) -> None:
    assert Target(Interval.point(24_000), negated=True).judge(evidence) is verdict


# --- steps are read whole --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("gpus is 38 billion dollars in 2025", "en", "'in', '2025'"),
        ("gpus is 24,000 falsely GPUs", "en", "'falsely'"),
        ("gpus is about 16,000 GPUs today", "en", "'today'"),
        ("beträgt gpus etwa 16.000 GPUs im Jahr 2023", "de", "'im', 'Jahr', '2023'"),
        ("gpus is 10 times roughly gpus_old", "en", None),
        ("gpus is never 24,000 GPUs", "en", "'never'"),
    ],
)
def test_a_word_the_grammar_does_not_read_is_a_step_error(
    text: str, lang: str, word: str | None
) -> None:
    message = step_error(text, lang)
    if word is not None:
        assert f"the step's word{'s' if ',' in word else ''} {word} cannot be read" in message
        assert "nearest known phrases" in message


@pytest.mark.parametrize(
    ("text", "lang", "negated_type"),
    [
        ("gpus is not 24,000 GPUs", "en", ValueStep),
        ("beträgt gpus nicht 24.000 GPUs", "de", ValueStep),
        ("ist gpus keineswegs 24.000 GPUs", "de", ValueStep),
        ("gpus is not about 10 times gpus_old", "en", MultipleStep),
        ("ist gpus nicht zehnmal so groß wie gpus_old", "de", MultipleStep),
    ],
)
def test_negation_is_a_relation_of_its_own(text: str, lang: str, negated_type: type) -> None:
    step = parse(text, lang)
    assert isinstance(step, negated_type)
    assert step.negated


@pytest.mark.parametrize(
    ("text", "lang", "falling"),
    [
        ("capex rose to 8.5 billion dollars from capex_old", "en", False),
        ("capex fell to 6.7 billion dollars from capex_old", "en", True),
        ("stieg capex auf 8,5 Milliarden Dollar gegenüber capex_old", "de", False),
        ("sank capex von capex_old auf 6,7 Milliarden Dollar", "de", True),
    ],
)
def test_rose_to_states_the_new_value(text: str, lang: str, falling: bool) -> None:
    step = parse(text, lang)
    assert isinstance(step, ChangeToStep)
    assert (step.fact, step.base, step.falling) == ("capex", "capex_old", falling)
    assert step.claimed.unit == "usd"


@pytest.mark.parametrize(
    ("text", "lang", "shown"),
    [
        ("gpus is more than 24.000 GPUs", "en", "'24.000' is the other language's thousands"),
        ("beträgt gpus über 20,000 GPUs", "de", "'20,000' is the other language's thousands"),
        ("beträgt gpus 8.5 Milliarden Dollar", "de", "'8.5' is not a number in German"),
        ("gpus is 1,5 billion dollars", "en", "'1,5' is not a number in English"),
    ],
)
def test_the_other_languages_notation_is_a_step_error(text: str, lang: str, shown: str) -> None:
    assert shown in step_error(text, lang)


# --- claims: titles, tags, @disputed, @false -----------------------------------------------


def _check(
    tmp_path: Path,
    feature: str,
    *,
    facts: str = TINY_FACTS,
    seeds: dict[str, str] | None = None,
) -> dict[str, dict[str, object]]:
    """Every claim's record by title, from a project of ``facts``, ``seeds`` and one feature."""
    root = write_project(
        tmp_path / "p",
        facts=facts,
        seeds=TINY_SEEDS if seeds is None else seeds,
        features={"t.feature": textwrap.dedent(feature)},
    )
    return {str(r["title"]): r for r in check_project(root).records()}


def test_a_title_number_no_step_proves_fails_the_claim(tmp_path: Path) -> None:
    records = _check(
        tmp_path,
        """\
        Feature: titles
          Scenario: Adler was trained on 20,000 GPUs
            Then gpus_adler is about 16,000 GPUs

          Scenario: Adler was trained on about 16,000 GPUs
            Then gpus_adler is about 16,000 GPUs

          Scenario: Adler took many GPUs
            Then gpus_adler is about 16,000 GPUs
        """,
    )
    wrong = records["Adler was trained on 20,000 GPUs"]
    assert wrong["status"] == "failed"
    assert wrong["reasons"][0] == (
        "features/t.feature:2: title says '20,000 GPUs' ([20000, 20000] gpu), no step proves it"
        " — state the number in the title as a step states it, or take it out of the title"
    )
    assert records["Adler was trained on about 16,000 GPUs"]["status"] == "passed"
    assert records["Adler took many GPUs"]["status"] == "passed"


@pytest.mark.parametrize("tag", ["skip", "skipif", "xfail"])
def test_pytests_own_tags_are_refused(tmp_path: Path, tag: str) -> None:
    records = _check(
        tmp_path,
        f"""\
        Feature: tags
          @{tag}
          Scenario: Adler was trained on about 16,000 GPUs
            Then gpus_adler is about 16,000 GPUs
        """,
    )
    [record] = records.values()
    assert record["status"] == "failed"
    assert f"is tagged @{tag}, pytest's own tag" in record["reasons"][0]


DISPUTED = """\
    Feature: disputed
      @disputed
      Scenario: The forecast is 37 to 40 billion dollars
        {reason}

        Then spend_forecast is 37 to 40 billion dollars
    """


@pytest.mark.parametrize(
    ("reason", "passes", "missing"),
    [
        ("Source b gives the older forecast of 35 to 40, source a the newer one.", True, None),
        (".", False, "without a reason"),
        ("The English article is older than the German one.", False, "refuting sources (b)"),
        ("Source b gives the older forecast of 35 to 40 billion.", False, "supporting sources"),
    ],
)
def test_disputed_names_a_source_on_each_side(
    tmp_path: Path, reason: str, passes: bool, missing: str | None
) -> None:
    [record] = _check(tmp_path, DISPUTED.format(reason=reason)).values()
    assert (record["status"] == "passed") is passes, record["reasons"]
    if missing is not None:
        assert any(missing in reason for reason in record["reasons"]), record["reasons"]


def test_a_false_claim_passes_while_refuted_and_fails_once_supported(tmp_path: Path) -> None:
    records = _check(
        tmp_path,
        """\
        Feature: debunked
          @false
          Scenario: Adler was trained on about 24,000 GPUs
            Then gpus_adler is about 24,000 GPUs

          @false
          Scenario: Adler was trained on about 16,000 GPUs
            Then gpus_adler is about 16,000 GPUs

          @false
          Scenario: Falke needs about 170,000 GPUs
            Then gpus_falke is about 170,000 GPUs
        """,
    )
    refuted = records["Adler was trained on about 24,000 GPUs"]
    assert refuted["status"] == "passed"
    assert status_text(refuted) == "false (as expected)"
    assert rating_of(refuted) == "false"
    supported = records["Adler was trained on about 16,000 GPUs"]
    assert supported["status"] == "failed"
    assert any("tagged @false, but a supports it" in r for r in supported["reasons"])
    # b's "some 170,000" is hedged support: not firm, but a debunked claim may have none.
    hedged = records["Falke needs about 170,000 GPUs"]
    assert hedged["status"] == "failed"
    assert any("b supports it" in reason for reason in hedged["reasons"])


def test_compare_is_exact_at_the_bounds() -> None:
    # E ⊆ C at a shared closed bound supports; touching an open bound is not a refutation.
    assert compare(Interval.closed(1, 2), Interval.closed(1, 2)) is Verdict.SUPPORTS
    assert compare(Interval.point(2), Interval(F(1), F(2), False, True)) is Verdict.REFUTES
    assert compare(Interval.closed(1, 2), Interval(F(1), F(2), False, True)) is (Verdict.COMPATIBLE)


def test_an_up_to_claim_is_refuted_by_a_source_naming_another_top(tmp_path: Path) -> None:
    seeds = {
        "a.txt": "Meta plant 65 Milliarden Dollar. Insgesamt sind es bis zu 85 Milliarden Dollar.\n"
    }
    facts = """\
        version: 1
        sources:
          - {id: a, file: a.txt, title: A, language: de, published: "2025-01"}
        facts:
          - id: plan
            description: planned spending
            kind: point
            unit: usd
            evidence:
              - source: a
                quote: "Meta plant 65 Milliarden Dollar."
          - id: plan_top
            description: planned spending at most
            kind: point
            unit: usd
            evidence:
              - source: a
                quote: "Meta plant 65 Milliarden Dollar."
              - source: a
                quote: "Insgesamt sind es bis zu 85 Milliarden Dollar."
        """
    feature = """\
        Feature: tops
          Scenario: Meta plans up to 65 billion dollars
            Then plan is up to 65 billion dollars

          Scenario: Meta plans at most 65 billion dollars, all told
            Then plan_top is up to 65 billion dollars
        """
    records = _check(tmp_path, feature, facts=facts, seeds=seeds)
    # "65 Milliarden Dollar" alone may be rounded past 65: compatible, not support.
    assert records["Meta plans up to 65 billion dollars"]["verdicts"] == {"a": "COMPATIBLE"}
    # The source pins 65 billion but names its top at 85: "up to 65" misstates that top.
    assert records["Meta plans at most 65 billion dollars, all told"]["verdicts"] == {
        "a": "REFUTES"
    }


def test_a_period_in_the_title_must_be_the_facts_period(tmp_path: Path) -> None:
    facts = TINY_FACTS.replace(
        "description: Spending forecast for the current year",
        "description: Spending forecast for 2024",
    )
    feature = """\
        Feature: periods
          Scenario: The 2024 forecast is 37 to 40 billion dollars
            Then spend_forecast is 37 to 40 billion dollars

          Scenario: The 2023 forecast is 37 to 40 billion dollars
            Then spend_forecast is 37 to 40 billion dollars

          Scenario: The Q2 forecast is 37 to 40 billion dollars
            Then spend_forecast is 37 to 40 billion dollars
        """
    records = _check(tmp_path, feature, facts=facts)
    assert not any(
        "title says" in r
        for r in records["The 2024 forecast is 37 to 40 billion dollars"]["reasons"]
    )
    assert records["The 2023 forecast is 37 to 40 billion dollars"]["reasons"][0].startswith(
        "features/t.feature:5: title says 2023, but no fact the claim rests on (spend_forecast) "
        "is about 2023"
    )
    assert "title says Q2" in records["The Q2 forecast is 37 to 40 billion dollars"]["reasons"][0]


def test_a_change_must_run_forward_in_time(tmp_path: Path) -> None:
    seeds = {
        "a.txt": "Die Ausgaben stiegen von 6,7 Milliarden Dollar auf 7,09 Milliarden Dollar.\n"
    }
    facts = """\
        version: 1
        sources:
          - {id: a, file: a.txt, title: A, language: de, published: "2024-08"}
        facts:
          - id: capex_q1_2023
            description: spending in Q1 2023
            kind: point
            unit: usd
            evidence:
              - source: a
                quote: "Die Ausgaben stiegen von 6,7 Milliarden Dollar auf 7,09 Milliarden Dollar."
                reads: "6,7 Milliarden Dollar"
          - id: capex_q1_2024
            description: spending in Q1 2024
            kind: point
            unit: usd
            evidence:
              - source: a
                quote: "Die Ausgaben stiegen von 6,7 Milliarden Dollar auf 7,09 Milliarden Dollar."
                reads: "7,09 Milliarden Dollar"
        """
    feature = """\
        Feature: order
          Scenario: Spending rose to 7.09 billion dollars
            Then capex_q1_2024 rose to 7.09 billion dollars from capex_q1_2023

          Scenario: Spending rose to 6.7 billion dollars
            Then capex_q1_2023 rose to 6.7 billion dollars from capex_q1_2024
        """
    records = _check(tmp_path, feature, facts=facts, seeds=seeds)
    assert records["Spending rose to 7.09 billion dollars"]["status"] == "passed"
    backwards = records["Spending rose to 6.7 billion dollars"]
    assert backwards["status"] == "failed"
    assert (
        "the change runs backwards in time: capex_q1_2023 comes before capex_q1_2024"
        in (backwards["reasons"][0])
    )


@pytest.mark.parametrize(
    ("text", "lang", "qualifier", "interval"),
    [
        ("24,000 GPUs or more", "en", "at least", Interval.at_least(24_000)),
        ("5 % or less", "en", "at most", Interval.at_most(5)),
        ("24.000 GPUs oder mehr", "de", "at least", Interval.at_least(24_000)),
        ("close to 16,000 GPUs", "en", "about", Interval.closed(15_500, 16_500)),
        ("~24,000 GPUs", "en", "about", Interval.closed(23_500, 24_500)),
        # A suspended hyphen: a range, not exactly the second number (was read as 3 times).
        ("zwei- bis dreimal", "de", None, Interval.closed(2, 3)),
        ("2- bis 3-mal", "de", None, Interval.closed(2, 3)),
        ("two- to threefold", "en", None, Interval.closed(2, 3)),
        ("≈ 5 %", "de", "about", Interval.closed(F("4.5"), F("5.5"))),
        ("north of 200 million", "en", "more than", Interval.more_than(200_000_000)),
        ("short of 39 billion", "en", "less than", Interval.less_than(39_000_000_000)),
    ],
)
def test_more_qualifiers_of_the_design_table(
    text: str, lang: str, qualifier: str | None, interval: Interval
) -> None:
    quantity = reading(text, lang)
    assert (quantity.qualifier, quantity.interval) == (qualifier, interval)


def test_more_step_forms_are_read_whole() -> None:
    # "k" is a scale word: ± half a thousand, as "24 thousand"
    assert parse("gpus is 24k GPUs").claimed.interval == Interval.closed(23_500, 24_500)
    assert parse("gpus is 24,000 GPUs or more").claimed.interval == Interval.at_least(24_000)


def test_an_up_to_claim_needs_a_value_stated_at_its_top(tmp_path: Path) -> None:
    seeds = {"a.txt": "Meta wird über 1,3 Millionen GPUs nutzen. Es sind 1,3 Millionen GPUs.\n"}
    facts = """\
        version: 1
        sources:
          - {id: a, file: a.txt, title: A, language: de, published: "2025-01"}
        facts:
          - id: gpus
            description: GPUs in use
            kind: point
            unit: gpu
            evidence:
              - source: a
                quote: "Meta wird über 1,3 Millionen GPUs nutzen."
              - source: a
                quote: "Es sind 1,3 Millionen GPUs."
        """
    feature = """\
        Feature: tops
          Scenario: Meta will use up to 1.35 million GPUs
            Then gpus is up to 1.35 million GPUs

          Scenario: Meta will use at most 1.3 million GPUs
            Then gpus is at most 1.3 million GPUs
        """
    records = _check(tmp_path, feature, facts=facts, seeds=seeds)
    # (1.3, 1.35] million reaches 1.35 million only by the rounding of "1,3 Millionen".
    assert records["Meta will use up to 1.35 million GPUs"]["verdicts"] == {"a": "COMPATIBLE"}
    # "über 1,3 Millionen": more than 1.3 million, never at most.
    assert records["Meta will use at most 1.3 million GPUs"]["verdicts"] == {"a": "REFUTES"}


def test_a_title_and_its_steps_negate_alike(tmp_path: Path) -> None:
    records = _check(
        tmp_path,
        """\
        Feature: negation
          Scenario: Adler was not trained on about 16,000 GPUs
            Then gpus_adler is about 16,000 GPUs

          Scenario: Adler was trained on about 20,000 GPUs, say the critics
            Then gpus_adler is not about 20,000 GPUs

          Scenario: Adler was not trained on about 20,000 GPUs
            Then gpus_adler is not about 20,000 GPUs
        """,
    )
    title_not = records["Adler was not trained on about 16,000 GPUs"]
    assert title_not["status"] == "failed"
    assert "title says 'not', but no step is negated" in title_not["reasons"][0]
    step_not = records["Adler was trained on about 20,000 GPUs, say the critics"]
    assert "title does not negate, but a step is negated" in step_not["reasons"][0]
    assert records["Adler was not trained on about 20,000 GPUs"]["status"] == "passed"


def test_a_facts_period_is_its_ids_when_the_id_names_one(tmp_path: Path) -> None:
    facts = TINY_FACTS.replace("gpus_adler", "gpus_adler_2024").replace(
        "description: GPUs used to train Adler", "description: GPUs used to train Adler, vs 2023"
    )
    records = _check(
        tmp_path,
        """\
        Feature: periods
          Scenario: Adler was trained on about 16,000 GPUs in 2023
            Then gpus_adler_2024 is about 16,000 GPUs
        """,
        facts=facts,
    )
    [record] = records.values()
    assert (
        "title says 2023, but no fact the claim rests on (gpus_adler_2024)"
        in (record["reasons"][0])
    )


def test_a_dispute_needs_words_beyond_its_source_ids(tmp_path: Path) -> None:
    [record] = _check(tmp_path, DISPUTED.format(reason="b a b a and a.")).values()
    assert record["status"] == "failed"
    assert "without a reason" in record["reasons"][0]
