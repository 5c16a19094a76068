"""The libyaml fast path of `load_yaml`: when libyaml's reading of a file may be trusted.

The definition is PyYAML's own pure-Python parser: the data, lines and problems it reads
from a file, worded and placed as it states them, are what `factspec.read.yamlsafe`
documents. libyaml's C parser produces the same events many times faster (a 5 MB facts
file in about half a second instead of several), except where the two are known to part,
found by running both on the same generated and mutated files:

- a tab outside quoted or block text: PyYAML refuses it, libyaml reads it as a space;
- a byte-order mark after the first character: PyYAML reads it as text, libyaml skips it
  at the start of any line;
- a block scalar header PyYAML refuses ("|#c", a tab in it) or cannot be checked here
  (one after an anchor or a tag);
- a file libyaml refuses: PyYAML must word and place the error;
- a file cut short by a limit: PyYAML checks every character before its first event, so
  a character it refuses must win over the limit;
- an empty value at the end of a file without a final line break: libyaml places it a
  line below the file, PyYAML on the last line.

This module holds everything that exists only to tell those cases apart. A file it cannot
vouch for is read again by PyYAML, so it must stay equal to PyYAML's reading:
tests/test_yaml_fastpath.py composes files both ways and compares the outcomes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from yaml.events import ScalarEvent
from yaml.reader import Reader

from factspec.read.problems import Problem

try:  # libyaml's parser, where PyYAML was built with it: the same events, many times faster
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was installed
    CParser = None

_NON_PRINTABLE = Reader.NON_PRINTABLE  # the characters PyYAML's reader refuses

# Where libyaml and PyYAML's own scanner disagree on text both can read (found by running
# both on the same generated and mutated files): PyYAML refuses a tab anywhere but inside
# quoted or block text, and reads a byte-order mark after the first character as text where
# libyaml skips it at the start of a line. A file holding either outside quoted or block text
# is therefore read by the pure-Python parser.
_SUSPECT = re.compile("[\t\ufeff]")
# A block scalar header as PyYAML accepts it: indicator, chomping and indentation in either
# order, then spaces and a comment, or nothing (libyaml also takes "|#c" and tabs here).
_BLOCK_HEADER = re.compile(r"[|>](?:[-+][1-9]?|[1-9][-+]?)?(?: +(?:#.*)?)?", re.DOTALL)
_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
_LINE_BREAKS = re.compile("\r\n|[\n\r\x85\u2028\u2029]")  # "\r\n" is one break, as in PyYAML


class LibyamlWatch:
    """Where libyaml's reading of one file may part from PyYAML's, noted as events arrive.

    The composer hands it every quoted or block scalar while libyaml reads (`watch`), and
    asks it afterwards whether the reading stands (`agrees`, `agrees_when_cut_short`).
    """

    __slots__ = ("diverged", "offset", "spans", "suspects", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        # libyaml counts offsets after a leading byte-order mark; that one is read alike.
        self.offset = 1 if text.startswith("\ufeff") else 0
        self.suspects = _suspects(text, self.offset)
        # Quoted and block text, by offset: only collected when a suspect must be covered.
        self.spans: list[tuple[int, int]] | None = [] if self.suspects else None
        self.diverged = False

    def watch(self, event: ScalarEvent) -> None:
        """Note where quoted or block text lies, and refuse the block headers PyYAML refuses."""
        start = event.start_mark.index + self.offset
        end = event.end_mark.index + self.offset
        has_properties = event.anchor is not None or event.tag is not None
        if event.style in ("|", ">"):
            if has_properties:  # the header starts after them; leave it to PyYAML
                self.diverged = True
                return
            found = _LINE_BREAK.search(self.text, start)
            header_end = found.start() if found else len(self.text)
            if not _BLOCK_HEADER.fullmatch(self.text, start, header_end):
                self.diverged = True
                return
            start = header_end
        if self.spans is not None:
            if has_properties:  # a tab between a tag and its text: PyYAML refuses it
                self.diverged = True
            self.spans.append((start, end))

    def agrees(self) -> bool:
        """Whether PyYAML reads the file libyaml read to its end the same way."""
        if self.diverged:
            return False
        return not self.suspects or _covered(self.suspects, self.spans or [])

    def agrees_when_cut_short(self) -> bool:
        """Whether PyYAML also stops where libyaml's reading was cut short by a limit.

        The rest of the file was not read, so neither were its characters: PyYAML checks
        them all before its first event, so a refused one must win.
        """
        return not (self.diverged or self.suspects or _NON_PRINTABLE.search(self.text))

    def last_line(self) -> int | None:
        """The file's last line when it lacks a final line break, else None.

        libyaml ends an unfinished last line before the end of the stream, so what is placed
        there (an empty value) lands a line below the file; PyYAML says the last line.
        """
        text = self.text
        if text and text[-1] not in "\n\r\x85\u2028\u2029":
            return len(_LINE_BREAKS.findall(text)) + 1
        return None


def clamp_lines(
    last_line: int, line_maps: Iterable[dict[Any, int]], problems: list[Problem]
) -> list[Problem]:
    """Move every line below ``last_line`` up to it, in place in ``line_maps``; the problems
    so moved are returned as a new list (a `Problem` is frozen)."""
    for lines in line_maps:
        for path, line in lines.items():
            if line > last_line:
                lines[path] = last_line
    return [
        replace(p, line=last_line) if p.line is not None and p.line > last_line else p
        for p in problems
    ]


def _suspects(text: str, start: int) -> list[int]:
    """Where ``text`` holds a character of `_SUSPECT` from ``start`` on (usually nowhere)."""
    if "\t" not in text and text.find("\ufeff", start) == -1:
        return []
    return [found.start() for found in _SUSPECT.finditer(text, start)]


def _covered(positions: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether every position lies in one of ``spans`` (in order, not overlapping)."""
    index = 0
    for position in positions:
        while index < len(spans) and spans[index][1] <= position:
            index += 1
        if index == len(spans) or position < spans[index][0]:
            return False
    return True
