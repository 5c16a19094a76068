"""Apply one mutant to an in-memory copy of a project; the files are never written.

The copy holds the edited source, the curator's matching facts.yaml and the evidence
re-resolved. A number's new digits are written into every evidence quote
(and ``reads``) covering them, as a curator who updated the quote would; a deleted
sentence takes the evidence quoting it along. An edit that does not read as intended
raises `InvalidMutant`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping

from factspec.gate.mutate.mutants import NUMBER, Edit, Mutant
from factspec.model.evidence import ResolvedEvidence, read_evidence_number
from factspec.model.factbase import Evidence, Fact, FactBase, Source
from factspec.model.project import Project
from factspec.read.corpus import Corpus, SourceText, fold, locate_quote
from factspec.read.problems import Problem
from factspec.read.quantity import Quantity


class InvalidMutant(Exception):
    """The mutant does not read as intended; the message says why."""


def rewrite_copy(copy: str, located: str, offset: int, old: str, new: str) -> str | None:
    """``copy`` (a curator's copy of ``located``: equal once folded) with the ``old`` that
    stands at ``offset`` in ``located`` replaced by ``new``; None when it is not there.

    Occurrences are counted on folded keys, so a quote typed with other quotation marks or
    spacing than the source still gets the digits changed in the right place.
    """
    needle, nth = _nth_occurrence(located, offset, old)
    folded = fold(copy)
    found = _occurrences(folded.key, needle)
    if not 0 <= nth < len(found):
        return None
    start, end = folded.to_original(found[nth], found[nth] + len(needle))
    return copy[:start] + new + copy[end:]


def _nth_occurrence(located: str, offset: int, old: str) -> tuple[str, int]:
    """The folded ``old``, and which of its occurrences in ``located`` stands at ``offset``."""
    needle = fold(old).key
    return needle, len(_occurrences(fold(located[: offset + len(old)]).key, needle)) - 1


def _occurrences(key: str, needle: str) -> list[int]:
    """Every offset where ``needle`` starts in ``key``, overlapping ones included."""
    found = []
    at = key.find(needle)
    while at >= 0:
        found.append(at)
        at = key.find(needle, at + 1)
    return found


def _rewritten_evidence(
    evidence: Evidence, located: str, offset: int, old: str, new: str
) -> Evidence:
    """``evidence`` with the numeral changed in its quote and, if it lies there, in reads."""
    quote = rewrite_copy(evidence.quote, located, offset, old, new)
    if quote is None:
        raise InvalidMutant(f'"{old}" cannot be found in the quote "{evidence.quote}"')
    update: dict[str, str] = {"quote": quote}
    if evidence.reads:
        reads = _rewritten_reads(evidence, located, offset, old, new)
        if reads is not None:
            update["reads"] = reads
    return evidence.model_copy(update=update)


def _rewritten_reads(
    evidence: Evidence, located: str, offset: int, old: str, new: str
) -> str | None:
    """The new ``reads`` when the numeral lies inside it, else None (reads unchanged)."""
    assert evidence.reads is not None
    needle, nth = _nth_occurrence(located, offset, old)
    quote_key = fold(evidence.quote).key
    reads_key = fold(evidence.reads).key.strip(" ")
    # Where reads stands in the quote: its first occurrence, as the evidence reader takes it.
    reads_at = quote_key.find(reads_key)
    found = _occurrences(quote_key, needle)
    if reads_at < 0 or not 0 <= nth < len(found):
        return None
    at = found[nth]
    if not reads_at <= at <= reads_at + len(reads_key) - len(needle):
        return None
    inside = [x for x in found if reads_at <= x < at]
    reads_folded = fold(evidence.reads)
    hits = _occurrences(reads_folded.key, needle)
    if len(inside) >= len(hits):
        return None
    start, end = reads_folded.to_original(hits[len(inside)], hits[len(inside)] + len(needle))
    return evidence.reads[:start] + new + evidence.reads[end:]


def factbase_with(factbase: FactBase, replaced: dict[int, Evidence | None]) -> FactBase:
    """``factbase`` with evidence entries replaced or (None) removed, keyed by ``id()``.

    ``model_copy`` keeps each entry's facts.yaml lines, so problems still name the line the
    curator wrote; the id indexes are rebuilt for the new fact objects.
    """
    facts = []
    for fact in factbase.facts:
        if not any(id(evidence) in replaced for evidence in fact.evidence):
            facts.append(fact)
            continue
        evidence = [replaced.get(id(e), e) for e in fact.evidence]
        kept = [e for e in evidence if e is not None]
        facts.append(fact.model_copy(update={"evidence": kept}))
    copy = factbase.model_copy(update={"facts": facts})
    copy.model_post_init(None)  # model_copy skips it: re-index facts and sources
    return copy


def resolve_one(
    factbase: FactBase, fact: Fact, source: Source, evidence: Evidence, text: SourceText
) -> ResolvedEvidence | Problem:
    """Locate and read one evidence entry, as `Project.load` does."""
    locations = locate_quote(text, evidence.quote)
    if not locations:
        return Problem(
            factbase.file_of(evidence),
            factbase.line_of(evidence, "quote"),
            f"quote not found in {text.path}: {evidence.quote!r}",
        )
    if fact.kind == "statement":
        return ResolvedEvidence(fact, source, evidence, tuple(locations), None)
    reading = read_evidence_number(factbase, fact, source, evidence, text, locations[0])
    if isinstance(reading, Problem):
        return reading
    return ResolvedEvidence(fact, source, evidence, tuple(locations), reading)


def apply_mutant(
    project: Project,
    original: Mapping[int, ResolvedEvidence],
    mutant: Mutant,
    *,
    exhaustive: bool,
) -> tuple[Project, frozenset[str]]:
    """The mutated copy of ``project``, and the facts whose evidence now reads differently.

    ``original`` is the project's resolved evidence keyed by ``id()`` of its entry;
    ``exhaustive`` re-resolves every quote instead of the edited source's only.
    Raises `InvalidMutant` when the edit breaks evidence it was not meant to remove or
    leaves the targeted reading unchanged.
    """
    assert mutant.edit is not None
    base = project
    old_text = base.corpus[mutant.source.file]
    edit = mutant.edit
    new_text = old_text.text[: edit.start] + edit.text + old_text.text[edit.end :]
    if mutant.kind == NUMBER:
        replaced: dict[int, Evidence | None] = _rewrite_quotes(base, mutant.source.file, edit)
    else:
        replaced = {id(item.evidence): None for item in mutant.targets}
    factbase = factbase_with(base.factbase, replaced)
    sources = dict(base.corpus.sources)
    sources[mutant.source.file] = SourceText.from_text(old_text.path, new_text)
    corpus = Corpus(sources)
    origin = {id(new): old for old, new in replaced.items() if new is not None}
    resolved = _resolve(
        original, factbase, corpus, mutant.source.file, origin, exhaustive=exhaustive
    )
    changed = _changed(original, mutant, replaced, resolved)
    project = dataclasses.replace(
        base,
        factbase=factbase,
        corpus=corpus,
        evidence=tuple(item for item, _ in resolved),
    )
    return project, changed


def _rewrite_quotes(project: Project, file: str, edit: Edit) -> dict[int, Evidence | None]:
    """Every evidence quote in source ``file`` that covers the edit, updated to match."""
    text = project.corpus[file]
    old = text.text[edit.start : edit.end]
    replaced: dict[int, Evidence | None] = {}
    for item in project.evidence:
        if item.source.file != file:
            continue
        location = next(
            (loc for loc in item.locations if loc.start <= edit.start < edit.end <= loc.end),
            None,
        )
        if location is not None:
            offset = edit.start - location.start
            replaced[id(item.evidence)] = _rewritten_evidence(
                item.evidence, location.text, offset, old, edit.text
            )
    return replaced


def _resolve(
    original: Mapping[int, ResolvedEvidence],
    factbase: FactBase,
    corpus: Corpus,
    file: str,
    origin: dict[int, int],
    *,
    exhaustive: bool,
) -> list[tuple[ResolvedEvidence, int]]:
    """Resolved evidence of the mutant, each with the ``id()`` of its original entry.

    Evidence in untouched sources is taken over (unless exhaustive). Evidence that
    resolved before but not now makes the mutant invalid; evidence that did not resolve
    before stays in the project's ``unresolved``, failing the claims on it as before.
    """
    resolved: list[tuple[ResolvedEvidence, int]] = []
    for fact in factbase.facts:
        for evidence in fact.evidence:
            first = origin.get(id(evidence), id(evidence))
            before = original.get(first)
            source = factbase.source(evidence.source)
            text = corpus.get(source.file)
            if before is None or text is None:
                continue  # unproven before the mutation: nothing to take over or compare
            if source.file != file and not exhaustive:
                item = before if before.fact is fact else dataclasses.replace(before, fact=fact)
                resolved.append((item, first))
                continue
            outcome = resolve_one(factbase, fact, source, evidence, text)
            if not isinstance(outcome, ResolvedEvidence):
                raise InvalidMutant(_without_fix(outcome))
            resolved.append((outcome, first))
    return resolved


def _changed(
    original: Mapping[int, ResolvedEvidence],
    mutant: Mutant,
    replaced: dict[int, Evidence | None],
    resolved: Iterable[tuple[ResolvedEvidence, int]],
) -> frozenset[str]:
    """The facts whose evidence reads differently; invalid when a target does not."""
    changed = {original[first].fact.id for first, new in replaced.items() if new is None}
    now = {first: item for item, first in resolved}
    for first, item in now.items():
        before = original.get(first)
        if before is not None and _reading(before) != _reading(item):
            changed.add(item.fact.id)
    if mutant.kind == NUMBER:
        for target in mutant.targets:
            after = now[id(target.evidence)]
            if stated_value(after.quantity) == stated_value(target.quantity):
                raise InvalidMutant(
                    f'"{mutant.after}" still reads as "{mutant.before}" for fact {target.fact.id}'
                )
    return frozenset(changed)


def _without_fix(problem: Problem) -> str:
    """A problem as a mutant's reason: where and what; the curator's fix does not apply."""
    return str(dataclasses.replace(problem, fix=""))


def stated_value(quantity: Quantity | None) -> tuple[object, ...]:
    """What a reading states: its nominal value or range, and its unit."""
    if quantity is None:
        return ()
    return (quantity.value, quantity.range, quantity.unit)


def _reading(item: ResolvedEvidence) -> tuple[object, ...]:
    """Everything a verdict reads from one evidence entry."""
    quantity = item.quantity
    if quantity is None:
        return (item.evidence.stance, item.evidence.hedged)
    return (quantity.interval, quantity.endpoints, quantity.unit, item.evidence.hedged)
