"""facts.yaml: the curated sources and facts, validated with a line and a fix for every problem.

Loading runs in three layers, each reporting everything it finds at once:

1. `yamlsafe` refuses what YAML itself hides (duplicate keys, aliases, tags) and keeps
   a line for every value;
2. the pydantic models check shapes and types strictly — no coercion, so an unquoted
   ``id: 002`` (YAML reads the number 2) is refused with "quote it" instead of becoming
   ``"2"``;
3. cross-checks tie the entries together: unique ids, declared sources, known units,
   derived facts that rest on point facts without cycles, stances where they belong.

When some entries fail layer 2, the valid ones still go through layer 3, so a curator
sees a missing stance and an unknown unit in the same run. `FactBase.model_validate`
alone runs only layer 2; use `load_factbase` or `load_factbase_text`.
"""

from __future__ import annotations

import datetime
import difflib
import errno
import json
import os
import re
import stat
import typing
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    PrivateAttr,
    StringConstraints,
    ValidationError,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from factspec.read.problems import FactspecError, Problem
from factspec.read.units import BUILTIN_UNITS, Unit, UnitRegistry
from factspec.read.yamlsafe import (
    LoadedYaml,
    YamlError,
    YamlPath,
    describe,
    load_yaml,
    sort_problems,
)

FACTS_FILE = "facts.yaml"
SEEDS_DIR = "seeds"
DEFAULT_TOLERANCE = Fraction(1, 10)
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

FACT_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
UNIT_ID_PATTERN = r"^[a-z][a-z0-9_]*$"
# Claims name sources as one word ("source 002 supports it"), so no spaces.
SOURCE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
MONTH_PATTERN = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
# A share below 1: "10%", "12.5 %", or a decimal "0.1". The pattern alone enforces
# 0 ≤ t < 1 (at most two digits before a percent sign, a leading 0 before a decimal).
TOLERANCE_PATTERN = r"^(?:[0-9]{1,2}(?:\.[0-9]+)? ?%|0(?:\.[0-9]+)?)$"
# Relative, inside seeds/: not absolute, no drive, no backslash, no "." or ".." segment,
# no empty segment, no control character. The symlink check needs the disk (see below).
SEED_PATH_PATTERN = (
    r"^(?![/\\])(?![A-Za-z]:)(?!.*\\)(?!(?:.*/)?\.{1,2}(?:/|$))(?!.*//)(?!.*/$)[^\x00-\x1f\x7f]+$"
)

DERIVED_UNITS = {"ratio_of": "times", "change_of": "percent"}
"""The unit a derived fact is in: a ratio is a multiple, a change is in percent."""


class FactbaseError(FactspecError):
    """facts.yaml cannot be used; carries every problem, sorted by line."""


def _custom(what: str, fix: str) -> PydanticCustomError:
    """A validation error that carries its curator message and fix through pydantic."""
    return PydanticCustomError("factspec", "{what}", {"what": what, "fix": fix})


# ---------------------------------------------------------------------------
# Field types
# ---------------------------------------------------------------------------


def _parse_tolerance(value: object) -> Fraction:
    if isinstance(value, Fraction):  # a model built in code, not from YAML
        return value
    if not isinstance(value, str):
        raise _custom(
            f"tolerance must be quoted text, but YAML reads it as {describe(value)}",
            'quote it, e.g. tolerance: "10%" or tolerance: "0.1"',
        )
    if not re.fullmatch(TOLERANCE_PATTERN, value):
        raise _custom(
            f"tolerance {value!r} is not a share from 0 up to (not including) 100 %",
            'write a percentage such as "10%" or a decimal such as "0.1"',
        )
    if value.endswith("%"):
        return Fraction(value[:-1].strip()) / 100
    return Fraction(value)


def format_tolerance(value: Fraction) -> str:
    """A tolerance as a curator writes it: Fraction(1, 10) → "10%"."""
    percent = value * 100
    if percent.denominator == 1:
        return f"{percent.numerator}%"
    return f"{Decimal(percent.numerator) / Decimal(percent.denominator)}%"


Tolerance = Annotated[
    Fraction,
    PlainValidator(_parse_tolerance),
    PlainSerializer(format_tolerance, return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": TOLERANCE_PATTERN,
            "examples": ["10%", "0.1"],
            "description": 'A share from 0 up to 100 % (exclusive): "10%" or "0.1". Quoted.',
        }
    ),
]


def _check_seed_path(value: str) -> str:
    if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value):
        raise _custom(
            f"file {value!r} is an absolute path",
            "write the path relative to seeds/, e.g. 002_5403ae498df81086.txt",
        )
    if "\\" in value:
        raise _custom(
            f"file {value!r} contains a backslash",
            "write the path relative to seeds/ with forward slashes",
        )
    if ".." in value.split("/"):
        raise _custom(
            f"file {value!r} leaves seeds/ through '..'",
            "name a file inside seeds/, relative to it",
        )
    if not re.search(SEED_PATH_PATTERN, value):
        raise _custom(
            f"file {value!r} is not a plain relative path",
            "write it as name.txt or folder/name.txt, relative to seeds/, "
            "without '.', empty segments or control characters",
        )
    return value


NonEmptyText = Annotated[str, StringConstraints(pattern=r"\S")]
FactId = Annotated[str, StringConstraints(pattern=FACT_ID_PATTERN)]
SourceId = Annotated[str, StringConstraints(pattern=SOURCE_ID_PATTERN)]
UnitId = Annotated[str, StringConstraints(pattern=UNIT_ID_PATTERN)]
Month = Annotated[str, StringConstraints(pattern=MONTH_PATTERN)]
SeedPath = Annotated[
    str,
    AfterValidator(_check_seed_path),
    WithJsonSchema({"type": "string", "pattern": SEED_PATH_PATTERN}),
]
FactPair = Annotated[list[FactId], Field(min_length=2, max_length=2)]


# ---------------------------------------------------------------------------
# Models
# ---------------------------------------------------------------------------


#: An entry's line in facts.yaml, its path there, and the file's lines of keys by path.
_Written = tuple[int | None, YamlPath, Mapping[YamlPath, int]]


def _private(model: BaseModel) -> dict[str, Any]:
    """The private attributes of ``model``, read directly: through pydantic's __getattr__
    each costs over a microsecond, and the judge looks sources and facts up by id millions
    of times. Every model here has private attributes, so the dictionary always exists."""
    return model.__pydantic_private__  # type: ignore[return-value]


class _Model(BaseModel):
    # Strict: YAML already chose each value's type, and a silent int → str coercion would
    # turn an unquoted id 010 into "8". Frozen: the loaded facts are evidence, not state.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class _Entry(_Model):
    """An entry of facts.yaml that remembers where it was written."""

    # Where the entry was written, set by `_place`: its line, its path in the file and the
    # file's key lines, where a field's line is looked up when asked for. One private
    # attribute, not three: pydantic initialises each in Python for every entry, tens of
    # thousands in a newsroom-sized facts.yaml. A default rather than default_factory,
    # whose signature pydantic inspects every time.
    _written: _Written | None = PrivateAttr(default=None)

    @property
    def line(self) -> int | None:
        """The line where this entry starts in facts.yaml (None when built in code)."""
        written = _private(self)["_written"]
        return None if written is None else written[0]

    def line_of(self, name: str) -> int | None:
        """The line of field ``name`` (e.g. an evidence's ``quote:``); the entry's line
        when the field is not written."""
        written = _private(self)["_written"]
        if written is None:
            return None
        line, path, key_lines = written
        return key_lines.get((*path, name), line)


class UnitWords(_Entry):
    """The words that name a unit in each language."""

    model_config = ConfigDict(title="Unit words")

    de: list[NonEmptyText] = Field(
        default_factory=list, description="German words for the unit, e.g. [Server]."
    )
    en: list[NonEmptyText] = Field(
        default_factory=list, description="English words for the unit, e.g. [servers, server]."
    )

    @model_validator(mode="after")
    def _some_word(self) -> UnitWords:
        if not self.de and not self.en:
            raise _custom("a unit needs at least one word", "list its words under de: or en:")
        return self


class UnitSpec(_Entry):
    """A unit beyond the built-in ones, with the words that name it."""

    model_config = ConfigDict(title="Unit")

    id: UnitId = Field(description="Unit id used in facts' unit:, lowercase, e.g. servers.")
    words: UnitWords = Field(description="Words naming the unit: {de: [...], en: [...]}.")


class Source(_Entry):
    """One raw text in seeds/ and what is known about it."""

    model_config = ConfigDict(title="Source")

    id: SourceId = Field(
        description='Short id used in claims ("source 002 supports it"). Quote it: "002".'
    )
    file: SeedPath = Field(
        description="The text file, relative to seeds/, e.g. 002_5403ae498df81086.txt."
    )
    title: NonEmptyText = Field(description="The source's headline.")
    language: Literal["de", "en"] = Field(description="Language of the text: de or en.")
    published: Month = Field(description='Month of publication, "YYYY-MM" in quotes.')
    dated_by: NonEmptyText | None = Field(
        default=None, description="How the month was established when the text gives no date."
    )
    note: NonEmptyText | None = Field(default=None, description="Anything a reviewer should know.")


class Evidence(_Entry):
    """What one source says about one fact, in its own words."""

    model_config = ConfigDict(title="Evidence")

    source: SourceId = Field(description='Id of the source that says it, e.g. "002".')
    quote: NonEmptyText = Field(description="The source's words, copied verbatim.")
    reads: NonEmptyText | None = Field(
        default=None,
        description="The part of the quote that carries the number; "
        "required when the quote holds more than one number.",
    )
    hedged: bool = Field(
        default=False, description='Speculative wording ("dürfte", "could"): true or false.'
    )
    attributed_to: NonEmptyText | None = Field(
        default=None, description="Who is quoted, when the source attributes the words."
    )
    stance: Literal["supports", "refutes"] | None = Field(
        default=None,
        description="Statement facts only: whether the quote supports or refutes the statement.",
    )
    note: NonEmptyText | None = Field(default=None, description="Anything a reviewer should know.")


class Fact(_Entry):
    """A slot: one question the corpus answers, and each source's evidence for it."""

    model_config = ConfigDict(
        title="Fact",
        json_schema_extra={
            "allOf": [
                {
                    "if": {"properties": {"kind": {"const": "statement"}}},
                    "then": {
                        "not": {"required": ["unit"]},
                        "properties": {"evidence": {"items": {"required": ["stance"]}}},
                    },
                    "else": {
                        "required": ["unit"],
                        "properties": {"evidence": {"items": {"not": {"required": ["stance"]}}}},
                    },
                },
                {"not": {"required": ["ratio_of", "change_of"]}},
                {
                    "if": {
                        "not": {"anyOf": [{"required": ["ratio_of"]}, {"required": ["change_of"]}]}
                    },
                    "then": {"required": ["evidence"], "properties": {"evidence": {"minItems": 1}}},
                },
            ]
        },
    )

    id: FactId = Field(description="snake_case id used in claims, e.g. llama3_training_gpus.")
    description: NonEmptyText = Field(description="The question the fact answers, in words.")
    kind: Literal["point", "range", "statement"] = Field(
        description="point: one value; range: a stated range; statement: no number, stance only."
    )
    unit: UnitId | None = Field(
        default=None,
        description="Unit id (built in or declared under units:); "
        "required for point and range facts, absent for statements.",
    )
    tolerance: Tolerance | None = Field(
        default=None, description="Overrides the project tolerance for this fact."
    )
    ratio_of: FactPair | None = Field(
        default=None, description="Derived fact: value = first / second, per source."
    )
    change_of: FactPair | None = Field(
        default=None,
        description="Derived fact: value = (new - old) / old in percent, per source: [new, old].",
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="What each source says; may be empty only for a derived fact.",
    )

    @property
    def derived(self) -> bool:
        """True for a fact declared as a relation of two others."""
        return self.ratio_of is not None or self.change_of is not None

    @property
    def operands(self) -> tuple[str, ...]:
        """The two facts a derived fact is computed from; none for a fact with evidence only."""
        return tuple(self.ratio_of or self.change_of or ())


class IgnoredFigure(_Entry):
    """A number in a source that is deliberately not a fact (page furniture, dates …)."""

    model_config = ConfigDict(title="Ignored figure")

    source: SourceId = Field(description="Id of the source the passage is in.")
    text: NonEmptyText = Field(description="The passage holding the number(s), verbatim.")
    reason: NonEmptyText = Field(description="Why the number is not a fact.")


class FactBase(_Model):
    """The whole of facts.yaml."""

    model_config = ConfigDict(
        title="factspec facts.yaml",
        json_schema_extra={
            "description": "Sources (raw texts in seeds/) and facts with verbatim evidence, "
            "checked by factspec."
        },
    )

    version: Literal[1] = Field(description="Format version; 1.")
    tolerance: Tolerance = Field(
        default=DEFAULT_TOLERANCE,
        description='Project tolerance for about/nearly/a good: "10%" (default) or "0.1".',
    )
    units: list[UnitSpec] = Field(
        default_factory=list, description="Units beyond the built-in ones."
    )
    sources: list[Source] = Field(description="The raw texts in seeds/.")
    facts: list[Fact] = Field(description="The facts and each source's evidence.")
    ignore: list[IgnoredFigure] = Field(
        default_factory=list, description="Numbers in the sources that are deliberately not facts."
    )

    _display_path: str = PrivateAttr(default=FACTS_FILE)
    _loaded: LoadedYaml | None = PrivateAttr(default=None)
    _sources_by_id: dict[str, Source] = PrivateAttr(default_factory=dict)
    _facts_by_id: dict[str, Fact] = PrivateAttr(default_factory=dict)
    _derived_by_pair: dict[tuple[str, ...], list[Fact]] = PrivateAttr(default_factory=dict)
    _registry: UnitRegistry | None = PrivateAttr(default=None)

    def model_post_init(self, context: Any, /) -> None:
        self._sources_by_id = {source.id: source for source in self.sources}
        self._facts_by_id = {fact.id: fact for fact in self.facts}
        for fact in self.facts:
            if fact.operands:
                self._derived_by_pair.setdefault(fact.operands, []).append(fact)

    @property
    def display_path(self) -> str:
        """How problems name this file (relative to the project root)."""
        return _private(self)["_display_path"]

    def source(self, source_id: str) -> Source:
        """The source with id ``source_id``; KeyError when none is declared."""
        try:
            return _private(self)["_sources_by_id"][source_id]
        except KeyError:
            raise KeyError(f"no source with id {source_id!r} in {self.display_path}") from None

    def fact(self, fact_id: str) -> Fact:
        """The fact with id ``fact_id``; KeyError when none is declared."""
        try:
            return _private(self)["_facts_by_id"][fact_id]
        except KeyError:
            raise KeyError(f"no fact with id {fact_id!r} in {self.display_path}") from None

    def derived_over(self, first: str, second: str) -> list[Fact]:
        """The derived facts declared over ``[first, second]`` (a ratio_of or change_of pair)."""
        return _private(self)["_derived_by_pair"].get((first, second), [])

    def with_operands(self, fact_ids: Iterable[str]) -> list[str]:
        """``fact_ids`` and, transitively, the operands of every derived fact among them:
        every fact whose evidence can give their values. The given ids come first."""
        found = list(dict.fromkeys(fact_ids))
        seen = set(found)
        pending = list(found)
        while pending:
            for operand in self.fact(pending.pop()).operands:
                if operand not in seen:
                    seen.add(operand)
                    found.append(operand)
                    pending.append(operand)
        return found

    def tolerance_for(self, fact: Fact) -> Fraction:
        """The fact's own tolerance, else the project's."""
        return fact.tolerance if fact.tolerance is not None else self.tolerance

    def unit_registry(self) -> UnitRegistry:
        """The built-in units extended with the ``units:`` of this file."""
        private = _private(self)
        if private["_registry"] is None:
            private["_registry"] = extend_registry(BUILTIN_UNITS, self.units)
        return private["_registry"]

    def line_of(self, entry: _Entry, name: str | None = None) -> int | None:
        """The line of ``entry`` (a source, fact, evidence …), or of its field ``name``."""
        return entry.line if name is None else entry.line_of(name)

    def line_at(self, path: YamlPath) -> int | None:
        """The line of any position, e.g. ``("facts", 3, "ratio_of", 1)``."""
        return self._loaded.line(path) if self._loaded is not None else None


def extend_registry(base: UnitRegistry, specs: Iterable[UnitSpec]) -> UnitRegistry:
    """``base`` plus a `Unit` for each ``units:`` entry."""
    extra = [
        Unit(id=spec.id, words_de=tuple(spec.words.de), words_en=tuple(spec.words.en))
        for spec in specs
    ]
    return base.extended(extra)


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def load_factbase(project_dir: Path) -> FactBase:
    """Read and validate ``project_dir/facts.yaml``; raise `FactbaseError` with every problem."""
    project_dir = Path(project_dir)
    try:
        loaded = load_yaml(project_dir / FACTS_FILE, FACTS_FILE)
    except YamlError as error:
        raise FactbaseError(error.problems) from None
    return build_factbase(loaded, project_dir=project_dir)


def load_factbase_text(
    text: str | bytes, display_path: str = FACTS_FILE, *, project_dir: Path | None = None
) -> FactBase:
    """Validate facts.yaml content given as text; ``project_dir`` enables the symlink check."""
    try:
        loaded = load_yaml(text, display_path)
    except YamlError as error:
        raise FactbaseError(error.problems) from None
    return build_factbase(loaded, project_dir=project_dir)


def build_factbase(loaded: LoadedYaml, *, project_dir: Path | None = None) -> FactBase:
    """Validate loaded YAML as facts.yaml: model, then cross-checks, all problems at once."""
    problems: list[Problem] = []
    factbase: FactBase | None = None
    try:
        factbase = FactBase.model_validate(loaded.data)
    except ValidationError as error:
        problems.extend(translate_errors(error, loaded))
    parts = _Parts.of(factbase) if factbase is not None else _Parts.salvage(loaded)
    parts.place(loaded)
    problems.extend(_Checker(parts, loaded.display_path, project_dir).run())
    if problems:
        raise FactbaseError(sort_problems(problems))
    assert factbase is not None
    factbase._display_path = loaded.display_path
    factbase._loaded = loaded
    return factbase


@dataclass
class _Parts:
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
    def of(cls, factbase: FactBase) -> _Parts:
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
    def salvage(cls, loaded: LoadedYaml) -> _Parts:
        parts = cls()
        models: dict[str, type[_Entry]] = {
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

    def place(self, loaded: LoadedYaml) -> None:
        """Give every entry its lines (in the salvage case the model never saw the file)."""
        for entries in (self.units, self.sources, self.facts, self.ignore):
            for entry in entries:
                _place(entry, self.paths[id(entry)], loaded)


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


def _place(entry: _Entry, path: YamlPath, loaded: LoadedYaml) -> None:
    """Give ``entry`` and the entries inside it their lines in the file."""
    line = loaded.value_lines.get(path) if path else 1
    if line is None:
        line = loaded.value_line(path)  # not a value of its own: the nearest enclosing line
    # Straight into pydantic's private dictionary: its __setattr__ costs microseconds, and
    # a newsroom-sized facts.yaml has tens of thousands of entries. The lines of the fields
    # stay in the file's table (a key the model refused is no field, so never asked for).
    _private(entry)["_written"] = (line, path, loaded.key_lines)
    for name in _nested_fields(type(entry)):
        value = getattr(entry, name)
        if isinstance(value, _Entry):
            _place(value, (*path, name), loaded)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, _Entry):
                    _place(item, (*path, name, index), loaded)


_NESTED_FIELDS: dict[type[_Entry], tuple[str, ...]] = {}


def _nested_fields(model: type[_Entry]) -> tuple[str, ...]:
    """The fields of ``model`` whose values can hold entries of their own (a fact's
    evidence, a unit's words), worked out once per model."""
    nested = _NESTED_FIELDS.get(model)
    if nested is None:
        fields = model.model_fields.items()
        nested = _NESTED_FIELDS[model] = tuple(
            name for name, info in fields if _holds_entries(info.annotation)
        )
    return nested


def _holds_entries(annotation: Any) -> bool:
    if isinstance(annotation, type) and issubclass(annotation, _Entry):
        return True
    return any(_holds_entries(argument) for argument in typing.get_args(annotation))


# ---------------------------------------------------------------------------
# Cross-checks
# ---------------------------------------------------------------------------


class _Checker:
    """The rules that tie entries together; each adds problems and never stops early."""

    def __init__(self, parts: _Parts, display_path: str, project_dir: Path | None) -> None:
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

    def _add(self, line: int | None, what: str, fix: str) -> None:
        self.problems.append(Problem(self.display_path, line, what, fix))

    def _unique(
        self, entries: Sequence[_Entry], key: Callable[[Any], str], name: str, what: str, fix: str
    ) -> None:
        first: dict[str, int | None] = {}
        for entry in entries:
            value = key(entry)
            if value in first:
                self._add(
                    entry.line_of(name),
                    f"{what} {value!r} is declared twice (first at line {first[value]})",
                    fix,
                )
            else:
                first[value] = entry.line_of(name)

    # -- units and sources ----------------------------------------------------

    def _units(self) -> None:
        self._unique(self.parts.units, lambda u: u.id, "id", "unit id", "give each unit one entry")
        registry = BUILTIN_UNITS
        for spec in self.parts.units:
            if spec.id in BUILTIN_UNITS.ids:
                self._add(
                    spec.line_of("id"),
                    f"unit {spec.id!r} is built in",
                    "remove this entry, or choose another id",
                )
                continue
            # One unit at a time, so the entry whose word clashes is the one reported.
            try:
                registry = extend_registry(registry, [spec])
            except ValueError as error:
                self._add(spec.line_of("words"), str(error), "give each unit its own words")

    def _sources(self) -> None:
        sources = self.parts.sources
        self._unique(sources, lambda s: s.id, "id", "source id", "give each source its own id")
        self._unique(sources, lambda s: s.file, "file", "file", "register each file in seeds/ once")
        if self.project_dir is not None:
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
                source.line_of("file"),
                f"file {source.file!r} cannot be resolved (a loop of symbolic links)",
                "replace the link with the source text itself",
            )
            return
        if not inside:
            self._add(
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
            if not fact.evidence and not fact.derived:
                self._add(
                    fact.line_of("evidence"),
                    f"fact {fact.id!r} has no evidence",
                    "add an evidence entry (source, quote), "
                    "or derive the fact with ratio_of or change_of",
                )
            for evidence in fact.evidence:
                self._evidence(fact, evidence)

    def _unit(self, fact: Fact) -> None:
        if fact.kind == "statement":
            if fact.unit is not None:
                self._add(
                    fact.line_of("unit"),
                    f"statement fact {fact.id!r} carries no number, so it takes no unit",
                    "remove unit:, or make the fact kind: point",
                )
            if fact.tolerance is not None:
                self._add(
                    fact.line_of("tolerance"),
                    f"statement fact {fact.id!r} carries no number, so it takes no tolerance",
                    "remove tolerance:",
                )
            return
        if fact.unit is None:
            self._add(
                fact.line,
                f"missing field 'unit' in {fact.kind} fact {fact.id!r}",
                f"add unit: one of {', '.join(sorted(self.units))}",
            )
        elif fact.unit not in self.units:
            self._add(
                fact.line_of("unit"),
                f"unknown unit {fact.unit!r}",
                _did_you_mean(fact.unit, self.units)
                + f"known units: {', '.join(sorted(self.units))}; or declare it under units:",
            )

    def _derivation(self, fact: Fact) -> None:
        relations = [r for r in DERIVED_UNITS if getattr(fact, r) is not None]
        if len(relations) == 2:
            self._add(
                fact.line_of("change_of"),
                f"fact {fact.id!r} has both ratio_of and change_of",
                "a derived fact is one relation: keep one of them",
            )
            relations = relations[:1]  # the unit cannot suit both; judge the first only
        if relations and fact.kind != "point":
            self._add(
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
                line,
                f"{relation} names {name!r}, which is not a declared fact",
                _did_you_mean(name, self.fact_ids) + "declare it under facts:, or correct the id",
            )
        operands = [self.facts[name] for name in pair if name in self.facts]
        for operand in operands:
            if operand.kind != "point" and operand is not fact:
                self._add(
                    line,
                    f"{relation} names {operand.id!r}, a {operand.kind} fact; "
                    "only point facts can be combined",
                    "name two point facts",
                )
        if fact.id in pair:
            self._add(line, f"fact {fact.id!r} is derived from itself", "name two other facts")
            return
        if pair[0] == pair[1]:
            self._add(line, f"{relation} names {pair[0]!r} twice", "name two different facts")
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
                fact.line_of(relation),
                f"{relation} combines {first.id!r} ({first.unit}) and "
                f"{second.id!r} ({second.unit}), which are in different units",
                "name two facts in the same unit",
            )
        wanted = DERIVED_UNITS[relation]
        if fact.unit is not None and fact.unit != wanted:
            self._add(
                fact.line_of("unit"),
                f"fact {fact.id!r} is derived by {relation}, so its unit is {wanted}, "
                f"not {fact.unit}",
                f"set unit: {wanted}",
            )

    def _evidence(self, fact: Fact, evidence: Evidence) -> None:
        self._cites(evidence.source, evidence.line_of("source"), "evidence")
        if fact.kind == "statement" and evidence.stance is None:
            self._add(
                evidence.line,
                f"evidence for statement fact {fact.id!r} has no stance",
                "add stance: supports or stance: refutes",
            )
        if fact.kind != "statement" and evidence.stance is not None:
            self._add(
                evidence.line_of("stance"),
                f"stance is only for statement facts; {fact.id!r} is a {fact.kind} fact",
                "remove stance:, or make the fact kind: statement",
            )
        if evidence.reads is not None and _squash(evidence.reads) not in _squash(evidence.quote):
            self._add(
                evidence.line_of("reads"),
                f"reads {evidence.reads!r} does not occur in the quote",
                "copy the part of the quote that carries the number into reads:",
            )

    def _ignore(self) -> None:
        for entry in self.parts.ignore:
            self._cites(entry.source, entry.line_of("source"), "ignore entry")

    def _cites(self, source_id: str, line: int | None, who: str) -> None:
        if source_id in self.source_ids:
            return
        declared = ", ".join(sorted(self.source_ids)) or "none"
        self._add(
            line,
            f"{who} cites source {source_id!r}, which is not declared under sources:",
            _did_you_mean(source_id, self.source_ids) + f"declared: {declared}",
        )

    # -- derived facts as a graph ----------------------------------------------

    def _cycles(self) -> None:
        """Report each group of derived facts that depend on one another, once.

        A fact naming itself is reported by `_relation`; here only longer cycles count.
        """
        edges = {
            fact.id: [n for n in (fact.ratio_of or []) + (fact.change_of or []) if n != fact.id]
            for fact in self.parts.facts
        }
        reach = {node: _reachable(node, edges) for node in edges}
        reported: set[str] = set()
        for fact in self.parts.facts:
            if fact.id in reported or fact.id not in reach[fact.id]:
                continue
            group = {other for other in reach[fact.id] if fact.id in reach.get(other, set())}
            reported |= group
            cycle = _cycle_through(fact.id, edges, group)
            self._add(
                fact.line_of("ratio_of" if fact.ratio_of else "change_of"),
                f"derived facts form a cycle: {' → '.join(cycle)}",
                "a derived fact must rest on facts that do not depend on it",
            )


def _plain_file(folder: str, name: str) -> bool:
    """Whether ``name`` is one path component and no symbolic link: then it resolves to
    the resolved folder plus ``name``, inside it, and `_Checker._inside_seeds` has nothing
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
    """Every fact reachable from ``start`` through ratio_of/change_of (itself only via a cycle)."""
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


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, sorted(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}? " if close else ""


# ---------------------------------------------------------------------------
# pydantic errors in curator language
# ---------------------------------------------------------------------------

_SECTIONS: dict[str, tuple[str, type[_Entry]]] = {
    "units": ("unit", UnitSpec),
    "sources": ("source", Source),
    "facts": ("fact", Fact),
    "ignore": ("ignore entry", IgnoredFigure),
}

# Pattern failures, by (entry, field): what is wrong and how to write it.
_PATTERN_WORDS: dict[tuple[str, str], tuple[str, str]] = {
    ("fact", "id"): (
        "fact id {value} is not snake_case",
        "use lowercase letters, digits and '_', starting with a letter, e.g. llama3_training_gpus",
    ),
    ("fact", "ratio_of"): (
        "{value} in ratio_of is not a fact id",
        "name two fact ids, e.g. ratio_of: [llama4_gpus, llama3_gpus]",
    ),
    ("fact", "change_of"): (
        "{value} in change_of is not a fact id",
        "name two fact ids, e.g. change_of: [capex_2025, capex_2024]",
    ),
    ("fact", "unit"): (
        "unit {value} is not a unit id",
        "use a lowercase unit id such as usd, percent or gpu",
    ),
    ("unit", "id"): (
        "unit id {value} is not a lowercase id",
        "use lowercase letters, digits and '_', e.g. servers",
    ),
    ("source", "id"): (
        "source id {value} is not a short id",
        'use letters, digits, ".", "_" or "-" without spaces, e.g. "002"',
    ),
    ("evidence", "source"): (
        "source id {value} is not a short id",
        'use the id of a source declared under sources:, e.g. "002"',
    ),
    ("ignore entry", "source"): (
        "source id {value} is not a short id",
        'use the id of a source declared under sources:, e.g. "002"',
    ),
    ("source", "published"): (
        "published {value} is not a month",
        'write the month in quotes as "YYYY-MM", e.g. published: "2024-08"',
    ),
}

_LIST_FIX = "write each item on its own line starting with '- ', or as [a, b]"


@dataclass(frozen=True)
class _Where:
    """Which entry an error location points into, and which of its fields."""

    kind: str
    model: type[_Model]
    field: Any  # the field name (or a non-text key); None when the entry itself is wrong
    loc: tuple[Any, ...]

    @property
    def inside(self) -> str:
        return "at the top level" if self.kind == "top level" else f"in {self.kind}"


def _where(loc: tuple[Any, ...]) -> _Where:
    if len(loc) >= 4 and loc[0] == "facts" and loc[2] == "evidence" and isinstance(loc[3], int):
        owner: tuple[Any, ...] = loc[:4]
        kind, model = "evidence", Evidence
    elif len(loc) >= 4 and loc[0] == "units" and loc[2] == "words":
        owner, kind, model = loc[:3], "unit words", UnitWords
    elif len(loc) >= 2 and loc[0] in _SECTIONS and isinstance(loc[1], int):
        owner = loc[:2]
        kind, model = _SECTIONS[loc[0]]
    else:
        owner, kind, model = (), "top level", FactBase
    name = loc[len(owner)] if len(loc) > len(owner) else None
    return _Where(kind, model, name, loc)


def _written_path(item: Any) -> tuple[Any, ...]:
    """Where the error sits in the loaded data; a bad key's own value, not pydantic's copy."""
    loc = tuple(item["loc"])
    if item["type"] == "invalid_key" and loc:
        return (*loc[:-1], item.get("input", loc[-1]))
    return loc


def translate_errors(error: ValidationError, loaded: LoadedYaml) -> list[Problem]:
    """Each pydantic error as a `Problem` at its line, in the words of a curator."""
    problems = []
    for item in error.errors():
        loc = tuple(item["loc"])
        what, fix = _words(item, _where(loc), loaded)
        problems.append(Problem(loaded.display_path, loaded.line(_written_path(item)), what, fix))
    return problems


def _words(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    kind = item["type"]
    handler = _HANDLERS.get(kind)
    if handler is not None:
        return handler(item, where, loaded)
    return (
        f"{_subject(where)} is not valid: {item['msg']}",
        "see facts.schema.json for the expected shape",
    )


def _custom_words(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    return item["ctx"]["what"], item["ctx"]["fix"]


def _unknown_field(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    name = str(where.loc[-1])
    allowed = list(where.model.model_fields)
    fix = f"allowed: {', '.join(allowed)}"
    close = difflib.get_close_matches(name, allowed, n=1, cutoff=0.6)
    if close:
        fix = f"did you mean {close[0]!r}? {fix}"
    return f"unknown field {name!r} {where.inside}", fix


def _bad_key(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    # The key as YAML read it: the loc holds only a str/int copy (None → 'None', True → 1).
    key = item.get("input", where.loc[-1])
    allowed = ", ".join(where.model.model_fields)
    return (
        f"a key {where.inside} is not a field name: YAML reads it as {describe(key)}",
        f"write one of: {allowed}",
    )


def _missing(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    name = where.field
    info = where.model.model_fields.get(name)
    help_text = ""
    if info is not None and info.description:
        help_text = f" ({info.description[0].lower()}{info.description[1:].rstrip('.')})"
    return f"missing field {name!r} {where.inside}", f"add {name}:{help_text}"


def _not_text(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    value = item["input"]
    subject = _subject(where)
    if value is None:
        return f"{subject} is empty", f"write a value after '{where.field}:', or remove the line"
    if isinstance(value, list | dict):
        return f"{subject} must be text, not {describe(value)}", "write a single value"
    written = loaded.written(where.loc) or str(value)
    if where.field == "published" and isinstance(value, datetime.date):
        # YAML 1.1 reads an unquoted full date as a date; the field wants the month only.
        return (
            f"'published' must be text, but YAML reads {written} as a date",
            f'write the month in quotes: published: "{value.year:04d}-{value.month:02d}"',
        )
    return (
        f"{subject} must be text, but YAML reads {written} as {describe(value)}",
        f'quote it: {where.field}: "{written}"'
        if where.loc[-1] == where.field
        else f'quote it: "{written}"',
    )


def _not_bool(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    return (
        f"{_subject(where)} must be true or false, not {_shown(item, where, loaded)}",
        f"write {where.field}: true or {where.field}: false, without quotes",
    )


def _not_listed(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    expected = item["ctx"]["expected"]
    value = item["input"]
    written = loaded.written(where.loc)
    what = f"{_subject(where)} must be {expected}, not {_shown(item, where, loaded)}"
    choice = (
        f"write one of {expected}" if " or " in expected else f"write {where.field}: {expected}"
    )
    # Only where text was expected: an unquoted no (false) for language, not 2 for version.
    if written is not None and not isinstance(value, str) and "'" in expected:
        return what, f"YAML reads unquoted {written} as {describe(value)}; {choice}"
    return what, choice


def _pattern(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    if item["ctx"]["pattern"] == r"\S":
        return (
            f"{_subject(where)} is empty",
            f"write the {where.field}, or remove the line if it is optional",
        )
    template = _PATTERN_WORDS.get((where.kind, str(where.field)))
    value = repr(item["input"])
    if template is None:
        return (
            f"{_subject(where)} {value} does not have the expected form",
            f"match the pattern {item['ctx']['pattern']}",
        )
    what, fix = template
    return what.format(value=value), fix


def _wrong_length(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    count = item["ctx"]["actual_length"]
    if where.field in DERIVED_UNITS:
        return (
            f"{where.field} needs exactly two fact ids, not {count}",
            f"write {where.field}: [first, second]",
        )
    return f"{_subject(where)} has {count} items: {item['msg']}", "correct the list"


def _not_list(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    return f"{_subject(where)} must be a list, not {describe(item['input'])}", _LIST_FIX


def _not_mapping(item: Any, where: _Where, loaded: LoadedYaml) -> tuple[str, str]:
    value = describe(item["input"])
    if where.field is None and where.kind != "top level":
        return (
            f"each {where.kind} must be a mapping of fields (key: value lines), not {value}",
            f"write the {where.kind}'s fields as 'key: value' lines under its '- '",
        )
    return (
        f"{_subject(where)} must be a mapping (key: value lines), not {value}",
        "write 'key: value' lines indented under it",
    )


_HANDLERS: dict[str, Callable[[Any, _Where, LoadedYaml], tuple[str, str]]] = {
    "factspec": _custom_words,
    "extra_forbidden": _unknown_field,
    "invalid_key": _bad_key,
    "missing": _missing,
    "string_type": _not_text,
    "bool_type": _not_bool,
    "literal_error": _not_listed,
    "string_pattern_mismatch": _pattern,
    "too_short": _wrong_length,
    "too_long": _wrong_length,
    "list_type": _not_list,
    "model_type": _not_mapping,
    "model_attributes_type": _not_mapping,
    "dict_type": _not_mapping,
}


def _subject(where: _Where) -> str:
    if where.field is None:
        return f"this {where.kind}"
    if isinstance(where.loc[-1], int) and where.loc[-1] != where.field:
        return f"each item of {where.field!r}"
    return repr(where.field) if isinstance(where.field, str) else str(where.field)


def _shown(item: Any, where: _Where, loaded: LoadedYaml) -> str:
    value = item["input"]
    written = loaded.written(where.loc)
    if isinstance(value, str):
        return repr(value)
    return written if written is not None else describe(value)


# ---------------------------------------------------------------------------
# JSON schema
# ---------------------------------------------------------------------------


def facts_json_schema() -> dict[str, Any]:
    """The JSON schema of facts.yaml (draft 2020-12), generated from the models."""
    generated = FactBase.model_json_schema()
    return {"$schema": SCHEMA_DIALECT, **generated}


def facts_schema_text() -> str:
    """The schema as committed in facts.schema.json: stable key order, UTF-8, final newline."""
    return json.dumps(facts_json_schema(), indent=2, ensure_ascii=False) + "\n"
