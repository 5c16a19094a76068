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

The events come from libyaml's C parser where PyYAML was built with it (a 5 MB facts file
loads in about half a second instead of several), and from PyYAML's own pure-Python parser
for any file libyaml refuses or might read differently, so that every problem is worded
and placed as PyYAML's parser states it. PyYAML's reading is the definition; when libyaml's
may stand in for it is decided in `factspec.read.yaml_fastpath`.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Hashable, Iterator, Mapping
from contextlib import contextmanager
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
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

from factspec.read.problems import FactspecError, Problem
from factspec.read.yaml_fastpath import CParser as _CParser
from factspec.read.yaml_fastpath import LibyamlWatch, clamp_lines
from factspec.read.yaml_words import (
    describe,
    explain_syntax,
    plain_words,
    short_tag,
    show_key,
)

MAX_BYTES = 16 * 1024 * 1024
"""Refuse larger files before reading them. A newsroom's facts.yaml for 10k sources and 10k
quotes is about 5 MB and loads in half a second; 16 MB leaves it room to grow threefold, while
a file meant to exhaust the machine is refused before a byte of it is read."""

MAX_EVENTS = 1_000_000
"""Most parser events (values, keys, lists, mappings) read before a file is refused. The
10k-source facts.yaml has 372k; a file of millions of one-word entries stays under the byte
limit, yet would cost gigabytes of memory to compose, so the count stops it early."""

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
    with _collector_paused():
        composer = _Composer(text, display_path, max_depth, fast=_CParser is not None)
        loaded = composer.compose()
        if composer.fast_failed:
            # libyaml words its errors differently and places some of them elsewhere, and
            # reads a few things PyYAML refuses: such a file is read again by PyYAML's own
            # parser, so every message and every reading stays as documented.
            composer = _Composer(text, display_path, max_depth, fast=False)
            loaded = composer.compose()
    if composer.problems:
        raise YamlError(capped(sort_problems(composer.problems), display_path))
    assert loaded is not None
    return loaded


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a file is composed.

    Composing allocates a few objects per event (a path tuple, an event, its marks) and
    keeps most of them, so the collector would run every few hundred events and walk the
    ever larger set of live objects again each time, for nothing: the composer builds no
    reference cycles. Pausing it saves a tenth of the time of a 5 MB file and a third of
    that of a file near `MAX_BYTES`. The previous state is restored, also on an error.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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

_DROPPED: Any = object()  # the key of an entry that is refused; its value is parsed and dropped
_DROPPED_PATH: YamlPath = ("<dropped>",)  # where the entries of a dropped value are recorded


class _Abort(Exception):
    """Stop reading: what follows cannot be read safely."""


class _Frame:
    """An open mapping or sequence while its events arrive.

    A plain class with slots, not a dataclass: a large file opens tens of thousands of them,
    and `_Composer._run` reads their attributes at every event."""

    __slots__ = ("container", "first_lines", "has_key", "is_map", "key", "key_path", "path")

    def __init__(self, container: dict[Any, Any] | list[Any], path: YamlPath) -> None:
        self.container = container
        self.path = path
        self.is_map = isinstance(container, dict)
        self.has_key = False  # a mapping's key was read, its value has not arrived yet
        self.key: Any = None
        self.key_path: YamlPath | None = None  # path of the pending key; None: entry dropped
        self.first_lines: dict[Any, int] = {}  # a mapping's keys and their lines


class _Composer:
    """Turns the event stream into plain data iteratively (deep input cannot overflow)."""

    def __init__(self, text: str, display_path: str, max_depth: int, *, fast: bool) -> None:
        self.text = text
        self.fast = fast and _CParser is not None
        self.fast_failed = False  # libyaml refused the file or may read it differently
        self.display_path = display_path
        self.max_depth = max_depth
        self.max_events = MAX_EVENTS
        self.problems: list[Problem] = []
        self.stack: list[_Frame] = []
        self.root: Any = _DROPPED
        self.documents = 0
        self.value_lines: dict[YamlPath, int] = {}
        self.key_lines: dict[YamlPath, int] = {}
        self.plain: dict[YamlPath, str] = {}
        # Plain scalars resolved so far, by text: a file repeats its keys and values
        # thousands of times, and resolving one takes a dozen regular expressions.
        self.resolved: dict[str, Any] = {}
        self.resolver = Resolver()
        self.constructor = SafeConstructor()
        # Only while libyaml reads: where its reading may part from PyYAML's.
        self.watch: LibyamlWatch | None = None

    # -- driving ----------------------------------------------------------

    def compose(self) -> LoadedYaml | None:
        """The loaded mapping, or None: with the reasons in ``problems``, or, when libyaml
        cannot be trusted with this file, with ``fast_failed`` set and nothing else."""
        if not self.fast:
            self._compose_with_python()
        elif not self._compose_with_libyaml():
            self.fast_failed = True
            return None
        return self._result()

    def _compose_with_libyaml(self) -> bool:
        """Compose from libyaml's events; False when PyYAML's parser must read the file.

        PyYAML reads any file libyaml refuses again, so that errors keep their wording and
        place, and any file where the two parsers are known to read differently: the
        `LibyamlWatch` says which (see `factspec.read.yaml_fastpath`). Everything else both
        read into the same events, with the same lines, once `clamp_lines` has put back an
        empty value libyaml places below the end of a file without a final line break.
        """
        watch = self.watch = LibyamlWatch(self.text)
        assert _CParser is not None
        parser = _CParser(self.text)
        try:
            self._run(parser.get_event)
        except _Abort:
            return watch.agrees_when_cut_short()
        except yaml.YAMLError:
            return False  # refused by libyaml: PyYAML says where and why in its own words
        finally:
            parser.dispose()
        if not watch.agrees():
            return False
        last_line = watch.last_line()
        if last_line is not None:
            self.problems = clamp_lines(
                last_line, (self.value_lines, self.key_lines), self.problems
            )
        return True

    def _compose_with_python(self) -> None:
        try:
            loader = yaml.SafeLoader(self.text)
        except yaml.reader.ReaderError as error:
            self._reader_problem(error)
            return
        try:
            self._run(loader.get_event)
        except _Abort:
            pass
        except yaml.MarkedYAMLError as error:
            self._syntax_problem(error)
        except yaml.reader.ReaderError as error:
            self._reader_problem(error)
        finally:
            loader.dispose()

    def _result(self) -> LoadedYaml | None:
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

    def _run(self, next_event: Callable[[], Event | None]) -> None:
        """Handle every event up to the end of the stream.

        This loop runs once per event (hundreds of thousands for a large file), so the
        common cases (a scalar, the start and end of a collection) are written out here
        with local names, and everything rare goes to a method.
        """
        stack = self.stack
        value_lines = self.value_lines
        key_lines = self.key_lines
        plain_texts = self.plain
        resolved = self.resolved
        max_depth = self.max_depth
        watch = self.watch
        spans = watch.spans if watch is not None else None
        budget = self.max_events
        while True:
            event = next_event()
            budget -= 1
            if budget < 0:
                self._too_many(event)
            kind = event.__class__
            if kind is ScalarEvent:
                if event.anchor is not None or event.tag is not None:
                    self._refuse_anchor_and_tag(event)
                line = event.start_mark.line + 1
                text = event.value
                plain: str | None
                if not event.style:  # plain: None from PyYAML, "" from libyaml
                    try:
                        value = resolved[text]
                    except KeyError:  # a word not seen before
                        value = self._resolve_plain(event)
                    plain = text
                else:  # quoted or block text is always a str, as in yaml.safe_load
                    value = text
                    plain = None
                    if watch is not None and (spans is not None or event.style in ("|", ">")):
                        watch.watch(event)
                if not stack:
                    self._attach_root(value, line, plain)
                    continue
                frame = stack[-1]
                if not frame.is_map:
                    items = frame.container
                    path = (*frame.path, len(items))
                    items.append(value)  # type: ignore[union-attr]
                    value_lines[path] = line
                    if plain is not None:
                        plain_texts[path] = plain
                elif frame.has_key:
                    frame.has_key = False
                    key_path = frame.key_path
                    if key_path is not None:
                        frame.container[frame.key] = value  # type: ignore[call-overload]
                        value_lines[key_path] = line
                        if plain is not None:
                            plain_texts[key_path] = plain
                elif value is _DROPPED or value in frame.first_lines:
                    self._take_key(frame, value, line)  # refused: says why
                else:
                    frame.has_key = True
                    frame.first_lines[value] = line
                    frame.key = value
                    key_path = (*frame.path, value)
                    frame.key_path = key_path
                    key_lines[key_path] = line
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop().container
                if not stack:
                    self._attach_root(done, None, None)
                    continue
                frame = stack[-1]
                if not frame.is_map:
                    frame.container.append(done)  # type: ignore[union-attr]
                else:  # a collection is only ever a value here: as a key it was skipped
                    frame.has_key = False
                    if frame.key_path is not None:
                        frame.container[frame.key] = done  # type: ignore[call-overload]
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if event.anchor is not None or event.tag is not None:
                    self._refuse_anchor_and_tag(event)
                child_path: YamlPath | None
                if not stack:
                    child_path = () if self.root is _DROPPED and self.documents <= 1 else None
                else:
                    frame = stack[-1]
                    if not frame.is_map:
                        child_path = (*frame.path, len(frame.container))
                    elif frame.has_key:
                        child_path = frame.key_path
                    else:
                        self._refuse_collection_key(event, next_event)
                        continue
                if len(stack) >= max_depth:
                    self._too_deep(event)
                if child_path is None:
                    child_path = _DROPPED_PATH
                else:
                    value_lines[child_path] = event.start_mark.line + 1
                stack.append(_Frame({} if kind is MappingStartEvent else [], child_path))
            elif event is None or kind is StreamEndEvent:
                return
            elif kind is DocumentStartEvent:
                self.documents += 1
                if self.documents == 2:
                    self._problem(
                        _line(event),
                        "the file holds more than one YAML document ('---')",
                        "keep everything in one document",
                    )
            elif kind is AliasEvent:
                self._problem(_line(event), f"alias '*{event.anchor}' is not allowed", _FIX_ALIAS)
                self._attach(None, _line(event), None)

    # -- values -----------------------------------------------------------

    def _resolve_plain(self, event: ScalarEvent) -> Any:
        # Resolve as if untagged (tags are refused separately) by YAML 1.1's implicit
        # rules, as yaml.safe_load does; quoted and block text never comes here.
        text = event.value
        # YAML 1.1's implicit types (null, bool, int, float, date, merge, …) are looked up
        # by the first character: a word starting otherwise is text, as the resolver says.
        starts = Resolver.yaml_implicit_resolvers
        if text and text[0] not in starts and None not in starts:
            self.resolved[text] = text
            return text
        tag = self.resolver.resolve(ScalarNode, text, (True, False))
        if tag == _MERGE_TAG and self._expecting_key():
            self._problem(
                _line(event),
                "merge keys ('<<') are not allowed",
                "write the entries out in full",
            )
            return _DROPPED
        node = ScalarNode(tag, text, event.start_mark, event.end_mark, None)
        try:
            value = self.constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, TypeError) as error:
            self._problem(
                _line(event),
                f"YAML cannot read {text!r} ({plain_words(error)})",
                f'quote it: "{text}"',
            )
            return None
        # Every scalar YAML constructs (str, int, float, bool, None, date, datetime) is
        # immutable, so one object can serve every occurrence of the same word.
        if tag != _MERGE_TAG:
            self.resolved[text] = value
        return value

    def _attach_root(self, value: Any, line: int | None, plain: str | None) -> None:
        if self.root is _DROPPED and self.documents <= 1:
            self.root = value
            if line is not None:
                self.value_lines[()] = line
            if plain is not None:
                self.plain[()] = plain

    def _attach(self, value: Any, line: int, plain: str | None) -> None:
        """Place a finished value: as the root, a sequence item, a key, or a key's value.

        `_run` does the same inline for scalars; this serves the rare values (an alias,
        a refused key)."""
        if not self.stack:
            self._attach_root(value, line, plain)
            return
        frame = self.stack[-1]
        if not frame.is_map:
            path = (*frame.path, len(frame.container))
            frame.container.append(value)  # type: ignore[union-attr]
        elif not frame.has_key:
            self._take_key(frame, value, line)
            return
        else:
            frame.has_key = False
            if frame.key_path is None:
                return
            frame.container[frame.key] = value  # type: ignore[call-overload]
            path = frame.key_path
        self.value_lines[path] = line
        if plain is not None:
            self.plain[path] = plain

    def _take_key(self, frame: _Frame, key: Any, line: int) -> None:
        frame.has_key = True
        frame.key_path = None
        if key is _DROPPED:
            return
        first = frame.first_lines.get(key)
        if first is not None:
            self._problem(
                line,
                f"duplicate key {show_key(key)} (first at line {first})",
                "remove one of them; YAML would silently keep only the last",
            )
            return
        frame.first_lines[key] = line
        frame.key = key
        frame.key_path = (*frame.path, key)
        self.key_lines[frame.key_path] = line

    def _expecting_key(self) -> bool:
        return bool(self.stack) and self.stack[-1].is_map and not self.stack[-1].has_key

    def _refuse_collection_key(
        self, event: CollectionStartEvent, next_event: Callable[[], Event | None]
    ) -> None:
        self._problem(
            _line(event),
            "a mapping key must be a single word or text, not a list or mapping",
            "write the key as plain text",
        )
        self._skip_collection(next_event)
        self._attach(_DROPPED, _line(event), None)

    def _skip_collection(self, next_event: Callable[[], Event | None]) -> None:
        """Consume the events of a collection whose start was just read, without recursion."""
        depth = 1
        while True:
            event = next_event()
            if event is None or isinstance(event, StreamEndEvent):
                return
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

    def _too_many(self, event: Event) -> None:
        self._problem(
            event.start_mark.line + 1,
            f"the file holds more than {self.max_events:,} values, keys, lists and mappings",
            "split it, or remove what does not belong in a facts file",
        )
        raise _Abort

    def _refuse_anchor_and_tag(self, event: ScalarEvent | CollectionStartEvent) -> None:
        if event.anchor is not None:
            self._problem(_line(event), f"anchor '&{event.anchor}' is not allowed", _FIX_ALIAS)
        if event.tag is not None:
            self._problem(_line(event), f"tag '{short_tag(event.tag)}' is not allowed", _FIX_TAG)

    def _syntax_problem(self, error: yaml.MarkedYAMLError) -> None:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        column = mark.column + 1 if mark is not None else None
        what, fix = explain_syntax(error)
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


def _line(event: Event) -> int:
    return event.start_mark.line + 1
