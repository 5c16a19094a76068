"""The raw sources: strict reading, folding for matching, quote location, nearest passage.

Matching runs on a *folded key* of each text, in which typographic variants that do not
change what a source says (quote styles, dash styles, runs of whitespace, invisible
characters, composed vs decomposed letters) look the same. Everything shown to a user —
a located quote, a nearest passage, a line:col — comes from the original text through an
offset map, so a curator always sees the source's own words.

Offsets are code-point offsets into `SourceText.text`: the decoded file with a leading
UTF-8 byte-order mark removed (an editor does not show the mark either, so line 1
column 1 is the first visible character). Byte offsets appear only in reading errors,
where the text could not be decoded and bytes are all there is.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from pathlib import Path, PurePosixPath, PureWindowsPath

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factspec.read.problems import FactspecError, Problem

#: Largest source accepted by default. The corpus is news articles of a few KB; a file
#: this large is almost certainly the wrong file (a dump, an archive), not an article.
MAX_SOURCE_BYTES = 20 * 1024 * 1024

#: Below this similarity (0–100) `nearest_passage` reports nothing: such a "passage"
#: shares little more than common words with the quote and would mislead the curator.
MIN_PASSAGE_SCORE = 50

#: How far (in characters) `nearest_passage` may move the edges of rapidfuzz's window.
_PASSAGE_SLACK = 12

#: The one character every quotation mark folds to.
CANONICAL_QUOTE = '"'

_BOM = "\ufeff"
_UTF8_BOM = b"\xef\xbb\xbf"
_FIX_UTF8 = (
    "re-save the file as UTF-8 (text from Windows is usually Windows-1252: "
    "`iconv -f CP1252 -t UTF-8`)"
)


class CorpusError(FactspecError, ValueError):
    """A source that cannot be read or used, or a quote that cannot be looked up.

    A `ValueError` too, because an empty quote is bad input to a lookup function.
    """


# ---------------------------------------------------------------------------
# Folding rules. Each one prevents a false alarm: "quote not found" although the source
# says exactly that, only typeset differently.
# ---------------------------------------------------------------------------

_IGNORABLE_CHARS = (
    # Soft hyphen: an invisible hyphenation hint from web pages splits "Kapital­ausgaben".
    "\u00ad"
    # Zero-width space, non-joiner, joiner, word joiner, BOM: invisible CMS debris.
    "\u200b\u200c\u200d\u2060\ufeff"
    # Bidi marks, embeddings, overrides and isolates: invisible, copied from mixed pages.
    "\u200e\u200f\u202a-\u202e\u2066-\u2069"
)
# German „…“ and ‚…‘, English “…” and ’, guillemets both ways, and the ASCII " and ' a
# curator types: a quote copied in one style must match a source printed in another.
_QUOTE_CHARS = "\"'\u201e\u201c\u201d\u201a\u2018\u2019\u201b\u201f\u00ab\u00bb\u2039\u203a"
# Hyphen, non-breaking hyphen, figure/en/em dash, horizontal bar, minus sign: "Zuwächse –
# sieben" is typed with "-" on a keyboard, and "−5 %" is set with a typographic minus.
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_IGNORABLE = re.compile(f"[{_IGNORABLE_CHARS}]")
# A run of non-ASCII characters and the ASCII character before it: the only places where
# NFC can change anything or invisible characters can sit. ASCII characters are stable
# starters, so NFC never reaches across one and each region can be normalized alone.
_NON_ASCII_REGION = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
# Quotation marks, dashes and whitespace are replaced one for one, which leaves every
# offset where it was; regex substitution with a fixed replacement does it at C speed
# (str.translate is several times slower on non-ASCII text). Whitespace is what
# str.isspace() means: NBSP, thin and narrow spaces, tabs, CR and LF all become " ".
_ONE_FOR_ONE = (
    (re.compile(f"[{_QUOTE_CHARS}]"), CANONICAL_QUOTE),
    (re.compile(f"[{_DASH_CHARS}]"), "-"),
    (re.compile(r"[^\S ]"), " "),
)
# After that, the only changes left are deletions of spaces: a quotation mark or a space
# followed by a space or mark starts a run (of spaces and marks) that loses spaces. A lone
# space before a word starts nothing, so prose stays one copied stretch rather than one
# match per word, and the leading character class lets the regex engine skip it in C.
_SPACE_RUN = re.compile(r'[ "](?:(?<=")|(?=[ "]))[ "]*')
# A character some surface rule above changes.
_SURFACE_CHAR = re.compile(rf"[\s{_QUOTE_CHARS}{_DASH_CHARS}]")
_LINE_BREAK = re.compile(r"\r\n?|\n")

# Plain characters: ASCII and Latin-1 letters, digits and punctuation, and the space. No rule
# above changes one, NFC never joins one to a neighbour (none is a combining mark or the
# second half of a composition), and only a space can start a run. Left out: quotation marks
# (" ' « »), the soft hyphen, NBSP and every other whitespace, all of which fold changes.
_PLAIN = r" !#-&(-~\xa1-\xaa\xac\xae-\xba\xbc-\xff"
# Something fold may change: a character that is not plain, or a run of two spaces. A text
# without one folds to itself, so the scan of a whole source stays at C speed.
_UNPLAIN = re.compile(f"[^{_PLAIN}]|  ")
# Characters that fold only ever copies: a key holding a run of them took it verbatim from
# the original, so a quote's longest such run can be looked up in the raw text by str.find.
# Left out beside space, quotation marks and "-" (made from dashes): K, ; and ` , which NFC
# makes from the Kelvin sign, the Greek question mark and the Greek varia.
_ANCHOR_RUN = re.compile(r"[!#-&(-,.-:<-JL-_a-~]+")


# ---------------------------------------------------------------------------
# The offset map
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _SpanMap:
    """Which original span each stretch of a folded key came from.

    The key is cut into segments. A *copy* segment maps character for character onto the
    original; a *block* segment (a collapsed whitespace run, a composed letter) maps as a
    whole onto its original span. Characters the fold removed belong to no segment. Only
    changed places start segments, so a mostly unchanged 50 MB text needs few of them.
    """

    key_starts: array  # key offset where each segment begins, ascending
    orig_starts: array  # the original span of each segment
    orig_ends: array
    copies: bytearray  # 1: copy segment, 0: block segment
    key_length: int

    def segment_at(self, key_offset: int) -> int:
        """Index of the segment holding key character ``key_offset``."""
        return bisect_right(self.key_starts, key_offset) - 1

    def key_end(self, segment: int) -> int:
        """Key offset just past ``segment``."""
        following = segment + 1
        return self.key_starts[following] if following < len(self.key_starts) else self.key_length

    def start_of(self, key_offset: int, segment: int | None = None) -> int:
        """Original offset where key character ``key_offset`` begins."""
        if segment is None:
            segment = self.segment_at(key_offset)
        if self.copies[segment]:
            return self.orig_starts[segment] + key_offset - self.key_starts[segment]
        return self.orig_starts[segment]

    def end_of(self, key_end: int, segment: int | None = None) -> int:
        """Original offset where key character ``key_end - 1`` ends."""
        if segment is None:
            segment = self.segment_at(key_end - 1)
        if self.copies[segment]:
            return self.orig_starts[segment] + key_end - self.key_starts[segment]
        return self.orig_ends[segment]

    def is_boundary(self, key_offset: int) -> bool:
        """Whether ``key_offset`` does not fall inside a block segment."""
        if key_offset in (0, self.key_length):
            return True
        segment = self.segment_at(key_offset)
        return bool(self.copies[segment]) or self.key_starts[segment] == key_offset


class _Segments:
    """Segments being collected in key order, flat as (key start, start, end, copy)."""

    def __init__(self) -> None:
        self.flat: list[int] = []

    @classmethod
    def copied(cls, length: int) -> _SpanMap:
        """The map of a key that is its text unchanged: what `_MapBuilder` makes of it."""
        segments = cls()
        if length:
            segments.add(0, 0, length, copy=True)
        return segments.build(length)

    def add(self, key_start: int, start: int, end: int, *, copy: bool) -> None:
        self.flat += (key_start, start, end, copy)

    def build(self, key_length: int) -> _SpanMap:
        flat = self.flat
        return _SpanMap(
            array("q", flat[0::4]),
            array("q", flat[1::4]),
            array("q", flat[2::4]),
            bytearray(flat[3::4]),
            key_length,
        )


class _MapBuilder:
    """Builds a key and its `_SpanMap` from a source text, left to right, out of copied
    stretches and replacements; whatever is skipped is removed."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._pieces: list[str] = []
        self._segments = _Segments()
        self._length = 0

    def copy(self, start: int, end: int) -> None:
        """Take ``source[start:end]`` into the key unchanged."""
        if start >= end:
            return
        self._pieces.append(self._source[start:end])
        flat = self._segments.flat
        if flat and flat[-1] and flat[-2] == start:
            flat[-2] = end  # continues the previous copied stretch
        else:
            flat += (self._length, start, end, True)
        self._length += end - start

    def replace(self, start: int, end: int, text: str) -> None:
        """Put ``text`` into the key for ``source[start:end]``; empty ``text`` removes it."""
        if not text:
            return
        self._pieces.append(text)
        self._segments.add(self._length, start, end, copy=False)
        self._length += len(text)

    def build(self) -> tuple[str, _SpanMap]:
        return "".join(self._pieces), self._segments.build(self._length)


def _compose(outer: _SpanMap, inner: _SpanMap) -> _SpanMap:
    """The map key → original from the maps key → intermediate text (``outer``) and
    intermediate text → original (``inner``). One pass over both: linear time."""
    result = _Segments()
    count = len(inner.key_starts)
    index = 0  # the inner segment holding the current intermediate offset; only moves on
    for segment in range(len(outer.key_starts)):
        key_start = outer.key_starts[segment]
        mid_start = outer.orig_starts[segment]
        mid_end = outer.orig_ends[segment]
        while inner.key_end(index) <= mid_start:
            index += 1
        if not outer.copies[segment]:
            last = index
            while inner.key_end(last) < mid_end:
                last += 1
            start = inner.start_of(mid_start, index)
            result.add(key_start, start, inner.end_of(mid_end, last), copy=False)
            continue
        # A copied stretch of the intermediate text may run across several inner segments.
        part = index
        while part < count and inner.key_starts[part] < mid_end:
            low = max(mid_start, inner.key_starts[part])
            high = min(mid_end, inner.key_end(part))
            at = key_start + low - mid_start
            if inner.copies[part]:
                start = inner.start_of(low, part)
                result.add(at, start, start + high - low, copy=True)
            else:
                result.add(at, inner.orig_starts[part], inner.orig_ends[part], copy=False)
            part += 1
    return result.build(outer.key_length)


# ---------------------------------------------------------------------------
# Folding
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FoldedText:
    """A text's folded key, and the way back from any span of the key to the original."""

    key: str
    _map: _SpanMap = field(repr=False, compare=False)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span that key span ``[start, end)`` came from.

        A span that begins or ends inside a replaced stretch (a collapsed whitespace run,
        a composed letter) covers all of it. An empty span maps to an empty span.
        """
        if not 0 <= start <= end <= len(self.key):
            raise ValueError(f"span {start}:{end} is outside the key (length {len(self.key)})")
        if start == end:
            if start < len(self.key):
                at = self._map.start_of(start)
            else:
                at = self._map.end_of(start) if start else 0
            return at, at
        return self._map.start_of(start), self._map.end_of(end)

    def is_boundary(self, offset: int) -> bool:
        """Whether key ``offset`` lies between two original characters, so that a match
        starting or ending there splits no replaced stretch (a letter and its accent)."""
        return self._map.is_boundary(offset)


def fold(text: str) -> FoldedText:
    """Fold ``text`` into a key for matching, keeping the map back to ``text``.

    Rules, each justified where it is defined: invisible characters removed, NFC,
    quotation marks to one character with whitespace inside them dropped, dashes to "-",
    whitespace runs to one space. Case, digits and letters are never folded: a Cyrillic
    "а" or Greek "ο" stays distinct from the Latin letter it resembles, because a
    lookalike is a different text. Linear time: unchanged stretches are copied whole.
    """
    if _UNPLAIN.search(text) is None:
        # The usual quote and many a source: nothing to fold, one copied stretch.
        return FoldedText(text, _Segments.copied(len(text)))
    normal, inner = _normalize(text)
    surface = normal
    for pattern, replacement in _ONE_FOR_ONE:
        surface = pattern.sub(replacement, surface)
    builder = _MapBuilder(surface)
    position = 0
    for match in _SPACE_RUN.finditer(surface):
        builder.copy(position, match.start())
        _fold_space_run(builder, match.start(), match.group())
        position = match.end()
    builder.copy(position, len(surface))
    key, outer = builder.build()
    return FoldedText(key, outer if inner is None else _compose(outer, inner))


def _fold_space_run(builder: _MapBuilder, start: int, run: str) -> None:
    """Fold one `_SPACE_RUN` match, ``run``, found at ``start``."""
    if CANONICAL_QUOTE not in run:
        # A whitespace run is one space: a quote copied across a line break (CRLF too), or
        # typed with one plain space where the source has two, must still match.
        builder.replace(start, start + len(run), " ")
        return
    # Whitespace directly inside a quotation mark is dropped: seed 004 prints „ das weltweit
    # führende KI-Unternehmen“ with a space after „ that no curator types. Whether a mark
    # opens or closes depends on the quote style, so whitespace on both sides is dropped.
    for offset, char in enumerate(run, start):
        if char == CANONICAL_QUOTE:
            builder.copy(offset, offset + 1)


def _normalize(text: str) -> tuple[str, _SpanMap | None]:
    """Remove invisible characters and compose to NFC; the map is None if nothing changed.

    NFC: "für" typed with a composed ü must match a source that stores u + U+0308.
    """
    if _IGNORABLE.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text, None  # the usual case, decided at C speed
    builder = _MapBuilder(text)
    position = 0
    for match in _NON_ASCII_REGION.finditer(text):
        region = match.group()
        normal = unicodedata.normalize("NFC", _IGNORABLE.sub("", region))
        if normal == region:
            continue  # copied along with the stretch around it
        builder.copy(position, match.start())
        if _is_one_letter(region):  # "u" + U+0308, the common case, maps back whole
            builder.replace(match.start(), match.end(), normal)
        else:  # letter by letter, so that "é“" still ends a quote between é and “
            _normalize_by_letter(builder, text, match.start(), match.end())
        position = match.end()
    builder.copy(position, len(text))
    return builder.build()


def _is_one_letter(region: str) -> bool:
    """Whether ``region`` is one letter or digit followed only by marks and invisible
    characters (so that mapping it back whole loses nothing)."""
    return region[0].isalnum() and all(
        unicodedata.combining(char) or _IGNORABLE.match(char) for char in region[1:]
    )


def _normalize_by_letter(builder: _MapBuilder, text: str, start: int, end: int) -> None:
    """Normalize ``text[start:end]`` one letter (starter and its marks) at a time."""
    letter: list[int] = []  # offsets of the visible characters of the current letter
    for offset in range(start, end):
        char = text[offset]
        if _IGNORABLE.match(char):
            continue
        if letter and _extends(text, letter, char):
            letter.append(offset)
            continue
        _emit_letter(builder, text, letter)
        letter = [offset]
    _emit_letter(builder, text, letter)


def _extends(text: str, letter: list[int], char: str) -> bool:
    """Whether NFC may combine ``char`` with the letter before it."""
    if unicodedata.combining(char):
        return True
    before = "".join(text[offset] for offset in letter)
    nfc = unicodedata.normalize
    return nfc("NFC", before + char) != nfc("NFC", before) + char  # e.g. Hangul jamo


def _emit_letter(builder: _MapBuilder, text: str, letter: list[int]) -> None:
    if not letter:
        return
    if _SURFACE_CHAR.match(text[letter[0]]):
        # A space, quote or dash never composes with the marks after it, and the surface
        # rules must see it on its own: it maps back alone, the marks after it as a letter.
        builder.copy(letter[0], letter[0] + 1)
        letter = letter[1:]
        if not letter:
            return
    chars = "".join(text[offset] for offset in letter)
    normal = unicodedata.normalize("NFC", chars)
    if normal == chars:
        for offset in letter:  # invisible characters between them are left out
            builder.copy(offset, offset + 1)
    else:
        builder.replace(letter[0], letter[-1] + 1, normal)


# ---------------------------------------------------------------------------
# Sources
# ---------------------------------------------------------------------------


#: Up to this many characters, `SourceText.line_col` counts line breaks in place (at C
#: speed) instead of building a table of line starts: one quote per source is the usual
#: load, and a table for each of thousands of sources would cost more than it saves.
_COUNT_LINES_BELOW = 1 << 16


@dataclass(frozen=True)
class SourceText:
    """One source as read from disk: its display path, text (BOM removed) and folded key.

    The folded key and the table of line starts are built on first use, once per source:
    most quotes are found in the raw text itself (see `locate_quote`), so a run over ten
    thousand sources folds only those where typography stands in a quote's way.
    """

    path: str
    text: str

    @classmethod
    def from_text(cls, path: str, text: str) -> SourceText:
        """Build a source from already decoded text (a leading BOM is removed)."""
        return cls(path, text.removeprefix(_BOM))

    @cached_property
    def folded(self) -> FoldedText:
        """The folded key of the text and the map back to it."""
        return fold(self.text)

    @cached_property
    def _line_starts(self) -> tuple[int, ...]:
        return (0, *(match.end() for match in _LINE_BREAK.finditer(self.text)))

    @cached_property
    def _invisible(self) -> bool:
        """Whether the text holds a character fold removes (then raw and key differ in
        ways `_locate_plainly` does not follow)."""
        text = self.text
        if text.isascii():
            return False
        try:
            text.encode("latin-1")
        except UnicodeEncodeError:
            return _IGNORABLE.search(text) is not None
        return "\u00ad" in text  # the soft hyphen is the only one within Latin-1

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of text ``offset``.

        Lines end at LF, CRLF or a lone CR, as in editors; a CR is never counted as a
        column of the next line.
        """
        text = self.text
        if not 0 <= offset <= len(text):
            raise ValueError(f"offset {offset} is outside {self.path} ({len(text)} chars)")
        if len(text) < _COUNT_LINES_BELOW and "\r" not in text:
            return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        """The text of 1-based ``line``, without its line break."""
        if not 1 <= line <= len(self._line_starts):
            raise ValueError(f"{self.path} has no line {line}")
        start = self._line_starts[line - 1]
        end = self._line_starts[line] if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


def read_source(
    path: str | os.PathLike[str],
    display_path: str | None = None,
    *,
    max_bytes: int = MAX_SOURCE_BYTES,
) -> SourceText:
    """Read ``path`` as strict UTF-8; raise `CorpusError` naming everything wrong with it.

    ``display_path`` is how problems and locations name the file (relative to the project
    root); it defaults to ``path`` as given.
    """
    shown = display_path if display_path is not None else Path(path).as_posix()
    data = _read_bytes(path, shown, max_bytes)
    text, problems = _decode(data, shown)
    if text is None:
        raise CorpusError(problems)
    return SourceText.from_text(shown, text)


#: How much more `_read_bytes` asks for at a time once a file has outgrown its stat size.
_READ_CHUNK = 1 << 16
# O_NONBLOCK: if the file were swapped for a FIFO after the check, opening it must not
# hang; the kind is checked again on the open descriptor.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _read_bytes(path: str | os.PathLike[str], shown: str, max_bytes: int) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        fix = "check the file name, or add the file"
        raise _unusable(shown, "source file not found", fix) from None
    except OSError as error:
        raise _unusable(shown, f"cannot be read: {error.strerror}", "check the path") from None
    _refuse_kind(info.st_mode, shown)
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _unusable(
            shown, f"cannot be read: {error.strerror}", "check its permissions"
        ) from None
    try:
        info = os.fstat(descriptor)
        _refuse_kind(info.st_mode, shown)
        _refuse_size(info.st_size, shown, max_bytes)
        data = _read_at_most(descriptor, max_bytes + 1, info.st_size)
    finally:
        os.close(descriptor)
    _refuse_size(len(data), shown, max_bytes)  # it may have grown since fstat
    return data


def _read_at_most(descriptor: int, limit: int, expected: int) -> bytes:
    """Up to ``limit`` bytes from ``descriptor``, to its end.

    The first read asks for the size stat reported plus one: asking for ``limit`` (20 MB)
    at once would allocate that much for every 4 KB article.
    """
    chunks: list[bytes] = []
    total = 0
    want = min(limit, expected + 1)
    while total < limit:
        chunk = os.read(descriptor, want)
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        want = min(limit - total, _READ_CHUNK)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _unusable(shown: str, message: str, fix: str) -> CorpusError:
    return CorpusError([Problem(shown, None, message, fix)])


def _refuse_kind(mode: int, shown: str) -> None:
    if stat.S_ISDIR(mode):
        raise _unusable(shown, "is a directory, not a source file", "name the text file itself")
    if not stat.S_ISREG(mode):
        raise _unusable(
            shown,
            "is not a regular file (a FIFO, device or socket)",
            "save the source text as an ordinary file",
        )


def _refuse_size(size: int, shown: str, max_bytes: int) -> None:
    if size > max_bytes:
        raise _unusable(
            shown,
            f"source file is {size} bytes, above the limit of {max_bytes} bytes",
            "check that this is the article text and not a dump or archive; "
            "a genuine larger source needs a higher max_bytes",
        )


def _decode(data: bytes, shown: str) -> tuple[str | None, list[Problem]]:
    """The text of ``data``, or None and everything that keeps it from being a source."""
    if not data.removeprefix(_UTF8_BOM):
        return None, [Problem(shown, None, "source file is empty", "save the article text into it")]
    problems: list[Problem] = []
    text: str | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = error.start
        line, column = _byte_line_col(data, bad)
        problems.append(
            Problem(
                shown,
                line,
                f"not valid UTF-8: byte 0x{data[bad]:02X} at byte offset {bad} ({error.reason})",
                _FIX_UTF8,
                column=column,
            )
        )
    nul = data.find(b"\x00")
    if nul >= 0:
        line, column = _byte_line_col(data, nul)
        count = data.count(b"\x00")
        problems.append(
            Problem(
                shown,
                line,
                f"holds {count} NUL byte{'s' if count > 1 else ''}, the first at byte offset {nul}",
                "a text file has no NUL bytes: this is a binary file or UTF-16; "
                "re-save the text as UTF-8",
                column=column,
            )
        )
    return (None if problems else text), problems


def _byte_line_col(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and character column of byte ``offset`` (line breaks as in `line_col`)."""
    head = data[:offset].removeprefix(_UTF8_BOM).decode("utf-8", errors="replace")
    starts = [0, *(match.end() for match in _LINE_BREAK.finditer(head))]
    return len(starts), len(head) - starts[-1] + 1


# ---------------------------------------------------------------------------
# Locating quotes
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteLocation:
    """Where a quote stands in a source: original offsets, 1-based line:col, own words."""

    start: int
    end: int
    line: int
    column: int
    text: str


def locate_quote(source: SourceText, quote: str) -> list[QuoteLocation]:
    """Every place ``quote`` stands in ``source``, in order and not overlapping.

    Matching compares folded keys and accepts only whole words: a match may not begin or
    end inside a word or a number of the source, so "16.000 GPUs" is not found in
    "116.000 GPUs" nor "Meta" in "Metas".
    """
    needle = _needle(source, quote)
    plainly = _locate_plainly(source, needle)
    return plainly if plainly is not None else _locate_folded(source, needle)


def _locate_folded(source: SourceText, needle: str) -> list[QuoteLocation]:
    """`locate_quote` on the folded key of the whole source: the definition."""
    key = source.folded.key
    found: list[QuoteLocation] = []
    at = key.find(needle)
    while at >= 0:
        end = at + len(needle)
        if _stands_alone(source.folded, at, end):
            found.append(_location(source, *source.folded.to_original(at, end)))
            at = key.find(needle, end)
        else:
            at = key.find(needle, at + 1)
    return found


#: Past this many raw occurrences of a quote's anchor, folding the source is cheaper.
_MAX_PLAIN_HITS = 64


def _locate_plainly(source: SourceText, needle: str) -> list[QuoteLocation] | None:
    """`locate_quote` without folding the source, or None when the raw text around some
    occurrence is not plain enough to decide it that way.

    Every place the quote stands in the key holds the needle's anchor, a run of
    `_ANCHOR_RUN` characters, verbatim in the raw text (folding removes nothing between
    such characters unless the source holds invisible ones), so checking each raw
    occurrence of the anchor finds every place. Where the stretch around an occurrence is
    plain (`_PLAIN`) and nothing beside it reaches in, folding copies it as it is: the
    quote stands there exactly when the raw text equals the needle (`_plain_place`).
    Elsewhere the raw text often still shows that it cannot (`_differs_plainly`); if not,
    the source is folded after all. The needle is folded already, so it neither starts
    nor ends with a space.
    """
    if source._invisible:
        return None
    text = source.text
    runs = _ANCHOR_RUN.findall(needle)
    if not runs:
        return None
    anchor = max(runs, key=len)  # the longest run occurs in the fewest places
    shift = needle.index(anchor)  # any occurrence of the anchor in the needle will do
    size, length = len(text), len(needle)
    found: list[QuoteLocation] = []
    taken = 0  # where the last place found ends: places do not overlap
    hits = 0
    at = text.find(anchor)
    while at >= 0:
        hits += 1
        if hits > _MAX_PLAIN_HITS:
            return None
        start, end = at - shift, at - shift + length
        if _UNPLAIN.search(text, max(start, 0), min(end, size)) is not None:
            if _differs_plainly(text, needle, at, shift, len(anchor)):
                at = text.find(anchor, at + 1)
                continue  # typeset text nearby, but the quote plainly does not stand here
            return None
        if start >= 0 and end <= size:
            verdict = _plain_place(text, needle, start, end)
            if verdict is None:
                return None
            if verdict and start >= taken:
                found.append(_location(source, start, end))
                taken = end
        at = text.find(anchor, at + 1)
    return found


def _differs_plainly(text: str, needle: str, at: int, shift: int, size: int) -> bool:
    """Whether the needle plainly cannot stand in the key with its anchor
    (``needle[shift:shift + size]``) at raw offset ``at``; False when that cannot be told
    without folding.

    Outwards from the anchor the key is read off the raw text for as long as that is
    certain: a plain character folds to itself (unless a combining mark joins it), a dash
    to "-", a run of whitespace to one space, or to nothing beside a quotation mark, which
    folds to '"'. The first key character that differs from the needle settles it, and so
    does an end of the text before the needle is used up.
    """
    last = len(text) - 1
    i, j = at + size, shift + size  # rightwards; text[i - 1] is in the key as it stands
    while j < len(needle):
        if i > last:
            return True  # the key ends before the needle does
        char, wanted = text[i], needle[j]
        if char.isspace():
            run_end = i + 1
            while run_end <= last and text[run_end].isspace():
                run_end += 1
            quoted = run_end <= last and text[run_end] in _QUOTE_CHARS
            shown = CANONICAL_QUOTE if quoted else " "
            if wanted != shown:
                return True
            if quoted:
                break  # past a quotation mark, spaces vanish: not followed here
            i, j = run_end, j + 1
            continue
        if char in _QUOTE_CHARS or char in _DASH_CHARS:
            if wanted != (CANONICAL_QUOTE if char in _QUOTE_CHARS else "-"):
                return True
            if char in _QUOTE_CHARS:
                break
        elif _UNPLAIN.match(char) is not None:
            break  # what folding makes of it cannot be told from here
        elif char != wanted:
            # Unless a combining mark joins it, the key holds this very character.
            following = text[i + 1] if i < last else " "
            if _UNPLAIN.match(following) is None or _folds_to_mark(following):
                return True
            break
        i, j = i + 1, j + 1
    i, j = at - 1, shift - 1  # leftwards; text[i + 1] is in the key as it stands
    while j >= 0:
        if i < 0:
            return True  # the key starts after the needle would
        char, wanted = text[i], needle[j]
        if char.isspace():
            run_start = i
            while run_start > 0 and text[run_start - 1].isspace():
                run_start -= 1
            quoted = run_start > 0 and text[run_start - 1] in _QUOTE_CHARS
            if wanted != (CANONICAL_QUOTE if quoted else " "):
                return True
            if quoted:
                return False
            i, j = run_start - 1, j - 1
            continue
        if char in _QUOTE_CHARS or char in _DASH_CHARS:
            if wanted != (CANONICAL_QUOTE if char in _QUOTE_CHARS else "-"):
                return True
            if char in _QUOTE_CHARS:
                return False
        elif _UNPLAIN.match(char) is not None:
            return False
        elif char != wanted:
            return True
        i, j = i - 1, j - 1
    return False


def _plain_place(text: str, needle: str, start: int, end: int) -> bool | None:
    """Whether ``needle`` stands alone at the plain stretch ``text[start:end]``; None when
    the characters around it keep the raw text from telling.

    Beyond the stretch, the folded key shows whitespace as a space (or drops it next to a
    quotation mark), a quotation mark as '"', a dash as "-", and a plain character as
    itself unless a combining mark follows it; only those cases are decided here.
    """
    if text[start] == " " and start and _folds_to_mark(text[start - 1]):
        return None  # the space may belong to a run that began before it
    if text[end - 1] == " " and end < len(text) and _folds_to_mark(text[end]):
        return None
    after = _beyond(text, end, 1)
    before = _beyond(text, start - 1, -1)
    if after is None or before is None:
        return None
    if text[start:end] != needle:
        return False
    return not (_cuts(needle[0], before) or _cuts(needle[-1], after))


def _beyond(text: str, at: int, step: int) -> str | None:
    """The two characters of the folded key next to a plain stretch, nearest first, from
    ``text[at]`` on in direction ``step``: exact where `_cuts` can tell them apart; None
    where the raw text cannot say."""
    shown = ""
    for offset in (at, at + step):
        if not 0 <= offset < len(text):
            break
        char = text[offset]
        if _folds_to_mark(char):
            # A space, '"' or "-" in the key (whitespace next to a quotation mark is dropped,
            # leaving the mark): none continues a word or a number, whatever follows.
            return shown + " "
        if _UNPLAIN.match(char) is not None:
            return None
        following = offset + 1
        if (
            following < len(text)
            and _UNPLAIN.match(text, following) is not None
            and not _folds_to_mark(text[following])
        ):
            return None  # a combining mark may join the character: not as raw
        shown += char
    return shown


def _folds_to_mark(char: str) -> bool:
    """Whether fold turns ``char`` into a space, '"' or "-", or drops it as whitespace."""
    return char.isspace() or char in _QUOTE_CHARS or char in _DASH_CHARS


def _needle(source: SourceText, quote: str) -> str:
    # A plain quote is its own key (see `fold`); building its offset map would be waste.
    needle = (quote if _UNPLAIN.search(quote) is None else fold(quote).key).strip(" ")
    if not needle:
        raise CorpusError(
            [
                Problem(
                    source.path,
                    None,
                    f"cannot look up an empty quote ({quote!r})",
                    "copy the passage from the source into the quote",
                )
            ]
        )
    return needle


def _location(source: SourceText, start: int, end: int) -> QuoteLocation:
    line, column = source.line_col(start)
    return QuoteLocation(start, end, line, column, source.text[start:end])


def _stands_alone(folded: FoldedText, start: int, end: int) -> bool:
    """Whether key span ``[start, end)`` cuts no word, number or letter of the source."""
    if not (folded.is_boundary(start) and folded.is_boundary(end)):
        return False
    key = folded.key
    before = key[max(start - 2, 0) : start][::-1]  # nearest first
    return not (_cuts(key[start], before) or _cuts(key[end - 1], key[end : end + 2]))


def _cuts(edge: str, beyond: str) -> bool:
    """Whether a match whose edge character is ``edge`` continues into ``beyond``, the
    source's next characters past that edge (nearest first)."""
    if not beyond:
        return False
    if unicodedata.combining(edge) or unicodedata.combining(beyond[0]):
        return True  # an accent belongs to the letter before it
    if edge.isalnum() and beyond[0].isalnum():
        return True
    # "160.000" inside "1.160.000": a digit group separator with a digit past it.
    return edge.isdigit() and beyond[0] in ".," and beyond[1:2].isdigit()


# ---------------------------------------------------------------------------
# Nearest passage
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """The passage of a source most similar to an absent quote, in the source's words."""

    score: int  # similarity 0–100 (rounded): 100 would be a verbatim match
    start: int
    end: int
    line: int
    column: int
    text: str


def nearest_passage(
    source: SourceText, quote: str, *, min_score: int = MIN_PASSAGE_SCORE
) -> Passage | None:
    """The passage of ``source`` most like ``quote``, or None when nothing scores
    ``min_score`` or more. Compared on folded keys, so only real differences count."""
    needle = _needle(source, quote)
    key = source.folded.key
    if not key.strip(" "):
        return None
    # rapidfuzz finds the best window of the quote's length at C speed; the edges are then
    # moved to nearby word edges, because a changed word rarely keeps the quote's length.
    window = fuzz.partial_ratio_alignment(needle, key)
    best: tuple[Fraction, int, int] | None = None
    # Ties go to the longer passage: starts ascending, ends descending.
    for start in _word_edges(key, window.dest_start, starts=True):
        for end in reversed(_word_edges(key, window.dest_end, starts=False)):
            if start < end:
                similarity = _similarity(needle, key[start:end])
                if best is None or similarity > best[0]:
                    best = (similarity, start, end)
    if best is None or round(100 * best[0]) < min_score:
        return None
    similarity, start, end = best
    where = _location(source, *source.folded.to_original(start, end))
    return Passage(
        round(100 * similarity), where.start, where.end, where.line, where.column, where.text
    )


def _similarity(one: str, other: str) -> Fraction:
    """Exact normalized Levenshtein similarity in 0..1. Unlike Indel (fuzz.ratio), a
    substitution costs one edit, so a passage keeps the source's word in place of a
    changed one instead of dropping it: "zu den Einnahmen" for "zu den Ausgaben"."""
    longest = max(len(one), len(other))
    return Fraction(longest - Levenshtein.distance(one, other), longest)


def _word_edges(key: str, near: int, *, starts: bool) -> list[int]:
    """Offsets within `_PASSAGE_SLACK` of ``near`` where a passage may start (or end):
    not inside a word, a hyphenated compound or a number, and not at a space."""
    low, high = max(near - _PASSAGE_SLACK, 0), min(near + _PASSAGE_SLACK, len(key))
    return [at for at in range(low, high + 1) if _is_edge(key, at, starts=starts)]


def _is_edge(key: str, at: int, *, starts: bool) -> bool:
    inside = at if starts else at - 1
    if not 0 <= inside < len(key) or key[inside] == " ":
        return False
    if at in (0, len(key)):
        return True
    before, after = key[at - 1], key[at]
    if _in_word(before) and _in_word(after):
        return False  # "KI-|Unternehmen", "Llama|"
    # "16.|000", "16|.000": a digit group or decimal separator between digits.
    if before in ".," and after.isdigit() and key[at - 2 : at - 1].isdigit():
        return False
    return not (after in ".," and before.isdigit() and key[at + 1 : at + 2].isdigit())


def _in_word(char: str) -> bool:
    return char.isalnum() or char == "-"


# ---------------------------------------------------------------------------
# The corpus
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Corpus(Mapping[str, SourceText]):
    """The registered sources of a project, by file name relative to seeds/."""

    sources: Mapping[str, SourceText]

    @classmethod
    def load(
        cls, seeds_dir: Path, files: Iterable[str], *, max_bytes: int = MAX_SOURCE_BYTES
    ) -> Corpus:
        """Read each of ``files`` once from ``seeds_dir``; raise one `CorpusError` listing
        every problem (unreadable files and entries pointing outside seeds_dir)."""
        seeds_dir = Path(seeds_dir)
        label = seeds_dir.name or "seeds"
        if not seeds_dir.is_dir():
            raise CorpusError(
                [Problem(label, None, "the sources folder does not exist", "create it")]
            )
        root = seeds_dir.resolve()
        # The folder with its separator: joined by concatenation, as os.path.join would for
        # the relative names that pass `_refuse_entry`, at a tenth of its cost per file.
        folder = os.path.join(seeds_dir, "")
        sources: dict[str, SourceText] = {}
        problems: list[Problem] = []
        for name in dict.fromkeys(files):  # each file once, in the order given
            refusal = _refuse_entry(root, seeds_dir, label, name, folder)
            if refusal is not None:
                problems.append(refusal)
                continue
            try:
                sources[name] = read_source(folder + name, f"{label}/{name}", max_bytes=max_bytes)
            except CorpusError as error:
                problems.extend(error.problems)
        if problems:
            raise CorpusError(problems)
        return cls(sources)

    def __getitem__(self, name: str) -> SourceText:
        return self.sources[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.sources)

    def __len__(self) -> int:
        return len(self.sources)


def _refuse_entry(
    root: Path, seeds_dir: Path, label: str, name: str, folder: str | None = None
) -> Problem | None:
    """Why ``name`` may not be read from the sources folder, or None when it may.

    ``folder`` is ``seeds_dir`` as text ending in a separator, when the caller has it.
    """
    fix = f"name a file inside {label}/ by its relative path, and keep the text itself there"
    if not name or not name.strip() or "\x00" in name:
        return Problem(label, None, f"source entry {name!r} is not a file name", fix)
    # Without a separator or a drive colon, a name is neither absolute nor more than one
    # part; the path parsers below cost more than reading the file, ten thousand times over.
    parted = "/" in name or "\\" in name or ":" in name
    if parted and (PurePosixPath(name).is_absolute() or PureWindowsPath(name).anchor):
        return Problem(label, None, f"source entry {name!r} is an absolute path", fix)
    climbs = ".." in PurePosixPath(name.replace("\\", "/")).parts if parted else name == ".."
    if climbs:
        return Problem(label, None, f"source entry {name!r} uses '..' to leave {label}/", fix)
    if _is_plain_entry(folder if folder is not None else os.path.join(seeds_dir, ""), name):
        return None
    try:
        target = (seeds_dir / name).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return Problem(label, None, f"source entry {name!r} cannot be resolved", fix)
    if not target.is_relative_to(root):
        return Problem(
            label,
            None,
            f"source entry {name!r} is a symlink that leads outside {label}/",
            "copy the text into the sources folder instead of linking to it",
        )
    return None


def _is_plain_entry(folder: str, name: str) -> bool:
    """Whether ``name`` is one path component and no symbolic link, so that it resolves to
    the resolved folder plus ``name``, inside the folder: the answer `resolve` would give,
    for one lstat instead of one per component of the whole path. ``folder`` ends in a
    separator."""
    if "/" in name or "\\" in name or name in (".", ".."):
        return False
    try:
        mode = os.lstat(folder + name).st_mode
    except OSError as error:
        # Absent or unreadable: resolve() keeps the name as it is, inside the folder. A
        # loop is resolve()'s to report.
        return error.errno != errno.ELOOP
    return not stat.S_ISLNK(mode)
