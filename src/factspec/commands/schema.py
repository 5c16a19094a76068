"""``factspec schema [--output PATH] [--check]``: write facts.schema.json, or check it is fresh.

The schema is generated from the facts.yaml model, so editors validate and explain the
same fields the loader accepts; ``--check`` lets CI notice a model change nobody regenerated.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from factspec.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE
from factspec.model.factbase import facts_schema_text
from factspec.report.write import atomic_write

SCHEMA_FILE = "facts.schema.json"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "schema",
        help="write the JSON schema of facts.yaml (or check it is up to date)",
        description="Generate facts.schema.json from the facts.yaml model. "
        "Exit 0 written or fresh, 1 stale (--check), 2 cannot read or write.",
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=Path(SCHEMA_FILE),
        metavar="PATH",
        help=f"where the schema goes (default: {SCHEMA_FILE})",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 with a diff when PATH differs from the generated schema",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path: Path = args.output
    generated = facts_schema_text()
    if args.check:
        return _check(path, generated)
    try:
        atomic_write(path, generated, create_folder=False)
    except OSError as error:
        print(f"{path}: cannot write: {error.strerror or error}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(f"wrote {path}")
    return EXIT_OK


def _check(path: Path, generated: str) -> int:
    try:
        committed = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        print(f"{path}: missing — run `factspec schema --output {path}`", file=sys.stderr)
        return EXIT_FINDINGS
    except (OSError, UnicodeDecodeError) as error:
        print(f"{path}: cannot read: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    if committed == generated:
        print(f"{path} is up to date")
        return EXIT_OK
    diff = difflib.unified_diff(
        committed.splitlines(keepends=True),
        generated.splitlines(keepends=True),
        fromfile=f"{path} (on disk)",
        tofile=f"{path} (generated)",
    )
    sys.stdout.writelines(diff)
    print(f"{path} is stale — run `factspec schema --output {path}`", file=sys.stderr)
    return EXIT_FINDINGS
