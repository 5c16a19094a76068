"""Drafts for the figures no fact accounts for: what a curator would paste into facts.yaml.

For every figure lint reports as covered by no evidence and no ignore entry (and every figure
of a seed facts.yaml does not register yet), a draft: the clause holding the figure as the
quote, the figure as ``reads``, what the reader reads it as, and either the facts in the
figure's unit ranked by the words they share with the clause, or a new fact. A figure
without a unit gets a unit drafted from the word after it; a seed not registered, a source.
Drafts are proposals only: nothing here writes facts.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from factspec.judge.figure_coverage import corpus_coverage
from factspec.model.factbase import Fact, FactBase
from factspec.model.factbase.schema import (
    SOURCE_ID_PATTERN,
    UnitSpec,
    UnitWords,
    extend_registry,
)
from factspec.model.project import SEEDS_DIR, Project
from factspec.read.corpus import Corpus, SourceText
from factspec.read.quantity import Quantity, read_quantities
from factspec.read.units import UnitRegistry

MAX_CANDIDATES = 3


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words too common to tell one fact from another (words under three letters never count).
_STOPWORDS = _wordset(
    "the and for from with that this was were are has have had its into than over about "
    "more less also will would could been their there they them which what when where who "
    "der die das den dem des und ein eine einer eines einem einen mit von vom zum zur für "
    "auf aus bei nach über unter vor ist sind war wird wurde werden soll sollen hat haben "
    "sich als auch noch wie oder nicht dass diese dieser dieses "
    # qualifiers: they belong to the figure, not to what it counts
    "rund etwa knapp fast gut mehr weniger some around almost nearly roughly"
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# A sentence or clause ends at . ! ? ; followed by a space (or the end of the line).
_CLAUSE_END = re.compile(r"[.!?;](?=\s|$)")
# "z.", "B.", "ca.", "bzw.", "Mrd.", "Nr.": a short word before a full stop is an
# abbreviation more often than a sentence's last word.
_ABBREVIATION = re.compile(r"(?:^|[\s(])[^\W\d_]{1,3}\.$")


@dataclass(frozen=True)
class Candidate:
    """An existing fact the figure could be evidence of, with the words it shares."""

    fact: Fact
    shared: tuple[str, ...]


@dataclass(frozen=True)
class UnitDraft:
    """A unit to declare under ``units:``: the word written after a figure without a unit."""

    id: str
    word: str
    language: str


@dataclass(frozen=True)
class Suggestion:
    """One figure no fact accounts for, and the entry drafted for it."""

    source_id: str
    path: str  # the seed, relative to the project
    line: int
    column: int
    figure: Quantity  # as read, with a drafted unit when it had none
    quote: str  # the clause holding the figure, verbatim
    candidates: tuple[Candidate, ...]  # facts in the figure's unit, best first
    new_fact_id: str  # the id a new fact would get (unique in facts.yaml and the drafts)
    description: str  # the clause with the figure left out, for a new fact
    unit: UnitDraft | None  # a drafted unit when the reader found none
    file: str  # the fact file the draft belongs in (see `_Drafter.home`)


@dataclass(frozen=True)
class SourceDraft:
    """A seed facts.yaml does not register: a source entry to complete and paste."""

    id: str
    file: str
    title: str
    language: str


@dataclass(frozen=True)
class Drafts:
    sources: tuple[SourceDraft, ...]
    units: tuple[UnitDraft, ...]
    suggestions: tuple[Suggestion, ...]
    files: tuple[str, ...] = ()  # the project's fact files: several when the facts are split


class UnknownSourceError(ValueError):
    """``--source`` names neither a registered source nor an unregistered seed's draft."""


def suggest(root: Path, only_source: str | None = None) -> Drafts:
    """Drafts for every figure no fact accounts for in the project at ``root``."""
    project = Project.load(root)
    factbase = project.factbase
    texts = project.texts
    sources = [(s, texts[s.file]) for s in factbase.sources if s.file in texts]
    uncovered = {
        item.source.id: item.uncovered
        for item in corpus_coverage(factbase, texts, project.evidence, project.figures).sources
    }
    new_sources = _draft_sources(project)
    new_texts = Corpus.load(root / SEEDS_DIR, [draft.file for draft in new_sources])
    known = {s.id for s, _ in sources} | {d.id for d in new_sources}
    if only_source is not None and only_source not in known:
        raise UnknownSourceError(only_source)
    drafter = _Drafter(factbase)
    for source, text in sources:
        if only_source in (None, source.id):
            for figure in uncovered.get(source.id, ()):
                drafter.add(source.id, source.language, text, figure)
    for draft in new_sources:
        if only_source in (None, draft.id):
            text = new_texts[draft.file]
            for figure in read_quantities(text.text, draft.language, units=drafter.units):
                drafter.add(draft.id, draft.language, text, figure)
    chosen = tuple(d for d in new_sources if only_source in (None, d.id))
    units = tuple({s.unit.id: s.unit for s in drafter.suggestions if s.unit}.values())
    return Drafts(chosen, units, tuple(drafter.suggestions), factbase.files)


class _Drafter:
    """Drafts one suggestion per figure, keeping new fact ids unique across the drafts."""

    def __init__(self, factbase: FactBase) -> None:
        self.factbase = factbase
        self.units = factbase.unit_registry()
        self.taken = {fact.id for fact in factbase.facts}
        self.suggestions: list[Suggestion] = []
        self._homes: dict[str, str] = {}

    def home(self, source_id: str, candidates: Sequence[Candidate]) -> str:
        """The fact file a draft belongs in, when the facts are split over several: the
        file of the fact it is evidence of; for a new fact, the file holding most facts
        with evidence from its source (where the source's topic lives), else the file
        registering the source, else the first fact file (a seed not registered yet)."""
        best = candidates[0] if candidates else None
        if best is not None and best.shared:
            return self.factbase.file_of(best.fact)
        if not self._homes:
            self._homes = self._homes_by_source()
        return self._homes.get(source_id, self.factbase.display_path)

    def _homes_by_source(self) -> dict[str, str]:
        """Source id → its home file, for every registered source, in one pass."""
        factbase = self.factbase
        counts: dict[str, Counter[str]] = {}
        for fact in factbase.facts:
            for source_id in {evidence.source for evidence in fact.evidence}:
                counts.setdefault(source_id, Counter())[factbase.file_of(fact)] += 1
        order = {file: index for index, file in enumerate(factbase.files)}
        homes = {}
        for source in factbase.sources:
            files = counts.get(source.id)
            if files:
                homes[source.id] = min(files, key=lambda f: (-files[f], order.get(f, len(order))))
            else:
                homes[source.id] = factbase.file_of(source)
        return homes

    def add(self, source_id: str, language: str, text: SourceText, figure: Quantity) -> None:
        line, column = text.line_col(figure.start)
        start, end = _clause(text, figure)
        quote = text.text[start:end]
        unit = None
        if figure.unit is None:
            unit = _unit_after(text.text, figure.end, language, self.units)
            if unit is not None:
                figure = _read_with(unit, quote, figure, start, language, self.units)
        candidates = _candidates(self.factbase, figure, quote)
        before = text.text[start : figure.start].strip()
        after = text.text[figure.end : end].strip()
        description = re.sub(r" ([.,;:!?])", r"\1", " ".join(p for p in (before, "…", after) if p))
        # The id from the words around the figure, those before it first; no figure's own
        # words ("rund", "160.000", "Milliarden") name anything.
        words = [
            _figures_blanked(part, language, self.units)
            for part in (text.text[start : figure.start], text.text[figure.end : end])
        ]
        new_id = _unique(_fact_id(words, figure, language, self.units, source_id), self.taken)
        self.taken.add(new_id)
        self.suggestions.append(
            Suggestion(
                source_id,
                text.path,
                line,
                column,
                figure,
                quote,
                tuple(candidates),
                new_id,
                description,
                unit,
                self.home(source_id, candidates),
            )
        )


def _clause(text: SourceText, figure: Quantity) -> tuple[int, int]:
    """The clause holding ``figure``, within its line: from the end of the clause before
    (., !, ?, ; and a space) to the end of its own. A quote must stay within one line."""
    line_start = text.text.rfind("\n", 0, figure.start) + 1
    line_end = text.text.find("\n", figure.end)
    line_end = len(text.text) if line_end < 0 else line_end
    line = text.text[line_start:line_end].rstrip("\r")
    ends = [
        line_start + match.end()
        for match in _CLAUSE_END.finditer(line)
        if not _ABBREVIATION.search(line[: match.end()])
    ]
    start = max((end for end in ends if end <= figure.start), default=line_start)
    end = min((end for end in ends if end >= figure.end), default=line_start + len(line))
    while start < end and text.text[start].isspace():
        start += 1
    return start, end


# A word, and a name glued to its number as ids write it: "Llama 4" is also "llama4".
_TOKEN = re.compile(r"([^\W\d_]+)(?:[ \xa0]?([0-9]+)\b)?")


def _words(text: str) -> set[str]:
    """The words that can tell facts apart: no stopwords, nothing under three letters, and
    "Llama 4" read as both "llama" and "llama4" (as a fact id would write it)."""
    words = set()
    for match in _TOKEN.finditer(text.casefold()):
        word, number = match.groups()
        if len(word) >= 3 and word not in _STOPWORDS:
            words.add(word)
        if number:
            words.add(word + number)
    return words


def _candidates(factbase: FactBase, figure: Quantity, quote: str) -> list[Candidate]:
    """The facts in the figure's unit, ranked by the words their description and id share
    with the clause; ties keep the order of facts.yaml."""
    if figure.unit is None:
        return []
    said = _words(quote)
    ranked = []
    for order, fact in enumerate(factbase.facts):
        if fact.kind == "statement" or fact.unit != figure.unit:
            continue
        shared = said & (_words(fact.description) | _words(fact.id.replace("_", " ")))
        ranked.append((-len(shared), order, Candidate(fact, tuple(sorted(shared)))))
    ranked.sort(key=lambda item: item[:2])
    return [candidate for _, _, candidate in ranked[:MAX_CANDIDATES]]


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss"))
    plain = folded.encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")


def _unit_after(text: str, end: int, language: str, units: UnitRegistry) -> UnitDraft | None:
    """The word right after a figure without a unit ("12.500 Besucher"), as a unit draft."""
    match = re.match(r"[ \xa0]+([^\W\d_]{3,})", text[end:])
    if match is None:
        return None
    word = match.group(1)
    if word.casefold() in _STOPWORDS or units.lookup(word, language) is not None:
        return None
    slug = _ascii_slug(word)
    if not slug or slug in units or not slug[0].isalpha():
        return None
    return UnitDraft(slug, word, language)


def _read_with(
    unit: UnitDraft,
    quote: str,
    figure: Quantity,
    start: int,
    language: str,
    units: UnitRegistry,
) -> Quantity:
    """The figure read again with the drafted unit declared, as it will read once pasted."""
    words = UnitWords(**{language: [unit.word]})
    registry = extend_registry(units, [UnitSpec(id=unit.id, words=words)])
    for reading in read_quantities(quote, language, units=registry):
        if reading.start <= figure.start - start < reading.end:
            return replace(reading, start=reading.start + start, end=reading.end + start)
    return figure


def _figures_blanked(text: str, language: str, units: UnitRegistry) -> str:
    """``text`` with every figure in it replaced by spaces."""
    for figure in reversed(read_quantities(text, language, units=units)):
        text = text[: figure.start] + " " * (figure.end - figure.start) + text[figure.end :]
    return text


def _fact_id(
    words: list[str], figure: Quantity, language: str, units: UnitRegistry, source_id: str
) -> str:
    """A readable id from the content words around the figure (up to three, those before it
    first) and the unit, e.g. ``library_lent_books``; the curator renames it at will."""
    parts: list[str] = []
    for part in words:
        parts += [
            slug
            for word in _WORD.findall(part)
            if len(word) >= 4
            and word.casefold() not in _STOPWORDS
            and units.lookup(word, language) is None
            and (slug := _ascii_slug(word))
        ]
    parts = parts[:3]
    parts.append(figure.unit or "figure")
    slug = "_".join(parts)
    if not slug[0].isalpha():
        slug = f"{_ascii_slug(source_id) or 'source'}_{slug}"
    return re.sub(r"_+", "_", slug)


def _unique(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    number = 2
    while f"{name}_{number}" in taken:
        number += 1
    return f"{name}_{number}"


# -- seeds facts.yaml does not register ---------------------------------------------------

# The commonest words of each language: enough to tell a German seed from an English one.
_GERMAN = _wordset("der die das und ist nicht mit von für auf dem den ein eine sich")
_ENGLISH = _wordset("the and is not with of for on a an to in that it was")


def guess_language(text: str) -> str:
    """de or en, by the commoner of each language's most frequent words (ties: en)."""
    words = [word.casefold() for word in _WORD.findall(text[:20_000])]
    german = sum(word in _GERMAN for word in words)
    english = sum(word in _ENGLISH for word in words)
    return "de" if german > english else "en"


def _draft_sources(project: Project) -> list[SourceDraft]:
    taken = {source.id for source in project.factbase.sources}
    drafts = []
    for name in project.unregistered_seed_files():
        if not (project.root / SEEDS_DIR / name).is_file():
            continue
        text = (project.root / SEEDS_DIR / name).read_text(encoding="utf-8", errors="replace")
        stem = Path(name).stem
        wanted = stem.split("_", 1)[0] if "_" in stem else stem
        if not re.fullmatch(SOURCE_ID_PATTERN, wanted):
            wanted = _ascii_slug(stem) or "source"
        source_id = _unique(wanted, taken)
        taken.add(source_id)
        title = next((line.strip() for line in text.splitlines() if line.strip()), stem)
        drafts.append(SourceDraft(source_id, name, title[:200], guess_language(text)))
    return drafts
