"""pydantic's validation errors said in a curator's words: what is wrong, where, and the fix."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import (
    ValidationError,
)

from factspec.model.factbase.schema import (
    DERIVED_UNITS,
    Entry,
    Evidence,
    Fact,
    FactBase,
    IgnoredFigure,
    Source,
    StrictModel,
    UnitSpec,
    UnitWords,
)
from factspec.read.problems import Problem
from factspec.read.yamlsafe import (
    LoadedYaml,
    describe,
)

# ---------------------------------------------------------------------------
# pydantic errors in curator language
# ---------------------------------------------------------------------------

_SECTIONS: dict[str, tuple[str, type[Entry]]] = {
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
    model: type[StrictModel]
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
