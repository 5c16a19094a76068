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
"""

from __future__ import annotations

import dataclasses
import math
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from fractions import Fraction
from typing import Literal

from factspec.judge.checker import Checker
from factspec.model.evidence import ResolvedEvidence, read_evidence_number
from factspec.model.factbase import Evidence, Fact, FactBase, Source
from factspec.model.grammar import Relation, Requirement
from factspec.model.project import Project
from factspec.model.values import SourceValues
from factspec.read.corpus import Corpus, SourceText, fold, locate_quote
from factspec.read.features import Claim
from factspec.read.problems import FactspecError, Problem
from factspec.read.quantity import Quantity, read_quantities

NUMBER: Literal["number"] = "number"
SENTENCE: Literal["sentence"] = "sentence"
MutantKind = Literal["number", "sentence"]

#: How far a number moves, in units of the fact's tolerance t: far enough that "about X"
#: (X ± t) and the mutant's own "about" interval cannot overlap, so a claim can tell.
SHIFT_IN_TOLERANCES = 3


# ---------------------------------------------------------------------------
# Numerals: where the digits (or number words) of a reading stand, and new ones to write
# ---------------------------------------------------------------------------

_HYPHENS = "-\u2010\u2011"
# A numeral stands alone: glued to letters it is a name ("H100"), after letter-hyphen too
# ("GPT-4"). The German stray space after a decimal comma ("1, 3 Millionen") belongs to the
# numeral: inside one reading's span the reader has already taken it as a decimal comma.
_DIGITS = {
    "de": re.compile(
        rf"(?<![^\W_])(?<![^\W\d_][{_HYPHENS}])"
        r"(?P<int>[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:, ?(?P<frac>[0-9]+))?(?![0-9])"
    ),
    "en": re.compile(
        rf"(?<![^\W_])(?<![^\W\d_][{_HYPHENS}])"
        r"(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?(?![0-9])"
    ),
}
_SEPARATORS = {"de": (".", ","), "en": (",", ".")}  # (digit group, decimal mark)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# "zehnmal", "Zehnfache", "tenfold": the cardinal and the multiple suffix, which the digits
# keep ("13-mal", "13-Fache", "13-fold") so that the mutant is still a multiple.
_MULTIPLE_WORD = {
    "de": re.compile(r"(?P<stem>.+?)(?P<suffix>mal|fach(?:e[nrsm]?)?)", re.IGNORECASE),
    "en": re.compile(r"(?P<stem>.+?)(?P<suffix>fold)", re.IGNORECASE),
}
# Words that are multiples without a suffix ("halb so viele", "twice as many"); their
# digits need the multiple written out ("0,7-mal so viele").
_BARE_MULTIPLES = {
    "de": {"halb": Fraction(1, 2), "doppelt": Fraction(2)},
    "en": {"half": Fraction(1, 2), "twice": Fraction(2)},
}
_TIMES_SUFFIX = {"de": "-mal", "en": " times"}
# A cardinal is valued by the reader itself, followed by this unit: the mutator then never
# disagrees with the reader about what "sieben" or "einundzwanzig" is.
_PROBE_UNIT = {"de": "Prozent", "en": "percent"}
_MAX_WORD_DECIMALS = 6


@dataclass(frozen=True)
class Numeral:
    """The digits or number word of one figure, at source offsets ``[start, end)``."""

    start: int
    end: int
    value: Fraction  # the numeral alone, before scale word, unit factor and sign
    decimals: int  # the precision to write a replacement in
    grouped: bool  # written with digit group separators ("16.000")
    suffix: str = ""  # written after new digits: "-mal" for "zehnmal", "" for digits


def find_numerals(text: str, start: int, end: int, lang: str) -> list[Numeral]:
    """The numerals of the reading at ``text[start:end]``: digits, else number words."""
    span = text[start:end]
    digits = [_digit_numeral(match, start) for match in _DIGITS[lang].finditer(span)]
    if digits:
        return digits
    words = (_word_numeral(match, start, lang) for match in _WORD.finditer(span))
    return [numeral for numeral in words if numeral is not None]


def _digit_numeral(match: re.Match[str], offset: int) -> Numeral:
    whole = int(re.sub(r"[.,]", "", match.group("int")))
    frac = match.group("frac") or ""
    value = whole + Fraction(int(frac or 0), 10 ** len(frac))
    grouped = not match.group("int").isdigit()
    return Numeral(offset + match.start(), offset + match.end(), value, len(frac), grouped)


def _word_numeral(match: re.Match[str], offset: int, lang: str) -> Numeral | None:
    word = match.group()
    start, end = offset + match.start(), offset + match.end()
    bare = _BARE_MULTIPLES[lang].get(word.lower())
    if bare is not None:
        return Numeral(start, end, bare, _places(bare), False, _TIMES_SUFFIX[lang])
    multiple = _MULTIPLE_WORD[lang].fullmatch(word)
    stem, suffix = (multiple["stem"], f"-{multiple['suffix']}") if multiple else (word, "")
    value = _cardinal(stem, lang)
    if value is None:
        return None
    return Numeral(start, end, value, _places(value), False, suffix)


def _cardinal(word: str, lang: str) -> Fraction | None:
    """What the reader takes ``word`` for as a cardinal ("sieben" → 7), or None."""
    probe = f"{word} {_PROBE_UNIT[lang]}"
    readings = read_quantities(probe, lang)
    if len(readings) == 1 and readings[0].text == probe and readings[0].unit == "percent":
        return readings[0].value
    return None


def _places(value: Fraction) -> int:
    """The fewest decimals that write ``value`` exactly ("halb" → 1 for 0,5)."""
    for places in range(_MAX_WORD_DECIMALS + 1):
        if (value * 10**places).denominator == 1:
            return places
    return _MAX_WORD_DECIMALS


def shifted(value: Fraction, decimals: int, factor: Fraction, *, up: bool) -> Fraction | None:
    """``value × factor`` at ``decimals`` places, rounded away from ``value``; None below 0.

    Rounding away from the original keeps the change at least 3t ("keep integers integer":
    405 × 1,3 = 526,5 becomes 527, never 526); a shift that rounds back onto the original
    (t = 0) moves one unit of the last digit, so every mutant changes the number.
    """
    unit = 10**decimals
    target = value * factor * unit
    steps = math.ceil(target) if up else math.floor(target)
    if Fraction(steps, unit) == value:
        steps += 1 if up else -1
    if steps < 0:
        return None
    return Fraction(steps, unit)


def format_numeral(value: Fraction, decimals: int, lang: str, *, grouped: bool) -> str:
    """``value`` written in ``lang`` with ``decimals`` places: ``208.000``, ``8,8``, ``221,000``."""
    group, mark = _SEPARATORS[lang]
    whole, frac = divmod(int(value * 10**decimals), 10**decimals)
    digits = f"{whole:,}".replace(",", group) if grouped else str(whole)
    return f"{digits}{mark}{frac:0{decimals}d}" if decimals else digits


def _needs_grouping(numeral: Numeral, value: Fraction) -> bool:
    """Group digits as the source did, and once a number grows past 999 as the press does:
    an ungrouped "1950" beside a noun would be taken for a year by a reader."""
    return numeral.grouped or numeral.value < 1000 <= value


# ---------------------------------------------------------------------------
# Sentences: what a curator retracting a statement deletes
# ---------------------------------------------------------------------------

# A sentence ends at . ! ? or … (and closing quotation marks) before whitespace and a new
# sentence: a capital, a digit or an opening quotation mark.
_SENTENCE_END = re.compile(
    r"[.!?…][\"'\u201c\u201d\u2019\u00bb\u00ab)]*(?P<gap>[^\S\r\n]+)"
    r"(?=(?P<next>[A-ZÄÖÜ0-9\"'\u201e\u201c\u00bb\u00ab(][^\W\d_]*))"
)
# A full stop after these is no sentence end: "ca. 15", "3 Mio. Nutzer", "Dr. Li".
_ABBREVIATION = re.compile(
    r"(?<![^\W_])(?:ca|bzw|vgl|Mio|Mrd|Tsd|Bio|Nr|Dr|Prof|St|vs|etc|usw|ggf|evtl|inkl|"
    r"z\.\s?B|u\.\s?a|d\.\s?h|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Jr|Jan|Feb|Aug|Sep|Sept|Okt|Oct|"
    r"Nov|Dez|Dec|[^\W\d_])\.$"
)
# After digits, a full stop ends the sentence ("als Llama 3. Angesichts …") unless an
# ordinal noun follows: "24. Januar", "2. Quartal".
_ORDINAL_NOUNS = frozenset(
    [
        "januar",
        "jänner",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "quartal",
        "halbjahr",
        "jahrhundert",
        "jahrtausend",
        "platz",
        "rang",
        "stelle",
    ]
)
_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True)
class Sentence:
    """A sentence at ``[start, end)``; deleting it removes ``[start, cut)`` (its trailing gap)."""

    start: int
    end: int
    cut: int


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``; a line break always ends one (headlines have no stop)."""
    sentences: list[Sentence] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for end in _SENTENCE_END.finditer(text, line.start(), line.end()):
            if _ends_sentence(text, line.start(), end):
                sentences.append(_sentence(text, start, end.start("gap"), end.end()))
                start = end.end()
        sentences.append(_sentence(text, start, line.end(), line.end()))
    return [s for s in sentences if s.start < s.end]


def _ends_sentence(text: str, line_start: int, end: re.Match[str]) -> bool:
    stop = end.start() + 1  # just past the . ! ? or …
    before = text[max(line_start, stop - 8) : stop]
    if _ABBREVIATION.search(before):
        return False
    if before[-2:-1].isdigit():
        return end.group("next").lower() not in _ORDINAL_NOUNS
    return True


def _sentence(text: str, start: int, end: int, cut: int) -> Sentence:
    """A sentence without the whitespace before it (page debris such as a leading space)."""
    while start < end and text[start].isspace():
        start += 1
    return Sentence(start, end, cut)


def _sentences_around(sentences: Sequence[Sentence], start: int, end: int) -> Sentence:
    """The run of sentences holding ``[start, end)``, as one deletable span."""
    first = next(s for s in sentences if s.start <= start < s.cut)
    last = next(s for s in sentences if s.start < end <= s.cut)
    return Sentence(first.start, last.end, last.cut)


# ---------------------------------------------------------------------------
# Mutants
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of one source text with ``text`` (empty: delete)."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mutant:
    """One in-memory corpus edit and the evidence it is about."""

    kind: MutantKind
    source: Source
    file: str  # the source as problems name it (seeds/…)
    line: int
    column: int
    before: str  # the reading (number) or the sentence (deletion), in the source's words
    after: str  # what stands there in the mutant; "" for a deletion
    targets: tuple[ResolvedEvidence, ...]  # number: the evidence reading it; sentence: removed
    edit: Edit | None  # None when the mutant could not be built (see ``problem``)
    problem: str = ""

    @property
    def facts(self) -> tuple[str, ...]:
        """The facts whose evidence the mutant changes or removes."""
        return tuple(dict.fromkeys(item.fact.id for item in self.targets))

    def describe(self) -> str:
        """What was changed, in the source's words."""
        if self.kind == SENTENCE:
            return f'deleted the sentence "{self.before}" and the evidence quoting it'
        if self.edit is None:
            return f'cannot change "{self.before}"'
        return f'changed "{self.before}" to "{self.after}"'


def build_mutants(project: Project) -> list[Mutant]:
    """Every mutant of the project's evidence, in facts.yaml order, each edit once.

    Evidence that shares a sentence or a number with another shares its mutant: the edit
    is the same, and counting it twice would inflate the score.
    """
    sentences: dict[str, list[Sentence]] = {}
    by_key: dict[tuple[object, ...], Mutant] = {}
    for item in project.evidence:
        text = project.corpus[item.source.file]
        if item.source.file not in sentences:
            sentences[item.source.file] = split_sentences(text.text)
        candidates = _number_mutants(project, item) if item.quantity is not None else []
        candidates.append(_sentence_mutant(project, item, sentences[item.source.file]))
        for mutant in candidates:
            key = _identity(mutant, item)
            known = by_key.get(key)
            if known is None:
                by_key[key] = mutant
            elif mutant.kind == NUMBER and item not in known.targets:
                by_key[key] = dataclasses.replace(known, targets=(*known.targets, item))
    return list(by_key.values())


def _identity(mutant: Mutant, item: ResolvedEvidence) -> tuple[object, ...]:
    if mutant.edit is None:
        return (mutant.kind, mutant.file, id(item.evidence), mutant.before, mutant.problem)
    return (mutant.kind, mutant.file, mutant.edit)


def _number_mutants(project: Project, item: ResolvedEvidence) -> list[Mutant]:
    assert item.quantity is not None
    text = project.corpus[item.source.file]
    lang = item.source.language
    start = item.location.start + item.quantity.start
    end = item.location.start + item.quantity.end
    before = text.text[start:end]
    numerals = find_numerals(text.text, start, end, lang)
    if not numerals:
        return [_unbuilt(text, item, start, before, f'no numeral found in "{before}"')]
    t = project.factbase.tolerance_for(item.fact)
    if item.quantity.range is not None and len(numerals) == 2:
        return _range_mutants(text, item, start, before, numerals, t, lang)
    mutants = []
    for numeral in numerals:
        for up in (True, False):
            factor = 1 + SHIFT_IN_TOLERANCES * t if up else 1 - SHIFT_IN_TOLERANCES * t
            value = shifted(numeral.value, numeral.decimals, factor, up=up)
            if value is None:
                reason = f'cannot lower "{text.text[numeral.start : numeral.end]}" below zero'
                mutants.append(_unbuilt(text, item, numeral.start, before, reason))
                continue
            grouped = _needs_grouping(numeral, value)
            digits = format_numeral(value, numeral.decimals, lang, grouped=grouped)
            edit = Edit(numeral.start, numeral.end, digits + numeral.suffix)
            after = before[: edit.start - start] + edit.text + before[edit.end - start :]
            line, column = text.line_col(numeral.start)
            mutants.append(
                Mutant(NUMBER, item.source, text.path, line, column, before, after, (item,), edit)
            )
    return mutants


def _range_mutants(
    text: SourceText,
    item: ResolvedEvidence,
    start: int,
    before: str,
    numerals: list[Numeral],
    t: Fraction,
    lang: str,
) -> list[Mutant]:
    """A stated range shifted as a whole, up and down: moving one endpoint past the other
    would not read as a range at all ("49 bis 40"), so both move by the same factor."""
    low, high = numerals
    mutants = []
    for up in (True, False):
        factor = 1 + SHIFT_IN_TOLERANCES * t if up else 1 - SHIFT_IN_TOLERANCES * t
        values = [shifted(n.value, n.decimals, factor, up=up) for n in numerals]
        if None in values:
            mutants.append(_unbuilt(text, item, low.start, before, "cannot lower below zero"))
            continue
        low_text, high_text = (
            format_numeral(v, n.decimals, lang, grouped=_needs_grouping(n, v)) + n.suffix
            for v, n in zip(values, numerals, strict=True)
            if v is not None
        )
        between = text.text[low.end : high.start]
        edit = Edit(low.start, high.end, low_text + between + high_text)
        after = before[: edit.start - start] + edit.text + before[edit.end - start :]
        line, column = text.line_col(low.start)
        mutants.append(
            Mutant(NUMBER, item.source, text.path, line, column, before, after, (item,), edit)
        )
    return mutants


def _unbuilt(
    text: SourceText, item: ResolvedEvidence, offset: int, before: str, problem: str
) -> Mutant:
    line, column = text.line_col(offset)
    return Mutant(NUMBER, item.source, text.path, line, column, before, "", (item,), None, problem)


def _sentence_mutant(
    project: Project, item: ResolvedEvidence, sentences: Sequence[Sentence]
) -> Mutant:
    text = project.corpus[item.source.file]
    span = _sentences_around(sentences, item.location.start, item.location.end)
    removed = tuple(
        other
        for other in project.evidence
        if other.source.file == item.source.file
        and any(loc.start < span.cut and span.start < loc.end for loc in other.locations)
    )
    line, column = text.line_col(span.start)
    sentence = text.text[span.start : span.end]
    edit = Edit(span.start, span.cut, "")
    return Mutant(SENTENCE, item.source, text.path, line, column, sentence, "", removed, edit)


# ---------------------------------------------------------------------------
# Applying a mutant: the edited source, the curator's matching facts.yaml, re-resolved
# ---------------------------------------------------------------------------


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
            factbase.display_path,
            factbase.line_of(evidence, "quote"),
            f"quote not found in {text.path}: {evidence.quote!r}",
        )
    if fact.kind == "statement":
        return ResolvedEvidence(fact, source, evidence, tuple(locations), None)
    reading = read_evidence_number(factbase, fact, source, evidence, text, locations[0])
    if isinstance(reading, Problem):
        return reading
    return ResolvedEvidence(fact, source, evidence, tuple(locations), reading)


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------


class Status(Enum):
    """What became of a mutant."""

    KILLED = "killed"
    SURVIVED = "survived"
    EQUIVALENT = "equivalent"  # survived, and no claim could ever tell (see MutationRun.check)
    INVALID = "invalid"


@dataclass(frozen=True)
class MutantResult:
    """One mutant's outcome: which claims failed, and which rest on its evidence."""

    mutant: Mutant
    status: Status
    reason: str = ""  # why an invalid mutant is invalid
    failed: tuple[Claim, ...] = ()  # claims that passed before and fail on the mutant
    exposed: tuple[Claim, ...] = ()  # passing claims resting on the mutated facts


@dataclass(frozen=True)
class MutationReport:
    """Every mutant's result, the claims that failed before mutation, and the time taken."""

    results: tuple[MutantResult, ...]
    failing_before: tuple[Claim, ...]
    elapsed_ns: int

    def count(self, status: Status) -> int:
        return sum(result.status is status for result in self.results)

    @property
    def valid(self) -> int:
        """Mutants that read as intended: the score's denominator."""
        return len(self.results) - self.count(Status.INVALID) - self.count(Status.EQUIVALENT)

    @property
    def score(self) -> Fraction | None:
        """Killed / valid mutants, exactly; None when no mutant was valid."""
        return Fraction(self.count(Status.KILLED), self.valid) if self.valid else None

    @property
    def survivors(self) -> list[MutantResult]:
        return [r for r in self.results if r.status is Status.SURVIVED]

    @property
    def invalid(self) -> list[MutantResult]:
        return [r for r in self.results if r.status is Status.INVALID]

    @property
    def per_second(self) -> Fraction | None:
        """Mutants built and checked per second (None when no time was measured)."""
        if not self.elapsed_ns:
            return None
        return Fraction(len(self.results) * 10**9, self.elapsed_ns)


@dataclass(frozen=True)
class _Baseline:
    """A claim that passes on the unmutated project, its parsed steps and its facts."""

    claim: Claim
    steps: tuple[Relation | Requirement, ...]
    facts: frozenset[str]


Progress = Callable[[int, int], None]


class MutationRun:
    """Mutants of one loaded project, checked against its claims in-process.

    Claims are parsed once: a mutant changes sources and evidence, never fact ids or units,
    so the parsed steps stay valid. Only the edited source is re-resolved and only claims
    resting on changed facts are re-judged; ``exhaustive=True`` re-resolves every quote and
    re-judges every claim instead (the tests prove both give the same results).
    """

    def __init__(
        self, project: Project, claims: Sequence[Claim], *, exhaustive: bool = False
    ) -> None:
        self.project = project
        self.exhaustive = exhaustive
        self._resolved = {id(item.evidence): item for item in project.evidence}
        self._dependents = _derived_dependents(project.factbase.facts)
        self.passing: list[_Baseline] = []
        self.failing: list[Claim] = []
        checker = Checker(project)
        for claim in claims:
            baseline = self._baseline(checker, claim)
            if baseline is None:
                self.failing.append(claim)
            else:
                self.passing.append(baseline)

    @staticmethod
    def _baseline(checker: Checker, claim: Claim) -> _Baseline | None:
        try:
            steps = tuple(checker.parse(claim, step) for step in claim.steps)
        except FactspecError:
            return None
        result = checker.judge(claim, steps)
        return _Baseline(claim, steps, frozenset(result.facts)) if result.passed else None

    def run(self, progress: Progress | None = None) -> MutationReport:
        """Build every mutant and check it; ``progress(done, total)`` after each."""
        started = time.perf_counter_ns()
        mutants = build_mutants(self.project)
        results = []
        for done, mutant in enumerate(mutants, 1):
            results.append(self.check(mutant))
            if progress is not None:
                progress(done, len(mutants))
        elapsed = time.perf_counter_ns() - started
        return MutationReport(tuple(results), tuple(self.failing), elapsed)

    def check(self, mutant: Mutant) -> MutantResult:
        """Apply ``mutant`` in memory and judge the claims on it."""
        exposed = self._claims_on(self._closure(mutant.facts))
        if mutant.edit is None:
            return MutantResult(mutant, Status.INVALID, mutant.problem, exposed=exposed)
        try:
            project, changed = self.apply(mutant)
        except InvalidMutant as invalid:
            return MutantResult(mutant, Status.INVALID, str(invalid), exposed=exposed)
        checker = Checker(project)
        judged = (
            tuple(b.claim for b in self.passing)
            if self.exhaustive
            else self._claims_on(self._closure(changed))
        )
        wanted = {claim.id for claim in judged}
        failed = tuple(
            b.claim
            for b in self.passing
            if b.claim.id in wanted and not checker.judge(b.claim, b.steps).passed
        )
        if failed:
            return MutantResult(mutant, Status.KILLED, failed=failed, exposed=exposed)
        why = self._equivalence(mutant, project)
        if why:
            return MutantResult(mutant, Status.EQUIVALENT, why, exposed=exposed)
        return MutantResult(mutant, Status.SURVIVED, exposed=exposed)

    def _equivalence(self, mutant: Mutant, project: Project) -> str:
        """Why no claim, present or future, can kill this surviving mutant ("" if one could).

        Verdicts read nothing but what each source allows for each fact. A mutant that
        leaves all of that exactly as it was (the source states the same elsewhere) cannot
        change any verdict. A number moved so that the new statement implies the old one
        (a one-sided bound moved inward: "über 442.000" for "über 340.000") is not a change
        beyond the statement's tolerance: everything the claims relied on still holds.
        """
        facts = self._closure(mutant.facts)
        source = mutant.source.id
        before = SourceValues(self.project.factbase, self.project.evidence)
        after = SourceValues(project.factbase, project.evidence)
        factbase = self.project.factbase
        if all(
            _allowed(factbase, before, f, source) == _allowed(factbase, after, f, source)
            for f in facts
        ):
            return "the source still allows exactly the same values: it says the same elsewhere"
        if mutant.kind == NUMBER and all(
            _implies(project, target, source) for target in mutant.targets
        ):
            return "the new statement implies the old one: not a change beyond its tolerance"
        return ""

    def apply(self, mutant: Mutant) -> tuple[Project, frozenset[str]]:
        """The mutated project, and the facts whose evidence now reads differently.

        Raises `InvalidMutant` when the edit breaks evidence it was not meant to remove or
        leaves the targeted reading unchanged.
        """
        assert mutant.edit is not None
        base = self.project
        old_text = base.corpus[mutant.source.file]
        edit = mutant.edit
        new_text = old_text.text[: edit.start] + edit.text + old_text.text[edit.end :]
        if mutant.kind == NUMBER:
            replaced: dict[int, Evidence | None] = self._rewrite_quotes(mutant.source.file, edit)
        else:
            replaced = {id(item.evidence): None for item in mutant.targets}
        factbase = factbase_with(base.factbase, replaced)
        sources = dict(base.corpus.sources)
        sources[mutant.source.file] = SourceText.from_text(old_text.path, new_text)
        corpus = Corpus(sources)
        origin = {id(new): old for old, new in replaced.items() if new is not None}
        resolved = self._resolve(factbase, corpus, mutant.source.file, origin)
        changed = self._changed(mutant, replaced, resolved)
        project = dataclasses.replace(
            base,
            factbase=factbase,
            corpus=corpus,
            evidence=tuple(item for item, _ in resolved),
        )
        return project, changed

    def _rewrite_quotes(self, file: str, edit: Edit) -> dict[int, Evidence | None]:
        """Every evidence quote in source ``file`` that covers the edit, updated to match."""
        text = self.project.corpus[file]
        old = text.text[edit.start : edit.end]
        replaced: dict[int, Evidence | None] = {}
        for item in self.project.evidence:
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
        self, factbase: FactBase, corpus: Corpus, file: str, origin: dict[int, int]
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
                before = self._resolved.get(first)
                source = factbase.source(evidence.source)
                text = corpus.get(source.file)
                if before is None or text is None:
                    continue  # unproven before the mutation: nothing to take over or compare
                if source.file != file and not self.exhaustive:
                    item = before if before.fact is fact else dataclasses.replace(before, fact=fact)
                    resolved.append((item, first))
                    continue
                outcome = resolve_one(factbase, fact, source, evidence, text)
                if not isinstance(outcome, ResolvedEvidence):
                    raise InvalidMutant(_without_fix(outcome))
                resolved.append((outcome, first))
        return resolved

    def _changed(
        self,
        mutant: Mutant,
        replaced: dict[int, Evidence | None],
        resolved: Iterable[tuple[ResolvedEvidence, int]],
    ) -> frozenset[str]:
        """The facts whose evidence reads differently; invalid when a target does not."""
        changed = {self._resolved[first].fact.id for first, new in replaced.items() if new is None}
        now = {first: item for item, first in resolved}
        for first, item in now.items():
            before = self._resolved.get(first)
            if before is not None and _reading(before) != _reading(item):
                changed.add(item.fact.id)
        if mutant.kind == NUMBER:
            for target in mutant.targets:
                after = now[id(target.evidence)]
                if _value(after.quantity) == _value(target.quantity):
                    raise InvalidMutant(
                        f'"{mutant.after}" still reads as "{mutant.before}" '
                        f"for fact {target.fact.id}"
                    )
        return frozenset(changed)

    def _closure(self, facts: Iterable[str]) -> frozenset[str]:
        """``facts`` and every derived fact computed from them, directly or not."""
        found = set(facts)
        pending = list(found)
        while pending:
            for dependent in self._dependents.get(pending.pop(), ()):
                if dependent not in found:
                    found.add(dependent)
                    pending.append(dependent)
        return frozenset(found)

    def _claims_on(self, facts: frozenset[str]) -> tuple[Claim, ...]:
        """The passing claims whose relations rest on any of ``facts``."""
        return tuple(b.claim for b in self.passing if b.facts & facts)


def _derived_dependents(facts: Iterable[Fact]) -> dict[str, list[str]]:
    """Operand fact id → the derived facts computed from it."""
    dependents: dict[str, list[str]] = {}
    for fact in facts:
        for operand in fact.operands:
            dependents.setdefault(operand, []).append(fact.id)
    return dependents


def _without_fix(problem: Problem) -> str:
    """A problem as a mutant's reason: where and what; the curator's fix does not apply."""
    return str(dataclasses.replace(problem, fix=""))


def _value(quantity: Quantity | None) -> tuple[object, ...]:
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


def format_fraction(value: Fraction, places: int) -> str:
    """``value`` with ``places`` decimals, rounded down (so 99.96 % never shows as 100.0)."""
    scaled = math.floor(value * 10**places)
    whole, frac = divmod(scaled, 10**places)
    return f"{whole}.{frac:0{places}d}" if places else str(whole)


def _allowed(
    factbase: FactBase, values: SourceValues, fact_id: str, source_id: str
) -> tuple[object, ...]:
    """Everything a verdict can read about one fact from one source."""
    if factbase.fact(fact_id).kind == "statement":
        # The set, not the count: a stance said twice is no stronger than said once.
        return (
            "statement",
            frozenset(
                (item.evidence.stance or "", item.evidence.hedged)
                for item in values.evidence(fact_id, source_id)
            ),
        )
    value = values.value(fact_id, source_id)
    if value is None:
        return ("silent",)
    return (value.allowed, value.endpoints, value.hedged, value.conflict)


def _implies(project: Project, target: ResolvedEvidence, source_id: str) -> bool:
    """Whether the mutated reading of ``target`` allows only values the original allowed."""
    old = target.quantity
    for item in project.evidence:
        new = item.quantity
        if item.fact.id != target.fact.id or item.source.id != source_id or new is None:
            continue
        if old is not None and _value(new) != _value(old):
            return new.interval.subset_of(old.interval)
    return False
