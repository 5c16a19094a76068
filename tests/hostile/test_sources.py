"""Hostile paths, seed files and quotes: every source entry stays inside seeds/, every seed is
read as strict UTF-8 text, no quote is found where the source does not say it, and no figure
the reader cannot read (another language's decimal point) goes unseen by lint.
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_kit import has_fix, pytest_refused, refused

from conftest import TINY_FACTS, TINY_SEEDS, CliRun
from factspec.gate.lock import write_lock

FACTS = textwrap.dedent(TINY_FACTS)
SEED_A = textwrap.dedent(TINY_SEEDS["a.txt"])
ADLER = "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."
FILE_LINE = 9  # "    file: b.txt" in the tiny facts.yaml


def yaml_escaped(text: str) -> str:
    """``text`` for a double-quoted YAML scalar: every control and non-ASCII character escaped."""
    return text.encode("unicode_escape").decode("ascii").replace('"', '\\"')


def register_b_as(project: Path, name: str) -> None:
    """Point source b's ``file:`` at ``name``."""
    text = FACTS.replace("file: b.txt", f'file: "{yaml_escaped(name)}"', 1)
    (project / "facts.yaml").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------------- paths

ENTRIES = {
    "parent": ("../facts.yaml", "leaves seeds/ through '..'"),
    "parent after a folder": ("sub/../../facts.yaml", "leaves seeds/ through '..'"),
    "parent, backslashes": ("..\\facts.yaml", "facts.yaml:9:"),
    "absolute": ("/etc/passwd", "is an absolute path"),
    "absolute, Windows": ("C:\\Windows\\win.ini", "is an absolute path"),
    "UNC": ("\\\\server\\share\\x.txt", "facts.yaml:9:"),
    "empty": ("", "facts.yaml:9:"),
    "the folder itself": (".", "facts.yaml:9:"),
    "a trailing slash": ("b.txt/", "facts.yaml:9:"),
    "a NUL": ("b.txt\0.pdf", "facts.yaml:9:"),
    "a newline": ("b.txt\nc.txt", "facts.yaml:9:"),
}


@pytest.mark.parametrize("name,expected", ENTRIES.values(), ids=ENTRIES.keys())
def test_a_source_entry_outside_seeds_is_refused(
    tiny: Path, run_cli: Callable[..., CliRun], name: str, expected: str
) -> None:
    register_b_as(tiny, name)
    [lint, *_] = refused(run_cli, tiny, expected)
    first = lint.err.splitlines()[0]
    assert first.startswith(("facts.yaml:9:", "facts.yaml:")), first
    assert " — " in first


def _link(target: str) -> Callable[[Path], None]:
    return lambda seeds: os.symlink(target, seeds / "link.txt")


SPECIAL = {
    "a symlink to /etc": (_link("/etc/hostname"), "facts.yaml:9: file 'link.txt' resolves outside"),
    "a relative symlink out": (_link("../facts.yaml"), "facts.yaml:9: file 'link.txt' resolves"),
    "a symlink to /dev/null": (_link("/dev/null"), "facts.yaml:9: file 'link.txt' resolves"),
    "a symlink to /dev/zero": (_link("/dev/zero"), "facts.yaml:9: file 'link.txt' resolves"),
    "a symlink loop": (_link("link.txt"), "facts.yaml:9: file 'link.txt' cannot be resolved"),
    "a directory": (lambda s: (s / "link.txt").mkdir(), "seeds/link.txt: is a directory"),
    "a FIFO": (lambda s: os.mkfifo(s / "link.txt"), "seeds/link.txt: is not a regular file"),
}


@pytest.mark.parametrize("make,expected", SPECIAL.values(), ids=SPECIAL.keys())
def test_a_source_that_is_no_text_file_inside_seeds_is_refused(
    tiny: Path, run_cli: Callable[..., CliRun], make: Callable[[Path], None], expected: str
) -> None:
    make(tiny / "seeds")
    register_b_as(tiny, "link.txt")
    [lint, *_] = refused(run_cli, tiny, expected, seconds=2.0)
    assert has_fix(lint.err, expected.split(": ", 1)[0])


def test_a_symlink_to_a_device_fails_the_pytest_runner_too(tiny: Path) -> None:
    os.symlink("/dev/zero", tiny / "seeds" / "zero.txt")
    register_b_as(tiny, "zero.txt")
    pytest_refused(tiny, "facts.yaml:9: file 'zero.txt' resolves outside seeds/")


@pytest.mark.parametrize(
    "make", [lambda seeds: None, _link("gone.txt")], ids=["no such file", "a dangling symlink"]
)
def test_a_missing_source_is_a_finding_at_its_entry(
    tiny: Path, run_cli: Callable[..., CliRun], make: Callable[[Path], None]
) -> None:
    make(tiny / "seeds")
    register_b_as(tiny, "link.txt")
    [lint, check] = refused(
        run_cli,
        tiny,
        "facts.yaml:9: source b: seeds/link.txt is missing",
        commands=("lint", "check"),
        code=1,
    )
    assert has_fix(lint.out, "facts.yaml:9")
    assert "FAIL features/tiny.feature::Falke needs about 160,000 GPUs" in check.out


# --------------------------------------------------------------------------------- seeds

WORKING = {
    "a BOM": b"\xef\xbb\xbf" + SEED_A.encode(),
    "CRLF line ends": SEED_A.replace("\n", "\r\n").encode(),
    "a BOM and CRLF": b"\xef\xbb\xbf" + SEED_A.replace("\n", "\r\n").encode(),
    "CR line ends": SEED_A.replace("\n", "\r").encode(),
    "no final line end": SEED_A.rstrip("\n").encode(),
}


@pytest.mark.parametrize("data", WORKING.values(), ids=WORKING.keys())
def test_a_bom_and_any_line_ends_work(
    tiny: Path, run_cli: Callable[..., CliRun], data: bytes
) -> None:
    (tiny / "seeds" / "a.txt").write_bytes(data)
    write_lock(tiny)
    lint = run_cli("lint", str(tiny))
    assert lint.code == 0, lint.out + lint.err
    check = run_cli("check", str(tiny))
    assert check.code == 0, check.out + check.err
    assert "3 passed, 0 failed" in check.out
    assert "PASS features/tiny.feature::Falke needs about 160,000 GPUs  [a✔ b≈?]" in check.out


def test_a_crlf_seed_reports_lines_as_an_editor_shows_them(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    crlf = SEED_A.replace("\n", "\r\n").replace("etwa 16.000", "etwa 16.001")
    (tiny / "seeds" / "a.txt").write_bytes(b"\xef\xbb\xbf" + crlf.encode())
    write_lock(tiny)
    lint = run_cli("lint", str(tiny))
    assert "nearest passage (similarity 98 %, seeds/a.txt:2:1)" in lint.out


BROKEN = {
    "NUL bytes": (SEED_A.replace("Adler", "Ad\0ler", 1).encode(), "seeds/a.txt:2:24: holds 1 NUL"),
    "invalid UTF-8": (SEED_A.encode().replace(b"\xc3\xbc", b"\xfc", 1), "seeds/a.txt:2:2: not"),
    "a truncated sequence": (SEED_A.encode()[:-1] + b"\xe2\x82", "seeds/a.txt:4:88: not valid"),
    "an overlong encoding": (SEED_A.encode() + b"\xc0\xaf", "seeds/a.txt:5:1: not valid UTF-8"),
    "a lone surrogate": (SEED_A.encode() + b"\xed\xa0\x80", "seeds/a.txt:5:1: not valid UTF-8"),
    "UTF-16": (SEED_A.encode("utf-16"), "seeds/a.txt:1:1: not valid UTF-8"),
    "Windows-1252": (SEED_A.encode("cp1252"), "seeds/a.txt:2:2: not valid UTF-8"),
    "an empty file": (b"", "seeds/a.txt: source file is empty"),
    "only a BOM": (b"\xef\xbb\xbf", "seeds/a.txt: source file is empty"),
}


@pytest.mark.parametrize("data,expected", BROKEN.values(), ids=BROKEN.keys())
def test_a_seed_that_is_not_utf8_text_is_refused_at_its_line(
    tiny: Path, run_cli: Callable[..., CliRun], data: bytes, expected: str
) -> None:
    (tiny / "seeds" / "a.txt").write_bytes(data)
    write_lock(tiny)
    [lint, *_] = refused(run_cli, tiny, expected)
    assert has_fix(lint.err, expected.split(": ", 1)[0])


def test_a_50_mb_seed_is_refused_before_it_is_read(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    with (tiny / "seeds" / "a.txt").open("ab") as seed:
        seed.truncate(50 * 1024 * 1024)  # sparse: costs no disk, reads as NUL bytes
    refused(
        run_cli, tiny, "seeds/a.txt: source file is 52428800 bytes, above the limit", memory=True
    )


def test_a_50_mb_seed_fails_the_pytest_runner_too(tiny: Path) -> None:
    with (tiny / "seeds" / "a.txt").open("ab") as seed:
        seed.truncate(50 * 1024 * 1024)
    pytest_refused(tiny, "seeds/a.txt: source file is 52428800 bytes, above the limit")


# --------------------------------------------------------------------------------- quotes


def quote_adler_as(project: Path, quote: str) -> None:
    text = FACTS.replace(f'quote: "{ADLER}"', f'quote: "{yaml_escaped(quote)}"', 1)
    (project / "facts.yaml").write_text(text, encoding="utf-8")


NOT_THERE = {
    "one character of a word": "F",
    "one digit": "6",
    "Cyrillic а": ADLER.replace("a", "\u0430", 1),
    "Cyrillic е": ADLER.replace("e", "\u0435", 1),
    "Cyrillic о": ADLER.replace("o", "\u043e", 1),
    "Greek ο": ADLER.replace("o", "\u03bf", 1),
    "Greek Α": ADLER.replace("A", "\u0391", 1),
    "Cyrillic р for p": ADLER.replace("GPUs", "G\u0420Us", 1),
    "fullwidth digits": ADLER.replace("16.000", "\uff11\uff16.\uff10\uff10\uff10"),
    "Arabic-Indic digits": ADLER.replace("16.000", "\u0661\u0666.\u0660\u0660\u0660"),
    "a right-to-left override": ADLER.replace("16.000", "\u202e000.61\u202c"),
    "a digit changed": ADLER.replace("16.000", "18.000"),
}


@pytest.mark.parametrize("quote", NOT_THERE.values(), ids=NOT_THERE.keys())
def test_a_quote_the_source_does_not_hold_is_not_found(
    tiny: Path, run_cli: Callable[..., CliRun], quote: str
) -> None:
    quote_adler_as(tiny, quote)
    lint = run_cli("lint", str(tiny))
    assert lint.code == 1, lint.out + lint.err
    assert lint.out.startswith("facts.yaml:20: quote not found in seeds/a.txt"), lint.out
    assert has_fix(lint.out, "facts.yaml:20")
    check = run_cli("check", str(tiny))
    assert check.code == 1
    assert "facts.yaml:20: quote not found" in check.out


def test_a_lookalike_letter_in_the_seed_gives_no_support(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    (tiny / "seeds" / "a.txt").write_text(SEED_A.replace("Adler wurden", "\u0410dler wurden"))
    write_lock(tiny)
    check = run_cli("check", str(tiny))
    assert check.code == 1
    assert "FAIL features/tiny.feature::Falke needs about ten times Adler's GPUs" in check.out


def test_a_quote_of_the_whole_source_must_say_which_number_it_reads(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    quote_adler_as(tiny, SEED_A.strip())
    lint = run_cli("lint", str(tiny))
    assert lint.code == 1
    assert lint.out.startswith("facts.yaml:20: the quote holds 4 numbers")


INVISIBLE = {
    "zero-width space": ADLER.replace("Adler", "Ad\u200bler"),
    "zero-width joiner": ADLER.replace("Training", "Trai\u200dning"),
    "word joiner": ADLER.replace("etwa ", "etwa\u2060 "),
    "left-to-right mark": ADLER.replace("etwa", "\u200eetwa"),
    "right-to-left mark": ADLER.replace("etwa", "\u200fetwa"),
    "soft hyphen": ADLER.replace("Training", "Trai\u00adning"),
    "no-break space": ADLER.replace("etwa 16", "etwa\u00a016"),
    "decomposed ü": ADLER.replace("ü", "u\u0308"),
}


@pytest.mark.parametrize("quote", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_in_a_quote_between_words_are_ignored(
    tiny: Path, run_cli: Callable[..., CliRun], quote: str
) -> None:
    # What a reader sees is what is matched: invisible marks copied along with a quote do not
    # hide it, and the number is read from the source's own words.
    quote_adler_as(tiny, quote)
    assert run_cli("check", str(tiny)).code == 0


@pytest.mark.parametrize("mark", ["\u200b", "\u200f", "\u202e", "\u00ad"])
def test_an_invisible_character_inside_a_seeds_number_fails_closed(
    tiny: Path, run_cli: Callable[..., CliRun], mark: str
) -> None:
    # "16<mark>.000" shows as 16.000 but is not one number: the quote must not read as one.
    (tiny / "seeds" / "a.txt").write_text(SEED_A.replace("etwa 16.000", f"etwa 16{mark}.000"))
    write_lock(tiny)
    lint = run_cli("lint", str(tiny))
    assert lint.code == 1
    assert lint.out.startswith("facts.yaml:20: the quote holds 2 numbers"), lint.out
    assert run_cli("check", str(tiny)).code == 1


# ------------------------------------------------------------ figures the reader cannot read

SEED_B = textwrap.dedent(TINY_SEEDS["b.txt"])

UNREADABLE = {
    "an English decimal point in German": (
        "a.txt",
        "Der Umsatz lag im Quartal bei 8.5 Milliarden US-Dollar.",
        "seeds/a.txt:5:31: figure '8.5 Milliarden US-Dollar' cannot be read: '8.5' is not a "
        "number in German, where '.' groups thousands and ',' marks decimals",
    ),
    "a share price with two decimals": (
        "a.txt",
        "Die Aktie schloss bei 475.50 Dollar.",
        "seeds/a.txt:5:23: figure '475.50 Dollar' cannot be read: '475.50' is not",
    ),
    "a qualified figure with no unit": (
        "a.txt",
        "Der Kurs stieg um rund 8.5.",
        "seeds/a.txt:5:24: figure 'rund 8.5' cannot be read",
    ),
    "English grouping in German": (
        "a.txt",
        "Das Projekt kostete 1,234.5 Euro.",
        "seeds/a.txt:5:21: figure '1,234.5 Euro' cannot be read",
    ),
    "a range of two": (
        "a.txt",
        "Geplant sind zwischen 2.5 und 3.5 Milliarden Dollar.",
        "seeds/a.txt:5:23: figure 'zwischen 2.5 und 3.5 Milliarden Dollar' cannot be read: "
        "'2.5', '3.5' are not numbers in German",
    ),
    "a bare number": (
        "a.txt",
        "Der Index stand bei 3.14 Punkten, zuvor bei 3,2.",
        "seeds/a.txt:5:21: figure '3.14' cannot be read",
    ),
    "a German decimal comma in English": (
        "b.txt",
        "Revenue came to 8,5 billion dollars.",
        "seeds/b.txt:4:17: figure '8,5 billion dollars' cannot be read: '8,5' is not a number "
        "in English, where ',' groups thousands and '.' marks decimals",
    ),
    "German grouping in English": (
        "b.txt",
        "The campus cost 1.234,5 million dollars.",
        "seeds/b.txt:4:17: figure '1.234,5 million dollars' cannot be read",
    ),
}


def append_line(project: Path, name: str, line: str) -> None:
    seed = {"a.txt": SEED_A, "b.txt": SEED_B}[name]
    (project / "seeds" / name).write_text(seed + line + "\n", encoding="utf-8")
    write_lock(project)


@pytest.mark.parametrize("name,line,expected", UNREADABLE.values(), ids=UNREADABLE.keys())
def test_a_figure_written_in_another_languages_way_is_a_finding_at_its_place(
    tiny: Path, run_cli: Callable[..., CliRun], name: str, line: str, expected: str
) -> None:
    # Defect: the reader skips "8.5" in German (a '.' groups thousands there), so corpus
    # coverage never counted the figure and lint said "clean": a figure no curator saw.
    append_line(tiny, name, line)
    [lint] = refused(run_cli, tiny, expected, commands=("lint",), code=1)
    location = expected.split(": ", 1)[0]
    assert has_fix(lint.out, location)
    [finding] = [out for out in lint.out.splitlines() if out.startswith(location)]
    assert "list it under ignore: with the reason" in finding, finding
    assert lint.out.count("cannot be read") == 1, lint.out


NOT_FIGURES = {
    "a model version": "Meta veröffentlichte Llama 3.1 405B, sein größtes Modell.",
    "a version after a name": "Mit Llama 3.1 hat Meta eine neue Version vorgestellt.",
    "a date with its year": "Die Zahlen erschienen am 24.01.2025 in Menlo Park.",
    "a day and month": "Die Zahlen erschienen am 24.01. in Menlo Park.",
    "a time of day": "Die Telefonkonferenz begann um 14.30 Uhr.",
    "a hyphenated name": "GPT-4.5 ist da.",
    "a version number": "Version 1.2.3 ist da.",
}


@pytest.mark.parametrize("line", NOT_FIGURES.values(), ids=NOT_FIGURES.keys())
def test_digits_that_are_no_figure_in_any_language_raise_no_false_alarm(
    tiny: Path, run_cli: Callable[..., CliRun], line: str
) -> None:
    append_line(tiny, "a.txt", line)
    lint = run_cli("lint", str(tiny))
    assert lint.code == 0, lint.out + lint.err
    assert lint.out.rstrip().endswith("clean")


def test_an_unreadable_figure_inside_an_evidence_quote_is_still_a_finding(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    # The quote reads one number (16.000 GPUs); the one it silently hides must not be lost.
    sentence = ADLER.replace("verwendet.", "für 2.5 Millionen Dollar verwendet.")
    (tiny / "seeds" / "a.txt").write_text(SEED_A.replace(ADLER, sentence), encoding="utf-8")
    write_lock(tiny)
    quote_adler_as(tiny, sentence)
    refused(
        run_cli,
        tiny,
        "seeds/a.txt:2:56: figure '2.5 Millionen Dollar' cannot be read",
        commands=("lint",),
        code=1,
    )


def test_an_ignore_entry_with_a_reason_settles_an_unreadable_figure(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    append_line(tiny, "a.txt", "Der Umsatz lag im Quartal bei 8.5 Milliarden US-Dollar.")
    facts = FACTS + (
        "ignore:\n"
        "  - source: a\n"
        '    text: "8.5 Milliarden US-Dollar"\n'
        '    reason: "8.5: decimal point of another language"\n'
    )
    (tiny / "facts.yaml").write_text(facts, encoding="utf-8")
    lint = run_cli("lint", str(tiny))
    assert lint.code == 0, lint.out + lint.err
    assert lint.out.rstrip().endswith("clean")


def test_the_shipped_seeds_unreadable_digits_are_no_figures(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    # The shipped seeds hold five digit runs the reader cannot read in German, all "Llama 3.1":
    # a model name, not a figure. A sixth, in a figure's place, is reported.
    seed = shipped / "seeds" / "002_5403ae498df81086.txt"
    assert seed.read_text(encoding="utf-8").count("Llama 3.1") == 3
    assert run_cli("lint", str(shipped)).code == 0
    seed.write_text(seed.read_text(encoding="utf-8") + "Meta zahlte 2.5 Milliarden.\n")
    write_lock(shipped)
    lint = run_cli("lint", str(shipped))
    assert lint.code == 1
    [finding] = [line for line in lint.out.splitlines() if "cannot be read" in line]
    assert finding.startswith(f"seeds/{seed.name}:"), finding
    assert "figure '2.5 Milliarden' cannot be read" in finding
