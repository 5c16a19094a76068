"""Every figure of every source, read once per source text: corpus coverage's input.

Corpus coverage (lint, the coverage model behind the reports and `factspec impact`) reads
each source whole, every number in it; at 10k sources that reading took most of a lint run
and most of an impact that compares two sides whole. What a source's figures read as depends
on its text, its language and the project's own units, nothing else, so the readings are
kept in the cache under exactly that key and a source is read again only when one of them
changed.
"""

from __future__ import annotations

from factspec.model.cache import CacheStore, content_key
from factspec.model.factbase import FactBase
from factspec.read.corpus import SourceText
from factspec.read.quantity import Quantity, read_quantities

#: The cache's kind for the one table of the corpus's figure readings (`model.cache`).
FIGURES_KIND = "figures"
_TABLE = content_key(FIGURES_KIND, "corpus")

#: (digest of the source text, its language, digest of the project's units).
FigureKey = tuple[str, str, str]


def units_digest(factbase: FactBase) -> str:
    """A digest of the project's own units (`units:` entries), which readings depend on."""
    return content_key(*(unit.model_dump_json() for unit in factbase.units))


def read_figures(
    factbase: FactBase, texts: dict[str, SourceText], cache: CacheStore | None
) -> dict[str, tuple[Quantity, ...]]:
    """Source id → every figure its text reads as, for each registered source present;
    with ``cache``, from the readings of earlier runs wherever the key is unchanged.

    The table written back holds this run's keys only, so it never grows with texts the
    corpus no longer has; it is written only when those keys differ from the stored ones."""
    units = factbase.unit_registry()
    digest = units_digest(factbase)
    stored = cache.get(FIGURES_KIND, _TABLE) if cache is not None else None
    known: dict[FigureKey, tuple[Quantity, ...]] = stored if isinstance(stored, dict) else {}
    used: dict[FigureKey, tuple[Quantity, ...]] = {}
    found: dict[str, tuple[Quantity, ...]] = {}
    for source in factbase.sources:
        text = texts.get(source.file)
        if text is None:
            continue  # a missing source is reported where it is registered
        key = (text.digest, source.language, digest)
        figures = known.get(key)
        if figures is None:
            figures = tuple(read_quantities(text.text, source.language, units=units))
        used[key] = found[source.id] = figures
    if cache is not None and used.keys() != known.keys():
        cache.put(FIGURES_KIND, _TABLE, used)
    return found
