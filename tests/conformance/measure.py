"""Measure factspec's quantity reader against the conformance corpus of peers' test cases.

``python tests/conformance/measure.py`` prints the score table per suite and language;
``--update`` also rewrites ``baseline.json``, the per-case outcomes the ratchet in
``tests/test_conformance.py`` compares against. Run it (with ``src`` on the import path)
after the reader improves, and commit the new baseline with the change.

Every ``*.json`` file here except the baseline is one peer's suite (README.md): an
``attribution`` and a list of ``cases``. A case is in scope when it names the expected
``value`` (or ``range``) and ``unit``, out of scope when it names ``out_of_scope``: a reason
why nothing numeric may be read there (a date, a time, an ordinal, a year, a name).

An in-scope case is

- **correct**: exactly one reading, whose nominal value (a range's two endpoints) equals the
  expected exact value and whose unit equals the expected unit;
- **unread**: nothing read;
- **wrong**: something read, but not that: another number or unit, or several readings.

An out-of-scope case is correct when nothing is read and wrong otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from factspec.read.quantity import Quantity, read_quantities

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "baseline.json"
OUTCOMES = ("correct", "unread", "wrong")
# How bad an outcome is: a case may only move to a rank that is not higher.
RANK = {"correct": 0, "unread": 1, "wrong": 2}


@dataclass(frozen=True)
class Case:
    suite: str
    text: str
    lang: str
    value: Fraction | None
    range: tuple[Fraction, Fraction] | None
    unit: str | None
    out_of_scope: str | None

    @property
    def key(self) -> str:
        return f"{self.lang}\t{self.text}"

    @property
    def in_scope(self) -> bool:
        return self.out_of_scope is None


def suite_files(directory: Path = HERE) -> list[Path]:
    return sorted(p for p in directory.glob("*.json") if p.name != BASELINE.name)


def load_suite(path: Path) -> tuple[dict, list[Case]]:
    doc = json.loads(path.read_text(encoding="utf-8"))
    cases = []
    for raw in doc["cases"]:
        rng = raw.get("range")
        value = raw.get("value")
        cases.append(
            Case(
                suite=path.stem,
                text=raw["text"],
                lang=raw["lang"],
                value=Fraction(value) if value is not None else None,
                range=(Fraction(rng[0]), Fraction(rng[1])) if rng is not None else None,
                unit=raw.get("unit"),
                out_of_scope=raw.get("out_of_scope"),
            )
        )
    return doc["attribution"], cases


def load_corpus(directory: Path = HERE) -> list[Case]:
    return [case for path in suite_files(directory) for case in load_suite(path)[1]]


def _matches(case: Case, reading: Quantity) -> bool:
    if reading.unit != case.unit:
        return False
    if case.range is not None:
        return reading.range == case.range
    return reading.value is not None and reading.value == case.value


def classify(case: Case) -> str:
    readings = read_quantities(case.text, case.lang)
    if not readings:
        return "correct" if not case.in_scope else "unread"
    if not case.in_scope:
        return "wrong"
    if len(readings) == 1 and _matches(case, readings[0]):
        return "correct"
    return "wrong"


def describe(case: Case) -> str:
    """What was read, for a report line: ``text → read … (expected …)``."""
    read = [
        f"{q.text!r}={_show(q.value, q.range)} {q.unit}"
        for q in read_quantities(case.text, case.lang)
    ]
    expected = case.out_of_scope or f"{_show(case.value, case.range)} {case.unit}"
    found = ", ".join(read) or "nothing"
    return f"[{case.suite} {case.lang}] {case.text!r} → {found} (expected {expected})"


def _show(value: Fraction | None, rng: tuple[Fraction, Fraction] | None) -> str:
    if rng is not None:
        return f"{rng[0]}..{rng[1]}"
    return str(value)


def measure(cases: list[Case]) -> dict[str, dict[str, str]]:
    """The outcome of every case: suite → "lang<TAB>text" → outcome."""
    outcomes: dict[str, dict[str, str]] = {}
    for case in cases:
        outcomes.setdefault(case.suite, {})[case.key] = classify(case)
    return outcomes


def score_table(cases: list[Case], outcomes: dict[str, dict[str, str]]) -> str:
    """A Markdown table per suite and language: in-scope cases with correct/unread/wrong
    shares, and out-of-scope cases with the share left unread as they should be."""
    rows: dict[tuple[str, str], Counter[str]] = {}
    for case in cases:
        outcome = outcomes[case.suite][case.key]
        for key in ((case.suite, case.lang), ("all", case.lang), ("all", "both")):
            tally = rows.setdefault(key, Counter())
            if case.in_scope:
                tally["in"] += 1
                tally[outcome] += 1
            else:
                tally["oos"] += 1
                tally["oos_" + outcome] += 1
    lines = [
        "| suite | lang | in scope | correct | unread | wrong | out of scope | left unread |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    order = sorted(k for k in rows if k[0] != "all") + sorted(k for k in rows if k[0] == "all")
    for suite, lang in order:
        t = rows[(suite, lang)]
        lines.append(
            f"| {suite} | {lang} | {t['in']} | {_pct(t['correct'], t['in'])} | "
            f"{_pct(t['unread'], t['in'])} | {_pct(t['wrong'], t['in'])} | {t['oos']} | "
            f"{_pct(t['oos_correct'], t['oos'])} |"
        )
    return "\n".join(lines)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


def wrong_count(outcomes: dict[str, dict[str, str]]) -> int:
    return sum(o == "wrong" for suite in outcomes.values() for o in suite.values())


def load_baseline(path: Path = BASELINE) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def write_baseline(outcomes: dict[str, dict[str, str]], path: Path = BASELINE) -> None:
    doc = {
        "wrong": wrong_count(outcomes),
        "outcomes": {
            suite: dict(sorted(cases.items())) for suite, cases in sorted(outcomes.items())
        },
    }
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


@dataclass
class Comparison:
    worse: list[str]
    better: list[str]
    missing: list[str]  # in the corpus, not in the baseline
    stale: list[str]  # in the baseline, no longer in the corpus
    wrong_before: int
    wrong_now: int

    @property
    def failed(self) -> bool:
        return bool(self.worse or self.missing or self.stale or self.wrong_now > self.wrong_before)


def compare(outcomes: dict[str, dict[str, str]], baseline: dict) -> Comparison:
    before = baseline["outcomes"]
    worse, better, missing, stale = [], [], [], []
    for suite, cases in outcomes.items():
        for key, now in cases.items():
            was = before.get(suite, {}).get(key)
            label = f"{suite}: {key!r}: {was} → {now}"
            if was is None:
                missing.append(f"{suite}: {key!r}")
            elif RANK[now] > RANK[was]:
                worse.append(label)
            elif RANK[now] < RANK[was]:
                better.append(label)
    for suite, cases in before.items():
        stale.extend(f"{suite}: {key!r}" for key in cases if key not in outcomes.get(suite, {}))
    return Comparison(worse, better, missing, stale, baseline["wrong"], wrong_count(outcomes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite baseline.json")
    parser.add_argument("--wrong", action="store_true", help="list every wrong reading")
    args = parser.parse_args(argv)
    cases = load_corpus()
    outcomes = measure(cases)
    print(score_table(cases, outcomes))
    if args.wrong:
        for case in cases:
            if outcomes[case.suite][case.key] == "wrong":
                print(describe(case))
    if args.update:
        write_baseline(outcomes)
        print(f"wrote {BASELINE.name}: {wrong_count(outcomes)} wrong readings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
