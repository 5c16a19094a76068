"""The coverage model: one plain-data document that every report is rendered from.

It is built from claim records (as either runner produces them) plus what only the whole
project knows: the sources, conflicts between evidence, corpus coverage and a fingerprint of
the inputs. Plain data, sorted, without timestamps, so the same corpus always gives the same
bytes whichever runner (and however many pytest-xdist workers) produced the records.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factspec.judge.figure_coverage import corpus_coverage
from factspec.judge.verdict import Verdict
from factspec.model.factbase import Fact, FactBase, fact_files
from factspec.model.project import FEATURES_DIR, SEEDS_DIR, Project
from factspec.model.values import SourceValue, SourceValues

SCHEMA_VERSION = 3
"""2: claims list only their speaking sources (``verdicts``, ``cells``) and say ``judged``.
3: the SUPERSEDED verdict; claims list their ``completed`` sources, and cells say whether
they are ``completed`` and from what (``completed_from``), with borrowed evidence marked."""

Model = dict[str, Any]


def fingerprint(root: Path) -> str:
    """sha256 over the fact files, every seed and every feature file (names and contents)."""
    files = [path for _, path in fact_files(root)]
    files += sorted(p for p in (root / SEEDS_DIR).iterdir() if p.is_file())
    files += sorted((root / FEATURES_DIR).rglob("*.feature"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).hexdigest().encode("ascii") + b"\n")
    return digest.hexdigest()


def build_model(project: Project, records: Iterable[dict[str, Any]]) -> Model:
    """The coverage model of ``project`` with the given claim records."""
    return {
        **table_model(project.factbase, records),
        "fingerprint": fingerprint(project.root),
        "conflicts": conflicts(project),
        "coverage": _coverage(project),
    }


def table_model(factbase: FactBase, records: Iterable[dict[str, Any]]) -> Model:
    """The part of the model the coverage table needs: sources, claims, summary and totals.

    Cheap (no corpus coverage, no conflicts, no hashing of the corpus), so a terminal table
    costs nothing next to the run that produced the records.
    """
    claims = sorted(records, key=lambda r: (r["feature"], r["line"], r["title"]))
    source_ids = [source.id for source in factbase.sources]
    return {
        "schema": SCHEMA_VERSION,
        "sources": [
            {
                "id": source.id,
                "file": source.file,
                "title": source.title,
                "language": source.language,
                "published": source.published,
                "dated_by": source.dated_by or "",
            }
            for source in factbase.sources
        ],
        "claims": claims,
        "summary": {
            "claims": len(claims),
            "passed": sum(r["status"] == "passed" for r in claims),
            "failed": sum(r["status"] != "passed" for r in claims),
        },
        "totals": _totals(claims, source_ids),
    }


def _totals(claims: Sequence[dict[str, Any]], source_ids: Sequence[str]) -> dict[str, Any]:
    """Per source, how many claims it supports, is compatible with, refutes or is silent on.

    Records name only speaking sources, so a judged claim counts as silent for every source
    it does not name; a claim that could not be judged counts nowhere.
    """
    totals = {sid: {verdict.name: 0 for verdict in Verdict} for sid in source_ids}
    judged = 0
    for claim in claims:
        if not claim["judged"]:
            continue
        judged += 1
        for source_id, verdict in claim["verdicts"].items():
            totals[source_id][verdict] += 1
    for counts in totals.values():
        counts[Verdict.SILENT.name] += judged - sum(counts.values())
    return totals


def _coverage(project: Project) -> dict[str, Any]:
    texts = project.texts
    coverage = corpus_coverage(project.factbase, texts, project.evidence, project.figures)
    result = {}
    for item in coverage.sources:
        text = texts[item.source.file]
        result[item.source.id] = {
            "figures": item.total,
            "covered": len(item.covered),
            "ignored": len(item.ignored),
            "uncovered": [
                {
                    "text": q.text,
                    "line": text.line_col(q.start)[0],
                    "column": text.line_col(q.start)[1],
                }
                for q in item.uncovered
            ],
        }
    return result


def conflicts(project: Project) -> list[dict[str, Any]]:
    """Facts where two sources' evidence is disjoint, or one source disagrees with itself."""
    values = SourceValues(project.factbase, project.evidence)
    found: list[dict[str, Any]] = []
    for fact in project.factbase.facts:
        # Only sources with evidence for the fact (or its operands) can say anything about it.
        source_ids = values.sources_on(fact.id)
        if fact.kind == "statement":
            found.extend(_stance_conflicts(fact, values, source_ids))
            continue
        # For a revisable fact this is the latest statement (and any later non-revision):
        # its earlier statements are history, compared below only month by month.
        said = {sid: v for sid in source_ids if (v := values.value(fact.id, sid)) is not None}
        for value in said.values():
            found.extend(_within(fact, value))
        for (a, va), (b, vb) in itertools.combinations(said.items(), 2):
            conflict = conflict_between(fact, a, va, b, vb)
            if conflict is not None:
                found.append(conflict)
        if fact.revisable:
            found.extend(_same_month(fact, values, source_ids))
    return found


def _same_month(fact: Fact, values: SourceValues, source_ids: list[str]) -> list[dict[str, Any]]:
    """Earlier revisions of a revisable fact that disagree though made in the same month: a
    revision history has one value per month, so these are a conflict, not history."""
    latest = values.judged_month(fact.id)
    found = []
    for month in (m for m in values.revision_months(fact.id) if m != latest):
        said = {
            sid: v
            for sid in source_ids
            if values.stated_in(fact.id, sid, month)
            and (v := values.value(fact.id, sid, month)) is not None
        }
        for (a, va), (b, vb) in itertools.combinations(said.items(), 2):
            conflict = conflict_between(fact, a, va, b, vb)
            if conflict is not None:
                found.append({**conflict, "kind": f"between sources, both dated {month}"})
    return found


def _side(source_id: str, value: SourceValue | None, statement_index: int = 0) -> dict[str, str]:
    assert value is not None
    statement = value.statements[statement_index]
    says = str(statement.interval)
    if statement.endpoints is not None:
        says = f"{statement.endpoints[0]} to {statement.endpoints[1]}"
    return {
        "source": source_id,
        "quote": statement.evidence.evidence.quote if statement.evidence else statement.words,
        "reads": statement.words,
        "says": says,
    }


def _within(fact: Fact, value: SourceValue) -> list[dict[str, Any]]:
    if fact.kind == "statement" or not value.conflict:
        return []
    pairs = []
    for i, j in itertools.combinations(range(len(value.statements)), 2):
        first, second = value.statements[i], value.statements[j]
        if first.interval.disjoint_from(second.interval) or _ends_disjoint(first, second):
            pairs.append(
                {
                    "fact": fact.id,
                    "description": fact.description,
                    "kind": "within a source",
                    "a": _side(value.source_id, value, i),
                    "b": _side(value.source_id, value, j),
                }
            )
    return pairs


def _ends_disjoint(first: Any, second: Any) -> bool:
    if first.endpoints is None or second.endpoints is None:
        return False
    return any(x.disjoint_from(y) for x, y in zip(first.endpoints, second.endpoints, strict=True))


def conflict_between(
    fact: Fact, a: str, va: SourceValue, b: str, vb: SourceValue
) -> dict[str, Any] | None:
    if fact.kind == "range" and va.endpoints and vb.endpoints:
        disjoint = any(
            x is not None and y is not None and x.disjoint_from(y)
            for x, y in zip(va.endpoints, vb.endpoints, strict=True)
        )
    else:
        disjoint = (
            va.allowed is not None
            and vb.allowed is not None
            and va.allowed.disjoint_from(vb.allowed)
        )
    if not disjoint:
        return None
    return {
        "fact": fact.id,
        "description": fact.description,
        "kind": "between sources",
        "a": _side(a, va),
        "b": _side(b, vb),
    }


def _stance_conflicts(
    fact: Fact, values: SourceValues, source_ids: list[str]
) -> list[dict[str, Any]]:
    """A statement one source supports and another (or the same one) refutes."""
    said = [(sid, item) for sid in source_ids for item in values.evidence(fact.id, sid)]
    found = []
    for (a, first), (b, second) in itertools.combinations(said, 2):
        if first.evidence.stance == second.evidence.stance:
            continue
        found.append(
            {
                "fact": fact.id,
                "description": fact.description,
                "kind": "within a source" if a == b else "between sources",
                "a": {"source": a, "quote": first.evidence.quote, "says": first.evidence.stance},
                "b": {"source": b, "quote": second.evidence.quote, "says": second.evidence.stance},
            }
        )
    return found
