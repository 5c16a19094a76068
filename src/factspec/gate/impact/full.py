"""What a corpus edit moved since a git revision: the coverage models at REV and now, compared.

The project as committed at REV is read straight from git's object store (``git ls-tree`` and
``git cat-file``). Nothing is checked out, so the working tree and the index stay exactly as
the curator left them, uncommitted edits included. The comparison works on two plain-data
coverage models alone.

`impact_since` (the command, in this package's face) builds those models over only what the
edit can have moved (`delta`); `impact_full` exports REV into a temporary folder and checks each
side whole. Both give the same answer; the full one is the reference and the fallback.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import Any

from factspec.judge.checker import check_project
from factspec.judge.coverage_model import Model, build_model
from factspec.model.cache import CacheStore, cache_for
from factspec.model.factbase import FACTS_DIR, is_fact_file
from factspec.model.lock import LOCK_FILE
from factspec.model.project import FACTS_FILE, FEATURES_DIR, SEEDS_DIR
from factspec.read.problems import FactspecError, Problem

SCHEMA_VERSION = 1

# The lock is exported with the project so that REV is judged as `factspec check` judged it
# then: without it every claim at REV would fail for "no lock file" and look like a change.
PROJECT_FILES = (FACTS_FILE, LOCK_FILE)
# facts/ for facts split over facts/*.yaml: an edit to facts/energy.yaml is an edit to the facts.
PROJECT_DIRS = (SEEDS_DIR, FEATURES_DIR, FACTS_DIR)
REGULAR_FILE_MODES = frozenset({"100644", "100755"})
MODE_NAMES = {"120000": "a symbolic link", "160000": "a submodule"}

FIX_REV = (
    "give a branch, tag or commit that exists in this repository (`git log --oneline` lists "
    "them); in a shallow CI checkout fetch the base first, e.g. `git fetch origin main`"
)


class GitFailure(Exception):
    """A git command that exited non-zero; the message is what git printed."""


# ---------------------------------------------------------------------------
# Reading the project at REV from git
# ---------------------------------------------------------------------------


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    """Run git in ``cwd`` and return its stdout; `GitFailure` when it fails."""
    # Literal pathspecs: a project folder named "data[1]" must not be read as a glob.
    command = ["git", "--literal-pathspecs", "-C", str(cwd), *args]
    try:
        completed = subprocess.run(command, input=stdin, capture_output=True, check=False)
    except FileNotFoundError as error:
        raise FactspecError(
            [
                Problem(
                    "git",
                    None,
                    "git is not installed or not on PATH",
                    "install git: factspec impact reads the base revision from the repository",
                )
            ]
        ) from error
    if completed.returncode != 0:
        raise GitFailure(completed.stderr.decode("utf-8", "replace").strip())
    return completed.stdout


def locate_repository(directory: Path) -> tuple[Path, str]:
    """The top of the git repository holding ``directory`` and the project's prefix in it.

    The prefix is empty for a project at the top, else ends with ``/`` (``"sub/project/"``).
    """
    if not directory.is_dir():
        raise FactspecError(
            [
                Problem(
                    str(directory),
                    None,
                    "no such folder",
                    "give the project folder (the one holding facts.yaml) as DIR",
                )
            ]
        )
    try:
        top = os.fsdecode(_git(directory, "rev-parse", "--show-toplevel")).strip()
        prefix = os.fsdecode(_git(directory, "rev-parse", "--show-prefix")).strip()
    except GitFailure as failure:
        raise FactspecError(
            [
                Problem(
                    str(directory),
                    None,
                    f"the folder is not inside a git repository ({failure})",
                    "run factspec impact on a project folder that git tracks, "
                    "or `git init` and commit the project first",
                )
            ]
        ) from failure
    return Path(top), prefix


def resolve_commit(top: Path, rev: str) -> str:
    """The full commit id ``rev`` names; `FactspecError` when it names no commit."""
    where = f"--base {rev}"
    if not rev or rev.startswith("-"):
        # A leading dash would reach git as an option, not as a revision.
        raise FactspecError([Problem(where, None, "not a revision", FIX_REV)])
    try:
        return os.fsdecode(
            _git(top, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}")
        ).strip()
    except GitFailure as failure:
        raise FactspecError(
            [Problem(where, None, f"{rev!r} is not a commit in the repository at {top}", FIX_REV)]
        ) from failure


@dataclass(frozen=True)
class TreeEntry:
    """One file of the project at REV: its path inside the project and its blob."""

    path: str  # relative to the project folder, with "/"
    blob: str


def list_project(top: Path, commit: str, prefix: str, rev: str) -> list[TreeEntry]:
    """The project's files at ``commit``; refuses anything that is not a plain file."""
    pathspecs = [prefix + name for name in (*PROJECT_FILES, *PROJECT_DIRS)]
    listing = _git(top, "ls-tree", "-r", "-z", "--full-tree", commit, "--", *pathspecs)
    entries = []
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, _kind, blob = meta.decode("ascii").split(" ")
        full = os.fsdecode(raw_path)
        path = full.removeprefix(prefix)
        if not full.startswith(prefix) or not _in_project(path):
            continue  # a pathspec can match more than we asked for, e.g. "seeds.txt"
        _refuse_unsafe(path, mode, f"{rev}:{full}")
        entries.append(TreeEntry(path, blob))
    if not any(is_fact_file(entry.path) for entry in entries):
        raise FactspecError(
            [
                Problem(
                    f"{rev}:{prefix}{FACTS_FILE}",
                    None,
                    f"the project did not exist at {rev}: there is no {FACTS_FILE} "
                    f"(nor {FACTS_DIR}/*.yaml) in that commit",
                    f"choose a revision that holds it (`git log -- {prefix}{FACTS_FILE}` "
                    "lists them)",
                )
            ]
        )
    return entries


def _in_project(path: str) -> bool:
    parts = path.split("/")
    return path in PROJECT_FILES or (len(parts) > 1 and parts[0] in PROJECT_DIRS)


def _refuse_unsafe(path: str, mode: str, where: str) -> None:
    """Only regular files under relative, plain paths may be written into the export."""
    parts = PurePosixPath(path).parts
    unsafe_path = (
        path.startswith("/") or "\\" in path or any(part in ("", ".", "..") for part in parts)
    )
    if unsafe_path:
        raise FactspecError(
            [Problem(where, None, "the path leaves the project folder", "rename the file in git")]
        )
    if mode not in REGULAR_FILE_MODES:
        # Links could point anywhere on this machine; a checkout-free export never follows them.
        what = MODE_NAMES.get(mode, f"not a regular file (git mode {mode})")
        raise FactspecError(
            [
                Problem(
                    where,
                    None,
                    f"is {what} at that revision; factspec impact reads only regular files",
                    "commit the file itself in place of the link, or choose another --base",
                )
            ]
        )


def read_blobs(top: Path, blobs: Sequence[str]) -> dict[str, bytes]:
    """The contents of ``blobs``, read with one ``git cat-file --batch`` for all of them."""
    unique = list(dict.fromkeys(blobs))
    output = _git(top, "cat-file", "--batch", stdin="".join(f"{b}\n" for b in unique).encode())
    contents: dict[str, bytes] = {}
    position = 0
    for blob in unique:
        header_end = output.index(b"\n", position)
        header = output[position:header_end].decode("ascii").split(" ")
        if len(header) != 3 or header[1] != "blob":
            raise FactspecError(
                [
                    Problem(
                        blob,
                        None,
                        "git could not read this object of the base revision",
                        "fetch the full history (`git fetch --unshallow`) and try again",
                    )
                ]
            )
        start = header_end + 1
        end = start + int(header[2])
        contents[blob] = output[start:end]
        position = end + 1  # git ends every object with a newline of its own
    return contents


def export_project(top: Path, commit: str, prefix: str, destination: Path, rev: str) -> None:
    """Write the project's files at ``commit`` into the empty folder ``destination``."""
    entries = list_project(top, commit, prefix, rev)
    write_entries(destination, entries, read_blobs(top, [entry.blob for entry in entries]))


def write_entries(
    destination: Path, entries: Sequence[TreeEntry], contents: dict[str, bytes]
) -> None:
    """Write ``entries`` (listed by `list_project`) with their blobs' ``contents`` below
    ``destination``, which holds none of them yet."""
    root = destination.resolve()
    for entry in entries:
        target = root.joinpath(*entry.path.split("/"))
        # Belt and braces after _refuse_unsafe: nothing may land outside the export.
        if not target.resolve().is_relative_to(root):
            raise FactspecError(
                [Problem(entry.path, None, "the path leaves the project", "rename it in git")]
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "xb") as handle:  # "x": never overwrite or follow what is there
            handle.write(contents[entry.blob])


# ---------------------------------------------------------------------------
# Checking both sides
# ---------------------------------------------------------------------------


def snapshot(root: Path, *, cache: CacheStore | bool | None = True) -> Model:
    """The coverage model of the project at ``root``, checked once."""
    report = check_project(root, cache=cache)
    return build_model(report.project, report.records())


def snapshot_at(
    top: Path, commit: str, prefix: str, rev: str, *, cache: CacheStore | None = None
) -> Model:
    """The coverage model of the project as committed at ``commit``. ``cache``: the working
    project's cache, whose entries are keyed by content alone, so every fact file and quote
    REV shares with the working tree is taken from it (nothing is written into the exported
    folder)."""
    with tempfile.TemporaryDirectory(prefix="factspec-impact-") as folder:
        root = Path(folder)
        export_project(top, commit, prefix, root, rev)
        try:
            return snapshot(root, cache=cache or False)
        except FactspecError as error:
            # Name the files as git does ("HEAD~1:facts.yaml"), not by the temporary folder.
            problems = [replace(p, path=f"{rev}:{prefix}{p.path}") for p in error.problems]
            raise FactspecError(problems) from error


@dataclass(frozen=True)
class Base:
    """The revision compared against: as the user named it, and the commit it resolved to."""

    rev: str
    commit: str


def impact_full(directory: Path, rev: str) -> Impact:
    """`impact_since` the slow, simple way: REV exported whole and both sides checked whole.

    The reference the incremental comparison is tested against, and its fallback for edits
    that change everything anyway (tolerance, units, the order of the sources).
    """
    directory = Path(directory)
    top, prefix = locate_repository(directory)
    commit = resolve_commit(top, rev)
    cache = cache_for(directory)
    before = snapshot_at(top, commit, prefix, rev, cache=cache)
    after = snapshot(directory, cache=cache or False)
    return compare(before, after, Base(rev, commit))


# ---------------------------------------------------------------------------
# Comparing two coverage models
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Impact:
    """What moved between two coverage models, as plain data ready for any rendering."""

    base: Base
    claims_added: list[dict[str, Any]]
    claims_removed: list[dict[str, Any]]
    sources_added: list[str]
    sources_removed: list[str]
    cells: list[dict[str, Any]]
    statuses: list[dict[str, Any]]
    conflicts_appeared: list[dict[str, Any]]
    conflicts_vanished: list[dict[str, Any]]
    coverage: list[dict[str, Any]]
    regressions: list[dict[str, Any]]

    @property
    def regressed(self) -> bool:
        """Did a claim lose firm support, gain a refutation or stop passing?"""
        return bool(self.regressions)

    @property
    def moved(self) -> bool:
        """Did anything at all change between the two sides?"""
        return any(
            (
                self.claims_added,
                self.claims_removed,
                self.sources_added,
                self.sources_removed,
                self.cells,
                self.statuses,
                self.conflicts_appeared,
                self.conflicts_vanished,
                self.coverage,
            )
        )

    def to_data(self) -> dict[str, Any]:
        """Everything, for machines; render with ``json.dumps(..., sort_keys=True)``."""
        return {
            "schema": SCHEMA_VERSION,
            "base": {"rev": self.base.rev, "commit": self.base.commit},
            "regressed": self.regressed,
            "regressions": self.regressions,
            "claims_added": self.claims_added,
            "claims_removed": self.claims_removed,
            "sources_added": self.sources_added,
            "sources_removed": self.sources_removed,
            "cells_changed": self.cells,
            "status_changed": self.statuses,
            "conflicts_appeared": self.conflicts_appeared,
            "conflicts_vanished": self.conflicts_vanished,
            "coverage_changed": self.coverage,
        }


def compare(before: Model, after: Model, base: Base) -> Impact:
    """What moved from ``before`` (at REV) to ``after`` (now)."""
    old = {claim["id"]: claim for claim in before["claims"]}
    new = {claim["id"]: claim for claim in after["claims"]}
    # Model order (feature, line, title) keeps every listing stable from run to run.
    kept = [(old[claim["id"]], claim) for claim in after["claims"] if claim["id"] in old]
    old_sources = [source["id"] for source in before["sources"]]
    new_sources = [source["id"] for source in after["sources"]]
    # Sets and positions, not list lookups: with 10k sources those made compare quadratic.
    old_set, new_set = set(old_sources), set(new_sources)
    sources = list(dict.fromkeys([*new_sources, *old_sources]))
    position = {source: i for i, source in enumerate(sources)}
    spoken = [
        (old_claim, new_claim, _named(old_claim, new_claim, position))
        for old_claim, new_claim in kept
    ]
    appeared, vanished = _conflict_changes(before["conflicts"], after["conflicts"])
    return Impact(
        base=base,
        claims_added=[_claim_summary(c) for c in after["claims"] if c["id"] not in old],
        claims_removed=[_claim_summary(c) for c in before["claims"] if c["id"] not in new],
        sources_added=[s for s in new_sources if s not in old_set],
        sources_removed=[s for s in old_sources if s not in new_set],
        cells=[cell for triple in spoken for cell in _cell_changes(*triple)],
        statuses=[_status_change(*pair) for pair in kept if pair[0]["status"] != pair[1]["status"]],
        conflicts_appeared=appeared,
        conflicts_vanished=vanished,
        coverage=_coverage_changes(before["coverage"], after["coverage"], sources),
        regressions=[r for triple in spoken if (r := _regression(*triple)) is not None],
    )


def _named(old: dict[str, Any], new: dict[str, Any], position: dict[str, int]) -> list[str]:
    """The sources either side's record of a claim names, in model order: every other source
    is silent on both sides (records list speaking sources only), so it cannot have moved."""
    named = {
        *old["verdicts"],
        *new["verdicts"],
        *old["supporters"],
        *new["supporters"],
        *(cell["source"] for cell in old["cells"]),
        *(cell["source"] for cell in new["cells"]),
    }
    return sorted((s for s in named if s in position), key=position.__getitem__)


def _claim_summary(claim: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim": claim["id"],
        "title": claim["title"],
        "feature": claim["feature"],
        "status": claim["status"],
        "supporters": claim["supporters"],
    }


def _cells_by_source(claim: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {cell["source"]: cell for cell in claim["cells"]}


def _cell_changes(
    old: dict[str, Any], new: dict[str, Any], sources: Sequence[str]
) -> Iterator[dict[str, Any]]:
    """Every source whose verdict on the claim changed (hedging counts: it decides support)."""
    old_cells, new_cells = _cells_by_source(old), _cells_by_source(new)
    for source in sources:
        before, after = old_cells.get(source), new_cells.get(source)
        if _mark(before) == _mark(after):
            continue
        # A source added or removed that says nothing about the claim moved nothing.
        if {_mark(before), _mark(after)} <= {None, ("SILENT", False)}:
            continue
        yield {
            "claim": new["id"],
            "title": new["title"],
            "feature": new["feature"],
            "source": source,
            "before": before["verdict"] if before else None,
            "after": after["verdict"] if after else None,
            "hedged_before": bool(before and before["hedged"]),
            "hedged_after": bool(after and after["hedged"]),
            "quotes_before": _quotes(before),
            "quotes_after": _quotes(after),
            "explanations_before": before["explanations"] if before else [],
            "explanations_after": after["explanations"] if after else [],
            "regression": _cell_regressed(old, new, source),
        }


def _mark(cell: dict[str, Any] | None) -> tuple[str, bool] | None:
    return None if cell is None else (cell["verdict"], bool(cell["hedged"]))


def _quotes(cell: dict[str, Any] | None) -> list[str]:
    if cell is None:
        return []
    return list(dict.fromkeys(item["quote"] for item in cell["evidence"]))


def _cell_regressed(old: dict[str, Any], new: dict[str, Any], source: str) -> bool:
    lost = source in old["supporters"] and source not in new["supporters"]
    refuted = new["verdicts"].get(source) == "REFUTES" != old["verdicts"].get(source)
    return lost or refuted


def _regression(
    old: dict[str, Any], new: dict[str, Any], sources: Sequence[str]
) -> dict[str, Any] | None:
    """Why a claim lost ground, in sentences; None when it did not."""
    why = []
    for source in sources:
        was, now = old["verdicts"].get(source), new["verdicts"].get(source)
        if source in old["supporters"] and source not in new["supporters"]:
            now_says = _verdict_words(now, source in new["hedged"])
            why.append(f"lost the firm support of source {source} (now {now_says})")
        if now == "REFUTES" != was:
            why.append(f"source {source} now refutes it (was {_verdict_words(was, False)})")
    if old["status"] == "passed" and new["status"] != "passed":
        why.append("stopped passing")
    if not why:
        return None
    return {"claim": new["id"], "title": new["title"], "feature": new["feature"], "why": why}


def _verdict_words(verdict: str | None, hedged: bool) -> str:
    if verdict is None:
        return "no such source"
    return f"{verdict} (hedged)" if hedged else verdict


def _status_change(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    return {
        "claim": new["id"],
        "title": new["title"],
        "feature": new["feature"],
        "before": old["status"],
        "after": new["status"],
        "reasons_before": old["reasons"],
        "reasons_after": new["reasons"],
    }


def _conflict_key(conflict: dict[str, Any]) -> str:
    return json.dumps(conflict, sort_keys=True, ensure_ascii=False)


def _conflict_changes(
    before: Sequence[dict[str, Any]], after: Sequence[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Conflicts present on one side only; a conflict whose figures moved counts as both."""
    old_keys = {_conflict_key(c) for c in before}
    new_keys = {_conflict_key(c) for c in after}
    appeared = [c for c in after if _conflict_key(c) not in old_keys]
    vanished = [c for c in before if _conflict_key(c) not in new_keys]
    return appeared, vanished


def _coverage_changes(
    before: dict[str, Any], after: dict[str, Any], sources: Sequence[str]
) -> list[dict[str, Any]]:
    """Per source, the figure counts on both sides and which uncovered figures came or went."""
    changes = []
    for source in sources:
        old, new = before.get(source), after.get(source)
        if old is None and new is None:
            continue
        counts_before, counts_after = _counts(old), _counts(new)
        uncovered_before = old["uncovered"] if old else []
        uncovered_after = new["uncovered"] if new else []
        newly = _missing_from(uncovered_after, uncovered_before)
        now_covered = _missing_from(uncovered_before, uncovered_after)
        if counts_before == counts_after and not newly and not now_covered:
            continue
        changes.append(
            {
                "source": source,
                "before": counts_before,
                "after": counts_after,
                "newly_uncovered": newly,
                "no_longer_uncovered": now_covered,
            }
        )
    return changes


def _counts(coverage: dict[str, Any] | None) -> dict[str, int] | None:
    if coverage is None:
        return None
    return {
        "figures": coverage["figures"],
        "covered": coverage["covered"],
        "ignored": coverage["ignored"],
        "uncovered": len(coverage["uncovered"]),
    }


def _missing_from(
    these: Sequence[dict[str, Any]], others: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Items of ``these`` whose text ``others`` lacks, counting repeats (lines move in edits)."""
    available = Counter(item["text"] for item in others)
    missing = []
    for item in these:
        if available[item["text"]]:
            available[item["text"]] -= 1
        else:
            missing.append(item)
    return missing
