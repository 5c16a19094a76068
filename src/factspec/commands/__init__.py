"""The subcommands of ``factspec``: each module adds its parser with ``register(subparsers)``.

Exit codes are the same for every command: 0 clean, 1 findings, 2 unusable input.
"""

from __future__ import annotations

import sys

from factspec.problems import FactspecError

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE = 0, 1, 2


def unusable(error: FactspecError, command: str) -> int:
    """Print every problem of input the engine cannot use (never a traceback); exit 2."""
    for problem in error.problems:
        print(problem, file=sys.stderr)
    print(
        f"factspec {command}: {len(error.problems)} problem(s); the project cannot be read.",
        file=sys.stderr,
    )
    return EXIT_UNUSABLE
