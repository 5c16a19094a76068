"""``factspec units [--builtin] [--project DIR]``: every unit a figure can be read in.

One Markdown table per registry: the built-in units and, inside a project (a folder holding
facts.yaml or facts/*.yaml), the project's own from its ``units:``. Each row is one entry:
its name, the unit its figures are read in, the dimension, the exact factor into that unit,
and the words and symbols per language. ``docs/UNITS.md`` embeds the built-in table
(``--builtin``); a test keeps the two equal. Exit 0, or 2 when the project's fact files
cannot be read.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from fractions import Fraction
from pathlib import Path

from factspec.commands import EXIT_OK, unusable
from factspec.model.factbase import FactBase, has_fact_files, load_factbase
from factspec.read.interval import format_exact
from factspec.read.problems import FactspecError
from factspec.read.units import BUILTIN_UNITS, Unit, UnitRegistry

_HEADER = (
    "| unit | read in | dimension | factor | German words | English words | symbols "
    "| before the number |\n|---|---|---|---:|---|---|---|---|"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "units",
        help="list the units figures are read in: built in, and the project's own",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--builtin", action="store_true", help="list the built-in units only (as docs/UNITS.md)"
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the project whose units: to list too (default: the current folder, "
        "when it holds facts.yaml or facts/)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(render_builtin())
    if args.builtin:
        return EXIT_OK
    try:
        factbase = project_factbase(args.project)
    except FactspecError as error:
        return unusable(error, "units")
    if factbase is None:
        return EXIT_OK
    own = project_units(factbase)
    print()
    print(f"### Units of the project ({', '.join(str(args.project / f) for f in factbase.files)})")
    print()
    print(render_units(own) if own else "(none: the project declares no units:)")
    return EXIT_OK


def project_factbase(directory: Path) -> FactBase | None:
    """The facts of ``directory`` (facts.yaml and facts/*.yaml) when it has any, else None
    (not inside a project).

    Raises `FactspecError` when it exists but cannot be read: its units would be guessed.
    """
    if not has_fact_files(directory):
        return None
    return load_factbase(directory)


def project_units(factbase: FactBase) -> tuple[Unit, ...]:
    """The units a project adds to the built-in ones, in the order of its ``units:``."""
    registry: UnitRegistry = factbase.unit_registry()
    return registry.units[len(BUILTIN_UNITS.units) :]


def render_builtin() -> str:
    """The built-in units and the words that name several units, as docs/UNITS.md has them."""
    ambiguous = ["| word | may mean |", "|---|---|"]
    ambiguous += [f"| {_words([word])} | {meaning} |" for word, meaning in BUILTIN_UNITS.ambiguous]
    return (
        "### Built-in units\n\n"
        + render_units(BUILTIN_UNITS.units)
        + "\n\n### Words that name several units\n\n"
        "A number followed by one of these is not read (a project may declare the word as "
        "one of its units):\n\n" + "\n".join(ambiguous)
    )


def render_units(units: Iterable[Unit]) -> str:
    """A Markdown table: one row per unit entry, exact factors, words per language."""
    rows = [_HEADER]
    for unit in units:
        cells = [
            f"`{unit.label}`",
            f"`{unit.id}`",
            unit.dimension,
            _factor(unit.factor),
            _words(unit.words_de),
            _words(unit.words_en),
            _words(unit.symbols),
            _words(unit.prefixes),
        ]
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def _factor(factor: Fraction) -> str:
    # Powers of ten as 10^n: "0.000000001" is hard to count, "10^-9" is not.
    for sign in (1, -1):
        exponent = 0
        value = factor if sign == 1 else 1 / factor
        while value % 10 == 0 and value > 1:
            value /= 10
            exponent += 1
        if value == 1 and exponent >= 3:
            return f"10^{exponent * sign}"
    return format_exact(factor)


def _words(words: Iterable[str]) -> str:
    # A "|" inside a cell would end it; none of the words has one, but a project's may.
    return ", ".join(w.replace("|", "\\|") for w in words) or "–"
