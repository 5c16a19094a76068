"""Corpus mutation testing: would the claims notice if the corpus said something else?

For every evidence quote, `build_mutants` derives edits a corpus change could make:

- *number mutants*: each numeral of the number the evidence reads is moved beyond the
  fact's tolerance t, by the factors 1 + 3t and 1 − 3t, written in the source's locale and
  precision. The digits change in the source *and* in every evidence quote (and ``reads``)
  that covers them, as a curator who updated the quote would, so that the quotes still
  match and only the claims can notice.
- *sentence mutants*: the quote's sentence is deleted from the source together with every
  evidence entry quoting it, as a curator retracting a statement would.

`MutationRun` applies each mutant to an in-memory copy of the loaded `Project` (the files
are never written), re-resolves the evidence of the edited source and re-judges the claims
resting on what changed. A mutant is *killed* when a claim that passed before now fails,
and *survives* otherwise. A mutant that does not read as intended (a range turned upside
down, a number the reader no longer sees) is *invalid*: reported, never counted in the
score, never silently dropped.

The package keeps the dependency one way: `mutants` builds the edits, `apply` applies one
to an in-memory copy, `run` judges the claims on each copy and scores the run.
"""

from __future__ import annotations

from factspec.gate.mutate.apply import (
    InvalidMutant,
    apply_mutant,
    factbase_with,
    resolve_one,
    rewrite_copy,
)
from factspec.gate.mutate.mutants import (
    NUMBER,
    SENTENCE,
    SHIFT_IN_TOLERANCES,
    Edit,
    Mutant,
    MutantKind,
    Numeral,
    Sentence,
    build_mutants,
    find_numerals,
    format_numeral,
    shifted,
    split_sentences,
)
from factspec.gate.mutate.run import (
    MutantResult,
    MutationReport,
    MutationRun,
    Progress,
    Status,
    format_fraction,
)

__all__ = [
    "NUMBER",
    "SENTENCE",
    "SHIFT_IN_TOLERANCES",
    "Edit",
    "InvalidMutant",
    "Mutant",
    "MutantKind",
    "MutantResult",
    "MutationReport",
    "MutationRun",
    "Numeral",
    "Progress",
    "Sentence",
    "Status",
    "apply_mutant",
    "build_mutants",
    "factbase_with",
    "find_numerals",
    "format_fraction",
    "format_numeral",
    "resolve_one",
    "rewrite_copy",
    "shifted",
    "split_sentences",
]
