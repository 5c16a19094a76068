"""coverage.html: data never becomes markup, the page is deterministic and shows everything."""

from __future__ import annotations

import base64
import copy
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.report.html import (
    DATA_ELEMENT_ID,
    cell_id,
    json_for_script,
    render_html,
    source_texts,
)

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = "<script>alert(1)</script>"
ATTRIBUTE = '"onmouseover=alert(1) x="'
BREAKOUT = "</script><script>alert(2)</script>"
HOSTILE = f"{SCRIPT} {ATTRIBUTE} {BREAKOUT} <!-- & \u2028\u2029"


class PageParser(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>, as a browser parses."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def hostile_model() -> tuple[dict[str, Any], dict[str, str]]:
    """A one-claim, one-source model with markup in every field a curator or a seed controls."""
    text = f"Vorspann {HOSTILE}\nDie Ausgaben steigen auf 40 Milliarden {HOSTILE}.\n"
    quote = f"auf 40 Milliarden {HOSTILE}"
    start = text.index(quote)
    cell = {
        "source": "s1",
        "verdict": "SUPPORTS",
        "hedged": True,
        "explanations": [f"s1 says {HOSTILE}"],
        "evidence": [
            {
                "fact": f"fact {HOSTILE}",
                "quote": quote,
                "line": 2,
                "column": 22,
                "start": start,
                "end": start + len(quote),
                "hedged": True,
            }
        ],
    }
    model = {
        "schema": 1,
        "fingerprint": f"abc {HOSTILE}",
        "sources": [
            {
                "id": "s1",
                "file": f"s1 {HOSTILE}.txt",
                "title": f"Titel {HOSTILE}",
                "language": "de",
                "published": "2024-08",
                "dated_by": f"dated {HOSTILE}",
            }
        ],
        "claims": [
            {
                "id": f"features/x.feature::Claim {HOSTILE}",
                "title": f"Claim {HOSTILE}",
                "feature": f"features/{HOSTILE}.feature",
                "line": 3,
                "tags": [f"tag{HOSTILE}"],
                "dispute_reason": f"because {HOSTILE}",
                "status": "failed",
                "reasons": [f"reason {HOSTILE}"],
                "supporters": ["s1"],
                "verdicts": {"s1": "SUPPORTS"},
                "hedged": ["s1"],
                "cells": [cell],
            }
        ],
        "summary": {"claims": 1, "passed": 0, "failed": 1},
        "totals": {"s1": {"SUPPORTS": 1, "COMPATIBLE": 0, "REFUTES": 0, "SILENT": 0}},
        "conflicts": [
            {
                "fact": f"fact {HOSTILE}",
                "description": f"description {HOSTILE}",
                "kind": "within a source",
                "a": {"source": "s1", "quote": quote, "reads": HOSTILE, "says": HOSTILE},
                "b": {"source": "s1", "quote": HOSTILE, "says": HOSTILE},
            }
        ],
        "coverage": {
            "s1": {
                "figures": 1,
                "covered": 0,
                "ignored": 0,
                "uncovered": [{"text": HOSTILE, "line": 1, "column": 1}],
            }
        },
    }
    return model, {"s1": text}


@pytest.fixture(scope="module")
def shipped_report() -> tuple[dict[str, Any], dict[str, str], str]:
    report = check_project(ROOT)
    model = build_model(report.project, report.records())
    texts = source_texts(report.project)
    return model, texts, render_html(model, texts)


def data_block(page: str) -> str:
    match = re.search(
        rf'<script type="application/json" id="{DATA_ELEMENT_ID}">(.*?)</script>', page, re.S
    )
    assert match, "the page has no data block"
    return match.group(1)


# ------------------------------------------------------------------------------ escaping


def test_hostile_text_creates_no_element_and_no_handler() -> None:
    model, texts = hostile_model()
    page = parse(render_html(model, texts))
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": DATA_ELEMENT_ID}, {}]
    handlers = [(tag, name) for tag, attrs in page.tags for name in attrs if name.startswith("on")]
    assert handlers == []
    assert "x" not in {name for _, attrs in page.tags for name in attrs}


def test_no_raw_markup_from_data_outside_the_json_block() -> None:
    model, texts = hostile_model()
    page = render_html(model, texts)
    outside = page.replace(data_block(page), "")
    for raw in (SCRIPT, BREAKOUT, ATTRIBUTE, "<!--"):
        assert raw not in outside
    # ... and it is there as text a reader sees, escaped.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in outside
    assert "&quot;onmouseover=alert(1) x=&quot;" in outside


def test_claim_title_and_quote_are_escaped_exactly_where_they_are_shown() -> None:
    # One value per field, so each assertion pins the escaping of that field at its place in
    # the template (text, attribute, blockquote), including the spelling of '"' and '&'.
    title = f'Claim {SCRIPT} "quoted" & more'
    quote = f'Zitat {SCRIPT} "wörtlich" & mehr'
    model, texts = hostile_model()
    model["claims"][0]["title"] = title
    model["conflicts"][0]["b"]["quote"] = quote
    page = render_html(model, texts)
    escaped_title = "Claim &lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; more"
    escaped_quote = "Zitat &lt;script&gt;alert(1)&lt;/script&gt; &quot;wörtlich&quot; &amp; mehr"
    assert f'<span class="title">{escaped_title}</span>' in page
    assert f'title="supports, hedged: source s1 — {escaped_title}"' in page
    assert f"<blockquote>{escaped_quote}</blockquote>" in page
    outside = page.replace(data_block(page), "")
    assert title not in outside
    assert quote not in outside


def test_json_block_holds_no_markup_characters_and_round_trips() -> None:
    model, texts = hostile_model()
    block = data_block(render_html(model, texts))
    for char in "<>&\u2028\u2029":
        assert char not in block
    data = json.loads(block)
    cell = data["cells"][cell_id(0, 0)]
    assert data["sources"]["s1"]["text"] == texts["s1"]
    assert cell["claim"] == f"Claim {HOSTILE}"
    assert cell["evidence"][0]["quote"].endswith(HOSTILE)
    assert cell["explanations"] == [f"s1 says {HOSTILE}"]


def test_json_for_script_escapes_exactly_the_dangerous_characters() -> None:
    assert (
        json_for_script({"a": "</script>&\u2028"}) == '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}'
    )


def test_page_script_builds_nodes_never_markup() -> None:
    model, texts = hostile_model()
    page = render_html(model, texts)
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
        assert sink not in page


def test_content_security_policy_admits_the_page_script_only() -> None:
    model, texts = hostile_model()
    page = render_html(model, texts)
    own_script = parse(page).scripts[1][1]
    digest = base64.b64encode(hashlib.sha256(own_script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page
    assert "default-src 'none'" in page


# ------------------------------------------------------------------------------ highlights


def test_marks_count_utf16_units_beyond_the_bmp() -> None:
    model, _ = hostile_model()
    text = "😀 Umsatz: 5 Mrd."
    quote = "Umsatz: 5 Mrd."
    evidence = model["claims"][0]["cells"][0]["evidence"][0]
    evidence.update(quote=quote, start=2, end=2 + len(quote))
    data = json.loads(data_block(render_html(model, {"s1": text})))
    # The emoji is one code point in Python but two UTF-16 units in JavaScript.
    assert data["cells"][cell_id(0, 0)]["marks"] == [[3, 3 + len(quote), 1]]


def test_overlapping_quotes_become_one_mark() -> None:
    model, _ = hostile_model()
    text = "Erst A und B. Dann C."
    cell = model["claims"][0]["cells"][0]
    base = cell["evidence"][0]
    cell["evidence"] = [
        {**base, "quote": "Erst A und B.", "start": 0, "end": 13, "hedged": False},
        {**base, "quote": "A und B. Dann", "start": 5, "end": 18, "hedged": False},
        {**base, "quote": "C.", "start": 19, "end": 21, "hedged": True},
    ]
    data = json.loads(data_block(render_html(model, {"s1": text})))
    assert data["cells"][cell_id(0, 0)]["marks"] == [[0, 18, 0], [19, 21, 1]]


def test_text_that_does_not_hold_the_quote_is_refused() -> None:
    model, texts = hostile_model()
    with pytest.raises(ValueError, match="does not hold the quote"):
        render_html(model, {"s1": "\ufeff" + texts["s1"]})


def test_missing_source_text_is_refused() -> None:
    model, _ = hostile_model()
    with pytest.raises(ValueError, match="no text for source"):
        render_html(model, {})


# ------------------------------------------------------------------------------ determinism


def test_same_model_gives_identical_bytes(shipped_report: tuple[Any, Any, str]) -> None:
    model, texts, page = shipped_report
    again = render_html(json.loads(json.dumps(model)), copy.deepcopy(texts))
    assert again.encode("utf-8") == page.encode("utf-8")


def test_page_has_no_clock_in_it(shipped_report: tuple[Any, Any, str]) -> None:
    _, _, page = shipped_report
    assert not re.search(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d", page)


# ------------------------------------------------------------------------------ content


def test_every_claim_title_and_source_id_is_shown(shipped_report: tuple[Any, Any, str]) -> None:
    model, _, page = shipped_report
    for claim in model["claims"]:
        assert f'<span class="title">{html.escape(claim["title"], quote=True)}</span>' in page
    for source in model["sources"]:
        assert re.search(rf'<th scope="col" class="source" title="[^"]*">{source["id"]}</th>', page)
    assert f"{model['summary']['claims']} claims" in page
    assert model["fingerprint"] in page


def test_every_speaking_cell_is_a_button_with_its_data(
    shipped_report: tuple[Any, Any, str],
) -> None:
    model, _, page = shipped_report
    data = json.loads(data_block(page))
    index = {source["id"]: si for si, source in enumerate(model["sources"])}
    expected = {
        cell_id(ci, index[cell["source"]])
        for ci, claim in enumerate(model["claims"])
        for cell in claim["cells"]
    }
    assert len(expected) > 64, "too few cells to test"
    buttons = {
        attrs["id"] for tag, attrs in parse(page).tags if tag == "button" and attrs.get("id")
    }
    assert expected <= buttons
    assert set(data["cells"]) == expected


def test_conflicts_and_coverage_sections_are_present(shipped_report: tuple[Any, Any, str]) -> None:
    model, _, page = shipped_report
    assert f"Conflicts ({len(model['conflicts'])})" in page
    assert 'id="coverage"' in page
