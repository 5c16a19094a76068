"""facts.yaml as pydantic models: field types, entries, `FactBase`, and the JSON schema.

Strict models (no coercion, frozen): YAML already chose each value's type, and the loaded
facts are evidence, not state. Each entry remembers the line it was written on.
"""

from __future__ import annotations

import json
import re
import typing
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
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
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from factspec.read.problems import FactspecError
from factspec.read.quantity import read_quantities
from factspec.read.units import BUILTIN_UNITS, Unit, UnitRegistry
from factspec.read.yamlsafe import (
    LoadedYaml,
    YamlPath,
    describe,
)

FACTS_FILE = "facts.yaml"
SEEDS_DIR = "seeds"
DEFAULT_TOLERANCE = Fraction(1, 10)
# Draft-07: what editors' YAML language servers support in full; the schema uses nothing newer.
SCHEMA_DIALECT = "http://json-schema.org/draft-07/schema#"

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

DERIVED_UNITS: dict[str, str | None] = {
    "ratio_of": "times",
    "change_of": "percent",
    "difference_of": None,
}
"""The unit a derived fact is in: a ratio is a multiple, a change is in percent, a difference
is in its operands' unit (None)."""


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


#: An entry's line in its fact file, its path there, the file's lines of keys by path, and
#: the file's name as problems show it (facts.yaml, or one of facts/*.yaml).
_Written = tuple[int | None, YamlPath, Mapping[YamlPath, int], str]


def _private(model: BaseModel) -> dict[str, Any]:
    """The private attributes of ``model``, read directly: through pydantic's __getattr__
    each costs over a microsecond, and the judge looks sources and facts up by id millions
    of times. Every model here has private attributes, so the dictionary always exists."""
    return model.__pydantic_private__  # type: ignore[return-value]


class StrictModel(BaseModel):
    # Strict: YAML already chose each value's type, and a silent int → str coercion would
    # turn an unquoted id 010 into "8". Frozen: the loaded facts are evidence, not state.
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Entry(StrictModel):
    """An entry of facts.yaml that remembers where it was written."""

    # Where the entry was written, set by `place_lines`: its line, its path in the file, the
    # file's key lines, where a field's line is looked up when asked for, and the file. One private
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
        line, path, key_lines, _ = written
        return key_lines.get((*path, name), line)

    @property
    def written_in(self) -> str | None:
        """The fact file this entry was written in, as problems name it (None when built
        in code): facts are split over facts.yaml and facts/*.yaml, so no one file is
        "the" file of every entry."""
        written = _private(self)["_written"]
        return None if written is None else written[3]


class UnitWords(Entry):
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


class UnitSpec(Entry):
    """A unit beyond the built-in ones, with the words that name it."""

    model_config = ConfigDict(title="Unit")

    id: UnitId = Field(description="Unit id used in facts' unit:, lowercase, e.g. servers.")
    words: UnitWords = Field(description="Words naming the unit: {de: [...], en: [...]}.")
    equals: NonEmptyText | None = Field(
        default=None,
        description="What one of this unit is in another unit, a plain figure in English "
        'notation, e.g. "159 l" or "1 million MWh": its words are then read in that unit\'s '
        "dimension and converted exactly. Without it the unit is a count of its own.",
    )


class Source(Entry):
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


class Evidence(Entry):
    """What one source says about one fact, in its own words."""

    model_config = ConfigDict(title="Evidence")

    source: SourceId = Field(description='Id of the source that says it, e.g. "002".')
    quote: NonEmptyText = Field(description="The source's words, copied verbatim.")
    reads: NonEmptyText | None = Field(
        default=None,
        description="The part of the quote that carries the number; "
        "required when the quote holds more than one number.",
    )
    unit_from: NonEmptyText | None = Field(
        default=None,
        description="For a number with no unit word of its own: the words of the quote that "
        'name its unit, e.g. "Elektroautos" in "die Zahl der Elektroautos stieg auf 1,4 '
        "Millionen\"; they must contain a word of the fact's unit.",
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
    as_of: Month | None = Field(
        default=None,
        description='When the statement was made, "YYYY-MM" in quotes; default: the source\'s '
        "published month. It orders the statements of a revisable fact.",
    )
    note: NonEmptyText | None = Field(default=None, description="Anything a reviewer should know.")

    def dated(self, published: str) -> str:
        """The month the statement was made: its own as_of, else its source's month."""
        return self.as_of or published


class Fact(Entry):
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
                {"not": {"required": ["ratio_of", "difference_of"]}},
                {"not": {"required": ["change_of", "difference_of"]}},
                {
                    "if": {
                        "not": {
                            "anyOf": [
                                {"required": ["ratio_of"]},
                                {"required": ["change_of"]},
                                {"required": ["difference_of"]},
                            ]
                        }
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
    difference_of: FactPair | None = Field(
        default=None,
        description="Derived fact: value = first - second, in their unit, per source "
        "(e.g. last year's revenue as this year's minus the increase); two shares in percent "
        "give percentage_points.",
    )
    revisable: bool = Field(
        default=False,
        description="A forecast, guidance or plan: statements made at different dates (as_of) "
        "are its history, not a conflict; claims are judged against the latest one.",
    )
    revisable_until: Month | None = Field(
        default=None,
        description='Revisable facts only: the last month a statement can revise it, "YYYY-MM" '
        "(e.g. the end of the year a forecast is for); a later statement is not a revision "
        "and is judged beside the latest one.",
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="What each source says; may be empty only for a derived fact.",
    )

    @property
    def derived(self) -> bool:
        """True for a fact declared as a relation of two others."""
        return bool(self.operands)

    @property
    def operands(self) -> tuple[str, ...]:
        """The two facts a derived fact is computed from; none for a fact with evidence only."""
        return tuple(self.ratio_of or self.change_of or self.difference_of or ())

    def revises(self, month: str) -> bool:
        """Whether a statement made in ``month`` is a revision of this revisable fact."""
        return self.revisable and (self.revisable_until is None or month <= self.revisable_until)


class IgnoredFigure(Entry):
    """A number in a source that is deliberately not a fact (page furniture, dates …)."""

    model_config = ConfigDict(title="Ignored figure")

    source: SourceId = Field(description="Id of the source the passage is in.")
    text: NonEmptyText = Field(description="The passage holding the number(s), verbatim.")
    reason: NonEmptyText = Field(description="Why the number is not a fact.")


class FactBase(StrictModel):
    """One fact file (facts.yaml or one of facts/*.yaml) as validated, or the project's
    fact files merged (`load.merge_fact_files`).

    The JSON schema is this model and applies to each file on its own: only ``version`` is
    required of a file, because a topic file may hold facts whose sources another file
    registers; that the project as a whole declares ``sources:`` and ``facts:`` somewhere
    is checked when the files are merged.
    """

    model_config = ConfigDict(
        title="factspec facts.yaml",
        json_schema_extra={
            "description": "Sources (raw texts in seeds/) and facts with verbatim evidence, "
            "checked by factspec: facts.yaml, or each of facts/*.yaml when the facts are "
            "split over several files (ids unique across all of them)."
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
    sources: list[Source] = Field(default_factory=list, description="The raw texts in seeds/.")
    facts: list[Fact] = Field(
        default_factory=list, description="The facts and each source's evidence."
    )
    ignore: list[IgnoredFigure] = Field(
        default_factory=list, description="Numbers in the sources that are deliberately not facts."
    )

    _display_path: str = PrivateAttr(default=FACTS_FILE)
    _files: tuple[str, ...] = PrivateAttr(default=(FACTS_FILE,))
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
        """How problems name the project's first fact file (relative to the project root):
        facts.yaml, or the first of facts/*.yaml when there is no facts.yaml."""
        return _private(self)["_display_path"]

    @property
    def files(self) -> tuple[str, ...]:
        """Every fact file the facts were read from, in the order they were merged."""
        return _private(self)["_files"]

    def file_of(self, entry: Entry) -> str:
        """The file ``entry`` was written in; the first fact file for an entry built in code."""
        return entry.written_in or self.display_path

    def source(self, source_id: str) -> Source:
        """The source with id ``source_id``; KeyError when none is declared."""
        try:
            return _private(self)["_sources_by_id"][source_id]
        except KeyError:
            raise KeyError(f"no source with id {source_id!r} in {self._declared_in()}") from None

    def fact(self, fact_id: str) -> Fact:
        """The fact with id ``fact_id``; KeyError when none is declared."""
        try:
            return _private(self)["_facts_by_id"][fact_id]
        except KeyError:
            raise KeyError(f"no fact with id {fact_id!r} in {self._declared_in()}") from None

    def _declared_in(self) -> str:
        return " or ".join(self.files)

    def derived_over(self, first: str, second: str) -> list[Fact]:
        """The derived facts declared over ``[first, second]`` (a ratio_of, change_of or
        difference_of pair)."""
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

    def line_of(self, entry: Entry, name: str | None = None) -> int | None:
        """The line of ``entry`` (a source, fact, evidence …), or of its field ``name``."""
        return entry.line if name is None else entry.line_of(name)

    def line_at(self, path: YamlPath) -> int | None:
        """The line of any position, e.g. ``("facts", 3, "ratio_of", 1)``, in a fact base read
        from one file (a merged one has no single file the path could be in: None)."""
        return self._loaded.line(path) if self._loaded is not None else None


def extend_registry(base: UnitRegistry, specs: Iterable[UnitSpec]) -> UnitRegistry:
    """``base`` plus a `Unit` for each ``units:`` entry, in order: a unit's ``equals`` is
    read with the units before it, so one project unit may convert into another.

    Raises ValueError (the message a curator reads) for an ``equals`` that is not one plain
    figure in a known unit, and for a word that would name two units.
    """
    registry = base
    for spec in specs:
        registry = registry.extended([unit_of(spec, registry)])
    return registry


def unit_of(spec: UnitSpec, registry: UnitRegistry) -> Unit:
    """The `Unit` a ``units:`` entry declares; its conversion read with ``registry``."""
    words = {"words_de": tuple(spec.words.de), "words_en": tuple(spec.words.en)}
    if spec.equals is None:
        return Unit(id=spec.id, **words)
    unit_id, factor = read_conversion(spec.equals, registry)
    dimension = registry.dimension_of(unit_id) or "count"
    return Unit(id=unit_id, factor=factor, dimension=dimension, name=spec.id, **words)


def read_conversion(text: str, registry: UnitRegistry) -> tuple[str, Fraction]:
    """``"159 l"`` → ("l", 159): the unit a conversion names and the exact factor into it.

    Exactly one plain figure with a unit: a qualifier or a range would make the conversion
    itself uncertain, and every figure read in the unit would inherit that.
    """
    found = read_quantities(text, "en", units=registry, tolerance=Fraction(0))
    if len(found) != 1 or found[0].text.strip() != text.strip():
        raise ValueError(
            f"equals {text!r} is not one figure with its unit (read: "
            f"{', '.join(repr(q.text) for q in found) or 'nothing'}, in English notation)"
        )
    quantity = found[0]
    if quantity.unit is None:
        raise ValueError(f"equals {text!r} names no known unit after its number")
    if quantity.qualifier is not None or quantity.value is None or quantity.value <= 0:
        raise ValueError(
            f"equals {text!r} is not one exact positive figure (no 'about', range or sign)"
        )
    return quantity.unit, quantity.value


def place_lines(entry: Entry, path: YamlPath, loaded: LoadedYaml) -> None:
    """Give ``entry`` and the entries inside it their lines in the file."""
    line = loaded.value_lines.get(path) if path else 1
    if line is None:
        line = loaded.value_line(path)  # not a value of its own: the nearest enclosing line
    # Straight into pydantic's private dictionary: its __setattr__ costs microseconds, and
    # a newsroom-sized facts.yaml has tens of thousands of entries. The lines of the fields
    # stay in the file's table (a key the model refused is no field, so never asked for).
    _private(entry)["_written"] = (line, path, loaded.key_lines, loaded.display_path)
    for name in _nested_fields(type(entry)):
        value = getattr(entry, name)
        if isinstance(value, Entry):
            place_lines(value, (*path, name), loaded)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, Entry):
                    place_lines(item, (*path, name, index), loaded)


_NESTED_FIELDS: dict[type[Entry], tuple[str, ...]] = {}


def _nested_fields(model: type[Entry]) -> tuple[str, ...]:
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
    if isinstance(annotation, type) and issubclass(annotation, Entry):
        return True
    return any(_holds_entries(argument) for argument in typing.get_args(annotation))


# ---------------------------------------------------------------------------
# JSON schema
# ---------------------------------------------------------------------------


def facts_json_schema() -> dict[str, Any]:
    """The JSON schema of facts.yaml (draft-07), generated from the models: the shared
    definitions under ``definitions``, where draft-07 keeps them, not 2020-12's ``$defs``."""
    generated = FactBase.model_json_schema(ref_template="#/definitions/{model}")
    definitions = generated.pop("$defs", {})
    return {"$schema": SCHEMA_DIALECT, **generated, "definitions": definitions}


def facts_schema_text() -> str:
    """The schema as committed in facts.schema.json: stable key order, UTF-8, final newline."""
    return json.dumps(facts_json_schema(), indent=2, ensure_ascii=False) + "\n"
