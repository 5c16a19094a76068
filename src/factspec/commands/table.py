"""``factspec table``: the coverage table from the in-process engine, in every format.

``--check`` is the CI gate for the committed COVERAGE.md: it fails with a diff (and the
changed cells by name) when the corpus, facts or features no longer give the committed table.
``--merge DIR...`` takes the claims' records from the shards of a sharded pytest run instead
of judging them here, and renders exactly what one run would have.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from factspec.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, unusable
from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.model.project import FEATURES_DIR, Project
from factspec.model.publication import Publication, load_publication
from factspec.read.features import load_features
from factspec.read.problems import FactspecError
from factspec.report.markdown import matrix_cells, render_terminal_table
from factspec.report.shards import identity, merge_shard_records
from factspec.report.write import (
    COVERAGE_FILE,
    FORMATS,
    REPORTS_DIR,
    atomic_write,
    render,
    write_reports,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "table",
        help="print or write the coverage table; --check compares it with COVERAGE.md",
        description="Render the coverage model of a project folder.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument(
        "--format", choices=("text", *FORMATS), default="text", help="default: a terminal table"
    )
    parser.add_argument("--output", type=Path, metavar="PATH", help="write to PATH, not stdout")
    parser.add_argument(
        "--merge",
        nargs="+",
        type=Path,
        metavar="SHARD_DIR",
        help="the claims' records from the shards of `pytest --factspec-shard=I/N` (the folders "
        "they wrote records-I-of-N.json to), all of them, judged on this project; give DIR "
        "before --merge",
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check",
        action="store_true",
        help=f"exit 1 with a diff when {COVERAGE_FILE} is stale; (re)write {REPORTS_DIR}/",
    )
    mode.add_argument(
        "--update", action="store_true", help=f"rewrite {COVERAGE_FILE} and {REPORTS_DIR}/"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root: Path = args.directory
    try:
        if args.merge:
            project = Project.load(root)
            claims = [claim.id for claim in load_features(root / FEATURES_DIR, root)]
            try:
                records = merge_shard_records(args.merge, identity(root), claims)
            except FactspecError as error:
                return unusable(error, "table", "the shards' records are not merged")
        else:
            report = check_project(root)
            project, records = report.project, report.records()
        publication = load_publication(root)
    except FactspecError as error:
        return unusable(error, "table")
    model = build_model(project, records)
    texts = project.texts_by_id()
    try:
        return _write(args, model, texts, publication)
    except OSError as error:
        # atomic_write has removed its temporary file; every earlier report is intact.
        print(
            f"factspec table: cannot write {_shown(error.filename, root)}: "
            f"{error.strerror or error} — free space or "
            "fix permissions and run again; the previous reports are unchanged",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE


def _write(
    args: argparse.Namespace, model: dict, texts: dict[str, str], publication: Publication
) -> int:
    root: Path = args.directory
    if args.check or args.update:
        fresh = render(model, texts, "md")
        if args.update:
            write_reports(model, texts, root / REPORTS_DIR, publication)
            atomic_write(root / COVERAGE_FILE, fresh)
            print(f"wrote {COVERAGE_FILE} and {REPORTS_DIR}/")
            return EXIT_OK
        return _check(root / COVERAGE_FILE, fresh)  # a check writes nothing
    # The command is asked for the table: every claim, however many.
    text = render_terminal_table(model, full=True) + "\n" if args.format == "text" else None
    text = text if text is not None else render(model, texts, args.format, publication)
    if args.output:
        atomic_write(args.output, text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _shown(filename: object, root: Path) -> str:
    """A written file's name as the user knows it: relative to the project when inside it."""
    try:
        return Path(str(filename)).relative_to(root).as_posix()
    except ValueError:
        return str(filename) if filename else "a report"


def _check(committed_path: Path, fresh: str) -> int:
    if not committed_path.is_file():
        print(
            f"{COVERAGE_FILE} is missing — run `factspec table --update` and commit it",
            file=sys.stderr,
        )
        return EXIT_FINDINGS
    committed = committed_path.read_text(encoding="utf-8")
    if committed == fresh:
        print(f"{COVERAGE_FILE} is up to date")
        return EXIT_OK
    print(f"{COVERAGE_FILE} is stale — run `factspec table --update`, review and commit it")
    for line in changed_cells(committed, fresh):
        print(line)
    sys.stdout.writelines(
        difflib.unified_diff(
            committed.splitlines(keepends=True),
            fresh.splitlines(keepends=True),
            f"{COVERAGE_FILE} (committed)",
            f"{COVERAGE_FILE} (from the current corpus)",
        )
    )
    return EXIT_FINDINGS


def changed_cells(committed: str, fresh: str) -> list[str]:
    """Each cell whose mark changed, added or vanished, by claim and source."""
    before, after = matrix_cells(committed), matrix_cells(fresh)
    lines = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key, "(none)"), after.get(key, "(none)")
        if old != new:
            claim, source = key
            lines.append(f"changed cell: {claim} × {source}: {old} → {new}")
    return lines
