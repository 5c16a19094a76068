"""Evidence proven against the raw text: each quote located in its source and its number read.

The number is read from the source's own words at the located position, not from the
curator's copy of the quote, so a claim can only ever rest on what the source really says.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factspec.model.cache import CacheStore, content_key
from factspec.model.factbase import Evidence, Fact, FactBase, Source
from factspec.read.corpus import (
    Corpus,
    QuoteLocation,
    SourceText,
    fold,
    locate_quote,
    nearest_passage,
)
from factspec.read.problems import Problem
from factspec.read.progress import track
from factspec.read.quantity import Quantity, QuantityError, read_quantities

#: The readings of quoted words within one run, by everything that decides them: the words,
#: the language, the unit registry (by identity: one per facts.yaml) and the tolerance (as
#: numerator and denominator, cheaper to hash than a Fraction). The same sentence quoted
#: for several facts, or carried by several sources, is read once.
Readings = dict[tuple[str, str, int, int, int], list[Quantity]]


@dataclass(frozen=True, slots=True)
class ResolvedEvidence:
    """One evidence entry with where its quote stands in the source and what it reads as."""

    fact: Fact
    source: Source
    evidence: Evidence
    locations: tuple[QuoteLocation, ...]
    quantity: Quantity | None  # None for statement facts, and when the number could not be read

    @property
    def location(self) -> QuoteLocation:
        """The first place the quote stands (a repeated headline has several)."""
        return self.locations[0]


#: The cache's kind for the table of resolved quotes of one facts file (`model.cache`).
EVIDENCE_KIND = "evidence"

#: What a resolved quote depends on, every part of it: the source's text (its digest), the
#: quote, reads, the source's language, the fact's kind and unit, the tolerance as numerator
#: and denominator, and the project's own units (the digest of their entries).
MemoKey = tuple[str, str, str | None, str, str, str, int, int, str]
#: What is kept of a resolved quote: where it stands, and what it reads as.
MemoValue = tuple[tuple[QuoteLocation, ...], Quantity | None]


class EvidenceMemo:
    """The quotes of one facts file resolved by earlier runs, from the cache.

    One cache entry per facts file holds a table from `MemoKey` to `MemoValue`; an entry
    whose key is unchanged is taken as it is, every other one is located and read again. Only
    quotes that resolved are kept: a problem names lines of the facts file, which move with
    any edit above them, and is cheap to find again. The table is written back only when the
    run used other keys than it held, so it never grows with entries no file has any more.
    """

    def __init__(self, cache: CacheStore, factbase: FactBase) -> None:
        self.cache = cache
        self.key = content_key(EVIDENCE_KIND, factbase.display_path)
        stored = cache.get(EVIDENCE_KIND, self.key)
        self.known: dict[MemoKey, MemoValue] = stored if isinstance(stored, dict) else {}
        self.used: dict[MemoKey, MemoValue] = {}
        units = json.dumps([unit.model_dump(mode="json") for unit in factbase.units])
        self.units = content_key(units)

    def key_of(
        self, factbase: FactBase, fact: Fact, source: Source, evidence: Evidence, text: SourceText
    ) -> MemoKey:
        tolerance = factbase.tolerance_for(fact)
        return (
            text.digest,
            evidence.quote,
            evidence.reads,
            source.language,
            fact.kind,
            fact.unit,
            tolerance.numerator,
            tolerance.denominator,
            self.units,
        )

    def save(self) -> None:
        """Write the table back when this run's keys are not the stored ones."""
        if self.used.keys() != self.known.keys():
            self.cache.put(EVIDENCE_KIND, self.key, self.used)


def resolve_evidence(
    factbase: FactBase,
    corpus: Corpus,
    *,
    only: Callable[[Fact, Evidence], bool] | None = None,
    memo: EvidenceMemo | None = None,
) -> tuple[list[ResolvedEvidence], dict[str, list[Problem]]]:
    """Locate and read every evidence quote; return what resolved, and per fact what did not.

    Problems are kept per fact so that every claim resting on a broken quote can say so,
    instead of quietly losing that source's evidence.

    ``only`` limits the work to the entries it accepts (`factspec impact` resolves just the
    evidence an edit can have moved); the corpus then needs only the files those cite.
    ``memo`` takes what earlier runs resolved, and keeps what this one resolves, for the next.
    """
    resolved: list[ResolvedEvidence] = []
    problems: dict[str, list[Problem]] = {}
    readings: Readings = {}
    for fact in track(factbase.facts, "reading evidence"):
        for evidence in fact.evidence:
            if only is not None and not only(fact, evidence):
                continue
            source = factbase.source(evidence.source)
            text = corpus.get(source.file)
            if text is None:  # the file is missing; Project reports that once, at its entry
                outcome: ResolvedEvidence | list[Problem] = [_source_missing(factbase, evidence)]
            elif memo is None:
                outcome = _resolve_one(factbase, fact, source, evidence, text, readings)
            else:
                key = memo.key_of(factbase, fact, source, evidence, text)
                known = memo.known.get(key)
                if known is not None:
                    outcome = ResolvedEvidence(fact, source, evidence, *known)
                else:
                    outcome = _resolve_one(factbase, fact, source, evidence, text, readings)
                if isinstance(outcome, ResolvedEvidence):
                    memo.used[key] = (outcome.locations, outcome.quantity)
            if isinstance(outcome, ResolvedEvidence):
                resolved.append(outcome)
            else:
                problems.setdefault(fact.id, []).extend(outcome)
    if memo is not None:
        memo.save()
    return resolved, problems


def _source_missing(factbase: FactBase, evidence: Evidence) -> Problem:
    source = factbase.source(evidence.source)
    return Problem(
        factbase.display_path,
        factbase.line_of(evidence, "quote"),
        f"the quote's source {evidence.source} (seeds/{source.file}) is missing",
        "restore the file, or remove the source and its evidence from facts.yaml",
    )


def _resolve_one(
    factbase: FactBase,
    fact: Fact,
    source: Source,
    evidence: Evidence,
    text: SourceText,
    readings: Readings,
) -> ResolvedEvidence | list[Problem]:
    where = factbase.display_path
    locations = locate_quote(text, evidence.quote)
    if not locations:
        return [_quote_not_found(where, factbase.line_of(evidence, "quote"), evidence, text)]
    if fact.kind == "statement":
        return ResolvedEvidence(fact, source, evidence, tuple(locations), None)
    reading = read_evidence_number(
        factbase, fact, source, evidence, text, locations[0], readings=readings
    )
    if isinstance(reading, Problem):
        return [reading]
    return ResolvedEvidence(fact, source, evidence, tuple(locations), reading)


def read_evidence_number(
    factbase: FactBase,
    fact: Fact,
    source: Source,
    evidence: Evidence,
    text: SourceText,
    location: QuoteLocation,
    *,
    readings: Readings | None = None,
) -> Quantity | Problem:
    """Read the one number the evidence carries, from the source's words at ``location``.

    ``readings`` shares what was read across calls within one run (see `Readings`).
    """
    words = text.text[location.start : location.end]
    units = factbase.unit_registry()
    tolerance = factbase.tolerance_for(fact)
    key = (words, source.language, id(units), tolerance.numerator, tolerance.denominator)
    found = readings.get(key) if readings is not None else None
    if found is None:
        try:
            found = read_quantities(words, source.language, units=units, tolerance=tolerance)
        except QuantityError as error:
            message = f"the number in this quote cannot be read: {error}"
            return _at_evidence(factbase, evidence, message, _FIX_READ)
        if readings is not None:
            readings[key] = found
    verdict = _one_number(fact, evidence, words, found)
    if isinstance(verdict, Quantity):
        return verdict
    return _at_evidence(factbase, evidence, *verdict)


def _at_evidence(factbase: FactBase, evidence: Evidence, message: str, fix: str) -> Problem:
    """A problem at the evidence's reads: line, else its quote: line. Looked up only for a
    problem: the line of each of ten thousand entries that read fine is wasted work."""
    line = factbase.line_of(evidence, "reads" if evidence.reads else "quote")
    return Problem(factbase.display_path, line, message, fix)


def _one_number(
    fact: Fact, evidence: Evidence, words: str, found: list[Quantity]
) -> Quantity | tuple[str, str]:
    """The one reading the evidence carries, or what is wrong and how to fix it."""
    candidates = _within_reads(found, words, evidence.reads) if evidence.reads else found
    if evidence.reads and candidates is None:
        return (
            f"reads {evidence.reads!r} does not occur in the quote",
            "copy the part of the quote that carries the number into reads:",
        )
    if isinstance(candidates, CutNumber):
        return (
            f"reads {evidence.reads!r} cuts the number {candidates.number!r} of the quote in two",
            "copy the whole number into reads:, or quote the passage where the figure stands "
            "on its own",
        )
    assert candidates is not None
    if not candidates:
        scope = f"reads {evidence.reads!r}" if evidence.reads else "the quote"
        return f"no number found in {scope}", _FIX_READ
    if len(candidates) > 1:
        spans = ", ".join(repr(q.text) for q in candidates)
        if evidence.reads:
            message = f"reads {evidence.reads!r} holds {len(candidates)} numbers ({spans})"
            fix = "narrow reads: to the one number that carries the fact"
        else:
            message = f"the quote holds {len(candidates)} numbers ({spans})"
            fix = "add reads: with the part of the quote that carries this fact's number"
        return message, fix
    quantity = candidates[0]
    if quantity.unit != fact.unit:
        unit = quantity.unit or "no unit"
        return (
            f"{quantity.text!r} reads as {unit}, but fact {fact.id} is in {fact.unit}",
            "quote the words that carry the unit, or correct the fact's unit",
        )
    return quantity


_FIX_READ = "check the quote with `factspec parse`, or extend the quote to include the number"


@dataclass(frozen=True)
class CutNumber:
    """``reads`` occurs in the quote only inside a longer number ("20" in "220")."""

    number: str


# What joins the digits of one number: decimal and group separators, and the spaces of
# space-grouped thousands ("2 500", with plain, no-break or thin spaces).
_NUMBER_JOINS = frozenset(".,' \u00a0\u202f\u2009")


def _within_reads(
    found: Sequence[Quantity], words: str, reads: str
) -> list[Quantity] | CutNumber | None:
    """The readings that lie inside the ``reads`` part of the quote (None: reads not in it).

    The whole quote is read first and then narrowed, because a number may take its scale
    or unit from words outside ``reads`` ("sieben beziehungsweise 5,7 Milliarden Dollar").
    ``reads`` is taken where it stands on its own: "20 Millionen Euro" is not the tail of
    "220 Millionen Euro" (that would read 220 for 20); where it occurs only so, that is
    `CutNumber`, never a silent misreading.
    """
    folded_words = fold(words)
    key = fold(reads).key.strip()
    if not key:
        return None
    at = folded_words.key.find(key)
    if at < 0:
        return None
    cut: str | None = None
    while at >= 0:
        start, end = folded_words.to_original(at, at + len(key))
        overlapping = [q for q in found if q.start < end and q.end > start]
        number = _cut_number(words, start, end, overlapping)
        if number is None:
            return overlapping
        cut = cut or number
        at = folded_words.key.find(key, at + 1)
    return CutNumber(cut or reads)


def _cut_number(words: str, start: int, end: int, readings: Sequence[Quantity]) -> str | None:
    """The reading whose digits ``words[start:end]`` starts or ends inside, if any."""
    for q in readings:
        inside_start = q.start < start and _digit_joined(words, start - 1, start)
        inside_end = q.end > end and _digit_joined(words, end - 1, end)
        if inside_start or inside_end:
            return words[q.start : q.end]
    return None


def _digit_joined(words: str, left: int, right: int) -> bool:
    """Whether positions ``left`` and ``right`` (adjacent) lie within one run of digits."""
    if left < 0 or right >= len(words):
        return False
    if words[left].isdigit() and words[right].isdigit():
        return True
    if words[left] in _NUMBER_JOINS and words[right].isdigit():
        return left > 0 and words[left - 1].isdigit()
    if words[right] in _NUMBER_JOINS and words[left].isdigit():
        return right + 1 < len(words) and words[right + 1].isdigit()
    return False


def _quote_not_found(where: str, line: int | None, evidence: Evidence, text: SourceText) -> Problem:
    passage = nearest_passage(text, evidence.quote)
    message = f"quote not found in {text.path}"
    if passage is None:
        return Problem(where, line, message, "copy the quote verbatim from the source")
    return Problem(
        where,
        line,
        f"{message}; nearest passage (similarity {passage.score:.0f} %, "
        f'{text.path}:{passage.line}:{passage.column}): "{passage.text}"',
        "copy the source's words exactly, or correct the source id",
    )
