"""Sharded runs: `pytest --factspec-shard=I/N` splits the claims by a hash of their id, and
`factspec table --merge` turns the shards' records into the reports of one run, byte for
byte — or refuses records that are not all the shards of one run over this project."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, CliRun, run_pytest
from factspec.judge.checker import check_project
from factspec.read.features import load_features
from factspec.report.shards import Shard, identity, shard_document, shard_number
from factspec.report.write import REPORT_FILES

REPORTS = sorted(REPORT_FILES.values())


def shipped_copy(root: Path) -> Path:
    root.mkdir()
    for file in ("facts.yaml", "factspec.lock", "pyproject.toml"):
        shutil.copy2(ROOT / file, root / file)
    for folder in ("seeds", "features", "steps"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    # Only the claims: the engine's own tests are not part of a project's run.
    (root / "pytest.ini").write_text("[pytest]\ntestpaths = features\n", encoding="utf-8")
    return root


def claim_ids(project: Path) -> list[str]:
    return [claim.id for claim in load_features(project / "features", project)]


def write_shards(project: Path, count: int, out: Path) -> list[Path]:
    """The shard files the plugin would write, from the in-process checker's records."""
    records = check_project(project).records()
    folders = []
    for index in range(1, count + 1):
        shard = Shard(index, count)
        mine = [r for r in records if shard.holds(str(r["id"]))]
        claims = [claim for claim in claim_ids(project) if shard.holds(claim)]
        folder = out / f"shard{index}"
        folder.mkdir(parents=True)
        text = shard_document(shard, identity(project), claims, mine)
        (folder / shard.file_name).write_text(text, encoding="utf-8")
        folders.append(folder)
    return folders


# ---------------------------------------------------------------------------
# Which claim goes where
# ---------------------------------------------------------------------------


def test_a_shard_is_written_i_of_n() -> None:
    assert Shard.parse("2/4") == Shard(2, 4)
    assert Shard.parse(" 1 / 1 ") == Shard(1, 1)
    assert Shard(3, 4).file_name == "records-3-of-4.json"
    for bad, why in [
        ("2", "is not I/N"),
        ("0/4", "the shard must be 1 to 4"),
        ("5/4", "the shard must be 1 to 4"),
        ("1/0", "the number of shards must be 1 to 1000"),
        ("-1/4", "is not I/N"),
        ("a/b", "is not I/N"),
    ]:
        with pytest.raises(ValueError, match=why):
            Shard.parse(bad)


def test_every_claim_is_in_exactly_one_shard_whatever_the_count() -> None:
    claims = claim_ids(ROOT)
    for count in range(1, 9):
        shards = [Shard(index, count) for index in range(1, count + 1)]
        assert all(sum(shard.holds(claim) for shard in shards) == 1 for claim in claims)


def test_the_shard_of_a_claim_depends_on_its_id_alone() -> None:
    # The sha256 of the id, not Python's hash (which differs from process to process) and not
    # the claim's position: pinned, so a change that would send the jobs of one CI run to
    # different claims is noticed here.
    key = "features/capex.feature::Meta expects capex of 37 to 40 billion dollars in 2024"
    assert [shard_number(key, n) for n in (1, 2, 3, 4, 7)] == [1, 2, 2, 2, 5]
    # sha256("a") begins ca978112ca1bbdca: that number modulo the count, plus one.
    assert [shard_number("a", n) for n in (2, 3, 4, 7)] == [
        int("ca978112ca1bbdca", 16) % n + 1 for n in (2, 3, 4, 7)
    ]
    assert [shard_number("a", n) for n in (2, 3, 4, 7)] == [1, 2, 3, 5]
    claims = claim_ids(ROOT)
    sizes = [sum(Shard(i, 4).holds(c) for c in claims) for i in range(1, 5)]
    assert sum(sizes) == len(claims) and min(sizes) > 0


# ---------------------------------------------------------------------------
# Four shards of the shipped corpus merge into the reports of one run
# ---------------------------------------------------------------------------


def test_four_shards_merge_into_the_reports_of_one_run_byte_for_byte(
    tmp_path: Path, run_cli: Callable[..., CliRun]
) -> None:
    project = shipped_copy(tmp_path / "project")
    shard_folders = []
    for index in range(1, 5):
        folder = tmp_path / f"shard{index}"
        run = run_pytest(
            project, "-q", f"--factspec-shard={index}/4", f"--factspec-reports={folder}"
        )
        assert run.returncode == 0, run.stdout + run.stderr
        assert f"shard {index}/4:" in run.stdout
        assert sorted(p.name for p in folder.iterdir()) == [f"records-{index}-of-4.json"]
        shard_folders.append(folder)
    recorded = [
        len(json.loads((f / f"records-{i}-of-4.json").read_text(encoding="utf-8"))["records"])
        for i, f in enumerate(shard_folders, 1)
    ]
    assert sum(recorded) == len(claim_ids(project))

    one_run = tmp_path / "one_run"
    run = run_pytest(project, "-q", f"--factspec-reports={one_run}")
    assert run.returncode == 0, run.stdout + run.stderr

    merged = run_cli("table", str(project), "--update", "--merge", *map(str, shard_folders))
    assert merged.code == 0, merged.err
    for name in REPORTS:
        assert (project / "reports" / name).read_bytes() == (one_run / name).read_bytes(), name
    assert (project / "COVERAGE.md").read_bytes() == (one_run / "COVERAGE.md").read_bytes()
    # ... and the committed table, which `factspec table` builds from its own judgement.
    assert (project / "COVERAGE.md").read_bytes() == (ROOT / "COVERAGE.md").read_bytes()
    for fmt in ("json", "csv", "html", "claimreview"):
        one = run_cli("table", str(project), "--format", fmt)
        many = run_cli("table", str(project), "--format", fmt, "--merge", *map(str, shard_folders))
        assert many.out == one.out, fmt


def test_a_shard_without_claims_writes_empty_records(tmp_path: Path, tiny: Path) -> None:
    claims = claim_ids(tiny)
    count = 10
    empty = next(
        i for i in range(1, count + 1) if not any(Shard(i, count).holds(c) for c in claims)
    )
    out = tmp_path / "out"
    run = run_pytest(tiny, "-q", f"--factspec-shard={empty}/{count}", f"--factspec-reports={out}")
    assert run.returncode == 5, run.stdout + run.stderr  # no test ran: pytest's own code
    document = json.loads((out / f"records-{empty}-of-{count}.json").read_text(encoding="utf-8"))
    assert (document["claims"], document["records"]) == ([], [])


def test_a_bad_shard_option_is_a_usage_error(tiny: Path) -> None:
    run = run_pytest(tiny, "-q", "--factspec-shard=5/4")
    assert run.returncode == 4
    assert "--factspec-shard '5/4': the shard must be 1 to 4 (counted from 1)" in run.stderr


# ---------------------------------------------------------------------------
# What a merge refuses
# ---------------------------------------------------------------------------


@pytest.fixture
def sharded(tmp_path: Path) -> tuple[Path, list[Path]]:
    project = shipped_copy(tmp_path / "project")
    return project, write_shards(project, 3, tmp_path / "shards")


def merge(run_cli: Callable[..., CliRun], project: Path, *folders: Path) -> CliRun:
    return run_cli("table", str(project), "--format", "md", "--merge", *map(str, folders))


def test_in_process_shards_merge_clean(
    sharded: tuple[Path, list[Path]], run_cli: Callable[..., CliRun]
) -> None:
    project, folders = sharded
    assert (
        merge(run_cli, project, *folders).out
        == run_cli("table", str(project), "--format", "md").out
    )


def test_records_of_another_corpus_are_refused(
    sharded: tuple[Path, list[Path]], run_cli: Callable[..., CliRun]
) -> None:
    project, folders = sharded
    feature = project / "features" / "capex.feature"
    feature.write_text(feature.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = merge(run_cli, project, *folders)
    assert result.code == 2 and result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 4  # one per shard, and the summary
    assert "records-1-of-3.json: recorded from a different corpus: fingerprint " in lines[0]
    assert "records of different projects or corpus versions are never merged" in lines[0]
    assert lines[-1] == "factspec table: 3 problems; the shards' records are not merged."


def test_records_under_another_lock_or_factspec_are_refused(
    sharded: tuple[Path, list[Path]], run_cli: Callable[..., CliRun]
) -> None:
    project, folders = sharded
    (project / "factspec.lock").write_text("# emptied\n", encoding="utf-8")
    assert "recorded from a different factspec.lock" in merge(run_cli, project, *folders).err
    shutil.copy2(ROOT / "factspec.lock", project / "factspec.lock")
    path = folders[1] / "records-2-of-3.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**document, "factspec": "0.0.1"}), encoding="utf-8")
    result = merge(run_cli, project, *folders)
    assert result.code == 2
    assert "records-2-of-3.json: recorded from factspec 0.0.1, this is" in result.err


def test_a_missing_or_repeated_shard_is_refused(
    sharded: tuple[Path, list[Path]], run_cli: Callable[..., CliRun]
) -> None:
    project, folders = sharded
    assert "shard(s) 2/3 missing" in merge(run_cli, project, folders[0], folders[2]).err
    twice = merge(run_cli, project, *folders, folders[1]).err
    assert "shard 2/3 is given twice" in twice


def test_shards_of_runs_split_differently_are_refused(
    sharded: tuple[Path, list[Path]], run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    project, folders = sharded
    other = write_shards(project, 2, tmp_path / "other")
    result = merge(run_cli, project, *folders, *other)
    assert result.code == 2 and "shards of runs split 2 and 3 ways" in result.err


def test_tampered_or_unreadable_records_are_refused(
    sharded: tuple[Path, list[Path]], run_cli: Callable[..., CliRun], tmp_path: Path
) -> None:
    project, folders = sharded
    path = folders[0] / "records-1-of-3.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    dropped = document["records"][0]["id"]
    path.write_text(json.dumps({**document, "records": document["records"][1:]}), encoding="utf-8")
    result = merge(run_cli, project, *folders)
    assert result.code == 2 and f"not recorded: {dropped}" in result.err

    path.write_text('{"format": 1, "shard": [1, 3]', encoding="utf-8")
    assert "cannot read the shard records" in merge(run_cli, project, *folders).err
    path.write_text(json.dumps({**document, "format": 9}), encoding="utf-8")
    assert (
        "not a shard records file of format 1 (format 9)" in merge(run_cli, project, *folders).err
    )
    path.write_text(json.dumps({**document, "records": "none"}), encoding="utf-8")
    assert "(its records cannot be read)" in merge(run_cli, project, *folders).err

    empty = tmp_path / "empty"
    empty.mkdir()
    result = merge(run_cli, project, empty, tmp_path / "absent")
    assert f"{empty}: no shard records (records-*-of-*.json) in this folder" in result.err
    assert f"{tmp_path / 'absent'}: not a folder" in result.err


# ---------------------------------------------------------------------------
# The workflow example in docs/SCALING.md
# ---------------------------------------------------------------------------


def test_the_documented_workflow_matrix_runs_every_shard_and_merges_them() -> None:
    text = (ROOT / "docs" / "SCALING.md").read_text(encoding="utf-8")
    block = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    workflow = yaml.safe_load(block)
    jobs = workflow["jobs"]
    shards = jobs["shard"]["strategy"]["matrix"]["shard"]
    runs = " ".join(step.get("run", "") for step in jobs["shard"]["steps"])
    match = re.search(r"--factspec-shard=\$\{\{ matrix\.shard \}\}/(\d+)", runs)
    assert match is not None, runs
    assert shards == list(range(1, int(match.group(1)) + 1))
    assert jobs["table"]["needs"] == "shard"
    merge = " ".join(step.get("run", "") for step in jobs["table"]["steps"])
    assert "factspec table" in merge and "--merge" in merge
    # What the shards upload is what the merge reads: their --factspec-reports folder.
    uploaded = [s for s in jobs["shard"]["steps"] if "upload-artifact" in s.get("uses", "")]
    assert uploaded and uploaded[0]["with"]["path"].rstrip("/") in runs
