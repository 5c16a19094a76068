"""facts.yaml cross-checks: the rules that tie entries together (unique ids, declared sources,
known units, derived facts on point facts without cycles, stances where they belong).

They run on every entry that passed the models, so a curator sees all problems in one run.
"""

from __future__ import annotations

import difflib
import errno
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from factspec.model.factbase.schema import (
    DERIVED_UNITS,
    SEEDS_DIR,
    Entry,
    Evidence,
    Fact,
    FactBase,
    IgnoredFigure,
    Source,
    UnitSpec,
    extend_registry,
    place_lines,
    unit_of,
)
from factspec.read.problems import Problem
from factspec.read.units import BUILTIN_UNITS
from factspec.read.yamlsafe import (
    LoadedYaml,
    YamlPath,
)


@dataclass
class Parts:
    """The entries that passed the model, and every id written, for the cross-checks.

    The ids come from the raw data too, so that an entry refused by the model is not
    also reported as "unknown" wherever it is referred to.
    """

    units: list[UnitSpec] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    ignore: list[IgnoredFigure] = field(default_factory=list)
    paths: dict[int, YamlPath] = field(default_factory=dict)
    written_ids: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, factbase: FactBase) -> Parts:
        parts = cls()
        for section in ("units", "sources", "facts", "ignore"):
            entries = getattr(factbase, section)
            getattr(parts, section).extend(entries)
            for index, entry in enumerate(entries):
                parts.paths[id(entry)] = (section, index)
        parts.written_ids = {
            "units": {u.id for u in factbase.units},
            "sources": {s.id for s in factbase.sources},
            "facts": {f.id for f in factbase.facts},
        }
        return parts

    @classmethod
    def salvage(cls, loaded: LoadedYaml) -> Parts:
        parts = cls()
        models: dict[str, type[Entry]] = {
            "units": UnitSpec,
            "sources": Source,
            "facts": Fact,
            "ignore": IgnoredFigure,
        }
        for section, model in models.items():
            raw = loaded.data.get(section)
            if not isinstance(raw, list):
                continue
            parts.written_ids[section] = _written_ids(loaded, section, raw)
            for index, item in enumerate(raw):
                try:
                    entry = model.model_validate(item)
                except ValidationError:
                    continue  # already reported by the whole-file validation
                getattr(parts, section).append(entry)
                parts.paths[id(entry)] = (section, index)
        return parts

    @classmethod
    def combined(cls, each: Iterable[Parts]) -> Parts:
        """The parts of several fact files as one project's, in file order: ids must be
        unique across files and references may cross them, so the rules see them all."""
        parts = cls()
        for one in each:
            for section in ("units", "sources", "facts", "ignore"):
                getattr(parts, section).extend(getattr(one, section))
            parts.paths.update(one.paths)
            for section, ids in one.written_ids.items():
                parts.written_ids.setdefault(section, set()).update(ids)
        return parts

    def place(self, loaded: LoadedYaml) -> None:
        """Give every entry its lines (in the salvage case the model never saw the file)."""
        for entries in (self.units, self.sources, self.facts, self.ignore):
            for entry in entries:
                place_lines(entry, self.paths[id(entry)], loaded)


def _written_ids(loaded: LoadedYaml, section: str, raw: list[Any]) -> set[str]:
    """The ids of a section as the curator wrote them, refused entries included.

    An unquoted ``id: 002`` is refused once, at its own line; references to "002"
    elsewhere must not be reported as unknown on top of that.
    """
    ids = set()
    for index, item in enumerate(raw):
        if isinstance(item, dict) and "id" in item:
            written = loaded.written((section, index, "id"))
            ids.add(written if written is not None else str(item["id"]))
    return ids


# ---------------------------------------------------------------------------
# Cross-checks
# ---------------------------------------------------------------------------


class CrossChecks:
    """The rules that tie entries together; each adds problems and never stops early."""

    def __init__(self, parts: Parts, display_path: str, project_dir: Path | None) -> None:
        self.parts = parts
        self.display_path = display_path
        self.project_dir = project_dir
        self.problems: list[Problem] = []
        self.source_ids = parts.written_ids.get("sources", set())
        self.fact_ids = parts.written_ids.get("facts", set())
        self.units = BUILTIN_UNITS.ids | parts.written_ids.get("units", set())
        self.facts = {fact.id: fact for fact in parts.facts}

    def run(self) -> list[Problem]:
        self._units()
        self._sources()
        self._facts()
        self._ignore()
        self._cycles()
        return self.problems

    def _add(self, entry: Entry, line: int | None, what: str, fix: str) -> None:
        # At the entry's own file: with facts split over facts/*.yaml, the project's first
        # file is not where most entries were written.
        self.problems.append(Problem(entry.written_in or self.display_path, line, what, fix))

    def _unique(
        self, entries: Sequence[Entry], key: Callable[[Any], str], name: str, what: str, fix: str
    ) -> None:
        first: dict[str, Entry] = {}
        for entry in entries:
            value = key(entry)
            earlier = first.setdefault(value, entry)
            if earlier is entry:
                continue
            # Within one file the line says where; across files, the file and its line.
            where = f"line {earlier.line_of(name)}"
            if earlier.written_in != entry.written_in:
                where = f"{earlier.written_in}:{earlier.line_of(name)}"
            self._add(
                entry,
                entry.line_of(name),
                f"{what} {value!r} is declared twice (first at {where})",
                fix,
            )

    # -- units and sources ----------------------------------------------------

    def _units(self) -> None:
        self.converting: dict[str, UnitSpec] = {}
        self._unique(self.parts.units, lambda u: u.id, "id", "unit id", "give each unit one entry")
        registry = BUILTIN_UNITS
        for spec in self.parts.units:
            if spec.id in BUILTIN_UNITS.ids:
                self._add(
                    spec,
                    spec.line_of("id"),
                    f"unit {spec.id!r} is built in",
                    "remove this entry, or choose another id",
                )
                continue
            if spec.equals is not None:
                try:
                    unit_of(spec, registry)
                except ValueError as error:
                    self._add(spec, spec.line_of("equals"), str(error), _EQUALS_FIX)
                    continue
            # One unit at a time, so the entry whose word clashes is the one reported.
            try:
                registry = extend_registry(registry, [spec])
            except ValueError as error:
                self._add(spec, spec.line_of("words"), str(error), "give each unit its own words")
        # A unit that converts is words for another unit's dimension: its figures are read
        # in that unit, so a fact is in that unit, never in the converting one.
        self.converting = {spec.id: spec for spec in self.parts.units if spec.equals is not None}

    def _reading_unit_of(self, spec: UnitSpec) -> str:
        """The unit id a converting unit's figures are read in (its ``equals`` read)."""
        registry = BUILTIN_UNITS
        for other in self.parts.units:
            if other is spec:
                break
            try:
                registry = extend_registry(registry, [other])
            except ValueError:
                continue  # reported at that entry
        try:
            return unit_of(spec, registry).id
        except ValueError:  # pragma: no cover - reported at the unit's equals:
            return spec.id

    def _sources(self) -> None:
        sources = self.parts.sources
        self._unique(sources, lambda s: s.id, "id", "source id", "give each source its own id")
        self._unique(sources, lambda s: s.file, "file", "file", "register each file in seeds/ once")
        if self.project_dir is not None:
            self._seed_paths(sources)

    def _seed_paths(self, sources: Sequence[Source]) -> None:
        """Each source file inside seeds/: the one rule that depends on the disk, not on the
        file's bytes (`seed_path_problems` runs it alone for a cached facts file)."""
        assert self.project_dir is not None
        seeds = self.project_dir / SEEDS_DIR
        try:
            seeds.resolve()
            folder: str | None = os.fspath(seeds)
        except (OSError, RuntimeError):  # each source says so below
            folder = None
        for source in sources:
            if folder is None or not _plain_file(folder, source.file):
                self._inside_seeds(source)

    def _inside_seeds(self, source: Source) -> None:
        # The pattern already refused '..' and absolute paths; only a symbolic link can
        # still lead out of seeds/, and only the disk can tell.
        assert self.project_dir is not None
        seeds = self.project_dir / SEEDS_DIR
        try:
            inside = (seeds / source.file).resolve().is_relative_to(seeds.resolve())
        except (OSError, RuntimeError):  # a symbolic link loop
            self._add(
                source,
                source.line_of("file"),
                f"file {source.file!r} cannot be resolved (a loop of symbolic links)",
                "replace the link with the source text itself",
            )
            return
        if not inside:
            self._add(
                source,
                source.line_of("file"),
                f"file {source.file!r} resolves outside seeds/ (through a symbolic link)",
                "copy the source text into seeds/ instead of linking to it",
            )

    # -- facts --------------------------------------------------------------

    def _facts(self) -> None:
        self._unique(
            self.parts.facts,
            lambda f: f.id,
            "id",
            "fact id",
            "give each fact its own id, or merge the two entries",
        )
        for fact in self.parts.facts:
            self._unit(fact)
            self._derivation(fact)
            self._revisions(fact)
            if not fact.evidence and not fact.derived:
                self._add(
                    fact,
                    fact.line_of("evidence"),
                    f"fact {fact.id!r} has no evidence",
                    "add an evidence entry (source, quote), "
                    "or derive the fact with ratio_of, change_of or difference_of",
                )
            for evidence in fact.evidence:
                self._evidence(fact, evidence)

    def _unit(self, fact: Fact) -> None:
        if fact.kind == "statement":
            if fact.unit is not None:
                self._add(
                    fact,
                    fact.line_of("unit"),
                    f"statement fact {fact.id!r} carries no number, so it takes no unit",
                    "remove unit:, or make the fact kind: point",
                )
            if fact.tolerance is not None:
                self._add(
                    fact,
                    fact.line_of("tolerance"),
                    f"statement fact {fact.id!r} carries no number, so it takes no tolerance",
                    "remove tolerance:",
                )
            return
        if fact.unit is None:
            self._add(
                fact,
                fact.line,
                f"missing field 'unit' in {fact.kind} fact {fact.id!r}",
                f"add unit: one of {', '.join(sorted(self.units))}",
            )
        elif fact.unit in self.converting:
            target = self._reading_unit_of(self.converting[fact.unit])
            self._add(
                fact,
                fact.line_of("unit"),
                f"unit {fact.unit!r} converts (equals: {self.converting[fact.unit].equals}), "
                f"so figures in it are read in {target}",
                f"set unit: {target}; a figure in {fact.unit} is converted exactly",
            )
        elif fact.unit not in self.units and BUILTIN_UNITS.reading_unit(fact.unit) is not None:
            target, _ = BUILTIN_UNITS.reading_unit(fact.unit)  # type: ignore[misc]
            dimension = BUILTIN_UNITS.dimension_of(target)
            self._add(
                fact,
                fact.line_of("unit"),
                f"figures in {fact.unit} are read in {target}, the unit of {dimension}",
                f"set unit: {target}; every {dimension} figure is converted into it exactly",
            )
        elif fact.unit not in self.units:
            self._add(
                fact,
                fact.line_of("unit"),
                f"unknown unit {fact.unit!r}",
                _did_you_mean(fact.unit, self.units)
                + f"known units: {', '.join(sorted(self.units))}; or declare it under units:",
            )

    def _revisions(self, fact: Fact) -> None:
        """Dates order a revisable fact's statements; they mean nothing on their own."""
        if fact.revisable_until is not None and not fact.revisable:
            self._add(
                fact,
                fact.line_of("revisable_until"),
                f"fact {fact.id!r} has revisable_until but is not revisable",
                "add revisable: true, or remove revisable_until",
            )
        if fact.revisable and (fact.kind == "statement" or fact.derived):
            self._add(
                fact,
                fact.line_of("revisable"),
                f"fact {fact.id!r} cannot be revisable: it is "
                f"{'a statement' if fact.kind == 'statement' else 'derived'}",
                "make the fact it rests on revisable, or remove revisable:",
            )

    def _derivation(self, fact: Fact) -> None:
        relations = [r for r in DERIVED_UNITS if getattr(fact, r) is not None]
        if len(relations) > 1:
            self._add(
                fact,
                fact.line_of(relations[1]),
                f"fact {fact.id!r} has both {relations[0]} and {relations[1]}",
                "a derived fact is one relation: keep one of them",
            )
            relations = relations[:1]  # the unit cannot suit both; judge the first only
        if relations and fact.kind != "point":
            self._add(
                fact,
                fact.line_of("kind"),
                f"derived fact {fact.id!r} must be kind: point, not {fact.kind}",
                "set kind: point",
            )
        for relation in relations:
            self._relation(fact, relation, getattr(fact, relation))

    def _relation(self, fact: Fact, relation: str, pair: list[str]) -> None:
        line = fact.line_of(relation)
        unknown = [name for name in dict.fromkeys(pair) if name not in self.fact_ids]
        for name in unknown:
            self._add(
                fact,
                line,
                f"{relation} names {name!r}, which is not a declared fact",
                _did_you_mean(name, self.fact_ids) + "declare it under facts:, or correct the id",
            )
        operands = [self.facts[name] for name in pair if name in self.facts]
        for operand in operands:
            if operand.kind != "point" and operand is not fact:
                self._add(
                    fact,
                    line,
                    f"{relation} names {operand.id!r}, a {operand.kind} fact; "
                    "only point facts can be combined",
                    "name two point facts",
                )
        if fact.id in pair:
            self._add(
                fact, line, f"fact {fact.id!r} is derived from itself", "name two other facts"
            )
            return
        if pair[0] == pair[1]:
            self._add(fact, line, f"{relation} names {pair[0]!r} twice", "name two different facts")
            return
        if unknown or len(operands) < 2 or any(o.kind != "point" for o in operands):
            return
        self._derived_units(fact, relation, operands)

    def _derived_units(self, fact: Fact, relation: str, operands: list[Fact]) -> None:
        first, second = operands
        if first.unit is None or second.unit is None:
            return  # the missing unit is reported at its fact; a comparison would only echo it
        if first.unit != second.unit:
            self._add(
                fact,
                fact.line_of(relation),
                f"{relation} combines {first.id!r} ({first.unit}) and "
                f"{second.id!r} ({second.unit}), which are in different units",
                "name two facts in the same unit",
            )
        wanted = DERIVED_UNITS[relation] or first.unit
        if relation == "difference_of" and first.unit == "percent":
            # One share minus another is a gap in percentage points (40 % − 35 % is 5
            # points, a 14 % change), never a percentage of anything.
            wanted = "percentage_points"
        if fact.unit is not None and fact.unit != wanted:
            self._add(
                fact,
                fact.line_of("unit"),
                f"fact {fact.id!r} is derived by {relation}, so its unit is {wanted}, "
                f"not {fact.unit}",
                f"set unit: {wanted}",
            )

    def _evidence(self, fact: Fact, evidence: Evidence) -> None:
        self._cites(evidence, evidence.source, evidence.line_of("source"), "evidence")
        if fact.kind == "statement" and evidence.stance is None:
            self._add(
                evidence,
                evidence.line,
                f"evidence for statement fact {fact.id!r} has no stance",
                "add stance: supports or stance: refutes",
            )
        if fact.kind != "statement" and evidence.stance is not None:
            self._add(
                evidence,
                evidence.line_of("stance"),
                f"stance is only for statement facts; {fact.id!r} is a {fact.kind} fact",
                "remove stance:, or make the fact kind: statement",
            )
        if fact.kind == "statement" and evidence.unit_from is not None:
            self._add(
                evidence,
                evidence.line_of("unit_from"),
                f"unit_from is for a number; statement fact {fact.id!r} carries none",
                "remove unit_from:",
            )
        if evidence.reads is not None and _squash(evidence.reads) not in _squash(evidence.quote):
            self._add(
                evidence,
                evidence.line_of("reads"),
                f"reads {evidence.reads!r} does not occur in the quote",
                "copy the part of the quote that carries the number into reads:",
            )

    def _ignore(self) -> None:
        for entry in self.parts.ignore:
            self._cites(entry, entry.source, entry.line_of("source"), "ignore entry")

    def _cites(self, entry: Entry, source_id: str, line: int | None, who: str) -> None:
        if source_id in self.source_ids:
            return
        declared = ", ".join(sorted(self.source_ids)) or "none"
        self._add(
            entry,
            line,
            f"{who} cites source {source_id!r}, which is not declared under sources:",
            _did_you_mean(source_id, self.source_ids) + f"declared: {declared}",
        )

    # -- derived facts as a graph ----------------------------------------------

    def _cycles(self) -> None:
        """Report each group of derived facts that depend on one another, once.

        A fact naming itself is reported by `_relation`; here only longer cycles count.
        """
        edges = {fact.id: [n for n in fact.operands if n != fact.id] for fact in self.parts.facts}
        reach = {node: _reachable(node, edges) for node in edges}
        reported: set[str] = set()
        for fact in self.parts.facts:
            if fact.id in reported or fact.id not in reach[fact.id]:
                continue
            group = {other for other in reach[fact.id] if fact.id in reach.get(other, set())}
            reported |= group
            cycle = _cycle_through(fact.id, edges, group)
            self._add(
                fact,
                fact.line_of(next(r for r in DERIVED_UNITS if getattr(fact, r) is not None)),
                f"derived facts form a cycle: {' → '.join(cycle)}",
                "a derived fact must rest on facts that do not depend on it",
            )


def _plain_file(folder: str, name: str) -> bool:
    """Whether ``name`` is one path component and no symbolic link: then it resolves to
    the resolved folder plus ``name``, inside it, and `CrossChecks._inside_seeds` has nothing
    to say. One lstat instead of one per component of the whole path, per source."""
    if "/" in name or "\\" in name or name in (".", ".."):
        return False
    try:
        return not stat.S_ISLNK(os.lstat(os.path.join(folder, name)).st_mode)
    except OSError as error:
        # Absent or unreadable: resolve() keeps the name, inside the folder; a loop is
        # for _inside_seeds to report.
        return error.errno != errno.ELOOP


def _reachable(start: str, edges: dict[str, list[str]]) -> set[str]:
    """Every fact reachable from ``start`` through derived relations (itself only via a
    cycle)."""
    seen: set[str] = set()
    todo = list(edges.get(start, []))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(edges.get(node, []))
    return seen


def _cycle_through(start: str, edges: dict[str, list[str]], group: set[str]) -> list[str]:
    """A shortest cycle from ``start`` back to it within its group (breadth-first)."""
    parents: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for successor in edges[node]:
                if successor == start:
                    trail = [node]
                    while trail[-1] != start:
                        trail.append(parents[trail[-1]])
                    return [*reversed(trail), start]
                if successor in group and successor not in parents:
                    parents[successor] = node
                    following.append(successor)
        frontier = following
    raise AssertionError(f"{start} is in a cycle but none was found")  # pragma: no cover


def _squash(text: str) -> str:
    # A quote wrapped over several YAML lines keeps its words but not its spacing.
    return " ".join(text.split())


_EQUALS_FIX = (
    'write one plain figure with a known unit, e.g. equals: "159 l" or "1 million MWh" '
    "(factspec units lists the known units), or remove equals: for a count of its own"
)


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}? " if close else ""


def seed_path_problems(factbase: FactBase, display_path: str, project_dir: Path) -> list[Problem]:
    """The problems of the disk rule alone (`CrossChecks._seed_paths`) for a validated file."""
    checks = CrossChecks(Parts.of(factbase), display_path, project_dir)
    checks._seed_paths(factbase.sources)
    return checks.problems
