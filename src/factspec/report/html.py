"""``coverage.html``: the coverage model as a static page to look at.

One self-contained file (inline CSS and JS, nothing fetched) that works opened from disk: a
matrix of claims × sources, and a panel that shows a clicked cell's source in full with its
evidence quotes highlighted. Everything that comes from the model or the corpus is data, never
markup: it is HTML-escaped where it is written into the page, and the per-cell data travels in a
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and U+2029 escaped,
which the page's script turns into DOM text nodes (never ``innerHTML``). So a seed that contains
``</script><script>…`` or ``"onmouseover=…`` is shown as what it is and runs nothing.

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
import hashlib
import html
import json
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from factspec.model.project import Project

Model = dict[str, Any]

# Verdict → (mark shown in the cell, CSS class). The marks are the ones COVERAGE.md uses.
VERDICT_MARKS: dict[str, tuple[str, str]] = {
    "SUPPORTS": ("✔", "supports"),
    "COMPATIBLE": ("≈", "compatible"),
    "REFUTES": ("✘", "refutes"),
    "SILENT": ("·", "silent"),
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
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        _csp(),
        "<title>factspec coverage</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        _header(model),
        '<div class="layout">',
        "<main>",
        _matrix(model),
        _sources_section(model),
        _conflicts_section(model),
        _coverage_section(model),
        "</main>",
        _panel(),
        "</div>",
        f'<script type="application/json" id="{DATA_ELEMENT_ID}">{json_for_script(data)}</script>',
        f"<script>{_JS}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _csp() -> str:
    """A Content-Security-Policy that lets only the page's own script run and fetches nothing.

    Defence in depth behind the escaping: were a quote ever to slip through as markup, an
    injected ``<script>`` or ``on…=`` handler has no hash in the policy and is refused, and
    ``default-src 'none'`` keeps the page from touching the network, even by accident.
    """
    digest = base64.b64encode(hashlib.sha256(_JS.encode("utf-8")).digest()).decode("ascii")
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'"
    return f'<meta http-equiv="Content-Security-Policy" content="{policy}">'


def json_for_script(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: no markup characters."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "".join(_JSON_SCRIPT_ESCAPES.get(char, char) for char in text)


def _e(value: object) -> str:
    """Escape any model or corpus value for HTML text and (double-quoted) attributes."""
    return html.escape(str(value), quote=True)


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
        "explanations": list(cell["explanations"]),
        "evidence": [
            {k: item[k] for k in ("fact", "quote", "line", "column", "hedged")}
            for item in cell["evidence"]
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


# --------------------------------------------------------------------------- static markup


def _header(model: Model) -> str:
    summary = model["summary"]
    state = "failed" if summary["failed"] else "passed"
    legend = " ".join(
        f'<span class="chip {css}">{mark} {_e(name.lower())}</span>'
        for name, (mark, css) in VERDICT_MARKS.items()
    )
    return (
        f'<header class="{state}">'
        "<h1>factspec coverage</h1>"
        f'<p class="summary"><strong>{_e(summary["claims"])} claims</strong>: '
        f'<span class="ok">{_e(summary["passed"])} passed</span>, '
        f'<span class="{"bad" if summary["failed"] else "ok"}">{_e(summary["failed"])} failed'
        "</span> · "
        f"{len(model['sources'])} sources · schema {_e(model['schema'])}</p>"
        f'<p class="fingerprint">fingerprint <code>{_e(model["fingerprint"])}</code></p>'
        f'<p class="legend">{legend} <span class="chip hedged-chip">? hedged</span> '
        "Click a cell to see its quotes in the source.</p>"
        "</header>"
    )


def _matrix(model: Model) -> str:
    sources = model["sources"]
    head = "".join(
        f'<th scope="col" class="source" title="{_e(_source_tooltip(source))}">'
        f"{_e(source['id'])}</th>"
        for source in sources
    )
    rows = [
        '<section id="matrix" aria-labelledby="matrix-title">',
        '<h2 id="matrix-title">Claims × sources</h2>',
        # The wrapper scrolls a wide matrix on its own, so the page never scrolls sideways.
        '<div class="scroll"><table class="matrix">',
        f'<thead><tr><th scope="col">Claim</th>{head}<th scope="col">Status</th></tr></thead>',
    ]
    for feature, claims in _by_feature(model["claims"]):
        rows.append("<tbody>")
        rows.append(
            f'<tr class="feature"><th colspan="{len(sources) + 2}" scope="rowgroup">'
            f"{_e(feature)}</th></tr>"
        )
        rows.extend(_claim_row(ci, claim, sources) for ci, claim in claims)
        rows.append("</tbody>")
    rows.append(_totals_row(model))
    rows.append("</table></div></section>")
    return "\n".join(rows)


def _source_tooltip(source: dict[str, Any]) -> str:
    return f"{source['title']} ({source['file']}, {source['published']})"


def _by_feature(
    claims: Sequence[dict[str, Any]],
) -> Iterable[tuple[str, list[tuple[int, dict[str, Any]]]]]:
    """Claims grouped by feature file, keeping the model's order (and each claim's index)."""
    groups: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for index, claim in enumerate(claims):
        groups.setdefault(claim["feature"], []).append((index, claim))
    return groups.items()


def _claim_row(ci: int, claim: dict[str, Any], sources: Sequence[dict[str, Any]]) -> str:
    by_source = {cell["source"]: cell for cell in claim["cells"]}
    tags = "".join(f' <span class="tag">@{_e(tag)}</span>' for tag in claim["tags"])
    dispute = ""
    if claim["dispute_reason"]:
        dispute = (
            '<details class="dispute"><summary>why disputed</summary>'
            f"<p>{_e(claim['dispute_reason'])}</p></details>"
        )
    cells = "".join(
        _cell(ci, si, claim, source, by_source.get(source["id"]))
        for si, source in enumerate(sources)
    )
    return (
        f'<tr class="claim {_e(claim["status"])}">'
        f'<th scope="row"><span class="title">{_e(claim["title"])}</span>'
        f'<span class="meta">line {_e(claim["line"])}{tags}</span>{dispute}</th>'
        f"{cells}{_status(claim)}</tr>"
    )


def _cell(
    ci: int, si: int, claim: dict[str, Any], source: dict[str, Any], cell: dict[str, Any] | None
) -> str:
    if cell is None and claim["judged"]:  # no evidence for the claim's facts: nothing to click
        return '<td class="cell silent"><span aria-label="silent">·</span></td>'
    if cell is None:  # a step could not be read, so no source was asked
        return '<td class="cell none"><span aria-label="not judged">–</span></td>'
    mark, css = VERDICT_MARKS.get(cell["verdict"], ("?", "unknown"))
    hedged = " hedged" if cell["hedged"] else ""
    label = (
        f"{cell['verdict'].lower()}{', hedged' if cell['hedged'] else ''}: source {source['id']}"
    )
    flag = '<span class="q" aria-hidden="true">?</span>' if cell["hedged"] else ""
    return (
        f'<td class="cell {css}{hedged}">'
        f'<button type="button" class="cell" id="{cell_id(ci, si)}" '
        f'aria-label="{_e(label)}" title="{_e(label)} — {_e(claim["title"])}">'
        f'<span aria-hidden="true">{mark}</span>{flag}</button></td>'
    )


def _status(claim: dict[str, Any]) -> str:
    supporters = claim["supporters"]
    text = claim["status"]
    if supporters:
        text += f" · supported by {len(supporters)}"
    reasons = "".join(f"<li>{_e(reason)}</li>" for reason in claim["reasons"])
    reasons = f'<ul class="reasons">{reasons}</ul>' if reasons else ""
    return f'<td class="status {_e(claim["status"])}">{_e(text)}{reasons}</td>'


def _totals_row(model: Model) -> str:
    cells = []
    for source in model["sources"]:
        counts = model["totals"].get(source["id"], {})
        lines = "<br>".join(
            f'<span class="{css}-text">{mark} {_e(counts.get(name, 0))}</span>'
            for name, (mark, css) in VERDICT_MARKS.items()
        )
        cells.append(f'<td class="totals">{lines}</td>')
    return f'<tfoot><tr><th scope="row">Per source</th>{"".join(cells)}<td></td></tr></tfoot>'


def _sources_section(model: Model) -> str:
    rows = "".join(
        f'<tr><th scope="row">{_e(s["id"])}</th><td>{_e(s["title"])}</td>'
        f"<td><code>{_e(s['file'])}</code></td><td>{_e(s['language'])}</td>"
        f'<td>{_e(s["published"])}</td><td class="dated">{_e(s["dated_by"])}</td></tr>'
        for s in model["sources"]
    )
    return (
        '<section id="sources"><h2>Sources</h2><table class="plain">'
        '<thead><tr><th scope="col">Id</th><th scope="col">Title</th><th scope="col">File</th>'
        '<th scope="col">Language</th><th scope="col">Published</th>'
        '<th scope="col">Dated by</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></section>"
    )


def _conflicts_section(model: Model) -> str:
    conflicts = model["conflicts"]
    if not conflicts:
        return '<section id="conflicts"><h2>Conflicts</h2><p>No conflicts.</p></section>'
    items = "".join(_conflict(conflict) for conflict in conflicts)
    return (
        f'<section id="conflicts"><h2>Conflicts ({len(conflicts)})</h2>'
        f'<ol class="conflicts">{items}</ol></section>'
    )


def _conflict(conflict: dict[str, Any]) -> str:
    sides = "".join(_conflict_side(conflict[key]) for key in ("a", "b"))
    return (
        f"<li><p><code>{_e(conflict['fact'])}</code> — {_e(conflict['description'])} "
        f'<span class="tag">{_e(conflict["kind"])}</span></p>'
        f'<div class="sides">{sides}</div></li>'
    )


def _conflict_side(side: dict[str, Any]) -> str:
    reads = f"reads “{_e(side['reads'])}” → " if side.get("reads") else ""
    return (
        f'<div class="side"><p><strong>{_e(side["source"])}</strong> {reads}'
        f"{_e(side['says'])}</p><blockquote>{_e(side['quote'])}</blockquote></div>"
    )


def _coverage_section(model: Model) -> str:
    rows = []
    for source in model["sources"]:
        item = model["coverage"].get(source["id"])
        if item is None:
            continue
        uncovered = "".join(
            f"<li>line {_e(u['line'])}:{_e(u['column'])} <q>{_e(u['text'])}</q></li>"
            for u in item["uncovered"]
        )
        state = "bad" if item["uncovered"] else "ok"
        rows.append(
            f'<tr><th scope="row">{_e(source["id"])}</th><td>{_e(item["figures"])}</td>'
            f"<td>{_e(item['covered'])}</td><td>{_e(item['ignored'])}</td>"
            f'<td class="{state}">{len(item["uncovered"])}'
            f"{f'<ul>{uncovered}</ul>' if uncovered else ''}</td></tr>"
        )
    return (
        '<section id="coverage"><h2>Corpus coverage</h2>'
        "<p>Numeric mentions in each source, and those that no evidence quote covers.</p>"
        '<table class="plain"><thead><tr><th scope="col">Source</th>'
        '<th scope="col">Figures</th><th scope="col">Covered</th><th scope="col">Ignored</th>'
        '<th scope="col">Uncovered</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _panel() -> str:
    """The (initially hidden) panel the script fills when a cell is clicked."""
    return (
        '<aside id="panel" aria-labelledby="panel-title" hidden>'
        '<div class="panel-head"><h2 id="panel-title" tabindex="-1">Source</h2>'
        '<button type="button" id="panel-close" aria-label="Close the source panel">'
        "×</button></div>"
        '<div id="panel-body"></div>'
        "</aside>"
    )


_CSS = """
:root{--ok:#1a7f37;--ok-bg:#dafbe1;--amber:#8a5a00;--amber-bg:#fff1c2;--bad:#b3261e;
--bad-bg:#ffe1de;--grey:#6e7781;--grey-bg:#f1f3f5;--line:#d0d7de;--focus:#0969da}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328}
header{padding:1rem 1.5rem;border-bottom:4px solid var(--ok);background:#f6f8fa}
header.failed{border-bottom-color:var(--bad)}
h1{margin:0 0 .25rem;font-size:1.4rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
header p{margin:.2rem 0}
.ok{color:var(--ok)}.bad{color:var(--bad)}
.fingerprint code{font-size:.8rem;word-break:break-all}
.chip{display:inline-block;padding:0 .45rem;border-radius:.6rem;margin-right:.2rem}
.layout{display:block}
main{padding:0 1.5rem 2rem;min-width:0}
body.panel-open .layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(22rem,42%)}
table{border-collapse:collapse}
.scroll{overflow-x:auto}
.matrix th,.matrix td{border:1px solid var(--line);padding:.2rem .35rem;vertical-align:top}
.matrix th.source{cursor:help;text-decoration:underline dotted;min-width:3rem}
.matrix tr.feature th{background:#eaeef2;text-align:left;font-family:ui-monospace,monospace}
.matrix th[scope=row]{text-align:left;font-weight:normal;max-width:38rem}
.matrix .title{display:block;font-weight:600}
.meta{color:var(--grey);font-size:.85em}
.tag{color:#57606a;background:#eaeef2;border-radius:.5rem;padding:0 .35rem;font-size:.8em}
.dispute summary{cursor:pointer;color:var(--grey);font-size:.85em}
.dispute p{white-space:pre-line;margin:.2rem 0;font-size:.9em}
td.cell{padding:0;text-align:center;vertical-align:middle}
button.cell{width:100%;min-width:2.6rem;height:2.2rem;border:2px solid transparent;
background:transparent;font:inherit;font-size:1.1rem;cursor:pointer;color:inherit}
button.cell:focus-visible,#panel-close:focus-visible{outline:3px solid var(--focus);
outline-offset:-3px}
button.cell[aria-current=true]{box-shadow:inset 0 0 0 3px var(--focus)}
.supports{background:var(--ok-bg);color:var(--ok)}
.compatible{background:var(--amber-bg);color:var(--amber)}
.refutes{background:var(--bad-bg);color:var(--bad)}
.silent{background:var(--grey-bg);color:var(--grey)}
.supports-text{color:var(--ok)}.compatible-text{color:var(--amber)}
.refutes-text{color:var(--bad)}.silent-text{color:var(--grey)}
td.hedged button.cell{border:2px dashed currentColor}
.hedged-chip{border:1px dashed var(--grey)}
.q{font-size:.75em;vertical-align:super;font-weight:700}
td.status{white-space:nowrap}
td.status.passed{color:var(--ok)}td.status.failed{color:var(--bad);white-space:normal}
.reasons{margin:.2rem 0;padding-left:1rem;font-size:.85em}
td.totals{font-size:.85em;white-space:nowrap}
.plain th,.plain td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;
vertical-align:top}
.dated{font-size:.85em;color:#57606a;max-width:36rem}
.conflicts>li{margin-bottom:1rem}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.side p{margin:.2rem 0}
blockquote{margin:.2rem 0;padding:.3rem .6rem;border-left:3px solid var(--line);background:#f6f8fa}
#panel{position:sticky;top:0;height:100vh;overflow:auto;border-left:1px solid var(--line);
background:#fff;padding:0 1rem 1rem}
.panel-head{display:flex;align-items:center;justify-content:space-between;position:sticky;top:0;
background:#fff;border-bottom:1px solid var(--line)}
#panel-title{margin:.6rem 0;font-size:1.05rem}
#panel-title:focus{outline:none}
#panel-close{font-size:1.4rem;border:1px solid var(--line);background:#fff;border-radius:4px;
cursor:pointer;width:2rem;height:2rem}
.verdict{display:inline-block;padding:.05rem .5rem;border-radius:.6rem;font-weight:600}
.verdict.hedged{outline:2px dashed currentColor;outline-offset:1px}
.explanations{padding-left:1.1rem}
.explanations li{margin-bottom:.3rem;word-break:break-word}
pre.source-text{white-space:pre-wrap;word-wrap:break-word;font:13px/1.55 Georgia,serif;
background:#fbfbfb;border:1px solid var(--line);padding:.75rem;margin:0}
pre.source-text mark{background:#ffe066;padding:.05rem 0;border-bottom:2px solid #c79a00}
pre.source-text mark.hedged{background:#fff4b8;border-bottom:2px dashed #c79a00}
@media (max-width:900px){
body.panel-open .layout{display:block}
#panel{position:fixed;left:0;right:0;bottom:0;top:auto;height:55vh;border-left:0;
border-top:2px solid var(--line);box-shadow:0 -4px 12px rgba(0,0,0,.15)}
}
@media print{
.scroll{overflow:visible}
body{font-size:10pt}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
#panel,#panel-close,.legend{display:none}
body.panel-open .layout{display:block}
.matrix tr{break-inside:avoid}
button.cell{height:auto;min-width:0}
section{break-before:auto}
}
"""

# The page's only script. It reads the JSON block and builds the panel from DOM nodes and
# textContent, so nothing in the data is ever parsed as markup.
_JS = """
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("factspec-data").textContent);
  var panel = document.getElementById("panel");
  var panelTitle = document.getElementById("panel-title");
  var panelBody = document.getElementById("panel-body");
  var marks = {SUPPORTS: "\\u2714", COMPATIBLE: "\\u2248", REFUTES: "\\u2718", SILENT: "\\u00b7"};
  var current = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  // The source in full, with the cell's highlights as <mark> between plain text nodes.
  function sourceText(source, spans) {
    var pre = el("pre", "source-text");
    pre.lang = source.language;
    var text = source.text, pos = 0;
    spans.forEach(function (span) {
      pre.appendChild(document.createTextNode(text.slice(pos, span[0])));
      pre.appendChild(el("mark", span[2] ? "hedged" : "", text.slice(span[0], span[1])));
      pos = span[1];
    });
    pre.appendChild(document.createTextNode(text.slice(pos)));
    return pre;
  }

  function evidenceList(cell) {
    var list = el("ul", "explanations");
    cell.evidence.forEach(function (item) {
      var li = el("li");
      li.appendChild(el("code", "", item.fact));
      li.appendChild(document.createTextNode(" \\u2014 line " + item.line + ", column " +
        item.column + (item.hedged ? " (hedged)" : "") + ": "));
      li.appendChild(el("q", "", item.quote));
      list.appendChild(li);
    });
    return list;
  }

  function show(button) {
    var cell = data.cells[button.id];
    if (!cell) { return; }
    var source = data.sources[cell.source];
    if (current) { current.removeAttribute("aria-current"); }
    current = button;
    button.setAttribute("aria-current", "true");
    panelTitle.textContent = cell.source + ": " + source.title;

    var body = [];
    var verdict = el("p");
    var badge = el("span", "verdict " + cell.verdict.toLowerCase() + (cell.hedged ? " hedged" : ""),
      marks[cell.verdict] + " " + cell.verdict + (cell.hedged ? " (hedged)" : ""));
    verdict.appendChild(badge);
    verdict.appendChild(document.createTextNode(" " + cell.claim));
    body.push(verdict);
    body.push(el("p", "meta", cell.feature + ", line " + cell.line + " \\u00b7 " + source.file));
    body.push(el("h3", "", "Explanations"));
    var explanations = el("ul", "explanations");
    cell.explanations.forEach(function (text) { explanations.appendChild(el("li", "", text)); });
    body.push(explanations);
    if (cell.evidence.length) {
      body.push(el("h3", "", "Evidence"));
      body.push(evidenceList(cell));
    }
    body.push(el("h3", "", "Source text"));
    body.push(sourceText(source, cell.marks));
    panelBody.replaceChildren.apply(panelBody, body);

    panel.hidden = false;
    document.body.classList.add("panel-open");
    panelTitle.focus({preventScroll: true});
    // Scroll only the panel to the first quote: scrollIntoView would also move the page and
    // take the clicked row away from under the reader's pointer.
    var first = panelBody.querySelector("mark");
    panel.scrollTop = 0;
    if (first) {
      panel.scrollTop = first.getBoundingClientRect().top - panel.getBoundingClientRect().top -
        panel.clientHeight / 3;
    }
  }

  function close() {
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    if (current) { current.focus(); }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("button.cell");
    if (button) { show(button); }
  });
  document.getElementById("panel-close").addEventListener("click", close);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { close(); }
  });

  // Test hook (documented in factspec.report_html): #test-click=<cell id> clicks that cell
  // and records the outcome on <html>, so `chromium --dump-dom` can show the result.
  var hook = /^#test-click=([A-Za-z0-9-]+)$/.exec(location.hash);
  if (hook) {
    var target = document.getElementById(hook[1]);
    if (target) { target.click(); }
    document.documentElement.setAttribute("data-test-clicked", target ? hook[1] : "missing");
    document.documentElement.setAttribute("data-test-pwned", typeof window.__pwned);
  }
})();
"""
