"""The command line as a pipeline stage: a reader that stops early is no error of ours."""

from __future__ import annotations

import shlex
import subprocess
import sys

from conftest import ROOT


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    """`factspec check -v | true`: the reader is gone before factspec, which needs a moment
    to judge the claims, writes its first line."""
    completed = subprocess.run(
        f"{shlex.quote(sys.executable)} -m factspec.cli check -v | true",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "Traceback" not in completed.stderr
    assert "BrokenPipeError" not in completed.stderr
