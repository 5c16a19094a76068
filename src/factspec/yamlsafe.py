"""Safe YAML for curator-written files: plain data, a line for every value, no surprises.

`load_yaml` builds Python data from PyYAML's *event* stream with a small iterative
composer instead of `yaml.safe_load`, because the safe loader alone would

- expand aliases (a few lines of "billion laughs" become an exponential structure),
- silently keep the last of two duplicate keys (a curator's first value vanishes),
- honour explicit tags (`!!binary`, `!!str 002`), which hide how a value will be read,
- forget where each value was written, so later errors could not name a line.

Everything refused is reported as a `Problem` with its line, all at once where the
stream allows it; only a syntax error ends the scan, because nothing after it can be
trusted. Scalars are resolved exactly as `yaml.safe_load` would (YAML 1.1: `no` is
false, `010` is 8, `2024-08-01` a date), so the model above can tell the curator to
quote what YAML read as the wrong type.
"""

from __future__ import annotations

import datetime
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
)
from yaml.nodes import ScalarNode
from yaml.reader import Reader
from yaml.resolver import Resolver

from factspec.problems import FactspecError, Problem

try:  # libyaml's parser, where PyYAML was built with it: the same events, ten times faster
    from yaml._yaml import CParser as _CParser
except ImportError:  # pragma: no cover - depends on how PyYAML was installed
    _CParser = None

MAX_BYTES = 32 * 1024 * 1024
"""Refuse larger files before reading them. A newsroom's facts.yaml for 10k sources and 10k
quotes is about 5 MB; 32 MB leaves room to grow and still parses in seconds, while a file
meant to exhaust the machine is refused before a byte of it is read."""

MAX_DEPTH = 64
"""Deepest nesting accepted; facts.yaml needs five levels, the rest is a mistake or an attack."""

MAX_PROBLEMS = 100
"""Most problems listed one by one; beyond that the file is not a facts file gone wrong."""

YamlPath = tuple[Hashable, ...]
"""Where a value sits: mapping keys and sequence indexes from the top, e.g. ("facts", 3, "id")."""

_MERGE_TAG = "tag:yaml.org,2002:merge"
_FIX_ALIAS = "write the value out in full; anchors and aliases are not allowed in this file"
_FIX_TAG = "remove the tag; write plain values and quote text that must stay text"


class YamlError(FactspecError):
    """A YAML file that cannot be used: every problem found, sorted by line."""


@dataclass(frozen=True)
class LoadedYaml:
    """Plain data from a YAML mapping, and where each key and value was written.

    Paths are tuples of mapping keys and sequence indexes. Lines are 1-based.
    """

    data: dict[Any, Any]
    display_path: str
    value_lines: Mapping[YamlPath, int]
    key_lines: Mapping[YamlPath, int]
    plain_scalars: Mapping[YamlPath, str] = field(default_factory=dict)

    def line(self, path: YamlPath) -> int | None:
        """The line that shows the entry at ``path``: its key's line for a mapping entry,
        the item's line for a sequence item. For a path that is not in the file (a missing
        field), the line of the nearest enclosing entry that is."""
        path = tuple(path)
        while True:
            if path in self.key_lines:
                return self.key_lines[path]
            if path in self.value_lines:
                return self.value_lines[path]
            if not path:
                return None
            path = path[:-1]

    def value_line(self, path: YamlPath) -> int | None:
        """The line where the value at ``path`` starts (a block list starts below its key)."""
        path = tuple(path)
        return self.value_lines.get(path, self.line(path))

    def written(self, path: YamlPath) -> str | None:
        """The text of an unquoted scalar as written, e.g. ``002`` where YAML read the int 2."""
        return self.plain_scalars.get(tuple(path))


def load_yaml(
    path_or_text: Path | str | bytes,
    display_path: str,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> LoadedYaml:
    """Load a YAML mapping safely, keeping a line for every key, value and item.

    ``path_or_text`` is a `Path` to read, or the file's content as ``str`` or ``bytes``.
    ``display_path`` names the file in problems. Raises `YamlError` listing every problem.
    """
    text = _read_text(path_or_text, display_path, max_bytes)
    composer = _Composer(text, display_path, max_depth, fast=_CParser is not None)
    loaded = composer.compose()
    if composer.fast_failed:
        # libyaml words its errors differently and places some of them elsewhere: a file it
        # refuses is read again by PyYAML's own parser, so every message stays as documented.
        composer = _Composer(text, display_path, max_depth, fast=False)
        loaded = composer.compose()
    if composer.problems:
        raise YamlError(capped(sort_problems(composer.problems), display_path))
    assert loaded is not None
    return loaded


def capped(problems: list[Problem], display_path: str) -> list[Problem]:
    """The first `MAX_PROBLEMS` problems and a line counting the rest.

    A file of 5,000 aliases is one mistake made 5,000 times; a page of identical lines hides
    it instead of naming it.
    """
    if len(problems) <= MAX_PROBLEMS:
        return problems
    rest = len(problems) - MAX_PROBLEMS
    summary = Problem(
        display_path,
        None,
        f"{rest:,} more problem(s) like those above are not shown",
        "fix those above and run again",
    )
    return [*problems[:MAX_PROBLEMS], summary]


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """Problems in reading order: by line, then column; those without a line first.

    The sort is stable, so problems on one line keep the order they were found in.
    """
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


# ---------------------------------------------------------------------------
# Reading bytes: size, encoding
# ---------------------------------------------------------------------------


def _read_text(source: Path | str | bytes, display_path: str, max_bytes: int) -> str:
    if isinstance(source, str):
        data = source.encode("utf-8", errors="surrogatepass")
    elif isinstance(source, bytes):
        data = source
    else:
        data = _read_bytes(Path(source), display_path, max_bytes)
    if len(data) > max_bytes:
        raise YamlError([_too_large(display_path, len(data), max_bytes)])
    return _decode(data, display_path)


def _read_bytes(path: Path, display_path: str, max_bytes: int) -> bytes:
    # The size is checked before reading so an enormous file costs nothing; the bounded
    # read still catches a file that grew in between.
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise YamlError([_too_large(display_path, size, max_bytes)])
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)
    except OSError as error:
        reason = error.strerror or str(error)
        raise YamlError(
            [Problem(display_path, None, f"cannot read the file: {reason}", "check the path")]
        ) from None


def _too_large(display_path: str, size: int, max_bytes: int) -> Problem:
    return Problem(
        display_path,
        None,
        f"the file is {size} bytes, more than the limit of {max_bytes} bytes",
        "split it or remove what does not belong in it",
    )


def _decode(data: bytes, display_path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        bad = data[error.start : error.end].hex(" ")
        raise YamlError(
            [
                Problem(
                    display_path,
                    line,
                    f"invalid UTF-8 at byte offset {error.start} (byte {bad})",
                    "save the file as UTF-8",
                )
            ]
        ) from None


# ---------------------------------------------------------------------------
# Composing data from events
# ---------------------------------------------------------------------------

_UNKNOWN = object()  # not in the composer's cache of plain words
_DROPPED = object()  # the key of an entry that is refused; its value is parsed and dropped


class _Abort(Exception):
    """Stop reading: what follows cannot be read safely."""


@dataclass
class _Frame:
    """An open mapping or sequence while its events arrive."""

    container: dict[Any, Any] | list[Any]
    path: YamlPath
    key: Any = None
    has_key: bool = False
    first_lines: dict[Any, int] = field(default_factory=dict)


class _Composer:
    """Turns the event stream into plain data iteratively (deep input cannot overflow)."""

    def __init__(self, text: str, display_path: str, max_depth: int, *, fast: bool) -> None:
        self.text = text
        # Characters PyYAML's reader refuses go to its parser, which names them; libyaml
        # would accept some of them.
        self.fast = fast and not Reader.NON_PRINTABLE.search(text)
        self.fast_failed = False
        self._constructed: dict[str, Any] = {}
        self.display_path = display_path
        self.max_depth = max_depth
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.root: Any = _DROPPED
        self.documents = 0
        self.value_lines: dict[YamlPath, int] = {}
        self.key_lines: dict[YamlPath, int] = {}
        self.plain: dict[YamlPath, str] = {}
        self.resolver = Resolver()
        self.constructor = SafeConstructor()

    # -- driving ----------------------------------------------------------

    def compose(self) -> LoadedYaml | None:
        events = self._events()
        try:
            for event in events:
                self._handle(event, events)
        except _Abort:
            events.close()
        if self.problems:
            return None
        if self.root is _DROPPED or (self.root is None and self.plain.get(()) == ""):
            # No document, or one holding nothing ("---" alone): nothing a curator wrote.
            self._problem(None, "the file is empty", "write the top-level keys (version: 1, …)")
            return None
        if not isinstance(self.root, dict):
            self._problem(
                self.value_lines.get(()),
                f"the top level must be a mapping of keys, not {describe(self.root)}",
                "start the file with top-level keys such as 'version: 1'",
            )
            return None
        return LoadedYaml(
            self.root, self.display_path, self.value_lines, self.key_lines, self.plain
        )

    def _events(self) -> Iterator[Event]:
        return self._c_events() if self.fast else self._python_events()

    def _c_events(self) -> Iterator[Event]:
        """libyaml's events; on any error, give up so the file is read again by PyYAML."""
        assert _CParser is not None
        parser = _CParser(self.text)
        try:
            while parser.check_event():
                event = parser.get_event()
                if isinstance(event, ScalarEvent) and not event.style:
                    event.style = None  # libyaml writes "" for plain style, PyYAML None
                yield event
        except yaml.YAMLError:
            self.fast_failed = True
            raise _Abort from None
        finally:
            parser.dispose()

    def _python_events(self) -> Iterator[Event]:
        # Pure-Python SafeLoader, not the C one: identical messages and marks everywhere,
        # and a facts file is small enough that speed does not matter.
        try:
            loader = yaml.SafeLoader(self.text)
        except yaml.reader.ReaderError as error:
            self._reader_problem(error)
            return
        try:
            while loader.check_event():
                yield loader.get_event()
        except yaml.MarkedYAMLError as error:
            self._syntax_problem(error)
        except yaml.reader.ReaderError as error:
            self._reader_problem(error)
        finally:
            loader.dispose()

    def _handle(self, event: Event, events: Iterator[Event]) -> None:
        # Scalars are nine events in ten: the exact-type test first keeps a 5 MB file fast.
        if type(event) is ScalarEvent:
            if event.anchor is not None or event.tag is not None:
                self._refuse_anchor_and_tag(event)
            self._attach(self._scalar(event), event, plain=_plain_text(event))
        elif isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents == 2:
                self._problem(
                    _line(event),
                    "the file holds more than one YAML document ('---')",
                    "keep everything in one document",
                )
        elif isinstance(event, AliasEvent):
            self._problem(_line(event), f"alias '*{event.anchor}' is not allowed", _FIX_ALIAS)
            self._attach(None, event, plain=None)
        elif isinstance(event, ScalarEvent):
            self._refuse_anchor_and_tag(event)
            self._attach(self._scalar(event), event, plain=_plain_text(event))
        elif isinstance(event, CollectionStartEvent):
            self._refuse_anchor_and_tag(event)
            self._open(event, events)
        elif isinstance(event, MappingEndEvent | SequenceEndEvent):
            frame = self.stack.pop()
            self._attach(frame.container, None, plain=None, opened=True)

    # -- values -----------------------------------------------------------

    def _open(self, event: CollectionStartEvent, events: Iterator[Event]) -> None:
        if self._expecting_key():
            self._problem(
                _line(event),
                "a mapping key must be a single word or text, not a list or mapping",
                "write the key as plain text",
            )
            self._skip_collection(events)
            self._attach(_DROPPED, event, plain=None)
            return
        path = self._child_path()
        if len(self.stack) >= self.max_depth:
            self._too_deep(event)
        if path is not None:
            self.value_lines[path] = _line(event)
        container: dict[Any, Any] | list[Any] = {} if isinstance(event, MappingStartEvent) else []
        self.stack.append(_Frame(container, path if path is not None else ("<dropped>",)))

    def _scalar(self, event: ScalarEvent) -> Any:
        # Resolve as if untagged (tags are refused separately): plain text by YAML 1.1's
        # implicit rules, quoted and block text always as str, as yaml.safe_load does.
        if event.style is not None:
            return event.value  # quoted and block text is always a str
        # Plain text resolves by its words alone, so each distinct word is read once
        # ("de", "2024-01", "about" repeat thousands of times in a large facts file).
        known = self._constructed.get(event.value, _UNKNOWN)
        if known is not _UNKNOWN:
            return known
        return self._construct_plain(event)

    def _construct_plain(self, event: ScalarEvent) -> Any:
        tag = self.resolver.resolve(ScalarNode, event.value, (True, False))
        if tag == _MERGE_TAG and self._expecting_key():
            self._problem(
                _line(event),
                "merge keys ('<<') are not allowed",
                "write the entries out in full",
            )
            return _DROPPED
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, TypeError) as error:
            self._problem(
                _line(event),
                f"YAML cannot read {event.value!r} ({_plain_words(error)})",
                f'quote it: "{event.value}"',
            )
            return None
        if tag != _MERGE_TAG and isinstance(value, str | int | float | bool | None):
            self._constructed[event.value] = value  # immutable, so safe to hand out again
        return value

    def _attach(
        self, value: Any, event: Event | None, *, plain: str | None, opened: bool = False
    ) -> None:
        """Place a finished value: as the root, a sequence item, a key, or a key's value."""
        line = _line(event) if event is not None else None
        if not self.stack:
            if self.root is _DROPPED and self.documents <= 1:
                self.root = value
                if line is not None:
                    self.value_lines[()] = line
                if plain is not None:
                    self.plain[()] = plain
            return
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            path = (*frame.path, len(frame.container))
            frame.container.append(value)
            self._record(path, line, plain, opened)
        elif not frame.has_key:
            self._take_key(frame, value, line)
        else:
            frame.has_key = False
            if frame.key is _DROPPED:
                return
            frame.container[frame.key] = value
            self._record((*frame.path, frame.key), line, plain, opened)

    def _take_key(self, frame: _Frame, key: Any, line: int | None) -> None:
        frame.has_key = True
        frame.key = key
        if key is _DROPPED or line is None:
            frame.key = _DROPPED
            return
        first = frame.first_lines.get(key)
        if first is not None:
            self._problem(
                line,
                f"duplicate key {_show_key(key)} (first at line {first})",
                "remove one of them; YAML would silently keep only the last",
            )
            frame.key = _DROPPED
            return
        frame.first_lines[key] = line
        self.key_lines[(*frame.path, key)] = line

    def _record(self, path: YamlPath, line: int | None, plain: str | None, opened: bool) -> None:
        if not opened and line is not None:
            self.value_lines[path] = line
        if plain is not None:
            self.plain[path] = plain

    def _expecting_key(self) -> bool:
        return (
            bool(self.stack)
            and isinstance(self.stack[-1].container, dict)
            and not (self.stack[-1].has_key)
        )

    def _child_path(self) -> YamlPath | None:
        """The path of the value about to open, or None when it will be dropped."""
        if not self.stack:
            return () if self.root is _DROPPED and self.documents <= 1 else None
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        return None if frame.key is _DROPPED else (*frame.path, frame.key)

    def _skip_collection(self, events: Iterator[Event]) -> None:
        """Consume the events of a collection whose start was just read, without recursion."""
        depth = 1
        for event in events:
            if isinstance(event, CollectionStartEvent):
                depth += 1
                if len(self.stack) + depth > self.max_depth:
                    self._too_deep(event)
            elif isinstance(event, MappingEndEvent | SequenceEndEvent):
                depth -= 1
                if depth == 0:
                    return

    # -- refusals -----------------------------------------------------------

    def _too_deep(self, event: Event) -> None:
        # Stop reading rather than skip the rest: PyYAML's scanner slows down quadratically
        # with flow nesting ("[[[[…"), so reading on would let a small file hang the load.
        self._problem(
            _line(event),
            f"nesting deeper than {self.max_depth} levels",
            "flatten the structure; facts.yaml needs only a few levels",
        )
        raise _Abort

    def _refuse_anchor_and_tag(self, event: ScalarEvent | CollectionStartEvent) -> None:
        if event.anchor is not None:
            self._problem(_line(event), f"anchor '&{event.anchor}' is not allowed", _FIX_ALIAS)
        if event.tag is not None:
            self._problem(_line(event), f"tag '{_short_tag(event.tag)}' is not allowed", _FIX_TAG)

    def _syntax_problem(self, error: yaml.MarkedYAMLError) -> None:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        what, fix = _explain_syntax(error)
        self.problems.append(Problem(self.display_path, line, what, fix, column))

    def _reader_problem(self, error: yaml.reader.ReaderError) -> None:
        position = min(error.position, len(self.text))
        line = self.text.count("\n", 0, position) + 1
        column = position - (self.text.rfind("\n", 0, position) + 1) + 1
        char = error.character if isinstance(error.character, int) else ord(error.character)
        self.problems.append(
            Problem(
                self.display_path,
                line,
                f"the character U+{char:04X} is not allowed in YAML",
                "delete it or retype the text around it",
                column,
            )
        )

    def _problem(self, line: int | None, what: str, fix: str) -> None:
        self.problems.append(Problem(self.display_path, line, what, fix))


# ---------------------------------------------------------------------------
# Wording
# ---------------------------------------------------------------------------

# PyYAML's scanner and parser problems, said the way a curator would look for the mistake.
_SYNTAX_WORDS: tuple[tuple[str, str, str], ...] = (
    (
        "mapping values are not allowed here",
        "a ':' where no new key can start",
        "quote a value that contains ': ', or fix the indentation of this line",
    ),
    (
        "found character '\\t' that cannot start any token",
        "a tab character",
        "indent with spaces only",
    ),
    (
        "could not find expected ':'",
        "a line that is not a 'key: value' pair",
        "add the ':' after the key, or indent the line as a continuation",
    ),
    (
        "did not find expected key",
        "the indentation does not line up with the keys above",
        "indent this line like its sibling keys",
    ),
    (
        "did not find expected '-' indicator",
        "the indentation does not line up with the list items above",
        "indent this line like the other '- ' items",
    ),
    (
        "found unexpected end of stream",
        "the file ends inside a quoted text",
        "close the quote that was opened",
    ),
    (
        "found undefined tag handle",
        "an undefined tag",
        "remove the '!' prefix, or quote the value",
    ),
    (
        "found unexpected ':'",
        "an unexpected ':'",
        "quote the value that contains it",
    ),
    (
        "expected <block end>, but found",
        "the indentation does not line up with the lines above",
        "indent this line like its siblings",
    ),
    (
        "found unknown escape character",
        "an unknown backslash escape in double-quoted text",
        "use single quotes, or write the backslash as \\\\",
    ),
    (
        "found character '@' that cannot start any token",
        "'@' cannot start a plain value",
        "quote the value",
    ),
    (
        "found character '`' that cannot start any token",
        "'`' cannot start a plain value",
        "quote the value",
    ),
)


def _explain_syntax(error: yaml.MarkedYAMLError) -> tuple[str, str]:
    problem = (error.problem or "").strip()
    for needle, what, fix in _SYNTAX_WORDS:
        if problem.startswith(needle):
            return f"YAML syntax error: {what}", fix
    context = f" {error.context}" if error.context else ""
    return (
        f"YAML syntax error: {problem}{context}".strip(),
        "check the quoting and indentation of this line and the one above",
    )


def _plain_words(error: Exception) -> str:
    if isinstance(error, yaml.MarkedYAMLError):
        return error.problem or "unreadable value"
    return str(error)


def describe(value: Any) -> str:
    """How a curator would name what YAML read: 'the number 2', 'a list', 'false'."""
    if value is None:
        return "an empty value"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, datetime.datetime):
        return f"a date and time ({value.isoformat()})"
    if isinstance(value, datetime.date):
        return f"a date ({value.isoformat()})"
    kind = type(value).__name__
    article = "an" if kind[:1] in "aeiou" else "a"
    return f"{article} {kind} ({value})"


def _plain_text(event: ScalarEvent) -> str | None:
    return event.value if event.style is None else None


def _show_key(key: Any) -> str:
    return repr(key) if isinstance(key, str) else str(key)


def _short_tag(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag


def _line(event: Event) -> int:
    return event.start_mark.line + 1
