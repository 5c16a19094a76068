"""``factspec lock [DIR]``: pin the sha256 of every source file after review."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factspec.commands import EXIT_OK, EXIT_UNUSABLE, unusable
from factspec.gate.lock import write_lock
from factspec.model.lock import LOCK_FILE, source_files
from factspec.read.problems import FactspecError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lock",
        help=f"pin every source's sha256 in {LOCK_FILE} (after reviewing the sources)",
        description=f"Rewrite {LOCK_FILE} atomically and print what changed.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    root: Path = args.directory
    try:
        before = write_lock(root)
    except FactspecError as error:
        return unusable(error, "lock")
    except OSError as error:
        print(
            f"{LOCK_FILE}: cannot write it ({error.strerror}) — check the folder", file=sys.stderr
        )
        return EXIT_UNUSABLE
    count = len(source_files(root))
    if before.missing_lock:
        print(f"created {LOCK_FILE}: {count} sources pinned")
    elif before.clean:
        print(f"{LOCK_FILE} was up to date: {count} sources pinned")
    else:
        for label, names in (
            ("edited", before.edited),
            ("added", before.added),
            ("removed", before.removed),
        ):
            for name in names:
                print(f"{label}: seeds/{name}")
        print(f"updated {LOCK_FILE}: {count} sources pinned")
    return EXIT_OK
