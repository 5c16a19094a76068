"""yaml_fastpath: where libyaml reads a file, it must read it exactly as PyYAML does.

PyYAML's own parser is the definition (`factspec.read.yamlsafe`); libyaml is only an
accelerator, kept where `factspec.read.yaml_fastpath` can vouch that both read a file
alike. These tests compose files both ways and compare data, lines, written words and
problems, and check that what only one of them accepts is read (or refused) by PyYAML.
"""

from __future__ import annotations

import re
from pathlib import Path
from textwrap import dedent

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factspec.read import yamlsafe
from factspec.read.yamlsafe import MAX_DEPTH, YamlError, load_yaml
from test_yamlsafe import load, problems

# ---------------------------------------------------------------------------
# Cases found where the two parsers part
# ---------------------------------------------------------------------------


def _both_parsers(text: str) -> tuple[object, object]:
    """What libyaml's and PyYAML's event streams compose to, problems included."""
    outcomes = []
    for fast in (True, False):
        composer = yamlsafe._Composer(text, "facts.yaml", MAX_DEPTH, fast=fast)
        loaded = composer.compose()
        assert not composer.fast_failed
        outcomes.append((loaded, [str(p) for p in composer.problems]))
    return outcomes[0], outcomes[1]


@pytest.mark.skipif(yamlsafe._CParser is None, reason="PyYAML was built without libyaml")
@pytest.mark.parametrize(
    "text",
    [
        (Path(__file__).resolve().parents[1] / "facts.yaml").read_text(encoding="utf-8"),
        "a: &x 1\nb: *x\nc: !!python/name:os.system x\nd: 002\ne: 1e3\nf: '<<'\n<<: {g: 1}\n",
        "a: 1\na: 2\nb: [1, {c: no, c: yes}]\n? [k]\n: v\n",
        "a: 'x\ty'\nb: \"\\t\tz\"\nc: |\n  one\ttwo\n\n  three\nd: >-2 # folded\n   e\n   f\n",
        'a: "multi\n  line\n\n\tquoted"\nb: plain\n  over lines\nc:\nd: [x, {y: }]\n? e\n',
        "a: 1\r\nb:\r\n  - c # note\r\n  -\r\n  - 'd'\r\n",
        "a: 1\x85b: 2\u2028c: 'x\u2029y'\n",
        "\ufeffa: 'tab\there'\nb: [\"\ufeff\"]\n",
        "a: |\n  no final line break",
        "a: b\n?",
        "a:\n  - 1\n  -",
    ],
    ids=[
        "shipped facts.yaml",
        "anchors, aliases, tags, merge",
        "duplicates, complex key",
        "tabs in quoted and block text",
        "multi-line text and empty values",
        "CRLF line breaks",
        "NEL, LS and PS line breaks",
        "a leading byte-order mark",
        "no final line break",
        "an empty key at the end",
        "an empty item at the end",
    ],
)
def test_libyaml_and_pyyaml_compose_identically(text: str) -> None:
    """The fast parser is only an accelerator: same data, lines, plain words and problems."""
    fast, python = _both_parsers(text)
    assert fast == python


def test_a_syntax_error_is_worded_by_pyyaml_whichever_parser_ran_first() -> None:
    with pytest.raises(YamlError) as caught:
        load_yaml("a: [1, 2\nb: 3\n", "facts.yaml")
    with pytest.raises(YamlError) as slow:
        composer = yamlsafe._Composer("a: [1, 2\nb: 3\n", "facts.yaml", MAX_DEPTH, fast=False)
        composer.compose()
        raise YamlError(composer.problems)
    assert [str(p) for p in caught.value.problems] == [str(p) for p in slow.value.problems]


@pytest.mark.skipif(yamlsafe._CParser is None, reason="PyYAML was built without libyaml")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PyYAML refuses a tab outside quoted or block text; libyaml takes it as a space.
        ("title: a\tb\n", "facts.yaml:1:9: YAML syntax error: a tab character"),
        ("a: 1\t\n", "facts.yaml:1:5: YAML syntax error: a tab character"),
        ("a: [1,\t2]\n", "facts.yaml:1:7: YAML syntax error: a tab character"),
        ("a: !!str\t'x'\n", "facts.yaml:1:9: YAML syntax error: expected ' ', but found '\\t'"),
        # PyYAML wants a space before a comment on a block scalar's header; libyaml does not.
        ("a: |#c\n  x\n", "facts.yaml:1:5: YAML syntax error: expected chomping or"),
        ("a: >-\t\n  x\n", "facts.yaml:1:6: YAML syntax error: expected chomping or"),
        ("a: >- \t\n  x\n", "facts.yaml:1:7: YAML syntax error: expected a comment or"),
    ],
)
def test_what_only_libyaml_accepts_is_refused_as_pyyaml_refuses_it(
    text: str, expected: str
) -> None:
    composer = yamlsafe._Composer(text, "facts.yaml", MAX_DEPTH, fast=True)
    composer.compose()
    assert composer.fast_failed  # read again by PyYAML, which refuses it
    [found] = problems(text)
    assert found.startswith(expected)


@pytest.mark.skipif(yamlsafe._CParser is None, reason="PyYAML was built without libyaml")
@pytest.mark.parametrize(
    ("text", "data"),
    [
        # libyaml skips a byte-order mark at the start of any line; PyYAML only at the start
        # of the file, and reads a later one as part of the word.
        ("\ufeff\ufeffa: 1\n", {"\ufeffa": 1}),
        # A tab in a comment: PyYAML accepts it, but a tab outside quoted text goes to PyYAML.
        ("a: 1 # one\ttwo\n", {"a": 1}),
    ],
)
def test_where_the_parsers_may_differ_pyyaml_reads_the_file(text: str, data: dict) -> None:
    composer = yamlsafe._Composer(text, "facts.yaml", MAX_DEPTH, fast=True)
    composer.compose()
    assert composer.fast_failed
    assert load(text).data == data


def test_an_empty_value_at_the_end_of_a_file_without_a_line_break_is_on_the_last_line() -> None:
    # libyaml places it on a line below the file; the line is the one PyYAML names.
    loaded = load("a: b\n?")
    assert loaded.data == {"a": "b", None: None}
    assert (loaded.line((None,)), loaded.value_line((None,))) == (2, 2)


@pytest.mark.skipif(yamlsafe._CParser is None, reason="PyYAML was built without libyaml")
def test_a_large_facts_file_is_read_by_libyaml() -> None:
    """A newsroom-sized file must not fall back to the slow parser (seconds instead of
    a fraction of one): plain, quoted and block text, comments and tabs inside quotes."""
    entry = dedent(
        """\
          - id: "s{0:05}"  # a comment
            file: s{0:05}.txt
            title: "Source\twith a tab"
            language: de
            published: "2024-{1:02}"
            note: |
              Block text,\tone
              over lines.
        """
    )
    text = "version: 1\nsources:\n" + "".join(entry.format(n, n % 12 + 1) for n in range(500))
    composer = yamlsafe._Composer(text, "facts.yaml", MAX_DEPTH, fast=True)
    loaded = composer.compose()
    assert not composer.fast_failed
    assert loaded is not None
    assert loaded.data["sources"][499]["note"] == "Block text,\tone\nover lines.\n"
    assert loaded.line(("sources", 499, "note")) == 2 + 499 * 8 + 6
    assert loaded.written(("sources", 499, "language")) == "de"


# ---------------------------------------------------------------------------
# Property: wherever libyaml's reading is kept, it is PyYAML's
# ---------------------------------------------------------------------------

# Pieces of facts files, and of everything the two parsers are known to read differently:
# tabs and byte-order marks inside and outside quoted text, block scalar headers in every
# form, comments, anchors, tags, flow collections, every line break, characters PyYAML
# refuses, and a last line without a break. (No ".nan": it is unequal even to itself.)
YAML_PIECES = st.sampled_from(
    [
        *("version", "sources", "facts", "id", "quote", "a", "b", "1", "002", "1e3", "no"),
        *("~", "null", "2024-08-01", "Zürich", "„Llama“", "<<", "=", "@", "`", "%"),
        *(":", ": ", ":\t", "- ", "-", "? ", "?", ",", ", ", "[", "]", "{", "}"),
        *("'", '"', "'x\ty'", '"x\ty"', '"\\t"', '"\\u00e9"', "'it''s'", '"a\\\nb"'),
        *("&a ", "*a", "!!str ", "!!int ", "!x ", "!", "!!str\t"),
        *("|", ">", "|-", ">+", "|2", "|-1", "|#c", "| #c", "|\t", ">- \t", "|  # c"),
        *(" # note", "#", " #\tnote", "\t# tab"),
        *("\t", "\ufeff", " ", "  ", "    "),
        *("\n", "\n  ", "\n    ", "\n- ", "\n  - ", "\r\n", "\r", "\x85", "\u2028", "\u2029"),
        *("---", "---\n", "...", "\n...\n"),
        *("\x07", "\x1b", "\ufffe"),
    ]
)
YAML_TEXTS = st.lists(YAML_PIECES, max_size=40).map("".join)
FACTS_YAML = (Path(__file__).resolve().parents[1] / "facts.yaml").read_text(encoding="utf-8")


@st.composite
def edited_facts(draw: st.DrawFn) -> str:
    """A stretch of the shipped facts.yaml with a few pieces inserted."""
    lines = FACTS_YAML.splitlines(keepends=True)
    first = draw(st.integers(0, len(lines) - 1))
    text = "".join(lines[first : first + draw(st.integers(1, 30))])
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(YAML_PIECES) + text[at:]
    return text


def _composed(text: str, *, fast: bool) -> tuple[object, list[str]] | None:
    """What one parser's events compose to, problems included; None where the fast path
    gives the file to PyYAML (then only PyYAML's reading is ever used)."""
    composer = yamlsafe._Composer(text, "facts.yaml", MAX_DEPTH, fast=fast)
    loaded = composer.compose()
    if composer.fast_failed:
        return None
    return loaded, [str(p) for p in composer.problems]


# Two places where the fast path is known to keep a reading PyYAML words differently (found
# by the property below; both files are refused either way, only in other words). Until the
# fast path is fixed the property steps around them, so that it keeps guarding the rest, and
# the strict xfail test below fails as soon as they are fixed, to have this lifted.
# PyYAML scans a tag holding a second "!" as a handle and refuses anything in the handle but
# ASCII letters, digits, "-" and "_"; libyaml reads "!=!" as a local tag.
_TAG_HANDLE_PYYAML_REFUSES = re.compile(r"![^\s!]*[^\w\s!-][^\s!]*!", re.ASCII)


def _known_divergence(text: str) -> bool:
    """A tag with a handle PyYAML refuses ("!=!"), or a block scalar that may sit in a
    collection used as a key ("? ? |#c"): the composer skips such a key's events unread, so
    the fast path never sees a block header PyYAML would refuse."""
    if _TAG_HANDLE_PYYAML_REFUSES.search(text):
        return True
    return "?" in text and ("|" in text or ">" in text)


@pytest.mark.skipif(yamlsafe._CParser is None, reason="PyYAML was built without libyaml")
@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(YAML_TEXTS, edited_facts(), st.text(max_size=60)))
def test_where_libyaml_is_kept_it_reads_as_pyyaml_does(text: str) -> None:
    """The fast path may give any file to PyYAML, but a reading it keeps must be PyYAML's:
    the same data, lines, written words and problems, worded and placed alike."""
    if _known_divergence(text):
        return
    fast = _composed(text, fast=True)
    if fast is not None:
        assert fast == _composed(text, fast=False), text


KNOWN_DIVERGENCES = ["a: !=! x\n", "!=!!\n", "? ? |#c\n"]


def test_the_property_steps_around_the_known_divergences() -> None:
    assert all(_known_divergence(text) for text in KNOWN_DIVERGENCES)


@pytest.mark.skipif(yamlsafe._CParser is None, reason="PyYAML was built without libyaml")
@pytest.mark.xfail(strict=True, reason="known divergence: see _known_divergence")
@pytest.mark.parametrize("text", KNOWN_DIVERGENCES)
def test_the_known_divergences_still_part(text: str) -> None:
    fast = _composed(text, fast=True)
    assert fast is None or fast == _composed(text, fast=False)
