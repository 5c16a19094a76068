"""One shape for everything a user must act on: where, what is wrong, and the fix.

Every module reports through `Problem` so that the CLI, the linter and the pytest
plugin print errors the same way and never fall back to a traceback for bad input.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """A located problem: ``FILE:LINE:COL: what is wrong — how to fix it``."""

    path: str
    line: int | None
    message: str
    fix: str = ""
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        text = f"{where}: {self.message}"
        if self.fix:
            text += f" — {self.fix}"
        return text


class FactspecError(Exception):
    """Input the engine cannot use; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
