"""``factspec.lock`` read: the sha256 of every source file as pinned, compared with the disk.

A source edited, added or removed since the lock fails both runners until someone reviews it
and runs ``factspec lock`` again: a corpus edit can never slip through unseen, even when it
lies outside every quote (where the evidence itself could not notice it).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from factspec.model.project import SEED_METADATA_FILES, SEEDS_DIR
from factspec.read.problems import FactspecError, Problem

LOCK_FILE = "factspec.lock"
_LINE = re.compile(r"^(?P<digest>[0-9a-f]{64})  (?P<name>\S.*)$")
FIX = "review the change to the source, then run `factspec lock` and commit factspec.lock"


def pinned_name(name: str) -> bool:
    """Whether a file of that name in seeds/ is a source the lock pins: a plain file at the
    top (hidden files and checksum lists are not sources)."""
    return "/" not in name and not name.startswith(".") and name not in SEED_METADATA_FILES


def source_files(root: Path) -> list[str]:
    """The source files in seeds/."""
    seeds = root / SEEDS_DIR
    if not seeds.is_dir():
        return []
    names = (path.name for path in seeds.iterdir() if path.is_file())
    return sorted(name for name in names if pinned_name(name))


def hash_sources(root: Path) -> dict[str, str]:
    """File name → sha256 of its bytes, for every source file in seeds/."""
    return {
        name: hashlib.sha256((root / SEEDS_DIR / name).read_bytes()).hexdigest()
        for name in source_files(root)
    }


def read_lock(root: Path) -> dict[str, str] | None:
    """The pinned hashes, or None when there is no lock file; a malformed line is an error."""
    path = root / LOCK_FILE
    if not path.is_file():
        return None
    pinned: dict[str, str] = {}
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if match is None:
            problems.append(
                Problem(LOCK_FILE, number, "not a '<sha256>  <file>' line", "run `factspec lock`")
            )
            continue
        pinned[match["name"]] = match["digest"]
    if problems:
        raise FactspecError(problems)
    return pinned


@dataclass(frozen=True)
class LockStatus:
    """How the sources on disk differ from the lock."""

    edited: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    missing_lock: bool = False
    _changed: frozenset[str] = field(default=frozenset(), repr=False)

    @property
    def clean(self) -> bool:
        return not (self.edited or self.added or self.removed or self.missing_lock)

    def touches(self, files: Iterable[str]) -> list[str]:
        """Which of ``files`` changed since the lock."""
        return sorted(set(files) & self._changed)

    def describe(self, name: str) -> str:
        what = "edited" if name in self.edited else "added" if name in self.added else "removed"
        return f"{SEEDS_DIR}/{name} was {what} since factspec.lock"

    def problems(self, claims_by_file: dict[str, list[str]] | None = None) -> list[Problem]:
        """One problem per changed source, naming the claims whose evidence lies in it."""
        if self.missing_lock:
            return [
                Problem(
                    LOCK_FILE,
                    None,
                    "no lock file: the sources are not pinned",
                    "review the sources in seeds/, then run `factspec lock` and commit the file",
                )
            ]
        found = []
        for name in sorted(self._changed):
            claims = (claims_by_file or {}).get(name, [])
            resting = (
                "; claims resting on it: " + ", ".join(repr(c) for c in claims) if claims else ""
            )
            found.append(Problem(LOCK_FILE, None, self.describe(name) + resting, FIX))
        return found


def lock_status(root: Path) -> LockStatus:
    """Compare the sources on disk with factspec.lock."""
    pinned = read_lock(root)
    if pinned is None:
        return LockStatus(missing_lock=True)
    return compare_hashes(pinned, hash_sources(root))


def compare_hashes(pinned: Mapping[str, str], current: Mapping[str, str]) -> LockStatus:
    """What differs between the lock's hashes and the sources' (file name → sha256)."""
    edited = tuple(sorted(n for n in current.keys() & pinned.keys() if current[n] != pinned[n]))
    added = tuple(sorted(current.keys() - pinned.keys()))
    removed = tuple(sorted(pinned.keys() - current.keys()))
    return LockStatus(edited, added, removed, False, frozenset((*edited, *added, *removed)))
