"""A project folder (``facts.yaml`` and/or ``facts/*.yaml``, ``seeds/``, ``features/``)
loaded once per run.

Every check reads the corpus afresh through `Project.load`: the facts are validated, each
registered source is read exactly once, and every evidence quote is located and read.
Anything unusable raises `FactspecError` with all its problems; what is merely wrong
(a quote not found, a number in the wrong unit) is kept as findings for the linter.
"""

from __future__ import annotations

import errno
import gc
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from factspec.model.cache import CacheStore, cache_for
from factspec.model.evidence import EvidenceMemo, ResolvedEvidence, resolve_evidence
from factspec.model.factbase import FACTS_DIR, FactBase, has_fact_files, load_factbase
from factspec.model.figures import read_figures, read_plain_figures, read_unread_figures
from factspec.read.corpus import Corpus, SourceText
from factspec.read.problems import FactspecError, Problem
from factspec.read.quantity import Quantity, UnreadFigure

FACTS_FILE = "facts.yaml"
SEEDS_DIR = "seeds"
FEATURES_DIR = "features"

# Files that may sit beside the sources in seeds/ without being sources themselves.
SEED_METADATA_FILES = frozenset({"SHA256SUMS"})

# What Path.exists() takes for "not there" (errno, and Windows error codes: not ready,
# invalid name, symlink loop); any other error it raises.
_ABSENT = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})
_ABSENT_WINDOWS = frozenset({21, 123, 1921})


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Hold the cycle collector off while a project loads.

    Loading allocates hundreds of thousands of long-lived containers (the YAML tree, the
    models, the readings) and creates next to no cyclic garbage; every collection the
    allocations trigger walks the growing heap for nothing, a fifth of the load at 10k
    sources. Reference counting still frees everything else at once.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _exists(path: str) -> bool:
    """`Path.exists` without building a Path: one stat per registered source, 10k a run."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno in _ABSENT or getattr(error, "winerror", None) in _ABSENT_WINDOWS:
            return False
        raise
    except ValueError:  # an embedded NUL byte
        return False
    return True


@dataclass(frozen=True)
class Project:
    """A loaded project: the validated facts, the sources they cite, and resolved evidence."""

    root: Path
    factbase: FactBase
    corpus: Corpus
    evidence: tuple[ResolvedEvidence, ...]
    unresolved: dict[str, list[Problem]]  # fact id → evidence that could not be proven
    # The store the project was loaded with; further readings (`figures`) are kept there too.
    cache: CacheStore | None = field(default=None, compare=False, repr=False)

    @property
    def findings(self) -> tuple[Problem, ...]:
        """Every evidence problem, in facts.yaml order."""
        return tuple(problem for problems in self.unresolved.values() for problem in problems)

    @classmethod
    def load(cls, root: Path, *, cache: CacheStore | bool | None = True) -> Project:
        """Load ``root``; raise `FactspecError` when facts.yaml or a source cannot be used.

        ``cache``: the project's `.factspec_cache/` unless caching is off for this process
        (``--no-cache``); False for none; or a given store. The result is the same either
        way — the cache only skips work whose inputs are unchanged."""
        root = Path(root)
        store = cache_for(root) if cache is True else (cache or None)
        if not has_fact_files(root):
            raise FactspecError(
                [
                    Problem(
                        FACTS_FILE,
                        None,
                        f"no {FACTS_FILE} (nor {FACTS_DIR}/*.yaml) in the project folder",
                        "run factspec in a folder holding facts.yaml, seeds/ and features/",
                    )
                ]
            )
        with _no_cycle_collection():
            factbase = load_factbase(root, cache=store)
            # A registered file that is gone is a finding for the evidence that cites it (so
            # the claims resting on it can name it), not a reason to refuse the whole project.
            seeds = os.fspath(root / SEEDS_DIR)
            present = [s.file for s in factbase.sources if _exists(os.path.join(seeds, s.file))]
            corpus = Corpus.load(root / SEEDS_DIR, present)
            memo = EvidenceMemo(store, factbase) if store is not None else None
            resolved, unresolved = resolve_evidence(factbase, corpus, memo=memo)
        return cls(root, factbase, corpus, tuple(resolved), unresolved, store)

    @cached_property
    def figures(self) -> dict[str, tuple[Quantity, ...]]:
        """Source id → every figure of its text, each source read once (`read_figures`)."""
        return read_figures(self.factbase, self.texts, self.cache)

    @cached_property
    def unread_figures(self) -> dict[str, tuple[UnreadFigure, ...]]:
        """Source id → the numbers of its text the reader cannot read (`read_unread_figures`)."""
        return read_unread_figures(self.factbase, self.texts, self.cache)

    @cached_property
    def plain_figures(self) -> dict[str, tuple[Quantity, ...]]:
        """Source id → its figures read without ambiguous unit words, for the sources using
        one (`read_plain_figures`)."""
        return read_plain_figures(self.factbase, self.texts, self.cache)

    def source_text(self, source_id: str) -> SourceText:
        """The raw text of the source with id ``source_id``."""
        return self.corpus[self.factbase.source(source_id).file]

    @property
    def texts(self) -> dict[str, SourceText]:
        """File name → text of every registered source that is present."""
        return {s.file: self.corpus[s.file] for s in self.factbase.sources if s.file in self.corpus}

    def texts_by_id(self) -> dict[str, str]:
        """Source id → full text of every registered source that is present: the text the
        reports' quote offsets count in (the one place this map is built)."""
        corpus = self.corpus
        return {s.id: corpus[s.file].text for s in self.factbase.sources if s.file in corpus}

    def missing_sources(self) -> list[Problem]:
        """Registered sources whose file is gone, at their entry in facts.yaml."""
        return [
            Problem(
                self.factbase.file_of(source),
                self.factbase.line_of(source, "file"),
                f"source {source.id}: seeds/{source.file} is missing",
                "restore the file, or remove the source and its evidence from the fact files",
            )
            for source in self.factbase.sources
            if source.file not in self.corpus
        ]

    def unregistered_seed_files(self) -> list[str]:
        """Files in seeds/ that facts.yaml does not register as sources."""
        registered = {source.file for source in self.factbase.sources}
        seeds = self.root / SEEDS_DIR
        on_disk = sorted(
            path.name
            for path in seeds.iterdir()
            if not path.name.startswith(".") and path.name not in SEED_METADATA_FILES
        )
        return [name for name in on_disk if name not in registered]
