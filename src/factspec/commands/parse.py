"""``factspec parse [--lang de|en] [--json] [--project DIR] TEXT``: show how the engine
reads the numbers in TEXT.

A curator's check before writing a quote or a step: which spans are read, as what interval,
in which unit, with which qualifier. Inside a project (the current folder, or DIR, holds
facts.yaml) TEXT is read as the project reads it: with its units: and its tolerance. Exit 0
when a number was read, 1 when none was, 2 for bad usage or a facts.yaml that cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from factspec.commands import EXIT_FINDINGS, EXIT_OK, EXIT_UNUSABLE, unusable
from factspec.commands.units import project_factbase
from factspec.model.factbase import DEFAULT_TOLERANCE
from factspec.read.interval import format_exact
from factspec.read.problems import FactspecError
from factspec.read.quantity import Quantity, QuantityError, read_quantities
from factspec.read.units import BUILTIN_UNITS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="show how the numbers in a text are read (interval, unit, qualifier)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        default="de",
        help="language of the text (default: de)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print JSON: an object for one reading, else a list"
    )
    parser.add_argument(
        "--project",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="read with this project's units and tolerance (default: the current folder, "
        "when it holds facts.yaml)",
    )
    parser.add_argument(
        "text", nargs="+", metavar="TEXT", help="the text to read; several words are joined"
    )
    parser.set_defaults(handler=run)


# The options of this command: a word after "parse" that is not one of them is text.
_FLAGS = frozenset({"--json", "-h", "--help"})
_VALUED = frozenset({"--lang"})


def text_first_safe(argv: list[str]) -> list[str]:
    """``argv`` with the text of ``factspec parse`` set apart after "--" when a word of it
    starts with a dash ("-3%", "–3 %" typed as "-3%"), which argparse would otherwise take
    for an unknown option: a curator asking how "-3%" reads gets its reading, not a usage
    error. Options keep their meaning wherever they stand; other commands are untouched."""
    if not argv or argv[0] != "parse" or "--" in argv:
        return argv
    options: list[str] = []
    words: list[str] = []
    rest = iter(argv[1:])
    for arg in rest:
        if arg in _FLAGS or arg.split("=", 1)[0] in _VALUED:
            options.append(arg)
            if arg in _VALUED:
                options.append(next(rest, ""))
        else:
            words.append(arg)
    if not any(word.startswith("-") for word in words):
        return argv
    return ["parse", *options, "--", *words]


def run(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    try:
        factbase = project_factbase(args.project)
    except FactspecError as error:
        return unusable(error, "parse", "its units cannot be known")
    units, tolerance = BUILTIN_UNITS, DEFAULT_TOLERANCE
    if factbase is not None:
        units, tolerance = factbase.unit_registry(), factbase.tolerance
    try:
        found = read_quantities(text, args.lang, units=units, tolerance=tolerance)
    except QuantityError as error:
        print(f"factspec parse: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    if not found:
        print(f"factspec parse: no number read in {text!r}", file=sys.stderr)
        return EXIT_FINDINGS
    if args.json:
        records = [as_json(q) for q in found]
        print(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False))
    else:
        for quantity in found:
            print(describe(quantity))
    return EXIT_OK


def as_json(quantity: Quantity) -> dict[str, Any]:
    """One reading as JSON: exact decimal strings (``p/q`` where no decimal is exact)."""
    interval = quantity.interval
    return {
        "text": quantity.text,
        "value": _exact(quantity.value),
        "range": None if quantity.range is None else [_exact(x) for x in quantity.range],
        "low": _exact(interval.low),
        "high": _exact(interval.high),
        "low_open": interval.low_open,
        "high_open": interval.high_open,
        "interval": str(interval),
        "unit": quantity.unit,
        "qualifier": quantity.qualifier,
    }


def describe(quantity: Quantity) -> str:
    """One line for people: span → interval unit (qualifier; nominal value)."""
    unit = quantity.unit or "(no unit)"
    if quantity.range is not None:
        nominal = "range " + " to ".join(format_exact(x) for x in quantity.range)
    else:
        assert quantity.value is not None
        nominal = "value " + format_exact(quantity.value)
    qualifier = quantity.qualifier or "as stated"
    return f"{quantity.text!r} → {quantity.interval} {unit}  ({qualifier}; {nominal})"


def _exact(value: Any) -> str | None:
    return None if value is None else format_exact(value)
