"""Machine-readable renderings of the coverage model: JSON and CSV (ClaimReview: `claimreview`)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from factspec.judge.verdict import Verdict

Model = dict[str, Any]


def render_json(model: Model) -> str:
    """The model itself, versioned by its ``schema`` key (see docs/REPORTS.md)."""
    return json.dumps(model, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render_csv(model: Model) -> str:
    """One row per claim × speaking source, for spreadsheets and quick filtering; a claim no
    source speaks on still gets one row (no source, SILENT), so no claim drops out."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(
        [
            "feature",
            "line",
            "claim",
            "tags",
            "status",
            "source",
            "verdict",
            "hedged",
            "completed",
            "quotes",
        ]
    )
    for claim in model["claims"]:
        for cell in claim["cells"] or [_NO_SOURCE]:
            quotes = " | ".join(
                f"{evidence['source']}: {evidence['quote']}"
                if evidence.get("borrowed")
                else evidence["quote"]
                for evidence in cell["evidence"]
            )
            writer.writerow(
                [
                    claim["feature"],
                    claim["line"],
                    claim["title"],
                    " ".join(claim["tags"]),
                    claim["status"],
                    cell["source"],
                    cell["verdict"],
                    "yes" if cell["hedged"] else "no",
                    "yes" if cell.get("completed") else "no",
                    quotes,
                ]
            )
    return buffer.getvalue()


_NO_SOURCE = {"source": "", "verdict": Verdict.SILENT.name, "hedged": False, "evidence": []}
