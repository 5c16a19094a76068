"""The unit registry: canonical unit ids and the words that name them in German and English.

A unit is found by the words a text puts after a number (``GPUs``, ``Milliarden Dollar``),
and for currencies also by a symbol before it (``$8.5 billion``). Matching is case-blind and
accepts the usual inflections, so the registry lists base forms only:

- German words also match with ``-n -en -s -e -es -em -er -ern`` (``Parametern``, ``Fachen``)
  and gendered forms (``Nutzer:innen``, ``Nutzer*innen``, ``NutzerInnen``, ``Nutzerinnen``);
- English words also match with ``-s -es`` (``GPUs``, ``dollars``);
- symbols (``%``, ``$``, ``GW``, ``x``) match as written, never inflected.

Power is kept in one unit, ``gw``: a megawatt is a unit word of ``gw`` with factor 1/1000, so
``500 MW`` and ``0,5 Gigawatt`` read as the same interval and compare without conversion.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property
from typing import TypeVar

LANGUAGES = ("de", "en")
V = TypeVar("V")

_ID = re.compile(r"[a-z][a-z0-9_]*")

# Inflection endings accepted after a listed word (longest first within the alternation).
_DE_ENDINGS = r"(?:[:*_]innen|Innen|innen|ern|en|es|em|er|n|s|e)"
_EN_ENDINGS = r"(?:es|s)"


@dataclass(frozen=True)
class Unit:
    """One unit: its canonical id and the words that name it.

    ``factor`` converts a number stated in these words into the canonical unit (Megawatt
    is ``Unit("gw", …, factor=Fraction(1, 1000))``). ``prefixes`` are symbols that may stand
    before the number (``$``, ``US$``, ``€``).
    """

    id: str
    words_de: tuple[str, ...]
    words_en: tuple[str, ...]
    symbols: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    factor: Fraction = field(default=Fraction(1))

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not _ID.fullmatch(self.id):
            raise ValueError(
                f"unit id {self.id!r} is not valid: use lowercase letters, digits and _, "
                "starting with a letter (e.g. 'servers')"
            )
        for name in ("words_de", "words_en", "symbols", "prefixes"):
            words = tuple(getattr(self, name))
            if any(not isinstance(w, str) or not w.strip() for w in words):
                raise ValueError(f"unit {self.id!r}: {name} must be non-empty strings")
            object.__setattr__(self, name, tuple(" ".join(w.split()) for w in words))
        factor = self.factor
        if isinstance(factor, bool) or not isinstance(factor, int | Fraction) or factor <= 0:
            raise ValueError(f"unit {self.id!r}: factor must be a positive Fraction")
        object.__setattr__(self, "factor", Fraction(factor))

    def words(self, lang: str) -> tuple[str, ...]:
        return self.words_de if lang == "de" else self.words_en


@dataclass(frozen=True)
class UnitMatch:
    """A unit found in a text: which unit, the factor of the word used, and where it ends."""

    unit: str
    factor: Fraction
    end: int
    word: str


def _key(word: str) -> str:
    return " ".join(word.casefold().split())


def lookup_case_blind(table: Mapping[str, V], matched: str) -> V | None:
    """The entry a case-blind regex match stands for, keyed by the casefolded word.

    ``re.IGNORECASE`` equates more than casefolding does ("ſ" matches "s", "İ" matches "i"),
    so a miss falls back to matching each key the way the regex did; without that, a long s
    in "thouſand" would name no table entry.
    """
    found = table.get(_key(matched))
    if found is not None:
        return found
    # Between ASCII words casefolding and the regex agree: only a non-ASCII side needs the
    # slow pass (the reader looks up every word after a number, most of them misses).
    ascii_only = matched.isascii()
    for word, value in table.items():
        if ascii_only and word.isascii():
            continue
        words = r"\s+".join(re.escape(part) for part in word.split())
        if re.fullmatch(words, matched, re.IGNORECASE):
            return value
    return None


def _words_pattern(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


@dataclass(frozen=True)
class UnitRegistry:
    """An immutable set of units; ``extended`` returns a new registry with more units."""

    units: tuple[Unit, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "units", tuple(self.units))
        for lang in LANGUAGES:
            self._table(lang)  # refuse an ambiguous registry when it is built, not when read

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(unit.id for unit in self.units)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self.ids

    def extended(self, extra_units: Iterable[Unit]) -> UnitRegistry:
        """This registry plus ``extra_units`` (e.g. from facts.yaml).

        Raises ValueError when a word would name two different units.
        """
        return UnitRegistry(self.units + tuple(extra_units))

    def lookup(self, word: str, lang: str) -> UnitMatch | None:
        """The unit a single surface word names (``Parametern`` → parameters), or None."""
        match = self.match_at(word.strip(), 0, lang)
        if match is None or match.end != len(word.strip()):
            return None
        return match

    def match_at(self, text: str, pos: int, lang: str) -> UnitMatch | None:
        """The unit word or symbol starting exactly at ``text[pos]``, if any."""
        m = self._pattern(lang).match(text, pos)
        if m is None:
            return None
        groups = m.groupdict()
        meaning = lookup_case_blind(self._table(lang), groups.get("word") or groups["symbol"])
        if meaning is None:  # pragma: no cover - the pattern is built from the same table
            return None
        return UnitMatch(meaning[0], meaning[1], m.end(), m.group(0))

    def prefix_before(self, text: str, pos: int) -> UnitMatch | None:
        """A currency prefix ending at ``pos`` (``$``, ``US$ ``, ``€``); ``end`` is its start."""
        if not self._prefixes or pos == 0:
            return None
        last = text[pos - 1]
        if last in " \xa0\t" and pos >= 2:
            last = text[pos - 2]
        if last.casefold() not in self._prefix_last_chars:
            return None  # fast path: nearly every number has no currency symbol before it
        window = text[max(0, pos - 8) : pos]
        m = self._prefix_pattern.search(window)
        if m is None:
            return None
        meaning = lookup_case_blind(self._prefixes, m.group("prefix"))
        if meaning is None:  # pragma: no cover - the pattern is built from the same table
            return None
        return UnitMatch(meaning[0], meaning[1], pos - len(window) + m.start(), m.group(0))

    # -- tables -------------------------------------------------------------------------

    def _table(self, lang: str) -> dict[str, tuple[str, Fraction]]:
        cache = self.__dict__.setdefault("_tables", {})
        if lang not in cache:
            table: dict[str, tuple[str, Fraction]] = {}
            for unit in self.units:
                for word in (*unit.words(lang), *unit.symbols):
                    _claim(table, _key(word), unit)
            cache[lang] = table
        return cache[lang]

    def _pattern(self, lang: str) -> re.Pattern[str]:
        cache = self.__dict__.setdefault("_patterns", {})
        if lang not in cache:
            words = [w for u in self.units for w in u.words(lang)]
            symbols = [s for u in self.units for s in u.symbols]
            endings = _DE_ENDINGS if lang == "de" else _EN_ENDINGS
            alternatives = []
            if words:
                alternatives.append(rf"(?P<word>{_words_pattern(words)}){endings}?")
            if symbols:
                alternatives.append(rf"(?P<symbol>{_words_pattern(symbols)})")
            body = "|".join(alternatives) or "(?!)"
            # (?!\w): a unit word ends at a word boundary ("GW" is not the start of "GWh").
            cache[lang] = re.compile(rf"(?:{body})(?!\w)", re.IGNORECASE)
        return cache[lang]

    @cached_property
    def _prefixes(self) -> dict[str, tuple[str, Fraction]]:
        table: dict[str, tuple[str, Fraction]] = {}
        for unit in self.units:
            for prefix in unit.prefixes:
                _claim(table, _key(prefix), unit)
        return table

    @cached_property
    def _prefix_last_chars(self) -> frozenset[str]:
        return frozenset(p[-1].casefold() for unit in self.units for p in unit.prefixes)

    @cached_property
    def _prefix_pattern(self) -> re.Pattern[str]:
        prefixes = _words_pattern(u for unit in self.units for u in unit.prefixes)
        # A letter prefix (USD, EUR) must start a word: "FUSD 5" is no currency.
        return re.compile(rf"(?<![^\W\d_])(?P<prefix>{prefixes})[^\S\r\n]?$", re.IGNORECASE)


def _claim(table: dict[str, tuple[str, Fraction]], key: str, unit: Unit) -> None:
    meaning = (unit.id, unit.factor)
    known = table.setdefault(key, meaning)
    if known != meaning:
        raise ValueError(
            f"the unit word {key!r} would name both {known[0]!r} and {unit.id!r}; "
            "give each unit its own words"
        )


def _unit(
    id: str,
    de: Iterable[str],
    en: Iterable[str],
    symbols: Iterable[str] = (),
    prefixes: Iterable[str] = (),
    factor: Fraction = Fraction(1),
) -> Unit:
    return Unit(id, tuple(de), tuple(en), tuple(symbols), tuple(prefixes), factor)


BUILTIN_UNITS = UnitRegistry(
    (
        _unit(
            "usd",
            ["US-Dollar", "Dollar"],
            ["US dollar", "dollar"],
            ["USD", "US$", "$"],
            ["US$", "$", "USD"],
        ),
        _unit("eur", ["Euro"], ["euro"], ["EUR", "€"], ["€", "EUR"]),
        _unit(
            "gbp",
            ["britische Pfund"],
            ["British pound", "pound sterling"],
            ["GBP", "£"],
            ["£", "GBP"],
        ),
        # Other dollars, francs, yen, yuan, rupees: their own units, never read as US
        # dollars ("kanadische Dollar", "C$" once read as usd) — a figure in them can only be
        # evidence for a fact in that currency.
        _unit(
            "cad",
            ["kanadische Dollar", "kanadischen Dollar", "kanadischer Dollar"],
            ["Canadian dollar"],
            ["CAD", "C$", "CA$", "Can$"],
            ["C$", "CA$", "Can$", "CAD"],
        ),
        _unit(
            "aud",
            ["australische Dollar", "australischen Dollar", "australischer Dollar"],
            ["Australian dollar"],
            ["AUD", "A$", "AU$"],
            ["A$", "AU$", "AUD"],
        ),
        _unit(
            "hkd",
            ["Hongkong-Dollar", "Hongkong Dollar"],
            ["Hong Kong dollar"],
            ["HKD", "HK$"],
            ["HK$", "HKD"],
        ),
        _unit("chf", ["Schweizer Franken", "Franken"], ["Swiss franc"], ["CHF"], ["CHF"]),
        _unit("jpy", ["Yen"], ["yen"], ["JPY", "¥"], ["¥", "JPY"]),
        _unit("cny", ["Yuan", "Renminbi"], ["yuan", "renminbi"], ["CNY", "RMB"], ["CNY", "RMB"]),
        _unit("inr", ["Rupie", "Rupien", "indische Rupien"], ["rupee"], ["INR", "₹"], ["₹", "INR"]),
        # "vom Hundert" (v. H.) in German statutes and statistics; "percentage" alone and
        # "p.c." in English ("percentage point" is the longer word and wins where it stands).
        _unit(
            "percent",
            ["Prozent", "vom Hundert", "v. H."],
            ["percent", "per cent", "percentage"],
            ["%", "p.c."],
        ),
        _unit("percentage_points", ["Prozentpunkt"], ["percentage point"], ["pp"]),
        # "fach" only ever follows a number ("10-fache", "zehnfach"); "mal" likewise.
        _unit("times", ["Mal", "fach"], ["times", "fold"], ["x", "×"]),
        _unit("gw", ["Gigawatt"], ["gigawatt"], ["GW"]),
        _unit("gw", ["Megawatt"], ["megawatt"], ["MW"], factor=Fraction(1, 1000)),
        _unit("gw", ["Kilowatt"], ["kilowatt"], ["kW"], factor=Fraction(1, 1_000_000)),
        _unit("gw", ["Terawatt"], ["terawatt"], ["TW"], factor=Fraction(1000)),
        _unit("gpu", ["GPU", "Grafikprozessor", "Grafikchip"], ["GPU", "graphics processor"]),
        _unit("chips", ["Chip"], ["chip"]),
        _unit("people", ["Menschen", "Mensch", "Personen", "Person"], ["people", "person"]),
        _unit(
            "users",
            [
                "Nutzerinnen und Nutzer",
                "Nutzer und Nutzerinnen",
                "Nutzer",
                "Nutzende",
                "Benutzer",
                "User",
            ],
            ["user"],
        ),
        _unit("parameters", ["Parameter"], ["parameter"]),
        _unit("servers", ["Server"], ["server"]),
        _unit("shares", ["Aktie"], ["share"]),
        _unit("employees", ["Mitarbeiter", "Mitarbeitende", "Beschäftigte"], ["employee"]),
        _unit("data_centers", ["Rechenzentrum", "Rechenzentren"], ["data center", "data centre"]),
    )
)
