"""Writing reports: every rendering of one coverage model, each file replaced atomically.

A report is written to a temporary file in the same folder and renamed over the old one, so a
reader (or a crash, or a second run at the same time) never sees a half-written file.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from factspec.model.publication import Publication
from factspec.report.claimreview import render_claimreview
from factspec.report.data import render_csv, render_json
from factspec.report.html import render_html
from factspec.report.markdown import render_markdown

REPORTS_DIR = "reports"
COVERAGE_FILE = "COVERAGE.md"

Model = dict[str, Any]


def render(
    model: Model, texts: dict[str, str], fmt: str, publication: Publication | None = None
) -> str:
    """One format of the model: md, json, csv, html or claimreview (which names the
    publisher set in pyproject.toml: ``publication``)."""
    renderers: dict[str, Callable[[], str]] = {
        "md": lambda: render_markdown(model),
        "json": lambda: render_json(model),
        "csv": lambda: render_csv(model),
        "html": lambda: render_html(model, texts),
        "claimreview": lambda: render_claimreview(model, publication),
    }
    return renderers[fmt]()


FORMATS = ("md", "json", "csv", "html", "claimreview")
REPORT_FILES = {
    "md": COVERAGE_FILE,
    "json": "coverage.json",
    "csv": "coverage.csv",
    "html": "coverage.html",
    "claimreview": "claimreview.jsonld",
}


def write_reports(
    model: Model, texts: dict[str, str], out: Path, publication: Publication | None = None
) -> list[Path]:
    """Every format into ``out``; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in FORMATS:
        path = out / REPORT_FILES[fmt]
        atomic_write(path, render(model, texts, fmt, publication))
        written.append(path)
    return written


def atomic_write(path: Path, text: str, *, create_folder: bool = True) -> None:
    """Write ``text`` to ``path`` through a temporary file, fsync and an atomic rename.

    Every file factspec writes goes through here. ``create_folder=False`` for a path the user
    named: a mistyped folder is an error, not a new directory.
    """
    if create_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file 0600; a report is an ordinary file: the mode of the file it
        # replaces, or what the user's umask gives a new one.
        os.chmod(temporary, _mode_for(path))
        os.replace(temporary, path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError) and error.filename in (None, temporary):
            error.filename = str(path)  # name the report, not the temporary file that is gone
        raise


def _mode_for(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
