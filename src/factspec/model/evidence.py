"""Evidence proven against the raw text: each quote located in its source and its number read.

The number is read from the source's own words at the located position, not from the
curator's copy of the quote, so a claim can only ever rest on what the source really says.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from factspec.model.cache import CacheStore, content_key
from factspec.model.factbase import Evidence, Fact, FactBase, Source
from factspec.model.figures import units_digest
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
from factspec.read.units import UnitRegistry

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
#: quote, reads, unit_from, the source's language, the fact's kind and unit, the tolerance as
#: numerator and denominator, and the project's own units (the digest of their entries).
MemoKey = tuple[str, str, str | None, str | None, str, str, str, int, int, str]
#: What is kept of a resolved quote: where it stands, and what it reads as.
MemoValue = tuple[tuple[QuoteLocation, ...], Quantity | None]


class EvidenceMemo:
    """The quotes resolved by earlier runs, from the cache: one table per fact file.

    One cache entry per fact file (facts.yaml, each of facts/*.yaml) holds a table from
    `MemoKey` to `MemoValue` for the evidence written in that file; an entry whose key is
    unchanged is taken as it is, every other one is located and read again. A file's table
    is read when the first of its evidence is asked for. Only quotes that resolved are kept:
    a problem names lines of the fact file, which move with any edit above them, and is cheap
    to find again. A table is written back only when the run used other keys than it held,
    so editing one fact file rewrites that file's table alone, and no table grows with
    entries its file no longer has.
    """

    def __init__(self, cache: CacheStore, factbase: FactBase) -> None:
        self.cache = cache
        self.factbase = factbase
        self.known: dict[str, dict[MemoKey, MemoValue]] = {}  # fact file → stored table
        self.used: dict[str, dict[MemoKey, MemoValue]] = {}  # fact file → this run's table
        self.units = units_digest(factbase)

    def _table_key(self, file: str) -> str:
        return content_key(EVIDENCE_KIND, file)

    def _known(self, file: str) -> dict[MemoKey, MemoValue]:
        table = self.known.get(file)
        if table is None:
            stored = self.cache.get(EVIDENCE_KIND, self._table_key(file))
            table = self.known[file] = stored if isinstance(stored, dict) else {}
            self.used[file] = {}
        return table

    def key_of(
        self, factbase: FactBase, fact: Fact, source: Source, evidence: Evidence, text: SourceText
    ) -> MemoKey:
        tolerance = factbase.tolerance_for(fact)
        return (
            text.digest,
            evidence.quote,
            evidence.reads,
            evidence.unit_from,
            source.language,
            fact.kind,
            fact.unit,
            tolerance.numerator,
            tolerance.denominator,
            self.units,
        )

    def get(self, evidence: Evidence, key: MemoKey) -> MemoValue | None:
        """What an earlier run resolved ``evidence`` to under ``key``, if it did."""
        return self._known(self.factbase.file_of(evidence)).get(key)

    def keep(self, evidence: Evidence, key: MemoKey, value: MemoValue) -> None:
        """Keep what this run resolved ``evidence`` to, for the next."""
        file = self.factbase.file_of(evidence)
        self._known(file)
        self.used[file][key] = value

    def save(self) -> None:
        """Write back each file's table whose keys this run changed."""
        for file, used in self.used.items():
            if used.keys() != self.known[file].keys():
                self.cache.put(EVIDENCE_KIND, self._table_key(file), used)


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
                known = memo.get(evidence, key)
                if known is not None:
                    outcome = ResolvedEvidence(fact, source, evidence, *known)
                else:
                    outcome = _resolve_one(factbase, fact, source, evidence, text, readings)
                if isinstance(outcome, ResolvedEvidence):
                    memo.keep(evidence, key, (outcome.locations, outcome.quantity))
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
        factbase.file_of(evidence),
        factbase.line_of(evidence, "quote"),
        f"the quote's source {evidence.source} (seeds/{source.file}) is missing",
        "restore the file, or remove the source and its evidence from the fact files",
    )


def _resolve_one(
    factbase: FactBase,
    fact: Fact,
    source: Source,
    evidence: Evidence,
    text: SourceText,
    readings: Readings,
) -> ResolvedEvidence | list[Problem]:
    where = factbase.file_of(evidence)
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
    verdict = _one_number(fact, evidence, words, found, units, source.language)
    if isinstance(verdict, Quantity):
        return verdict
    return _at_evidence(factbase, evidence, *verdict)


def _at_evidence(
    factbase: FactBase, evidence: Evidence, message: str, fix: str, field: str | None = None
) -> Problem:
    """A problem at ``field``'s line, else the evidence's reads: line, else its quote: line.
    Looked up only for a problem: the line of each of ten thousand entries that read fine is
    wasted work."""
    line = factbase.line_of(evidence, field or ("reads" if evidence.reads else "quote"))
    return Problem(factbase.file_of(evidence), line, message, fix)


def _one_number(
    fact: Fact,
    evidence: Evidence,
    words: str,
    found: list[Quantity],
    units: UnitRegistry,
    lang: str,
) -> Quantity | tuple[str, str] | tuple[str, str, str]:
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
    if evidence.unit_from is not None:
        return _unit_from_words(fact, evidence, words, quantity, units, lang)
    if fact.unit == "percent" and (share := quantity.as_percent()) is not None:
        return share  # "mehr als ein Viertel" is more than 25 %
    if quantity.unit != fact.unit:
        unit = quantity.unit or "no unit"
        return (
            f"{quantity.text!r} reads as {unit}, but fact {fact.id} is in {fact.unit}",
            "quote the words that carry the unit, or correct the fact's unit",
        )
    return quantity


def _unit_from_words(
    fact: Fact, evidence: Evidence, words: str, quantity: Quantity, units: UnitRegistry, lang: str
) -> Quantity | tuple[str, str, str]:
    """A bare number given its unit by other words of its quote (``unit_from:``).

    German and English name what is counted or measured before the number as often as after
    it ("die Zahl der Elektroautos stieg auf 1,4 Millionen"), or once for two figures ("mit 136
    Milliarden Kilowattstunden … vor der Photovoltaik mit 59,5 Milliarden"). The unit is then
    the curator's reading, so it is accepted only where the quote itself holds a word of the
    fact's unit, and only for a number that reads with no unit of its own.
    """
    named_by = str(evidence.unit_from)
    if fold(named_by).key.strip() not in fold(words).key:
        return (
            f"unit_from {named_by!r} does not occur in the quote",
            "copy the quote's words that name the number's unit into unit_from:",
            "unit_from",
        )
    if quantity.unit is not None:
        return (
            f"unit_from is for a number with no unit of its own; {quantity.text!r} reads as "
            f"{quantity.unit}",
            "remove unit_from:",
            "unit_from",
        )
    factors = {
        match.factor
        for start in range(len(named_by))
        if start == 0 or not named_by[start - 1].isalnum()
        if (match := units.match_at(named_by, start, lang)) is not None
        if match.unit == fact.unit
    }
    if not factors:
        return (
            f"unit_from {named_by!r} names no word of unit {fact.unit} (fact {fact.id})",
            f"name the words that carry the unit, or add them to unit {fact.unit}'s words "
            "under units:",
            "unit_from",
        )
    if len(factors) > 1:
        return (
            f"unit_from {named_by!r} names unit {fact.unit} in words of different sizes",
            "copy only the one word that gives this number its unit into unit_from:",
            "unit_from",
        )
    return quantity.scaled_into(fact.unit, factors.pop())


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
