"""Where the memory of `factspec check` goes, phase by phase (docs/PERFORMANCE.md).

    python bench/memory.py PROJECT [--cache] [--top 12]

With tracemalloc on, the project is loaded the way `check_project` loads it — facts, corpus,
evidence — and then every claim is judged; after each phase it prints the memory Python holds
above what the imports took, and at the end the allocation sites holding the most, grouped
by file and line. Without ``--cache`` nothing is read from or written to .factspec_cache/.
tracemalloc slows the run several times over: the times it prints are not the benchmark's.
"""

from __future__ import annotations

import argparse
import gc
import os
import time
import tracemalloc
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--cache", action="store_true", help="use .factspec_cache/")
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()

    from factspec.judge.checker import Checker
    from factspec.model.cache import cache_for, caching
    from factspec.model.evidence import EvidenceMemo, resolve_evidence
    from factspec.model.factbase import load_factbase
    from factspec.model.lock import lock_status
    from factspec.model.project import SEEDS_DIR, Project
    from factspec.read.corpus import Corpus
    from factspec.read.features import load_features

    root = args.project.resolve()
    corpus_bytes = sum(p.stat().st_size for p in (root / SEEDS_DIR).iterdir())
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    start = time.perf_counter()

    def phase(name: str) -> None:
        held, peak = tracemalloc.get_traced_memory()
        held, peak = held - base, peak - base
        print(
            f"{name:<28} held {held / 1e6:7.1f} MB  peak {peak / 1e6:7.1f} MB"
            f"  ({held / corpus_bytes:5.1f} x corpus)  {time.perf_counter() - start:6.1f} s"
        )

    print(f"corpus {corpus_bytes / 1e6:.1f} MB in {root.name}/{SEEDS_DIR}")
    with caching(args.cache):
        store = cache_for(root)
        factbase = load_factbase(root, cache=store)
        phase("facts validated")
        files = [s.file for s in factbase.sources if os.path.exists(root / SEEDS_DIR / s.file)]
        corpus = Corpus.load(root / SEEDS_DIR, files)
        phase("corpus read")
        memo = EvidenceMemo(store, factbase) if store is not None else None
        resolved, unresolved = resolve_evidence(factbase, corpus, memo=memo)
        project = Project(root, factbase, corpus, tuple(resolved), unresolved)
        del memo
        phase("evidence resolved")
        checker = Checker(project, lock_status(root))
        claims = load_features(root / "features", root)
        phase("claims parsed")
        results = [checker.check(claim) for claim in claims]
        phase(f"{len(results)} claims judged")
    snapshot = tracemalloc.take_snapshot()
    print(f"\ntop {args.top} holders at the end (file:line, size, blocks):")
    for stat in snapshot.statistics("lineno")[: args.top]:
        frame = stat.traceback[0]
        name = frame.filename.split("/site-packages/")[-1].split("/src/")[-1]
        print(f"  {name}:{frame.lineno:<5} {stat.size / 1e6:7.1f} MB  {stat.count:>8,}")


if __name__ == "__main__":
    main()
