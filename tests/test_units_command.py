"""``factspec units`` and ``factspec parse`` inside and outside a project; docs/UNITS.md is
the command's output for the built-in units."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from conftest import ROOT
from factspec.commands import parse, units
from factspec.commands.units import render_builtin

PROJECT_FACTS = """\
version: 1
tolerance: "5%"
units:
  - id: households
    words:
      de: [Haushalte]
      en: [households]
  - id: barrels
    words:
      de: [Fass]
      en: [barrels, barrel]
    equals: "159 l"
sources: []
facts: []
"""


def run(module, argv: list[str]) -> int:  # type: ignore[no-untyped-def]
    parser = argparse.ArgumentParser(prog="factspec")
    module.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "facts.yaml").write_text(PROJECT_FACTS, encoding="utf-8")
    return tmp_path


def test_docs_units_page_holds_the_generated_tables() -> None:
    page = (ROOT / "docs" / "UNITS.md").read_text(encoding="utf-8")
    m = re.search(
        r"do not edit by hand -->\n\n(.*)\n\n<!-- end of generated tables -->", page, re.S
    )
    assert m is not None, "docs/UNITS.md lost its generated section"
    assert m.group(1) == render_builtin(), (
        "docs/UNITS.md is stale: paste the output of factspec units --builtin between its markers"
    )


def test_builtin_listing_names_dimension_factor_and_words(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no facts.yaml here: the built-in units only
    assert run(units, ["units"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == render_builtin()
    assert (
        "| `twh` | `gwh` | energy | 10^3 | Terawattstunde | terawatt hour, terawatt-hour "
        "| TWh | – |" in out
    )
    assert "| `kwh` | `gwh` | energy | 10^-6 |" in out
    assert "| `kwd` | `kwd` | currency | 1 |" in out
    assert "| Pfund | British pounds (gbp) or a pound of weight (500 g) |" in out


def test_inside_a_project_its_own_units_follow(project: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(project)
    assert run(units, ["units"]) == 0
    out = capsys.readouterr().out
    own = out.split("### Units of the project (facts.yaml)", 1)[1]
    assert "| `households` | `households` | count | 1 | Haushalte | households | – | – |" in own
    assert "| `barrels` | `l` | volume | 159 | Fass | barrels, barrel | – | – |" in own
    assert "`twh`" not in own


def test_a_project_split_over_facts_dir_lists_its_units(tmp_path: Path, capsys) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "units.yaml").write_text(PROJECT_FACTS, encoding="utf-8")
    assert run(units, ["units", "--project", str(tmp_path)]) == 0
    own = capsys.readouterr().out.split("### Units of the project (", 1)[1]
    assert own.startswith(f"{tmp_path / 'facts' / 'units.yaml'})")
    assert "| `barrels` | `l` | volume | 159 | Fass | barrels, barrel | – | – |" in own


def test_a_broken_project_is_unusable_not_guessed(project: Path, capsys) -> None:
    (project / "facts.yaml").write_text(PROJECT_FACTS.replace('"159 l"', '"about 159 l"'))
    assert run(units, ["units", "--project", str(project)]) == 2
    assert "facts.yaml:12: equals 'about 159 l'" in capsys.readouterr().err


def test_parse_reads_with_the_projects_units_and_tolerance(
    project: Path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(project)
    assert run(parse, ["parse", "rund 2.000 Fass"]) == 0
    # 2,000 barrels × 159 l; about: the project's 5 % of 2,000 barrels (100, less than half a
    # unit of the 2) is 15,900 l. The default 10 % would give [286200, 349800].
    assert capsys.readouterr().out.strip() == (
        "'rund 2.000 Fass' → [302100, 333900] l  (about; value 318000)"
    )
    assert run(parse, ["parse", "4,5 Millionen Haushalte"]) == 0
    assert "households" in capsys.readouterr().out


def test_parse_outside_a_project_knows_only_the_builtin_units(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(parse, ["parse", "4,5 Millionen Haushalte"]) == 0
    assert capsys.readouterr().out.strip() == (
        "'4,5 Millionen' → [4450000, 4550000] (no unit)  (as stated; value 4500000)"
    )
