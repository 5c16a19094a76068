"""``factspec mutate [DIR]``: change the corpus in memory; every change must fail a claim.

Exit 0 when every valid mutant is killed, 1 when one survives (or none could be built),
2 when the project cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import sys
from fractions import Fraction
from pathlib import Path

from factspec.commands import EXIT_FINDINGS, EXIT_OK, unusable
from factspec.gate.mutate import (
    MutantResult,
    MutationReport,
    MutationRun,
    Status,
    format_fraction,
)
from factspec.model.project import FEATURES_DIR, Project
from factspec.read.features import Claim, load_features
from factspec.read.problems import FactspecError, Problem

JSON_VERSION = 1


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "mutate",
        help="mutation-test the claims: change each evidence number and sentence in memory "
        "(exit 1 when a change breaks no claim)",
        description="Change every evidence number beyond its tolerance and delete every quoted "
        "sentence, one at a time and in memory only, and re-check the claims: each change "
        "must make a claim fail. Prints the mutation score and every surviving change.",
    )
    parser.add_argument("directory", nargs="?", default=".", type=Path, metavar="DIR")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        project, claims = load(args.directory)
    except FactspecError as error:
        return unusable(error, "mutate")
    out = sys.stdout
    # The progress bar, on a terminal, is the command line's (stderr; factspec.cli).
    report = MutationRun(project, claims).run()
    if args.json:
        json.dump(to_json(report), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(render(report, project.factbase.display_path) + "\n")
    return exit_code(report)


def load(root: Path) -> tuple[Project, list[Claim]]:
    """The project and its claims; `FactspecError` when either cannot be used."""
    project = Project.load(root)
    claims = load_features(Path(root) / FEATURES_DIR, Path(root))
    if not claims:
        raise FactspecError(
            [Problem(FEATURES_DIR, None, "no claims found", "add scenarios to features/*.feature")]
        )
    return project, claims


def exit_code(report: MutationReport) -> int:
    """0 only when mutants were tested and none survived: a gate that tested nothing fails."""
    return EXIT_OK if report.valid and not report.survivors else EXIT_FINDINGS


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------


def render(report: MutationReport, facts_file: str) -> str:
    """The score, the speed, every survivor and every invalid mutant, for a reader."""
    lines = [_score_line(report), _speed_line(report)]
    if report.failing_before:
        titles = "; ".join(_claim(claim) for claim in report.failing_before)
        lines.append(f"note: these claims fail before any mutation and cannot kill one: {titles}")
    survivors = report.survivors
    if survivors:
        lines += ["", f"Survived ({len(survivors)}): no claim failed"]
        for result in survivors:
            lines += _result_lines(result, facts_file)
            lines.append("    should have broken: " + _should_have_broken(result))
    equivalent = [r for r in report.results if r.status is Status.EQUIVALENT]
    if equivalent:
        lines += [
            "",
            f"Equivalent ({len(equivalent)}), not counted: survived, and no claim could ever tell",
        ]
        for result in equivalent:
            lines += _result_lines(result, facts_file)
            lines.append(f"    why: {result.reason}")
    invalid = report.invalid
    if invalid:
        lines += ["", f"Invalid ({len(invalid)}), not counted: the change does not read as meant"]
        for result in invalid:
            lines += _result_lines(result, facts_file)
            lines.append(f"    why: {result.reason}")
    return "\n".join(lines)


def _score_line(report: MutationReport) -> str:
    killed = report.count(Status.KILLED)
    equivalent = report.count(Status.EQUIVALENT)
    built = f"{len(report.results)} built, {equivalent} equivalent, {len(report.invalid)} invalid"
    if report.score is None:
        return f"Mutation score: n/a — no valid mutant to test ({built})"
    percent = format_fraction(report.score * 100, 1)
    return (
        f"Mutation score: {percent} % — {killed} of {report.valid} valid mutants killed, "
        f"{len(report.survivors)} survived ({built})"
    )


def _speed_line(report: MutationReport) -> str:
    seconds = format_fraction(Fraction(report.elapsed_ns, 10**9), 2)
    rate = report.per_second
    speed = f" ({format_fraction(rate, 1)} mutants/s)" if rate is not None else ""
    return f"Checked {len(report.results)} mutants in {seconds} s{speed}"


def _result_lines(result: MutantResult, facts_file: str) -> list[str]:
    mutant = result.mutant
    lines = [
        f"  {mutant.file}:{mutant.line}:{mutant.column} (source {mutant.source.id}): "
        f"{mutant.describe()}"
    ]
    for item in mutant.targets:
        line = item.evidence.line_of("quote")
        # The evidence's own file: facts may be split over facts/*.yaml.
        file = item.evidence.written_in or facts_file
        where = f"{file}:{line}" if line is not None else file
        lines.append(f'    fact {item.fact.id} ({where}): "{item.evidence.quote}"')
    return lines


def _should_have_broken(result: MutantResult) -> str:
    if result.exposed:
        return "; ".join(_claim(claim) for claim in result.exposed)
    facts = ", ".join(result.mutant.facts)
    return f"nothing — no passing claim rests on {facts}; add a claim that states it"


def _claim(claim: Claim) -> str:
    return f"{claim.feature}:{claim.line} {claim.title}"


# ---------------------------------------------------------------------------
# JSON
# ---------------------------------------------------------------------------


def to_json(report: MutationReport) -> dict[str, object]:
    """The report as plain data; numbers that are not counts are exact decimal strings."""
    score = report.score
    return {
        "version": JSON_VERSION,
        "score": {
            "killed": report.count(Status.KILLED),
            "valid": report.valid,
            "percent": format_fraction(score * 100, 1) if score is not None else None,
        },
        "mutants": {
            "built": len(report.results),
            "killed": report.count(Status.KILLED),
            "survived": report.count(Status.SURVIVED),
            "equivalent": report.count(Status.EQUIVALENT),
            "invalid": report.count(Status.INVALID),
        },
        "seconds": format_fraction(Fraction(report.elapsed_ns, 10**9), 3),
        "failing_before": [claim.id for claim in report.failing_before],
        "results": [_result_json(result) for result in report.results],
    }


def _result_json(result: MutantResult) -> dict[str, object]:
    mutant = result.mutant
    return {
        "status": result.status.value,
        "kind": mutant.kind,
        "source": mutant.source.id,
        "file": mutant.file,
        "line": mutant.line,
        "column": mutant.column,
        "before": mutant.before,
        "after": mutant.after,
        "evidence": [
            {
                "fact": item.fact.id,
                "source": item.source.id,
                # The fact file the line is in: facts may be split over facts/*.yaml.
                "facts_file": item.evidence.written_in,
                "line": item.evidence.line_of("quote"),
                "quote": item.evidence.quote,
            }
            for item in mutant.targets
        ],
        "reason": result.reason or None,
        "failed_claims": [claim.id for claim in result.failed],
        "should_have_broken": [claim.id for claim in result.exposed],
    }
