"""Every figure of every source, read once per source text: the input of corpus coverage and
of the linter's checks for numbers the reader skips.

Corpus coverage (lint, the coverage model behind the reports and `factspec impact`) and the
linter's unread and ambiguous figures each read every source whole; at 10k sources those
readings took most of a lint run and most of an impact that compares two sides whole. What a
source's figures read as depends on its text, its language and the project's own units,
nothing else, so each kind of reading is kept in one cache table under exactly that key, and
a source is read again only when one of them changed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from factspec.model.cache import CacheStore, content_key
from factspec.model.factbase import FactBase, Source
from factspec.read.corpus import SourceText
from factspec.read.quantity import Quantity, UnreadFigure, read_quantities, unread_figures

#: The cache's kinds (`model.cache`): one table each, for the whole corpus.
FIGURES_KIND = "figures"  # every figure, as coverage counts them
UNREAD_KIND = "unread-figures"  # every number the reader sees but cannot read
PLAIN_KIND = "plain-figures"  # read without the words that name several units

#: (digest of the source text, its language, digest of the project's units).
FigureKey = tuple[str, str, str]
T = TypeVar("T")


def units_digest(factbase: FactBase) -> str:
    """A digest of the project's own units (`units:` entries), which readings depend on."""
    return content_key(*(unit.model_dump_json() for unit in factbase.units))


def read_figures(
    factbase: FactBase, texts: dict[str, SourceText], cache: CacheStore | None
) -> dict[str, tuple[Quantity, ...]]:
    """Source id → every figure its text reads as, for each registered source present."""
    units = factbase.unit_registry()
    return _per_source(
        FIGURES_KIND, factbase, texts, cache, lambda t, lang: read_quantities(t, lang, units=units)
    )


def read_unread_figures(
    factbase: FactBase, texts: dict[str, SourceText], cache: CacheStore | None
) -> dict[str, tuple[UnreadFigure, ...]]:
    """Source id → every number its text holds that the reader cannot read."""
    units = factbase.unit_registry()
    return _per_source(
        UNREAD_KIND, factbase, texts, cache, lambda t, lang: unread_figures(t, lang, units=units)
    )


def read_plain_figures(
    factbase: FactBase, texts: dict[str, SourceText], cache: CacheStore | None
) -> dict[str, tuple[Quantity, ...]]:
    """Source id → its figures read without the words that name several units ("Pfund"),
    for the sources that use such a word (nearly none need this second reading)."""
    units = factbase.unit_registry()
    plain = units.without_ambiguity()
    return _per_source(
        PLAIN_KIND,
        factbase,
        texts,
        cache,
        lambda t, lang: read_quantities(t, lang, units=plain),
        wanted=lambda source, text: units.mentions_ambiguous(text.text, source.language),
    )


def _per_source(
    kind: str,
    factbase: FactBase,
    texts: dict[str, SourceText],
    cache: CacheStore | None,
    read: Callable[[str, str], Sequence[T]],
    wanted: Callable[[Source, SourceText], bool] = lambda source, text: True,
) -> dict[str, tuple[T, ...]]:
    """Source id → ``read`` of its text and language, for each registered source present
    that is ``wanted``; with ``cache``, from the table of earlier runs wherever the key is
    unchanged. The table written back holds this run's keys only, so it never grows with
    texts the corpus no longer has, and it is written only when those keys changed."""
    table = content_key(kind, "corpus")
    digest = units_digest(factbase)
    stored = cache.get(kind, table) if cache is not None else None
    known: dict[FigureKey, tuple[T, ...]] = stored if isinstance(stored, dict) else {}
    used: dict[FigureKey, tuple[T, ...]] = {}
    found: dict[str, tuple[T, ...]] = {}
    for source in factbase.sources:
        text = texts.get(source.file)
        if text is None or not wanted(source, text):
            continue  # a missing source is reported where it is registered
        key = (text.digest, source.language, digest)
        readings = known.get(key)
        if readings is None:
            readings = tuple(read(text.text, source.language))
        used[key] = found[source.id] = readings
    if cache is not None and used.keys() != known.keys():
        cache.put(kind, table, used)
    return found
