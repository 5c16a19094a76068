"""``coverage.html``: the coverage model as a static page to look at.

One self-contained file (inline CSS and JS, nothing fetched) that works opened from disk: a
matrix of claims × sources, and a panel that shows a clicked cell's source in full with its
evidence quotes highlighted. Everything that comes from the model or the corpus is data, never
markup: the page is rendered from the jinja2 template ``templates/coverage.html.j2`` with
autoescaping on, so every value is HTML-escaped where the template writes it, and the per-cell
data travels in a ``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028
and U+2029 escaped, which the page's script turns into DOM text nodes (never ``innerHTML``). So
a seed that contains ``</script><script>…`` or ``"onmouseover=…`` is shown as what it is and
runs nothing. The page's CSS and script are package data (``templates/coverage.css`` and
``coverage.js``) that the template inlines, so the report stays one file.

The output depends on the model and the texts only (no clock, stable order): the same model
gives the same bytes, so the file can be compared across runs.

Test hook: opening the page with the fragment ``#test-click=<cell id>`` (see :func:`cell_id`)
clicks that cell once the page has loaded and records the outcome on ``<html>`` as
``data-test-clicked`` (the id clicked, or ``missing``) and ``data-test-pwned`` (``typeof
window.__pwned``, the canary the browser test plants in hostile seeds), so a headless browser's
``--dump-dom`` shows what a reader would see after the click.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import jinja2
from markupsafe import Markup

from factspec.report.claimreview import claim_anchor
from factspec.report.markdown import status_text

if TYPE_CHECKING:
    from factspec.model.project import Project

Model = dict[str, Any]

# Verdict → (mark shown in the cell, CSS class). The marks are the ones COVERAGE.md uses.
VERDICT_MARKS: dict[str, tuple[str, str]] = {
    "SUPPORTS": ("✔", "supports"),
    "COMPATIBLE": ("≈", "compatible"),
    "REFUTES": ("✘", "refutes"),
    "SILENT": ("·", "silent"),
    "SUPERSEDED": ("↺", "superseded"),
}

DATA_ELEMENT_ID = "factspec-data"

# A "<" inside the JSON block could close it ("</script>") or open a comment ("<!--"); ">" and
# "&" are escaped too so the block holds no markup characters at all. U+2028/U+2029 are line
# terminators to older JavaScript parsers. JSON's \\u escapes decode them back unchanged.
_JSON_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}

# A matrix row as the template gets it: (claim index, claim, [(source index, source, cell or
# None) for every source]); the indexes are model list positions, which cell_id is made of.
_Row = tuple[int, dict[str, Any], list[tuple[int, dict[str, Any], dict[str, Any] | None]]]

_TEMPLATE = "coverage.html.j2"
_CSS_FILE = "coverage.css"
_JS_FILE = "coverage.js"


def source_texts(project: Project) -> dict[str, str]:
    """Source id → full text, as ``render_html`` needs it: the text the offsets count in."""
    return project.texts_by_id()


def cell_id(claim_index: int, source_index: int) -> str:
    """The DOM id of the matrix cell of the claim and source at these model list positions.

    Positions rather than claim or source ids, because ids may hold any character and a DOM id
    must stay a plain token that a URL fragment (the test hook) can carry unescaped.
    """
    return f"cell-{claim_index}-{source_index}"


def render_html(model: Model, texts: dict[str, str]) -> str:
    """The coverage page of ``model``; ``texts`` maps each source id to its full text.

    The texts must be the ones the model's evidence offsets were computed on
    (``SourceText.text``, see :func:`source_texts`); a text that does not hold a cell's quotes
    at their offsets raises ``ValueError`` instead of highlighting the wrong words.
    """
    missing = [s["id"] for s in model["sources"] if s["id"] not in texts]
    if missing:
        raise ValueError(
            f"no text for source(s) {', '.join(missing)}: pass every source's full text "
            "(factspec.report.html.source_texts(project)) to render_html"
        )
    data = _page_data(model, texts)
    style, script = _assets()
    return (
        _environment()
        .get_template(_TEMPLATE)
        .render(
            model=model,
            summary=model["summary"],
            sources=model["sources"],
            groups=_matrix_groups(model),
            conflicts=model["conflicts"],
            coverage=_coverage_rows(model),
            verdict_marks=VERDICT_MARKS,
            cell_id=cell_id,
            style=style,
            script=script,
            script_sha256=_sha256_base64(script),
            data_element_id=DATA_ELEMENT_ID,
            # Safe unescaped: json_for_script leaves no "<", ">" or "&" in the JSON, so the
            # blob can neither close the <script> element nor open a comment in it. HTML
            # escaping would be wrong here, not just redundant: a <script> element's text is
            # not entity-decoded, so JSON.parse would see "&quot;" where a quote was.
            data_json=Markup(json_for_script(data)),
        )
    )


def json_for_script(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: no markup characters."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "".join(_JSON_SCRIPT_ESCAPES.get(char, char) for char in text)


# --------------------------------------------------------------------------- the template


def _finalize(value: object) -> object:
    """How the template writes a value: as is if it is markup already, else HTML-escaped.

    Autoescaping would escape the value anyway, but markupsafe spells the quotes ``&#34;`` and
    ``&#39;`` where :func:`html.escape` (which this module has always used) writes ``&quot;``
    and ``&#x27;``. Escaping here, to markup that autoescaping then leaves alone, keeps the
    page byte for byte what earlier versions wrote, so reports stay comparable with ``cmp``.
    Both spellings escape the same five characters; this only chooses the spelling.
    """
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value), quote=True))


@functools.cache
def _loader() -> jinja2.PackageLoader:
    """The package's ``templates`` folder, wherever the package is installed."""
    return jinja2.PackageLoader("factspec.report", "templates")


@functools.cache
def _environment() -> jinja2.Environment:
    """The one jinja2 environment of the page, built on first use and kept."""
    environment = jinja2.Environment(
        loader=_loader(),
        autoescape=True,
        finalize=_finalize,
        # A misspelt name in the template fails the render instead of leaving a hole.
        undefined=jinja2.StrictUndefined,
        # The template's layout is for its readers; these three keep it out of the page (see
        # the comment at the top of the template).
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # One wording of a claim's status for every report.
    environment.globals["status_text"] = status_text
    # Each claim's row is the anchor its ClaimReview's url points at.
    environment.globals["claim_anchor"] = claim_anchor
    return environment


@functools.cache
def _assets() -> tuple[Markup, Markup]:
    """The page's CSS and script, each exactly as the template puts it between its tags.

    Read through the template loader, so they are found wherever the templates are. They are
    passed in as text rather than ``{% include %}``-d, because an include would parse them as
    jinja2 syntax, and because the script's CSP hash must be taken over the very text the page
    holds. Each starts on its own line after its opening tag, as the page always had it.
    """
    style, script = (
        "\n" + _loader().get_source(_environment(), name)[0] for name in (_CSS_FILE, _JS_FILE)
    )
    # Safe unescaped: both are the package's own files, not data, and escaping would break
    # them (neither element's text is entity-decoded). The one way they could break the page
    # is by closing their own element early, which is checked here rather than trusted.
    for name, text, end_tag in ((_CSS_FILE, style, "</style"), (_JS_FILE, script, "</script")):
        if end_tag in text.lower():
            raise ValueError(f"{name} contains {end_tag!r}, which would end it inside the page")
    return Markup(style), Markup(script)


def _sha256_base64(text: str) -> str:
    """The digest a Content-Security-Policy ``'sha256-…'`` source names for this script."""
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _matrix_groups(model: Model) -> list[tuple[str, list[_Row]]]:
    """The matrix rows grouped by feature file, in the model's order.

    Every row has a cell (or None) for every source, in source order, so the template lays
    out the columns without looking anything up.
    """
    sources: Sequence[dict[str, Any]] = model["sources"]
    groups: dict[str, list[_Row]] = {}
    for ci, claim in enumerate(model["claims"]):
        by_source = {cell["source"]: cell for cell in claim["cells"]}
        cells = [(si, source, by_source.get(source["id"])) for si, source in enumerate(sources)]
        groups.setdefault(claim["feature"], []).append((ci, claim, cells))
    return list(groups.items())


def _coverage_rows(model: Model) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``(source, coverage item)`` in source order, for the sources the model has figures of."""
    rows = []
    for source in model["sources"]:
        item = model["coverage"].get(source["id"])
        if item is not None:
            rows.append((source, item))
    return rows


# --------------------------------------------------------------------------- the page's data


def _page_data(model: Model, texts: dict[str, str]) -> dict[str, Any]:
    """What the page's script needs: each source's text and, per cell, what the panel shows."""
    sources = {
        source["id"]: {
            "title": source["title"],
            "file": source["file"],
            "language": source["language"],
            "text": texts[source["id"]],
        }
        for source in model["sources"]
    }
    cells: dict[str, Any] = {}
    for ci, claim in enumerate(model["claims"]):
        by_source = {cell["source"]: cell for cell in claim["cells"]}
        for si, source in enumerate(model["sources"]):
            cell = by_source.get(source["id"])
            if cell is not None:
                cells[cell_id(ci, si)] = _cell_data(claim, cell, texts[source["id"]])
    return {"sources": sources, "cells": cells}


def _cell_data(claim: dict[str, Any], cell: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "claim": claim["title"],
        "feature": claim["feature"],
        "line": claim["line"],
        "source": cell["source"],
        "verdict": cell["verdict"],
        "hedged": cell["hedged"],
        "completed": bool(cell.get("completed")),
        "explanations": list(cell["explanations"]),
        "evidence": [
            {k: item[k] for k in ("fact", "quote", "line", "column", "hedged")}
            for item in cell["evidence"]
            if not item.get("borrowed")
        ],
        # What a completed cell took from other sources: shown as quotes, never highlighted
        # in this source's text (their offsets count in the lender's text).
        "borrowed": [
            {k: item[k] for k in ("fact", "source", "quote", "line", "column")}
            for item in cell["evidence"]
            if item.get("borrowed")
        ],
        "marks": _marks(claim, cell, text),
    }


def _marks(claim: dict[str, Any], cell: dict[str, Any], text: str) -> list[list[int]]:
    """The highlights of a cell as ``[start, end, hedged]`` in UTF-16 units, sorted, disjoint.

    Overlapping quotes (two facts read from one sentence) become one highlight, because marks
    cannot overlap in the DOM. Offsets are converted from Python's code points to UTF-16 code
    units because JavaScript strings count those; they differ beyond the BMP (emoji).
    """
    spans = sorted(
        (_checked_span(claim, cell, item, text), int(bool(item["hedged"])))
        for item in cell["evidence"]
        if not item.get("borrowed")
    )
    merged: list[list[int]] = []
    for (start, end), hedged in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] |= hedged
        else:
            merged.append([start, end, hedged])
    return [[_utf16(text, start), _utf16(text, end), hedged] for start, end, hedged in merged]


def _checked_span(
    claim: dict[str, Any], cell: dict[str, Any], item: dict[str, Any], text: str
) -> tuple[int, int]:
    """The quote's offsets, after checking the text really holds the quote there."""
    start, end = item["start"], item["end"]
    if not 0 <= start <= end <= len(text) or text[start:end] != item["quote"]:
        raise ValueError(
            f"{claim['id']}, source {cell['source']}: the text passed for this source does not "
            f"hold the quote {item['quote']!r} at offsets {start}..{end}; pass the SourceText.text "
            "the model was built from"
        )
    return start, end


def _utf16(text: str, offset: int) -> int:
    """A code point offset into ``text`` as a UTF-16 code unit offset."""
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)
