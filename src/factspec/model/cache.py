"""The content-addressed cache in ``.factspec_cache/``: work a run can take from an earlier one.

What is stored is keyed by everything it was computed from, so a stale entry is never found:
a changed byte gives another key. The kinds of entry:

- ``factbase``: a project's only fact file validated and cross-checked, keyed by the sha256
  of its bytes and the name problems give it (`model.factbase.load`);
- ``fact-file``: with facts split over several files, each file read on its own (YAML and
  models), keyed the same way, so an edit to one file re-reads that file alone; the rules
  across files run after the merge;
- ``facts-data`` and ``facts-blob``: the plain data of facts.yaml and its git blob id, for
  `factspec impact`;
- ``evidence``: per fact file, a table of resolved quotes keyed by (source text digest,
  quote, reads, unit_from, language, the fact's kind and unit, the tolerance, the project's
  units) (`model.evidence`); a quote whose key is unchanged is not located or read again.

Every file starts with a header — a magic line, then one JSON line with the cache format,
factspec's version and a digest of its code (`engine_id`), the kind, the key and the sha256
and length of the payload — checked in full before the payload is touched. A file whose
header does not match what the reader asked for (truncated, garbage, another version, another
key: copied from elsewhere or renamed) is reported through `CacheStore.warn`, ignored and
rebuilt; it is never trusted.

The payload is a pickle. Of the formats measured (pickle, marshal, JSON), only pickle keeps
the validated pydantic models, so it is the only one that saves their validation; loading
the models from JSON would validate them again, which is the work the cache exists to skip.
Unpickling runs code named in the file, which is acceptable here for the reason it is
acceptable for pytest's and ruff's caches: ``.factspec_cache/`` is written by the user's own
runs in the user's own checkout, as trusted as the ``steps/`` and ``conftest.py`` pytest
imports from the same folder; and a payload is unpickled only when its length and sha256
match the header, so a truncated or damaged file is refused before pickle reads a byte.

Writes are atomic (a temporary file in the same folder, then `os.replace`), so a parallel
reader — an xdist worker — sees the old file, the new one, or none, never half of one.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from factspec import __version__

CACHE_DIR = ".factspec_cache"
#: Raised whenever what is stored, or how, changes; a file of another format is rebuilt.
FORMAT = 1
MAGIC = b"factspec cache\n"
#: Header lines longer than this are garbage, not a header: read no further.
_MAX_HEADER = 4096
# What a cache folder says about itself, as pytest's and ruff's do: ignored by git whatever
# the project's .gitignore says, and marked for backup tools.
_GITIGNORE = "# Created by factspec automatically.\n*\n"
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by factspec.\n"
)


@functools.cache
def _code_digest() -> str:
    """A digest of factspec's own source files, read once per process.

    What a cached entry holds depends on the code that built it, not only on the version
    it claims: between two releases (a checkout, an editable install) the version stays and
    the classes change, and a pickle of an older class can unpickle into a newer one without
    an error and with its fields crossed. So entries are keyed by the code itself."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def engine_id() -> str:
    """factspec's version and the digest of its code (`_code_digest`), as cache headers
    record it: an entry written by any other code is rebuilt."""
    return f"{__version__}+{_code_digest()}"


def content_key(*parts: str | bytes) -> str:
    """The sha256 of ``parts``, each length-prefixed so that no two lists of parts collide."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(b"%d:" % len(data))
        digest.update(data)
    return digest.hexdigest()


def _stderr(message: str) -> None:
    print(f"factspec: {message}", file=sys.stderr)


class CacheStore:
    """The cache folder of one project: `get` and `put` entries by kind and key.

    ``warn`` receives one line for every cache file ignored as unusable, and for a cache that
    cannot be written (a read-only checkout): the run goes on without it either way.
    """

    def __init__(self, root: Path, *, warn: Callable[[str], None] = _stderr) -> None:
        self.folder = Path(root) / CACHE_DIR
        self.warn = warn
        self.hits = 0
        self.misses = 0
        self._write_failed = False

    def path(self, kind: str, key: str) -> Path:
        return self.folder / kind / f"{key}.pickle"

    def get(self, kind: str, key: str) -> Any | None:
        """The entry stored under ``kind``/``key``, or None (absent, or unusable: warned)."""
        path = self.path(kind, key)
        try:
            with open(path, "rb") as handle:
                reason, payload = _read_checked(handle, kind, key)
        except (FileNotFoundError, NotADirectoryError):  # absent: nothing to warn about
            self.misses += 1
            return None
        except OSError as error:
            reason, payload = f"cannot be read ({error.strerror or error})", None
        if payload is None:
            self.misses += 1
            self.warn(f"cache file {self._shown(path)} ignored and rebuilt: {reason}")
            return None
        try:
            value = pickle.loads(payload)
        except Exception as error:  # a payload pickle cannot rebuild: same as garbage
            self.misses += 1
            self.warn(f"cache file {self._shown(path)} ignored and rebuilt: {error}")
            return None
        self.hits += 1
        return value

    def put(self, kind: str, key: str, value: Any) -> None:
        """Store ``value`` under ``kind``/``key``, atomically; a failure is warned once."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        header = {
            "format": FORMAT,
            "factspec": engine_id(),
            "kind": kind,
            "key": key,
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
        }
        head = MAGIC + json.dumps(header, sort_keys=True).encode("ascii") + b"\n"
        try:
            folder = self._prepare(kind)
            handle, temporary = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".pickle")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(head)
                    out.write(payload)
                os.replace(temporary, self.path(kind, key))
            except BaseException:
                with suppress(OSError):
                    os.unlink(temporary)
                raise
        except OSError as error:
            if not self._write_failed:
                self._write_failed = True
                self.warn(f"cache not written to {CACHE_DIR}/: {error.strerror or error}")

    def _prepare(self, kind: str) -> Path:
        """The folder of ``kind``, created with the cache folder's own .gitignore and tag."""
        if not self.folder.is_dir():
            self.folder.mkdir(parents=True, exist_ok=True)
            for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
                (self.folder / name).write_text(text, encoding="utf-8")
        folder = self.folder / kind
        folder.mkdir(exist_ok=True)
        return folder

    def _shown(self, path: Path) -> str:
        return f"{CACHE_DIR}/{path.relative_to(self.folder).as_posix()}"


def _read_checked(handle: Any, kind: str, key: str) -> tuple[str, bytes | None]:
    """The payload of an open cache file, or why it is not to be trusted (payload None)."""
    if handle.read(len(MAGIC)) != MAGIC:
        return "not a factspec cache file", None
    line = handle.readline(_MAX_HEADER)
    try:
        header = json.loads(line)
    except ValueError:
        return "its header is damaged", None
    if not isinstance(header, dict):
        return "its header is damaged", None
    expected = {"format": FORMAT, "factspec": engine_id(), "kind": kind, "key": key}
    for name, value in expected.items():
        if header.get(name) != value:
            return f"written for {name} {header.get(name)!r}, not {value!r}", None
    size = header.get("size")
    if not isinstance(size, int) or size < 0:
        return "its header is damaged", None
    payload = handle.read(size + 1)
    if len(payload) != size:
        return f"{len(payload)} bytes of payload where the header says {size} (truncated?)", None
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        return "its payload does not match the header's sha256", None
    return "", payload


def clear_cache(root: Path) -> bool:
    """Remove ``root``'s cache folder; whether there was one."""
    folder = Path(root) / CACHE_DIR
    if not folder.exists():
        return False
    shutil.rmtree(folder)
    return True


class _Switch:
    """Whether runs in this process use the cache: ``--no-cache`` turns it off for one run
    (`caching`), without threading a flag through every loader."""

    enabled = True


@contextmanager
def caching(enabled: bool) -> Iterator[None]:
    """Use the cache (or not) within the block; the previous setting comes back after it."""
    before = _Switch.enabled
    _Switch.enabled = enabled
    try:
        yield
    finally:
        _Switch.enabled = before


def set_caching(enabled: bool) -> bool:
    """Use the cache (or not) from now on; returns the previous setting (pytest's configure
    and unconfigure hooks are not one block)."""
    before, _Switch.enabled = _Switch.enabled, enabled
    return before


def cache_for(root: Path) -> CacheStore | None:
    """The cache of the project at ``root``, or None when caching is off."""
    return CacheStore(root) if _Switch.enabled else None
