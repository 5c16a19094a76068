"""How the YAML loader words what it finds, in the words a curator would look for.

PyYAML's scanner and parser problems are matched by their opening words and said plainly
(`explain_syntax`); values are named as a curator would name them (`describe`), so that a
message can say "YAML reads 002 as the number 2".
"""

from __future__ import annotations

import datetime
from typing import Any

import yaml

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


def explain_syntax(error: yaml.MarkedYAMLError) -> tuple[str, str]:
    """What went wrong and how to fix it, for a syntax error PyYAML's parser raised."""
    problem = (error.problem or "").strip()
    for needle, what, fix in _SYNTAX_WORDS:
        if problem.startswith(needle):
            return f"YAML syntax error: {what}", fix
    context = f" {error.context}" if error.context else ""
    return (
        f"YAML syntax error: {problem}{context}".strip(),
        "check the quoting and indentation of this line and the one above",
    )


def plain_words(error: Exception) -> str:
    """Why YAML could not construct a value, without PyYAML's marks and context."""
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


def show_key(key: Any) -> str:
    """A key as written in a message: text quoted, a number or date as it reads."""
    return repr(key) if isinstance(key, str) else str(key)


def short_tag(tag: str) -> str:
    """A tag as the curator wrote it: ``!!str`` rather than ``tag:yaml.org,2002:str``."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix) :] if tag.startswith(prefix) else tag
