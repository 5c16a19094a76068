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

from dataclasses import replace
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from factspec.model.cache import CacheStore, content_key
from factspec.model.factbase.crosscheck import CrossChecks, Parts, seed_path_problems
from factspec.model.factbase.messages import translate_errors
from factspec.model.factbase.schema import FACTS_FILE, FactBase, FactbaseError
from factspec.read.problems import Problem
from factspec.read.yamlsafe import (
    MAX_BYTES,
    LoadedYaml,
    YamlError,
    load_yaml,
    sort_problems,
)

#: The cache's kind for validated facts files (`model.cache`).
FACTBASE_KIND = "factbase"
#: The plain YAML data of a facts file, under the same key (only `factspec impact` asks).
FACTS_DATA_KIND = "facts-data"

# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def load_factbase(project_dir: Path, *, cache: CacheStore | None = None) -> FactBase:
    """Read and validate ``project_dir/facts.yaml``; raise `FactbaseError` with every problem.

    With ``cache``, a file whose bytes were validated before is taken from it (`cached`)."""
    project_dir = Path(project_dir)
    path = project_dir / FACTS_FILE
    data = _small_file_bytes(path) if cache is not None else None
    if data is None:  # no cache, or a file the loader words its own refusal for
        try:
            loaded = load_yaml(path, FACTS_FILE)
        except YamlError as error:
            raise FactbaseError(error.problems) from None
        return _lean(build_factbase(loaded, project_dir=project_dir))
    assert cache is not None
    return cached(data, FACTS_FILE, project_dir=project_dir, cache=cache)[0]


def _small_file_bytes(path: Path) -> bytes | None:
    """The bytes of ``path`` when it is a regular file within the loader's size limit; None
    otherwise, so that `load_yaml` reads it itself and words what is wrong."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def cached(
    data: bytes, display_path: str, *, project_dir: Path | None, cache: CacheStore
) -> tuple[FactBase, str]:
    """The facts file with content ``data`` validated, from ``cache`` when the same bytes
    under the same name were validated before; and the content key it is stored under.

    Only a file that validated cleanly is stored, so a hit has no problems of its own, and
    the one check that depends on the disk rather than on the bytes (a source file that is a
    symbolic link out of seeds/) runs again on every hit. A file with problems is validated
    every time, and its problems are worded exactly as without a cache.
    """
    key = content_key(FACTBASE_KIND, display_path, data)
    hit = cache.get(FACTBASE_KIND, key)
    if isinstance(hit, FactBase) and hit.display_path == display_path:
        if project_dir is not None:
            problems = seed_path_problems(hit, display_path, project_dir)
            if problems:
                raise FactbaseError(sort_problems(problems))
        return hit, key
    factbase = load_factbase_text(data, display_path, project_dir=project_dir)
    cache.put(FACTBASE_KIND, key, factbase)
    return factbase, key


def cached_with_data(
    data: bytes, display_path: str, *, project_dir: Path | None, cache: CacheStore
) -> tuple[FactBase, dict[str, Any], str]:
    """`cached`, with the file's plain YAML data (what `factspec impact` compares entry by
    entry), stored beside the validated facts under the same key; and that key."""
    key = content_key(FACTBASE_KIND, display_path, data)
    found = cached_by_key(key, display_path, project_dir=project_dir, cache=cache)
    if found is not None:
        return (*found, key)
    try:
        loaded = load_yaml(data, display_path)
    except YamlError as error:
        raise FactbaseError(error.problems) from None
    factbase = _lean(build_factbase(loaded, project_dir=project_dir))
    cache.put(FACTBASE_KIND, key, factbase)
    cache.put(FACTS_DATA_KIND, key, loaded.data)
    return factbase, loaded.data, key


def cached_by_key(
    key: str, display_path: str, *, project_dir: Path | None, cache: CacheStore
) -> tuple[FactBase, dict[str, Any]] | None:
    """The validated facts and plain data stored under ``key`` (`cached_with_data`), or None
    when either is absent; raises `FactbaseError` for the disk rule, as `cached` does."""
    factbase = cache.get(FACTBASE_KIND, key)
    if not isinstance(factbase, FactBase) or factbase.display_path != display_path:
        return None
    plain = cache.get(FACTS_DATA_KIND, key)
    if not isinstance(plain, dict):
        return None
    if project_dir is not None:
        problems = seed_path_problems(factbase, display_path, project_dir)
        if problems:
            raise FactbaseError(sort_problems(problems))
    return factbase, plain


def _lean(factbase: FactBase) -> FactBase:
    """``factbase`` without what validation needed and nothing asks for afterwards: the
    parsed YAML data (the models hold every value) and the written form of plain scalars,
    and of the value lines those a line can still be asked of. A mapping value's line is
    found under its key (`LoadedYaml.line` looks there first), so only sequence items and
    the root keep theirs. At 10k sources these were the largest holders of memory in a
    loaded project, and the larger part of the cached file (docs/PERFORMANCE.md)."""
    loaded = factbase._loaded
    if loaded is not None and loaded.data:
        items = {p: line for p, line in loaded.value_lines.items() if not p or type(p[-1]) is int}
        factbase._loaded = replace(loaded, data={}, plain_scalars={}, value_lines=items)
    return factbase


def load_factbase_text(
    text: str | bytes, display_path: str = FACTS_FILE, *, project_dir: Path | None = None
) -> FactBase:
    """Validate facts.yaml content given as text; ``project_dir`` enables the symlink check."""
    try:
        loaded = load_yaml(text, display_path)
    except YamlError as error:
        raise FactbaseError(error.problems) from None
    return _lean(build_factbase(loaded, project_dir=project_dir))


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
