"""schema.org ClaimReview, one per claim, in the shape Google's fact-check markup asks for.

Google requires ``claimReviewed``, ``reviewRating`` (with a textual ``alternateName``) and
``url``, and recommends ``author``, ``datePublished`` and ``itemReviewed`` (a ``Claim`` with
its ``appearance`` and ``firstAppearance``). ``url`` is the claim's own anchor in the
published coverage page (`claim_anchor`, the id of its row in coverage.html) under the base
address set in pyproject.toml; ``author`` and ``datePublished`` come from there too
(`factspec.model.publication`). Dates are full ISO dates or left out: a source published in
"2024-08" has no day, so its appearance carries no ``datePublished``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from factspec.judge.verdict import Verdict
from factspec.model.publication import Publication

Model = dict[str, Any]

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


def claim_anchor(claim: dict[str, Any]) -> str:
    """The claim's fragment in the coverage page: a hash of its id (feature and title), so a
    published link stays put when other claims are added, moved or removed."""
    digest = hashlib.sha256(str(claim["id"]).encode("utf-8")).hexdigest()
    return f"claim-{digest[:16]}"


def _article(source: dict[str, Any]) -> dict[str, Any]:
    return {
        "@type": "NewsArticle",
        "headline": source["title"],
        "identifier": source["id"],
        "inLanguage": source["language"],
    }


def _claim_item(claim: dict[str, Any], sources: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The claim as schema.org's Claim: where it appears, the earliest source first."""
    stating = sorted(
        (sources[source_id] for source_id in claim["supporters"]),
        key=lambda source: (source["published"], source["id"]),
    )
    item: dict[str, Any] = {"@type": "Claim"}
    if stating:
        item["firstAppearance"] = _article(stating[0])
        item["appearance"] = [_article(source) for source in stating]
    return item


def render_claimreview(model: Model, publication: Publication | None = None) -> str:
    """One ClaimReview per claim, rated from the verdicts of the sources."""
    publication = publication or Publication()
    sources = {source["id"]: source for source in model["sources"]}
    reviews = []
    for claim in model["claims"]:
        value, label = RATINGS[rating_of(claim)]
        review: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{publication.url}#{claim_anchor(claim)}",
            "claimReviewed": claim["title"],
            "identifier": claim["id"],
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": value,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": label,
            },
            "itemReviewed": _claim_item(claim, sources),
            "reviewBody": " ".join(
                explanation
                for cell in claim["cells"]
                if cell["verdict"] != Verdict.SILENT.name
                for explanation in cell["explanations"]
            ),
        }
        if publication.author is not None:
            author = {"@type": "Organization", "name": publication.author}
            if publication.author_url is not None:
                author["url"] = publication.author_url
            review["author"] = author
        if publication.date_published is not None:
            review["datePublished"] = publication.date_published
        reviews.append(review)
    return json.dumps(reviews, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
