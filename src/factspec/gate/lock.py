"""``factspec lock``: pin the sha256 of every source file after review.

A source edited, added or removed since the lock fails both runners until someone reviews it
and runs ``factspec lock`` again (reading and comparing the lock is `factspec.model.lock`).
"""

from __future__ import annotations

from pathlib import Path

from factspec.model.lock import LOCK_FILE, LockStatus, hash_sources, lock_status
from factspec.report.write import atomic_write

HEADER = (
    "# factspec.lock: the sha256 of every source file in seeds/, pinned after review.\n"
    "# Written by `factspec lock`; do not edit by hand.\n"
)


def render_lock(hashes: dict[str, str]) -> str:
    return HEADER + "".join(f"{digest}  {name}\n" for name, digest in sorted(hashes.items()))


def write_lock(root: Path) -> LockStatus:
    """Pin the sources as they are now; return what changed against the previous lock."""
    before = lock_status(root)
    atomic_write(root / LOCK_FILE, render_lock(hash_sources(root)))
    return before
