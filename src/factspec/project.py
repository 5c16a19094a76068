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
    findings: tuple[Problem, ...]

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
        registered = [source.file for source in factbase.sources]
        corpus = Corpus.load(root / SEEDS_DIR, registered)
        resolved, findings = resolve_evidence(factbase, corpus)
        return cls(root, factbase, corpus, tuple(resolved), tuple(findings))

    def source_text(self, source_id: str) -> SourceText:
        """The raw text of the source with id ``source_id``."""
        return self.corpus[self.factbase.source(source_id).file]

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
