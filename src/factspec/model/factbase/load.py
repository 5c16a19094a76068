"""Loading facts.yaml in three layers, each reporting everything it finds at once:

1. `yamlsafe` refuses what YAML itself hides (duplicate keys, aliases, tags) and keeps
   a line for every value;
2. the pydantic models (`schema`) check shapes and types strictly — no coercion, so an
   unquoted ``id: 002`` (YAML reads the number 2) is refused with "quote it" instead of
   becoming ``"2"``; their errors are worded by `messages`;
3. `crosscheck` ties the entries together.

When some entries fail layer 2, the valid ones still go through layer 3, so a curator
sees a missing stance and an unknown unit in the same run. `FactBase.model_validate`
alone runs only layer 2; use `load_factbase` or `load_factbase_text`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import (
    ValidationError,
)

from factspec.model.factbase.crosscheck import CrossChecks, Parts
from factspec.model.factbase.messages import translate_errors
from factspec.model.factbase.schema import FACTS_FILE, FactBase, FactbaseError
from factspec.read.problems import Problem
from factspec.read.yamlsafe import (
    LoadedYaml,
    YamlError,
    load_yaml,
    sort_problems,
)

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
    parts = Parts.of(factbase) if factbase is not None else Parts.salvage(loaded)
    parts.place(loaded)
    problems.extend(CrossChecks(parts, loaded.display_path, project_dir).run())
    if problems:
        raise FactbaseError(sort_problems(problems))
    assert factbase is not None
    factbase._display_path = loaded.display_path
    factbase._loaded = loaded
    return factbase
