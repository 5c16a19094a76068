"""Facts split over facts/*.yaml: one fact base, ids unique across files, every message at
its own file and line, and every command (check, lint, lock, impact, mutate, suggest,
pytest) on a split project as on one file."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import textwrap
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
import yaml

from conftest import ROOT, TINY_FACTS, TINY_FEATURE, TINY_SEEDS, CliRun, run_pytest, write_project
from factspec.commands import mutate as mutate_command
from factspec.gate.impact.delta import incremental_impact
from factspec.gate.lint import lint_project
from factspec.gate.lock import write_lock
from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.model.factbase import (
    FactbaseError,
    facts_json_schema,
    load_factbase,
    merge_fact_files,
    read_fact_file,
)
from factspec.model.project import Project
from factspec.report.write import render

# ---------------------------------------------------------------------------
# Splitting a facts.yaml by its text, so every quote stays byte for byte
# ---------------------------------------------------------------------------


def top_level_blocks(text: str) -> dict[str, str]:
    """The text of each top-level key (comments before the first key go with it)."""
    blocks: dict[str, str] = {}
    current, lines = "", []
    for line in text.splitlines(keepends=True):
        match = re.match(r"^([a-z_]+):", line)
        if match and current:
            blocks[current] = "".join(lines)
            lines = []
        if match:
            current = match.group(1)
        lines.append(line)
    blocks[current] = "".join(lines)
    return blocks


def fact_entries(block: str) -> tuple[str, list[str]]:
    """A ``facts:`` block as its head and one text per entry (from its ``  - id:`` line)."""
    pieces = re.split(r"(?m)^(?=  - id: )", block)
    return pieces[0], pieces[1:]


def split_facts(project: Path, *, keep_facts_yaml: bool) -> list[str]:
    """Split ``project``'s facts.yaml into files whose merge is the same fact base: the
    header, version, tolerance and sources in the first, the facts halved over two topic
    files, ignore in the last. Returns the fact files written."""
    blocks = top_level_blocks((project / "facts.yaml").read_text(encoding="utf-8"))
    head, entries = fact_entries(blocks.pop("facts"))
    ignore = blocks.pop("ignore", "")
    first = "".join(blocks.values())
    half = len(entries) // 2
    (project / "facts").mkdir()
    first_name = "facts.yaml" if keep_facts_yaml else "facts/0_sources.yaml"
    (project / "facts.yaml").unlink()
    (project / first_name).write_text(first, encoding="utf-8")
    (project / "facts/1_first.yaml").write_text(
        "version: 1\n" + head + "".join(entries[:half]), encoding="utf-8"
    )
    (project / "facts/2_second.yaml").write_text(
        "version: 1\n" + head + "".join(entries[half:]) + ignore, encoding="utf-8"
    )
    return [first_name, "facts/1_first.yaml", "facts/2_second.yaml"]


def without_fingerprint(model: dict) -> dict:
    # The fingerprint hashes the fact files by name and content: a split project's differs,
    # by design. Everything else must not.
    return {key: value for key, value in model.items() if key != "fingerprint"}


def shipped_copy(tmp_path: Path, name: str) -> Path:
    project = tmp_path / name
    project.mkdir()
    for file in ("facts.yaml", "factspec.lock", "pyproject.toml"):
        shutil.copy2(ROOT / file, project / file)
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "features", project / "features")
    return project


# ---------------------------------------------------------------------------
# The shipped corpus split gives exactly what the one file gives
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("keep_facts_yaml", [True, False], ids=["beside", "instead"])
def test_the_shipped_corpus_split_checks_exactly_as_one_file(
    tmp_path: Path, keep_facts_yaml: bool
) -> None:
    whole = shipped_copy(tmp_path, "whole")
    split = shipped_copy(tmp_path, "split")
    files = split_facts(split, keep_facts_yaml=keep_facts_yaml)
    assert Project.load(split).factbase.files == tuple(files)

    one, many = check_project(whole), check_project(split)
    assert many.records() == one.records()
    assert all(result.passed for result in many.results)
    model_one = build_model(one.project, one.records())
    model_many = build_model(many.project, many.records())
    assert without_fingerprint(model_many) == without_fingerprint(model_one)
    texts = one.project.texts_by_id()
    assert many.project.texts_by_id() == texts
    for fmt in ("md", "json", "csv", "html"):
        fingerprint = model_one["fingerprint"]
        same = render(model_many, texts, fmt).replace(model_many["fingerprint"], fingerprint)
        assert same == render(model_one, texts, fmt), fmt

    linted = lint_project(split)
    assert linted.clean, [str(p) for p in linted.findings]
    assert (linted.facts, linted.evidence) == (
        lint_project(whole).facts,
        lint_project(whole).evidence,
    )


def test_every_file_of_a_split_corpus_is_valid_under_the_schema(tmp_path: Path) -> None:
    split = shipped_copy(tmp_path, "split")
    validator = jsonschema.Draft7Validator(facts_json_schema())
    for name in split_facts(split, keep_facts_yaml=False):
        data = yaml.safe_load((split / name).read_text(encoding="utf-8"))
        assert list(validator.iter_errors(data)) == [], name


def test_files_are_merged_facts_yaml_first_then_facts_by_name(tmp_path: Path) -> None:
    split = shipped_copy(tmp_path, "split")
    split_facts(split, keep_facts_yaml=True)
    # Renamed so that the folder lists them in the other order: the merge does not care.
    (split / "facts/2_second.yaml").rename(split / "facts/b.yaml")
    (split / "facts/1_first.yaml").rename(split / "facts/a.yaml")
    factbase = load_factbase(split)
    assert factbase.files == ("facts.yaml", "facts/a.yaml", "facts/b.yaml")
    whole = load_factbase(ROOT)
    assert [f.id for f in factbase.facts] == [f.id for f in whole.facts]
    assert factbase.tolerance == whole.tolerance
    assert factbase.fact("llama3_training_gpus").written_in == "facts/a.yaml"
    assert factbase.source("002").written_in == "facts.yaml"


# ---------------------------------------------------------------------------
# Ids across files, and problems at their own file and line
# ---------------------------------------------------------------------------

SOURCES = """\
    version: 1
    sources:
      - id: a
        file: a.txt
        title: Falke braucht mehr Rechner
        language: de
        published: "2024-08"
      - id: b
        file: b.txt
        title: Falcon needs more computers
        language: en
        published: "2024-04"
    """

GPUS = """\
    version: 1
    facts:
      - id: gpus_adler
        description: GPUs used to train Adler
        kind: point
        unit: gpu
        evidence:
          - source: a
            quote: "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."
      - id: gpus_falke
        description: GPUs needed to train Falke
        kind: point
        unit: gpu
        evidence:
          - source: a
            quote: "Für Falke sollen es fast zehnmal so viele sein, also rund 160.000 GPUs."
            reads: "rund 160.000 GPUs"
          - source: b
            quote: "Analysts think the company will probably need some 170,000 GPUs for Falcon."
            hedged: true
            attributed_to: analysts
    """

SPEND = """\
    version: 1
    facts:
      - id: gpus_falke_vs_adler
        description: Falke's GPUs as a multiple of Adler's
        kind: point
        unit: times
        ratio_of: [gpus_falke, gpus_adler]
        evidence:
          - source: a
            quote: "Für Falke sollen es fast zehnmal so viele sein, also rund 160.000 GPUs."
            reads: "fast zehnmal so viele"
      - id: spend_forecast
        description: Spending forecast for the current year
        kind: range
        unit: usd
        evidence:
          - source: a
            quote: "im laufenden Jahr auf 37 bis 40 Milliarden US-Dollar"
          - source: b
            quote: "The company expects to spend between $35 billion and $40 billion this year."
    """


def tiny_split(root: Path, **files: str) -> Path:
    """The tiny project with its facts in facts.yaml (sources) and facts/ (the rest);
    ``files`` replaces or adds a fact file by name (``facts__gpus`` is facts/gpus.yaml)."""
    project = write_project(
        root, facts=SOURCES, seeds=TINY_SEEDS, features={"tiny.feature": TINY_FEATURE}
    )
    (project / "facts").mkdir()
    texts = {"facts__gpus": GPUS, "facts__spend": SPEND, **files}
    (project / "facts.yaml").unlink()
    for name, text in texts.items():
        if text:
            path = project / (name.replace("__", "/") + ".yaml")
            path.write_text(textwrap.dedent(text), encoding="utf-8")
    if "facts" not in files:
        (project / "facts.yaml").write_text(textwrap.dedent(SOURCES), encoding="utf-8")
    return project


def problems_of(project: Path) -> list[str]:
    with pytest.raises(FactbaseError) as caught:
        load_factbase(project)
    return [str(problem) for problem in caught.value.problems]


def test_references_cross_files_and_the_tiny_project_checks_as_one_file(tmp_path: Path) -> None:
    split = tiny_split(tmp_path / "split")
    whole = write_project(
        tmp_path / "whole", facts=TINY_FACTS, seeds=TINY_SEEDS, features={"t.feature": ""}
    )
    (whole / "features/t.feature").unlink()
    shutil.copy2(split / "features/tiny.feature", whole / "features/tiny.feature")
    factbase = load_factbase(split)
    # A ratio in facts/spend.yaml over facts of facts/gpus.yaml; evidence citing sources
    # registered in facts.yaml.
    assert factbase.fact("gpus_falke_vs_adler").operands == ("gpus_falke", "gpus_adler")
    assert check_project(split).records() == check_project(whole).records()


def test_a_fact_id_declared_in_two_files_names_both(tmp_path: Path) -> None:
    again = """\
        version: 1
        facts:
          - id: spend_forecast
            description: The spending forecast, entered a second time
            kind: range
            unit: usd
            evidence:
              - source: b
                quote: "The company expects to spend between $35 billion and $40 billion this year."
        """
    project = tiny_split(tmp_path / "p", facts__tail=again)
    assert problems_of(project) == [
        "facts/tail.yaml:3: fact id 'spend_forecast' is declared twice (first at "
        "facts/spend.yaml:12) — give each fact its own id, or merge the two entries"
    ]


def test_a_source_id_and_a_file_declared_in_two_files_name_both(tmp_path: Path) -> None:
    again = """\
        version: 1
        sources:
          - id: b
            file: a.txt
            title: The same text again
            language: de
            published: "2024-08"
        """
    project = tiny_split(tmp_path / "p", facts__more=again)
    assert problems_of(project) == [
        "facts/more.yaml:3: source id 'b' is declared twice (first at facts.yaml:8) — "
        "give each source its own id",
        "facts/more.yaml:4: file 'a.txt' is declared twice (first at facts.yaml:4) — "
        "register each file in seeds/ once",
    ]


def test_a_unit_declared_in_two_files_names_both(tmp_path: Path) -> None:
    unit = "version: 1\nunits:\n  - id: racks\n    words: {en: [racks]}\n"
    project = tiny_split(tmp_path / "p", facts__u1=unit, facts__u2=unit)
    assert problems_of(project) == [
        "facts/u2.yaml:3: unit id 'racks' is declared twice (first at facts/u1.yaml:3) — "
        "give each unit one entry"
    ]


def test_problems_name_their_own_file_and_line_in_file_order(tmp_path: Path) -> None:
    gpus = textwrap.dedent(GPUS).replace("unit: gpu\n", "unit: gpux\n", 1)
    spend = textwrap.dedent(SPEND).replace("kind: range", "kind: ranged")
    spend = spend.replace("- source: a", "- source: c", 1)
    project = tiny_split(tmp_path / "p", facts__gpus=gpus, facts__spend=spend)
    found = problems_of(project)
    assert [problem.split(" — ")[0] for problem in found] == [
        "facts/gpus.yaml:6: unknown unit 'gpux'",
        # A rule across files is reported where the derived fact is written.
        "facts/spend.yaml:7: ratio_of combines 'gpus_falke' (gpu) and 'gpus_adler' (gpux), "
        "which are in different units",
        "facts/spend.yaml:9: evidence cites source 'c', which is not declared under sources:",
        "facts/spend.yaml:14: 'kind' must be 'point', 'range' or 'statement', not 'ranged'",
    ]


def test_the_project_tolerance_is_set_in_one_file_only(tmp_path: Path) -> None:
    spend = textwrap.dedent(SPEND).replace("version: 1\n", 'version: 1\ntolerance: "5%"\n')
    gpus = textwrap.dedent(GPUS).replace("version: 1\n", 'version: 1\ntolerance: "5%"\n')
    project = tiny_split(tmp_path / "p", facts__gpus=gpus, facts__spend=spend)
    assert problems_of(project) == [
        "facts/spend.yaml:2: the project tolerance is set in two fact files (first at "
        "facts/gpus.yaml:2) — set it in one file; a fact's own tolerance: overrides it for "
        "that fact"
    ]
    one = tiny_split(tmp_path / "q", facts__spend=spend)
    assert str(load_factbase(one).tolerance) == "1/20"


def test_every_file_needs_its_version_and_some_file_the_sources(tmp_path: Path) -> None:
    no_version = textwrap.dedent(SPEND).replace("version: 1\n", "")
    project = tiny_split(tmp_path / "p", facts__spend=no_version)
    assert problems_of(project) == [
        "facts/spend.yaml:1: missing field 'version' at the top level — add version: "
        "(format version; 1)"
    ]
    nowhere = tiny_split(tmp_path / "q", facts="")
    assert problems_of(nowhere)[0] == (
        "facts/gpus.yaml:1: missing field 'sources' at the top level of any fact file — add "
        "sources: (the raw texts in seeds/) to one of facts/gpus.yaml, facts/spend.yaml"
    )


def test_a_yaml_error_in_one_file_is_reported_alone(tmp_path: Path) -> None:
    # Without the entries of the broken file, the others' references to them would be
    # reported as unknown: they are not, only the file's own problem is.
    project = tiny_split(tmp_path / "p", facts__gpus=GPUS + "  - id: [unclosed\n")
    found = problems_of(project)
    assert len(found) == 1 and found[0].startswith("facts/gpus.yaml:")


def test_lint_findings_name_the_file_of_the_evidence(tmp_path: Path) -> None:
    spend = SPEND.replace("37 bis 40 Milliarden", "37 bis 41 Milliarden")
    spend = spend.replace('reads: "fast zehnmal so viele"', 'reads: "also rund 160.000 GPUs"')
    project = tiny_split(tmp_path / "p", facts__spend=spend)
    findings = [str(p) for p in lint_project(project).findings]
    assert any(f.startswith("facts/spend.yaml:18: quote not found") for f in findings), findings
    assert any(f.startswith("facts/spend.yaml:11: ") and "times" in f for f in findings), findings
    assert not any(f.startswith(("facts.yaml", "facts/gpus.yaml")) for f in findings)


def test_look_alike_fact_files_are_refused_not_skipped(tmp_path: Path) -> None:
    project = tiny_split(tmp_path / "p")
    (project / "facts/extra.yml").write_text("version: 1\n", encoding="utf-8")
    (project / "facts/topic").mkdir()
    assert problems_of(project) == [
        "facts/extra.yml: not read as a fact file: only names ending in .yaml are — "
        "rename it to extra.yaml",
        "facts/topic: a folder inside facts/; fact files are read from facts/ itself only — "
        "move its files up into facts/ (names must stay unique)",
    ]


def test_read_fact_file_depends_on_the_bytes_alone() -> None:
    part = read_fact_file(textwrap.dedent(GPUS).encode(), "facts/gpus.yaml")
    assert part.problems == ()
    assert [fact.id for fact in part.parts.facts] == ["gpus_adler", "gpus_falke"]
    assert all(fact.written_in == "facts/gpus.yaml" for fact in part.parts.facts)
    sources = read_fact_file(textwrap.dedent(SOURCES), "facts.yaml")
    merged = merge_fact_files([sources, part])
    assert merged.files == ("facts.yaml", "facts/gpus.yaml")
    assert merged.line_of(merged.fact("gpus_falke").evidence[1], "quote") == 19


# ---------------------------------------------------------------------------
# The commands on a split project
# ---------------------------------------------------------------------------


def test_check_lint_and_lock_on_a_project_without_facts_yaml(
    tmp_path: Path, run_cli: Callable[..., CliRun]
) -> None:
    project = tiny_split(tmp_path / "p", facts="", facts__0_sources=SOURCES)
    assert Project.load(project).factbase.files[0] == "facts/0_sources.yaml"
    assert run_cli("lock", str(project)).code == 0
    assert run_cli("check", str(project)).code == 0
    linted = run_cli("lint", str(project))
    assert linted.code == 0, linted.out + linted.err


def test_pytest_runs_the_claims_of_a_split_project(tmp_path: Path) -> None:
    project = tiny_split(tmp_path / "p", facts="", facts__0_sources=SOURCES)
    result = run_pytest(project, "-q", "--factspec-no-reports")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_mutate_on_a_split_project_gives_the_one_file_results(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def mutate(root: Path, *args: str) -> tuple[int, str]:
        parser = argparse.ArgumentParser(prog="factspec")
        mutate_command.register(parser.add_subparsers(dest="command", required=True))
        parsed = parser.parse_args(["mutate", *args, str(root)])
        code = parsed.handler(parsed)
        return code, capsys.readouterr().out

    split = tiny_split(tmp_path / "split")
    whole = write_project(
        tmp_path / "whole", facts=TINY_FACTS, seeds=TINY_SEEDS, features={"tiny.feature": ""}
    )
    shutil.copy2(split / "features/tiny.feature", whole / "features/tiny.feature")

    def results(root: Path) -> list[tuple]:
        data = json.loads(mutate(root, "--json")[1])
        return [
            (r["status"], r["kind"], r["file"], r["before"], r["after"], r["failed_claims"])
            for r in data["results"]
        ]

    assert results(split) == results(whole)
    files = {
        item["facts_file"]
        for r in json.loads(mutate(split, "--json")[1])["results"]
        for item in r["evidence"]
    }
    assert files == {"facts/gpus.yaml", "facts/spend.yaml"}
    code, text = mutate(split)
    assert code == 1  # the tiny project has survivors by design
    assert "(facts/spend.yaml:19)" in text or "(facts/gpus.yaml:" in text


def test_suggest_names_the_file_each_draft_belongs_in(
    tmp_path: Path, run_cli: Callable[..., CliRun]
) -> None:
    project = tiny_split(tmp_path / "p")
    with (project / "seeds/a.txt").open("a", encoding="utf-8") as seed:
        seed.write("Adler lief auf 2.000 Servern.\n")
    write_lock(project)
    out = run_cli("suggest", str(project)).out
    assert "Paste what is right into the fact file each draft names" in out
    # Source a's facts live in facts/gpus.yaml (two) more than facts/spend.yaml (two, later).
    assert "# goes in facts/gpus.yaml" in out


# ---------------------------------------------------------------------------
# impact: an edit to a topic file is an edit to the facts
# ---------------------------------------------------------------------------


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def _own_git_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY"):
        monkeypatch.delenv(name, raising=False)


@pytest.mark.usefixtures("_own_git_environment")
def test_impact_sees_an_edit_to_a_topic_file(tmp_path: Path) -> None:
    project = tiny_split(tmp_path / "repo")
    git(project, "init", "-q")
    git(project, "config", "user.name", "Curator")
    git(project, "config", "user.email", "curator@example.org")
    git(project, "config", "commit.gpgsign", "false")
    git(project, "add", "-A")
    git(project, "commit", "-q", "--no-verify", "-m", "split project")
    # The Falke figure edited in the seed and in facts/gpus.yaml only, reviewed and locked.
    for path in (project / "seeds/a.txt", project / "facts/gpus.yaml"):
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("rund 160.000 GPUs", "rund 260.000 GPUs"), encoding="utf-8")
    write_lock(project)
    outcome = incremental_impact(project, "HEAD")
    assert outcome.work.fallback == "facts split over facts/*.yaml are compared whole"
    moved = {(c["title"], c["source"]) for c in outcome.impact.to_data()["cells_changed"]}
    assert moved, "an edit to facts/gpus.yaml moved nothing"
    assert all(source == "a" for _, source in moved)


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (
            lambda p: p.symlink_to("/etc/hostname"),
            "resolves outside the project folder (through a symbolic link)",
        ),
        (lambda p: p.symlink_to(p.parent / "nowhere.yaml"), "a link that cannot be resolved"),
        (lambda p: os.mkfifo(p), "not a regular file"),
    ],
    ids=["link out", "dangling link", "pipe"],
)
def test_a_fact_file_that_is_a_link_out_or_a_pipe_is_refused(
    tmp_path: Path, make: Callable[[Path], None], why: str
) -> None:
    project = tiny_split(tmp_path / "p")
    make(project / "facts" / "bad.yaml")
    assert problems_of(project) == [
        f"facts/bad.yaml: {why} — put the fact file itself in facts/, not a link or a special file"
    ]


def test_a_missing_seed_is_reported_at_the_file_registering_it(tmp_path: Path) -> None:
    project = tiny_split(tmp_path / "p", facts="", facts__0_sources=SOURCES)
    (project / "seeds" / "b.txt").unlink()
    findings = [str(p) for p in lint_project(project).findings]
    assert "facts/0_sources.yaml:9: source b: seeds/b.txt is missing" in [
        f.split(" — ")[0] for f in findings
    ], findings
    # The evidence citing it, each at its own file and line.
    assert any(f.startswith("facts/gpus.yaml:19: the quote's source b") for f in findings)
    assert any(f.startswith("facts/spend.yaml:20: the quote's source b") for f in findings)
