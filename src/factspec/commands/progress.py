"""The progress bar of the command line: on stderr, for work that takes more than a second,
and only when stderr is a terminal — never in a pipe, a redirected file or a CI log.

Drawn by tqdm, which waits out the delay before showing anything, redraws in place and
clears the bar when the work is done, so a quick run prints nothing at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TextIO, TypeVar

from tqdm import tqdm

from factspec.read.progress import reporting

T = TypeVar("T")

DELAY_SECONDS = 1.0


def shows_progress(stream: TextIO) -> bool:
    """A terminal a person watches: not a pipe or file, not a CI log, not a dumb terminal."""
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextmanager
def progress_on_terminal(
    stream: TextIO | None = None, *, delay: float = DELAY_SECONDS
) -> Iterator[None]:
    """Inside the block, the engine's long loops show a bar on ``stream`` (stderr)."""
    stream = sys.stderr if stream is None else stream
    if not shows_progress(stream):
        yield
        return

    running = [False]

    def bar(items: Iterable[T], total: int | None, description: str) -> Iterable[T]:
        # One bar at a time: the loops inside a tracked one (the evidence each mutant
        # re-reads) are part of its progress, not bars of their own.
        if running[0]:
            return items
        return _outermost(items, total, description)

    def _outermost(items: Iterable[T], total: int | None, description: str) -> Iterator[T]:
        running[0] = True
        try:
            yield from tqdm(
                items,
                total=total,
                desc=description,
                file=stream,
                delay=delay,
                leave=False,  # the bar is gone when the work is: the output stays the output
                dynamic_ncols=True,
            )
        finally:
            running[0] = False

    with reporting(bar):
        yield
