"""A project folder (``facts.yaml``, ``seeds/``, ``features/``) loaded once per run.

Every check reads the corpus afresh through `Project.load`: the facts are validated, each
registered source is read exactly once, and every evidence quote is located and read.
Anything unusable raises `FactspecError` with all its problems; what is merely wrong
(a quote not found, a number in the wrong unit) is kept as findings for the linter.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factspec.corpus import Corpus, SourceText
from factspec.evidence import ResolvedEvidence, resolve_evidence
from factspec.factbase import FactBase, load_factbase
from factspec.problems import FactspecError, Problem

FACTS_FILE = "facts.yaml"
SEEDS_DIR = "seeds"
FEATURES_DIR = "features"

# Files that may sit beside the sources in seeds/ without being sources themselves.
SEED_METADATA_FILES = frozenset({"SHA256SUMS"})


@dataclass(frozen=True)
class Project:
    """A loaded project: the validated facts, the sources they cite, and resolved evidence."""

    root: Path
    factbase: FactBase
    corpus: Corpus
    evidence: tuple[ResolvedEvidence, ...]
    unresolved: dict[str, list[Problem]]  # fact id → evidence that could not be proven

    @property
    def findings(self) -> tuple[Problem, ...]:
        """Every evidence problem, in facts.yaml order."""
        return tuple(problem for problems in self.unresolved.values() for problem in problems)

    @classmethod
    def load(cls, root: Path) -> Project:
        """Load ``root``; raise `FactspecError` when facts.yaml or a source cannot be used."""
        root = Path(root)
        if not (root / FACTS_FILE).is_file():
            raise FactspecError(
                [
                    Problem(
                        FACTS_FILE,
                        None,
                        f"no {FACTS_FILE} in the project folder",
                        "run factspec in a folder holding facts.yaml, seeds/ and features/",
                    )
                ]
            )
        factbase = load_factbase(root)
        # A registered file that is gone is a finding for the evidence that cites it (so the
        # claims resting on it can name it), not a reason to refuse the whole project.
        present = [s.file for s in factbase.sources if (root / SEEDS_DIR / s.file).exists()]
        corpus = Corpus.load(root / SEEDS_DIR, present)
        resolved, unresolved = resolve_evidence(factbase, corpus)
        return cls(root, factbase, corpus, tuple(resolved), unresolved)

    def source_text(self, source_id: str) -> SourceText:
        """The raw text of the source with id ``source_id``."""
        return self.corpus[self.factbase.source(source_id).file]

    @property
    def texts(self) -> dict[str, SourceText]:
        """File name → text of every registered source that is present."""
        return {s.file: self.corpus[s.file] for s in self.factbase.sources if s.file in self.corpus}

    def missing_sources(self) -> list[Problem]:
        """Registered sources whose file is gone, at their entry in facts.yaml."""
        return [
            Problem(
                self.factbase.display_path,
                self.factbase.line_of(source, "file"),
                f"source {source.id}: seeds/{source.file} is missing",
                "restore the file, or remove the source and its evidence from facts.yaml",
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
