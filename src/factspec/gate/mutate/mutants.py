"""Build the mutants of a project's evidence: the numerals and sentences a quote stands on.

A *number mutant* writes each numeral of an evidence reading beyond the fact's tolerance, in
the source's locale and precision; a *sentence mutant* deletes the quote's sentence. This
module only finds the numerals and sentences and builds the edits; `apply` applies them and
`run` judges the claims on them.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from factspec.model.evidence import ResolvedEvidence
from factspec.model.factbase import Source
from factspec.model.project import Project
from factspec.read.corpus import SourceText
from factspec.read.quantity import read_quantities

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
