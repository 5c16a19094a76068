"""``factspec mutate``: every evidence number and quoted sentence changed in memory, each
change checked against the claims; survivors named with the claims that should have broken."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest

from conftest import TINY_FACTS, TINY_FEATURE, TINY_SEEDS, CliRun, write_project
from factspec.cli import main
from factspec.commands import mutate as mutate_command
from factspec.commands.progress import progress_on_terminal
from factspec.gate.mutate import (
    NUMBER,
    SENTENCE,
    MutationReport,
    MutationRun,
    Status,
    build_mutants,
    find_numerals,
    format_fraction,
    format_numeral,
    resolve_one,
    rewrite_copy,
    shifted,
    split_sentences,
)
from factspec.model.cache import CACHE_DIR
from factspec.model.project import FEATURES_DIR, Project
from factspec.read.features import load_features

SHIPPED = Path(__file__).parent.parent

ADLER = "gpus_adler"
FALKE = "gpus_falke"
RATIO = "gpus_falke_vs_adler"
SPEND = "spend_forecast"
TEN_TIMES = "Falke needs about ten times Adler's GPUs"
ABOUT_160K = "Falke needs about 160,000 GPUs"
FORECAST = "The forecast is 37 to 40 billion dollars"

# Every mutant of the tiny project, in facts.yaml order: (kind, source, facts, before, after).
TINY_MUTANTS = [
    (NUMBER, "a", (ADLER,), "etwa 16.000 GPUs", "etwa 20.800 GPUs"),
    (NUMBER, "a", (ADLER,), "etwa 16.000 GPUs", "etwa 11.200 GPUs"),
    (SENTENCE, "a", (ADLER,), "Für das Training von Adler wurden etwa 16.000 GPUs verwendet.", ""),
    (NUMBER, "a", (FALKE,), "rund 160.000 GPUs", "rund 208.000 GPUs"),
    (NUMBER, "a", (FALKE,), "rund 160.000 GPUs", "rund 112.000 GPUs"),
    (
        SENTENCE,
        "a",
        (FALKE, RATIO),
        "Für Falke sollen es fast zehnmal so viele sein, also rund 160.000 GPUs.",
        "",
    ),
    (NUMBER, "b", (FALKE,), "some 170,000 GPUs", "some 221,000 GPUs"),
    (NUMBER, "b", (FALKE,), "some 170,000 GPUs", "some 119,000 GPUs"),
    (
        SENTENCE,
        "b",
        (FALKE,),
        "Analysts think the company will probably need some 170,000 GPUs for Falcon.",
        "",
    ),
    (NUMBER, "a", (RATIO,), "fast zehnmal so viele", "fast 13-mal so viele"),
    (NUMBER, "a", (RATIO,), "fast zehnmal so viele", "fast 7-mal so viele"),
    # A stated range moves as a whole: one endpoint past the other would be no range.
    (NUMBER, "a", (SPEND,), "37 bis 40 Milliarden US-Dollar", "49 bis 52 Milliarden US-Dollar"),
    (NUMBER, "a", (SPEND,), "37 bis 40 Milliarden US-Dollar", "25 bis 28 Milliarden US-Dollar"),
    (
        SENTENCE,
        "a",
        (SPEND,),
        "Die Ausgaben sollen sich im laufenden Jahr auf 37 bis 40 Milliarden US-Dollar belaufen.",
        "",
    ),
    (
        NUMBER,
        "b",
        (SPEND,),
        "between $35 billion and $40 billion",
        "between $46 billion and $52 billion",
    ),
    (
        NUMBER,
        "b",
        (SPEND,),
        "between $35 billion and $40 billion",
        "between $24 billion and $28 billion",
    ),
    (
        SENTENCE,
        "b",
        (SPEND,),
        "The company expects to spend between $35 billion and $40 billion this year.",
        "",
    ),
]

# What becomes of each, and why: (status, claims that fail).
TINY_OUTCOMES = [
    # 20.800 GPUs for Adler: the computed ratio 160.000 / 20.800 (about 7.7) contradicts a's
    # own "fast zehnmal" ([9, 10)), so "about ten times" loses a.
    (Status.KILLED, (TEN_TIMES,)),
    (Status.KILLED, (TEN_TIMES,)),
    # Without Adler's sentence, "fast zehnmal" alone still supports "about ten times".
    (Status.SURVIVED, ()),
    (Status.KILLED, (TEN_TIMES, ABOUT_160K)),
    (Status.KILLED, (TEN_TIMES, ABOUT_160K)),
    (Status.KILLED, (TEN_TIMES, ABOUT_160K)),
    # Source b refutes "about 160,000" (hedged or not, a refutation counts), and, completed
    # with a's figure for Adler, "about ten times" too (221,000 or 119,000 over 16,000).
    (Status.KILLED, (TEN_TIMES, ABOUT_160K)),
    (Status.KILLED, (TEN_TIMES, ABOUT_160K)),
    # b was only compatible; a alone supports the claim and is required to.
    (Status.SURVIVED, ()),
    (Status.KILLED, (TEN_TIMES,)),
    (Status.KILLED, (TEN_TIMES,)),
    # a's range moved as a whole no longer supports "37 to 40"; without a nothing does.
    (Status.KILLED, (FORECAST,)),
    (Status.KILLED, (FORECAST,)),
    (Status.KILLED, (FORECAST,)),
    # b moved either way still refutes the @disputed claim: nothing changes for it.
    (Status.SURVIVED, ()),
    (Status.SURVIVED, ()),
    # Without b nothing refutes the @disputed claim any more: its tag goes stale.
    (Status.KILLED, (FORECAST,)),
]

STAFF_SEED = "        Im Rechenzentrum arbeiten 120 Menschen.\n"
STAFF_FACT = """\
      - id: staff
        description: People working in the data centre
        kind: point
        unit: people
        evidence:
          - source: a
            quote: "Im Rechenzentrum arbeiten 120 Menschen."
"""

SOLO_FACTS = """\
    version: 1
    sources:
      - id: a
        file: a.txt
        title: Adler
        language: de
        published: "2024-08"
    facts:
      - id: gpus_adler
        description: GPUs used to train Adler
        kind: point
        unit: gpu
        evidence:
          - source: a
            quote: "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."
    """
SOLO_FEATURE = """\
    Feature: Solo
      Scenario: Adler was trained on about 16,000 GPUs
        Then gpus_adler is about 16,000 GPUs
        And source a supports it
    """


@pytest.fixture
def run_mutate(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """``factspec mutate ARGS`` in-process, through the subcommand's own ``register``."""

    def run(*args: str) -> CliRun:
        parser = argparse.ArgumentParser(prog="factspec")
        mutate_command.register(parser.add_subparsers(dest="command", required=True))
        parsed = parser.parse_args(["mutate", *args])
        code = parsed.handler(parsed)
        captured = capsys.readouterr()
        return CliRun(code, captured.out, captured.err)

    return run


def mutation_run(root: Path, *, exhaustive: bool = False) -> MutationRun:
    project = Project.load(root)
    return MutationRun(project, load_features(root / FEATURES_DIR, root), exhaustive=exhaustive)


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        # The engine's own git-ignored cache is the one thing a run may write.
        if path.is_file() and "__pycache__" not in path.parts and CACHE_DIR not in path.parts
    }


def outcomes(report: MutationReport) -> list[tuple[Status, tuple[str, ...]]]:
    return [(r.status, tuple(c.title for c in r.failed)) for r in report.results]


# ---------------------------------------------------------------------------
# Mutants of the tiny project
# ---------------------------------------------------------------------------


def test_every_evidence_number_and_sentence_gets_its_mutants(tiny: Path) -> None:
    mutants = build_mutants(Project.load(tiny))
    assert [(m.kind, m.source.id, m.facts, m.before, m.after) for m in mutants] == TINY_MUTANTS


def test_each_mutant_is_killed_or_survives_for_its_reason(tiny: Path) -> None:
    report = mutation_run(tiny).run()
    assert outcomes(report) == [(s, tuple(c)) for s, c in TINY_OUTCOMES]
    assert (report.count(Status.KILLED), report.valid, len(report.invalid)) == (13, 17, 0)
    assert report.score == Fraction(13, 17)


def test_every_built_mutant_reads_as_meant(tiny: Path) -> None:
    """Ranges move as a whole, so no mutant of the tiny project is invalid."""
    assert mutation_run(tiny).run().invalid == []


def test_the_fast_path_gives_the_exhaustive_results(tiny: Path) -> None:
    fast, full = mutation_run(tiny).run(), mutation_run(tiny, exhaustive=True).run()
    assert outcomes(fast) == outcomes(full)
    assert [r.reason for r in fast.results] == [r.reason for r in full.results]


def test_a_number_mutant_updates_every_quote_over_it(tiny: Path) -> None:
    run = mutation_run(tiny)
    mutant = next(m for m in build_mutants(run.project) if m.after == "rund 208.000 GPUs")
    project, changed = run.apply(mutant)
    quotes = {item.fact.id: item.evidence for item in project.evidence if item.source.id == "a"}
    new_sentence = "Für Falke sollen es fast zehnmal so viele sein, also rund 208.000 GPUs."
    assert quotes[FALKE].quote == new_sentence
    assert quotes[FALKE].reads == "rund 208.000 GPUs"
    assert quotes[RATIO].quote == new_sentence  # the same sentence, quoted for another fact
    assert quotes[RATIO].reads == "fast zehnmal so viele"
    assert changed == {FALKE}
    assert new_sentence in project.corpus["a.txt"].text
    # The copies keep their facts.yaml lines, and the loaded project is untouched.
    original = run.project.factbase.fact(FALKE).evidence[0]
    assert quotes[FALKE].line_of("quote") == original.line_of("quote") == 27
    assert "208.000" not in run.project.corpus["a.txt"].text


def test_a_sentence_mutant_removes_the_evidence_quoting_it(tiny: Path) -> None:
    run = mutation_run(tiny)
    mutant = next(m for m in build_mutants(run.project) if m.before.startswith("Für Falke"))
    project, changed = run.apply(mutant)
    assert changed == {FALKE, RATIO}
    assert [e.source for e in project.factbase.fact(FALKE).evidence] == ["b"]
    assert project.factbase.fact(RATIO).evidence == []
    assert "Für Falke" not in project.corpus["a.txt"].text


def test_the_project_on_disk_is_unchanged(tiny: Path, run_mutate: Callable[..., CliRun]) -> None:
    before = snapshot(tiny)
    assert run_mutate(str(tiny)).code == 1
    assert run_mutate("--json", str(tiny)).code == 1
    assert snapshot(tiny) == before


# ---------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------


def test_a_fact_no_claim_uses_survives_and_is_named(
    tmp_path: Path, run_mutate: Callable[..., CliRun]
) -> None:
    seeds = {**TINY_SEEDS, "a.txt": TINY_SEEDS["a.txt"].rstrip(" ") + STAFF_SEED}
    root = write_project(
        tmp_path / "staff",
        facts=TINY_FACTS.rstrip(" ") + STAFF_FACT,
        seeds=seeds,
        features={"tiny.feature": TINY_FEATURE},
    )
    report = mutation_run(root).run()
    staff = [r for r in report.results if r.mutant.facts == ("staff",)]
    assert [(r.mutant.after, r.status) for r in staff] == [
        ("156 Menschen", Status.SURVIVED),
        ("84 Menschen", Status.SURVIVED),
        ("", Status.SURVIVED),
    ]
    result = run_mutate(str(root))
    assert result.code == 1
    assert 'seeds/a.txt:5:27 (source a): changed "120 Menschen" to "156 Menschen"' in result.out
    assert 'fact staff (facts.yaml:57): "Im Rechenzentrum arbeiten 120 Menschen."' in result.out
    assert "should have broken: nothing — no passing claim rests on staff" in result.out


def test_survivors_name_the_claims_that_should_have_broken(
    tiny: Path, run_mutate: Callable[..., CliRun]
) -> None:
    result = run_mutate(str(tiny))
    assert result.out.startswith(
        "Mutation score: 76.4 % — 13 of 17 valid mutants killed, 4 survived "
        "(17 built, 0 equivalent, 0 invalid)"
    )
    assert (
        'deleted the sentence "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."'
        in result.out
    )
    assert f"should have broken: features/tiny.feature:2 {TEN_TIMES}" in result.out
    assert "mutants/s" in result.out
    assert "\r" not in result.out  # not a terminal: no progress bar


def test_every_mutant_killed_exits_zero(tmp_path: Path, run_mutate: Callable[..., CliRun]) -> None:
    seeds = {"a.txt": "Für das Training von Adler wurden etwa 16.000 GPUs verwendet.\n"}
    root = write_project(
        tmp_path / "solo", facts=SOLO_FACTS, seeds=seeds, features={"solo.feature": SOLO_FEATURE}
    )
    result = run_mutate(str(root))
    assert result.code == 0, result.out
    assert result.out.startswith("Mutation score: 100.0 % — 3 of 3 valid mutants killed")


def test_json_for_machines(tiny: Path, run_mutate: Callable[..., CliRun]) -> None:
    result = run_mutate("--json", str(tiny))
    data = json.loads(result.out)
    assert data["score"] == {"killed": 13, "valid": 17, "percent": "76.4"}
    assert data["mutants"] == {
        "built": 17,
        "killed": 13,
        "survived": 4,
        "equivalent": 0,
        "invalid": 0,
    }
    first = data["results"][0]
    assert (first["status"], first["before"], first["after"]) == (
        "killed",
        "etwa 16.000 GPUs",
        "etwa 20.800 GPUs",
    )
    first = next(result for result in data["results"] if result["status"] == "survived")
    assert (first["kind"], first["before"], first["after"]) == (
        "sentence",
        "Für das Training von Adler wurden etwa 16.000 GPUs verwendet.",
        "",
    )
    assert first["evidence"][0]["fact"] == ADLER
    assert first["should_have_broken"] == [f"features/tiny.feature::{TEN_TIMES}"]


def test_unusable_input_exits_two(tmp_path: Path, run_mutate: Callable[..., CliRun]) -> None:
    result = run_mutate(str(tmp_path))
    assert result.code == 2
    assert "no facts.yaml" in result.err


def test_mutate_shows_its_progress_on_stderr_not_in_its_output(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.delenv("CI", raising=False)
    with progress_on_terminal(screen, delay=0):
        assert main(["mutate", str(tiny)]) == 1
    assert "mutating" in screen.getvalue() and "/17 " in screen.getvalue()
    shown = capsys.readouterr().out
    assert "Mutation score: 76.4 %" in shown and "\r" not in shown


# ---------------------------------------------------------------------------
# The pieces
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "lang", "grouped", "written"),
    [
        (Fraction(160000), 0, "de", True, "160.000"),
        (Fraction(17, 2), 1, "de", False, "8,5"),
        (Fraction(12345, 10), 1, "de", True, "1.234,5"),
        (Fraction(221000), 0, "en", True, "221,000"),
        (Fraction(709, 100), 2, "en", False, "7.09"),
    ],
)
def test_numbers_are_written_in_the_sources_locale(
    value: Fraction, decimals: int, lang: str, grouped: bool, written: str
) -> None:
    assert format_numeral(value, decimals, lang, grouped=grouped) == written


def test_shifts_round_away_from_the_original() -> None:
    three_t = Fraction(3, 10)
    assert shifted(Fraction(405), 0, 1 + three_t, up=True) == 527  # 526,5: integers stay integer
    assert shifted(Fraction(405), 0, 1 - three_t, up=False) == 283
    assert shifted(Fraction(67, 10), 1, 1 + three_t, up=True) == Fraction(88, 10)
    assert shifted(Fraction(5), 0, Fraction(1), up=True) == 6  # t = 0 still changes it
    assert shifted(Fraction(0), 0, Fraction(1), up=False) is None


@pytest.mark.parametrize(
    ("text", "lang", "numerals"),
    [
        ("etwa 16.000 GPUs", "de", [("16.000", Fraction(16000), "")]),
        ("zehn Mal mehr", "de", [("zehn", Fraction(10), "")]),
        ("fast zehnmal mehr", "de", [("zehnmal", Fraction(10), "-mal")]),
        ("das Zehnfache", "de", [("Zehnfache", Fraction(10), "-fache")]),
        ("halb so viele", "de", [("halb", Fraction(1, 2), "-mal")]),
        ("über 1, 3 Millionen GPUs", "de", [("1, 3", Fraction(13, 10), "")]),
        ("24.000 Nvidia H100 GPUs", "de", [("24.000", Fraction(24000), "")]),
        ("between $35 billion and $40 billion", "en", [("35", 35, ""), ("40", 40, "")]),
        ("twice as many", "en", [("twice", Fraction(2), " times")]),
    ],
)
def test_numerals_are_found_in_a_reading(
    text: str, lang: str, numerals: list[tuple[str, Fraction, str]]
) -> None:
    found = find_numerals(text, 0, len(text), lang)
    assert [(text[n.start : n.end], n.value, n.suffix) for n in found] == numerals


def test_a_quote_typed_differently_gets_the_digits_in_the_right_place() -> None:
    located = "Er sagte „3 und 3\u00a0Prozent“"
    copy = 'Er sagte "3 und 3 Prozent"'
    second = located.index("3\u00a0")
    assert rewrite_copy(copy, located, second, "3", "4") == 'Er sagte "3 und 4 Prozent"'
    assert rewrite_copy(copy, located, located.index("3"), "3", "4") == 'Er sagte "4 und 3 Prozent"'


def test_sentences_end_where_a_reader_would_say() -> None:
    text = (
        " date 2024-08 Meta will an die KI-Spitze. Es seien ca. 15 Prozent, 3 Mio. Nutzer."
        " Dann kam Llama 3. Am 24. Januar „sagte er.“ Danach\nKopfzeile ohne Punkt"
    )
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "date 2024-08 Meta will an die KI-Spitze.",
        "Es seien ca. 15 Prozent, 3 Mio. Nutzer.",
        "Dann kam Llama 3.",
        "Am 24. Januar „sagte er.“",
        "Danach",
        "Kopfzeile ohne Punkt",
    ]


def test_score_is_shown_rounded_down() -> None:
    assert format_fraction(Fraction(9999, 10000) * 100, 1) == "99.9"
    assert format_fraction(Fraction(12, 17) * 100, 1) == "70.5"


# ---------------------------------------------------------------------------
# The shipped project
# ---------------------------------------------------------------------------


def test_evidence_is_resolved_as_project_load_does() -> None:
    project = Project.load(SHIPPED)
    for item in project.evidence:
        text = project.corpus[item.source.file]
        again = resolve_one(project.factbase, item.fact, item.source, item.evidence, text)
        assert again == item


def test_the_shipped_corpus_is_mutated_and_left_alone() -> None:
    before = snapshot(SHIPPED / "seeds") | {"facts.yaml": (SHIPPED / "facts.yaml").read_bytes()}
    fast = mutation_run(SHIPPED).run()
    full = mutation_run(SHIPPED, exhaustive=True).run()
    assert outcomes(fast) == outcomes(full)
    project = Project.load(SHIPPED)
    numeric = [item for item in project.evidence if item.quantity is not None]
    for item in numeric:
        changed = [
            r
            for r in fast.results
            if r.mutant.kind == NUMBER and item in r.mutant.targets and r.mutant.edit
        ]
        assert len(changed) >= 2, item.evidence.quote
    assert all(r.mutant.after != r.mutant.before for r in fast.results if r.mutant.edit)
    assert fast.valid and fast.score is not None
    after = snapshot(SHIPPED / "seeds") | {"facts.yaml": (SHIPPED / "facts.yaml").read_bytes()}
    assert after == before


ADLER_QUOTE = '        quote: "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."\n'
ADLER_AGAIN = '      - source: a\n        quote: "Adler lief auf etwa 16.000 GPUs."\n'


def test_a_statement_repeated_in_the_same_source_is_an_equivalent_mutant(tiny: Path) -> None:
    """Deleting one of two sentences that say the same leaves the source's value unchanged:
    no claim can tell, so the mutant is reported as equivalent and not counted."""
    seed = tiny / "seeds" / "a.txt"
    seed.write_text(
        seed.read_text(encoding="utf-8") + "Adler lief auf etwa 16.000 GPUs.\n", encoding="utf-8"
    )
    facts = tiny / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert ADLER_QUOTE in text
    facts.write_text(text.replace(ADLER_QUOTE, ADLER_QUOTE + ADLER_AGAIN), encoding="utf-8")
    report = mutation_run(tiny).run()
    equivalent = [r for r in report.results if r.status is Status.EQUIVALENT]
    assert [(r.mutant.kind, r.mutant.before) for r in equivalent] == [
        (SENTENCE, "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."),
        (SENTENCE, "Adler lief auf etwa 16.000 GPUs."),
    ]
    assert {r.reason for r in equivalent} == {
        "the source still allows exactly the same values: it says the same elsewhere"
    }


def test_the_shipped_corpus_scores_100_percent() -> None:
    root = Path(__file__).resolve().parent.parent
    report = mutation_run(root).run()
    assert report.survivors == []
    assert report.invalid == []
    assert (report.count(Status.KILLED), report.count(Status.EQUIVALENT)) == (151, 17)
    assert report.score == 1
