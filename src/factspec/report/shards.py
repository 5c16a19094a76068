"""Claims run in shards across CI jobs, and their records merged into the reports of one run.

A claim's shard is a hash of its id, never its timing or its position: the same claim lands
in the same shard on every machine, whatever else the features hold, so N jobs running
``pytest --factspec-shard=I/N`` between them run every claim exactly once. Each shard writes
its records with what identifies the project they were judged on (the corpus fingerprint,
the lock, factspec's version); `merge_shard_records` accepts the shards only when all of them
are there once and all were judged on the project being reported, so the merged reports are
byte for byte those of one run — or there are none, with a message saying why.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factspec import __version__
from factspec.judge.coverage_model import fingerprint
from factspec.model.lock import LOCK_FILE
from factspec.read.problems import FactspecError, Problem

FORMAT = 1
"""Version of the shard records file; a merge refuses any other."""

_SPEC = re.compile(r"^\s*([0-9]+)\s*/\s*([0-9]+)\s*$")
_FILE = re.compile(r"^records-([0-9]+)-of-([0-9]+)\.json$")
RECORDS_PATTERN = "records-*-of-*.json"
MAX_SHARDS = 1000  # more jobs than that is a typo, not a CI matrix

FIX_SAME_PROJECT = (
    "run every shard and the merge on the same commit with the same factspec, e.g. one "
    "workflow run's matrix jobs and the job that needs them"
)


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` of ``count`` (1-based, as CI matrices count)."""

    index: int
    count: int

    @classmethod
    def parse(cls, spec: str) -> Shard:
        """``"2/4"`` → Shard(2, 4); ValueError with the reason for anything else."""
        match = _SPEC.match(spec)
        if match is None:
            raise ValueError(f"{spec!r} is not I/N, e.g. 2/4 for the second of four shards")
        index, count = int(match.group(1)), int(match.group(2))
        if not 1 <= count <= MAX_SHARDS:
            raise ValueError(f"{spec!r}: the number of shards must be 1 to {MAX_SHARDS}")
        if not 1 <= index <= count:
            raise ValueError(f"{spec!r}: the shard must be 1 to {count} (counted from 1)")
        return cls(index, count)

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    @property
    def file_name(self) -> str:
        """The file the shard's records are written to, inside the reports folder."""
        return f"records-{self.index}-of-{self.count}.json"

    def holds(self, key: str) -> bool:
        """Whether the claim (or unreadable feature file) with id ``key`` is this shard's."""
        return shard_number(key, self.count) == self.index


def shard_number(key: str, count: int) -> int:
    """The shard (1 to ``count``) of the claim with id ``key``: the first eight bytes of the
    id's sha256, modulo the count. A hash, so a claim never moves when others are added,
    and the shards are even in size on average without knowing any timing."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


# ---------------------------------------------------------------------------
# What a shard was judged on
# ---------------------------------------------------------------------------


def identity(root: Path) -> dict[str, str]:
    """What the records of ``root`` depend on beyond the claims themselves: the fingerprint
    of the fact files, seeds and features, the lock (a changed source fails the claims
    resting on it) and the engine's version."""
    lock = root / LOCK_FILE
    return {
        "factspec": __version__,
        "fingerprint": fingerprint(root),
        "lock": hashlib.sha256(lock.read_bytes()).hexdigest() if lock.is_file() else "",
    }


def shard_document(
    shard: Shard,
    project: Mapping[str, str],
    claims: Iterable[str],
    records: Iterable[dict[str, Any]],
) -> str:
    """The shard's records file: its place, the project's identity, the ids of the claims
    it was given and their records, in a stable order (the same shard gives the same bytes)."""
    document = {
        "format": FORMAT,
        **project,
        "shard": [shard.index, shard.count],
        "claims": sorted(claims),
        "records": sorted(records, key=lambda record: str(record["id"])),
    }
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


# ---------------------------------------------------------------------------
# Merging
# ---------------------------------------------------------------------------


def shard_files(folders: Sequence[Path]) -> list[Path]:
    """The shard records files in ``folders``; each folder must hold at least one."""
    found: list[Path] = []
    problems = []
    for folder in folders:
        if not folder.is_dir():
            problems.append(
                Problem(
                    str(folder),
                    None,
                    "not a folder",
                    "give the folders the shards wrote their records to "
                    "(--factspec-reports, default reports/)",
                )
            )
            continue
        files = sorted(path for path in folder.glob(RECORDS_PATTERN) if _FILE.match(path.name))
        if not files:
            problems.append(
                Problem(
                    str(folder),
                    None,
                    f"no shard records ({RECORDS_PATTERN}) in this folder",
                    "run `pytest --factspec-shard=I/N` with its reports folder here, or give "
                    "the folder it wrote to",
                )
            )
        found += files
    if problems:
        raise FactspecError(problems)
    return found


def merge_shard_records(
    folders: Sequence[Path], project: Mapping[str, str], every_claim: Iterable[str]
) -> list[dict[str, Any]]:
    """Every claim's record from the shards in ``folders``, or `FactspecError` when they are
    not all the shards of one run over this ``project`` (its `identity`), each once, with a
    record for each of ``every_claim``."""
    documents = [(path, _read(path)) for path in shard_files(folders)]
    problems = [
        problem for path, document in documents for problem in _foreign(path, document, project)
    ]
    if problems:
        raise FactspecError(problems)
    problems = _complete(documents, set(every_claim))
    if problems:
        raise FactspecError(problems)
    return [record for _, document in documents for record in document["records"]]


def _read(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise FactspecError(
            [
                Problem(
                    str(path),
                    None,
                    f"cannot read the shard records: {error}",
                    "run the shard again; its file is written whole or not at all",
                )
            ]
        ) from None
    shape = {"format": int, "shard": list, "claims": list, "records": list}
    wrong = [
        key
        for key, kind in shape.items()
        if not isinstance(document, dict) or not isinstance(document.get(key), kind)
    ]
    if not wrong and (
        len(document["shard"]) != 2
        or not all(isinstance(n, int) for n in document["shard"])
        or not all(
            isinstance(r, dict) and isinstance(r.get("id"), str) for r in document["records"]
        )
    ):
        wrong = ["shard" if len(document["shard"]) != 2 else "records"]
    if wrong or document["format"] != FORMAT:
        what = f"its {', '.join(wrong)} cannot be read" if wrong else f"format {document['format']}"
        raise FactspecError(
            [
                Problem(
                    str(path),
                    None,
                    f"not a shard records file of format {FORMAT} ({what})",
                    "give the records-I-of-N.json files `pytest --factspec-shard` writes, "
                    "from the same factspec as this merge",
                )
            ]
        )
    return document


def _foreign(path: Path, document: dict[str, Any], project: Mapping[str, str]) -> list[Problem]:
    """The ways the shard was judged on something else than this project."""
    words = {
        "factspec": "factspec {was}, this is {now}",
        "fingerprint": "a different corpus: fingerprint {was}, this project's is {now}",
        "lock": "a different factspec.lock: sha256 {was}, this project's is {now}",
    }
    problems = []
    for key, template in words.items():
        was, now = document.get(key), project[key]
        if was != now:
            shown = {"was": _short(was), "now": _short(now)}
            problems.append(
                Problem(
                    str(path),
                    None,
                    "recorded from " + template.format(**shown) + " — records of different "
                    "projects or corpus versions are never merged",
                    FIX_SAME_PROJECT,
                )
            )
    return problems


def _short(value: object) -> str:
    if value == "":
        return "(none)"
    text = str(value)
    return text[:12] + "…" if re.fullmatch(r"[0-9a-f]{64}", text) else text


def _complete(documents: list[tuple[Path, dict[str, Any]]], every_claim: set[str]) -> list[Problem]:
    """Every shard once, every claim assigned as this project assigns it and recorded once."""
    counts = {document["shard"][1] for _, document in documents}
    if len(counts) > 1:
        listed = ", ".join(f"{p} ({d['shard'][0]}/{d['shard'][1]})" for p, d in documents)
        return [
            Problem(
                str(documents[0][0].parent),
                None,
                f"shards of runs split {' and '.join(map(str, sorted(counts)))} ways: {listed}",
                "merge the shards of one run, all split the same number of ways",
            )
        ]
    count = counts.pop()
    problems = []
    seen: dict[int, Path] = {}
    for path, document in documents:
        index = document["shard"][0]
        if not 1 <= index <= count:
            problems.append(Problem(str(path), None, f"shard {index}/{count} does not exist", ""))
        elif index in seen:
            problems.append(
                Problem(
                    str(path),
                    None,
                    f"shard {index}/{count} is given twice (also {seen[index]})",
                    "give each shard's folder once",
                )
            )
        else:
            seen[index] = path
    missing = [index for index in range(1, count + 1) if index not in seen]
    if missing:
        problems.append(
            Problem(
                str(documents[0][0].parent),
                None,
                f"shard(s) {', '.join(f'{i}/{count}' for i in missing)} missing",
                "give the folder of every shard; a shard that wrote no records had claims "
                "that could not be judged (its pytest log says which)",
            )
        )
    if problems:
        return problems
    for path, document in documents:
        shard = Shard(document["shard"][0], count)
        expected = sorted(claim for claim in every_claim if shard.holds(claim))
        recorded = sorted(record["id"] for record in document["records"])
        if document["claims"] != expected or recorded != expected:
            problems.append(
                Problem(
                    str(path),
                    None,
                    f"shard {shard} holds {len(recorded)} claim record(s); this project gives "
                    f"it {len(expected)} claim(s) ({_difference(recorded, expected)})",
                    FIX_SAME_PROJECT,
                )
            )
    return problems


def _difference(recorded: list[str], expected: list[str]) -> str:
    extra = sorted(set(recorded) - set(expected))
    absent = sorted(set(expected) - set(recorded))
    twice = sorted(claim for claim, times in Counter(recorded).items() if times > 1)
    parts = []
    if absent:
        parts.append(
            f"not recorded: {absent[0]}"
            + (f" and {len(absent) - 1} more" if len(absent) > 1 else "")
        )
    if extra:
        parts.append(
            f"not this project's: {extra[0]}"
            + (f" and {len(extra) - 1} more" if len(extra) > 1 else "")
        )
    if twice:
        parts.append(f"recorded twice: {twice[0]}")
    return "; ".join(parts) or "listed differently"
