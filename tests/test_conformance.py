"""The conformance corpus: peers' public test cases read by factspec's quantity reader.

tests/conformance/README.md says where the cases come from and how they were translated.
The reader does not pass them all yet, so the test is a ratchet: every case's outcome is
committed in tests/conformance/baseline.json, and a case may improve but never get worse
(correct → unread or wrong, unread → wrong), nor may the number of wrong readings rise.
After an improvement, run ``python tests/conformance/measure.py --update`` and commit.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conformance.measure import (
    compare,
    load_baseline,
    load_corpus,
    load_suite,
    measure,
    score_table,
    suite_files,
)

MIN_CASES = 600


def test_the_corpus_is_large_attributed_and_in_both_languages() -> None:
    files = suite_files()
    assert len(files) >= 3
    for path in files:
        attribution, cases = load_suite(path)
        for field in ("project", "url", "licence", "commit", "paths", "licence_text"):
            assert attribution.get(field), f"{path.name}: attribution lacks {field}"
        assert any(word in attribution["licence"] for word in ("MIT", "BSD", "Apache")), path.name
        assert len(attribution["commit"]) == 40, path.name
        assert cases, path.name
        for case in cases:
            assert case.lang in ("de", "en"), (path.name, case.text)
            if case.in_scope:
                assert (case.value is None) != (case.range is None), (path.name, case.text)
    corpus = load_corpus()
    assert len(corpus) >= MIN_CASES
    per_lang = Counter(case.lang for case in corpus)
    assert per_lang["de"] >= 200 and per_lang["en"] >= 200, per_lang
    assert all(Counter(c.in_scope for c in corpus if c.lang == lang)[False] for lang in per_lang)
    keys = Counter((case.suite, case.key) for case in corpus)
    assert max(keys.values()) == 1, "a suite holds the same text twice"


def test_every_case_names_a_value_or_a_reason_and_nothing_else() -> None:
    for path in suite_files():
        for raw in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            assert set(raw) <= {"text", "lang", "value", "range", "unit", "out_of_scope", "source"}
            if "out_of_scope" in raw:
                assert not {"value", "range", "unit"} & set(raw), raw
                assert raw["out_of_scope"] in {"date", "time", "year", "ordinal", "name"}, raw
            else:
                assert "unit" in raw, raw


def test_no_case_reads_worse_than_its_baseline(capsys: pytest.CaptureFixture[str]) -> None:
    cases = load_corpus()
    outcomes = measure(cases)
    result = compare(outcomes, load_baseline())
    with capsys.disabled():
        print("\nconformance corpus (tests/conformance):\n" + score_table(cases, outcomes))
        if result.better and not result.failed:
            print(
                f"{len(result.better)} cases read better than baseline.json: run "
                "`python tests/conformance/measure.py --update` and commit the new baseline"
            )
    problems = []
    if result.worse:
        problems.append("cases read worse than their baseline:\n  " + "\n  ".join(result.worse))
    if result.wrong_now > result.wrong_before:
        problems.append(f"wrong readings rose from {result.wrong_before} to {result.wrong_now}")
    if result.missing or result.stale:
        problems.append(
            "baseline.json does not match the corpus (run measure.py --update): "
            f"{len(result.missing)} new cases, {len(result.stale)} gone; first: "
            + "; ".join((result.missing + result.stale)[:3])
        )
    assert not problems, "\n".join(problems)


def test_the_ratchet_fails_on_a_case_that_gets_worse() -> None:
    """The ratchet can fail: a baseline one step better than today is refused."""
    cases = load_corpus()
    outcomes = measure(cases)
    baseline = load_baseline()
    assert not compare(outcomes, baseline).failed
    suite, key = next(
        (s, k) for s, found in outcomes.items() for k, o in found.items() if o != "correct"
    )
    better = json.loads(json.dumps(baseline))
    better["outcomes"][suite][key] = "correct"
    assert compare(outcomes, better).worse == [
        f"{suite}: {key!r}: correct → {outcomes[suite][key]}"
    ]
    fewer_wrong = dict(baseline, wrong=baseline["wrong"] - 1)
    assert compare(outcomes, fewer_wrong).failed
    suite, key = next(
        (s, k) for s, found in outcomes.items() for k, o in found.items() if o != "wrong"
    )
    worse_before = json.loads(json.dumps(baseline))
    worse_before["outcomes"][suite][key] = "wrong"
    worse_before["wrong"] += 1
    improved = compare(outcomes, worse_before)
    assert not improved.failed
    assert improved.better == [f"{suite}: {key!r}: wrong → {outcomes[suite][key]}"]


def test_the_reader_meets_issue_15s_targets_in_scope() -> None:
    """At least 90 % of the in-scope cases read correctly and at most 1 % read as a wrong
    number, measured on the whole corpus (the acceptance of issue 15); the ratchet above
    keeps every single case from getting worse."""
    cases = load_corpus()
    outcomes = measure(cases)
    tally = Counter(outcomes[case.suite][case.key] for case in cases if case.in_scope)
    in_scope = sum(tally.values())
    assert in_scope >= MIN_CASES
    assert 100 * tally["correct"] >= 90 * in_scope, tally
    assert 100 * tally["wrong"] <= 1 * in_scope, tally
