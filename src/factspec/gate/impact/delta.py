"""`factspec impact` from what differs: only the parts of the model an edit can move are built.

The full comparison (`impact.impact_full`) exports REV and checks both sides whole; at 10k
sources that is two full checks, about a minute, and nearly all of it gives the same answer
on both sides. `impact.compare` reports differences only, so it is enough to build, on each
side, the parts of the coverage model that can differ, and to give it those:

1. What changed: REV's blob ids (``git ls-tree``) against the working tree's, hashed here
   from the raw bytes (no clean filters: the full path reads the raw files too). Nothing
   changed: nothing moved, and nothing else is read.
2. facts.yaml is parsed on each side (once when it did not change) and its entries are
   compared as plain YAML data. Changed facts, facts with evidence citing a changed seed,
   source entry or lock line, and the derived facts over any of them (transitively) are the
   *affected facts*; only their conflicts can move.
3. The affected claims: every claim of a changed feature file, and every claim whose facts
   (`Checker`'s own closure) meet the affected facts on either side, that a step of it could
   not be read on either side, or that names a changed source. A claim reaches an affected
   fact only through a fact id in its steps from the same family of derived facts,
   so only feature files holding such an id (or a ``<placeholder>``) are parsed at all.
4. Evidence is resolved only for the facts those claims and conflicts rest on, and for the
   sources whose coverage can move (changed seeds, source entries, ignore entries, and the
   sources changed facts cite); only the seeds it cites are read, once when both sides have
   the same bytes. REV's changed files are read from git; nothing else is exported.
5. Both partial models (same claim ids on both sides) go to `impact.compare`, so the output
   is the full path's, byte for byte.

Edits that change everything anyway (version, tolerance, units, the order of the sources, a
lock file on one side only), links or special files in the working tree, and any problem
reading either side fall back to the full comparison, which also words every error exactly
as before. By design, a file that is the same on both sides and that the edit does not reach
is not read again: a problem it has on both sides (say, an unreadable unrelated seed) is for
`factspec check` to report; it is not something the edit moved.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from factspec.gate.impact.full import (
    Base,
    Impact,
    TreeEntry,
    compare,
    impact_full,
    list_project,
    locate_repository,
    read_blobs,
    resolve_commit,
    write_entries,
)
from factspec.judge.checker import Checker, ClaimResult
from factspec.judge.coverage_model import Model, conflicts, table_model
from factspec.judge.coverage_model import (
    _coverage as coverage_model,  # the model's own coverage shape
)
from factspec.model.cache import CacheStore, cache_for
from factspec.model.evidence import resolve_evidence
from factspec.model.factbase import FACTS_DIR, Evidence, Fact, FactBase, build_factbase
from factspec.model.factbase.load import cached_by_key, cached_with_data
from factspec.model.lock import LOCK_FILE, LockStatus, compare_hashes, pinned_name, read_lock
from factspec.model.project import FACTS_FILE, FEATURES_DIR, SEEDS_DIR, Project
from factspec.read.corpus import Corpus, SourceText
from factspec.read.features import Claim, load_feature_file
from factspec.read.problems import FactspecError
from factspec.read.yamlsafe import load_yaml

SEEDS = f"{SEEDS_DIR}/"
FACTS_SUBDIR = f"{FACTS_DIR}/"
FEATURES = f"{FEATURES_DIR}/"
FEATURE_SUFFIX = ".feature"
# facts.yaml sections compared entry by entry; every other top-level key is project-wide.
ENTRY_SECTIONS = ("sources", "facts", "ignore")
_WORD = re.compile(r"\w+")


class Fallback(Exception):
    """The incremental comparison does not answer this edit; the message says why."""


@dataclass(frozen=True)
class Work:
    """How much the comparison read and judged: for tests and benchmarks, never for output."""

    fallback: str | None = None  # why the full comparison ran instead; None when it did not
    changed: tuple[str, ...] = ()  # project paths whose bytes differ between REV and now
    affected_facts: int = 0
    feature_files_parsed: int = 0  # per side: a file the same on both sides counts once
    claims_judged: int = 0  # both sides together
    seeds_read: int = 0  # seed files read as text, from the working tree and from git


@dataclass(frozen=True)
class Outcome:
    """The impact, and what it took."""

    impact: Impact
    work: Work


def incremental_impact(directory: Path, rev: str) -> Outcome:
    """What moved since ``rev`` in the project at ``directory``, reading only what differs."""
    directory = Path(directory)
    top, prefix = locate_repository(directory)
    commit = resolve_commit(top, rev)
    entries = list_project(top, commit, prefix, rev)  # refuses links and unsafe paths at REV
    if any(e.path.startswith(FACTS_SUBDIR) for e in entries) or (directory / FACTS_DIR).exists():
        # The delta compares one facts.yaml entry by entry; facts split over facts/*.yaml are
        # compared whole, which reads every file of both sides and so sees an edit to any.
        why = f"facts split over {FACTS_SUBDIR}*.yaml are compared whole"
        return Outcome(impact_full(directory, rev), Work(fallback=why))
    try:
        return _Delta(directory, top, Base(rev, commit), entries).run()
    except Fallback as reason:
        return Outcome(impact_full(directory, rev), Work(fallback=str(reason)))
    except FactspecError:
        # Something on either side cannot be used. The full comparison reports it exactly
        # as it always has (REV first, every problem of the file, named by revision).
        why = "a file could not be used; the full comparison reports it"
        return Outcome(impact_full(directory, rev), Work(fallback=why))


# ---------------------------------------------------------------------------
# What changed
# ---------------------------------------------------------------------------


def _compared(path: str) -> bool:
    """The project files a check reads: facts, lock, seeds and feature files."""
    if path in (FACTS_FILE, LOCK_FILE) or path.startswith(SEEDS):
        return True
    return path.startswith(FEATURES) and path.endswith(FEATURE_SUFFIX)


def blob_id(data: bytes, algorithm: str) -> str:
    """The id git gives ``data`` as a blob (``git hash-object --no-filters``)."""
    digest = hashlib.new(algorithm, b"blob %d\0" % len(data))
    digest.update(data)
    return digest.hexdigest()


def _hash_algorithm(some_blob: str) -> str:
    # A SHA-256 repository names objects with 64 hex digits, a SHA-1 one with 40.
    return "sha256" if len(some_blob) == 64 else "sha1"


@dataclass(frozen=True)
class WorkingTree:
    """The project's files as they are now: a blob id per project path, and the bytes of
    those read again later (facts.yaml, the lock, feature files, seeds that changed)."""

    blobs: dict[str, str]
    contents: dict[str, bytes]


def scan_working_tree(root: Path, rev_blobs: Mapping[str, str]) -> WorkingTree:
    """Hash every project file of ``root``; `Fallback` on links and special files, which
    only the full comparison knows how to refuse."""
    facts = root / FACTS_FILE
    if facts.is_symlink() or not facts.is_file():
        raise Fallback(f"{FACTS_FILE} is not a regular file in the working tree")
    files = [(FACTS_FILE, facts)]
    lock = root / LOCK_FILE
    if lock.is_symlink() or (lock.exists() and not lock.is_file()):
        raise Fallback(f"{LOCK_FILE} is not a regular file")
    if lock.exists():
        files.append((LOCK_FILE, lock))
    seeds = root / SEEDS_DIR
    if seeds.is_symlink() or not seeds.is_dir():
        raise Fallback(f"{SEEDS_DIR}/ is not a folder in the working tree")
    files += _walk(seeds, SEEDS)
    features = root / FEATURES_DIR
    if features.is_symlink() or (features.exists() and not features.is_dir()):
        raise Fallback(f"{FEATURES_DIR}/ is not a folder")
    if features.exists():
        files += [(p, path) for p, path in _walk(features, FEATURES) if _compared(p)]
    algorithm = _hash_algorithm(rev_blobs[FACTS_FILE])
    blobs: dict[str, str] = {}
    contents: dict[str, bytes] = {}
    for name, path in files:
        data = path.read_bytes()
        blobs[name] = blob_id(data, algorithm)
        if not name.startswith(SEEDS) or blobs[name] != rev_blobs.get(name):
            contents[name] = data
    return WorkingTree(blobs, contents)


def _walk(folder: Path, prefix: str) -> Iterator[tuple[str, Path]]:
    """Every regular file below ``folder``, as (project path, path)."""
    with os.scandir(folder) as listing:
        for entry in listing:
            name = prefix + entry.name
            if entry.is_symlink():
                raise Fallback(f"{name} is a symbolic link")
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path), name + "/")
            elif entry.is_file(follow_symlinks=False):
                yield name, Path(entry.path)
            else:
                raise Fallback(f"{name} is not a regular file")


# ---------------------------------------------------------------------------
# One side, loaded as far as needed
# ---------------------------------------------------------------------------


@dataclass
class Side:
    """REV or the working tree: its facts, lock and file listing; claims and texts as read."""

    factbase: FactBase
    data: dict[str, Any]  # facts.yaml as plain YAML data, to compare entries
    pinned: dict[str, str] | None  # the lock's hashes; None without a lock file
    seed_files: frozenset[str]  # relative to seeds/
    feature_files: frozenset[str]  # project paths
    read_seed: Callable[[str], bytes]  # the bytes of a seed file on this side
    claims: dict[str, Claim] = field(default_factory=dict)  # id → claim, of the files read
    checked: dict[str, ClaimResult] = field(default_factory=dict)  # steps read, not judged
    file_of: dict[str, str] = field(init=False)  # source id → file

    def __post_init__(self) -> None:
        self.file_of = {source.id: source.file for source in self.factbase.sources}

    def present(self, name: str) -> bool:
        """Whether the seed file ``name`` exists on this side."""
        if name in self.seed_files:
            return True
        if any(other.startswith(name + "/") for other in self.seed_files):
            # A folder where a source is registered: only the full comparison words that.
            raise Fallback(f"{SEEDS}{name} is a folder")
        return False


#: The cache's kind for git blob id → content key of a facts file (`model.cache`).
BLOB_KIND = "facts-blob"


def _load_facts(
    data: bytes, project_dir: Path | None, cache: CacheStore | None
) -> tuple[FactBase, dict[str, Any]]:
    if cache is not None:
        factbase, plain, _ = cached_with_data(
            data, FACTS_FILE, project_dir=project_dir, cache=cache
        )
        return factbase, plain
    loaded = load_yaml(data, FACTS_FILE)
    return build_factbase(loaded, project_dir=project_dir), loaded.data


def _by_key(items: Iterable[dict[str, Any]], key: str = "id") -> dict[str, Any]:
    return {item[key]: item for item in items}


def _grouped(items: Iterable[dict[str, Any]], key: str) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = {}
    for item in items:
        groups.setdefault(item[key], []).append(item)
    return groups


def _differing(before: Mapping[str, Any], now: Mapping[str, Any]) -> set[str]:
    """Keys whose value differs, or that only one side has."""
    return {key for key in before.keys() | now.keys() if before.get(key) != now.get(key)}


def _tokens(text: str) -> set[str]:
    """Every word and every whitespace-separated token of ``text``.

    A fact id a step names is always a whole word of it and a source id a whole token
    (see grammar.PHRASES), so a step whose tokens miss a set of ids names none of them.
    """
    return {*_WORD.findall(text), *text.split()}


def _down(factbase: FactBase, facts: Iterable[str]) -> set[str]:
    """``facts`` and the operands of every derived fact among them, transitively."""
    return set(factbase.with_operands(facts))


def _closure(start: Iterable[str], edges: Mapping[str, Collection[str]]) -> set[str]:
    found = set(start)
    pending = list(found)
    while pending:
        for other in edges.get(pending.pop(), ()):
            if other not in found:
                found.add(other)
                pending.append(other)
    return found


def lock_status_of(side: Side, files: Iterable[str]) -> LockStatus:
    """`lock.lock_status` of ``side``, for ``files`` only: what the claims resting on them
    are told. Hashes just those files."""
    if side.pinned is None:
        return LockStatus(missing_lock=True)
    wanted = set(files)
    current = {
        name: hashlib.sha256(side.read_seed(name)).hexdigest()
        for name in sorted(wanted)
        if pinned_name(name) and name in side.seed_files
    }
    pinned = {name: digest for name, digest in side.pinned.items() if name in wanted}
    return compare_hashes(pinned, current)


# ---------------------------------------------------------------------------
# The incremental comparison
# ---------------------------------------------------------------------------


class _Delta:
    """One `factspec impact` run: the changed files, the affected parts, both partial models."""

    def __init__(
        self, directory: Path, top: Path, base: Base, entries: Sequence[TreeEntry]
    ) -> None:
        self.directory = directory
        self.top = top
        self.base = base
        self.rev_entries = {entry.path: entry for entry in entries if _compared(entry.path)}
        self.rev_blobs = {path: entry.blob for path, entry in self.rev_entries.items()}
        self.tree = scan_working_tree(directory, self.rev_blobs)
        self.changed = sorted(_differing(self.rev_blobs, self.tree.blobs))
        self.parsed_files = 0
        self.judged = 0
        self.seeds_read = 0
        self.cache = cache_for(directory)
        self.rev_facts: tuple[FactBase, dict[str, Any]] | None = None

    def run(self) -> Outcome:
        if not self.changed:
            nothing: Model = {"sources": [], "claims": [], "conflicts": [], "coverage": {}}
            return Outcome(compare(nothing, nothing, self.base), self._work(0))
        if not any(path.startswith(SEEDS) for path in self.rev_blobs):
            raise Fallback(f"no {SEEDS_DIR}/ at {self.base.rev}")
        with tempfile.TemporaryDirectory(prefix="factspec-impact-") as folder:
            return self._compare(Path(folder))

    def _work(self, affected: int) -> Work:
        return Work(
            changed=tuple(self.changed),
            affected_facts=affected,
            feature_files_parsed=self.parsed_files,
            claims_judged=self.judged,
            seeds_read=self.seeds_read,
        )

    # -- loading -------------------------------------------------------------

    def _compare(self, rev_root: Path) -> Outcome:
        changed = set(self.changed)
        # REV's changed files, and only those, come out of git: into rev_root so that they
        # are read by the very functions that read the working tree.
        at_rev = [self.rev_entries[path] for path in self.changed if path in self.rev_entries]
        self.rev_facts = self._cached_rev_facts() if FACTS_FILE in changed else None
        wanted = [e.blob for e in at_rev if not (e.path == FACTS_FILE and self.rev_facts)]
        rev_bytes = read_blobs(self.top, wanted)
        write_entries(rev_root, [e for e in at_rev if e.path != FACTS_FILE], rev_bytes)
        before, now = self._sides(rev_root, rev_bytes, changed)
        affected = _Affected(before, now, changed)
        self._read_claims(before, now, rev_root, changed, affected)
        selected = self._select(before, now, affected)
        before_model, now_model = self._models(before, now, affected, selected, rev_root)
        impact = compare(before_model, now_model, self.base)
        return Outcome(impact, self._work(len(affected.facts)))

    def _sides(
        self, rev_root: Path, rev_bytes: dict[str, bytes], changed: set[str]
    ) -> tuple[Side, Side]:
        """Both sides' facts and locks, REV first (as the full comparison reads them)."""
        now_facts = self.tree.contents[FACTS_FILE]
        if FACTS_FILE in changed:
            before_facts = self.rev_facts or self._rev_facts(rev_bytes)
            now_facts_loaded = _load_facts(now_facts, self.directory, self.cache)
        else:  # one parse serves both sides
            before_facts = now_facts_loaded = _load_facts(now_facts, self.directory, self.cache)
        has_lock = (LOCK_FILE in self.rev_blobs, LOCK_FILE in self.tree.blobs)
        if has_lock[0] != has_lock[1]:
            raise Fallback(f"{LOCK_FILE} exists on one side only")
        if not has_lock[0]:
            pinned_before = pinned_now = None
        elif LOCK_FILE in changed:
            pinned_before, pinned_now = read_lock(rev_root), read_lock(self.directory)
        else:
            pinned_before = pinned_now = read_lock(self.directory)

        def now_seed(name: str) -> bytes:
            return (self.directory / SEEDS_DIR / name).read_bytes()

        def rev_seed(name: str) -> bytes:
            path = SEEDS + name
            return rev_bytes[self.rev_blobs[path]] if path in changed else now_seed(name)

        def listing(paths: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
            paths = list(paths)
            seeds = frozenset(p.removeprefix(SEEDS) for p in paths if p.startswith(SEEDS))
            return seeds, frozenset(p for p in paths if p.startswith(FEATURES))

        before = Side(*before_facts, pinned_before, *listing(self.rev_blobs), rev_seed)
        now = Side(*now_facts_loaded, pinned_now, *listing(self.tree.blobs), now_seed)
        return before, now

    def _cached_rev_facts(self) -> tuple[FactBase, dict[str, Any]] | None:
        """REV's facts.yaml from the cache by its git blob id, without reading it from git."""
        if self.cache is None:
            return None
        key = self.cache.get(BLOB_KIND, self.rev_blobs[FACTS_FILE])
        if not isinstance(key, str):
            return None
        return cached_by_key(key, FACTS_FILE, project_dir=None, cache=self.cache)

    def _rev_facts(self, rev_bytes: dict[str, bytes]) -> tuple[FactBase, dict[str, Any]]:
        """REV's facts.yaml parsed (or taken from the cache by content), and its blob id
        remembered for the next run."""
        blob = self.rev_blobs[FACTS_FILE]
        if self.cache is None:
            return _load_facts(rev_bytes[blob], None, None)
        factbase, plain, key = cached_with_data(
            rev_bytes[blob], FACTS_FILE, project_dir=None, cache=self.cache
        )
        self.cache.put(BLOB_KIND, blob, key)
        return factbase, plain

    # -- claims --------------------------------------------------------------

    def _read_claims(
        self, before: Side, now: Side, rev_root: Path, changed: set[str], affected: _Affected
    ) -> None:
        """Parse the changed feature files on their sides, and of the others those that can
        hold a claim about the affected facts or changed sources."""
        shared = sorted((before.feature_files & now.feature_files) - changed)
        unread = []
        for path in shared:
            text = self.tree.contents[path].decode("utf-8", "replace")
            # An outline's steps are built from <placeholders>: their words are not in the file.
            if "<" in text or not affected.names.isdisjoint(_tokens(text)):
                self._parse_shared(path, before, now)
            else:
                unread.append(path)
        for side, root in ((before, rev_root), (now, self.directory)):
            for path in sorted(side.feature_files & changed):
                self.parsed_files += 1
                for claim in load_feature_file(root / path, path):
                    side.claims[claim.id] = claim
        features_changed = not changed.isdisjoint(before.feature_files | now.feature_files)
        if features_changed and not (before.claims and now.claims):
            # A side may have lost its last claim ("no claims found"): read the rest to know.
            for path in unread:
                self._parse_shared(path, before, now)
            if not (before.claims and now.claims):
                raise Fallback("no claims on one side")

    def _parse_shared(self, path: str, before: Side, now: Side) -> None:
        self.parsed_files += 1
        for claim in load_feature_file(self.directory / path, path):
            before.claims[claim.id] = now.claims[claim.id] = claim

    def _select(self, before: Side, now: Side, affected: _Affected) -> set[str]:
        """The ids of the claims whose record can differ between the sides."""
        changed = set(self.changed)
        selected: set[str] = set()
        checkers = {id(side): _parse_checker(side) for side in (before, now)}
        for claim_id in sorted(before.claims.keys() | now.claims.keys()):
            sides = [side for side in (before, now) if claim_id in side.claims]
            claim = sides[0].claims[claim_id]
            if claim.feature in changed:
                relevant = True
            else:
                words = _tokens(" ".join(step.text for step in claim.steps))
                if affected.names.isdisjoint(words):
                    continue
                relevant = False
            for side in sides:
                result = checkers[id(side)].check(side.claims[claim_id])
                side.checked[claim_id] = result
                named = {cell.source_id for cell in result.cells}
                # Resting on an affected fact is what moves a record. An unreadable step and a
                # changed source named are cheap insurance on top: with today's grammar either
                # one already brings in an affected fact, or moves nothing compare() shows.
                relevant = (
                    relevant
                    or bool(result.problems)
                    or not affected.facts.isdisjoint(result.facts)
                    or not affected.sources.isdisjoint(named)
                )
            if relevant:
                selected.add(claim_id)
        return selected

    # -- models --------------------------------------------------------------

    def _models(
        self, before: Side, now: Side, affected: _Affected, selected: set[str], rev_root: Path
    ) -> tuple[Model, Model]:
        before_needs = _Needs.of(before, affected, selected)
        now_needs = _Needs.of(now, affected, selected)
        before_texts, now_texts = self._texts(before_needs, now_needs, rev_root)
        return (
            self._model(before, affected, selected, before_needs, before_texts),
            self._model(now, affected, selected, now_needs, now_texts),
        )

    def _texts(
        self, before: _Needs, now: _Needs, rev_root: Path
    ) -> tuple[dict[str, SourceText], dict[str, SourceText]]:
        """Each side's seed texts; a file with the same bytes on both sides is read once."""
        changed = {path.removeprefix(SEEDS) for path in self.changed if path.startswith(SEEDS)}
        from_rev = sorted(before.present & changed)
        from_tree = sorted(now.present | (before.present - changed))
        self.seeds_read += len(from_rev) + len(from_tree)
        tree = Corpus.load(self.directory / SEEDS_DIR, from_tree) if from_tree else Corpus({})
        rev = Corpus.load(rev_root / SEEDS_DIR, from_rev) if from_rev else Corpus({})
        before_texts = {name: (rev if name in changed else tree)[name] for name in before.present}
        return before_texts, {name: tree[name] for name in now.present}

    def _model(
        self,
        side: Side,
        affected: _Affected,
        selected: set[str],
        needs: _Needs,
        texts: dict[str, SourceText],
    ) -> Model:
        """The coverage model of ``side`` (as matrix.build_model shapes it) over the affected
        claims, conflicts and coverage only; every source is listed."""

        def wanted(fact: Fact, evidence: Evidence) -> bool:
            return fact.id in needs.facts or evidence.source in affected.coverage

        corpus = Corpus(texts)
        resolved, unresolved = resolve_evidence(side.factbase, corpus, only=wanted)
        project = Project(self.directory, side.factbase, corpus, tuple(resolved), unresolved)
        checker = Checker(project, lock_status_of(side, needs.files))
        records = []
        for claim_id in sorted(selected & side.claims.keys()):
            self.judged += 1
            records.append(checker.record(checker.check(side.claims[claim_id])))
        covered = {
            source.file: texts[source.file]
            for source in side.factbase.sources
            if source.id in affected.coverage and source.file in texts
        }
        return {
            **table_model(side.factbase, records),
            "fingerprint": None,  # of the whole corpus; compare() never reads it
            "conflicts": [c for c in conflicts(project) if c["fact"] in affected.facts],
            "coverage": coverage_model(replace(project, corpus=Corpus(covered))),
        }


@dataclass(frozen=True)
class _Needs:
    """What one side must resolve and read for its partial model."""

    facts: frozenset[str]  # resolved whole: the selected claims' facts, the affected facts
    files: frozenset[str]  # the seed files their evidence cites, and the covered sources'
    present: frozenset[str]  # those of ``files`` that exist on the side

    @classmethod
    def of(cls, side: Side, affected: _Affected, selected: set[str]) -> _Needs:
        resting = [side.checked[c].facts for c in selected if c in side.checked]
        here = {fact.id for fact in side.factbase.facts}
        start = {*(affected.facts & here), *(fact for facts in resting for fact in facts)}
        facts = _down(side.factbase, start)
        files = {
            side.file_of[evidence.source]
            for fact in facts
            for evidence in side.factbase.fact(fact).evidence
        }
        files |= {side.file_of[s] for s in affected.coverage if s in side.file_of}
        present = {name for name in files if side.present(name)}
        return cls(frozenset(facts), frozenset(files), frozenset(present))


def _parse_checker(side: Side) -> Checker:
    """A checker without evidence: it reads steps and names the facts a claim rests on."""
    empty = Project(Path(), side.factbase, Corpus({}), (), {})
    return Checker(empty, None)


class _Affected:
    """What an edit can have moved, from the two versions of facts.yaml, the lock and seeds."""

    def __init__(self, before: Side, now: Side, changed: set[str]) -> None:
        old, new = before.data, now.data
        settings = [{k: v for k, v in d.items() if k not in ENTRY_SECTIONS} for d in (old, new)]
        if settings[0] != settings[1]:
            raise Fallback("version, tolerance or units changed")
        old_sources, new_sources = (_by_key(d["sources"]) for d in (old, new))
        common = old_sources.keys() & new_sources.keys()
        if [s for s in old_sources if s in common] != [s for s in new_sources if s in common]:
            # Source order decides every "between sources" conflict's a and b.
            raise Fallback("the sources were reordered")
        changed_sources = _differing(old_sources, new_sources)
        changed_facts = _differing(*(_by_key(d["facts"]) for d in (old, new)))
        changed_ignores = _differing(*(_grouped(d.get("ignore", []), "source") for d in (old, new)))
        seeds = {path.removeprefix(SEEDS) for path in changed if path.startswith(SEEDS)}
        lock_lines = set()
        if before.pinned is not None and now.pinned is not None:
            lock_lines = _differing(before.pinned, now.pinned)
        # Sources whose text changed, and files whose standing with the lock may differ.
        seed_sources = {s for side in (before, now) for s, f in side.file_of.items() if f in seeds}
        touched = seeds | lock_lines
        resting = set(changed_facts)
        for side in (before, now):
            for fact in side.factbase.facts:
                for evidence in fact.evidence:
                    if evidence.source in changed_sources or (
                        side.file_of[evidence.source] in touched
                    ):
                        resting.add(fact.id)
                        break
        derived: dict[str, set[str]] = {}  # operand → the facts derived from it
        family: dict[str, set[str]] = {}  # both directions: a claim names one, rests on all
        for side in (before, now):
            for fact in side.factbase.facts:
                for operand in fact.operands:
                    derived.setdefault(operand, set()).add(fact.id)
                    family.setdefault(operand, set()).add(fact.id)
                    family.setdefault(fact.id, set()).add(operand)
        self.facts: frozenset[str] = frozenset(_closure(resting, derived))
        """Facts whose value, evidence, lock standing or conflicts can differ."""
        self.sources: frozenset[str] = frozenset(changed_sources | seed_sources)
        """Sources whose entry or text changed: a claim naming one is judged again."""
        cited = {
            evidence.source
            for side in (before, now)
            for fact in side.factbase.facts
            if fact.id in changed_facts
            for evidence in fact.evidence
        }
        self.coverage: frozenset[str] = frozenset(self.sources | changed_ignores | cited)
        """Sources whose corpus coverage can differ."""
        self.names: frozenset[str] = frozenset(_closure(self.facts, family) | self.sources)
        """The ids a step must name for its claim to reach anything affected."""
