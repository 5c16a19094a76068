"""The folding rules: the key on which quotes are matched to sources, and the way back.

This module is the definition of a match. A quote stands in a source where the quote's
folded key occurs in the source's folded key without cutting a word, a number or a letter
of the source (`_stands_alone`). In the key, typographic variants that do not change what
a source says (quote styles, dash styles, runs of whitespace, invisible characters,
composed vs decomposed letters) look the same; the offset map of a `FoldedText` leads from
any span of the key back to the original, so a curator always sees the source's own words.

`factspec.read.folding_fastpath` finds the same matches in the raw text without folding it,
and must stay equal to this definition (tests/test_folding_fastpath.py).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass, field

#: The one character every quotation mark folds to.
CANONICAL_QUOTE = '"'

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

# Plain characters: ASCII and Latin-1 letters, digits and punctuation, and the space. No rule
# above changes one, NFC never joins one to a neighbour (none is a combining mark or the
# second half of a composition), and only a space can start a run. Left out: quotation marks
# (" ' « »), the soft hyphen, NBSP and every other whitespace, all of which fold changes.
_PLAIN = r" !#-&(-~\xa1-\xaa\xac\xae-\xba\xbc-\xff"
# Something fold may change: a character that is not plain, or a run of two spaces. A text
# without one folds to itself, so the scan of a whole source stays at C speed.
_UNPLAIN = re.compile(f"[^{_PLAIN}]|  ")


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
# Whole-word matches
# ---------------------------------------------------------------------------


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
