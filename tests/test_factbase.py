"""factbase: facts.yaml validated, every problem as `facts.yaml:LINE: what — fix`, all at once."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path
from textwrap import dedent

import pytest

from factspec.model.factbase import (
    Evidence,
    Fact,
    FactBase,
    FactbaseError,
    IgnoredFigure,
    Source,
    load_factbase,
    load_factbase_text,
)
from factspec.read.problems import FactspecError
from factspec.read.units import BUILTIN_UNITS
from factspec.read.yamlsafe import MAX_BYTES

# Eight lines, so the first fact of a test document starts at line 9.
HEADER = """\
version: 1
sources:
  - id: "002"
    file: 002_a.txt
    title: Ein Titel
    language: de
    published: "2024-08"
facts:
"""

GPU_FACT = """\
  - id: llama3_gpus
    description: GPUs used to train Llama 3
    kind: point
    unit: gpu
    evidence:
      - source: "002"
        quote: "etwa 16.000 GPUs"
"""

VALID = """\
version: 1
tolerance: "12.5%"
units:
  - id: tokens
    words: {de: [Token], en: [tokens]}
sources:
  - id: "002"
    file: 002_a.txt
    title: Ein Titel
    language: de
    published: "2024-08"
    dated_by: the URL
  - id: "003"
    file: sub/003_b.txt
    title: A title
    language: en
    published: "2025-01"
facts:
  - id: llama3_gpus
    description: GPUs used to train Llama 3
    kind: point
    unit: gpu
    evidence:
      - source: "002"
        quote: "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden"
        reads: "etwa   16.000 GPUs"
        attributed_to: Meta
  - id: llama4_gpus
    description: GPUs used to train Llama 4
    kind: point
    unit: gpu
    tolerance: "0.05"
    evidence:
      - source: "003"
        quote: about 160,000 GPUs
        hedged: true
  - id: gpu_multiple
    description: Llama 4's GPUs as a multiple of Llama 3's
    kind: point
    unit: times
    ratio_of: [llama4_gpus, llama3_gpus]
  - id: no_revenue
    description: Meta expects no significant revenue from generative AI
    kind: statement
    evidence:
      - source: "002"
        quote: keine nennenswerten Umsätze
        stance: supports
ignore:
  - source: "002"
    text: "7 Bilder ansehen"
    reason: page furniture
"""


def problems(text: str | bytes, **kwargs: object) -> list[str]:
    """Every problem the loader reports for ``text``, as printed."""
    if isinstance(text, str):
        text = dedent(text)
    with pytest.raises(FactbaseError) as caught:
        load_factbase_text(text, **kwargs)  # type: ignore[arg-type]
    return [str(problem) for problem in caught.value.problems]


def fact_problems(facts: str) -> list[str]:
    return problems(HEADER + dedent(facts))


# ---------------------------------------------------------------------------
# A valid file
# ---------------------------------------------------------------------------


def test_a_valid_file_loads_with_accessors() -> None:
    factbase = load_factbase_text(VALID)
    assert isinstance(factbase, FactBase)
    assert factbase.display_path == "facts.yaml"
    assert factbase.version == 1
    assert factbase.source("003").file == "sub/003_b.txt"
    assert factbase.fact("gpu_multiple").ratio_of == ["llama4_gpus", "llama3_gpus"]
    assert factbase.fact("gpu_multiple").derived
    assert factbase.fact("no_revenue").unit is None
    assert factbase.fact("no_revenue").evidence[0].stance == "supports"
    assert factbase.fact("llama4_gpus").evidence[0].hedged is True
    assert factbase.fact("llama3_gpus").evidence[0].hedged is False
    assert factbase.ignore[0].reason == "page furniture"
    with pytest.raises(KeyError, match="no fact with id 'nope'"):
        factbase.fact("nope")
    with pytest.raises(KeyError, match="no source with id '999'"):
        factbase.source("999")


def test_tolerances_are_exact_fractions() -> None:
    factbase = load_factbase_text(VALID)
    assert factbase.tolerance == Fraction(1, 8)
    assert factbase.tolerance_for(factbase.fact("llama3_gpus")) == Fraction(1, 8)
    assert factbase.tolerance_for(factbase.fact("llama4_gpus")) == Fraction(1, 20)


def test_the_default_tolerance_is_ten_percent() -> None:
    factbase = load_factbase_text(HEADER + GPU_FACT)
    assert factbase.tolerance == Fraction(1, 10)


@pytest.mark.parametrize(
    ("written", "value"),
    [("10%", Fraction(1, 10)), ("12.5 %", Fraction(1, 8)), ("0.1", Fraction(1, 10)), ("0", 0)],
)
def test_tolerance_forms(written: str, value: Fraction) -> None:
    factbase = load_factbase_text(f'tolerance: "{written}"\n' + HEADER + GPU_FACT)
    assert factbase.tolerance == value


@pytest.mark.parametrize("written", ['"100%"', '"1"', '"1.5"', '"-5%"', '"ten"'])
def test_a_tolerance_outside_zero_to_one_is_refused(written: str) -> None:
    assert problems(f"tolerance: {written}\n" + HEADER + GPU_FACT) == [
        f"facts.yaml:1: tolerance {written.strip(chr(34))!r} is not a share from 0 up to "
        '(not including) 100 % — write a percentage such as "10%" or a decimal such as "0.1"'
    ]


def test_an_unquoted_decimal_tolerance_is_refused() -> None:
    # A float would bring rounding into exact comparisons.
    assert problems("tolerance: 0.1\n" + HEADER + GPU_FACT) == [
        "facts.yaml:1: tolerance must be quoted text, but YAML reads it as the number 0.1 — "
        'quote it, e.g. tolerance: "10%" or tolerance: "0.1"'
    ]


def test_the_unit_registry_adds_declared_units() -> None:
    registry = load_factbase_text(VALID).unit_registry()
    assert registry.ids == BUILTIN_UNITS.ids | {"tokens"}
    assert "tokens" not in BUILTIN_UNITS.ids


def test_every_entry_knows_its_lines() -> None:
    factbase = load_factbase_text(VALID)
    fact = factbase.fact("llama3_gpus")
    evidence = fact.evidence[0]
    assert (fact.line, fact.line_of("unit"), fact.line_of("evidence")) == (19, 22, 23)
    assert (evidence.line, evidence.line_of("quote"), evidence.line_of("reads")) == (24, 25, 26)
    assert evidence.line_of("note") == 24  # not written: the entry's line
    assert factbase.line_of(evidence, "quote") == 25
    assert factbase.line_of(fact) == 19
    assert factbase.source("003").line == 13
    assert factbase.source("003").line_of("file") == 14
    assert factbase.ignore[0].line == 50
    assert factbase.ignore[0].line_of("text") == 51
    assert factbase.units[0].line == 4
    assert factbase.line_at(("facts", 2, "ratio_of", 1)) == 41


def test_the_entry_types_are_the_models() -> None:
    factbase = load_factbase_text(VALID)
    assert isinstance(factbase.sources[0], Source)
    assert isinstance(factbase.facts[0], Fact)
    assert isinstance(factbase.facts[0].evidence[0], Evidence)
    assert isinstance(factbase.ignore[0], IgnoredFigure)


def test_load_factbase_reads_the_project_folder(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_text(VALID, encoding="utf-8")
    assert load_factbase(tmp_path).fact("llama3_gpus").unit == "gpu"


def test_a_missing_facts_file_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(FactbaseError) as caught:
        load_factbase(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        "facts.yaml: cannot read the file: No such file or directory — check the path"
    ]


def test_factbase_error_is_a_factspec_error() -> None:
    assert issubclass(FactbaseError, FactspecError)


# ---------------------------------------------------------------------------
# Identity and references
# ---------------------------------------------------------------------------


def test_a_fact_id_given_twice() -> None:
    assert fact_problems(GPU_FACT + GPU_FACT) == [
        "facts.yaml:16: fact id 'llama3_gpus' is declared twice (first at line 9) — "
        "give each fact its own id, or merge the two entries"
    ]


def test_a_source_id_and_file_given_twice() -> None:
    assert problems(
        """\
        version: 1
        sources:
          - {id: "002", file: a.txt, title: t, language: de, published: "2024-08"}
          - {id: "002", file: a.txt, title: t, language: de, published: "2024-08"}
        facts: []
        """
    ) == [
        "facts.yaml:4: source id '002' is declared twice (first at line 3) — "
        "give each source its own id",
        "facts.yaml:4: file 'a.txt' is declared twice (first at line 3) — "
        "register each file in seeds/ once",
    ]


def test_an_unknown_unit_names_the_nearest_and_the_known_ones() -> None:
    known = ", ".join(sorted(BUILTIN_UNITS.ids))
    assert fact_problems(GPU_FACT.replace("unit: gpu", "unit: gpus")) == [
        f"facts.yaml:12: unknown unit 'gpus' — did you mean 'gpu'? known units: {known}; "
        "or declare it under units:"
    ]


def test_a_declared_unit_is_known() -> None:
    text = "units:\n  - {id: tokens, words: {en: [tokens]}}\n" + HEADER
    factbase = load_factbase_text(text + GPU_FACT.replace("unit: gpu", "unit: tokens"))
    assert factbase.fact("llama3_gpus").unit == "tokens"


def test_a_declared_unit_must_not_shadow_a_built_in_one() -> None:
    assert problems("units:\n  - {id: gpu, words: {en: [cards]}}\n" + HEADER + GPU_FACT) == [
        "facts.yaml:2: unit 'gpu' is built in — remove this entry, or choose another id"
    ]


def test_a_declared_unit_word_must_not_name_another_unit() -> None:
    found = problems("units:\n  - id: cards\n    words: {en: [GPU]}\n" + HEADER + GPU_FACT)
    assert len(found) == 1
    assert found[0].startswith("facts.yaml:3: the unit word 'gpu' would name both")
    assert found[0].endswith("— give each unit its own words")


def test_evidence_citing_an_undeclared_source() -> None:
    assert fact_problems(GPU_FACT.replace('source: "002"', 'source: "020"')) == [
        "facts.yaml:14: evidence cites source '020', which is not declared under sources: — "
        "did you mean '002'? declared: 002"
    ]


def test_an_ignore_entry_citing_an_undeclared_source() -> None:
    assert fact_problems(GPU_FACT + 'ignore:\n  - {source: "7", text: x, reason: y}\n') == [
        "facts.yaml:17: ignore entry cites source '7', which is not declared under sources: — "
        "declared: 002"
    ]


# ---------------------------------------------------------------------------
# Source paths
# ---------------------------------------------------------------------------


def source_with_file(path: str) -> str:
    return HEADER.replace("file: 002_a.txt", f"file: {path}") + GPU_FACT


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "../secrets.txt",
            "file '../secrets.txt' leaves seeds/ through '..' — "
            "name a file inside seeds/, relative to it",
        ),
        (
            "sub/../../x.txt",
            "file 'sub/../../x.txt' leaves seeds/ through '..' — "
            "name a file inside seeds/, relative to it",
        ),
        (
            "/etc/passwd",
            "file '/etc/passwd' is an absolute path — "
            "write the path relative to seeds/, e.g. 002_5403ae498df81086.txt",
        ),
        (
            "'C:/seeds/a.txt'",
            "file 'C:/seeds/a.txt' is an absolute path — "
            "write the path relative to seeds/, e.g. 002_5403ae498df81086.txt",
        ),
        (
            "'..\\x.txt'",
            "file '..\\\\x.txt' contains a backslash — "
            "write the path relative to seeds/ with forward slashes",
        ),
        (
            "./a.txt",
            "file './a.txt' is not a plain relative path — write it as name.txt or "
            "folder/name.txt, relative to seeds/, without '.', empty segments or control "
            "characters",
        ),
    ],
)
def test_a_source_path_must_stay_inside_seeds(path: str, message: str) -> None:
    assert problems(source_with_file(path)) == [f"facts.yaml:4: {message}"]


def make_project(root: Path, facts: str) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "facts.yaml").write_text(facts, encoding="utf-8")
    return root


def test_a_symlink_out_of_seeds_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", source_with_file("link.txt"))
    outside = tmp_path / "outside.txt"
    outside.write_text("secret", encoding="utf-8")
    (project / "seeds" / "link.txt").symlink_to(outside)
    with pytest.raises(FactbaseError) as caught:
        load_factbase(project)
    assert [str(p) for p in caught.value.problems] == [
        "facts.yaml:4: file 'link.txt' resolves outside seeds/ (through a symbolic link) — "
        "copy the source text into seeds/ instead of linking to it"
    ]


def test_a_symlinked_folder_out_of_seeds_is_refused(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", source_with_file("shared/a.txt"))
    (tmp_path / "elsewhere").mkdir()
    (project / "seeds" / "shared").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    with pytest.raises(FactbaseError) as caught:
        load_factbase(project)
    assert [str(p) for p in caught.value.problems] == [
        "facts.yaml:4: file 'shared/a.txt' resolves outside seeds/ (through a symbolic link) — "
        "copy the source text into seeds/ instead of linking to it"
    ]


def test_a_symlink_inside_seeds_is_fine(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", source_with_file("link.txt"))
    (project / "seeds" / "real.txt").write_text("text", encoding="utf-8")
    (project / "seeds" / "link.txt").symlink_to(project / "seeds" / "real.txt")
    assert load_factbase(project).source("002").file == "link.txt"


# ---------------------------------------------------------------------------
# YAML refusals arrive as facts.yaml problems
# ---------------------------------------------------------------------------

ALIAS_FIX = "write the value out in full; anchors and aliases are not allowed in this file"
DUPLICATE_FIX = "remove one of them; YAML would silently keep only the last"


def test_anchor_and_alias() -> None:
    text = HEADER + GPU_FACT.replace('"etwa 16.000 GPUs"', '&q "etwa 16.000 GPUs"')
    text += "  - id: copy\n    description: c\n    kind: point\n    unit: gpu\n"
    text += '    evidence:\n      - {source: "002", quote: *q}\n'
    assert problems(text) == [
        f"facts.yaml:15: anchor '&q' is not allowed — {ALIAS_FIX}",
        f"facts.yaml:21: alias '*q' is not allowed — {ALIAS_FIX}",
    ]


def test_duplicate_keys_at_the_top() -> None:
    assert problems(HEADER + GPU_FACT + "version: 1\n") == [
        f"facts.yaml:16: duplicate key 'version' (first at line 1) — {DUPLICATE_FIX}"
    ]


def test_duplicate_keys_in_a_source() -> None:
    text = HEADER.replace("    language: de\n", "    language: de\n    title: Zweiter\n")
    assert problems(text + GPU_FACT) == [
        f"facts.yaml:7: duplicate key 'title' (first at line 5) — {DUPLICATE_FIX}"
    ]


def test_duplicate_keys_in_an_evidence() -> None:
    assert fact_problems(GPU_FACT + '        quote: "noch eins"\n') == [
        f"facts.yaml:16: duplicate key 'quote' (first at line 15) — {DUPLICATE_FIX}"
    ]


def test_a_python_object_tag() -> None:
    assert problems("version: !!python/object/apply:os.system [ls]\nsources: []\nfacts: []\n") == [
        "facts.yaml:1: tag '!!python/object/apply:os.system' is not allowed — "
        "remove the tag; write plain values and quote text that must stay text"
    ]


def test_a_non_mapping_top_level() -> None:
    assert problems("- version: 1\n") == [
        "facts.yaml:1: the top level must be a mapping of keys, not a list — "
        "start the file with top-level keys such as 'version: 1'"
    ]


def test_an_empty_file() -> None:
    assert problems("") == [
        "facts.yaml: the file is empty — write the top-level keys (version: 1, …)"
    ]


def test_an_oversized_file(tmp_path: Path) -> None:
    (tmp_path / "facts.yaml").write_bytes(b"#" * (MAX_BYTES + 1))
    with pytest.raises(FactbaseError) as caught:
        load_factbase(tmp_path)
    assert [str(p) for p in caught.value.problems] == [
        f"facts.yaml: the file is {MAX_BYTES + 1} bytes, more than the limit of {MAX_BYTES} "
        "bytes — split it or remove what does not belong in it"
    ]


def test_deep_nesting() -> None:
    assert problems("version: " + "[" * 70 + "]" * 70 + "\n") == [
        "facts.yaml:1: nesting deeper than 64 levels — "
        "flatten the structure; facts.yaml needs only a few levels"
    ]


def test_invalid_utf8() -> None:
    assert problems(HEADER.replace("Ein Titel", "Ein T\xedtel").encode("latin-1")) == [
        "facts.yaml:5: invalid UTF-8 at byte offset 70 (byte ed) — save the file as UTF-8"
    ]


# ---------------------------------------------------------------------------
# Shapes and types
# ---------------------------------------------------------------------------


def test_an_unknown_field_suggests_the_nearest() -> None:
    assert fact_problems(GPU_FACT.replace("quote:", "quotes:")) == [
        "facts.yaml:14: missing field 'quote' in evidence — "
        "add quote: (the source's words, copied verbatim)",
        "facts.yaml:15: unknown field 'quotes' in evidence — did you mean 'quote'? "
        "allowed: source, quote, reads, unit_from, hedged, attributed_to, stance, as_of, note",
    ]


def test_an_unknown_top_level_field() -> None:
    assert problems(HEADER + GPU_FACT + "sourcez: []\n") == [
        "facts.yaml:16: unknown field 'sourcez' at the top level — did you mean 'sources'? "
        "allowed: version, tolerance, units, sources, facts, ignore"
    ]


def test_an_unquoted_source_id_must_be_quoted() -> None:
    assert problems(HEADER.replace('id: "002"', "id: 002") + GPU_FACT) == [
        "facts.yaml:3: 'id' must be text, but YAML reads 002 as the number 2 — "
        'quote it: id: "002"'
    ]


def test_an_unquoted_octal_looking_id_is_not_silently_renamed() -> None:
    # YAML 1.1 reads 010 as 8: without strict types the source would become "8".
    text = HEADER + GPU_FACT.replace('source: "002"', "source: 010")
    assert problems(text) == [
        "facts.yaml:14: 'source' must be text, but YAML reads 010 as the number 8 — "
        'quote it: source: "010"'
    ]


def test_hedged_must_be_a_boolean() -> None:
    assert fact_problems(GPU_FACT + '        hedged: "yes"\n') == [
        "facts.yaml:16: 'hedged' must be true or false, not 'yes' — "
        "write hedged: true or hedged: false, without quotes"
    ]


def test_a_full_date_must_be_a_quoted_month() -> None:
    text = HEADER.replace('published: "2024-08"', "published: 2024-08-01") + GPU_FACT
    assert problems(text) == [
        "facts.yaml:7: 'published' must be text, but YAML reads 2024-08-01 as a date — "
        'write the month in quotes: published: "2024-08"'
    ]


def test_an_unquoted_no_is_false() -> None:
    assert problems(HEADER.replace("language: de", "language: no") + GPU_FACT) == [
        "facts.yaml:6: 'language' must be 'de' or 'en', not no — "
        "YAML reads unquoted no as false; write one of 'de' or 'en'"
    ]


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        (
            "id: llama3_gpus",
            "id: Llama3-GPUs",
            9,
            "fact id 'Llama3-GPUs' is not snake_case — use lowercase letters, digits and '_', "
            "starting with a letter, e.g. llama3_training_gpus",
        ),
        (
            "kind: point",
            "kind: pont",
            11,
            "'kind' must be 'point', 'range' or 'statement', not 'pont' — "
            "write one of 'point', 'range' or 'statement'",
        ),
        (
            'quote: "etwa 16.000 GPUs"',
            'quote: "  "',
            15,
            "'quote' is empty — write the quote, or remove the line if it is optional",
        ),
        (
            'quote: "etwa 16.000 GPUs"',
            "quote:",
            15,
            "'quote' is empty — write a value after 'quote:', or remove the line",
        ),
        (
            "    evidence:\n",
            "    evidence: none\n",
            13,
            "'evidence' must be a list, not the text 'none' — "
            "write each item on its own line starting with '- ', or as [a, b]",
        ),
    ],
)
def test_field_shapes(old: str, new: str, line: int, message: str) -> None:
    text = GPU_FACT.replace(old, new)
    if old.startswith("    evidence"):
        text = text.split("      - source")[0]
    assert fact_problems(text) == [f"facts.yaml:{line}: {message}"]


def test_a_published_month_must_be_yyyy_mm() -> None:
    assert problems(HEADER.replace('"2024-08"', '"2024-8"') + GPU_FACT) == [
        "facts.yaml:7: published '2024-8' is not a month — "
        'write the month in quotes as "YYYY-MM", e.g. published: "2024-08"'
    ]


def test_an_entry_that_is_not_a_mapping() -> None:
    assert fact_problems("  - just a sentence\n") == [
        "facts.yaml:9: each fact must be a mapping of fields (key: value lines), "
        "not the text 'just a sentence' — write the fact's fields as 'key: value' lines "
        "under its '- '"
    ]


def test_missing_top_level_fields() -> None:
    assert problems("version: 1\n") == [
        "facts.yaml:1: missing field 'sources' at the top level — "
        "add sources: (the raw texts in seeds/)",
        "facts.yaml:1: missing field 'facts' at the top level — "
        "add facts: (the facts and each source's evidence)",
    ]


def test_the_version_must_be_one() -> None:
    assert problems(HEADER.replace("version: 1", "version: 2") + GPU_FACT) == [
        "facts.yaml:1: 'version' must be 1, not 2 — write version: 1"
    ]


# ---------------------------------------------------------------------------
# Kinds, stances, derived facts, reads
# ---------------------------------------------------------------------------

STATEMENT = """\
  - id: no_revenue
    description: No significant revenue expected
    kind: statement
    evidence:
      - source: "002"
        quote: keine nennenswerten Umsätze
"""


def test_a_statement_fact_without_stance() -> None:
    assert fact_problems(STATEMENT) == [
        "facts.yaml:13: evidence for statement fact 'no_revenue' has no stance — "
        "add stance: supports or stance: refutes"
    ]


def test_a_statement_fact_takes_no_unit() -> None:
    text = STATEMENT.replace("kind: statement\n", "kind: statement\n    unit: gpu\n")
    assert fact_problems(text + "        stance: refutes\n") == [
        "facts.yaml:12: statement fact 'no_revenue' carries no number, so it takes no unit — "
        "remove unit:, or make the fact kind: point"
    ]


def test_a_statement_fact_takes_no_unit_from() -> None:
    text = STATEMENT + "        stance: supports\n        unit_from: Umsätze\n"
    assert fact_problems(text) == [
        "facts.yaml:16: unit_from is for a number; statement fact 'no_revenue' carries none — "
        "remove unit_from:"
    ]


@pytest.mark.parametrize("kind", ["point", "range"])
def test_a_numeric_fact_with_stance(kind: str) -> None:
    text = GPU_FACT.replace("kind: point", f"kind: {kind}") + "        stance: supports\n"
    assert fact_problems(text) == [
        f"facts.yaml:16: stance is only for statement facts; 'llama3_gpus' is a {kind} fact — "
        "remove stance:, or make the fact kind: statement"
    ]


def test_a_numeric_fact_needs_a_unit() -> None:
    assert fact_problems(GPU_FACT.replace("    unit: gpu\n", "")) == [
        "facts.yaml:9: missing field 'unit' in point fact 'llama3_gpus' — add unit: one of "
        + ", ".join(sorted(BUILTIN_UNITS.ids))
    ]


def test_a_fact_without_evidence_that_is_not_derived() -> None:
    text = GPU_FACT.split("      - source")[0].replace("evidence:", "evidence: []")
    assert fact_problems(text) == [
        "facts.yaml:13: fact 'llama3_gpus' has no evidence — add an evidence entry "
        "(source, quote), or derive the fact with ratio_of, change_of or difference_of"
    ]


def derived(relation: str, pair: str, unit: str = "times", kind: str = "point") -> str:
    return (
        f"  - id: derived\n    description: d\n    kind: {kind}\n    unit: {unit}\n"
        f"    {relation}: {pair}\n"
    )


def test_ratio_of_an_unknown_fact() -> None:
    assert fact_problems(GPU_FACT + derived("ratio_of", "[llama4_gpus, llama3_gpus]")) == [
        "facts.yaml:20: ratio_of names 'llama4_gpus', which is not a declared fact — "
        "did you mean 'llama3_gpus'? declare it under facts:, or correct the id"
    ]


def test_a_derived_fact_cannot_rest_on_itself() -> None:
    assert fact_problems(GPU_FACT + derived("ratio_of", "[derived, llama3_gpus]")) == [
        "facts.yaml:20: fact 'derived' is derived from itself — name two other facts"
    ]


def test_derived_facts_in_a_cycle() -> None:
    text = GPU_FACT.replace("unit: gpu", "unit: times").replace("llama3_gpus", "base")
    text += derived("ratio_of", "[other, base]")
    text += derived("ratio_of", "[derived, base]").replace("id: derived", "id: other")
    assert fact_problems(text) == [
        "facts.yaml:20: derived facts form a cycle: derived → other → derived — "
        "a derived fact must rest on facts that do not depend on it"
    ]


def test_a_missing_operand_unit_is_reported_once() -> None:
    text = GPU_FACT + GPU_FACT.replace("llama3_gpus", "other").replace("    unit: gpu\n", "")
    assert fact_problems(text + derived("ratio_of", "[other, llama3_gpus]")) == [
        "facts.yaml:16: missing field 'unit' in point fact 'other' — add unit: one of "
        + ", ".join(sorted(BUILTIN_UNITS.ids))
    ]


def test_a_change_needs_point_facts_in_one_unit_and_is_in_percent() -> None:
    other = GPU_FACT.replace("llama3_gpus", "capex").replace("unit: gpu", "unit: usd")
    assert fact_problems(GPU_FACT + other + derived("change_of", "[capex, llama3_gpus]")) == [
        "facts.yaml:26: fact 'derived' is derived by change_of, so its unit is percent, not "
        "times — set unit: percent",
        "facts.yaml:27: change_of combines 'capex' (usd) and 'llama3_gpus' (gpu), which are "
        "in different units — name two facts in the same unit",
    ]


def test_the_difference_of_two_shares_is_in_percentage_points() -> None:
    share = GPU_FACT.replace("unit: gpu", "unit: percent")
    other = share.replace("llama3_gpus", "other_share")
    pair = "[llama3_gpus, other_share]"
    points = derived("difference_of", pair, unit="percentage_points")
    assert load_factbase_text(HEADER + dedent(share + other + points)).fact("derived")
    assert fact_problems(share + other + derived("difference_of", pair, unit="percent")) == [
        "facts.yaml:26: fact 'derived' is derived by difference_of, so its unit is "
        "percentage_points, not percent — set unit: percentage_points"
    ]
    # Amounts keep their unit: the difference of two sums in euros is in euros.
    euros = GPU_FACT.replace("unit: gpu", "unit: eur")
    money = euros + euros.replace("llama3_gpus", "other_share")
    assert load_factbase_text(HEADER + dedent(money + derived("difference_of", pair, unit="eur")))


def test_a_derived_fact_combines_point_facts_only() -> None:
    text = GPU_FACT + STATEMENT + "        stance: supports\n"
    text += derived("ratio_of", "[no_revenue, llama3_gpus]", kind="range")
    assert fact_problems(text) == [
        "facts.yaml:25: derived fact 'derived' must be kind: point, not range — set kind: point",
        "facts.yaml:27: ratio_of names 'no_revenue', a statement fact; only point facts can be "
        "combined — name two point facts",
    ]


def test_ratio_of_needs_two_facts() -> None:
    assert fact_problems(GPU_FACT + derived("ratio_of", "[llama3_gpus]")) == [
        "facts.yaml:20: ratio_of needs exactly two fact ids, not 1 — "
        "write ratio_of: [first, second]"
    ]


def test_ratio_of_and_change_of_exclude_each_other() -> None:
    text = GPU_FACT + GPU_FACT.replace("llama3_gpus", "llama4_gpus")
    text += derived("ratio_of", "[llama4_gpus, llama3_gpus]")
    text += "    change_of: [llama4_gpus, llama3_gpus]\n"
    assert fact_problems(text) == [
        "facts.yaml:28: fact 'derived' has both ratio_of and change_of — "
        "a derived fact is one relation: keep one of them",
    ]


def test_reads_must_occur_in_the_quote() -> None:
    assert fact_problems(GPU_FACT + '        reads: "16.000 Grafikkarten"\n') == [
        "facts.yaml:16: reads '16.000 Grafikkarten' does not occur in the quote — "
        "copy the part of the quote that carries the number into reads:"
    ]


def test_reads_is_compared_after_whitespace_normalisation() -> None:
    text = GPU_FACT + '        reads: "16.000\n          GPUs"\n'
    assert load_factbase_text(HEADER + text).facts[0].evidence[0].reads == "16.000 GPUs"


# ---------------------------------------------------------------------------
# All problems at once
# ---------------------------------------------------------------------------


def test_several_problems_are_reported_together_sorted_by_line() -> None:
    text = HEADER.replace("language: de", "language: fr") + GPU_FACT + STATEMENT
    text += GPU_FACT.replace("unit: gpu", "unit: gpux").replace('"002"', '"003"')
    text = text.replace("quote: keine", "quotes: keine")
    assert problems(text) == [
        "facts.yaml:6: 'language' must be 'de' or 'en', not 'fr' — write one of 'de' or 'en'",
        "facts.yaml:20: missing field 'quote' in evidence — "
        "add quote: (the source's words, copied verbatim)",
        "facts.yaml:21: unknown field 'quotes' in evidence — did you mean 'quote'? "
        "allowed: source, quote, reads, unit_from, hedged, attributed_to, stance, as_of, note",
        "facts.yaml:22: fact id 'llama3_gpus' is declared twice (first at line 9) — "
        "give each fact its own id, or merge the two entries",
        "facts.yaml:25: unknown unit 'gpux' — did you mean 'gpu'? known units: "
        + ", ".join(sorted(BUILTIN_UNITS.ids))
        + "; or declare it under units:",
        "facts.yaml:27: evidence cites source '003', which is not declared under sources: — "
        "did you mean '002'? declared: 002",
    ]


def test_the_error_text_is_every_problem_without_a_traceback() -> None:
    with pytest.raises(FactbaseError) as caught:
        load_factbase_text(HEADER + GPU_FACT + GPU_FACT)
    assert str(caught.value) == (
        "facts.yaml:16: fact id 'llama3_gpus' is declared twice (first at line 9) — "
        "give each fact its own id, or merge the two entries"
    )


def test_the_display_path_names_the_file() -> None:
    with pytest.raises(FactbaseError) as caught:
        load_factbase_text(HEADER + GPU_FACT + GPU_FACT, "project/facts.yaml")
    assert caught.value.problems[0].path == "project/facts.yaml"
