"""Fuzzing the three readers of untrusted text: each raises only its documented error.

- `read_quantities` raises nothing but `QuantityError`, and its readings are ordered,
  non-overlapping and inside the text;
- `load_factbase_text` raises nothing but `FactspecError` (`FactbaseError`), on generated
  YAML-ish text and on the shipped facts.yaml mutated byte by byte and line by line;
- `parse_step` raises nothing but `StepError`.

CI runs a deterministic profile (``derandomize=True``, about 200 examples each). For a long
local run, set ``FACTSPEC_FUZZ=long`` (see docs/HOSTILE.md).
"""

from __future__ import annotations

import contextlib
import os
import textwrap
from fractions import Fraction
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TINY_FACTS
from factspec.model.factbase import load_factbase_text
from factspec.model.grammar import StepError, parse_step
from factspec.read.problems import FactspecError
from factspec.read.quantity import QuantityError, read_quantities

ROOT = Path(__file__).resolve().parents[2]

PROFILES = {
    "ci": settings(
        max_examples=200,
        derandomize=True,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    ),
    "long": settings(
        max_examples=int(os.environ.get("FACTSPEC_FUZZ_EXAMPLES", "20000")),
        derandomize=False,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    ),
}
FUZZ = PROFILES[os.environ.get("FACTSPEC_FUZZ", "ci")]
"""The profile: ``ci`` unless ``FACTSPEC_FUZZ`` names another one."""

# ------------------------------------------------------------------------------- tokens

NUMBER_TOKENS = [
    "0", "1", "7", "16", "16.000", "160,000", "8,5", "8.5", "1.234,5", "1, 3", "37", "40",
    "065", "1e9", "½", "٣", "１６", "-", "–", "−", "+", "%", "$", "€", "×", "x", ".", ",",
    "Tausend", "Tsd.", "Mio.", "Millionen", "Milliarden", "Mrd.", "Billionen", "thousand",
    "k", "m", "bn", "b", "million", "billion", "trillion", "zehn", "zehnmal", "Mal", "-mal",
    "-fach", "-fache", "Fachen", "times", "half", "halb", "sieben", "ten", "seven",
    "rund", "etwa", "ca.", "circa", "fast", "knapp", "gut", "über", "mehr als", "mindestens",
    "bis zu", "höchstens", "bis", "zwischen", "und", "about", "nearly", "a good", "more than",
    "at least", "up to", "to", "between", "and", "Prozent", "percent", "Dollar", "US-Dollar",
    "Euro", "GPUs", "Parameter", "Nutzer:innen", "Nutzerinnen und Nutzer", "users", "Gigawatt",
    "GW", "Llama 3.1", "H100", "405B", "Q2 2024", "2024", "1. August", "Nvidia-", "65-Milliarden-",
]  # fmt: skip
SEPARATORS = [" ", "", "\u00a0", "\u202f", "\n", "\r\n", "-", "\u200b", "\u00ad", "\t"]

tokens = st.lists(
    st.tuples(st.sampled_from(NUMBER_TOKENS), st.sampled_from(SEPARATORS)).map("".join),
    max_size=24,
).map("".join)
any_text = st.one_of(
    tokens, st.text(max_size=200), st.text(alphabet="0123456789.,% -", max_size=60)
)

# ------------------------------------------------------------------------ the quantity reader


@FUZZ
@given(
    text=any_text,
    lang=st.sampled_from(["de", "en"]),
    tolerance=st.fractions(min_value=0, max_value=Fraction(99, 100)),
)
def test_read_quantities_gives_ordered_disjoint_readings_inside_the_text(
    text: str, lang: str, tolerance: Fraction
) -> None:
    # Every argument here is valid, so a QuantityError is a failure, not a reason to stop.
    readings = read_quantities(text, lang, tolerance=tolerance)
    end = 0
    for reading in readings:
        assert end <= reading.start < reading.end <= len(text), (reading, text)
        assert reading.text == text[reading.start : reading.end]
        end = reading.end


@FUZZ
@given(
    text=st.one_of(any_text, st.binary(max_size=40), st.none(), st.integers()),
    lang=st.one_of(st.sampled_from(["de", "en", "fr", "", "DE"]), st.text(max_size=3)),
    tolerance=st.one_of(st.fractions(), st.integers(-2, 2), st.floats(allow_nan=True)),
)
def test_read_quantities_refuses_bad_arguments_only_with_quantity_error(
    text: object, lang: str, tolerance: object
) -> None:
    with contextlib.suppress(QuantityError):
        read_quantities(text, lang, tolerance=tolerance)  # type: ignore[arg-type]


# ------------------------------------------------------------------------ the facts.yaml loader

TINY = textwrap.dedent(TINY_FACTS)
SHIPPED = (ROOT / "facts.yaml").read_text(encoding="utf-8")

YAML_TOKENS = [
    "version", "sources", "facts", "ignore", "units", "tolerance", "id", "file", "title",
    "language", "published", "evidence", "quote", "reads", "hedged", "kind", "unit", "stance",
    "ratio_of", "change_of", "words", "de", "en", "a", "1", "2", "~", "null", "yes", "no",
    ".nan", ".inf", "-.inf", "0x1F", "0o7", "1_000", "2024-08", "2024-08-01", "12:30:00",
    '"', "'", ":", ": ", "- ", "-", "[", "]", "{", "}", ",", "?", "&a", "*a", "!", "!!str",
    "!!python/object:os.system", "<<", "%YAML 1.1", "%TAG", "---", "...", "|", ">", "#",
    "\n", "\n  ", "\n    ", "\n- ", "\t", "\\", "\u00e9", "\ufeff", "\x00", "\x85", "\u2028",
    "\ud800", "\U0001f600",
]  # fmt: skip
yamlish = st.lists(st.sampled_from(YAML_TOKENS), max_size=60).map("".join)


def _loads_or_refuses(text: str | bytes) -> None:
    with contextlib.suppress(FactspecError):
        load_factbase_text(text)


@FUZZ
@given(text=st.one_of(yamlish, st.text(max_size=300)))
def test_the_loader_refuses_generated_yaml_only_with_factspec_errors(text: str) -> None:
    _loads_or_refuses(text)


@st.composite
def mutated(draw: st.DrawFn, original: str) -> str | bytes:
    """``original`` with a few edits: bytes changed, lines dropped, duplicated or swapped,
    tokens inserted, indentation shifted."""
    lines = original.splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(st.sampled_from(["drop", "dup", "swap", "insert", "indent", "dedent", "cut"]))
        if edit == "drop":
            del lines[at]
        elif edit == "dup":
            lines.insert(at, lines[at])
        elif edit == "swap" and at + 1 < len(lines):
            lines[at], lines[at + 1] = lines[at + 1], lines[at]
        elif edit == "insert":
            column = draw(st.integers(0, len(lines[at])))
            token = draw(st.sampled_from(YAML_TOKENS))
            lines[at] = lines[at][:column] + token + lines[at][column:]
        elif edit == "indent":
            lines[at] = "  " + lines[at]
        elif edit == "dedent":
            lines[at] = lines[at].removeprefix("  ")
        elif edit == "cut":
            lines[at] = lines[at][: draw(st.integers(0, len(lines[at])))]
        if not lines:
            break
    text = "".join(lines)
    if draw(st.booleans()):
        return text
    data = bytearray(text.encode("utf-8", errors="surrogatepass"))
    for _ in range(draw(st.integers(1, 3))):
        if data:
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    return bytes(data)


@FUZZ
@given(text=mutated(TINY))
def test_the_loader_refuses_a_mutated_tiny_facts_file_only_with_factspec_errors(
    text: str | bytes,
) -> None:
    _loads_or_refuses(text)


# The shipped file takes ~40 ms to validate: fewer examples keep the CI run short.
SHIPPED_FUZZ = settings(FUZZ, max_examples=60) if FUZZ is PROFILES["ci"] else FUZZ


@SHIPPED_FUZZ
@given(text=mutated(SHIPPED))
def test_the_loader_refuses_a_mutated_shipped_facts_file_only_with_factspec_errors(
    text: str | bytes,
) -> None:
    _loads_or_refuses(text)


# ------------------------------------------------------------------------ the step grammar

FACTS = ("gpus_falke", "gpus_adler", "spend_forecast", "open_source_strategy", "x")
SOURCES = ("a", "b", "002")
STEP_TOKENS = [
    *FACTS, *SOURCES, "is", "ist", "beträgt", "about", "etwa", "nearly", "fast", "a good", "gut",
    "more than", "mehr als", "at least", "mindestens", "up to", "bis zu", "between", "zwischen",
    "and", "und", "to", "bis", "times", "mal", "zehnmal", "so groß wie", "so viele wie", "rose",
    "stieg", "fell", "sank", "by", "um", "over", "from", "gegenüber", "greater than", "größer als",
    "less than", "kleiner als", "holds", "does not hold", "trifft", "zu", "nicht", "source",
    "Quelle", "sources", "Quellen", "support it", "supports it", "stützt sie", "stützen sie",
    "suggests it", "legt sie nahe", "no source refutes it", "keine Quelle widerspricht ihr",
    "16,000", "16.000", "160,000", "0", "-5", "1e9", "10", "37", "40", "½", "billion",
    "Milliarden", "GPUs", "dollars", "Dollar", "%", "percent", "Prozent", "<n>", "''", '"',
    "\u200b", "\u00a0", "\n",
]  # fmt: skip
steps = st.lists(st.sampled_from(STEP_TOKENS), max_size=14).map(" ".join)


@FUZZ
@given(
    text=st.one_of(steps, st.text(max_size=120)),
    lang=st.sampled_from(["en", "de", "fr"]),
    tolerance=st.sampled_from([Fraction(0), Fraction(1, 10), Fraction(99, 100)]),
)
def test_parse_step_refuses_any_text_only_with_step_error(
    text: str, lang: str, tolerance: Fraction
) -> None:
    with contextlib.suppress(StepError):
        parse_step(text, lang, facts=FACTS, sources=SOURCES, tolerance=tolerance)
