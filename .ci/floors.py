"""Print a pip constraints file pinning every dependency of pyproject.toml at its floor.

`.ci/lowest` installs factspec under these pins, so the suite runs against exactly the
versions pyproject.toml claims to support. Every dependency must have a `>=` floor; one
without is an error here, not a silently untested version.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

REQUIREMENT = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?>=(?P<floor>[0-9][^,;\s]*)"
)


def floors(pyproject: Path) -> dict[str, str]:
    """Distribution name -> its floor, for every runtime dependency."""
    dependencies = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    found = {}
    for requirement in dependencies:
        match = REQUIREMENT.match(requirement)
        if match is None:
            raise SystemExit(
                f"pyproject.toml: dependency {requirement!r} has no '>=' floor — "
                "give it the lowest version the suite passes with"
            )
        found[match["name"]] = match["floor"]
    return found


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    for name, floor in floors(root / "pyproject.toml").items():
        sys.stdout.write(f"{name}=={floor}\n")


if __name__ == "__main__":
    main()
