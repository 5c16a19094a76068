"""Source values beyond one source's own words: revisions of a fact over time, and corpus
completion (a source's value completed with other sources' firm values).

Each test builds on a small project in a temporary folder (facts.yaml + seeds/), and asserts
what a reader of the report sees: the verdict of a claim for one source, the interval a source
allows, the value or history it reports. Every ``SourceValues`` is built inside the test, so a
test reaches the code it guards by itself.
"""

from __future__ import annotations

import textwrap
from fractions import Fraction
from pathlib import Path

import pytest

from factspec.judge.coverage_model import conflicts
from factspec.judge.verdict import Cell, Verdict
from factspec.model.project import Project
from factspec.model.values import DIFFERENCE, RATIO, SourceValues
from factspec.read.interval import Interval
from test_values import judge

# A revisable plan, stated by several sources over 2024, and once after revisable_until.
REV_SEEDS = {
    "old.txt": "Geplant sind 40.000 GPUs. Heute laufen 20.000 GPUs.\n",
    "mid.txt": "Nun sind 45.000 GPUs geplant.\n",
    "new.txt": "Inzwischen plant Meta 50.000 GPUs.\n",
    "both.txt": "Jetzt plant Meta 50.000 GPUs. Im Februar plante Meta 40.000 GPUs.\n",
    "late.txt": "Am Ende liefen 50.000 GPUs.\n",
    "quiet.txt": "Meta betreibt 20.000 GPUs.\n",
}

REV_FACTS = """\
    version: 1
    sources:
      - {id: old, file: old.txt, title: Alt, language: de, published: "2024-02"}
      - {id: mid, file: mid.txt, title: Mitte, language: de, published: "2024-04"}
      - {id: new, file: new.txt, title: Neu, language: de, published: "2024-08"}
      - {id: both, file: both.txt, title: Beides, language: de, published: "2024-08"}
      - {id: late, file: late.txt, title: Danach, language: de, published: "2025-02"}
      - {id: quiet, file: quiet.txt, title: Still, language: de, published: "2024-08"}
    facts:
      - id: plan
        description: GPUs Meta plans for, as the plan was revised
        kind: point
        unit: gpu
        revisable: true
        revisable_until: "2024-12"
        evidence:
          - {source: old, quote: "Geplant sind 40.000 GPUs."}
          - {source: mid, quote: "Nun sind 45.000 GPUs geplant."}
          - {source: new, quote: "Inzwischen plant Meta 50.000 GPUs."}
          - {source: both, quote: "Jetzt plant Meta 50.000 GPUs."}
          - {source: both, quote: "Im Februar plante Meta 40.000 GPUs.", as_of: "2024-02"}
          - {source: late, quote: "Am Ende liefen 50.000 GPUs."}
      - id: base
        description: GPUs Meta runs today
        kind: point
        unit: gpu
        evidence:
          - {source: old, quote: "Heute laufen 20.000 GPUs."}
          - {source: quiet, quote: "Meta betreibt 20.000 GPUs."}
    """

# Completion: asker gives some facts, other sources lend the rest (or cannot); conf contradicts
# itself; tiny gives a base that reaches zero, so no change or ratio follows from it.
COMP_SEEDS = {
    "asker.txt": "Heute laufen 30.000 GPUs. Im Labor stehen 6.000 GPUs.\n",
    "zero.txt": "Früher liefen bis zu 10.000 GPUs.\n",
    "hedgy.txt": "Früher dürften 25.000 GPUs gelaufen sein.\n",
    "firm.txt": "Früher liefen 20.000 GPUs. Es waren rund 20.000 GPUs. "
    "Woanders laufen 5.000 GPUs.\n",
    "agree.txt": "Damals liefen 20.000 GPUs.\n",
    "guess.txt": "Im Labor dürften früher 3.000 GPUs gestanden haben.\n",
    "conf.txt": (
        "Der Teil umfasst 10.000 GPUs. Später hieß es, der Teil umfasse 20.000 GPUs. "
        "Insgesamt laufen über 100.000 GPUs. "
        "Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen. "
        "Dann hieß es, höchstens 30 Milliarden Dollar.\n"
    ),
    "tiny.txt": (
        "Jetzt hat das erste Zentrum 30.000 GPUs. Vorher hatte es bis zu 10.000 GPUs. "
        "Das zweite Zentrum hat 11.000 GPUs. Zuvor hatte es 10.000 GPUs. "
        "Der Himmel ist blau.\n"
    ),
}

COMP_FACTS = """\
    version: 1
    sources:
      - {id: asker, file: asker.txt, title: Frage, language: de, published: "2024-08"}
      - {id: zero, file: zero.txt, title: Nullstelle, language: de, published: "2024-08"}
      - {id: hedgy, file: hedgy.txt, title: Vage, language: de, published: "2024-08"}
      - {id: firm, file: firm.txt, title: Fest, language: de, published: "2024-08"}
      - {id: agree, file: agree.txt, title: Gleich, language: de, published: "2024-08"}
      - {id: guess, file: guess.txt, title: Geraten, language: de, published: "2024-08"}
      - {id: conf, file: conf.txt, title: Widerspruch, language: de, published: "2024-08"}
      - {id: tiny, file: tiny.txt, title: Klein, language: de, published: "2024-08"}
    facts:
      - id: chips
        description: GPUs running now
        kind: point
        unit: gpu
        evidence:
          - {source: asker, quote: "Heute laufen 30.000 GPUs."}
      - id: chips_base
        description: GPUs running before
        kind: point
        unit: gpu
        evidence:
          - {source: zero, quote: "Früher liefen bis zu 10.000 GPUs."}
          - {source: hedgy, quote: "Früher dürften 25.000 GPUs gelaufen sein.", hedged: true}
          - {source: firm, quote: "Früher liefen 20.000 GPUs."}
          - {source: firm, quote: "Es waren rund 20.000 GPUs."}
          - {source: agree, quote: "Damals liefen 20.000 GPUs."}
      - id: lab
        description: GPUs in the lab now
        kind: point
        unit: gpu
        evidence:
          - {source: asker, quote: "Im Labor stehen 6.000 GPUs."}
      - id: lab_base
        description: GPUs in the lab before
        kind: point
        unit: gpu
        evidence:
          - source: guess
            quote: "Im Labor dürften früher 3.000 GPUs gestanden haben."
            hedged: true
      - id: other
        description: GPUs running elsewhere
        kind: point
        unit: gpu
        evidence:
          - {source: firm, quote: "Woanders laufen 5.000 GPUs."}
      - id: part
        description: GPUs of one part, stated twice and differently
        kind: point
        unit: gpu
        evidence:
          - {source: conf, quote: "Der Teil umfasst 10.000 GPUs."}
          - {source: conf, quote: "der Teil umfasse 20.000 GPUs."}
      - id: total
        description: GPUs in total
        kind: point
        unit: gpu
        evidence:
          - {source: conf, quote: "Insgesamt laufen über 100.000 GPUs."}
      - id: rest
        description: GPUs beyond the part
        kind: point
        unit: gpu
        difference_of: [total, part]
      - id: budget
        description: planned spending, stated twice and differently
        kind: range
        unit: usd
        evidence:
          - {source: conf, quote: "Die Ausgaben sollen 37 bis 40 Milliarden Dollar betragen."}
          - {source: conf, quote: "höchstens 30 Milliarden Dollar"}
      - id: first_now
        description: GPUs of the first centre now
        kind: point
        unit: gpu
        evidence:
          - {source: tiny, quote: "Jetzt hat das erste Zentrum 30.000 GPUs."}
      - id: first_before
        description: GPUs of the first centre before
        kind: point
        unit: gpu
        evidence:
          - {source: tiny, quote: "Vorher hatte es bis zu 10.000 GPUs."}
      - id: second_now
        description: GPUs of the second centre now
        kind: point
        unit: gpu
        evidence:
          - {source: tiny, quote: "Das zweite Zentrum hat 11.000 GPUs."}
      - id: second_before
        description: GPUs of the second centre before
        kind: point
        unit: gpu
        evidence:
          - {source: tiny, quote: "Zuvor hatte es 10.000 GPUs."}
      - id: sky_blue
        description: the sky is blue
        kind: statement
        evidence:
          - {source: tiny, quote: "Der Himmel ist blau.", stance: supports}
    """


def _load(root: Path, facts: str, seeds: dict[str, str]) -> Project:
    """The project of ``facts`` (dedented) and ``seeds``, written under ``root``."""
    (root / "seeds").mkdir(parents=True)
    for name, text in seeds.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    (root / "facts.yaml").write_text(textwrap.dedent(facts), encoding="utf-8")
    loaded = Project.load(root)
    assert loaded.findings == ()
    return loaded


@pytest.fixture(scope="module")
def revisions(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return _load(tmp_path_factory.mktemp("revisions"), REV_FACTS, REV_SEEDS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return _load(tmp_path_factory.mktemp("completion"), COMP_FACTS, COMP_SEEDS)


def _values(project: Project) -> SourceValues:
    return SourceValues(project.factbase, project.evidence)


def _lenders(cell: Cell) -> list[tuple[str, tuple[str, ...]]]:
    """What a cell borrowed: each fact with the sources it was taken from."""
    return [(b.fact, b.lenders) for b in cell.borrowed]


# --- revisions -----------------------------------------------------------------------------
# plan is revised in 2024-02 (old; both, dated by its as_of), 2024-04 (mid) and 2024-08 (new,
# both); late states it in 2025-02, after revisable_until: a statement, not a revision.


def test_a_statement_made_in_the_month_a_claim_names_is_judged(revisions: Project) -> None:
    """A non-revision statement made in the very month a claim is dated counts (up to and
    including that month), rather than passing for an earlier statement."""
    values = _values(revisions)
    assert values.value("plan", "late", "2025-02").allowed == Interval.point(Fraction(50_000))
    cell = judge(revisions, values, "plan was 50,000 GPUs as of February 2025", source="late")
    assert cell.verdict is Verdict.SUPPORTS
    assert values.history("plan", "late", "2025-02") is None


def test_a_source_silent_on_a_revisable_fact_is_silent(revisions: Project) -> None:
    """history() of a revisable fact a source never states is None, and a claim on it is
    SILENT for that source instead of failing."""
    values = _values(revisions)
    assert values.history("plan", "quiet") is None
    cell = judge(revisions, values, "plan is 50,000 GPUs", source="quiet")
    assert cell.verdict is Verdict.SILENT
    assert cell.findings[0].explanation == "quiet says nothing about plan"


def test_history_keeps_earlier_statements_beside_a_current_one(revisions: Project) -> None:
    """A source whose latest statement is judged still reports its superseded ones, whatever
    order facts.yaml lists them in."""
    values = _values(revisions)
    history = values.history("plan", "both")
    assert history is not None
    assert history.month == "2024-08"
    assert [(s.words, s.as_of) for s in history.earlier] == [("40.000 GPUs", "2024-02")]
    assert history.later == ()


def test_history_names_the_revision_of_the_date_a_claim_names(revisions: Project) -> None:
    """A claim dated April is judged by April's revision: an earlier statement is superseded
    by that revision, not by the latest one of the corpus."""
    values = _values(revisions)
    history = values.history("plan", "old", "2024-04")
    assert history is not None
    assert history.month == "2024-04"
    step = "plan was 45,000 GPUs as of April 2024"
    assert judge(revisions, values, step, source="mid").verdict is Verdict.SUPPORTS
    cell = judge(revisions, values, step, source="old")
    assert cell.verdict is Verdict.SUPERSEDED
    assert cell.findings[0].explanation == (
        'old said "40.000 GPUs" (2024-02) of plan, superseded by the revision of 2024-04: '
        "an earlier statement, not a refutation"
    )


def test_a_superseded_source_is_completed_from_the_sources_after_it(revisions: Project) -> None:
    """A source whose own plan was superseded, listed before the lenders, is completed with
    their current plan: its own superseded statement does not end the search for lenders."""
    values = _values(revisions)
    assert values.sources_on("plan") == ["old", "mid", "new", "both", "late"]
    cell = judge(revisions, values, "plan is 2.5 times base", source="old")
    assert cell.verdict is Verdict.SUPPORTS
    assert _lenders(cell) == [("plan", ("new", "both", "late"))]


# --- corpus completion ----------------------------------------------------------------------
# asker gives chips (30,000) but not chips_base; of the sources giving chips_base, zero's
# "bis zu 10.000" reaches zero (no ratio), hedgy only guesses, firm and agree say 20,000.


def test_sources_are_listed_in_facts_yaml_order(corpus: Project) -> None:
    """speaking() and sources_on() list sources as facts.yaml declares them, not by id."""
    values = _values(corpus)
    assert values.sources_on("chips_base") == ["zero", "hedgy", "firm", "agree"]
    assert values.speaking(["chips_base"], also=["asker"]) == [
        "asker",
        "zero",
        "hedgy",
        "firm",
        "agree",
    ]


def test_completion_skips_undefined_and_hedged_alternatives(corpus: Project) -> None:
    """complete() passes over a lender whose value gives no ratio and a hedged lender, and
    still completes from the firm lenders after them (named in facts.yaml order)."""
    values = _values(corpus)
    cell = judge(corpus, values, "chips is 1.5 times chips_base", source="asker")
    assert cell.verdict is Verdict.SUPPORTS
    assert not cell.hedged
    assert _lenders(cell) == [("chips_base", ("firm", "agree"))]
    assert cell.findings[0].explanation == (
        "completed from the corpus (chips_base from firm, agree): asker says "
        '("30.000 GPUs" / firm, agree: "20.000 GPUs" & "rund 20.000 GPUs") = [1.5, 1.5] '
        "times; the claim needs [1.45, 1.55]: SUPPORTS"
    )


def test_a_completed_value_is_the_asking_sources_value(corpus: Project) -> None:
    """Each completion reports the first fact, the asking source, and one statement that
    allows what the completed value allows."""
    values = _values(corpus)
    (completion,) = values.complete(["chips", "chips_base"], "asker", RATIO)
    value = completion.value
    assert value.fact.id == "chips"
    assert value.source_id == "asker"
    assert value.unit == "times"
    assert value.allowed == Interval.point(Fraction(3, 2))
    assert [s.interval for s in value.statements] == [value.allowed]
    assert [(b.fact, b.lenders) for b in completion.borrowed] == [("chips_base", ("firm", "agree"))]


def test_a_hedged_value_lends_nothing(corpus: Project) -> None:
    """Only a hedged source gives lab_base: nothing is borrowed, the source stays silent."""
    values = _values(corpus)
    assert values.complete(["lab", "lab_base"], "asker", RATIO) == []
    cell = judge(corpus, values, "lab is 2 times lab_base", source="asker")
    assert cell.verdict is Verdict.SILENT
    assert cell.findings[0].explanation == "asker says nothing about lab / lab_base"


def test_no_completion_where_the_source_gives_all_or_contradicts_itself(corpus: Project) -> None:
    """complete() gives nothing for a source that gives every fact itself, nor for one that
    contradicts itself on the fact it gives: a comparison it cannot make stays silent."""
    values = _values(corpus)
    assert values.complete(["chips", "lab"], "asker", DIFFERENCE) == []
    assert values.complete(["part", "other"], "conf", DIFFERENCE) == []
    cell = judge(corpus, values, "part is greater than other", source="conf")
    assert cell.verdict is Verdict.SILENT
    assert cell.findings[0].explanation == "conf says nothing about part − other"


# --- values of one source -------------------------------------------------------------------


def test_a_derived_value_over_a_contradicted_operand_is_a_conflict(corpus: Project) -> None:
    """rest = total − part, and conf states part twice and differently: rest keeps both
    alternatives and is judged as a self-contradiction, not as their overlap."""
    values = _values(corpus)
    value = values.value("rest", "conf")
    assert value.fact.id == "rest"
    assert value.source_id == "conf"
    assert value.unit == "gpu"
    assert value.allowed is None
    assert value.conflict
    assert [s.interval for s in value.statements] == [
        Interval.more_than(90_000),
        Interval.more_than(80_000),
    ]
    cell = judge(corpus, values, "rest is more than 90,000 GPUs", source="conf")
    assert cell.verdict is Verdict.COMPATIBLE
    assert cell.findings[0].explanation == (
        'conf contradicts itself: ("über 100.000 GPUs" − "10.000 GPUs") = (90000, ∞) gpu '
        '(SUPPORTS); ("über 100.000 GPUs" − "20.000 GPUs") = (80000, ∞) gpu (COMPATIBLE); '
        "the claim needs (90000, ∞): COMPATIBLE"
    )


def test_every_value_names_its_fact_and_source(corpus: Project) -> None:
    """A value, whether a point, a range, a conflict or computed from two facts, reports the
    fact it is of (the first one for a computation) and the source that gives it."""
    values = _values(corpus)
    for fact_id, source_id in [
        ("chips", "asker"),
        ("part", "conf"),
        ("budget", "conf"),
    ]:
        value = values.value(fact_id, source_id)
        assert (value.fact.id, value.source_id) == (fact_id, source_id)
    difference = values.difference("chips", "lab", "asker")
    assert (difference.fact.id, difference.source_id) == ("chips", "asker")
    assert difference.allowed == Interval.point(Fraction(24_000))


def test_self_contradictions_name_their_source(corpus: Project) -> None:
    """The conflicts report names the source that contradicts itself, for a point fact and
    for a range."""
    found = {
        (c["fact"], c["a"]["source"], c["b"]["source"])
        for c in conflicts(corpus)
        if c["kind"] == "within a source"
    }
    assert found == {("part", "conf", "conf"), ("budget", "conf", "conf")}


@pytest.mark.parametrize(
    ("step", "what"),
    [
        (
            "first_now rose by 50 % over first_before",
            "change first_before → first_now",
        ),
        (
            "first_now over first_before grew faster than second_now over second_before",
            "growth first_before → first_now minus growth second_before → second_now",
        ),
        (
            "second_now over second_before grew faster than first_now over first_before",
            "growth second_before → second_now minus growth first_before → first_now",
        ),
    ],
)
def test_a_change_from_a_base_that_may_be_zero_has_no_value(
    corpus: Project, step: str, what: str
) -> None:
    """A change (and so a growth gap) from "bis zu 10.000", which reaches zero, is undefined:
    the source gives no value for it, and the claim is silent there instead of failing."""
    values = _values(corpus)
    cell = judge(corpus, values, step, source="tiny")
    assert cell.verdict is Verdict.SILENT
    assert cell.findings[0].explanation == f"tiny says nothing about {what}"


def test_a_statement_fact_has_no_value(corpus: Project) -> None:
    """Asking for the value of a statement fact fails with a message saying so. (Where pytest
    rewrites factspec's asserts — an installed plugin's package — the message goes on with the
    failed comparison, so only its start is matched.)"""
    values = _values(corpus)
    with pytest.raises(AssertionError, match=r"^statement facts have no value(\n|$)"):
        values.value("sky_blue", "tiny")
