"""``factspec lint`` on the shipped project and on copies broken on purpose.

Each broken copy must produce the exact message at the exact line, and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import factspec.model.evidence as evidence_module
from conftest import CliRun
from factspec.model.project import Project
from factspec.read.quantity import Quantity
from factspec.read.units import BUILTIN_UNITS

LLAMA3_QUOTE = (
    "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden, sollen für "
    "Llama 4 fast zehnmal so viele, also rund 160.000 GPUs, benötigt werden."
)


def edit(path: Path, old: str, new: str, *, count: int = 1) -> int:
    """Replace ``old`` by ``new`` in ``path``; return the 1-based line where the edit landed."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    at = text.index(old)
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return text.count("\n", 0, at) + 1


def line_of(path: Path, needle: str, *, nth: int = 1) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    hits = [number for number, line in enumerate(lines, 1) if needle in line]
    return hits[nth - 1]


def test_shipped_project_is_clean_with_full_coverage(run_cli: Callable[..., CliRun]) -> None:
    result = run_cli("lint", ".")
    assert result.code == 0, result.out + result.err
    assert "corpus coverage: 56/56 figures accounted for (100 %)" in result.out
    assert result.out.rstrip().endswith("clean")


def test_quote_with_one_word_changed_shows_the_nearest_passage(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    facts = shipped / "facts.yaml"
    line = edit(facts, "16.000 GPUs verwendet wurden", "16.000 GPUs genutzt wurden")
    result = run_cli("lint", str(shipped))
    assert result.code == 1
    seed = "seeds/002_5403ae498df81086.txt"
    expected = (
        f"facts.yaml:{line}: quote not found in {seed}; nearest passage (similarity 95 %, "
        f'{seed}:3:117): "{LLAMA3_QUOTE}" — copy the source\'s words exactly, or correct the '
        "source id"
    )
    assert result.out.splitlines()[0] == expected


def test_missing_reads_lists_the_numbers_in_the_quote(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    facts = shipped / "facts.yaml"
    line = edit(facts, '        reads: "fast zehnmal so viele"\n', "")
    result = run_cli("lint", str(shipped))
    assert result.code == 1
    quote_line = line - 1  # the problem is reported at the quote, which now stands alone
    assert result.out.splitlines()[0] == (
        f"facts.yaml:{quote_line}: the quote holds 3 numbers ('etwa 16.000 GPUs', "
        "'fast zehnmal so viele', 'rund 160.000 GPUs') — add reads: with the part of the "
        "quote that carries this fact's number"
    )


def test_unknown_unit_names_the_known_units(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    facts = shipped / "facts.yaml"
    line = edit(facts, "unit: parameters", "unit: parameter_count")
    result = run_cli("lint", str(shipped))
    assert result.code == 2
    [problem, summary] = result.err.splitlines()
    assert problem == (
        f"facts.yaml:{line}: unknown unit 'parameter_count' — did you mean 'parameters'? known "
        f"units: {', '.join(sorted(BUILTIN_UNITS.ids))}; or declare it under units:"
    )
    assert summary == "factspec lint: 1 problem; the project cannot be read."


def test_fact_id_given_twice(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    facts = shipped / "facts.yaml"
    first = line_of(facts, "- id: capex_q1_2024")
    line = edit(facts, "- id: capex_q1_2023", "- id: capex_q1_2024")
    result = run_cli("lint", str(shipped))
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        f"facts.yaml:{line}: fact id 'capex_q1_2024' is declared twice (first at line {first}) "
        "— give each fact its own id, or merge the two entries"
    )


def test_source_path_outside_seeds(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    facts = shipped / "facts.yaml"
    line = edit(facts, "file: 004_b39324e2fa652c10.txt", "file: ../004_b39324e2fa652c10.txt")
    result = run_cli("lint", str(shipped))
    assert result.code == 2
    assert result.err.splitlines() == [
        f"facts.yaml:{line}: file '../004_b39324e2fa652c10.txt' leaves seeds/ through '..' — "
        "name a file inside seeds/, relative to it",
        "factspec lint: 1 problem; the project cannot be read.",
    ]


def test_non_utf8_seed_names_file_and_byte_offset(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    size = seed.stat().st_size
    with seed.open("ab") as handle:
        handle.write(b"\xff")
    result = run_cli("lint", str(shipped))
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        f"seeds/004_b39324e2fa652c10.txt:19:13: not valid UTF-8: byte 0xFF at byte offset {size} "
        "(invalid start byte) — re-save the file as UTF-8 (text from Windows is usually "
        "Windows-1252: `iconv -f CP1252 -t UTF-8`)"
    )


def test_anchor_is_refused(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    facts = shipped / "facts.yaml"
    line = edit(facts, '  - id: "000"\n', '  - &first\n    id: "000"\n')
    result = run_cli("lint", str(shipped))
    assert result.code == 2
    assert result.err.splitlines()[0] == (
        f"facts.yaml:{line}: anchor '&first' is not allowed — write the value out in full; "
        "anchors and aliases are not allowed in this file"
    )


def test_unregistered_seed_file(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    (shipped / "seeds" / "005_new.txt").write_text("Nichts Neues.\n", encoding="utf-8")
    result = run_cli("lint", str(shipped))
    assert result.code == 1
    assert result.out.splitlines()[0] == (
        "seeds/005_new.txt: source file is not registered in the fact files — add it under "
        "sources: (id, file, title, language, published) and curate its figures, or remove the "
        "file"
    )


def test_figure_neither_covered_nor_ignored(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nMeta beschäftigt rund 70.000 Menschen.\n")
    result = run_cli("lint", str(shipped))
    assert result.code == 1
    assert result.out.splitlines()[0] == (
        "seeds/004_b39324e2fa652c10.txt:20:18: figure 'rund 70.000 Menschen' is covered by no "
        "evidence quote and no ignore entry — record it as evidence of a fact in facts.yaml, "
        "or list it under ignore: with the reason it is not a fact"
    )
    assert "corpus coverage: 56/57 figures accounted for (98 %)" in result.out


def test_a_quote_cited_twice_is_read_once_and_each_entry_keeps_its_number(
    tiny: Path, monkeypatch
) -> None:
    # gpus_falke and gpus_falke_vs_adler quote the same sentence of source a, each with its
    # own reads: the sentence is read once per run, and each entry still gets its number.
    read: list[str] = []
    real = evidence_module.read_quantities

    def counting(text: str, lang: str, **options: Any) -> list[Quantity]:
        read.append(text)
        return real(text, lang, **options)

    monkeypatch.setattr(evidence_module, "read_quantities", counting)
    project = Project.load(tiny)
    assert not project.findings
    assert len(read) == len(set(read)) == 5  # six numeric entries, five distinct sentences
    numbers = {item.fact.id: item.quantity.text for item in project.evidence if item.quantity}
    assert numbers["gpus_falke_vs_adler"] == "fast zehnmal so viele"
    assert [i.quantity.text for i in project.evidence if i.fact.id == "gpus_falke"] == [
        "rund 160.000 GPUs",
        "some 170,000 GPUs",
    ]


def test_a_number_the_reader_cannot_read_is_a_finding_at_its_place(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    """Fail closed: "einhundert ein und dreißig" is seen as a number but cannot be composed; it
    is neither read in part (as 31 or 100) nor dropped, but reported where it stands."""
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nMeta eröffnet Ein hundert ein und dreißig Büros.\n")
    result = run_cli("lint", str(shipped))
    assert result.code == 1
    assert result.out.splitlines()[0] == (
        "seeds/004_b39324e2fa652c10.txt:20:15: number 'Ein hundert ein' cannot be read: its "
        "number words do not compose into one number this reader can read — it cannot be "
        "evidence as written: list the passage under ignore: with the reason, or record the "
        "fact from a passage that states the number in digits or in words the reader "
        "composes (factspec parse shows how a text is read)"
    )
    # The coverage count is unchanged: nothing of it was read as a figure.
    assert "corpus coverage: 56/56 figures accounted for (100 %)" in result.out


def test_an_unread_number_inside_an_ignored_passage_is_not_reported(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nDas Rezept braucht 1 cup and a half Mehl.\n")
    facts = shipped / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "\nignore:\n" in text
    facts.write_text(
        text.replace(
            "\nignore:\n",
            '\nignore:\n  - source: "004"\n    text: "1 cup and a half"\n'
            '    reason: "a recipe quantity, not a fact"\n',
            1,
        ),
        encoding="utf-8",
    )
    result = run_cli("lint", str(shipped))
    assert "cannot be read" not in result.out, result.out


def test_a_multiplier_is_a_figure_lint_counts(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    """ "verdoppelt" is read (a factor 2), so coverage counts it and asks for a decision."""
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    with seed.open("a", encoding="utf-8") as handle:
        handle.write("\nMeta hat die Zahl der Rechenzentren verdoppelt.\n")
    result = run_cli("lint", str(shipped))
    assert result.code == 1
    assert result.out.splitlines()[0].startswith(
        "seeds/004_b39324e2fa652c10.txt:20:37: figure 'verdoppelt' is covered by no evidence"
    )
    assert "corpus coverage: 56/57 figures accounted for (98 %)" in result.out


def test_a_version_after_a_name_is_no_figure_of_the_other_notation(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    # The reader takes a comma number after a noun for a figure ("Braunkohle 8,8"), so the
    # other-notation probe would read "Llama 3,1"; a dotted run after a name is a version.
    # A dotted figure with a unit after a noun is still the other language's decimal point.
    seed = shipped / "seeds" / "004_b39324e2fa652c10.txt"
    lines = seed.read_text(encoding="utf-8").count("\n")
    with seed.open("a", encoding="utf-8") as appended:
        # the seed's last line has no line break: the new line follows it
        appended.write("\nMeta stellt Llama 3.1 vor. Bei der Braunkohle waren es 8.8 Prozent.\n")
    result = run_cli("lint", str(shipped))
    unreadable = [line for line in result.out.splitlines() if "cannot be read" in line]
    assert len(unreadable) == 1
    assert unreadable[0].startswith(
        f"seeds/004_b39324e2fa652c10.txt:{lines + 2}:56: figure '8.8 Prozent' cannot be read"
    )
