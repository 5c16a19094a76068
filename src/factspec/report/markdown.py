"""COVERAGE.md and the terminal table, rendered from the coverage model.

Deterministic: the same model always gives the same text (no timestamps), so the committed
COVERAGE.md can be checked for freshness byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tabulate import tabulate

from factspec.judge.verdict import Verdict

MARKS = {verdict.name: verdict.mark for verdict in Verdict}
HEDGE_MARK = "?"
COMPLETED_MARK = "⁺"
LEGEND = (
    "✔ supports ≈ compatible ✘ refutes · silent ↺ superseded (a statement of another date "
    "of a revisable fact: history, not a refutation), ? hedged, ⁺ completed from the corpus "
    "(a value borrowed from, or a step carried by, other sources)"
)
TITLE_WIDTH = 60
MAX_GRID_SOURCES = 12
"""Most sources shown as one column each in the terminal table."""

Model = dict[str, Any]


def cell_mark(claim: dict[str, Any], source_id: str) -> str:
    """✔ ≈ ✘ · ↺ for a cell, with ``⁺`` when it is completed from the corpus and ``?`` when
    the source's evidence is hedged; ``!`` when the claim could not be judged. A source
    missing from a record's verdicts is silent."""
    if not claim["judged"]:
        return "!"
    mark = MARKS[claim["verdicts"].get(source_id, Verdict.SILENT.name)]
    completed = COMPLETED_MARK if source_id in claim.get("completed", ()) else ""
    return mark + completed + (HEDGE_MARK if source_id in claim["hedged"] else "")


def status_text(claim: dict[str, Any]) -> str:
    """The claim's status as readers see it: a debunked (@false) claim that the sources still
    refute is "false (as expected)", not a bare "passed" a reader could take for "true"."""
    status = claim["status"]
    if "false" in claim["tags"]:
        return "false (as expected)" if status == "passed" else f"{status} (@false)"
    return f"{status} (disputed)" if "disputed" in claim["tags"] else status


def _matrix_rows(model: Model, *, width: int | None) -> list[list[str]]:
    """One row per claim with a mark for every source."""
    sources = [source["id"] for source in model["sources"]]
    return _rows(model, width, lambda claim: [cell_mark(claim, sid) for sid in sources])


def _speaking_rows(model: Model, *, width: int) -> list[list[str]]:
    """One row per claim naming only the sources that say something about it."""

    def spoken(claim: dict[str, Any]) -> list[str]:
        if not claim["judged"]:
            return ["! not judged"]
        marks = [
            f"{sid}{cell_mark(claim, sid)}"
            for sid, verdict in claim["verdicts"].items()
            if verdict != Verdict.SILENT.name
        ]
        return [" ".join(marks) or "none"]

    return _rows(model, width, spoken)


def _rows(
    model: Model, width: int | None, marks_of: Callable[[dict[str, Any]], list[str]]
) -> list[list[str]]:
    """Title (shortened to ``width``), topic, the marks, support count and status per claim."""
    rows = []
    for claim in model["claims"]:
        title = claim["title"]
        if width is not None and len(title) > width:
            title = title[: width - 1] + "…"
        topic = claim["feature"].rsplit("/", 1)[-1].removesuffix(".feature")
        support = str(len(claim["supporters"]))
        rows.append([title, topic, *marks_of(claim), support, status_text(claim)])
    return rows


MAX_TABLE_CLAIMS = 50
"""Most claims the terminal table lists one by one; beyond, only those that need a look."""


def _needs_a_look(claim: dict[str, Any]) -> bool:
    return claim["status"] != "passed" or "disputed" in claim["tags"]


def render_terminal_table(model: Model, *, full: bool = False) -> str:
    """The matrix for a terminal: titles shortened, one line per claim, then the totals.

    A column per source fits a terminal up to `MAX_GRID_SOURCES` sources; beyond that each
    claim lists its speaking sources instead, since a row of thousands of ``·`` says nothing.
    Beyond `MAX_TABLE_CLAIMS` claims (unless ``full``) only the failing and disputed ones are
    listed, with the totals and where the whole table is: a run's summary that scrolls past
    hundreds of passing rows hides the few that matter.
    """
    claims = model["claims"]
    summary = model["summary"]
    shown = claims
    if not full and len(claims) > MAX_TABLE_CLAIMS:
        shown = [claim for claim in claims if _needs_a_look(claim)]
    view = {**model, "claims": shown}
    sources = [source["id"] for source in model["sources"]]
    if len(sources) <= MAX_GRID_SOURCES:
        headers = ["claim", "topic", *sources, "support", "status"]
        rows = _matrix_rows(view, width=TITLE_WIDTH)
    else:
        headers = ["claim", "topic", f"speaking sources (the other of {len(sources)} silent)"]
        headers += ["support", "status"]
        rows = _speaking_rows(view, width=TITLE_WIDTH)
    table = tabulate(rows, headers, disable_numparse=True) if rows else ""
    disputed = sum("disputed" in claim["tags"] for claim in claims)
    totals = (
        f"{summary['claims']} claims: {summary['passed']} passed, {summary['failed']} failed"
        + (f", {disputed} disputed" if disputed and shown is not claims else "")
        + f"; {LEGEND}"
    )
    if shown is claims:
        return f"{table}\n\n{totals}"
    listed = (
        f"the {len(shown)} failing or disputed of {len(claims)} claims"
        if shown
        else f"no claim of {len(claims)} fails or is disputed"
    )
    pointer = (
        f"Listed: {listed}. Every claim is in COVERAGE.md (`factspec table --update`, or "
        "reports/COVERAGE.md after a full run); --factspec-table=all prints them all here."
    )
    return "\n\n".join(part for part in (table, totals, pointer) if part)


def _escape_cell(text: str) -> str:
    """A Markdown table cell: pipes would split the cell, newlines would end the row."""
    return " ".join(text.replace("|", "\\|").split())


def render_markdown(model: Model) -> str:
    """COVERAGE.md: matrix, per-source totals, conflicts, corpus coverage, fingerprint."""
    parts = [
        "# Coverage",
        "",
        "<!-- Generated by `factspec table`; do not edit by hand. "
        "`factspec table --check` fails when it is stale. -->",
        "",
        _summary(model),
        "",
        "## Claims × sources",
        "",
        _matrix(model),
        "",
        "✔ supports · ≈ compatible · ✘ refutes · · silent · ↺ superseded: the source's "
        "statements of a revisable fact (a forecast, a plan) are of another date than the one "
        "judged — history, not a refutation · ? the source's evidence is hedged (speculative "
        "wording); hedged support is shown but not counted · ⁺ completed from the corpus: the "
        "cell borrows a value from other sources, or other sources carry a step this source "
        "is silent on (the JSON report names them). A claim passes when every step is firmly "
        "supported and no source refutes any step. *Support* counts the sources that firmly "
        "support every step they speak on.",
        "",
        "## Sources",
        "",
        _sources(model),
        "",
        "## Conflicts",
        "",
        _conflicts(model),
        "",
        "## Corpus coverage",
        "",
        _coverage(model),
        "",
    ]
    return "\n".join(parts)


def _summary(model: Model) -> str:
    summary = model["summary"]
    return (
        f"{summary['claims']} claims against {len(model['sources'])} sources: "
        f"**{summary['passed']} passed, {summary['failed']} failed**.  \n"
        f"Fingerprint (sha256 of facts.yaml, seeds and features): `{model['fingerprint']}`"
    )


def _matrix(model: Model) -> str:
    sources = [source["id"] for source in model["sources"]]
    rows = [[_escape_cell(cell) for cell in row] for row in _matrix_rows(model, width=None)]
    headers = ["Claim", "Topic", *sources, "Support", "Status"]
    return tabulate(rows, headers, tablefmt="github", disable_numparse=True)


def _sources(model: Model) -> str:
    rows = []
    for source in model["sources"]:
        totals = model["totals"][source["id"]]
        rows.append(
            [
                source["id"],
                _escape_cell(source["title"]),
                source["published"],
                *(str(totals[verdict.name]) for verdict in Verdict),
            ]
        )
    headers = ["Source", "Title", "Published", *(verdict.mark for verdict in Verdict)]
    return tabulate(rows, headers, tablefmt="github", disable_numparse=True)


def _conflicts(model: Model) -> str:
    if not model["conflicts"]:
        return "No conflicts: no two statements of the corpus exclude each other."
    lines = []
    for conflict in model["conflicts"]:
        a, b = conflict["a"], conflict["b"]
        lines.append(
            f"- **{conflict['fact']}** ({conflict['kind']}): {conflict['description']}\n"
            f"  - {a['source']}: “{_escape_cell(a['quote'])}” = {a['says']}\n"
            f"  - {b['source']}: “{_escape_cell(b['quote'])}” = {b['says']}"
        )
    return "\n".join(lines)


def _coverage(model: Model) -> str:
    rows = []
    for source in model["sources"]:
        item = model["coverage"][source["id"]]
        uncovered = ", ".join(
            f"“{figure['text']}” ({figure['line']}:{figure['column']})"
            for figure in item["uncovered"]
        )
        rows.append(
            [
                source["id"],
                source["file"],
                str(item["figures"]),
                str(item["covered"]),
                str(item["ignored"]),
                str(len(item["uncovered"])) + (f": {uncovered}" if uncovered else ""),
            ]
        )
    headers = ["Source", "File", "Figures", "Covered", "Ignored", "Uncovered"]
    return (
        "Every figure the reader finds in a source is either evidence of a fact or listed under "
        "`ignore:` in facts.yaml.\n\n"
        + tabulate(rows, headers, tablefmt="github", disable_numparse=True)
    )


def matrix_cells(markdown: str) -> dict[tuple[str, str], str]:
    """(claim, source) → mark, read back from a rendered COVERAGE.md (for naming changed cells)."""
    section = markdown.split("## Claims × sources", 1)[-1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    if len(rows) < 2:
        return {}
    headers = [cell.strip() for cell in rows[0].strip("|").split("|")]
    sources = headers[2:-2]
    cells: dict[tuple[str, str], str] = {}
    for row in rows[2:]:
        values = [cell.strip() for cell in row.strip("|").split(" | ")]
        if len(values) != len(headers):
            continue
        for source, mark in zip(sources, values[2:-2], strict=True):
            cells[(values[0], source)] = mark
    return cells
