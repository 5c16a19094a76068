"""facts.yaml: the curated sources and facts, validated with a line and a fix for every problem.

One job a module: `schema` (the pydantic models and the JSON schema), `crosscheck` (the
rules that tie entries together), `messages` (validation errors in a curator's words), and
`load` (the three layers run in order: per file, then over the files merged), `files` (which
files hold the facts: facts.yaml and facts/*.yaml). Importers use the names re-exported here.
"""

from factspec.model.factbase.files import FACTS_DIR, fact_files, has_fact_files, is_fact_file
from factspec.model.factbase.load import (
    FactFile,
    build_factbase,
    load_factbase,
    load_factbase_text,
    merge_fact_files,
    read_fact_file,
)
from factspec.model.factbase.schema import (
    DEFAULT_TOLERANCE,
    DERIVED_UNITS,
    FACTS_FILE,
    SCHEMA_DIALECT,
    SEEDS_DIR,
    Evidence,
    Fact,
    FactBase,
    FactbaseError,
    IgnoredFigure,
    Source,
    UnitSpec,
    UnitWords,
    extend_registry,
    facts_json_schema,
    facts_schema_text,
    format_tolerance,
)

__all__ = [
    "DEFAULT_TOLERANCE",
    "DERIVED_UNITS",
    "FACTS_DIR",
    "FACTS_FILE",
    "SCHEMA_DIALECT",
    "SEEDS_DIR",
    "Evidence",
    "Fact",
    "FactBase",
    "FactFile",
    "FactbaseError",
    "IgnoredFigure",
    "Source",
    "UnitSpec",
    "UnitWords",
    "build_factbase",
    "extend_registry",
    "fact_files",
    "facts_json_schema",
    "facts_schema_text",
    "format_tolerance",
    "has_fact_files",
    "is_fact_file",
    "load_factbase",
    "load_factbase_text",
    "merge_fact_files",
    "read_fact_file",
]
