"""Where a project's facts are written: ``facts.yaml``, ``facts/*.yaml``, or both.

A newsroom with thousands of sources does not keep one file every curator edits: the facts
may be split over ``facts/*.yaml`` (one per topic, say), beside or instead of facts.yaml.
The files are read in a fixed order — facts.yaml first, then facts/ by name — so the merged
fact base, and every report listing sources in their written order, never depends on the
order a folder happens to be listed in.
"""

from __future__ import annotations

from pathlib import Path

from factspec.model.factbase.schema import FACTS_FILE, FactbaseError
from factspec.read.problems import Problem

FACTS_DIR = "facts"
FACTS_SUFFIX = ".yaml"
# Suffixes a curator may mean as a fact file but that are not read: refused, never skipped,
# or a topic's facts would silently drop out of every check.
_MISTAKEN_SUFFIXES = (".yml", ".YAML", ".YML", ".Yaml")


_FIX_LINK = "put the fact file itself in facts/, not a link or a special file"


def _not_a_plain_file(path: Path, root: Path) -> str | None:
    """Why ``path`` cannot be read as a fact file, or None. A link may lead out of the
    project (its content then shown in problems, in a CI log) and a pipe or device would
    block or never end; facts.yaml's own folder is the only place facts come from."""
    try:
        resolved = path.resolve(strict=True)
        inside = resolved.is_relative_to(root.resolve(strict=True))
        regular = resolved.is_file()
    except (OSError, RuntimeError):  # a dangling link, a loop of links
        return "a link that cannot be resolved"
    if not inside:
        return "resolves outside the project folder (through a symbolic link)"
    if not regular:
        return "not a regular file"
    return None


def is_fact_file(path: str) -> bool:
    """Whether a project path (``facts.yaml``, ``facts/energy.yaml``) is a fact file."""
    if path == FACTS_FILE:
        return True
    folder, _, name = path.partition("/")
    return (
        folder == FACTS_DIR
        and "/" not in name
        and name.endswith(FACTS_SUFFIX)
        and not name.startswith(".")
    )


def has_fact_files(root: Path) -> bool:
    """Whether ``root`` holds facts.yaml or any facts/*.yaml: a factspec project."""
    if (root / FACTS_FILE).is_file():
        return True
    folder = root / FACTS_DIR
    return folder.is_dir() and any(path.is_file() for path in folder.glob("*" + FACTS_SUFFIX))


def fact_files(root: Path) -> list[tuple[str, Path]]:
    """(display path, path) of every fact file of ``root``, facts.yaml first, then facts/
    by name; `FactbaseError` for what looks like a fact file but would not be read."""
    found: list[tuple[str, Path]] = []
    if (root / FACTS_FILE).is_file():
        found.append((FACTS_FILE, root / FACTS_FILE))
    folder = root / FACTS_DIR
    if not folder.is_dir():
        return found
    problems = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        shown = f"{FACTS_DIR}/{path.name}"
        if path.name.startswith("."):
            continue  # .gitkeep, an editor's swap file
        if path.is_dir():
            problems.append(
                Problem(
                    shown,
                    None,
                    "a folder inside facts/; fact files are read from facts/ itself only",
                    f"move its files up into {FACTS_DIR}/ (names must stay unique)",
                )
            )
        elif path.name.endswith(_MISTAKEN_SUFFIXES) and not path.name.endswith(FACTS_SUFFIX):
            problems.append(
                Problem(
                    shown,
                    None,
                    f"not read as a fact file: only names ending in {FACTS_SUFFIX} are",
                    f"rename it to {path.stem}{FACTS_SUFFIX}",
                )
            )
        elif path.name.endswith(FACTS_SUFFIX):
            unusable = _not_a_plain_file(path, root)
            if unusable is None:
                found.append((shown, path))
            else:
                problems.append(Problem(shown, None, unusable, _FIX_LINK))
    if problems:
        raise FactbaseError(problems)
    return found
