"""Progress of long work, for whichever face shows it (the command line's bar on a terminal).

The loops that take seconds at scale — reading ten thousand sources, resolving their
evidence, checking thousands of mutants — pass their items through `track`. Nothing is shown
unless a face has installed a tracker with `reporting`: the engine stays silent in tests,
pipes, CI logs and under pytest, and knows nothing of how a bar is drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Protocol, TypeVar

T = TypeVar("T")


class Tracker(Protocol):
    """Shows progress through ``items`` while they are iterated; yields each one unchanged."""

    def __call__(self, items: Iterable[T], total: int | None, description: str) -> Iterable[T]: ...


_TRACKER: ContextVar[Tracker | None] = ContextVar("factspec_progress", default=None)


def track(items: Iterable[T], description: str, total: int | None = None) -> Iterable[T]:
    """``items``, shown as progress of ``description`` when a tracker listens."""
    tracker = _TRACKER.get()
    if tracker is None:
        return items
    if total is None and hasattr(items, "__len__"):
        total = len(items)  # type: ignore[arg-type]
    return tracker(items, total, description)


@contextmanager
def reporting(tracker: Tracker) -> Iterator[None]:
    """Show the progress of the work done inside the block with ``tracker``."""
    token = _TRACKER.set(tracker)
    try:
        yield
    finally:
        _TRACKER.reset(token)
