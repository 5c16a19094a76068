"""``factspec lint [DIR]``: check a project folder and print corpus coverage per source."""

from __future__ import annotations

import argparse
from pathlib import Path

from tabulate import tabulate

from factspec.commands import EXIT_FINDINGS, EXIT_OK, unusable
from factspec.gate.lint import LintReport, lint_project
from factspec.read.problems import FactspecError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lint",
        help="check facts.yaml against seeds/: quotes, numbers, registration, corpus coverage",
        description="Check a project folder. Exit 0 clean, 1 findings, 2 unusable input.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        report = lint_project(args.directory)
    except FactspecError as error:
        return unusable(error, "lint")
    for finding in report.findings:
        print(finding)
    print(render_summary(report))
    return EXIT_OK if report.clean else EXIT_FINDINGS


def render_summary(report: LintReport) -> str:
    """Corpus coverage per source, and a one-line verdict."""
    rows = [
        [
            item.source.id,
            item.source.file,
            item.total,
            len(item.covered),
            len(item.ignored),
            len(item.uncovered),
        ]
        for item in report.coverage.sources
    ]
    table = tabulate(rows, headers=["source", "file", "figures", "covered", "ignored", "uncovered"])
    figures = report.coverage.figures
    accounted = figures - report.coverage.uncovered
    share = "100" if figures == 0 else f"{100 * accounted // figures}"
    status = "clean" if report.clean else f"{len(report.findings)} finding(s)"
    return (
        f"{table}\n\ncorpus coverage: {accounted}/{figures} figures accounted for ({share} %); "
        f"{report.facts} facts, {report.evidence} evidence quotes; {status}"
    )
