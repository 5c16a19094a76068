"""coverage.html in a real browser: what a reader sees, and that hostile seeds run nothing.

Headless Chromium loads the page from disk with the fragment ``#test-click=<cell id>``; the
page's documented test hook clicks that cell and records the outcome on ``<html>``, and
``--dump-dom`` prints the DOM after the load, which is parsed here. No WebDriver, no network.
Run by ``.ci/browser-test``, which installs Debian's chromium first.
"""

from __future__ import annotations

import itertools
import shutil
import struct
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.report.html import cell_id, render_html, source_texts

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium binary installed (run .ci/browser-test, which installs Debian chromium)",
)

# Without these Chromium tries the network (updates, sync, QUIC probes) and can hang; as root
# it refuses to start without --no-sandbox.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
TIMEOUT_SECONDS = 120

CANARY = "<script>window.__pwned=1</script>"
ATTRIBUTE = '"onmouseover=window.__pwned=1 x="'
PAYLOAD = f"{CANARY} {ATTRIBUTE}"


# ------------------------------------------------------------------------------ the browser


def chromium(page: Path, fragment: str, profile: Path, *extra: str) -> str:
    """Run headless Chromium on ``page#fragment``; return what it prints on stdout."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            *extra,
            f"{page.as_uri()}#{fragment}",
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_SECONDS,
        check=False,
    )
    assert result.returncode == 0, f"chromium failed ({result.returncode}):\n{result.stderr}"
    return result.stdout


def dump_dom(page: Path, fragment: str, profile: Path) -> Dom:
    return Dom.parse(chromium(page, fragment, profile, "--dump-dom"))


# ------------------------------------------------------------------------------ the DOM


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    classes: set[str] = field(default_factory=set)


class Dom(HTMLParser):
    """The dumped DOM as a flat list of elements, each with its full text content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []

    @classmethod
    def parse(cls, markup: str) -> Dom:
        dom = cls()
        dom.feed(markup)
        dom.close()
        assert dom.elements, f"chromium printed no DOM:\n{markup[:500]}"
        return dom

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        element = Element(tag, values, classes=set(values.get("class", "").split()))
        self.elements.append(element)
        if tag not in {"meta", "br", "input", "img", "link"}:
            self._open.append(element)

    def handle_endtag(self, tag: str) -> None:
        while self._open:
            if self._open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    def find(self, tag: str, cls: str | None = None, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag
            and (cls is None or cls in e.classes)
            and all(e.attrs.get(k) == v for k, v in attrs.items())
        ]

    def one(self, tag: str, cls: str | None = None, **attrs: str) -> Element:
        found = self.find(tag, cls, **attrs)
        assert len(found) == 1, f"expected one <{tag}> {cls or ''} {attrs}, found {len(found)}"
        return found[0]


def pre_text(element: Element) -> str:
    """A <pre>'s text as the reader sees it.

    The HTML serializer writes an extra newline after ``<pre>`` when the text starts with one
    (parsers drop the first newline there); Python's parser keeps it, so drop it again.
    """
    return element.text.removeprefix("\n") if element.text.startswith("\n\n") else element.text


# ------------------------------------------------------------------------------ the reports


@dataclass(frozen=True)
class Report:
    model: dict[str, Any]
    texts: dict[str, str]
    page: Path
    profile: Path


def write_report(root: Path, out: Path) -> Report:
    report = check_project(root)
    model = build_model(report.project, report.records())
    texts = source_texts(report.project)
    out.mkdir(parents=True, exist_ok=True)
    page = out / "coverage.html"
    page.write_text(render_html(model, texts), encoding="utf-8")
    return Report(model, texts, page, out / "profile")


@pytest.fixture(scope="module")
def shipped_report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    return write_report(ROOT, tmp_path_factory.mktemp("shipped"))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Report:
    """A copy of the shipped project whose first seed, source title and first claim title
    carry a script tag and an attribute break-out."""
    root = tmp_path_factory.mktemp("hostile") / "project"
    root.mkdir()
    shutil.copy2(ROOT / "facts.yaml", root / "facts.yaml")
    shutil.copytree(ROOT / "seeds", root / "seeds")
    shutil.copytree(ROOT / "features", root / "features")
    shipped = check_project(ROOT)
    first = shipped.project.factbase.sources[0]
    # A claim the first source speaks on, so its cell is a button that opens the seed.
    planted = next(r for r in shipped.records() if first.id in r["verdicts"])
    # Appended, so every evidence offset in the seed stays where it was.
    with (root / "seeds" / first.file).open("a", encoding="utf-8") as seed:
        seed.write(f"\n{PAYLOAD}\n")
    facts = (root / "facts.yaml").read_text(encoding="utf-8")
    yaml_payload = PAYLOAD.replace('"', '\\"')
    facts = facts.replace(f'title: "{first.title}"', f'title: "{first.title} {yaml_payload}"', 1)
    (root / "facts.yaml").write_text(facts, encoding="utf-8")
    feature = root / str(planted["feature"])
    scenario = f"Scenario: {planted['title']}"
    text = feature.read_text(encoding="utf-8")
    assert text.count(scenario) == 1, f"{scenario!r} is not one plain scenario title"
    feature.write_text(text.replace(scenario, f"{scenario} {PAYLOAD}", 1), encoding="utf-8")
    report = write_report(root, root.parent / "out")
    assert PAYLOAD in report.model["sources"][0]["title"], "the title was not planted"
    assert any(PAYLOAD in c["title"] for c in report.model["claims"]), "no claim was planted"
    return report


def first_clean_supporting_cell(model: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The first ✔ cell whose quotes do not overlap (overlaps merge into one highlight)."""
    index = {s["id"]: si for si, s in enumerate(model["sources"])}
    for ci, claim in enumerate(model["claims"]):
        for cell in claim["cells"]:
            own = [e for e in cell["evidence"] if not e.get("borrowed")]
            spans = sorted((e["start"], e["end"]) for e in own)
            disjoint = all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
            if cell["verdict"] == "SUPPORTS" and spans and disjoint:
                return cell_id(ci, index[cell["source"]]), cell
    raise AssertionError("the shipped project has no ✔ cell")


# ------------------------------------------------------------------------------ the tests


def test_every_claim_title_and_source_id_is_shown(shipped_report: Report) -> None:
    dom = dump_dom(shipped_report.page, "", shipped_report.profile)
    titles = [e.text for e in dom.find("span", "title")]
    assert titles == [claim["title"] for claim in shipped_report.model["claims"]]
    columns = [e.text for e in dom.find("th", "source")]
    assert columns == [source["id"] for source in shipped_report.model["sources"]]
    assert "hidden" in dom.one("aside", id="panel").attrs, "the panel shows before any click"


def test_click_on_a_supporting_cell_shows_the_quote_in_its_source(shipped_report: Report) -> None:
    target, cell = first_clean_supporting_cell(shipped_report.model)
    dom = dump_dom(shipped_report.page, f"test-click={target}", shipped_report.profile)

    html = dom.one("html")
    assert html.attrs.get("data-test-clicked") == target, "the page's test hook did not run"
    assert "hidden" not in dom.one("aside", id="panel").attrs
    assert dom.one("button", id=target).attrs.get("aria-current") == "true"
    source = dom.one("pre", "source-text")
    assert pre_text(source) == shipped_report.texts[cell["source"]], "the panel lacks the full text"
    marks = [m.text for m in dom.find("mark")]
    assert cell["evidence"][0]["quote"] in marks
    assert marks == [e["quote"] for e in sorted(cell["evidence"], key=lambda e: e["start"])]
    panel_text = dom.one("div", id="panel-body").text
    for explanation in cell["explanations"]:
        assert explanation in panel_text


def test_click_on_a_completed_cell_shows_the_borrowed_quote(shipped_report: Report) -> None:
    """A ⁺ cell borrows a value from another source: the panel quotes it, names its source,
    and highlights only this source's own words in this source's text."""
    index = {s["id"]: si for si, s in enumerate(shipped_report.model["sources"])}
    target, cell = next(
        (cell_id(ci, index[cell["source"]]), cell)
        for ci, claim in enumerate(shipped_report.model["claims"])
        for cell in claim["cells"]
        if any(e.get("borrowed") for e in cell["evidence"])
        and any(not e.get("borrowed") for e in cell["evidence"])
    )
    dom = dump_dom(shipped_report.page, f"test-click={target}", shipped_report.profile)
    assert dom.one("html").attrs.get("data-test-clicked") == target
    button = dom.one("button", id=target)
    assert "⁺" in button.text
    assert "completed from the corpus" in button.attrs["aria-label"]
    borrowed = [e for e in cell["evidence"] if e.get("borrowed")]
    items = dom.find("li", "borrowed")
    assert [item.text for item in items] == [
        f"{e['fact']} — source {e['source']}, line {e['line']}, column {e['column']}: {e['quote']}"
        for e in borrowed
    ]
    assert "Borrowed from other sources" in dom.one("div", id="panel-body").text
    own = sorted((e for e in cell["evidence"] if not e.get("borrowed")), key=lambda e: e["start"])
    assert [m.text for m in dom.find("mark")] == [e["quote"] for e in own]


def test_hostile_seed_and_titles_show_as_text_and_run_nothing(hostile: Report) -> None:
    source = hostile.model["sources"][0]
    claim_index, claim = next(
        (ci, c) for ci, c in enumerate(hostile.model["claims"]) if PAYLOAD in c["title"]
    )
    target = cell_id(claim_index, 0)  # the planted claim × the planted source
    dom = dump_dom(hostile.page, f"test-click={target}", hostile.profile)

    html = dom.one("html")
    assert html.attrs.get("data-test-clicked") == target, "the page's test hook did not run"
    assert html.attrs.get("data-test-pwned") == "undefined", "an injected script ran"
    # Only the page's own two scripts exist, and no element carries an event handler.
    assert len(dom.find("script")) == 2
    handlers = [(e.tag, a) for e in dom.elements for a in e.attrs if a.startswith("on")]
    assert handlers == []
    # The reader sees the payload as text: in the claim title, the panel title and the seed.
    assert claim["title"] in [e.text for e in dom.find("span", "title")]
    assert dom.one("h2", id="panel-title").text == f"{source['id']}: {source['title']}"
    seed = pre_text(dom.one("pre", "source-text"))
    assert seed == hostile.texts[source["id"]]
    assert PAYLOAD in seed


def test_screenshot_renders(shipped_report: Report, tmp_path: Path) -> None:
    target, _ = first_clean_supporting_cell(shipped_report.model)
    png = tmp_path / "coverage.png"
    chromium(
        shipped_report.page,
        f"test-click={target}",
        shipped_report.profile,
        "--window-size=1400,1000",
        f"--screenshot={png}",
    )
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (1400, 1000)
