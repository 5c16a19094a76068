"""The corpus module: strict reading, folding with an offset map, locating quotes.

Positions asserted against the shipped seeds were looked up in the raw files (``cat -n``
and the column of the first character, counted from 1).
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factspec.read.corpus as corpus_module
from factspec.read.corpus import (
    MAX_SOURCE_BYTES,
    Corpus,
    CorpusError,
    FoldedText,
    QuoteLocation,
    SourceText,
    fold,
    locate_quote,
    nearest_passage,
    read_source,
)
from factspec.read.problems import FactspecError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_FILES = {
    "000": "000_a26c9954bf046a90.txt",
    "001": "001_e3dcabc6ab02a58b.txt",
    "002": "002_5403ae498df81086.txt",
    "003": "003_85bece857280cdf2.txt",
    "004": "004_b39324e2fa652c10.txt",
}
FIX_UTF8 = (
    "re-save the file as UTF-8 (text from Windows is usually Windows-1252: "
    "`iconv -f CP1252 -t UTF-8`)"
)


def seed(source_id: str) -> SourceText:
    name = SEED_FILES[source_id]
    return read_source(SEEDS / name, f"seeds/{name}")


def write(tmp_path: Path, data: bytes, name: str = "source.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def problems_of(error: pytest.ExceptionInfo[CorpusError]) -> list[str]:
    return [str(problem) for problem in error.value.problems]


# ---------------------------------------------------------------------------
# Strict reading
# ---------------------------------------------------------------------------


def test_invalid_utf8_names_file_byte_offset_and_line_col(tmp_path: Path) -> None:
    path = write(tmp_path, b"Zeile eins\nK\xf6ln ist sch\xf6n\n")
    with pytest.raises(CorpusError) as error:
        read_source(path, "seeds/bad.txt")
    assert problems_of(error) == [
        "seeds/bad.txt:2:2: not valid UTF-8: byte 0xF6 at byte offset 12 "
        f"(invalid start byte) — {FIX_UTF8}"
    ]
    assert isinstance(error.value, FactspecError)


def test_invalid_utf8_column_counts_characters_and_crlf_lines(tmp_path: Path) -> None:
    # Line 3 starts after two CRLFs (6 bytes); "ää" is 4 bytes but 2 columns.
    path = write(tmp_path, b"a\r\nb\r\n" + "ää".encode() + b"\xe2\x82")
    with pytest.raises(CorpusError) as error:
        read_source(path, "seeds/cut.txt")
    assert problems_of(error) == [
        "seeds/cut.txt:3:3: not valid UTF-8: byte 0xE2 at byte offset 10 "
        f"(unexpected end of data) — {FIX_UTF8}"
    ]


def test_nul_bytes_are_refused_with_the_first_offset(tmp_path: Path) -> None:
    path = write(tmp_path, b"abc\ndef\x00gh\x00")
    with pytest.raises(CorpusError) as error:
        read_source(path, "seeds/nul.txt")
    assert problems_of(error) == [
        "seeds/nul.txt:2:4: holds 2 NUL bytes, the first at byte offset 7 — a text file has "
        "no NUL bytes: this is a binary file or UTF-16; re-save the text as UTF-8"
    ]


def test_utf16_file_reports_both_problems(tmp_path: Path) -> None:
    path = write(tmp_path, "Meta".encode("utf-16"))  # FF FE 4D 00 …
    with pytest.raises(CorpusError) as error:
        read_source(path, "seeds/utf16.txt")
    assert problems_of(error) == [
        f"seeds/utf16.txt:1:1: not valid UTF-8: byte 0xFF at byte offset 0 "
        f"(invalid start byte) — {FIX_UTF8}",
        # Columns before a NUL count each undecodable byte as one character.
        "seeds/utf16.txt:1:4: holds 4 NUL bytes, the first at byte offset 3 — a text file "
        "has no NUL bytes: this is a binary file or UTF-16; re-save the text as UTF-8",
    ]


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf"], ids=["empty", "bom-only"])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data)
    with pytest.raises(CorpusError) as error:
        read_source(path, "seeds/empty.txt")
    assert problems_of(error) == [
        "seeds/empty.txt: source file is empty — save the article text into it"
    ]


def test_directory_is_refused(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(CorpusError) as error:
        read_source(tmp_path / "folder.txt", "seeds/folder.txt")
    assert problems_of(error) == [
        "seeds/folder.txt: is a directory, not a source file — name the text file itself"
    ]


def test_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(CorpusError) as error:
        read_source(tmp_path / "pipe.txt", "seeds/pipe.txt")
    assert problems_of(error) == [
        "seeds/pipe.txt: is not a regular file (a FIFO, device or socket) — "
        "save the source text as an ordinary file"
    ]


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as error:
        read_source(tmp_path / "nowhere.txt", "seeds/nowhere.txt")
    assert problems_of(error) == [
        "seeds/nowhere.txt: source file not found — check the file name, or add the file"
    ]


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    path = write(tmp_path, b"0123456789A")
    with pytest.raises(CorpusError) as error:
        read_source(path, "seeds/big.txt", max_bytes=10)
    assert problems_of(error) == [
        "seeds/big.txt: source file is 11 bytes, above the limit of 10 bytes — check that "
        "this is the article text and not a dump or archive; a genuine larger source needs "
        "a higher max_bytes"
    ]
    assert read_source(path, "seeds/big.txt", max_bytes=11).text == "0123456789A"
    assert MAX_SOURCE_BYTES == 20 * 1024 * 1024


def test_display_path_defaults_to_the_path_given(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("Text", encoding="utf-8")
    assert read_source(Path("a.txt")).path == "a.txt"


def test_bom_is_stripped_and_crlf_offsets_stay_right(tmp_path: Path) -> None:
    data = "\ufeffTitel\r\n\r\nMeta plant „160.000 GPUs“.\r\nEnde".encode()
    source = read_source(write(tmp_path, data), "seeds/crlf.txt")
    assert source.text == "Titel\r\n\r\nMeta plant „160.000 GPUs“.\r\nEnde"
    [location] = locate_quote(source, '"160.000 GPUs"')
    assert location == QuoteLocation(20, 34, 3, 12, "„160.000 GPUs“")
    assert source.text[location.start : location.end] == "„160.000 GPUs“"
    assert source.line_text(3) == "Meta plant „160.000 GPUs“."
    assert source.line_text(4) == "Ende"
    assert source.line_col(0) == (1, 1)
    assert source.line_col(5) == (1, 6)  # the CR ends line 1: it is not on line 2
    assert source.line_col(7) == (2, 1)
    assert source.line_col(len(source.text)) == (4, 5)
    # A quote across the line break matches with a plain space, shown with its CRLF.
    [across] = locate_quote(source, "GPUs“. Ende")
    assert across.text == "GPUs“.\r\nEnde"
    assert (across.line, across.column) == (3, 21)


def test_lone_cr_ends_a_line() -> None:
    source = SourceText.from_text("x.txt", "eins\rzwei\ndrei")
    assert [source.line_text(n) for n in (1, 2, 3)] == ["eins", "zwei", "drei"]
    assert source.line_col(source.text.index("zwei")) == (2, 1)
    with pytest.raises(ValueError, match=r"x\.txt has no line 4"):
        source.line_text(4)


# ---------------------------------------------------------------------------
# Folding: one test per rule
# ---------------------------------------------------------------------------


# The ASCII '"' and '-' are the folded forms themselves, not cases: 'a"b' → 'a"b' would pass
# with folding switched off.
@pytest.mark.parametrize("mark", list("„“”‚‘’«»‹›'"))
def test_every_quotation_mark_folds_to_one(mark: str) -> None:
    assert fold(f"a{mark}b").key == 'a"b'


@pytest.mark.parametrize("dash", list("‐‑‒–—―−"))
def test_every_dash_folds_to_hyphen_minus(dash: str) -> None:
    assert fold(f"a {dash} b").key == "a - b"


def test_soft_hyphen_is_removed_and_maps_back() -> None:
    folded = fold("Kapital\u00adausgaben")
    assert folded.key == "Kapitalausgaben"
    assert folded.to_original(0, len(folded.key)) == (0, 16)


@pytest.mark.parametrize(
    "space", ["\u00a0", "\u2009", "\u202f", "\t", "\n", "\r\n", "  ", " \u00a0\n "]
)
def test_whitespace_runs_fold_to_one_space(space: str) -> None:
    folded = fold(f"16.000{space}GPUs")
    assert folded.key == "16.000 GPUs"
    assert folded.to_original(6, 7) == (6, 6 + len(space))


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_characters_are_removed(char: str) -> None:
    assert fold(f"Rechen{char}zentren").key == "Rechenzentren"


@pytest.mark.parametrize("char", [chr(c) for c in (0x200E, 0x200F, *range(0x202A, 0x202F))])
def test_bidi_marks_and_embeddings_are_removed(char: str) -> None:
    assert fold(f"Meta{char} plant").key == "Meta plant"


@pytest.mark.parametrize("char", [chr(c) for c in range(0x2066, 0x206A)])
def test_bidi_isolates_are_removed(char: str) -> None:
    assert fold(f"{char}Llama 4{char}").key == "Llama 4"


def test_nfc_composed_and_decomposed_umlaut_match() -> None:
    decomposed = "fu\u0308r das Training"
    assert fold(decomposed).key == fold("für das Training").key == "für das Training"
    source = SourceText.from_text("x.txt", f"Geld {decomposed}.")
    [location] = locate_quote(source, "für das Training")
    assert location.text == decomposed
    assert (location.start, location.end, location.column) == (5, 22, 6)


def test_decomposed_quote_matches_composed_source() -> None:
    source = SourceText.from_text("x.txt", "Während für das Training")
    [location] = locate_quote(source, unicodedata.normalize("NFD", "für das"))
    assert location.text == "für das"


def test_whitespace_inside_quotation_marks_is_dropped() -> None:
    assert fold("um „ das weltweit führende KI-Unternehmen“ zu").key == (
        'um"das weltweit führende KI-Unternehmen"zu'
    )
    assert fold("„das weltweit führende KI-Unternehmen“").key == (
        '"das weltweit führende KI-Unternehmen"'
    )


def test_case_and_digits_are_not_folded() -> None:
    assert fold("Meta").key != fold("meta").key
    assert fold("١٦").key == "١٦"  # Arabic-Indic digits stay what they are
    assert locate_quote(SourceText.from_text("x.txt", "16 GPUs"), "١٦ GPUs") == []


def test_folding_keeps_key_and_offsets_in_step() -> None:
    text = "A\u00a0„ b “\u2013c\u00ad d"
    folded = fold(text)
    assert folded.key == 'A"b"-c d'  # the NBSP beside „ goes with the spaces inside
    assert folded.to_original(1, 4) == (2, 7)  # '"b"' is '„ b “'
    assert folded.to_original(4, 5) == (7, 8)  # the dash
    assert folded.to_original(8, 8) == (12, 12)  # an empty span at the end
    with pytest.raises(ValueError, match="outside the key"):
        folded.to_original(3, 10)


def test_fold_of_empty_text() -> None:
    assert fold("") == FoldedText("", fold("")._map)
    assert fold("").to_original(0, 0) == (0, 0)


@pytest.mark.parametrize(
    ("source_text", "quote"),
    [
        ("Meta plant Llama 4", "Mеta plant"),  # Cyrillic е in the quote
        ("Mеta plant Llama 4", "Meta plant"),  # Cyrillic е in the source
        ("Llama 4 for training", "Llama 4 fοr"),  # Greek omicron
        ("Llama 4 fοr training", "Llama 4 for"),
        ("KI-Investitionen", "KI-Investitionеn"),
    ],
)
def test_lookalike_letters_of_other_scripts_do_not_match(source_text: str, quote: str) -> None:
    assert locate_quote(SourceText.from_text("x.txt", source_text), quote) == []


# ---------------------------------------------------------------------------
# Locating quotes in the seeds
# ---------------------------------------------------------------------------

HEADLINE_003 = (
    "Zuckerberg stellt 65-Milliarden-Dollar-Investitionsplan für KI-Rechenzentren für "
    "1,3 Millionen GPUs im Jahr 2025 vor"
)


def test_repeated_headline_in_seed_003_is_found_twice() -> None:
    locations = locate_quote(seed("003"), HEADLINE_003)
    assert [(loc.line, loc.column, loc.start, loc.end) for loc in locations] == [
        (1, 1, 0, 116),
        (3, 1, 118, 234),
    ]
    assert all(loc.text == HEADLINE_003 for loc in locations)


@pytest.mark.parametrize(
    ("source_id", "quote", "expected"),
    [
        (
            "000",
            "8,5 Milliarden Dollar",
            [(4, 129, "8,5 Milliarden Dollar"), (18, 78, "8,5 Milliarden Dollar")],
        ),
        (
            "000",
            "zehn Mal mehr Rechenleistung erfordern wird als Llama 3",
            [(2, 242, "zehn Mal mehr Rechenleistung erfordern wird als Llama 3")],
        ),
        ("001", "fast zehnmal mehr GPUs", [(9, 47, "fast zehnmal mehr GPUs")]),
        (
            "001",
            '"im nächsten Jahr das fortschrittlichste Modell der Branche"',
            [(1, 155, "„im nächsten Jahr das fortschrittlichste Modell der Branche“")],
        ),
        (
            "001",
            "verbucht - Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar",
            [(29, 142, "verbucht – Zuwächse von sieben beziehungsweise 5,7 Milliarden Dollar")],
        ),
        ("001", "7 Bilder ansehen", [(35, 1, "7 Bilder ansehen")]),
        (
            "002",
            "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden",
            [(3, 117, "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden")],
        ),
        ("002", "Meta’s Pläne", [(8, 1, "Meta's Pläne")]),
        ("003", "bis zu 65 Milliarden US-Dollar", [(7, 399, "bis zu 65 Milliarden US-Dollar")]),
        ("003", "über 1, 3 Millionen GPUs", [(21, 84, "über 1, 3 Millionen GPUs")]),
        (
            "004",
            '"das weltweit führende KI-Unternehmen"',
            [(9, 179, "„ das weltweit führende KI-Unternehmen“")],
        ),
        (
            "004",
            "zwischen 35 und 40 Milliarden US-Dollar",
            [(9, 302, "zwischen 35 und 40 Milliarden US-Dollar")],
        ),
        ("004", "ca. 15 Prozent", [(15, 123, "ca. 15 Prozent")]),
    ],
)
def test_real_quotes_are_located_at_line_and_column(
    source_id: str, quote: str, expected: list[tuple[int, int, str]]
) -> None:
    source = seed(source_id)
    locations = locate_quote(source, quote)
    assert [(loc.line, loc.column, loc.text) for loc in locations] == expected
    for loc in locations:
        assert source.text[loc.start : loc.end] == loc.text
        assert source.line_text(loc.line)[loc.column - 1 :].startswith(loc.text)


def test_a_quote_the_source_does_not_hold_is_not_found() -> None:
    assert locate_quote(seed("002"), "etwa 18.000 GPUs") == []


@pytest.mark.parametrize(
    ("source_text", "quote"),
    [
        ("rund 116.000 GPUs", "16.000 GPUs"),
        ("rund 1.160.000 GPUs", "160.000 GPUs"),
        ("rund 1.160.000 GPUs", "rund 1.160"),
        ("Metas Pläne", "Meta"),
        ("Llama 3.1 405B", "Llama 3"),
        ("Cafe\u0301", "Cafe"),  # the accent belongs to the e
    ],
)
def test_a_match_never_cuts_a_word_or_number(source_text: str, quote: str) -> None:
    assert locate_quote(SourceText.from_text("x.txt", source_text), quote) == []


def test_occurrences_are_in_order_and_do_not_overlap() -> None:
    source = SourceText.from_text("x.txt", "ha ha ha ha ha")
    assert [(loc.start, loc.end) for loc in locate_quote(source, "ha ha")] == [(0, 5), (6, 11)]


@pytest.mark.parametrize("quote", ["", "   ", "\u00a0\n", "\u200b"])
def test_empty_quote_is_a_curator_error(quote: str) -> None:
    with pytest.raises(CorpusError) as error:
        locate_quote(seed("002"), quote)
    assert problems_of(error) == [
        f"seeds/002_5403ae498df81086.txt: cannot look up an empty quote ({quote!r}) — "
        "copy the passage from the source into the quote"
    ]
    assert isinstance(error.value, ValueError)


# ---------------------------------------------------------------------------
# Nearest passage
# ---------------------------------------------------------------------------


def test_one_word_changed_gives_the_right_sentence() -> None:
    quote = "Während für das Training von Llama 3 etwa 16.000 Chips verwendet wurden"
    passage = nearest_passage(seed("002"), quote)
    assert passage is not None
    assert passage.text == (
        "Während für das Training von Llama 3 etwa 16.000 GPUs verwendet wurden"
    )
    assert (passage.line, passage.column, passage.start, passage.end) == (3, 117, 796, 866)
    assert passage.score == 94


def test_changed_last_word_shows_the_source_word() -> None:
    quote = (
        "Das Unternehmen erwartet jedoch keine bedeutenden Beiträge von generativer KI "
        "zu den Ausgaben"
    )
    passage = nearest_passage(seed("000"), quote)
    assert passage is not None
    assert passage.text.endswith("von generativer KI zu den Einnahmen")
    assert (passage.line, passage.column) == (5, 213)
    assert passage.score >= 90


def test_nearest_passage_is_shown_in_the_source_words() -> None:
    quote = (
        '"das weltweit führende KI-Unternehmen" zu werden. Meta erwartet, seine '
        "Investitionsausgaben in diesem Jahr auf ein Level zwischen 35 und 40 Milliarden"
    )
    passage = nearest_passage(seed("004"), quote)
    assert passage is not None
    assert passage.text == (
        "„ das weltweit führende KI-Unternehmen“ zu werden. Meta erwartet, seine "
        "Investitionsausgaben in diesem Jahr auf ein Niveau zwischen 35 und 40 Milliarden"
    )
    assert (passage.line, passage.column) == (9, 179)
    assert passage.score >= 90


def test_nothing_similar_gives_none() -> None:
    assert nearest_passage(seed("002"), "Kartoffelsalat mit Gurken und Dill") is None


# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------


def test_corpus_loads_the_seeds() -> None:
    corpus = Corpus.load(SEEDS, SEED_FILES.values())
    assert list(corpus) == list(SEED_FILES.values())
    assert len(corpus) == 5
    assert corpus["003_85bece857280cdf2.txt"].path == "seeds/003_85bece857280cdf2.txt"


def make_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text("Meta plant Llama 4.", encoding="utf-8")
    return seeds


def test_corpus_reads_each_file_once(tmp_path: Path, monkeypatch) -> None:
    seeds = make_seeds(tmp_path)
    calls: list[str] = []
    real = corpus_module.read_source

    def counting(path: Path, display_path: str | None = None, **options) -> SourceText:
        calls.append(display_path or "")
        return real(path, display_path, **options)

    monkeypatch.setattr(corpus_module, "read_source", counting)
    corpus = Corpus.load(seeds, ["good.txt", "good.txt"])
    assert calls == ["seeds/good.txt"]
    assert corpus["good.txt"].text == "Meta plant Llama 4."


def test_corpus_collects_every_problem_before_raising(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "latin1.txt").write_bytes("Köln".encode("latin-1"))
    (tmp_path / "outside.txt").write_text("draußen", encoding="utf-8")
    (seeds / "link.txt").symlink_to(tmp_path / "outside.txt")
    names = ["empty.txt", "good.txt", "latin1.txt", "missing.txt", "link.txt", "../x.txt"]
    with pytest.raises(CorpusError) as error:
        Corpus.load(seeds, names)
    fix = "name a file inside seeds/ by its relative path, and keep the text itself there"
    assert problems_of(error) == [
        "seeds/empty.txt: source file is empty — save the article text into it",
        "seeds/latin1.txt:1:2: not valid UTF-8: byte 0xF6 at byte offset 1 "
        f"(invalid start byte) — {FIX_UTF8}",
        "seeds/missing.txt: source file not found — check the file name, or add the file",
        "seeds: source entry 'link.txt' is a symlink that leads outside seeds/ — "
        "copy the text into the sources folder instead of linking to it",
        f"seeds: source entry '../x.txt' uses '..' to leave seeds/ — {fix}",
    ]


def test_dotdot_is_refused_even_when_it_comes_back_inside(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path)
    with pytest.raises(CorpusError) as error:
        Corpus.load(seeds, ["../seeds/good.txt"])
    assert problems_of(error) == [
        "seeds: source entry '../seeds/good.txt' uses '..' to leave seeds/ — name a file "
        "inside seeds/ by its relative path, and keep the text itself there"
    ]


def test_absolute_path_is_refused(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path)
    absolute = (seeds / "good.txt").as_posix()
    with pytest.raises(CorpusError) as error:
        Corpus.load(seeds, [absolute])
    assert problems_of(error) == [
        f"seeds: source entry {absolute!r} is an absolute path — name a file inside seeds/ "
        "by its relative path, and keep the text itself there"
    ]


def test_symlink_within_seeds_is_allowed(tmp_path: Path) -> None:
    seeds = make_seeds(tmp_path)
    (seeds / "alias.txt").symlink_to("good.txt")
    assert Corpus.load(seeds, ["alias.txt"])["alias.txt"].text == "Meta plant Llama 4."


def test_missing_seeds_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError) as error:
        Corpus.load(tmp_path / "seeds", ["a.txt"])
    assert problems_of(error) == ["seeds: the sources folder does not exist — create it"]


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------

# Plain letters and every character some folding rule touches, including lookalikes.
ALPHABET = st.sampled_from(
    [
        *"ab Zü1.,-",
        "u\u0308",
        "\u0308",
        "\u0323",
        "\u00a0",
        "\u2009",
        "\n",
        "\r\n",
        "\r",
        "\t",
        *"„“”‚‘’«»‹›\"'",
        *"‐–—−",
        "\u00ad",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\u200e",
        "\u202e",
        "\u2067",
        "а",  # Cyrillic
        "ο",  # Greek
        "\u1100\u1161",  # Hangul jamo that compose
        "\u0308\u0323",  # marks NFC reorders, also after a space or quote
        "\u2126",  # OHM SIGN, which NFC replaces by a Greek omega
    ]
)
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, data=st.data())
def test_every_key_span_maps_back_to_a_substring_that_folds_the_same(
    text: str, data: st.DataObject
) -> None:
    folded = fold(text)
    edges = [at for at in range(len(folded.key) + 1) if folded.is_boundary(at)]
    start = data.draw(st.sampled_from(edges))
    end = data.draw(st.sampled_from([at for at in edges if at >= start]))
    original_start, original_end = folded.to_original(start, end)
    assert 0 <= original_start <= original_end <= len(text)
    assert fold(text[original_start:original_end]).key == folded.key[start:end]


@settings(max_examples=400, deadline=None)
@given(text=TEXTS, data=st.data())
def test_located_quotes_fold_to_the_quote(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    quote = text[start : data.draw(st.integers(start, len(text)))]
    needle = fold(quote).key.strip(" ")
    source = SourceText.from_text("x.txt", text)
    if not needle:
        return
    for location in locate_quote(source, quote):
        assert source.text[location.start : location.end] == location.text
        assert fold(location.text).key.strip(" ") == needle
        assert source.line_col(location.start) == (location.line, location.column)


WORDS = st.lists(
    st.sampled_from(["Meta", "für", "fu\u0308r", "16.000", "KI–Modell", "„Llama“", "»4«"]),
    min_size=1,
    max_size=8,
)
GAPS = st.sampled_from([" ", "  ", "\u00a0", "\n", "\r\n", "\t", " \u00ad", "\u2009"])


@settings(max_examples=200, deadline=None)
@given(words=WORDS, gaps=st.lists(GAPS, min_size=8, max_size=8), data=st.data())
def test_a_plainly_typed_quote_is_found_in_typeset_text(
    words: list[str], gaps: list[str], data: st.DataObject
) -> None:
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    typed = " ".join(words[first : last + 1])
    for typeset, plain in {"–": "-", "„": '"', "“": '"', "»": '"', "«": '"'}.items():
        typed = typed.replace(typeset, plain)
    typed = unicodedata.normalize("NFC", typed)
    source = SourceText.from_text("x.txt", text)
    assert locate_quote(source, typed), (text, typed)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_folding_is_idempotent(text: str) -> None:
    key = fold(text).key
    assert fold(key).key == key


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "ü", " ", "\n", "\r", "\r\n", "x"]), max_size=30))
def test_line_col_counts_lines_as_the_table_of_line_starts_does(text: list[str]) -> None:
    source = SourceText.from_text("x.txt", "".join(text))
    starts = source._line_starts
    for offset in range(len(source.text) + 1):
        line = sum(1 for start in starts if start <= offset)
        assert source.line_col(offset) == (line, offset - starts[line - 1] + 1)


def test_a_plain_text_folds_to_itself_with_every_offset_in_place() -> None:
    text = "Meta plant 160.000 GPUs für 65 Milliarden Dollar."
    folded = fold(text)
    assert folded.key == text
    assert all(folded.to_original(at, at + 1) == (at, at + 1) for at in range(len(text)))


# ---------------------------------------------------------------------------
# Scale
# ---------------------------------------------------------------------------


def test_offsets_stay_exact_deep_into_a_large_typeset_text() -> None:
    # ~1 MB of German prose with NBSP, CRLF, typographic quotes, dashes and decomposed
    # umlauts: the offset map must still point at the right original characters at the end.
    # (How fast folding is belongs to the benchmarks in bench/, not to a unit test.)
    base = seed("004").text.replace(" ", "\u00a0", 40).replace("\n", "\r\n")
    text = unicodedata.normalize("NFD", base) * 350
    folded = fold(text)
    last = len(folded.key)
    start, end = folded.to_original(last - 12, last)
    assert fold(text[start:end]).key == folded.key[-12:]
