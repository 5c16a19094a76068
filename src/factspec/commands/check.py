"""``factspec check [DIR]``: every claim against every source, in-process, without pytest."""

from __future__ import annotations

import argparse
from pathlib import Path

from factspec.commands import EXIT_FINDINGS, EXIT_OK, unusable
from factspec.judge.checker import CheckReport, check_project
from factspec.judge.verdict import Verdict
from factspec.read.problems import FactspecError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check every claim against every source (exit 1 when a claim fails)",
        description="Evaluate the claims of a project folder in-process and print the results.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="show every source's verdict for every claim"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = check_project(args.directory)
    except FactspecError as error:
        return unusable(error, "check")
    print(render(report, verbose=args.verbose))
    for problem in report.project_problems():
        print(problem)
    return EXIT_OK if report.passed else EXIT_FINDINGS


def render(report: CheckReport, *, verbose: bool) -> str:
    """One line per claim with the verdict of every speaking source; the silent ones counted."""
    lines = []
    sources = len(report.checker.source_ids)
    for result in report.results:
        marks = " ".join(
            f"{cell.source_id}{cell.verdict.mark}{'⁺' if cell.completed else ''}"
            f"{'?' if cell.hedged else ''}"
            for cell in result.cells
        )
        silent = sources - sum(cell.verdict is not Verdict.SILENT for cell in result.cells)
        if not result.judged:
            marks = "not judged"
        elif silent:
            marks = f"{marks}; {silent} silent" if marks else f"{silent} silent"
        status = "PASS" if result.passed else "FAIL"
        lines.append(f"{status} {result.claim.id}  [{marks}]")
        if not result.passed:
            lines.append(result.failure_message())
        elif verbose:
            lines += [
                f"    {finding.explanation}" for cell in result.cells for finding in cell.findings
            ]
    failed = sum(not result.passed for result in report.results)
    total = len(report.results)
    lines.append(f"\n{total - failed} passed, {failed} failed")
    return "\n".join(lines)
