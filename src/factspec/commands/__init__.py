"""The subcommands of ``factspec``: each module adds its parser with ``register(subparsers)``.

Exit codes are the same for every command, defined here once: 0 clean, 1 findings, 2 unusable
input or bad usage; `unusable` is the one way a command reports input it cannot use.
"""

from __future__ import annotations

import sys

from factspec.read.problems import FactspecError

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


def plural(count: int, noun: str) -> str:
    """``1 claim``, ``2 claims``."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def unusable(
    error: FactspecError, command: str, consequence: str = "the project cannot be read"
) -> int:
    """Print every problem of input the engine cannot use (never a traceback); exit 2."""
    for problem in error.problems:
        print(problem, file=sys.stderr)
    print(
        f"factspec {command}: {plural(len(error.problems), 'problem')}; {consequence}.",
        file=sys.stderr,
    )
    return EXIT_UNUSABLE
