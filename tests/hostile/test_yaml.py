"""Hostile facts.yaml through the CLI end to end: bombs, tags, duplicates, wrong types, size.

Every input goes through ``factspec lint``, ``check`` and ``table`` on a copy of the tiny
project and must be refused with exit 2, at its line, with a fix, and nothing written.
"""

from __future__ import annotations

import re
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_kit import has_fix, pytest_refused, refused

from conftest import TINY_FACTS, CliRun
from factspec.read.yamlsafe import MAX_BYTES, MAX_EVENTS, MAX_PROBLEMS

FACTS = textwrap.dedent(TINY_FACTS)
LINES = FACTS.splitlines()
BOM = "\ufeff"


def write_facts(project: Path, text: str | bytes) -> None:
    path = project / "facts.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")


def with_line(number: int, new: str) -> str:
    """FACTS with 1-based line ``number`` replaced by ``new`` (which may hold several lines)."""
    lines = list(LINES)
    lines[number - 1] = new
    return "\n".join(lines) + "\n"


def inserted_after(number: int, new: str) -> str:
    lines = list(LINES)
    lines.insert(number, new)
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------ whole-file refusals


def billion_laughs(levels: int) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        aliases = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def quadratic_blowup() -> str:
    big = "x" * 50_000
    return f"big: &big {big}\nmany: [{', '.join(['*big'] * 5_000)}]\n"


BOMBS = {
    "billion laughs, 9 levels": billion_laughs(9),
    "billion laughs, 30 levels": billion_laughs(30),
    "quadratic blowup": quadratic_blowup(),
    "merge-key bomb": "a: &a {x: 1, y: 2}\nb: &b {<<: [*a, *a, *a], z: 3}\nc: {<<: [*b, *b, *b]}\n",
    "anchor inside facts": with_line(15, "    description: &d GPUs used to train Adler"),
    "alias inside facts": with_line(22, "    description: *d"),
    "recursive alias": "a: &a [*a]\n",
}


@pytest.mark.parametrize("text", BOMBS.values(), ids=BOMBS.keys())
def test_anchor_and_alias_bombs_are_refused_in_under_a_second(
    tiny: Path, run_cli: Callable[..., CliRun], text: str
) -> None:
    write_facts(tiny, text)
    [lint, *_] = refused(run_cli, tiny, "not allowed", seconds=1.0, memory=True)
    assert "anchors and aliases are not allowed" in lint.err or "merge keys" in lint.err


TAGS = [
    "!!python/object/apply:os.system ['echo pwned']",
    "!!python/object/new:subprocess.Popen [['id']]",
    "!!python/name:os.system",
    "!!python/module:os",
    "!!python/tuple [1, 2]",
    "!!python/str x",
    "!!binary aGVsbG8=",
    "!!set {a, b}",
    "!!omap [a: 1]",
    "!!pairs [a: 1]",
    "!!timestamp 2024-08-01",
    "!!str 1",
    "!!int '1'",
    "!!float 1",
    "!!bool yes",
    "!!null ''",
    "!!map {a: 1}",
    "!!seq [1]",
    "!custom 1",
    "!<tag:yaml.org,2002:str> 1",
    "!<tag:example.com,2024:thing> 1",
]


@pytest.mark.parametrize("tag", TAGS)
def test_every_tag_is_refused_at_its_line(
    tiny: Path, run_cli: Callable[..., CliRun], tag: str
) -> None:
    write_facts(tiny, with_line(1, f"version: {tag}"))
    [lint, *_] = refused(run_cli, tiny, "facts.yaml:1: tag ", "is not allowed")
    assert has_fix(lint.err, "facts.yaml:1")


def test_a_tag_directive_is_refused(tiny: Path, run_cli: Callable[..., CliRun]) -> None:
    write_facts(tiny, "%TAG !e! tag:example.com,2024:\n---\n" + with_line(1, "version: !e!x 1"))
    refused(run_cli, tiny, "facts.yaml:3: tag ")


NOT_A_MAPPING = {
    "empty file": ("", "facts.yaml: the file is empty"),
    "only a BOM": (BOM, "facts.yaml: the file is empty"),
    "only whitespace": (" \n\n  \n", "facts.yaml: the file is empty"),
    "only a comment": ("# nothing here\n", "facts.yaml: the file is empty"),
    "a lone document marker": ("---\n", "facts.yaml: the file is empty"),
    "an explicit end": ("---\n...\n", "facts.yaml: the file is empty"),
    "a list": ("- version: 1\n", "facts.yaml:1: the top level must be a mapping"),
    "a text": ("version 1\n", "facts.yaml:1: the top level must be a mapping"),
    "a number": ("1\n", "facts.yaml:1: the top level must be a mapping"),
    "null": ("~\n", "facts.yaml:1: the top level must be a mapping"),
    "a quoted text": ('"version: 1"\n', "facts.yaml:1: the top level must be a mapping"),
    "a block text": ("|\n  version: 1\n", "facts.yaml:1: the top level must be a mapping"),
    "two documents": (FACTS + "---\nversion: 1\n", "facts.yaml:51: the file holds more than one"),
}


@pytest.mark.parametrize("text,expected", NOT_A_MAPPING.values(), ids=NOT_A_MAPPING.keys())
def test_a_top_level_that_is_not_one_mapping_is_refused(
    tiny: Path, run_cli: Callable[..., CliRun], text: str, expected: str
) -> None:
    write_facts(tiny, text)
    [lint, *_] = refused(run_cli, tiny, expected)
    assert has_fix(lint.err, expected.split(": ", 1)[0])


def test_a_file_above_the_size_limit_is_refused_without_reading_it(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    write_facts(tiny, FACTS + "# " + "x" * (MAX_BYTES + 1024 * 1024) + "\n")
    refused(run_cli, tiny, "facts.yaml: the file is", "more than the limit", memory=True)


def test_a_file_of_one_enormous_value_is_refused(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    write_facts(tiny, with_line(15, "    description: " + "x" * MAX_BYTES))
    refused(run_cli, tiny, f"more than the limit of {MAX_BYTES} bytes")


DEEP = {
    "flow sequences": "version: " + "[" * 20_000 + "]" * 20_000 + "\n",
    "flow mappings": "version: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n",
    "block mappings": "".join("  " * i + f"k{i}:\n" for i in range(300)) + "  " * 300 + "x\n",
    "block sequences": "version:\n" + "".join("  " * i + "-\n" for i in range(1, 300)) + "1\n",
}


@pytest.mark.parametrize("text", DEEP.values(), ids=DEEP.keys())
def test_deep_nesting_is_refused_without_recursion(
    tiny: Path, run_cli: Callable[..., CliRun], text: str
) -> None:
    write_facts(tiny, text)
    refused(run_cli, tiny, "nesting deeper than 64 levels", "facts.yaml:")


ENCODING = {
    "invalid UTF-8": (FACTS.encode().replace(b"Adler", b"Adl\xe9r", 1), "facts.yaml:15:"),
    "Latin-1": (FACTS.replace("Für", "F\u00fcr").encode("latin-1"), "facts.yaml:20:"),
    "UTF-16": (FACTS.encode("utf-16"), "facts.yaml:1:"),
    "a NUL byte": (FACTS.replace("Adler", "Ad\0ler", 1).encode(), "facts.yaml:15:"),
    "a control character": (FACTS.replace("Adler", "Ad\x07ler", 1).encode(), "facts.yaml:15:"),
    "a tab indent": (FACTS.replace("  - id: b", "\t- id: b").encode(), "facts.yaml:8:"),
    "a syntax error": (FACTS.replace("ratio_of: [", "ratio_of: [[").encode(), "facts.yaml:"),
    "an unclosed quote": (FACTS.replace('"2024-08"', '"2024-08').encode(), "facts.yaml:"),
}


@pytest.mark.parametrize("data,location", ENCODING.values(), ids=ENCODING.keys())
def test_unreadable_bytes_are_refused_at_their_line(
    tiny: Path, run_cli: Callable[..., CliRun], data: bytes, location: str
) -> None:
    write_facts(tiny, data)
    [lint, *_] = refused(run_cli, tiny, location)
    assert has_fix(lint.err, location.rstrip(":"))


def test_a_leading_bom_is_accepted(tiny: Path, run_cli: Callable[..., CliRun]) -> None:
    write_facts(tiny, BOM + FACTS)
    assert run_cli("check", str(tiny)).code == 0


# --------------------------------------------------------------- per-field refusals


def _field_lines() -> list[tuple[int, str, str]]:
    """(line, indentation of the entry, key) of every `key: value` line of FACTS."""
    fields = []
    for number, line in enumerate(LINES, 1):
        match = re.match(r"^(\s*)(- )?([a-z_]+):", line)
        if match:
            indent = match[1] + ("  " if match[2] else "")
            fields.append((number, indent, match[3]))
    return fields


FIELDS = _field_lines()


def _duplicated(number: int, indent: str, key: str) -> tuple[str, int]:
    """FACTS with the key on line ``number`` written a second time in the same mapping, and
    the line of the copy (after the whole block when the value is a block)."""
    line = LINES[number - 1]
    if not line.rstrip().endswith(":"):
        return inserted_after(number, indent + line.lstrip().removeprefix("- ")), number + 1
    end = number
    while end < len(LINES) and len(LINES[end]) - len(LINES[end].lstrip()) > len(indent):
        end += 1
    return inserted_after(end, indent + f"{key}: []"), end + 1


@pytest.mark.parametrize(
    "number,indent,key", FIELDS, ids=[f"{key}@{number}" for number, _, key in FIELDS]
)
def test_a_duplicate_key_is_refused_at_every_level(
    tiny: Path, run_cli: Callable[..., CliRun], number: int, indent: str, key: str
) -> None:
    text, duplicate_line = _duplicated(number, indent, key)
    write_facts(tiny, text)
    expected = f"facts.yaml:{duplicate_line}: duplicate key {key!r} (first at line {number})"
    [lint, *_] = refused(run_cli, tiny, expected)
    assert has_fix(lint.err, f"facts.yaml:{duplicate_line}")


SCALAR_FIELDS = [f for f in FIELDS if not LINES[f[0] - 1].rstrip().endswith(":")]


@pytest.mark.parametrize("value", ["{wrong: 1}", "[{wrong: 1}]"], ids=["mapping", "list"])
@pytest.mark.parametrize(
    "number,indent,key",
    SCALAR_FIELDS,
    ids=[f"{key}@{number}" for number, _, key in SCALAR_FIELDS],
)
def test_a_field_of_the_wrong_type_is_refused_at_its_line(
    tiny: Path, run_cli: Callable[..., CliRun], number: int, indent: str, key: str, value: str
) -> None:
    line = LINES[number - 1]
    prefix = line[: line.index(f"{key}:")]
    write_facts(tiny, with_line(number, f"{prefix}{key}: {value}"))
    [lint, *_] = refused(run_cli, tiny, f"facts.yaml:{number}:")
    assert has_fix(lint.err, f"facts.yaml:{number}")


OPTIONAL = {
    "tolerance": (1, "tolerance: [10]"),
    "tolerance, not a share": (1, "tolerance: 250%"),
    "units, a text": (1, "units: servers"),
    "units, an entry of the wrong shape": (1, "units: [{id: servers, words: [server]}]"),
    "ignore, a text": (1, "ignore: all"),
    "ignore, a bare number": (1, "ignore: [7]"),
    "dated_by, a list": (7, '    published: "2024-08"\n    dated_by: [1]'),
    "note, a mapping": (7, '    published: "2024-08"\n    note: {a: 1}'),
    "language, unknown": (6, "    language: fr"),
    "published, a date": (7, "    published: 2024-08-01"),
    "published, a number": (7, "    published: 202408"),
    "kind, unknown": (16, "    kind: vague"),
    "unit, unknown": (17, "    unit: bananas"),
    "change_of, a text": (37, "    change_of: gpus_falke"),
    "ratio_of, one fact": (37, "    ratio_of: [gpus_falke]"),
    "ratio_of, unknown facts": (37, "    ratio_of: [nope, nada]"),
    "hedged, a text": (31, "        hedged: probably"),
    "stance on a point fact": (32, "        attributed_to: analysts\n        stance: supports"),
    "attributed_to, a list": (32, "        attributed_to: [analysts]"),
    "an unknown field": (16, "    kind: point\n    weight: 3"),
    "a null key": (1, "version: 1\n~: 3"),
    "a boolean key": (1, "version: 1\nyes: 3"),
    "a date key": (1, "version: 1\n2024-01-01: 3"),
    "a list as key": (1, "version: 1\n? [a]\n: 3"),
    "version 2": (1, "version: 2"),
    "version, a text": (1, "version: one"),
    "version, huge": (1, "version: 1" + "0" * 5_000),
    "version, NaN": (1, "version: .nan"),
}


@pytest.mark.parametrize("number,new", OPTIONAL.values(), ids=OPTIONAL.keys())
def test_a_field_with_a_wrong_value_is_refused_at_its_line(
    tiny: Path, run_cli: Callable[..., CliRun], number: int, new: str
) -> None:
    write_facts(tiny, with_line(number, new))
    [lint, *_] = refused(run_cli, tiny, "facts.yaml:")
    first = lint.err.splitlines()[0]
    assert re.match(r"facts\.yaml:\d+: ", first), first
    assert " — " in first, f"no fix in {first!r}"


@pytest.mark.parametrize(
    "new,expected",
    [
        ("version: 1\n~: 3", "facts.yaml:2: a key at the top level is not a field"),
        ("version: 1\nyes: 3", "YAML reads it as true"),
        ("version: 1\n2024-01-01: 3", "YAML reads it as a date (2024-01-01)"),
    ],
)
def test_a_key_that_is_not_text_is_named_as_yaml_read_it(
    tiny: Path, run_cli: Callable[..., CliRun], new: str, expected: str
) -> None:
    # Defect: the message showed another key's value ("key 3 … reads it as the number 1"),
    # and a null key was reported as the text 'None' at the wrong line.
    write_facts(tiny, FACTS.replace("version: 1", new, 1))
    refused(run_cli, tiny, expected, commands=("lint",))


def test_the_pytest_runner_refuses_an_alias_bomb_without_a_chained_error(tiny: Path) -> None:
    # Defect: the plugin failed inside its except block, so pytest printed every problem twice,
    # the second time under "During handling of the above exception, another exception occurred".
    write_facts(tiny, billion_laughs(9) + FACTS)
    started = time.perf_counter()
    pytest_refused(tiny, "facts.yaml:1: anchor '&l0' is not allowed")
    assert time.perf_counter() - started < 60


def test_the_pytest_runner_refuses_a_python_tag(tiny: Path) -> None:
    write_facts(tiny, with_line(1, "version: !!python/object/apply:os.system ['touch pwned']"))
    pytest_refused(tiny, "facts.yaml:1: tag '!!python/object/apply:os.system' is not allowed")
    assert not (tiny / "pwned").exists()


def test_five_thousand_aliases_are_one_screen_of_problems_not_five_thousand(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    # Defect: every alias was listed, 5,000 identical lines (600 KB) for one mistake.
    write_facts(tiny, quadratic_blowup())
    [lint] = refused(run_cli, tiny, "4,901 more problem(s) like those above", commands=("lint",))
    assert len(lint.err.splitlines()) == MAX_PROBLEMS + 2  # the problems, the rest, the verdict


def test_millions_of_one_word_entries_are_refused_by_count_not_composed(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    """Under the byte limit, yet a memory bomb if composed: the event count stops it early."""
    entries = "".join(f"k{i}: v\n" for i in range(MAX_EVENTS // 2 + 10))
    assert len(entries.encode()) < MAX_BYTES
    write_facts(tiny, FACTS + "extra:\n" + entries.replace("k", "  k"))
    refused(
        run_cli,
        tiny,
        f"more than {MAX_EVENTS:,} values, keys, lists and mappings",
        commands=("lint",),
        seconds=15.0,  # about 2 s: the count stops the composer at a million events
    )
