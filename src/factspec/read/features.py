"""Claims read from ``features/*.feature``: one claim per scenario (outlines expanded).

Parsing uses the official Gherkin parser (the one pytest-bdd uses), so both runners see the
same scenarios, the same expanded Examples rows and the same step texts.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gherkin.errors import CompositeParserException, ParserError
from gherkin.parser import Parser
from gherkin.pickles.compiler import Compiler
from gherkin.token_scanner import TokenScanner

from factspec.read.problems import FactspecError, Problem

DISPUTED_TAG = "disputed"
FALSE_TAG = "false"
# pytest's own marks: on a claim they would make pytest skip or excuse it while
# `factspec check` judges it, so the two runners would disagree. A claim is judged or absent.
PYTEST_OUTCOME_TAGS = frozenset({"skip", "skipif", "xfail"})


@dataclass(frozen=True)
class ClaimStep:
    """One step of a claim as written: its text (keyword stripped) and line."""

    text: str
    line: int


@dataclass(frozen=True)
class Claim:
    """A scenario: the sentence readers see, its steps, tags and the reason for a dispute."""

    title: str
    feature: str  # path relative to the project root, with forward slashes
    line: int
    language: str
    tags: tuple[str, ...]  # sorted, without the leading "@", feature tags included
    description: str
    steps: tuple[ClaimStep, ...]

    @property
    def disputed(self) -> bool:
        return DISPUTED_TAG in self.tags

    @property
    def debunked(self) -> bool:
        """Tagged ``@false``: a claim the sources refute, kept as part of the spec."""
        return FALSE_TAG in self.tags

    @property
    def id(self) -> str:
        return f"{self.feature}::{self.title}"


def load_feature_file(path: Path, display: str) -> list[Claim]:
    """Every claim of one feature file; a syntax error names the file and line."""
    return parse_feature_text(read_feature_text(path, display), display)


def read_feature_text(path: Path, display: str) -> str:
    """A feature file as strict UTF-8; a bad byte is a `FactspecError` at its line."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        message = f"not valid UTF-8: byte 0x{data[error.start]:02X} at byte offset {error.start}"
        raise FactspecError([Problem(display, line, message, "save the file as UTF-8")]) from None


def parse_feature_text(text: str, display: str) -> list[Claim]:
    """Every claim of one feature file's text; a syntax error names the file and line."""
    return list(_parse_cached(text, display))


@functools.lru_cache(maxsize=4096)
def _parse_cached(text: str, display: str) -> tuple[Claim, ...]:
    """Parsed once per process: the pytest plugin needs each file at configure time (for the
    markers), at collection, and after the run (to tell a full run from a partial one). The
    text is part of the key, so an edited file is parsed afresh; errors are not cached."""
    return tuple(_parse(text, display))


def _parse(text: str, display: str) -> list[Claim]:
    try:
        document = Parser().parse(TokenScanner(text))
    except (CompositeParserException, ParserError) as error:
        raise FactspecError(_syntax_problems(error, display)) from error
    feature = document.get("feature")
    if not feature:
        return []
    document["uri"] = display
    nodes = _index_nodes(feature)
    claims = []
    for pickle in Compiler().compile(document):
        scenario = nodes[pickle["astNodeIds"][0]]
        steps = tuple(
            ClaimStep(step["text"], nodes[step["astNodeIds"][0]]["location"]["line"])
            for step in pickle["steps"]
        )
        claims.append(
            Claim(
                title=pickle["name"],
                feature=display,
                # The scenario's own line (an outline's rows share it), as pytest-bdd reports it.
                line=scenario["location"]["line"],
                language=pickle["language"],
                tags=tuple(sorted({tag["name"].lstrip("@") for tag in pickle["tags"]})),
                description=normalise_description(scenario.get("description", "")),
                steps=steps,
            )
        )
    _refuse_duplicate_titles(claims)
    _refuse_step_arguments(nodes, display)
    return claims


def _refuse_duplicate_titles(claims: list[Claim]) -> None:
    """A claim's title is its identity in every report, so one feature may not use it twice.

    Each title is reported once, however often it repeats: an outline without a placeholder
    in its title repeats it once per Examples row, and 5,000 rows must not print 5,000 lines.
    """
    by_title: dict[str, list[Claim]] = {}
    for claim in claims:
        by_title.setdefault(claim.title, []).append(claim)
    problems = [
        Problem(
            same[1].feature,
            same[1].line,
            f"claim title {title!r} is used {_times(len(same))} (first at line {same[0].line})",
            "give each claim its own title (an outline's title needs a <placeholder>)",
        )
        for title, same in by_title.items()
        if len(same) > 1
    ]
    if problems:
        raise FactspecError(problems)


def _times(count: int) -> str:
    return "twice" if count == 2 else f"{count:,} times"


def _refuse_step_arguments(nodes: dict[str, dict[str, Any]], display: str) -> None:
    """A doc string or data table under a step is never read, so a claim must not carry one:
    a reader would take it for part of what is proven."""
    problems = [
        Problem(
            display,
            node["location"]["line"],
            f"step {node['text']!r} carries a {kind}, which factspec does not read",
            "state the relation in the step's own words; put notes in the scenario description",
        )
        for node in nodes.values()
        if "keyword" in node
        for key, kind in (("docString", "doc string"), ("dataTable", "data table"))
        if key in node
    ]
    if problems:
        raise FactspecError(sorted(problems))


def _index_nodes(feature: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every scenario and step of the feature by its AST id (rules and backgrounds included)."""
    nodes: dict[str, dict[str, Any]] = {}

    def visit(children: list[dict[str, Any]]) -> None:
        for child in children:
            for kind in ("scenario", "background"):
                if kind in child:
                    node = child[kind]
                    nodes[node["id"]] = node
                    for step in node.get("steps", []):
                        nodes[step["id"]] = step
            if "rule" in child:
                visit(child["rule"].get("children", []))

    visit(feature.get("children", []))
    return nodes


def normalise_description(description: str) -> str:
    """A description without its Gherkin indentation (both runners compare it)."""
    return "\n".join(line.strip() for line in description.strip().splitlines())


def _syntax_problems(error: Exception, display: str) -> list[Problem]:
    errors = getattr(error, "errors", None) or [error]
    problems = []
    for item in errors:
        location = getattr(item, "location", None) or {}
        message = str(item)
        # The parser prefixes "(line:col): "; the Problem carries the position itself.
        if message.startswith("(") and "): " in message:
            message = message.split("): ", 1)[1]
        problems.append(
            Problem(
                display,
                location.get("line"),
                f"Gherkin syntax error: {message}",
                "fix the feature file's syntax (Feature:, Scenario:, steps with Given/When/Then)",
                column=location.get("column"),
            )
        )
    return problems


def load_features(features_dir: Path, root: Path) -> list[Claim]:
    """Every claim of every feature file below ``features_dir``; all errors reported at once."""
    claims: list[Claim] = []
    problems: list[Problem] = []
    for path in sorted(features_dir.rglob("*.feature")):
        display = path.relative_to(root).as_posix()
        try:
            claims.extend(load_feature_file(path, display))
        except FactspecError as error:
            problems.extend(error.problems)
    if problems:
        raise FactspecError(problems)
    return claims
