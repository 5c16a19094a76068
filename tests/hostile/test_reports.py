"""Hostile text in reports, and reports written under failure and contention.

- Every piece of source and claim text that reaches coverage.html is shown as text in a real
  browser and runs nothing (skipped only when no chromium is installed).
- A write that fails half-way leaves the previous report byte for byte, and no temporary file.
- Two processes rewriting the same reports never let a reader see a torn file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import factspec.report.write
from conftest import TINY_FACTS, TINY_FEATURE, TINY_SEEDS, CliRun, write_project
from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.report.html import cell_id, source_texts
from factspec.report.write import FORMATS, REPORT_FILES, render
from test_report_browser import CHROMIUM, Dom, dump_dom, pre_text

CANARY = "<script>window.__pwned=1</script>"
ATTRIBUTE = '"onmouseover=window.__pwned=1 x="'
BREAKOUT = "</pre></div><img src=x onerror=window.__pwned=1>"
PAYLOAD = f"{CANARY} {ATTRIBUTE} {BREAKOUT}"
ADLER = "Für das Training von Adler wurden etwa 16.000 GPUs verwendet."


def yaml_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def hostile_project(root: Path) -> Path:
    """The tiny project with the payload in a seed's quoted sentence, a source title, a fact
    description, an evidence note and attribution, a claim title and a claim description."""
    seeds = dict(TINY_SEEDS)
    hostile_sentence = ADLER.replace("verwendet.", f"{PAYLOAD} verwendet.")
    seeds["a.txt"] = textwrap.dedent(seeds["a.txt"]).replace(ADLER, hostile_sentence)
    payload = yaml_text(PAYLOAD)
    facts = (
        textwrap.dedent(TINY_FACTS)
        .replace("title: Falke braucht mehr Rechner", f'title: "Falke {payload}"')
        .replace("description: GPUs used to train Adler", f'description: "GPUs {payload}"')
        .replace(
            f'quote: "{ADLER}"',
            f'quote: "{yaml_text(hostile_sentence)}"\n'
            '        reads: "etwa 16.000 GPUs"\n'
            f'        note: "{payload}"\n'
            f'        attributed_to: "{payload}"',
        )
    )
    feature = (
        textwrap.dedent(TINY_FEATURE)
        .replace("Scenario: Falke needs about ten", f"Scenario: {PAYLOAD} Falke needs ten")
        .replace("The English source gives", f"{PAYLOAD} The English source gives")
    )
    return write_project(root, facts=facts, seeds=seeds, features={"tiny.feature": feature})


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary installed")
def test_hostile_text_in_every_field_shows_as_text_and_runs_nothing(
    tmp_path: Path, run_cli: Callable[..., CliRun]
) -> None:
    root = hostile_project(tmp_path / "project")
    page = tmp_path / "coverage.html"
    result = run_cli("table", str(root), "--format", "html", "--output", str(page))
    assert result.code == 0, result.err
    model = build_model(check_project(root).project, check_project(root).records())
    [claim_index] = [i for i, c in enumerate(model["claims"]) if PAYLOAD in c["title"]]
    target = cell_id(claim_index, 0)
    dom = dump_dom(page, f"test-click={target}", tmp_path / "profile")

    html = dom.one("html")
    assert html.attrs.get("data-test-clicked") == target, "the page's test hook did not run"
    assert html.attrs.get("data-test-pwned") == "undefined", "an injected script ran"
    assert len(dom.find("script")) == 2, "a <script> element was injected"
    assert dom.find("img") == [], "an <img> element was injected"
    handlers = [(e.tag, name) for e in dom.elements for name in e.attrs if name.startswith("on")]
    assert handlers == []
    assert_payload_shown_as_text(dom, model, claim_index)


def assert_payload_shown_as_text(dom: Dom, model: dict, claim_index: int) -> None:
    titles = [e.text for e in dom.find("span", "title")]
    assert model["claims"][claim_index]["title"] in titles
    assert PAYLOAD in dom.one("h2", id="panel-title").text
    assert PAYLOAD in pre_text(dom.one("pre", "source-text"))
    assert any(PAYLOAD in mark.text for mark in dom.find("mark")), "the quote is not highlighted"
    assert PAYLOAD in dom.one("div", id="panel-body").text


# ------------------------------------------------------------------ an interrupted write


class DiskFull(OSError):
    """What the patched stream raises half-way through a report."""


def failing_fdopen(real: Callable[..., object]) -> Callable[..., object]:
    """``os.fdopen`` whose stream writes half of what it is given, then fails."""

    def fdopen(*args: object, **kwargs: object) -> object:
        stream = real(*args, **kwargs)
        write = stream.write  # type: ignore[attr-defined]

        def half_then_fail(text: str) -> int:
            write(text[: len(text) // 2])
            stream.flush()  # type: ignore[attr-defined]
            raise DiskFull(28, "No space left on device")

        stream.write = half_then_fail  # type: ignore[attr-defined]
        return stream

    return fdopen


def test_an_interrupted_write_keeps_the_old_reports_and_leaves_no_temp_file(
    tiny: Path, run_cli: Callable[..., CliRun], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli("table", str(tiny), "--update").code == 0
    reports = [tiny / "COVERAGE.md", *sorted((tiny / "reports").iterdir())]
    before = {path: path.read_bytes() for path in reports}
    feature = tiny / "features" / "tiny.feature"
    feature.write_text(feature.read_text().replace("Falke needs about 160", "Falke needs 160"))
    monkeypatch.setattr(factspec.report.write.os, "fdopen", failing_fdopen(os.fdopen))

    result = run_cli("table", str(tiny), "--update")

    assert result.code == 2, result.out + result.err
    assert "Traceback" not in result.out + result.err
    assert "cannot write reports/COVERAGE.md: No space left on device" in result.err
    assert {path: path.read_bytes() for path in reports} == before
    leftovers = [p.name for p in (tiny, tiny / "reports") for p in p.iterdir() if ".tmp" in p.name]
    assert leftovers == []


def test_an_unwritable_output_is_an_error_not_a_traceback(
    tiny: Path, run_cli: Callable[..., CliRun]
) -> None:
    (tiny / "out").mkdir()
    result = run_cli("table", str(tiny), "--format", "md", "--output", str(tiny / "out"))
    assert result.code == 2
    assert "Traceback" not in result.out + result.err
    assert "cannot write" in result.err


# ------------------------------------------------------------------ concurrent writers

WRITER = """
import sys
from pathlib import Path
from factspec.judge.checker import check_project
from factspec.judge.coverage_model import build_model
from factspec.report.html import source_texts
from factspec.report.write import write_reports

root, out, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
report = check_project(root)
model = build_model(report.project, report.records())
texts = source_texts(report.project)
for _ in range(rounds):
    write_reports(model, texts, out)
"""


def renderings(root: Path) -> dict[str, str]:
    """Every report file of ``root`` as `write_reports` would write it."""
    report = check_project(root)
    model = build_model(report.project, report.records())
    texts = source_texts(report.project)
    return {REPORT_FILES[fmt]: render(model, texts, fmt) for fmt in FORMATS}


def test_two_concurrent_writers_never_leave_a_torn_report(tiny: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    write_project(
        other,
        facts=TINY_FACTS,
        seeds=TINY_SEEDS,
        features={"tiny.feature": TINY_FEATURE.replace("Falke needs about 160", "Falke: 160")},
    )
    versions = [renderings(tiny), renderings(other)]
    assert versions[0]["coverage.html"] != versions[1]["coverage.html"]
    out = tmp_path / "reports"
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(project), str(out), "150"])
        for project in (tiny, other)
    ]
    reads = 0
    while any(writer.poll() is None for writer in writers):
        for name in REPORT_FILES.values():
            path = out / name
            if path.exists():
                text = path.read_bytes().decode("utf-8")
                assert text in (versions[0][name], versions[1][name]), f"torn {name}"
                reads += 1
        time.sleep(0)
    assert [writer.wait(timeout=60) for writer in writers] == [0, 0]
    assert reads > 50, "the readers hardly overlapped the writers"
    assert sorted(p.name for p in out.iterdir()) == sorted(REPORT_FILES.values())
