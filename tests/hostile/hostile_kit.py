"""What every hostile input must get: a located error with a fix, a non-zero exit, no
traceback, bounded time and memory, and not one byte written in the project.

`refused` runs ``factspec lint``, ``check`` and ``table`` on a project and asserts all of that;
`pytest_features` runs the pytest runner on the project's claims in a subprocess.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from conftest import CliRun
from factspec.model.cache import CACHE_DIR

COMMANDS = ("lint", "check", "table")
SECONDS = 5.0
"""Per command: the slowest refusal (a 5,000-row outline) takes well under a second."""
PEAK_BYTES = 64 * 1024 * 1024
"""Peak Python allocation per command: the tiny project needs a few MB; an expanded alias
bomb or a 50 MB seed read into memory would exceed this."""

Snapshot = dict[str, tuple[str, bytes]]


def snapshot(root: Path) -> Snapshot:
    """Every entry under ``root`` by relative path: its kind and its bytes (or link target),
    but for the cache folder (`model.cache`), which every command may fill.

    FIFOs and devices are recorded by kind only: reading one would block or never end.
    """
    entries: Snapshot = {}
    for path in sorted(root.rglob("*")):
        name = path.relative_to(root).as_posix()
        if name.split("/", 1)[0] == CACHE_DIR:
            continue  # the engine's own git-ignored cache: the one thing a command may write
        mode = path.lstat().st_mode
        if stat.S_ISLNK(mode):
            entries[name] = ("link", os.readlink(path).encode())
        elif stat.S_ISREG(mode):
            entries[name] = ("file", path.read_bytes())
        else:
            entries[name] = ("dir" if stat.S_ISDIR(mode) else "special", b"")
    return entries


def peak_allocation(run: Callable[[], object]) -> int:
    """The peak Python allocation, in bytes, while ``run()`` runs."""
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def refused(
    run_cli: Callable[..., CliRun],
    root: Path,
    *expected: str,
    commands: Sequence[str] = COMMANDS,
    code: int = 2,
    seconds: float = SECONDS,
    memory: bool = False,
) -> list[CliRun]:
    """Run each of ``commands`` on ``root``: each exits ``code`` and prints every one of
    ``expected`` (e.g. "facts.yaml:3: …"), in bounded time, with no traceback, and the
    project's bytes are unchanged. ``memory`` also bounds the first command's peak allocation."""
    before = snapshot(root)
    results = []
    for command in commands:
        started = time.perf_counter()
        result = run_cli(command, str(root))
        elapsed = time.perf_counter() - started
        if memory and command == commands[0]:  # tracing slows Python down many times
            peak = peak_allocation(lambda c=command: run_cli(c, str(root)))
            assert peak < PEAK_BYTES, f"{command}: peak allocation {peak:,} bytes"
        output = result.out + result.err
        assert "Traceback" not in output, output
        assert result.code == code, f"{command} exited {result.code}:\n{output}"
        for text in expected:
            assert text in output, f"{command}: {text!r} not in\n{output}"
        assert elapsed < seconds, f"{command} took {elapsed:.2f} s"
        results.append(result)
    assert snapshot(root) == before, "a file in the project was written or changed"
    return results


def has_fix(output: str, location: str) -> bool:
    """Whether the problem printed at ``location`` (e.g. "facts.yaml:3") says how to fix it."""
    return any(line.startswith(location) and " — " in line for line in output.splitlines())


def pytest_features(root: Path) -> subprocess.CompletedProcess[str]:
    """The pytest runner on ``root``'s claims, without reports, caches or bytecode files."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "features",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-p",
            "no:benchmark",  # pytest-benchmark, where installed, creates .benchmarks/
            "--factspec-no-reports",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def pytest_refused(root: Path, *expected: str) -> None:
    """The pytest runner fails on ``root`` naming every one of ``expected``, without a
    traceback or a chained exception, and writes nothing."""
    before = snapshot(root)
    completed = pytest_features(root)
    output = completed.stdout + completed.stderr
    assert completed.returncode not in (0, 5), output
    for marker in ("Traceback", "During handling of the above exception", 'File "'):
        assert marker not in output, output
    for text in expected:
        assert text in output, f"{text!r} not in\n{output}"
    assert snapshot(root) == before, "the pytest runner wrote into the project"
