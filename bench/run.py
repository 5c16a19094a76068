"""Measure factspec at scale and print one table against the targets of issues 7 and 17.

    python bench/run.py [--quick] [--repeats 3] [--keep]

Every figure comes from this one run: projects are generated into a temporary folder
(``bench/generate.py``), each command runs in a subprocess, and each figure is the median
of ``--repeats`` runs (one run for a size whose first run took longer than ``SLOW_SECONDS``;
the table says so). ``--quick`` uses small sizes and finishes in under a minute.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIME_BIN = Path("/usr/bin/time")
SLOW_SECONDS = 20.0
TIMEOUT_SECONDS = 300.0  # per command; --timeout overrides
PYTEST_ARGS = ["-q", "-p", "no:cacheprovider"]


@dataclass(frozen=True)
class Sizes:
    """The project sizes of one benchmark run."""

    sources: tuple[int, ...]  # check scaling: one project per entry
    evidence: int
    claims: int
    mutate: tuple[int, int, int]  # sources, evidence, claims of the mutation project


FULL = Sizes((1000, 2000, 5000, 10000), evidence=10000, claims=2000, mutate=(50, 600, 200))
QUICK = Sizes((100, 200, 400), evidence=1000, claims=200, mutate=(20, 120, 40))


@dataclass(frozen=True)
class Run:
    """One timed subprocess: wall seconds, peak resident memory in bytes, exit code, stdout."""

    seconds: float
    peak_bytes: int
    code: int
    out: str
    timed_out: bool = False


class Budget:
    """The per-command time limit of this benchmark run."""

    seconds: float = TIMEOUT_SECONDS


@dataclass
class Row:
    """One line of the result table."""

    metric: str
    measured: str
    target: str = ""
    verdict: str = ""


def timed(cmd: Sequence[str], cwd: Path) -> Run:
    """Run ``cmd`` in ``cwd``; peak memory from /usr/bin/time -v when present."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        wrapped = [str(TIME_BIN), "-v", "-o", report.name, *cmd] if TIME_BIN.exists() else cmd
        start = time.perf_counter()
        done = run_in_group(wrapped, cwd)
        seconds = time.perf_counter() - start
        if done is None:
            progress(f"  > {Budget.seconds:.0f} s  {' '.join(cmd)}  ({cwd.name}) timed out")
            return Run(seconds, 0, -1, "", timed_out=True)
        if TIME_BIN.exists():
            peak = _max_rss_kb(Path(report.name).read_text()) * 1024
        else:  # ru_maxrss of the largest child so far: an upper bound
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    progress(f"{seconds:8.2f} s  {' '.join(cmd)}  ({cwd.name})")
    return Run(seconds, peak, done.returncode, done.stdout)


def run_in_group(cmd: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str] | None:
    """Run ``cmd`` in its own process group; on timeout end that whole group, return None."""
    with subprocess.Popen(
        cmd,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(timeout=Budget.seconds)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return None
    return subprocess.CompletedProcess(cmd, process.returncode, out, err)


def progress(message: str) -> None:
    """A progress line on stderr, so a long run shows where it is."""
    print(message, file=sys.stderr, flush=True)


def _max_rss_kb(report: str) -> int:
    for line in report.splitlines():
        if "Maximum resident set size" in line:
            return int(line.rsplit(":", 1)[1])
    return 0


def repeated(
    cmd: Sequence[str], cwd: Path, repeats: int, before: Callable[[], None] | None = None
) -> tuple[Run, int]:
    """Median run (by time) of up to ``repeats``; a slow first run is not repeated.
    ``before`` runs ahead of each timed run, untimed (clearing the cache for a cold run)."""

    def one() -> Run:
        if before is not None:
            before()
        return timed(cmd, cwd)

    runs = [one()]
    if runs[0].timed_out:
        return runs[0], 1
    if runs[0].seconds <= SLOW_SECONDS:
        runs += [one() for _ in range(repeats - 1)]
    median = statistics.median(r.seconds for r in runs)
    best = min(runs, key=lambda r: abs(r.seconds - median))
    peak = max(r.peak_bytes for r in runs)
    return Run(median, peak, best.code, best.out), len(runs)


def generate(out: Path, sources: int, evidence: int, claims: int, fact_files: int = 1) -> Path:
    """A generated project at ``out`` (see bench/generate.py)."""
    cmd = [sys.executable, str(HERE / "generate.py"), "--out", str(out)]
    cmd += ["--sources", str(sources), "--evidence", str(evidence), "--claims", str(claims)]
    cmd += ["--fact-files", str(fact_files)]
    subprocess.run(cmd, check=True)
    return out


def corpus_bytes(project: Path) -> int:
    return sum(p.stat().st_size for p in (project / "seeds").iterdir())


def mark(ok: bool) -> str:
    return "pass" if ok else "MISS"


def check_rows(base: Path, sizes: Sizes, repeats: int) -> tuple[list[Row], dict[int, Path]]:
    """`factspec check` time, evidence quotes per second and peak memory per size; growth.

    A size whose time, projected linearly from the last measured size, exceeds the per-command
    limit is not run; the table says so rather than guessing a figure."""
    rows: list[Row] = []
    projects: dict[int, Path] = {}
    measured: list[tuple[int, float]] = []
    for n in sizes.sources:
        label = f"check  {n} src / {sizes.evidence} ev / {sizes.claims} claims"
        target = ("<= 2 s", "") if n == max(sizes.sources) else ("", "")
        if measured and measured[-1][1] * n / measured[-1][0] > Budget.seconds:
            projected = measured[-1][1] * n / measured[-1][0]
            note = f"not run: linear projection {projected:.0f} s > {Budget.seconds:.0f} s limit"
            rows.append(Row(label, note, target[0], "MISS" if target[0] else ""))
            continue
        projects[n] = generate(base / f"check{n}", n, sizes.evidence, sizes.claims)
        # --no-cache: every run does the whole work (the cache has rows of its own below).
        run, count = repeated(["factspec", "check", "--no-cache", "."], projects[n], repeats)
        if run.timed_out:
            rows.append(Row(label, f"> {Budget.seconds:.0f} s (timed out)", *target))
            if measured:  # the time is a lower bound, so is the exponent
                n1, t1 = measured[-1]
                bound = math.log(Budget.seconds / t1) / math.log(n / n1)
                rows.append(Row(f"growth exponent {n1} -> {n}", f"> {bound:.2f}", "<= 1.1", "MISS"))
            break
        index = sizes.sources.index(n)
        memory_target = MEMORY_TARGETS.get(index, MEMORY_TARGETS.get(index - len(sizes.sources)))
        rows += size_rows(
            label, run, count, sizes.evidence, corpus_bytes(projects[n]), memory_target
        )
        if target[0]:
            rows[-3].target, rows[-3].verdict = target[0], mark(run.seconds <= 2)
        measured.append((n, run.seconds))
    for (n1, t1), (n2, t2) in itertools.pairwise(measured):
        exponent = math.log(t2 / t1) / math.log(n2 / n1)
        rows.append(
            Row(f"growth exponent {n1} -> {n2}", f"{exponent:.2f}", "<= 1.1", mark(exponent <= 1.1))
        )
    return rows, projects


class Baseline:
    """Peak memory of `factspec check` on a one-claim project, measured in this run: what the
    interpreter and the imports take whatever the corpus, subtracted to compare with it."""

    peak_bytes: int = 0


#: Peak memory above the baseline, as a multiple of the corpus, by index of the size: the
#: smallest size (1k sources) and the largest (10k) have targets (issue 17).
MEMORY_TARGETS = {0: 6.0, -1: 3.0}


def size_rows(
    label: str, run: Run, count: int, evidence: int, corpus: int, target: float | None
) -> list[Row]:
    """Time, evidence quotes per second and peak memory of one measured size."""
    note = f" (median of {count})" if count > 1 else " (1 run)"
    exit_note = "" if run.code == 0 else f" EXIT {run.code}"
    net = max(run.peak_bytes - Baseline.peak_bytes, 0)
    ratio = net / corpus
    return [
        Row(label, f"{run.seconds:.2f} s{note}{exit_note}"),
        Row("  evidence quotes / s", f"{evidence / run.seconds:,.0f}"),
        Row(
            f"  peak memory (corpus {corpus / 1e6:.1f} MB)",
            f"{run.peak_bytes / 1e6:.0f} MB; above the {Baseline.peak_bytes / 1e6:.0f} MB "
            f"baseline {net / 1e6:.0f} MB = {ratio:.1f} x corpus",
            f"<= {target:g} x corpus" if target is not None else "",
            mark(ratio <= target) if target is not None else "",
        ),
    ]


def measure_baseline(base: Path) -> list[Row]:
    """`factspec check` on the smallest project the generator makes, for its peak memory."""
    project = generate(base / "baseline", 1, 10, 1)
    run, count = repeated(["factspec", "check", "."], project, 3)
    Baseline.peak_bytes = run.peak_bytes
    return [
        Row(
            f"baseline: check 1 src / 10 ev / 1 claim (x{count})",
            f"{run.seconds:.2f} s, peak {run.peak_bytes / 1e6:.0f} MB",
        )
    ]


def clear_cache(project: Path) -> Callable[[], None]:
    """A `repeated` step that empties the project's cache, for cold runs."""

    def clear() -> None:
        shutil.rmtree(project / ".factspec_cache", ignore_errors=True)

    return clear


@dataclass
class Cold:
    """The cold `factspec check` of the largest size, which impact is compared with."""

    seconds: float = 0.0


def cache_rows(project: Path, evidence: int, repeats: int) -> list[Row]:
    """`factspec check` cold (no cache) and warm (cache filled) against the plain-script floor
    (bench/floor.py: read the seeds, parse facts.yaml with libyaml, str.find each quote)."""
    n = sum(1 for _ in (project / "seeds").iterdir())
    floor, n_floor = repeated([sys.executable, str(HERE / "floor.py"), "."], project, repeats)
    cold, n_cold = repeated(["factspec", "check", "."], project, repeats, clear_cache(project))
    warm, n_warm = repeated(["factspec", "check", "."], project, repeats)
    Cold.seconds = cold.seconds
    codes = {floor.code, cold.code, warm.code}
    warn = "" if codes == {0} else f" (exit codes {sorted(codes)})"
    cold_ratio, warm_ratio = cold.seconds / floor.seconds, warm.seconds / floor.seconds
    net = max(warm.peak_bytes - Baseline.peak_bytes, 0) / corpus_bytes(project)
    return [
        Row(f"floor script {n} src / {evidence} ev (x{n_floor})", f"{floor.seconds:.2f} s{warn}"),
        Row(f"check cold (cache empty) {n} src (x{n_cold})", f"{cold.seconds:.2f} s"),
        Row("  cold / floor", f"{cold_ratio:.2f} x", "<= 0.5 x", mark(cold_ratio <= 0.5)),
        Row(f"check warm (cache filled) {n} src (x{n_warm})", f"{warm.seconds:.2f} s"),
        Row("  warm / floor", f"{warm_ratio:.2f} x", "<= 0.15 x", mark(warm_ratio <= 0.15)),
        Row(
            "  warm peak memory",
            f"{warm.peak_bytes / 1e6:.0f} MB; above the baseline {net:.1f} x corpus",
        ),
    ]


FLOOR_MODULE = '''\
"""Floor: the same engine calls as the factspec plugin, as a plain parametrized test."""
from pathlib import Path

import pytest

from factspec.judge.checker import Checker
from factspec.read.features import load_features
from factspec.model.lock import lock_status
from factspec.model.project import Project

ROOT = Path({root!r})
CLAIMS = load_features(ROOT / "features", ROOT)


@pytest.fixture(scope="session")
def checker():
    return Checker(Project.load(ROOT), lock_status(ROOT))


@pytest.mark.parametrize("claim", CLAIMS, ids=[c.id for c in CLAIMS])
def test_claim(checker, claim):
    result = checker.check(claim)
    checker.record(result)  # the plugin records every claim for the table and the reports
    assert result.passed
'''


def pytest_rows(base: Path, project: Path, claims: int, repeats: int) -> list[Row]:
    """The plugin's pytest run against a plain parametrized floor, and -n 2 against serial."""
    floor_dir = base / "floor"
    floor_dir.mkdir()
    (floor_dir / "test_floor.py").write_text(FLOOR_MODULE.format(root=str(project)))
    (floor_dir / "pytest.ini").write_text("[pytest]\n")
    suite = ["pytest", "features", *PYTEST_ARGS, "--factspec-no-reports"]
    # The cache filled once, untimed: serial, floor and -n 2 then all start from it.
    timed(["factspec", "check", "."], project)
    serial, n_serial = repeated(suite, project, repeats)
    floor, n_floor = repeated(["pytest", "test_floor.py", *PYTEST_ARGS], floor_dir, repeats)
    xdist, n_xdist = repeated([*suite, "-n", "2"], project, repeats)
    cold = clear_cache(project)
    serial_cold, _ = repeated(suite, project, repeats, cold)
    xdist_cold, n_cold = repeated([*suite, "-n", "2"], project, repeats, cold)
    if serial.timed_out or floor.timed_out or xdist.timed_out:
        limit = f"> {Budget.seconds:.0f} s (timed out)"
        show = [limit if r.timed_out else f"{r.seconds:.2f} s" for r in (serial, floor, xdist)]
        return [
            Row(f"pytest {claims} scenarios, serial", show[0]),
            Row("  floor: parametrized test", show[1]),
            Row("  pytest / floor", "n/a: a run timed out", "<= 1.5 x", "n/a"),
            Row("pytest -n 2", show[2]),
        ]
    ratio = serial.seconds / floor.seconds
    codes = {serial.code, floor.code, xdist.code}
    warn = "" if codes == {0} else f" (exit codes {sorted(codes)})"
    return [
        Row(f"pytest {claims} scenarios, serial (x{n_serial})", f"{serial.seconds:.2f} s{warn}"),
        Row(f"  floor: parametrized test (x{n_floor})", f"{floor.seconds:.2f} s"),
        Row("  pytest / floor", f"{ratio:.2f} x", "<= 1.5 x", mark(ratio <= 1.5)),
        Row(f"pytest -n 2 (x{n_xdist})", f"{xdist.seconds:.2f} s"),
        Row(
            "  -n 2 / serial",
            f"{xdist.seconds / serial.seconds:.2f} x",
            "<= 0.65 x",
            mark(xdist.seconds / serial.seconds <= 0.65),
        ),
        Row(
            f"pytest cache empty: serial / -n 2 (x{n_cold})",
            f"{serial_cold.seconds:.2f} s / {xdist_cold.seconds:.2f} s",
        ),
        Row("  -n 2 / serial, cache empty", f"{xdist_cold.seconds / serial_cold.seconds:.2f} x"),
    ]


def command_available(name: str) -> bool:
    """Whether ``factspec NAME`` exists in this checkout."""
    done = subprocess.run(["factspec", name, "--help"], capture_output=True, text=True)
    return done.returncode == 0


def impact_rows(base: Path, sources: int, sizes: Sizes, repeats: int) -> list[Row]:
    """`factspec impact --base HEAD` after editing one source and its quote."""
    label = f"impact after one edit at {sources} src"
    if not command_available("impact"):
        return [Row(label, "n/a: command not available", "<= 1 s", "n/a")]
    project = base / f"check{sources}"
    if not project.exists():
        project = generate(project, sources, sizes.evidence, sizes.claims)
    commit(project)
    edit_one_source(project)
    cmd = ["factspec", "impact", "--base", "HEAD", "."]
    # The first run after the edit finds REV's facts in the cache (the checks above filled
    # it with the same bytes) and parses the edited file; later runs find both.
    first = timed(cmd, project)
    again, count = repeated(cmd, project, repeats)
    rows = [
        Row(f"{label}, first run", f"{first.seconds:.2f} s", "<= 1 s", mark(first.seconds <= 1))
    ]
    if Cold.seconds:
        ratio = first.seconds / Cold.seconds
        rows.append(
            Row("  first run / cold check", f"{ratio:.2f} x", "<= 0.3 x", mark(ratio <= 0.3))
        )
    rows.append(Row(f"  again, both sides cached (x{count})", f"{again.seconds:.2f} s"))
    return rows + split_impact_rows(base, sources, sizes)


def split_impact_rows(base: Path, sources: int, sizes: Sizes) -> list[Row]:
    """The same edit in a project whose facts are split over facts/*.yaml, its cache filled
    by a check first, as a CI job's would be."""
    files = 100
    project = generate(base / f"split{sources}", sources, sizes.evidence, sizes.claims, files)
    timed(["factspec", "check", "."], project)
    commit(project)
    edit_one_source(project)
    first = timed(["factspec", "impact", "--base", "HEAD", "."], project)
    label = f"impact after one edit at {sources} src, facts in {files} files, first run"
    rows = [Row(label, f"{first.seconds:.2f} s")]
    if Cold.seconds:
        rows.append(Row("  first run / cold check", f"{first.seconds / Cold.seconds:.2f} x"))
    return rows


def commit(project: Path) -> None:
    git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid"]
    subprocess.run([*git, "init", "-q"], cwd=project, check=True)
    subprocess.run([*git, "add", "-A"], cwd=project, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "bench"], cwd=project, check=True)


def edit_one_source(project: Path) -> None:
    """Change the first GPU figure of the first source, in the seed and in its quote (in
    facts.yaml, or in the file of facts/ that holds it)."""
    seed = project / "seeds" / "s00000.txt"
    text = seed.read_text(encoding="utf-8")
    for facts in [project / "facts.yaml", *sorted((project / "facts").glob("*.yaml"))]:
        yaml = facts.read_text(encoding="utf-8")
        for line in text.splitlines():
            for sentence in line.split(". "):
                if "GPUs" in sentence and sentence in yaml:
                    edited = sentence.replace("GPUs", "Grafikchips GPUs", 1)
                    seed.write_text(text.replace(sentence, edited, 1), encoding="utf-8")
                    facts.write_text(yaml.replace(sentence, edited), encoding="utf-8")
                    return


def mutate_rows(base: Path, size: tuple[int, int, int]) -> list[Row]:
    """Mutants per second of `factspec mutate` on a small project."""
    sources, evidence, claims = size
    label = f"mutate {sources} src / {evidence} ev / {claims} claims"
    if not command_available("mutate"):
        return [Row(label, "n/a: command not available")]
    project = generate(base / "mutate", sources, evidence, claims)
    run = timed(["factspec", "mutate", "--json", "."], project)
    try:
        built = json.loads(run.out)["mutants"]["built"]
    except (ValueError, KeyError, TypeError):
        return [Row(label, f"n/a: unreadable output (exit {run.code})")]
    return [Row(label, f"{built} mutants in {run.seconds:.2f} s = {built / run.seconds:,.0f} / s")]


def render(rows: list[Row], title: str) -> str:
    """The table as Markdown."""
    lines = [title, "", "| measure | measured | target | |", "|---|---|---|---|"]
    lines += [f"| {r.metric} | {r.measured} | {r.target} | {r.verdict} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the generated projects")
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS, help="per command, s")
    args = parser.parse_args()
    Budget.seconds = args.timeout
    sizes = QUICK if args.quick else FULL
    base = Path(tempfile.mkdtemp(prefix="factspec-bench-"))
    # Bytecode as on a developer's machine: compiled once, then read. An environment that
    # sets PYTHONDONTWRITEBYTECODE would make every process (and every xdist worker) compile
    # every module again; the bytecode goes to this run's own folder, nowhere else.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(base / "pycache")
    try:
        # Untimed: the modules every measured process imports, compiled once.
        warm = "import factspec.cli, factspec.plugin, pytest, pytest_bdd, xdist"
        subprocess.run([sys.executable, "-c", warm], check=True)
        rows = measure_baseline(base)
        check, projects = check_rows(base, sizes, args.repeats)
        rows += check
        largest_project = projects[max(projects)]
        rows += cache_rows(largest_project, sizes.evidence, args.repeats)
        smallest = projects[min(projects)]
        rows += pytest_rows(base, smallest, sizes.claims, args.repeats)
        largest = max(sizes.sources)
        rows += impact_rows(base, largest, sizes, args.repeats)
        rows += mutate_rows(base, sizes.mutate)
    finally:
        if args.keep:
            print(f"projects kept in {base}", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)
    title = f"factspec bench ({'quick' if args.quick else 'full'}; {os.cpu_count()} cores)"
    print(render(rows, title))


if __name__ == "__main__":
    main()
