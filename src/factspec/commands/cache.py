"""``factspec cache clear [DIR]``: remove the project's ``.factspec_cache/``.

The cache only ever saves work (every entry is keyed by the bytes it was computed from), so
clearing it changes no result; a run after it rebuilds what it needs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from factspec.commands import EXIT_OK, EXIT_UNUSABLE
from factspec.model.cache import CACHE_DIR, clear_cache


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cache",
        help=f"clear the project's {CACHE_DIR}/",
        description=f"Manage the content-addressed cache in {CACHE_DIR}/ of a project folder.",
    )
    actions = parser.add_subparsers(dest="action", required=True, metavar="ACTION")
    clear = actions.add_parser("clear", help=f"remove {CACHE_DIR}/ (exit 0 also when absent)")
    clear.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    clear.set_defaults(handler=run_clear)


def run_clear(args: argparse.Namespace) -> int:
    try:
        removed = clear_cache(args.directory)
    except OSError as error:
        print(f"factspec cache clear: {CACHE_DIR}/ cannot be removed: {error}")
        return EXIT_UNUSABLE
    print(f"{CACHE_DIR}/ removed" if removed else f"no {CACHE_DIR}/ to remove")
    return EXIT_OK
