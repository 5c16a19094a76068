"""What a reader is told about each verdict: hedging and borrowing carried through every
relation, self-contradicting sources, "up to" tops, and the pass rule's reasons.

The first half judges claims in one small project by the checker's own path and asserts the
outcome (passed, each source's verdict) and the explanation a failing claim prints; the second
half calls the pass rule (``decide``) on hand-built cells, for the reasons of ``@false`` and
``@disputed`` claims. The survivors of the engine's mutation run these tests kill are listed
by function in docs/TESTING.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import write_project
from factspec.judge.checker import ClaimResult, check_project
from factspec.judge.verdict import Cell, Finding, Verdict, decide, place_cells
from factspec.model.grammar import SourceSupportsStep

S, C, R, Q = Verdict.SUPPORTS, Verdict.COMPATIBLE, Verdict.REFUTES, Verdict.SILENT

SEEDS = {
    "a.txt": """\
        Meldungen A
        Meta nutzt jetzt 30.000 GPUs.
        Früher waren es 20.000 GPUs.
        Der Cluster hat jetzt 11.000 GPUs.
        Der Cluster hatte früher 10.000 GPUs.
        Geplant sind bis zu 80.000 GPUs.
        Im Lager sind knapp 1,3 Millionen GPUs.
        Das Budget liegt zwischen 60 und 65 Milliarden Dollar.
        Der Himmel ist blau.
        """,
    "b.txt": """\
        Meldungen B
        Heute nutzt Meta 30.000 GPUs.
        Früher dürften es 20.000 GPUs gewesen sein.
        """,
    "c.txt": """\
        Meldungen C
        Laut C nutzt Meta jetzt 30.000 GPUs.
        Laut C hat der Cluster jetzt 11.000 GPUs.
        """,
    "d.txt": """\
        Meldungen D
        Vorher waren es 20.000 GPUs.
        Die Ausgaben sollen 37,0 bis 40 Milliarden Dollar betragen.
        Andere nennen 37,2 bis 40 Milliarden Dollar.
        """,
    "e.txt": """\
        Meldungen E
        Der Himmel ist blau, sagt E.
        """,
    "q.txt": """\
        Meldungen Q
        Meta plant nun 50.000 GPUs.
        Für Cluster B plant Meta nun 20.000 GPUs.
        Für Cluster C plant Meta nun 30.000 GPUs.
        """,
    "r.txt": """\
        Meldungen R
        Im Februar plante Meta 40.000 GPUs.
        Im März plante Meta 45.000 GPUs.
        Inzwischen plant Meta 60.000 GPUs.
        Im Februar plante Meta für Cluster B 10.000 GPUs.
        Im Februar plante Meta für Cluster C 15.000 GPUs.
        """,
    "h.txt": """\
        Meldungen H
        Analysten meinen, Meta dürfte 15.000 Server haben.
        Andere meinen, es dürften 25.000 Server sein.
        Sie dürften 37,0 bis 40 Milliarden Dollar ausgeben.
        Vielleicht dürften es 37,2 bis 40 Milliarden Dollar werden.
        """,
}

FACTS = """\
    version: 1
    sources:
      - {id: a, file: a.txt, title: Meldungen A, language: de, published: "2024-08"}
      - {id: b, file: b.txt, title: Meldungen B, language: de, published: "2024-08"}
      - {id: c, file: c.txt, title: Meldungen C, language: de, published: "2024-08"}
      - {id: d, file: d.txt, title: Meldungen D, language: de, published: "2024-08"}
      - {id: e, file: e.txt, title: Meldungen E, language: de, published: "2024-08"}
      - {id: q, file: q.txt, title: Meldungen Q, language: de, published: "2024-05"}
      - {id: r, file: r.txt, title: Meldungen R, language: de, published: "2024-08"}
      - {id: h, file: h.txt, title: Meldungen H, language: de, published: "2024-08"}
    facts:
      - id: gpus_now
        description: GPUs Meta uses now
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Meta nutzt jetzt 30.000 GPUs."}
          - {source: b, quote: "Heute nutzt Meta 30.000 GPUs."}
          - {source: c, quote: "Laut C nutzt Meta jetzt 30.000 GPUs."}
      - id: gpus_before
        description: GPUs Meta used before
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Früher waren es 20.000 GPUs."}
          - {source: b, quote: "Früher dürften es 20.000 GPUs gewesen sein.", hedged: true}
          - {source: d, quote: "Vorher waren es 20.000 GPUs."}
      - id: gpus_growth
        description: GPUs now as a multiple of before
        kind: point
        unit: times
        ratio_of: [gpus_now, gpus_before]
      - id: cluster_now
        description: GPUs of the cluster now
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Der Cluster hat jetzt 11.000 GPUs."}
          - {source: c, quote: "Laut C hat der Cluster jetzt 11.000 GPUs."}
      - id: cluster_before
        description: GPUs of the cluster before
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Der Cluster hatte früher 10.000 GPUs."}
      - id: gpus_planned
        description: GPUs planned at most
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Geplant sind bis zu 80.000 GPUs."}
      - id: gpus_stored
        description: GPUs in store
        kind: point
        unit: gpu
        evidence:
          - {source: a, quote: "Im Lager sind knapp 1,3 Millionen GPUs."}
      - id: budget
        description: the budget, as a span the source gives for one figure
        kind: point
        unit: usd
        evidence:
          - {source: a, quote: "Das Budget liegt zwischen 60 und 65 Milliarden Dollar."}
      - id: server_count
        description: servers Meta has, as analysts guess twice and differently
        kind: point
        unit: servers
        evidence:
          - source: h
            quote: "Analysten meinen, Meta dürfte 15.000 Server haben."
            hedged: true
          - source: h
            quote: "Andere meinen, es dürften 25.000 Server sein."
            hedged: true
      - id: spend_firm
        description: spending, stated twice with different low ends
        kind: range
        unit: usd
        evidence:
          - {source: d, quote: "Die Ausgaben sollen 37,0 bis 40 Milliarden Dollar betragen."}
          - {source: d, quote: "Andere nennen 37,2 bis 40 Milliarden Dollar."}
      - id: spend_hedged
        description: spending as analysts guess it, twice and differently
        kind: range
        unit: usd
        evidence:
          - source: h
            quote: "Sie dürften 37,0 bis 40 Milliarden Dollar ausgeben."
            hedged: true
          - source: h
            quote: "Vielleicht dürften es 37,2 bis 40 Milliarden Dollar werden."
            hedged: true
      - id: sky_blue
        description: the sky is blue
        kind: statement
        evidence:
          - {source: a, quote: "Der Himmel ist blau.", stance: supports}
          - {source: e, quote: "Der Himmel ist blau, sagt E.", stance: supports}
      - id: plan
        description: GPUs Meta plans for, as the plan was revised
        kind: point
        unit: gpu
        revisable: true
        revisable_until: "2024-12"
        evidence:
          - {source: q, quote: "Meta plant nun 50.000 GPUs."}
          - {source: r, quote: "Im Februar plante Meta 40.000 GPUs.", as_of: "2024-02"}
          - {source: r, quote: "Im März plante Meta 45.000 GPUs.", as_of: "2024-03"}
          - {source: r, quote: "Inzwischen plant Meta 60.000 GPUs."}
      - id: plan_b
        description: GPUs Meta plans for cluster B
        kind: point
        unit: gpu
        revisable: true
        revisable_until: "2024-12"
        evidence:
          - {source: q, quote: "Für Cluster B plant Meta nun 20.000 GPUs."}
          - source: r
            quote: "Im Februar plante Meta für Cluster B 10.000 GPUs."
            as_of: "2024-02"
      - id: plan_c
        description: GPUs Meta plans for cluster C
        kind: point
        unit: gpu
        revisable: true
        revisable_until: "2024-12"
        evidence:
          - {source: q, quote: "Für Cluster C plant Meta nun 30.000 GPUs."}
          - source: r
            quote: "Im Februar plante Meta für Cluster C 15.000 GPUs."
            as_of: "2024-02"
    """

CLAIMS = {
    "a rise with a hedged base": "gpus_now rose to 30,000 GPUs from gpus_before\n"
    "    And source b supports it",
    "a rise with a borrowed base": "gpus_now rose to 30,000 GPUs from gpus_before\n"
    "    And cluster_now is greater than cluster_before\n"
    "    And source c supports it",
    "a derived value and a statement": "gpus_growth is 1.5 times\n    And sky_blue holds",
    "a hedged self-contradiction": "server_count is between 10,000 and 30,000 servers",
    "a firm self-contradicting range": "spend_firm is 37 to 40 billion dollars",
    "not a firm self-contradicting range": "spend_firm is not 37 to 40 billion dollars",
    "a hedged self-contradicting range": "spend_hedged is 37 to 40 billion dollars",
    "not the value": "gpus_now is not 20,000 GPUs",
    "up to below the source's own top": "gpus_planned is up to 65,000 GPUs",
    "not up to below the source's own top": "gpus_planned is not up to 65,000 GPUs",
    "up to a bound the source stays below": "gpus_stored is up to 1.3 million GPUs",
    "up to a span's upper end": "budget is up to 65 billion dollars",
    "a multiple": "gpus_now is 1.5 times gpus_before",
    "the plan of May": "plan was 50,000 GPUs as of May 2024",
    "two plans together": "plan_b and plan_c together are 50,000 GPUs",
}


_PROJECT: list[Path] = []


@pytest.fixture(autouse=True, scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> None:
    scenarios = "\n".join(
        f"  Scenario: {title}\n    Then {steps}\n" for title, steps in CLAIMS.items()
    )
    _PROJECT[:] = [
        write_project(
            tmp_path_factory.mktemp("reasons") / "project",
            facts=FACTS,
            seeds=SEEDS,
            features={"reasons.feature": f"Feature: Reasons\n\n{scenarios}"},
        )
    ]


def _results() -> dict[str, ClaimResult]:
    # Judged in each test: the mutation run gives a mutant only the tests that reached it.
    return {result.claim.title: result for result in check_project(_PROJECT[0]).results}


def explanations(result: ClaimResult, source: str) -> list[str]:
    """What the reader is shown for each step of ``source``'s cell."""
    cell = next(cell for cell in result.cells if cell.source_id == source)
    return [finding.explanation for finding in cell.findings]


def verdicts(result: ClaimResult) -> dict[str, Verdict]:
    return {cell.source_id: cell.verdict for cell in result.cells}


# --- "rose to": the level and the direction, each with its hedging and borrowing -----------


def test_a_rise_resting_on_a_hedged_base_is_hedged_support() -> None:
    """b states the level firmly but the base only hedged: the rise is b's hedged support,
    which "source b supports it" does not accept."""
    result = _results()["a rise with a hedged base"]
    assert not result.passed
    assert result.outcome.reasons == ("source b must support it, but it gives only hedged support",)
    cell = next(cell for cell in result.cells if cell.source_id == "b")
    assert cell.verdict is S and cell.hedged and cell.findings[0].hedged


def test_a_rise_resting_on_a_borrowed_base_names_its_lenders() -> None:
    """c gives the levels now but not before: both comparisons are completed from the
    sources that give the base firmly, so c's support is borrowed — and says from whom."""
    result = _results()["a rise with a borrowed base"]
    assert not result.passed
    assert result.outcome.reasons == (
        "source c must support it, but it gives support only with values borrowed from other "
        "sources (gpus_before from a, d, cluster_before from a)",
    )
    cell = next(cell for cell in result.cells if cell.source_id == "c")
    assert [(b.fact, b.lenders) for b in cell.findings[0].borrowed] == [("gpus_before", ("a", "d"))]


# --- silence and history, as the reader sees them -------------------------------------------


def test_a_source_silent_on_a_derived_fact_and_a_statement_says_which() -> None:
    """A source speaking on one step of a claim is shown as silent on the others, by name."""
    result = _results()["a derived value and a statement"]
    assert result.passed
    assert explanations(result, "e")[0] == "e says nothing about gpus_growth"
    assert explanations(result, "b")[1] == "b says nothing about sky_blue"
    assert verdicts(result)["e"] is S


def test_a_superseded_source_shows_its_earlier_and_later_statements() -> None:
    """r's two earlier plans were replaced by the revision judged, its last came after the
    date the claim names: history, every statement with its month, no refutation."""
    result = _results()["the plan of May"]
    assert result.passed
    assert verdicts(result) == {"q": S, "r": Verdict.SUPERSEDED}
    assert explanations(result, "r") == [
        'r said "40.000 GPUs" (2024-02) & "45.000 GPUs" (2024-03) of plan, superseded by the '
        "revision of 2024-05: an earlier statement, not a refutation; "
        'r said "60.000 GPUs" (2024-08) of plan, after the date the claim names: a later '
        "statement, not a refutation"
    ]


def test_a_sum_over_two_superseded_facts_shows_both_histories() -> None:
    result = _results()["two plans together"]
    assert result.passed
    assert verdicts(result) == {"q": S, "r": Verdict.SUPERSEDED}
    assert explanations(result, "r") == [
        'r said "10.000 GPUs" (2024-02) of plan_b, superseded by the revision of 2024-05: an '
        "earlier statement, not a refutation; "
        'r said "15.000 GPUs" (2024-02) of plan_c, superseded by the revision of 2024-05: an '
        "earlier statement, not a refutation"
    ]


# --- a source that contradicts itself -------------------------------------------------------


def test_hedged_statements_that_disagree_give_only_hedged_support() -> None:
    """Both of h's guesses lie within the claim, but they are guesses: not a firm source."""
    result = _results()["a hedged self-contradiction"]
    assert not result.passed
    assert verdicts(result) == {"h": S}
    assert result.outcome.reasons == (
        "needs at least 1 supporting source(s), 0 source(s) support it firmly (none); "
        "hedged support from h does not count",
    )


def test_hedged_ranges_that_disagree_give_only_hedged_support() -> None:
    result = _results()["a hedged self-contradicting range"]
    assert not result.passed
    assert verdicts(result) == {"h": S}
    assert result.outcome.reasons[0].endswith("hedged support from h does not count")


@pytest.mark.parametrize(
    ("title", "passed", "verdict"),
    [
        ("a firm self-contradicting range", True, S),  # both of d's ranges lie in the claim's
        ("not a firm self-contradicting range", False, R),  # so "not that range" is refuted
    ],
)
def test_a_self_contradicting_range_is_judged_statement_by_statement(
    title: str, passed: bool, verdict: Verdict
) -> None:
    result = _results()[title]
    assert result.passed is passed, result.failure_message()
    assert verdicts(result) == {"d": verdict}


# --- "is not" and "up to" -------------------------------------------------------------------


def test_a_negated_claim_says_it_needs_a_value_outside() -> None:
    result = _results()["not the value"]
    assert result.passed
    assert explanations(result, "a") == [
        'a says "30.000 GPUs" = [30000, 30000] gpu; the claim needs a value outside '
        "[20000, 20000]: SUPPORTS"
    ]


def test_a_top_the_source_names_above_the_claims_refutes_up_to() -> None:
    """ "Bis zu 80.000" against "up to 65,000": the values fit, the top does not."""
    result = _results()["up to below the source's own top"]
    assert not result.passed
    assert verdicts(result) == {"a": R}
    assert explanations(result, "a") == [
        'a says "bis zu 80.000 GPUs" = [0, 80000] gpu; the claim needs up to [65000, 65000] '
        'within [0, 65000]: COMPATIBLE; its top "bis zu 80.000 GPUs" lies at [80000, 80000], '
        "the claim's at [65000, 65000]: REFUTES: REFUTES"
    ]


def test_not_up_to_flips_the_verdict_on_the_sources_top() -> None:
    """ "Not up to 65,000" against "bis zu 80.000": the top differs, which supports the
    negation; the values alone still leave it open, so the cell is compatible, not refuted."""
    result = _results()["not up to below the source's own top"]
    assert not result.passed
    assert verdicts(result) == {"a": C}


def test_up_to_is_not_supported_by_values_short_of_its_top() -> None:
    """ "Knapp 1,3 Millionen" stays below 1.3 million, which "up to 1.3 million" names as its
    top: the values fit, the top is never reached — compatible, no support."""
    result = _results()["up to a bound the source stays below"]
    assert not result.passed
    assert verdicts(result) == {"a": C}


def test_up_to_is_supported_by_a_spans_upper_end() -> None:
    """ "Zwischen 60 und 65 Milliarden" names a value at the top of "up to 65 billion"."""
    result = _results()["up to a span's upper end"]
    assert result.passed, result.failure_message()
    assert verdicts(result) == {"a": S}


# --- the pass rule's reasons on hand-built cells --------------------------------------------


def _cell(source: str, *verdicts: Verdict, hedged: bool = False) -> Cell:
    findings = tuple(Finding(v, f"{source}: {v.name}", hedged) for v in verdicts)
    spoken = [f.verdict for f in findings if f.spoken]
    verdict = R if R in spoken else (S if spoken and set(spoken) == {S} else C)
    return Cell(source, verdict if spoken else Q, hedged, findings)


def test_placing_no_cells_gives_none() -> None:
    assert place_cells([]) == ()


def test_a_debunked_claim_refuted_only_hedged_names_the_hedged_refuters() -> None:
    cells = [_cell("a", R, hedged=True), _cell("b", R, hedged=True), _cell("c", Q)]
    outcome = decide(cells, [], disputed=False, dispute_reason="", debunked=True)
    assert not outcome.passed
    assert outcome.reasons == (
        "tagged @false, but no source refutes it firmly (only hedged: a, b): a debunked claim "
        "needs a source that says otherwise",
    )


def test_a_debunked_claim_no_source_refutes_says_so() -> None:
    outcome = decide([_cell("c", C)], [], disputed=False, dispute_reason="", debunked=True)
    assert outcome.reasons == (
        "tagged @false, but no source refutes it firmly: a debunked claim needs a source that "
        "says otherwise",
    )


def test_a_debunked_claim_backed_on_one_step_names_every_backer() -> None:
    """Nothing refutes either step; a and b back the first and nobody the second: the claim
    is no longer debunked, and the reason names both."""
    cells = [_cell("a", S, Q), _cell("b", S, Q)]
    outcome = decide(cells, [], disputed=False, dispute_reason="", debunked=True)
    assert not outcome.passed
    assert outcome.reasons[1] == (
        "tagged @false, but a, b supports it: the claim is no longer debunked by the corpus — "
        "review it and remove the tag or the claim"
    )


def test_a_dispute_reason_of_exactly_the_minimum_length_is_accepted() -> None:
    cells = [_cell("a", S), _cell("b", R)]
    reason = "Source a counts differently than b"  # four words besides the ids
    outcome = decide(cells, [], disputed=True, dispute_reason=reason)
    assert outcome.passed, outcome.reasons


def test_a_dispute_reason_naming_no_refuter_lists_them_all() -> None:
    cells = [_cell("a", S), _cell("b", R), _cell("c", R)]
    reason = "Source a counts the servers differently than the others"
    outcome = decide(cells, [], disputed=True, dispute_reason=reason)
    assert outcome.reasons == (
        "tagged @disputed, but its description names none of the refuting sources (b, c): "
        "name a source on each side",
    )


def test_source_supports_it_with_only_borrowed_values_names_each_lender() -> None:
    result = _results()["a rise with a borrowed base"]
    requirement = SourceSupportsStep("c")
    outcome = decide(result.cells, [requirement], disputed=False, dispute_reason="")
    assert outcome.reasons == result.outcome.reasons
