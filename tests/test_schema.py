"""facts.schema.json: generated from the model, committed, and agreeing with the loader."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from textwrap import dedent
from typing import Any

import jsonschema
import pytest

from factspec.commands import schema as schema_command
from factspec.model.factbase import (
    SCHEMA_DIALECT,
    FactbaseError,
    facts_json_schema,
    facts_schema_text,
    load_factbase_text,
)
from factspec.read.yamlsafe import load_yaml

COMMITTED = Path(__file__).resolve().parents[1] / "facts.schema.json"

VALID = """\
version: 1
tolerance: "10%"
units:
  - id: tokens
    words: {de: [Token], en: [tokens]}
sources:
  - id: "002"
    file: 002_a.txt
    title: Ein Titel
    language: de
    published: "2024-08"
facts:
  - id: llama3_gpus
    description: GPUs used to train Llama 3
    kind: point
    unit: gpu
    evidence:
      - source: "002"
        quote: etwa 16.000 GPUs
        hedged: false
  - id: llama4_gpus
    description: GPUs used to train Llama 4
    kind: point
    unit: gpu
    evidence:
      - {source: "002", quote: rund 160.000 GPUs}
  - id: multiple
    description: Llama 4's GPUs as a multiple of Llama 3's
    kind: point
    unit: times
    ratio_of: [llama4_gpus, llama3_gpus]
  - id: no_revenue
    description: No significant revenue expected
    kind: statement
    evidence:
      - {source: "002", quote: keine nennenswerten Umsätze, stance: supports}
ignore:
  - {source: "002", text: 7 Bilder ansehen, reason: page furniture}
"""

# Each edit makes VALID wrong in a way both the schema and the loader must refuse.
BROKEN = {
    "unknown field": ("        hedged: false\n", "        hedged: false\n        quotes: x\n"),
    "unquoted source id": ('  - id: "002"\n', "  - id: 002\n"),
    "boolean as text": ("hedged: false", 'hedged: "no"'),
    "tolerance of 100 %": ('tolerance: "10%"', 'tolerance: "100%"'),
    "unquoted tolerance": ('tolerance: "10%"', "tolerance: 0.1"),
    "path out of seeds": ("file: 002_a.txt", "file: ../002_a.txt"),
    "absolute path": ("file: 002_a.txt", "file: /seeds/002_a.txt"),
    "month with a day": ('published: "2024-08"', 'published: "2024-08-01"'),
    "language": ("language: de", "language: fr"),
    "fact id": ("id: llama3_gpus\n", "id: Llama3\n"),
    "statement without stance": (", stance: supports}", "}"),
    "statement with unit": ("kind: statement\n", "kind: statement\n    unit: gpu\n"),
    "point fact without unit": (
        "    unit: gpu\n    evidence:\n      - source",
        "    evidence:\n      - source",
    ),
    "point fact with stance": ("        hedged: false\n", "        stance: supports\n"),
    "ratio_of with one fact": ("[llama4_gpus, llama3_gpus]", "[llama4_gpus]"),
    "both relations": (
        "    ratio_of: [llama4_gpus, llama3_gpus]\n",
        "    ratio_of: [llama4_gpus, llama3_gpus]\n    change_of: [llama4_gpus, llama3_gpus]\n",
    ),
    "no evidence, not derived": (
        '      - {source: "002", quote: rund 160.000 GPUs}\n',
        "      []\n",
    ),
    "empty quote": ("quote: etwa 16.000 GPUs", 'quote: " "'),
    "ignore without reason": (", reason: page furniture}", "}"),
    "version": ("version: 1", "version: 2"),
}


def data_of(text: str) -> dict[str, Any]:
    return load_yaml(dedent(text), "facts.yaml").data


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(facts_json_schema())


def test_the_committed_schema_is_the_generated_one() -> None:
    # When this fails, run `factspec schema` in the repository root and commit the result.
    assert COMMITTED.read_text(encoding="utf-8") == facts_schema_text()


def test_the_schema_is_a_valid_draft_07_schema() -> None:
    generated = facts_json_schema()
    assert generated["$schema"] == SCHEMA_DIALECT
    jsonschema.Draft7Validator.check_schema(generated)
    assert json.loads(facts_schema_text()) == generated


def test_every_field_has_a_description_for_editors() -> None:
    generated = facts_json_schema()
    models = [generated, *generated["definitions"].values()]
    for model in models:
        assert model.get("description"), model.get("title")
        for name, prop in model["properties"].items():
            assert prop.get("description"), f"{model['title']}.{name}"


def test_a_valid_document_is_accepted_by_schema_and_loader(
    validator: jsonschema.Draft7Validator,
) -> None:
    validator.validate(data_of(VALID))
    assert load_factbase_text(VALID).fact("multiple").ratio_of == ["llama4_gpus", "llama3_gpus"]


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_document_is_refused_by_schema_and_loader(
    case: str, validator: jsonschema.Draft7Validator
) -> None:
    old, new = BROKEN[case]
    assert VALID.count(old) == 1, "the edit must apply to exactly one place"
    text = VALID.replace(old, new)
    assert list(validator.iter_errors(data_of(text))), "the schema accepts it"
    with pytest.raises(FactbaseError):
        load_factbase_text(text)


# ---------------------------------------------------------------------------
# factspec schema
# ---------------------------------------------------------------------------


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="factspec")
    schema_command.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["schema", *argv])
    return int(args.handler(args))


def test_schema_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "facts.schema.json"
    assert run("--output", str(target)) == 0
    assert target.read_text(encoding="utf-8") == facts_schema_text()
    assert capsys.readouterr().out == f"wrote {target}\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.schema.json"]  # no temp file left


def test_schema_check_passes_when_fresh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "facts.schema.json"
    target.write_text(facts_schema_text(), encoding="utf-8")
    assert run("--output", str(target), "--check") == 0
    assert capsys.readouterr().out == f"{target} is up to date\n"


def test_schema_check_fails_with_a_diff_when_stale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "facts.schema.json"
    stale = facts_schema_text().replace('"Format version; 1."', '"Old text."')
    target.write_text(stale, encoding="utf-8")
    assert run("--output", str(target), "--check") == 1
    captured = capsys.readouterr()
    assert '-      "description": "Old text.",' in captured.out
    assert '+      "description": "Format version; 1.",' in captured.out
    assert captured.err == f"{target} is stale — run `factspec schema --output {target}`\n"
    assert target.read_text(encoding="utf-8") == stale  # --check writes nothing


def test_schema_check_fails_when_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "facts.schema.json"
    assert run("--output", str(target), "--check") == 1
    assert capsys.readouterr().err == (
        f"{target}: missing — run `factspec schema --output {target}`\n"
    )


def test_schema_cannot_write_into_a_missing_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no" / "facts.schema.json"
    assert run("--output", str(target)) == 2
    assert capsys.readouterr().err == f"{target}: cannot write: No such file or directory\n"
