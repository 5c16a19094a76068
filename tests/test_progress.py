"""The progress bar: on stderr, only on a terminal a person watches, only for work that
takes longer than its delay, one bar at a time, and gone when the work is done."""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import CliRun
from factspec.commands.progress import progress_on_terminal
from factspec.read.progress import track


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _not_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")


def test_a_terminal_sees_the_bar_of_the_outer_loop_only() -> None:
    screen = Terminal()
    with progress_on_terminal(screen, delay=0):
        for _ in track(range(3), "reading sources"):
            assert list(track(range(2), "reading evidence")) == [0, 1]
    shown = screen.getvalue()
    assert "reading sources" in shown and "/3 " in shown
    assert "reading evidence" not in shown


def test_work_quicker_than_the_delay_shows_nothing() -> None:
    screen = Terminal()
    with progress_on_terminal(screen, delay=60):
        assert list(track(range(1000), "reading sources")) == list(range(1000))
    assert screen.getvalue() == ""


def test_slow_work_shows_after_the_delay() -> None:
    screen = Terminal()
    with progress_on_terminal(screen, delay=0.05):
        for _ in track(range(3), "mutating"):
            time.sleep(0.05)
    assert "mutating" in screen.getvalue()


@pytest.mark.parametrize("setting", [("CI", "true"), ("TERM", "dumb")])
def test_silent_in_ci_logs_and_dumb_terminals(
    monkeypatch: pytest.MonkeyPatch, setting: tuple[str, str]
) -> None:
    monkeypatch.setenv(*setting)
    screen = Terminal()
    with progress_on_terminal(screen, delay=0):
        list(track(range(3), "reading sources"))
    assert screen.getvalue() == ""


def test_silent_in_a_pipe() -> None:
    pipe = io.StringIO()  # isatty() is False
    with progress_on_terminal(pipe, delay=0):
        list(track(range(3), "reading sources"))
    assert pipe.getvalue() == ""


def test_without_a_listener_the_engine_hands_its_items_back() -> None:
    items = [1, 2, 3]
    assert track(items, "reading sources") is items


def test_check_through_the_command_line_reports_loading_on_stderr(
    tiny: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., CliRun]
) -> None:
    """The real loops are tracked: sources and evidence as a project loads."""
    seen: list[str] = []
    screen = Terminal()
    with progress_on_terminal(screen, delay=0):
        from factspec.read import progress

        tracker = progress._TRACKER.get()
        assert tracker is not None

        def spy(items, total, description):  # type: ignore[no-untyped-def]
            seen.append(description)
            return tracker(items, total, description)

        with progress.reporting(spy):
            assert run_cli("check", str(tiny)).code == 0
    assert seen[:2] == ["reading sources", "reading evidence"]
