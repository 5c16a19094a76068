"""``factspec suggest [DIR] [--source ID]``: drafted facts.yaml entries for every figure no fact
accounts for, printed as YAML a curator can paste or reject. It never edits facts.yaml.

Exit 0 (drafts printed, or nothing to draft), 2 on unusable input or an unknown ``--source``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from factspec.commands import EXIT_OK, EXIT_UNUSABLE, plural, unusable
from factspec.gate.suggest import (
    Drafts,
    SourceDraft,
    Suggestion,
    UnitDraft,
    UnknownSourceError,
    suggest,
)
from factspec.read.problems import FactspecError
from factspec.read.quantity import Quantity

PUBLISHED_PLACEHOLDER = "YYYY-MM"
_MONTH = re.compile(r"\b((?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2]))\b")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "suggest",
        help="draft facts.yaml entries for the figures no fact accounts for (prints YAML)",
        description="For every figure of the seeds that no evidence quote and no ignore entry "
        "covers, print a drafted facts.yaml entry: the clause as quote, reads, the figure as "
        "read, and the facts in its unit ranked by the words they share with the clause (or a "
        "new fact). Seeds not registered get a drafted source. facts.yaml is never edited.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument("--source", metavar="ID", help="only the figures of source ID")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        drafts = suggest(args.directory, args.source)
    except FactspecError as error:
        return unusable(error, "suggest")
    except UnknownSourceError:
        print(
            f"--source {args.source}: no such source — name a source id of facts.yaml, or the "
            "id suggest drafts for a seed not registered yet (run without --source to see it)",
            file=sys.stderr,
        )
        return EXIT_UNUSABLE
    sys.stdout.write(render(drafts, args.directory))
    return EXIT_OK


def _string(text: str) -> str:
    """A YAML double-quoted scalar: JSON's string syntax is a subset of YAML's."""
    return json.dumps(text, ensure_ascii=False)


def render(drafts: Drafts, root: Path) -> str:
    """The drafts as one YAML document shaped like facts.yaml, each entry under a comment
    saying where its figure stands and what to do with it."""
    if not drafts.suggestions and not drafts.sources:
        return "# factspec suggest: every figure of the seeds is accounted for; nothing to draft.\n"
    count = plural(len(drafts.suggestions), "figure")
    lines = [
        f"# factspec suggest: drafts for {count} no fact accounts for. Nothing was written.",
        "# Paste what is right into facts.yaml (sources under sources:, units under units:, new",
        "# facts under facts:, an evidence entry under the evidence: of the fact it names) and",
        "# reject the rest; a figure that is no fact goes under ignore: with the reason.",
    ]
    split = len(drafts.files) > 1
    if split:
        # Facts split over several files: each draft says which one it belongs in.
        lines[1] = (
            "# Paste what is right into the fact file each draft names (sources under sources:,"
        )
        lines[2] = (
            "# units under units:, in any fact file; new facts under facts:, an evidence entry "
            "under the evidence: of the fact it names) and"
        )
    if drafts.sources:
        lines += ["", "sources:"]
        for source in drafts.sources:
            lines += _source_lines(source, root)
    if drafts.units:
        lines += ["", "units:"]
        for unit in drafts.units:
            lines += _unit_lines(unit)
    if drafts.suggestions:
        lines += ["", "facts:"]
        for suggestion in drafts.suggestions:
            lines += _fact_lines(suggestion, split)
    return "\n".join(lines) + "\n"


def _source_lines(source: SourceDraft, root: Path) -> list[str]:
    text = (root / "seeds" / source.file).read_text(encoding="utf-8", errors="replace")
    month = _MONTH.search(text)
    published = _string(month.group(1) if month else PUBLISHED_PLACEHOLDER)
    note = "" if month else "  # the month it was published: fill in"
    return [
        f"  # seeds/{source.file} is not registered: check the title and language"
        + (", date it" if not month else ""),
        f"  - id: {_string(source.id)}",
        f"    file: {_string(source.file)}",
        f"    title: {_string(source.title)}",
        f"    language: {source.language}",
        f"    published: {published}{note}",
    ]


def _unit_lines(unit: UnitDraft) -> list[str]:
    return [
        f"  # {unit.word!r} follows a figure and names no unit yet",
        f"  - id: {unit.id}",
        "    words:",
        f"      {unit.language}: [{_string(unit.word)}]",
    ]


def _figure_text(figure: Quantity) -> str:
    """What the reader reads: 'rund 160.000 GPUs' reads [144000, 176000] gpu (about)."""
    said = f"{figure.interval} {figure.unit or 'no unit'}"
    qualifier = f" ({figure.qualifier})" if figure.qualifier else ""
    return f"{figure.text!r} reads {said}{qualifier}"


def _fact_lines(item: Suggestion, split: bool = False) -> list[str]:
    figure = item.figure
    head = f"  # {item.path}:{item.line}:{item.column} {_figure_text(figure)}"
    if split:
        head += f"\n  # goes in {item.file}"
    evidence = [
        "    evidence:",
        f"      - source: {_string(item.source_id)}",
        f"        quote: {_string(item.quote)}",
        f"        reads: {_string(figure.text)}",
    ]
    best = item.candidates[0] if item.candidates else None
    lines = ["", head]
    if item.candidates:
        ranked = ", ".join(
            f"{c.fact.id} ({', '.join(c.shared) or 'no word shared'})" for c in item.candidates
        )
        lines.append(f"  # facts in {figure.unit}, by words shared with the clause: {ranked}")
    if best is not None and best.shared:
        lines.append(f"  # evidence of {best.fact.id}: paste the entry under its evidence:")
        return [*lines, f"  - id: {best.fact.id}", *evidence]
    why = f"no fact is in {figure.unit}" if not item.candidates else "no candidate shares a word"
    if figure.unit is None:
        lines.append(
            "  # no unit read and none drafted: evidence needs its unit; declare it under "
            "units: and quote the word, or list the figure under ignore:"
        )
    lines.append(f"  # {why}: a new fact; reword the description as the question it answers")
    kind = "range" if figure.range is not None else "point"
    return [
        *lines,
        f"  - id: {item.new_fact_id}",
        f"    description: {_string(item.description)}",
        f"    kind: {kind}",
        f"    unit: {figure.unit or 'FILL_IN'}",
        *evidence,
    ]
