"""yamlsafe: plain data with a line for every value; everything YAML would hide is refused."""

from __future__ import annotations

import datetime
import gc
import time
from pathlib import Path
from textwrap import dedent

import pytest

from factspec.read.problems import FactspecError
from factspec.read.yamlsafe import MAX_BYTES, MAX_DEPTH, LoadedYaml, YamlError, load_yaml

ALIAS_FIX = "write the value out in full; anchors and aliases are not allowed in this file"
TAG_FIX = "remove the tag; write plain values and quote text that must stay text"
DUPLICATE_FIX = "remove one of them; YAML would silently keep only the last"


def load(text: str | bytes, **limits: int) -> LoadedYaml:
    if isinstance(text, str):
        text = dedent(text)
    return load_yaml(text, "facts.yaml", **limits)


def problems(text: str | bytes | Path, **limits: int) -> list[str]:
    with pytest.raises(YamlError) as caught:
        if isinstance(text, Path):
            load_yaml(text, "facts.yaml", **limits)
        else:
            load(text, **limits)
    return [str(problem) for problem in caught.value.problems]


# ---------------------------------------------------------------------------
# Data and lines
# ---------------------------------------------------------------------------

DOCUMENT = """\
version: 1
facts:
  - id: a
    evidence:
      - source: "002"
        quote: >
          folded
          text
  - {id: b, kind: point}
"""


def test_data_is_plain_python() -> None:
    loaded = load(DOCUMENT)
    assert loaded.data == {
        "version": 1,
        "facts": [
            {"id": "a", "evidence": [{"source": "002", "quote": "folded text\n"}]},
            {"id": "b", "kind": "point"},
        ],
    }


@pytest.mark.parametrize(
    ("path", "line"),
    [
        (("version",), 1),
        (("facts",), 2),
        (("facts", 0), 3),
        (("facts", 0, "id"), 3),
        (("facts", 0, "evidence"), 4),
        (("facts", 0, "evidence", 0), 5),
        (("facts", 0, "evidence", 0, "quote"), 6),
        (("facts", 1), 9),
        (("facts", 1, "kind"), 9),
        # A field that is not written falls back to the entry that should hold it.
        (("facts", 1, "unit"), 9),
        (("facts", 0, "evidence", 0, "reads"), 5),
    ],
)
def test_every_position_has_a_line(path: tuple, line: int) -> None:
    assert load(DOCUMENT).line(path) == line


def test_value_line_of_a_block_list_is_its_first_item() -> None:
    loaded = load(DOCUMENT)
    assert loaded.line(("facts",)) == 2
    assert loaded.value_line(("facts",)) == 3


def test_unquoted_scalars_keep_their_written_text() -> None:
    loaded = load("id: 002\nname: '002'\n")
    assert loaded.data == {"id": 2, "name": "002"}
    assert loaded.written(("id",)) == "002"
    assert loaded.written(("name",)) is None  # quoted: YAML read exactly what was written


def test_scalars_resolve_as_the_safe_loader_does() -> None:
    # YAML 1.1 pitfalls stay visible here; the model tells the curator to quote them.
    loaded = load(
        """\
        answer: no
        month: 2024-08
        day: 2024-08-01
        octal: 010
        not_octal: 008
        quoted: "010"
        empty:
        """
    )
    assert loaded.data == {
        "answer": False,
        "month": "2024-08",
        "day": datetime.date(2024, 8, 1),
        "octal": 8,
        "not_octal": "008",
        "quoted": "010",
        "empty": None,
    }


def test_a_path_is_read_from_disk(tmp_path: Path) -> None:
    path = tmp_path / "facts.yaml"
    path.write_text("version: 1\n", encoding="utf-8")
    assert load_yaml(path, "facts.yaml").data == {"version": 1}


# ---------------------------------------------------------------------------
# Refusals
# ---------------------------------------------------------------------------


def test_duplicate_keys_at_every_level_are_reported_together() -> None:
    assert problems(
        """\
        version: 1
        sources:
          - id: "001"
            title: a
            id: "002"
        facts:
          - evidence:
              - {source: "001", quote: x, quote: y}
        version: 2
        """
    ) == [
        f"facts.yaml:5: duplicate key 'id' (first at line 3) — {DUPLICATE_FIX}",
        f"facts.yaml:8: duplicate key 'quote' (first at line 8) — {DUPLICATE_FIX}",
        f"facts.yaml:9: duplicate key 'version' (first at line 1) — {DUPLICATE_FIX}",
    ]


def test_keys_equal_after_resolution_are_duplicates() -> None:
    # YAML 1.1 reads both `yes` and `true` as True: the second would overwrite the first.
    assert problems("yes: 1\ntrue: 2\n") == [
        f"facts.yaml:2: duplicate key True (first at line 1) — {DUPLICATE_FIX}"
    ]


def test_anchors_and_aliases_are_refused() -> None:
    assert problems(
        """\
        base: &base
          title: x
        other: *base
        """
    ) == [
        f"facts.yaml:1: anchor '&base' is not allowed — {ALIAS_FIX}",
        f"facts.yaml:3: alias '*base' is not allowed — {ALIAS_FIX}",
    ]


def test_an_alias_bomb_is_refused_without_expanding_it() -> None:
    # "Billion laughs": 9 levels of 9 aliases would expand to 9**9 strings.
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        name, previous = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    bomb = "\n".join(lines) + "\n"
    started = time.perf_counter()
    with pytest.raises(YamlError) as caught:
        load_yaml(bomb, "facts.yaml")
    elapsed = time.perf_counter() - started
    assert elapsed < 1.0  # a safety bound: expansion would take minutes and gigabytes
    found = caught.value.problems
    assert len(found) == 10 + 81  # each anchor and each alias once, nothing expanded
    assert [str(problem) for problem in found[1:3]] == [
        f"facts.yaml:2: anchor '&b' is not allowed — {ALIAS_FIX}",
        f"facts.yaml:2: alias '*a' is not allowed — {ALIAS_FIX}",
    ]


def test_merge_keys_are_refused() -> None:
    assert problems("a:\n  <<: {b: 1}\n") == [
        "facts.yaml:2: merge keys ('<<') are not allowed — write the entries out in full"
    ]


@pytest.mark.parametrize(
    ("value", "tag"),
    [
        ("!!python/object:os.system {}", "!!python/object:os.system"),
        ("!!python/object/apply:os.system [ls]", "!!python/object/apply:os.system"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!custom x", "!custom"),
        ("!!str 002", "!!str"),
        ("! x", "!"),
        ("!!map {a: 1}", "!!map"),
    ],
)
def test_every_explicit_tag_is_refused(value: str, tag: str) -> None:
    assert problems(f"version: 1\nkey: {value}\n") == [
        f"facts.yaml:2: tag '{tag}' is not allowed — {TAG_FIX}"
    ]


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("- a\n- b\n", "a list"),
        ("just text\n", "the text 'just text'"),
        ("42\n", "the number 42"),
    ],
)
def test_the_top_level_must_be_a_mapping(text: str, what: str) -> None:
    assert problems(text) == [
        f"facts.yaml:1: the top level must be a mapping of keys, not {what} — "
        "start the file with top-level keys such as 'version: 1'"
    ]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n"])
def test_an_empty_file_is_refused(text: str) -> None:
    assert problems(text) == [
        "facts.yaml: the file is empty — write the top-level keys (version: 1, …)"
    ]


def test_a_second_document_is_refused() -> None:
    assert problems("a: 1\n---\nb: 2\n") == [
        "facts.yaml:2: the file holds more than one YAML document ('---') — "
        "keep everything in one document"
    ]


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "facts.yaml"
    path.write_bytes(b"a: 1\n" * 21)  # 105 bytes

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_reading)
    assert problems(path, max_bytes=100) == [
        "facts.yaml: the file is 105 bytes, more than the limit of 100 bytes — "
        "split it or remove what does not belong in it"
    ]


def test_the_default_size_limit_is_16_mebibytes() -> None:
    """Room for a newsroom's facts (10k sources and quotes are about 5 MB), not for a bomb."""
    assert MAX_BYTES == 16 * 1024 * 1024
    text = "a: " + "x" * (MAX_BYTES - 3) + "\n"
    assert problems(text) == [
        f"facts.yaml: the file is {MAX_BYTES + 1} bytes, more than the limit of {MAX_BYTES} "
        "bytes — split it or remove what does not belong in it"
    ]


def test_nesting_up_to_the_limit_is_accepted_and_deeper_is_refused() -> None:
    # The top-level mapping is level 1, so 63 lists inside it reach the limit exactly.
    deepest = "a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n"
    expected: list = []
    for _ in range(MAX_DEPTH - 2):
        expected = [expected]
    assert load(deepest).data == {"a": expected}
    too_deep = "a: &x 1\nb: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH + "\n"
    assert problems(too_deep) == [
        f"facts.yaml:1: anchor '&x' is not allowed — {ALIAS_FIX}",
        f"facts.yaml:2: nesting deeper than {MAX_DEPTH} levels — "
        "flatten the structure; facts.yaml needs only a few levels",
    ]


def test_a_file_of_brackets_is_refused_fast() -> None:
    # PyYAML's scanner is quadratic in flow depth; reading stops at the limit instead.
    depth = MAX_BYTES // 2 - 4
    text = "a: " + "[" * depth + "]" * depth + "\n"
    started = time.perf_counter()  # the load alone: building the text is not what is bounded
    with pytest.raises(YamlError) as caught:
        load_yaml(text, "facts.yaml")
    assert time.perf_counter() - started < 1.0  # a safety bound, generous on purpose
    assert [str(problem) for problem in caught.value.problems] == [
        f"facts.yaml:1: nesting deeper than {MAX_DEPTH} levels — "
        "flatten the structure; facts.yaml needs only a few levels"
    ]


def test_deep_block_nesting_is_refused_too() -> None:
    text = "".join(f"{'  ' * level}k{level}:\n" for level in range(10)) + "  " * 10 + "x\n"
    assert problems(text, max_depth=5) == [
        "facts.yaml:6: nesting deeper than 5 levels — "
        "flatten the structure; facts.yaml needs only a few levels"
    ]


def test_invalid_utf8_names_the_byte_offset_and_line() -> None:
    assert problems(b"version: 1\ntitle: caf\xe9\n") == [
        "facts.yaml:2: invalid UTF-8 at byte offset 21 (byte e9) — save the file as UTF-8"
    ]


def test_a_control_character_is_refused_with_its_position() -> None:
    assert problems("version: 1\ntitle: a\x07b\n") == [
        "facts.yaml:2:9: the character U+0007 is not allowed in YAML — "
        "delete it or retype the text around it"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: a: b\n",
            "facts.yaml:1:9: YAML syntax error: a ':' where no new key can start — "
            "quote a value that contains ': ', or fix the indentation of this line",
        ),
        (
            "a:\n\t- 1\n",
            "facts.yaml:2:1: YAML syntax error: a tab character — indent with spaces only",
        ),
        (
            'a: "open\n',
            "facts.yaml:2:1: YAML syntax error: the file ends inside a quoted text — "
            "close the quote that was opened",
        ),
        (
            "a:\n  - 1\n - 2\n",
            "facts.yaml:3:2: YAML syntax error: the indentation does not line up with the "
            "lines above — indent this line like its siblings",
        ),
    ],
)
def test_syntax_errors_are_located_and_said_plainly(text: str, expected: str) -> None:
    assert problems(text) == [expected]


def test_problems_before_a_syntax_error_are_kept() -> None:
    assert problems("a: &x 1\nb: c: d\n") == [
        f"facts.yaml:1: anchor '&x' is not allowed — {ALIAS_FIX}",
        "facts.yaml:2:5: YAML syntax error: a ':' where no new key can start — "
        "quote a value that contains ': ', or fix the indentation of this line",
    ]


def test_a_collection_as_key_is_refused() -> None:
    assert problems("? [a, b]\n: 1\nc: 1\nc: 2\n") == [
        "facts.yaml:1: a mapping key must be a single word or text, not a list or mapping — "
        "write the key as plain text",
        f"facts.yaml:4: duplicate key 'c' (first at line 3) — {DUPLICATE_FIX}",
    ]


def test_a_deep_collection_as_key_is_refused_fast() -> None:
    depth = 100_000
    started = time.perf_counter()
    found = problems("? " + "[" * depth + "]" * depth + "\n: 1\n")
    assert time.perf_counter() - started < 1.0  # a safety bound, generous on purpose
    assert found == [
        "facts.yaml:1: a mapping key must be a single word or text, not a list or mapping — "
        "write the key as plain text",
        f"facts.yaml:1: nesting deeper than {MAX_DEPTH} levels — "
        "flatten the structure; facts.yaml needs only a few levels",
    ]


def test_a_value_yaml_cannot_construct_is_refused() -> None:
    assert problems("day: 2024-13-45\n") == [
        "facts.yaml:1: YAML cannot read '2024-13-45' (month must be in 1..12) — "
        'quote it: "2024-13-45"'
    ]


def test_a_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    found = problems(tmp_path / "facts.yaml")
    assert found == ["facts.yaml: cannot read the file: No such file or directory — check the path"]


def test_yaml_error_is_a_factspec_error() -> None:
    assert issubclass(YamlError, FactspecError)


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        load("a: 1\n")
        assert gc.isenabled() is enabled
        problems("a: &x 1\n")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
