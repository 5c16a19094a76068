"""The shipped corpus is the shared corpus, byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def _sums() -> dict[str, str]:
    """Parse SHA256SUMS (``<hex>  <file>`` per line) into file → digest."""
    sums: dict[str, str] = {}
    for line in (SEEDS / "SHA256SUMS").read_text(encoding="ascii").splitlines():
        digest, name = line.split(maxsplit=1)
        sums[name.lstrip("*")] = digest
    return sums


def test_every_seed_is_listed_in_sha256sums() -> None:
    on_disk = {p.name for p in SEEDS.glob("*.txt")}
    assert on_disk == set(_sums()), "seeds/ and SHA256SUMS list different files"


@pytest.mark.parametrize("name", sorted(_sums()))
def test_seed_is_byte_identical(name: str) -> None:
    data = (SEEDS / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == _sums()[name]
