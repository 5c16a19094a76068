"""Corpus edits simulated end to end: each must fail the gate naming the right source and claims.

Every edit happens in a private copy of the shipped project; both runners are asked, and
neither may answer with a traceback.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from conftest import CliRun, run_pytest
from factspec.gate.lock import write_lock

SEED_002 = "seeds/002_5403ae498df81086.txt"
SEED_004 = "seeds/004_b39324e2fa652c10.txt"


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {path.name}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def failed_claims(output: str) -> list[str]:
    return sorted(
        line.split("::", 1)[1].split("  [", 1)[0]
        for line in output.splitlines()
        if line.startswith("FAIL ")
    )


def check(run_cli: Callable[..., CliRun], project: Path) -> CliRun:
    result = run_cli("check", str(project))
    assert "Traceback" not in result.out + result.err
    return result


def pytest_run(project: Path) -> subprocess.CompletedProcess[str]:
    (project / "steps").mkdir(exist_ok=True)
    steps = Path(__file__).resolve().parent.parent / "steps" / "claims.py"
    (project / "steps" / "claims.py").write_text(steps.read_text(encoding="utf-8"))
    completed = run_pytest(project, "features", "-q", "--factspec-no-reports")
    assert "Traceback" not in completed.stdout + completed.stderr
    return completed


def test_number_changed_inside_a_quote_is_caught_by_the_evidence(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    """The curator updated the quote and renewed the lock: only the claims can notice."""
    replace_in(shipped / SEED_002, "also rund 160.000 GPUs", "also rund 190.000 GPUs")
    facts = shipped / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace("also rund 160.000 GPUs", "also rund 190.000 GPUs")
    facts.write_text(text.replace('reads: "rund 160.000 GPUs"', 'reads: "rund 190.000 GPUs"'))
    write_lock(shipped)
    result = check(run_cli, shipped)
    assert result.code == 1
    # "rund 190.000" = [185000, 195000] lies outside "about 160,000" = [155000, 165000], and
    # makes 002's own "fast zehnmal" contradict its 190,000 / 16,000.
    assert failed_claims(result.out) == [
        "Llama 4 needs about 160,000 GPUs",
        "Llama 4 needs about ten times Llama 3's GPUs",
    ]
    assert (
        '002 says "rund 190.000 GPUs" = [185000, 195000] gpu; the claim needs [155000, 165000]: '
        "REFUTES" in result.out
    )
    assert "source 002 must support it, but it gives refutes" in result.out


def test_evidence_sentence_deleted(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    replace_in(
        shipped / SEED_004,
        "Die Aktien des Unternehmens fielen um ca. 15 Prozent, was einen Wertverlust des "
        "Unternehmens um 200 Milliarden US-Dollar bedeutet. ",
        "",
    )
    write_lock(shipped)
    result = check(run_cli, shipped)
    assert result.code == 1
    assert failed_claims(result.out) == [
        "The Q1 2024 share drop wiped about 200 billion dollars off Meta's value",
        "The shares fell about 15 percent after the Q1 2024 results",
    ]
    assert result.out.count(f"quote not found in {SEED_004}") == 4  # in 2 claims, then listed


def test_new_source_nobody_curated(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    (shipped / "seeds" / "005_new.txt").write_text("Meta kündigt 10.000 neue Stellen an.\n")
    result = check(run_cli, shipped)
    assert result.code == 1
    assert failed_claims(result.out) == []
    assert result.out.splitlines()[-1] == (
        "factspec.lock: seeds/005_new.txt was added since factspec.lock — review the change to "
        "the source, then run `factspec lock` and commit factspec.lock"
    )
    completed = pytest_run(shipped)
    assert completed.returncode == 1
    assert "seeds/005_new.txt was added since factspec.lock" in completed.stdout


def test_source_file_removed(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    (shipped / "seeds" / "000_a26c9954bf046a90.txt").unlink()
    result = check(run_cli, shipped)
    assert result.code == 1
    assert failed_claims(result.out) == sorted(
        [
            "Capital expenditure was 8.5 billion dollars in Q2 2024",
            "Capital expenditure rose 33 percent in Q2 2024",
            "Meta expects capital expenditure to rise again in 2025",
            "Training Llama 4 takes ten times the compute of Llama 3",
            "Llama 3.1 has 405 billion parameters",
            "Llama 3.1 has about 400 billion parameters",
            "Llama 3.1 405B is Meta's largest open model so far",
            "OpenAI spends 3 billion dollars on training models",
            "OpenAI spends 4 billion dollars on discounted servers from Microsoft",
            "OpenAI spends between one and two times as much on leased servers as on training",
            "Meta erwartet 2024 keine nennenswerten Erlöse aus generativer KI",
            "Meta stellt seine Llama-Modelle als Open Source bereit",
            "India is the largest market for Meta's chatbot",
        ]
    )
    assert "source 000: seeds/000_a26c9954bf046a90.txt is missing" in result.out
    assert "seeds/000_a26c9954bf046a90.txt was removed since factspec.lock" in result.out


def test_source_edited_outside_any_quote_is_caught_by_the_lock(
    shipped: Path, run_cli: Callable[..., CliRun]
) -> None:
    replace_in(shipped / SEED_004, "Our Partners", "Unsere Partner")
    result = check(run_cli, shipped)
    assert result.code == 1
    lock_line = result.out.splitlines()[-1]
    assert lock_line.startswith(
        "factspec.lock: seeds/004_b39324e2fa652c10.txt was edited since factspec.lock; "
        "claims resting on it: 'Meta expects 37 to 40 billion dollars of capital expenditure"
    )
    assert len(failed_claims(result.out)) == 12  # every claim with evidence in 004
    assert "'Energy limits how large Meta can build its data centres'" in lock_line
    completed = pytest_run(shipped)
    assert completed.returncode == 1
    assert "12 failed, 51 passed" in completed.stdout
    assert "seeds/004_b39324e2fa652c10.txt was edited since factspec.lock" in completed.stdout
    # After review, renewing the lock clears the gate: the edit changed no evidence.
    write_lock(shipped)
    assert check(run_cli, shipped).code == 0


def test_facts_yaml_misreads_a_quote(shipped: Path, run_cli: Callable[..., CliRun]) -> None:
    """Llama 3's GPUs read from the Llama 4 figure: the claims on both must fail."""
    replace_in(shipped / "facts.yaml", 'reads: "etwa 16.000 GPUs"', 'reads: "rund 160.000 GPUs"')
    result = check(run_cli, shipped)
    assert result.code == 1
    assert failed_claims(result.out) == [
        "Llama 3 was trained on about 16,000 GPUs",
        "Llama 4 needs about ten times Llama 3's GPUs",
    ]
    assert (
        '002 says "rund 160.000 GPUs" = [155000, 165000] gpu; the claim needs [15500, 16500]: '
        "REFUTES" in result.out
    )
    assert "002 contradicts itself" in result.out
