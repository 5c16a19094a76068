"""Machine-readable renderings of the coverage model: JSON, CSV and schema.org ClaimReview."""

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

# A ClaimReview rating on a 1–5 scale, from what the sources say of the claim.
RATINGS = {
    "supported": (5, "Supported by the sources"),
    "disputed": (3, "Disputed: sources disagree"),
    "unsupported": (2, "Not supported by the sources"),
    "refuted": (1, "Refuted by the sources"),
    # A debunked claim (@false) the sources refute: what a fact-checking desk publishes.
    "false": (1, "False"),
}


def rating_of(claim: dict[str, Any]) -> str:
    if "false" in claim.get("tags", ()) and claim.get("status") == "passed":
        return "false"
    verdicts = set(claim["verdicts"].values())
    refuted = Verdict.REFUTES.name in verdicts
    if refuted:
        return "disputed" if claim["supporters"] else "refuted"
    # Not every step may be supported even where some source supports what it speaks on:
    # without refutation, the pass rule says whether the claim as a whole is supported.
    return "supported" if claim.get("status") == "passed" else "unsupported"


def render_claimreview(model: Model) -> str:
    """schema.org ClaimReview, one per claim, rated from the verdicts of the sources."""
    by_id = {source["id"]: source for source in model["sources"]}
    reviews = []
    for claim in model["claims"]:
        value, label = RATINGS[rating_of(claim)]
        supporting = [by_id[sid] for sid in claim["supporters"]]
        reviews.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": claim["title"],
                "identifier": claim["id"],
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": label,
                },
                "itemReviewed": {
                    "@type": "Claim",
                    "appearance": [
                        {
                            "@type": "NewsArticle",
                            "headline": source["title"],
                            "identifier": source["id"],
                            "datePublished": source["published"],
                            "inLanguage": source["language"],
                        }
                        for source in supporting
                    ],
                },
                "reviewBody": " ".join(
                    explanation
                    for cell in claim["cells"]
                    if cell["verdict"] != Verdict.SILENT.name
                    for explanation in cell["explanations"]
                ),
            }
        )
    return json.dumps(reviews, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
