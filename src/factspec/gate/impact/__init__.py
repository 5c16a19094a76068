"""`factspec impact`: which claims and cells an edit moved since a git revision.

`full` reads both trees and compares everything; `delta` judges only what an edit can have
moved and falls back to `full` where it cannot tell.
"""

from __future__ import annotations

from pathlib import Path

from factspec.gate.impact.delta import incremental_impact
from factspec.gate.impact.full import Impact

__all__ = ["Impact", "impact_since"]


def impact_since(directory: Path, rev: str) -> Impact:
    """Compare the project in ``directory`` (working tree as it is) with its state at ``rev``.

    Only what differs between the two is read and checked (`delta`); the
    answer is the one `impact_full` gives.
    """
    return incremental_impact(Path(directory), rev).impact
