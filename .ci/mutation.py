"""The engine's mutation run (docs/TESTING.md): mutmut over the modules that decide verdicts.

    python .ci/mutation.py full     # [tool.mutmut] in pyproject.toml; slow (scheduled in CI)
    python .ci/mutation.py sample   # [tool.factspec-mutation.sample]; fast, run by .ci/run
    python .ci/mutation.py score    # the score table of the last run in ./mutants

Each run prints a table per module (killed, survived, …, score) and exits 1 when the score is
below its threshold. The full run also fails on a survivor that docs/TESTING.md does not list
as equivalent, so a new survivor is either killed by a test or explained there.

The sample runs in a copy of the project, because mutmut reads its settings from
``[tool.mutmut]`` only: the copy gets the sample's settings in their place.
"""

from __future__ import annotations

import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTING_MD = ROOT / "docs" / "TESTING.md"

# mutmut's exit codes per mutant (mutmut/stats.py). A timeout, a crash inside pytest and a
# type-check failure all mean the change was noticed: they count as killed.
KILLED = {1, 3, 36, 37, 24, -24, 152, 255}
SURVIVED = {0}
NO_TESTS = {5, 33}
SKIPPED = {34}
COLUMNS = ("killed", "survived", "no tests", "other", "score")


def settings() -> dict[str, object]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return data["tool"]["factspec-mutation"]


def run_mutmut(root: Path, names: Sequence[str] = ()) -> None:
    """``mutmut run`` in ``root`` (of the mutants ``names`` match, else all); the mutants
    import the engine from root/mutants/src only."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    children = str(os.cpu_count() or 2)
    subprocess.run(
        [sys.executable, "-m", "mutmut", "run", "--max-children", children, *names],
        cwd=root,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,  # mutmut's spinner; the table below is the summary
    )


def results(root: Path, names: Sequence[str] = ()) -> dict[str, dict[str, int | None]]:
    """Module path → mutant name → exit code, from mutmut's files under root/mutants (only
    the mutants ``names`` match, when given)."""
    found = {}
    for meta in sorted((root / "mutants").rglob("*.py.meta")):
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        if names:
            codes = {k: v for k, v in codes.items() if any(fnmatch.fnmatch(k, n) for n in names)}
        module = meta.relative_to(root / "mutants").as_posix().removesuffix(".meta")
        found[module] = codes
    return found


def table(found: dict[str, dict[str, int | None]]) -> tuple[str, float]:
    """The score table, and the score over every module (killed / all but skipped)."""
    rows, total = [], Counter[str]()
    for module, codes in found.items():
        count = Counter(_kind(code) for code in codes.values())
        total.update(count)
        rows.append((module, count))
    rows.append(("all", total))
    lines = [
        "| module | " + " | ".join(COLUMNS) + " |",
        "|---|" + "---:|" * len(COLUMNS),
    ]
    for module, count in rows:
        cells = [str(count[column]) for column in COLUMNS[:-1]]
        lines.append(f"| {module} | " + " | ".join(cells) + f" | {_score(count):.1f} % |")
    return "\n".join(lines), _score(total)


def _kind(code: int | None) -> str:
    if code is None:
        raise SystemExit("the mutation run did not finish: some mutants were never checked")
    if code in KILLED:
        return "killed"
    if code in SURVIVED:
        return "survived"
    if code in NO_TESTS:
        return "no tests"
    return "skipped" if code in SKIPPED else "other"


def _score(count: Counter[str]) -> float:
    judged = sum(n for kind, n in count.items() if kind != "skipped")
    return 100.0 * count["killed"] / judged if judged else 100.0


def unlisted_survivors(found: dict[str, dict[str, int | None]]) -> list[str]:
    """Survivors (and mutants no test runs) that docs/TESTING.md does not name."""
    listed = set(re.findall(r"`([\w.]+__mutmut_\d+)`", TESTING_MD.read_text(encoding="utf-8")))
    return sorted(
        name
        for codes in found.values()
        for name, code in codes.items()
        if code in SURVIVED | NO_TESTS and name not in listed
    )


def sample_copy(workdir: Path) -> Path:
    """A copy of the project whose [tool.mutmut] holds the sample's settings."""
    copy = workdir / "project"
    tracked = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, tracked.split("\0")):
        source = ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    sample = settings()["sample"]
    assert isinstance(sample, dict)
    block = "[tool.mutmut]\n" + "".join(
        f"{key} = {json.dumps(value)}\n"
        for key, value in sample.items()
        if key not in ("threshold", "mutants")
    )
    text = (copy / "pyproject.toml").read_text(encoding="utf-8")
    # The [tool.mutmut] table runs up to the next table header (or the end of the file).
    text, replaced = re.subn(r"(?ms)^\[tool\.mutmut\]\n.*?(?=^\[|\Z)", block + "\n", text)
    assert replaced == 1, "pyproject.toml has no [tool.mutmut] table to replace"
    (copy / "pyproject.toml").write_text(text, encoding="utf-8")
    return copy


def main(argv: list[str]) -> int:
    mode = argv[0] if argv else "score"
    config = settings()
    if mode == "sample":
        with tempfile.TemporaryDirectory(prefix="factspec-mutation-") as workdir:
            sample = config["sample"]
            assert isinstance(sample, dict)
            copy = sample_copy(Path(workdir))
            run_mutmut(copy, sample["mutants"])
            found = results(copy, sample["mutants"])
        threshold = float(sample["threshold"])
    elif mode in ("full", "score"):
        if mode == "full":
            run_mutmut(ROOT)
        found = results(ROOT)
        threshold = float(config["threshold"])  # type: ignore[arg-type]
    else:
        print(f"usage: {sys.argv[0]} full|sample|score", file=sys.stderr)
        return 2
    if not found:
        print("no mutation results: run `python .ci/mutation.py full` first", file=sys.stderr)
        return 2
    shown, score = table(found)
    print(shown)
    failed = False
    if score < threshold:
        print(f"mutation score {score:.1f} % is below the threshold of {threshold} %")
        failed = True
    if mode == "sample":
        for name in unlisted_survivors(found):
            print(f"survivor: {name}")
    else:
        unlisted = unlisted_survivors(found)
        for name in unlisted:
            print(f"survivor not listed as equivalent in docs/TESTING.md: {name}")
        failed = failed or bool(unlisted)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
