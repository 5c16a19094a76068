"""Who publishes the fact checks and where: ``[tool.factspec.claimreview]`` in pyproject.toml.

ClaimReview markup names the organisation that reviewed each claim, the page the review is
published on and the day it was published; none of that is in the corpus, so a project
says it once, beside its other tool settings::

    [tool.factspec.claimreview]
    author = "Example Fact Check Desk"
    author-url = "https://factcheck.example.org"
    url = "https://factcheck.example.org/meta-ai/coverage.html"
    date-published = "2025-02-03"

Every key is optional; a bad value is unusable input at pyproject.toml, never ignored.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from factspec.read.problems import FactspecError, Problem

PYPROJECT = "pyproject.toml"
SECTION = "tool.factspec.claimreview"
DEFAULT_PAGE = "coverage.html"
"""Where the claims are anchored when no ``url`` is set: the HTML report beside the markup."""

_KEYS = ("author", "author-url", "url", "date-published")
_FULL_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True)
class Publication:
    """The publisher's settings for ClaimReview; every field may be unset."""

    author: str | None = None
    author_url: str | None = None
    url: str = DEFAULT_PAGE
    date_published: str | None = None


def load_publication(root: Path) -> Publication:
    """The settings of the project at ``root`` (defaults without pyproject.toml or section)."""
    path = root / PYPROJECT
    if not path.is_file():
        return Publication()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise FactspecError(
            [Problem(PYPROJECT, None, f"cannot be read: {error}", "fix the TOML syntax")]
        ) from None
    section = data.get("tool", {}).get("factspec", {}).get("claimreview", {})
    problems = []
    if not isinstance(section, dict):
        section = {}
        problems.append(_problem("is not a table", f"write it as [{SECTION}]"))
    for key in section.keys() - set(_KEYS):
        problems.append(
            _problem(f"unknown key {key!r}", f"use one of {', '.join(_KEYS)}, or remove it")
        )
    values = {key: section.get(key) for key in _KEYS}
    for key, value in values.items():
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(_problem(f"{key} must be text", f'write it quoted: {key} = "…"'))
    if not problems:
        problems += _check_url("url", values["url"]) + _check_url(
            "author-url", values["author-url"]
        )
        problems += _check_date(values["date-published"])
    if problems:
        raise FactspecError(problems)
    return Publication(
        author=values["author"],
        author_url=values["author-url"],
        url=values["url"] or DEFAULT_PAGE,
        date_published=values["date-published"],
    )


def _problem(what: str, fix: str) -> Problem:
    return Problem(PYPROJECT, None, f"[{SECTION}] {what}", fix)


def _check_url(key: str, value: str | None) -> list[Problem]:
    if value is None:
        return []
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.fragment:
        return [
            _problem(
                f"{key} {value!r} is not an absolute http(s) address without a #fragment",
                f'write the full address, e.g. {key} = "https://factcheck.example.org/coverage.html"',
            )
        ]
    return []


def _check_date(value: str | None) -> list[Problem]:
    """A full ISO date: ClaimReview's datePublished is a day, not a month or a year."""
    if value is None:
        return []
    try:
        valid = bool(_FULL_DATE.match(value)) and date.fromisoformat(value) is not None
    except ValueError:
        valid = False
    if valid:
        return []
    return [
        _problem(
            f"date-published {value!r} is not a full ISO date",
            'write the day the fact checks were published, e.g. date-published = "2025-02-03"',
        )
    ]
