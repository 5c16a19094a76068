"""``factspec impact --base REV [--format text|md|json] [DIR]``: what an edit moved since REV.

Exit 0 when no claim lost ground (improvements only, or nothing moved), 1 when a claim lost
the firm support of a source, gained a refutation or stopped passing, 2 on unusable input
(a bad REV, a folder outside git, a project that cannot be read on either side).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from factspec.commands import EXIT_FINDINGS, EXIT_OK, plural, unusable
from factspec.gate.impact import Impact, impact_since
from factspec.read.problems import FactspecError

FORMATS = ("text", "md", "json")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "impact",
        help="what a corpus edit moved since a git revision (exit 1 when a claim lost ground)",
        description="Compare the project as committed at REV with the project as it is now "
        "(uncommitted edits included) and report every verdict, status, conflict and coverage "
        "count that moved. Only the files that differ and what rests on them are checked again. "
        "Reads REV from git without touching the working tree or the index.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument(
        "--base", required=True, metavar="REV", help="the revision to compare with, e.g. main"
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text for people (default), md for a GitHub job summary, json for machines",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        impact = impact_since(args.directory, args.base)
    except FactspecError as error:
        return unusable(error, "impact", "nothing was compared")
    renderers: dict[str, Callable[[Impact], str]] = {
        "text": render_text,
        "md": render_md,
        "json": render_json,
    }
    print(renderers[getattr(args, "format", "text")](impact))
    return EXIT_FINDINGS if impact.regressed else EXIT_OK


# ---------------------------------------------------------------------------
# Shared wording
# ---------------------------------------------------------------------------


def verdict_text(verdict: str | None, hedged: bool) -> str:
    """``SUPPORTS``, ``SUPPORTS (hedged)``, or ``—`` for a source absent on that side."""
    if verdict is None:
        return "—"
    return f"{verdict} (hedged)" if hedged else verdict


def headline(impact: Impact) -> str:
    if impact.regressions:
        return f"{plural(len(impact.regressions), 'claim')} lost ground"
    if impact.moved:
        return "no claim lost ground"
    return "nothing moved"


def counts_text(counts: dict[str, int] | None) -> str:
    if counts is None:
        return "(no such source)"
    return ", ".join(
        f"{key} {counts[key]}" for key in ("figures", "covered", "ignored", "uncovered")
    )


def conflict_text(conflict: dict[str, Any]) -> str:
    a, b = conflict["a"], conflict["b"]
    return (
        f"{conflict['fact']} ({conflict['kind']}): "
        f"{a['source']} says {a['says']}, {b['source']} says {b['says']}"
    )


def base_text(impact: Impact) -> str:
    return f"{impact.base.rev} ({impact.base.commit[:12]})"


# ---------------------------------------------------------------------------
# Text, for people
# ---------------------------------------------------------------------------


def render_text(impact: Impact) -> str:
    """Sections in order of urgency; empty sections are left out."""
    lines = [f"factspec impact: {base_text(impact)} → working tree: {headline(impact)}"]
    if impact.regressions:
        lines += ["", "Lost ground:"]
        lines += [f"  {r['title']}: {'; '.join(r['why'])}" for r in impact.regressions]
    lines.append("")
    lines += _text_cells(impact.cells) if impact.cells else ["no verdict changed"]
    if impact.statuses:
        lines += ["", f"Status changed ({len(impact.statuses)}):"]
        for change in impact.statuses:
            lines.append(f"  {change['title']}: {change['before']} → {change['after']}")
            lines += [f"    {reason}" for reason in change["reasons_after"]]
    for label, claims in (
        ("Claims added", impact.claims_added),
        ("Claims removed", impact.claims_removed),
    ):
        if claims:
            lines += ["", f"{label} ({len(claims)}):"]
            lines += [f"  {c['title']}  [{c['status']}]  ({c['feature']})" for c in claims]
    for label, sources in (
        ("Sources added", impact.sources_added),
        ("Sources removed", impact.sources_removed),
    ):
        if sources:
            lines += ["", f"{label}: {', '.join(sources)}"]
    for label, conflicts in (
        ("Conflicts appeared", impact.conflicts_appeared),
        ("Conflicts vanished", impact.conflicts_vanished),
    ):
        if conflicts:
            lines += ["", f"{label} ({len(conflicts)}):"]
            lines += [f"  {conflict_text(c)}" for c in conflicts]
    if impact.coverage:
        lines += ["", "Coverage changed:"]
        for change in impact.coverage:
            lines += _text_coverage(change)
    return "\n".join(lines)


def _text_cells(cells: Sequence[dict[str, Any]]) -> list[str]:
    lines = [f"Verdicts changed ({plural(len(cells), 'cell')}):"]
    title = None
    for cell in cells:
        if cell["title"] != title:
            title = cell["title"]
            lines.append(f"  {title}  ({cell['feature']})")
        before = verdict_text(cell["before"], cell["hedged_before"])
        after = verdict_text(cell["after"], cell["hedged_after"])
        worse = "  (lost ground)" if cell["regression"] else ""
        lines.append(f"    {cell['source']}: {before} → {after}{worse}")
        if cell["quotes_after"] == cell["quotes_before"]:
            lines += [f'      quote:  "{q}"' for q in cell["quotes_after"]]
        else:
            lines += [f'      now:    "{q}"' for q in cell["quotes_after"]]
            lines += [f'      before: "{q}"' for q in cell["quotes_before"]]
        lines += [f"      why:    {e}" for e in cell["explanations_after"]]
    return lines


def _text_coverage(change: dict[str, Any]) -> list[str]:
    lines = [
        f"  {change['source']}: {counts_text(change['before'])} → {counts_text(change['after'])}"
    ]
    lines += [
        f'    newly uncovered: "{u["text"]}" (line {u["line"]})' for u in change["newly_uncovered"]
    ]
    lines += [f'    no longer uncovered: "{u["text"]}"' for u in change["no_longer_uncovered"]]
    return lines


# ---------------------------------------------------------------------------
# Markdown, for a GitHub job summary
# ---------------------------------------------------------------------------


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return lines


def render_md(impact: Impact) -> str:
    """Headings and tables; each section only when it has rows."""
    mark = "❌" if impact.regressed else "✅"
    lines = [
        f"## factspec impact since `{impact.base.rev}` (`{impact.base.commit[:12]}`)",
        "",
        f"{mark} **{headline(impact)}**",
    ]
    if impact.regressions:
        lines += ["", "### Lost ground", ""]
        lines += _table(
            ["claim", "why"], [[r["title"], "; ".join(r["why"])] for r in impact.regressions]
        )
    lines += ["", "### Verdicts changed", ""]
    if impact.cells:
        lines += _table(
            ["claim", "source", "before", "after", "quote now", "quote before", "why"],
            [_md_cell_row(cell) for cell in impact.cells],
        )
    else:
        lines.append("no verdict changed")
    sections: list[tuple[str, list[str], list[list[str]]]] = [
        (
            "Status changed",
            ["claim", "before", "after", "reasons"],
            [
                [c["title"], c["before"], c["after"], "; ".join(c["reasons_after"])]
                for c in impact.statuses
            ],
        ),
        (
            "Claims added",
            ["claim", "feature", "status"],
            [[c["title"], c["feature"], c["status"]] for c in impact.claims_added],
        ),
        (
            "Claims removed",
            ["claim", "feature", "status"],
            [[c["title"], c["feature"], c["status"]] for c in impact.claims_removed],
        ),
        (
            "Sources added or removed",
            ["source", "change"],
            [[s, "added"] for s in impact.sources_added]
            + [[s, "removed"] for s in impact.sources_removed],
        ),
        (
            "Conflicts",
            ["change", "conflict"],
            [["appeared", conflict_text(c)] for c in impact.conflicts_appeared]
            + [["vanished", conflict_text(c)] for c in impact.conflicts_vanished],
        ),
        (
            "Coverage changed",
            ["source", "before", "after", "newly uncovered"],
            [
                [
                    c["source"],
                    counts_text(c["before"]),
                    counts_text(c["after"]),
                    "; ".join(u["text"] for u in c["newly_uncovered"]),
                ]
                for c in impact.coverage
            ],
        ),
    ]
    for title, header, rows in sections:
        if rows:
            lines += ["", f"### {title}", "", *_table(header, rows)]
    return "\n".join(lines)


def _md_cell_row(cell: dict[str, Any]) -> list[str]:
    return [
        cell["title"],
        cell["source"],
        verdict_text(cell["before"], cell["hedged_before"]),
        verdict_text(cell["after"], cell["hedged_after"]),
        " / ".join(cell["quotes_after"]),
        " / ".join(cell["quotes_before"]),
        "; ".join(cell["explanations_after"]),
    ]


# ---------------------------------------------------------------------------
# JSON, for machines
# ---------------------------------------------------------------------------


def render_json(impact: Impact) -> str:
    """Sorted keys and no timestamps: the same edit always gives the same bytes."""
    return json.dumps(impact.to_data(), sort_keys=True, ensure_ascii=False, indent=2)
