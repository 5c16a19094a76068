"""``factspec init [DIR]``: a working project in DIR, never overwriting a file that is there.

The project it writes passes ``factspec lint``, ``factspec check`` and ``pytest`` as it
stands: facts.yaml (with the schema modeline) holding one example source and fact, the seed
the source is, one claim in English and one in German, pytest's configuration, pre-commit
hooks and a GitHub workflow that calls factspec's reusable gate. In a folder that already has
a facts.yaml, only the missing scaffolding is added: no example source, fact or claim.
"""

from __future__ import annotations

import argparse
import configparser
import sys
import tomllib
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from factspec.commands import EXIT_OK, EXIT_UNUSABLE, plural
from factspec.gate.lock import render_lock
from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.model.cache import caching
from factspec.model.factbase import facts_schema_text
from factspec.model.lock import LOCK_FILE, hash_sources
from factspec.model.project import FACTS_FILE
from factspec.read.problems import FactspecError
from factspec.report.markdown import render_markdown
from factspec.report.write import COVERAGE_FILE

# Where the reusable workflow lives; `--workflow OWNER/REPO@REF` names another copy.
FACTSPEC_REPOSITORY = "factspec/factspec"
FACTSPEC_REF = "main"
WORKFLOW_FILE = ".github/workflows/factspec.yml"
PYTEST_FILE = "pytest.ini"


@dataclass(frozen=True)
class Starter:
    """A file of the new project and the package file it is copied from."""

    path: str
    template: str
    example: bool = False  # part of the example (source, seed, claims): only in a new project


STARTERS = (
    Starter(FACTS_FILE, "facts.yaml", example=True),
    Starter("seeds/example.txt", "example.txt", example=True),
    Starter("features/example.feature", "example.feature", example=True),
    Starter("features/beispiel.feature", "beispiel.feature", example=True),
    Starter("steps/README.md", "steps-README.md"),
    Starter(PYTEST_FILE, "pytest.ini"),
    Starter(".pre-commit-config.yaml", "pre-commit-config.yaml"),
    Starter(WORKFLOW_FILE, "github-workflow.yml"),
    Starter(".gitignore", "gitignore"),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init",
        help="create a working project in DIR (never overwrites a file)",
        description="Create a factspec project: facts.yaml with one example source and fact, "
        "seeds/, features/ with a claim in English and in German, steps/, pytest "
        "configuration, pre-commit hooks and a GitHub workflow. Existing files are kept.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument(
        "--workflow",
        default=f"{FACTSPEC_REPOSITORY}@{FACTSPEC_REF}",
        metavar="OWNER/REPO@REF",
        help="the factspec repository whose reusable workflow the GitHub workflow calls "
        "(default: %(default)s)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root: Path = args.directory
    repository, _, ref = str(args.workflow).partition("@")
    if root.exists() and not root.is_dir():
        print(
            f"{root}: not a folder — name a folder (new or existing) for the project",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    if repository.count("/") != 1 or not ref:
        print(
            f"--workflow {args.workflow}: not OWNER/REPO@REF — e.g. "
            f"{FACTSPEC_REPOSITORY}@{FACTSPEC_REF}",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    new_project = not (root / FACTS_FILE).exists()
    try:
        created, kept = init_project(root, repository=repository, ref=ref, example=new_project)
    except OSError as error:
        print(
            f"{error.filename or root}: {error.strerror or error} — fix permissions or free "
            "space and run `factspec init` again; existing files are kept",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    for path in created:
        print(f"created {path}")
    for path, reason in kept:
        print(f"kept    {path} ({reason})")
    where = "" if str(root) == "." else f" in {root}"
    print(
        f"\n{plural(len(created), 'file')} created{where}. Next: add a text to seeds/, "
        "run `factspec suggest`, paste what is right into facts.yaml, then "
        "`factspec lock && factspec lint && factspec check && pytest`."
    )
    return EXIT_OK


def init_project(
    root: Path, *, repository: str, ref: str, example: bool = True
) -> tuple[list[str], list[tuple[str, str]]]:
    """Write every missing file of a project into ``root``; return the paths created and the
    paths kept with the reason. ``example=False`` leaves out the example source and claims."""
    created: list[str] = []
    kept: list[tuple[str, str]] = []
    starter = files("factspec") / "starter"
    for item in STARTERS:
        if item.example and not example:
            continue
        if item.path == PYTEST_FILE and (config := _pytest_config(root)) is not None:
            kept.append((item.path, f"pytest is configured in {config}; set testpaths there"))
            continue
        text = (starter / item.template).read_text(encoding="utf-8")
        text = text.replace("{repository}", repository).replace("{ref}", ref)
        _record(root, item.path, text, created, kept)
    _record(root, "facts.schema.json", facts_schema_text(), created, kept)
    _record(root, LOCK_FILE, render_lock(hash_sources(root)), created, kept)
    if not (root / COVERAGE_FILE).exists():
        coverage = _coverage(root)
        if coverage is None:
            kept.append((COVERAGE_FILE, "not written: the project does not check yet"))
        else:
            _record(root, COVERAGE_FILE, coverage, created, kept)
    return created, kept


def _record(
    root: Path, name: str, text: str, created: list[str], kept: list[tuple[str, str]]
) -> None:
    if _create(root / name, text):
        created.append(name)
    else:
        kept.append((name, "exists"))


def _create(path: Path, text: str) -> bool:
    """Write a new file; False (and nothing written) when ``path`` exists. Exclusive
    creation, so a file that appears meanwhile is not overwritten either."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(path, "x", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True


def _pytest_config(root: Path) -> str | None:
    """The file pytest would read its configuration from in ``root``, if one says so: a
    pytest.ini written beside it would silently take its place."""
    for name in ("pytest.ini", ".pytest.ini"):
        if (root / name).is_file():
            return name
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            return "pyproject.toml"  # unreadable here: leave its owner to decide
        if "ini_options" in data.get("tool", {}).get("pytest", {}):
            return "pyproject.toml"
    for name, section in (("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        if (root / name).is_file():
            parser = configparser.ConfigParser()
            try:
                parser.read(root / name, encoding="utf-8")
            except (configparser.Error, UnicodeDecodeError):
                return name
            if parser.has_section(section):
                return name
    return None


def _coverage(root: Path) -> str | None:
    """COVERAGE.md for the project as written, or None when it cannot be checked yet."""
    try:
        # Without the cache: init writes the files it lists and nothing else.
        with caching(False):
            report = check_project(root)
    except FactspecError:
        return None
    return render_markdown(build_model(report.project, report.records()))
