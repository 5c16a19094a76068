"""The raw sources: strict reading, and quotes looked up in them (located, or the nearest passage).

Matching runs on a *folded key* of each text, defined in `factspec.read.folding`, in which
typographic variants that do not change what a source says look the same. `locate_quote`
asks the raw text first (`factspec.read.folding_fastpath`, which must find exactly what the
folded key finds) and folds a source only where that cannot decide. Everything shown to a
user — a located quote, a nearest passage, a line:col — comes from the original text
through an offset map, so a curator always sees the source's own words.

Offsets are code-point offsets into `SourceText.text`: the decoded file with a leading
UTF-8 byte-order mark removed (an editor does not show the mark either, so line 1
column 1 is the first visible character). Byte offsets appear only in reading errors,
where the text could not be decoded and bytes are all there is.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import cached_property
from pathlib import Path, PurePosixPath, PureWindowsPath

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factspec.read.folding import _UNPLAIN, FoldedText, _stands_alone, fold
from factspec.read.folding_fastpath import holds_invisible, locate_plainly
from factspec.read.problems import FactspecError, Problem
from factspec.read.progress import track

#: Largest source accepted by default. The corpus is news articles of a few KB; a file
#: this large is almost certainly the wrong file (a dump, an archive), not an article.
MAX_SOURCE_BYTES = 20 * 1024 * 1024

#: Below this similarity (0–100) `nearest_passage` reports nothing: such a "passage"
#: shares little more than common words with the quote and would mislead the curator.
MIN_PASSAGE_SCORE = 50

#: How far (in characters) `nearest_passage` may move the edges of rapidfuzz's window.
_PASSAGE_SLACK = 12

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


_LINE_BREAK = re.compile(r"\r\n?|\n")


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
    def digest(self) -> str:
        """The sha256 of the text (UTF-8): what a cached reading of it is keyed by."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

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
        ways `_locate_plainly` does not follow); kept, as it may read the whole text."""
        return holds_invisible(self.text)

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


@dataclass(frozen=True, slots=True)
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


def _locate_plainly(source: SourceText, needle: str) -> list[QuoteLocation] | None:
    """`locate_quote` without folding the source (`folding_fastpath.locate_plainly`), or
    None when the raw text cannot decide it. ``needle`` is folded already."""
    if source._invisible:
        return None
    spans = locate_plainly(source.text, needle)
    if spans is None:
        return None
    return [_location(source, start, end) for start, end in spans]


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
        names = dict.fromkeys(files)  # each file once, in the order given
        for name in track(names, "reading sources"):
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
