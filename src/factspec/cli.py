"""Command line: ``factspec <command>``, one module per command in ``factspec.commands``.

Exit codes are the same everywhere: 0 clean, 1 findings, 2 unusable input or bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from factspec import __version__
from factspec.commands import (
    EXIT_UNUSABLE,
    cache,
    check,
    impact,
    init,
    lint,
    lock,
    mutate,
    parse,
    schema,
    suggest,
    table,
    units,
)
from factspec.commands.progress import progress_on_terminal
from factspec.model.cache import CACHE_DIR, caching

# Each subcommand module adds its own parser and handler; the order is the order of --help.
COMMANDS = (init, parse, units, lint, suggest, check, table, lock, impact, mutate, schema, cache)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factspec", description=__doc__)
    parser.add_argument("--version", action="version", version=f"factspec {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    for name, command_parser in subparsers.choices.items():
        # On every command that reads a project (`factspec check --no-cache`), not before
        # the command name only, where nobody looks for it.
        if name != "cache":
            command_parser.add_argument(
                "--no-cache",
                action="store_true",
                help=f"neither read nor write {CACHE_DIR}/ (the results are the same)",
            )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(parse.text_first_safe(arguments))
    handler = getattr(args, "handler", None)
    if handler is None:  # pragma: no cover - argparse requires a command
        parser.print_usage(sys.stderr)
        return EXIT_UNUSABLE
    try:
        # A bar on stderr for work that takes more than a second, on a terminal only.
        with progress_on_terminal(), caching(not getattr(args, "no_cache", False)):
            return int(handler(args))
    except BrokenPipeError:
        # Whoever read the output stopped early (`factspec lint | head`): no traceback. The
        # rest of stdout goes nowhere, so the interpreter's last flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
