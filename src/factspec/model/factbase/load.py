"""Loading the fact files in three layers, each reporting everything it finds at once:

1. `yamlsafe` refuses what YAML itself hides (duplicate keys, aliases, tags) and keeps
   a line for every value;
2. the pydantic models (`schema`) check shapes and types strictly — no coercion, so an
   unquoted ``id: 002`` (YAML reads the number 2) is refused with "quote it" instead of
   becoming ``"2"``; their errors are worded by `messages`;
3. `crosscheck` ties the entries together.

Layers 1 and 2 depend on one file's bytes alone (`read_fact_file`), so a file can be read,
and kept, on its own; layer 3 runs on the project's files merged (`merge_fact_files`),
because ids are unique across files and an evidence in facts/energy.yaml may cite a source
registered in facts.yaml. When some entries fail layer 2, the valid ones still go through
layer 3, so a curator sees a missing stance and an unknown unit in the same run.
`FactBase.model_validate` alone runs only layer 2; use `load_factbase` or
`load_factbase_text`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import (
    ValidationError,
)

from factspec.model.cache import CacheStore, content_key
from factspec.model.factbase.crosscheck import CrossChecks, Parts, seed_path_problems
from factspec.model.factbase.files import FACTS_DIR, FACTS_SUFFIX, fact_files
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

#: The cache's kind for validated fact files: a project's only file, cross-checked (`model.cache`).
FACTBASE_KIND = "factbase"
#: The plain YAML data of a facts file, under the same key (only `factspec impact` asks).
FACTS_DATA_KIND = "facts-data"
#: One of several fact files read on its own (layers 1 and 2, `read_fact_file`).
FACT_FILE_KIND = "fact-file"

# Sections the project must declare in some file; a topic file may leave them to another.
_PROJECT_SECTIONS = {
    "sources": "the raw texts in seeds/",
    "facts": "the facts and each source's evidence",
}


@dataclass(frozen=True)
class FactFile:
    """One fact file read on its own: its part of the fact base, and what is wrong in it
    alone. A function of the file's bytes and name only, never of the other files."""

    display_path: str
    loaded: LoadedYaml | None  # None when YAML itself refused the file
    model: FactBase | None  # the file validated whole; None when some entry was refused
    parts: Parts  # the entries that passed the model, each placed at its line
    problems: tuple[Problem, ...]  # YAML and model problems of this file

    def declares(self, section: str) -> bool:
        """Whether the file writes the top-level key ``section`` (even as an empty list).
        Asked of the key's line, which a lean file (`_lean_file`) keeps as well."""
        return self.loaded is not None and (section,) in self.loaded.key_lines


# ---------------------------------------------------------------------------
# One file
# ---------------------------------------------------------------------------


def read_fact_file(data: str | bytes | Path, display_path: str) -> FactFile:
    """Layers 1 and 2 for one fact file given as bytes, text or a path to read."""
    try:
        loaded = load_yaml(data, display_path)
    except YamlError as error:
        return FactFile(display_path, None, None, Parts(), tuple(error.problems))
    return _validated(loaded)


def _validated(loaded: LoadedYaml) -> FactFile:
    """Layer 2 over one loaded file: the model, or the entries that pass it."""
    problems: list[Problem] = []
    model: FactBase | None = None
    try:
        model = FactBase.model_validate(loaded.data)
    except ValidationError as error:
        problems.extend(translate_errors(error, loaded))
    parts = Parts.of(model) if model is not None else Parts.salvage(loaded)
    parts.place(loaded)
    return FactFile(loaded.display_path, loaded, model, parts, tuple(problems))


# ---------------------------------------------------------------------------
# The files merged
# ---------------------------------------------------------------------------


def merge_fact_files(files: Sequence[FactFile], *, project_dir: Path | None = None) -> FactBase:
    """Layer 3 over the files in order: one `FactBase`, or `FactbaseError` with every
    problem of every file, each at its own file and line. ``project_dir`` enables the
    symlink check of the sources' paths."""
    if not files:
        raise FactbaseError([_no_fact_files()])
    problems = [problem for file in files for problem in file.problems]
    if any(file.loaded is None for file in files):
        # A file YAML refused has no entries: checked against the rest, every id it declares
        # would be reported as unknown wherever another file names it.
        raise FactbaseError(_in_file_order(problems, files))
    problems += _project_wide(files)
    parts = Parts.combined(file.parts for file in files)
    problems += CrossChecks(parts, files[0].display_path, project_dir).run()
    if problems:
        raise FactbaseError(_in_file_order(problems, files))
    return _merged(files, parts)


def _merged(files: Sequence[FactFile], parts: Parts) -> FactBase:
    first = files[0]
    if len(files) == 1:
        factbase = first.model
        assert factbase is not None  # no problems, so the model accepted the whole file
        factbase._loaded = first.loaded
    else:
        models = [file.model for file in files]
        assert all(model is not None for model in models)
        tolerance = next(
            (m.tolerance for f, m in zip(files, models, strict=True) if f.declares("tolerance")),
            FactBase.model_fields["tolerance"].get_default(call_default_factory=True),
        )
        # Every entry was validated in its own file; the merge only concatenates them, so
        # building the model again would validate tens of thousands of entries twice.
        factbase = FactBase.model_construct(
            version=1,
            tolerance=tolerance,
            units=parts.units,
            sources=parts.sources,
            facts=parts.facts,
            ignore=parts.ignore,
        )
    factbase._display_path = first.display_path
    factbase._files = tuple(file.display_path for file in files)
    return factbase


def _project_wide(files: Sequence[FactFile]) -> list[Problem]:
    """What no single file can know: the sections some file must declare, and the one
    project tolerance set in at most one file."""
    problems = []
    first = files[0].display_path
    for section, what in _PROJECT_SECTIONS.items():
        if not any(file.declares(section) for file in files):
            where = "at the top level" if len(files) == 1 else "at the top level of any fact file"
            fix = f"add {section}: ({what})"
            if len(files) > 1:
                fix += f" to one of {', '.join(file.display_path for file in files)}"
            problems.append(Problem(first, 1, f"missing field {section!r} {where}", fix))
    setting = [file for file in files if file.declares("tolerance")]
    for later in setting[1:]:
        assert setting[0].loaded is not None and later.loaded is not None
        problems.append(
            Problem(
                later.display_path,
                later.loaded.line(("tolerance",)),
                "the project tolerance is set in two fact files (first at "
                f"{setting[0].display_path}:{setting[0].loaded.line(('tolerance',))})",
                "set it in one file; a fact's own tolerance: overrides it for that fact",
            )
        )
    return problems


def _in_file_order(problems: list[Problem], files: Sequence[FactFile]) -> list[Problem]:
    """Problems file by file in the files' order, each file's in reading order."""
    order = {file.display_path: index for index, file in enumerate(files)}
    by_file = sorted(problems, key=lambda p: order.get(p.path, len(order)))
    grouped: dict[str, list[Problem]] = {}
    for problem in by_file:
        grouped.setdefault(problem.path, []).append(problem)
    return [problem for group in grouped.values() for problem in sort_problems(group)]


def _no_fact_files() -> Problem:
    return Problem(
        FACTS_FILE,
        None,
        f"no {FACTS_FILE} and no {FACTS_DIR}/*{FACTS_SUFFIX} in the project folder",
        f"run factspec in a folder holding {FACTS_FILE} (or {FACTS_DIR}/), seeds/ and features/",
    )


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


def load_factbase(project_dir: Path, *, cache: CacheStore | None = None) -> FactBase:
    """Read and validate every fact file of ``project_dir`` (facts.yaml and facts/*.yaml);
    raise `FactbaseError` with every problem.

    With ``cache``, what was validated before is taken from it: a project's only file
    cross-checked whole (`cached`), or, with facts split over several files, each file
    read on its own (`cached_fact_file`), so an edit to one file re-reads that file alone;
    the files are then merged and cross-checked as without a cache."""
    project_dir = Path(project_dir)
    # With no fact file at all, facts.yaml is read anyway: its "cannot read" names the file.
    paths = fact_files(project_dir) or [(FACTS_FILE, project_dir / FACTS_FILE)]
    contents = [_small_file_bytes(path) for _, path in paths] if cache is not None else []
    if cache is None or any(data is None for data in contents):
        # No cache, or a file the loader words its own refusal for.
        files = [read_fact_file(path, shown) for shown, path in paths]
        return _lean(merge_fact_files(files, project_dir=project_dir))
    if len(paths) == 1:
        data = contents[0]
        assert data is not None
        return cached(data, paths[0][0], project_dir=project_dir, cache=cache)[0]
    files = [
        cached_fact_file(data, shown, cache=cache)
        for (shown, _), data in zip(paths, contents, strict=True)
        if data is not None
    ]
    return merge_fact_files(files, project_dir=project_dir)


def _small_file_bytes(path: Path) -> bytes | None:
    """The bytes of ``path`` when it is a regular file within the loader's size limit; None
    otherwise, so that `load_yaml` reads it itself and words what is wrong."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def cached_fact_file(data: bytes, display_path: str, *, cache: CacheStore) -> FactFile:
    """One of several fact files with content ``data`` read on its own (`read_fact_file`),
    from ``cache`` when the same bytes under the same name were read before.

    Only a file without problems of its own is stored; it is kept lean (`_lean_file`). The
    rules that tie the files together run on every load, after the merge: they depend on
    the other files."""
    key = content_key(FACT_FILE_KIND, display_path, data)
    hit = cache.get(FACT_FILE_KIND, key)
    if isinstance(hit, FactFile) and hit.display_path == display_path:
        return hit
    file = read_fact_file(data, display_path)
    if file.model is None or file.problems:
        return file
    lean = _lean_file(file)
    cache.put(FACT_FILE_KIND, key, lean)
    return lean


def cached(
    data: bytes, display_path: str, *, project_dir: Path | None, cache: CacheStore
) -> tuple[FactBase, str]:
    """A project's only fact file with content ``data`` validated, from ``cache`` when the
    same bytes under the same name were validated before; and the content key it is stored
    under.

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


def _lean_yaml(loaded: LoadedYaml) -> LoadedYaml:
    """``loaded`` without what validation needed and nothing asks for afterwards: the parsed
    YAML data (the models hold every value) and the written form of plain scalars, and of
    the value lines those a line can still be asked of. A mapping value's line is found
    under its key (`LoadedYaml.line` looks there first), so only sequence items and the root
    keep theirs. At 10k sources these were the largest holders of memory in a loaded
    project, and the larger part of the cached file (docs/PERFORMANCE.md)."""
    if not loaded.data:
        return loaded
    items = {p: line for p, line in loaded.value_lines.items() if not p or type(p[-1]) is int}
    return replace(loaded, data={}, plain_scalars={}, value_lines=items)


def _lean(factbase: FactBase) -> FactBase:
    """``factbase`` with its loaded YAML lean (`_lean_yaml`)."""
    loaded = factbase._loaded
    if loaded is not None:
        factbase._loaded = _lean_yaml(loaded)
    return factbase


def _lean_file(file: FactFile) -> FactFile:
    """``file`` with its loaded YAML lean (`_lean_yaml`); what it declares is asked of its
    key lines, which are kept. Its entries are placed already, so the table that placed
    them (keyed by the entries' identities, which a stored copy would not keep) goes too."""
    if file.loaded is None:
        return file
    parts = replace(file.parts, paths={})
    return replace(file, loaded=_lean_yaml(file.loaded), parts=parts)


def load_factbase_text(
    text: str | bytes, display_path: str = FACTS_FILE, *, project_dir: Path | None = None
) -> FactBase:
    """Validate one fact file's content given as text; ``project_dir`` enables the symlink
    check."""
    files = [read_fact_file(text, display_path)]
    return _lean(merge_fact_files(files, project_dir=project_dir))


def build_factbase(loaded: LoadedYaml, *, project_dir: Path | None = None) -> FactBase:
    """Validate loaded YAML as the project's only fact file: model, then cross-checks."""
    return merge_fact_files([_validated(loaded)], project_dir=project_dir)
