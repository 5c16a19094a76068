"""The unit registry: units with a dimension, exact conversion factors, and the words that
name them in German and English.

A unit is found by the words a text puts after a number (``GPUs``, ``Milliarden Dollar``),
and for currencies also by a symbol or ISO code before it (``$8.5 billion``, ``CHF 3.04``).
Matching is case-blind and accepts the usual inflections, so the registry lists base forms:

- German words also match with ``-n -en -s -e -es -em -er -ern`` (``Parametern``, ``Fachen``)
  and gendered forms (``Nutzer:innen``, ``Nutzer*innen``, ``NutzerInnen``, ``Nutzerinnen``);
  a German name led by an adjective (``norwegische Krone``) also matches with the adjective
  inflected (``norwegischen``, ``norwegischer``, ``norwegisches``);
- English words also match with ``-s -es`` (``GPUs``, ``dollars``);
- symbols (``%``, ``$``, ``GW``, ``x``) match as written, never inflected.

**One reading unit per dimension.** Every word of a dimension carries its exact factor to the
dimension's reading unit, and the reader converts as it reads: ``500 MW`` and ``0,5 Gigawatt``
both read as 0.5 ``gw``, ``18 Milliarden kWh`` and ``18 TWh`` both as 18,000 ``gwh``. So two
figures compare exactly (``Fraction``) when they are in the same dimension, and a claim and
its evidence meet in the same unit id whatever words either used. Figures in different
dimensions carry different ids and never compare: an error, never a verdict. Each currency
is a dimension of its own (no exchange rates), as is each kind of thing counted.

Words that name more than one unit (``Pfund``: sterling or a pound of weight; ``Kronen``:
Danish, Norwegian, Swedish …) name none: a number before one is not read at all (see
``ambiguous_at``) rather than read without its unit, unless the project declares the word.
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

    ``id`` is the unit a figure in these words is read in: the reading unit of the
    dimension. ``factor`` converts a number stated in these words into it (Megawatt is
    ``Unit("gw", …, factor=Fraction(1, 1000), dimension="power", name="mw")``). ``prefixes``
    are symbols that may stand before the number (``$``, ``US$``, ``€``, ``CHF``).
    """

    id: str
    words_de: tuple[str, ...]
    words_en: tuple[str, ...]
    symbols: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()
    factor: Fraction = field(default=Fraction(1))
    # What the unit measures ("energy", "currency"); the listing shows it, and errors name it
    # when two figures cannot compare.
    dimension: str = "count"
    # This entry's own name ("twh"), when its words convert into another id ("gwh").
    name: str | None = None

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
        if self.name is not None and not _ID.fullmatch(self.name):
            raise ValueError(f"unit {self.id!r}: name {self.name!r} is not a lowercase id")
        if not isinstance(self.dimension, str) or not self.dimension.strip():
            raise ValueError(f"unit {self.id!r}: dimension must be a non-empty string")

    @property
    def label(self) -> str:
        """The entry's own name: ``twh`` for the words that read into ``gwh``."""
        return self.name or self.id

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


def surface_forms(word: str, lang: str) -> tuple[str, ...]:
    """``word`` and, for a German name led by an adjective, that adjective inflected:
    "norwegische Krone" also as "norwegischen/norwegischer/norwegisches Krone(n)"."""
    parts = word.split()
    if lang != "de" or len(parts) < 2 or not parts[0].islower() or not parts[0].endswith("e"):
        return (word,)
    rest = " ".join(parts[1:])
    return (word, *(f"{parts[0]}{ending} {rest}" for ending in ("n", "r", "s")))


def _words_pattern(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


@dataclass(frozen=True)
class UnitRegistry:
    """An immutable set of units; ``extended`` returns a new registry with more units."""

    units: tuple[Unit, ...] = ()
    # Words that name several units, each with what it may mean: a number before one is not
    # read (see `ambiguous_at`). A unit of the registry that names the word takes precedence.
    ambiguous: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "units", tuple(self.units))
        object.__setattr__(self, "ambiguous", tuple(self.ambiguous))
        for lang in LANGUAGES:
            self._table(lang)  # refuse an ambiguous registry when it is built, not when read

    @property
    def ids(self) -> frozenset[str]:
        return frozenset(unit.id for unit in self.units)

    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self.ids

    def extended(self, extra_units: Iterable[Unit]) -> UnitRegistry:
        """This registry plus ``extra_units`` (e.g. from facts.yaml).

        Raises ValueError when a word would name two different units, also when this
        registry already reads the word, inflected, as another unit ("Terawattstunden" is
        an inflection of the built-in "Terawattstunde"): the two would split one text's
        figures between two units that never compare.
        """
        extra_units = tuple(extra_units)
        for unit in extra_units:
            for lang in LANGUAGES:
                for word in (*unit.words(lang), *unit.symbols):
                    if _key(word) in self._table(lang):
                        continue  # the same word: the table's own check names both units
                    known = self.lookup(word, lang)
                    if known is not None and (known.unit, known.factor) != (unit.id, unit.factor):
                        dimension = self.dimension_of(known.unit)
                        raise ValueError(
                            f"the unit word {word!r} is already read as {known.unit} "
                            f"({dimension}); use that unit, or give {unit.label!r} its own words"
                        )
        return UnitRegistry(self.units + extra_units, self.ambiguous)

    def dimension_of(self, unit_id: str) -> str | None:
        """What the unit ``unit_id`` measures ("energy", "currency"), or None if unknown."""
        return self._dimensions.get(unit_id)

    @cached_property
    def _dimensions(self) -> dict[str, str]:
        # Asked for every unit found inside a compound word: a dictionary, not a scan.
        return {unit.id: unit.dimension for unit in reversed(self.units)}

    def reading_unit(self, name: str) -> tuple[str, Fraction] | None:
        """The unit id words named ``name`` read into, with their factor ("twh" → ("gwh",
        1000)); None when no entry is called so. For telling a curator who wrote
        ``unit: twh`` which unit the figures are read in."""
        for unit in self.units:
            if unit.label == name:
                return unit.id, unit.factor
        return None

    def mentions_ambiguous(self, text: str, lang: str) -> bool:
        """Whether ``text`` holds any word that names several units (a cheap first look)."""
        return bool(self.ambiguous) and self._ambiguous_pattern(lang).search(text) is not None

    def without_ambiguity(self) -> UnitRegistry:
        """The same units, with no word taken for ambiguous: what the figures before such
        words would read as, for saying which ones were left unread."""
        return UnitRegistry(self.units)

    def ambiguous_at(self, text: str, pos: int, lang: str) -> tuple[str, str] | None:
        """An ambiguous unit word starting at ``text[pos]`` and what it may mean, or None.

        A unit of this registry naming the same words wins (a project that declares
        "Pfund" as sterling reads it so), so this is asked only where no unit was found.
        """
        if not self.ambiguous or pos >= len(text):
            return None
        if text[pos].casefold()[:1] not in self._ambiguous_first_chars:
            return None
        m = self._ambiguous_pattern(lang).match(text, pos)
        if m is None:
            return None
        meaning = lookup_case_blind(self._ambiguous_table, m.group("word"))
        if meaning is None:  # pragma: no cover - the pattern is built from the same table
            return None
        return m.group(0), meaning

    @cached_property
    def _ambiguous_table(self) -> dict[str, str]:
        # Keyed like the unit tables, so that lookup_case_blind's quick paths apply.
        return {_key(word): meaning for word, meaning in dict(self.ambiguous).items()}

    def lookup(self, word: str, lang: str) -> UnitMatch | None:
        """The unit a single surface word names (``Parametern`` → parameters), or None."""
        match = self.match_at(word.strip(), 0, lang)
        if match is None or match.end != len(word.strip()):
            return None
        return match

    def match_at(self, text: str, pos: int, lang: str) -> UnitMatch | None:
        """The unit word or symbol starting exactly at ``text[pos]``, if any."""
        if pos >= len(text) or text[pos].casefold()[:1] not in self._first_chars(lang):
            return None  # fast path: hundreds of alternatives are not tried one by one
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
                for word in unit.words(lang):
                    for form in surface_forms(word, lang):
                        _claim(table, _key(form), unit)
                for symbol in unit.symbols:
                    _claim(table, _key(symbol), unit)
            cache[lang] = table
        return cache[lang]

    def _pattern(self, lang: str) -> re.Pattern[str]:
        cache = self.__dict__.setdefault("_patterns", {})
        if lang not in cache:
            words = [f for u in self.units for w in u.words(lang) for f in surface_forms(w, lang)]
            symbols = [s for u in self.units for s in u.symbols]
            endings = _DE_ENDINGS if lang == "de" else _EN_ENDINGS
            alternatives = []
            if words:
                alternatives.append(rf"(?P<word>{_words_pattern(words)}){endings}?")
            if symbols:
                alternatives.append(rf"(?P<symbol>{_words_pattern(symbols)})")
            body = "|".join(alternatives) or "(?!)"
            # (?!\w): a unit word ends at a word boundary ("GW" is not the start of "GWh");
            # (?!\.\w): nor does it start a dotted abbreviation ("42 l.e." is no litre).
            cache[lang] = re.compile(rf"(?:{body})(?!\w)(?!\.\w)", re.IGNORECASE)
        return cache[lang]

    def _first_chars(self, lang: str) -> frozenset[str]:
        cache = self.__dict__.setdefault("_first", {})
        if lang not in cache:
            # Compared casefolded: the characters a case-blind regex equates with a first
            # letter fold to it ("ſ" to "s", the Kelvin sign to "k", "İ" to "i" + a dot).
            cache[lang] = frozenset(word.casefold()[:1] for word in self._table(lang))
        return cache[lang]

    @cached_property
    def _ambiguous_first_chars(self) -> frozenset[str]:
        return frozenset(word.casefold()[:1] for word, _ in self.ambiguous)

    def _ambiguous_pattern(self, lang: str) -> re.Pattern[str]:
        cache = self.__dict__.setdefault("_ambiguous_patterns", {})
        if lang not in cache:
            endings = _DE_ENDINGS if lang == "de" else _EN_ENDINGS
            words = _words_pattern(word for word, _ in self.ambiguous)
            # A word ending in "." ("Pfd.") ends there; any other must end at a word boundary.
            cache[lang] = re.compile(
                rf"(?P<word>{words})(?:(?<=\.)|{endings}?(?!\w))", re.IGNORECASE
            )
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
    # Two entries may share a word only when it means the same to both (same id and factor).
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
    *,
    dimension: str = "count",
    name: str | None = None,
) -> Unit:
    return Unit(id, tuple(de), tuple(en), tuple(symbols), tuple(prefixes), factor, dimension, name)


def _currency(
    code: str,
    de: Iterable[str],
    en: Iterable[str],
    symbols: Iterable[str] = (),
    *,
    before: Iterable[str] | None = None,
    code_is_word: bool = False,
) -> Unit:
    """A currency by its ISO 4217 code: its id is the code in lower case, and the code is a
    symbol after the number and a prefix before it ("42 KWD", "CHF 3.04").

    ``before`` are the symbols that may also stand before the number (default: all of them).
    ``code_is_word``: the code is also a word of the language (PHP, COP, GEL, TRY) — it is
    then no prefix, since "PHP 8" and "COP 28" are a version and a conference.
    """
    symbols = tuple(symbols)
    prefixes = tuple(symbols if before is None else before)
    if not code_is_word:
        symbols, prefixes = (*symbols, code), (*prefixes, code)
    return Unit(code.lower(), tuple(de), tuple(en), symbols, prefixes, dimension="currency")


def _scaled(
    id: str,
    dimension: str,
    entries: Iterable[tuple[str, Fraction, list[str], list[str], list[str]]],
) -> list[Unit]:
    """The entries of one dimension: (name, factor to ``id``, German words, English words,
    symbols) each — every one read into ``id``."""
    return [
        Unit(id, tuple(de), tuple(en), tuple(sym), (), factor, dimension, name)
        for name, factor, de, en, sym in entries
    ]


_F = Fraction

#: Words that name more than one unit, with what they may mean. Bare "Dollar" stays US
#: dollars (the reading every newsroom style guide gives it); these have no such default.
AMBIGUOUS_WORDS: tuple[tuple[str, str], ...] = (
    ("Pfund", "British pounds (gbp) or a pound of weight (500 g)"),
    ("Pfd.", "British pounds (gbp) or a pound of weight (500 g)"),
    ("pound", "British pounds (gbp) or a pound of weight (lb)"),
    ("LE", "Egyptian pounds or a French article"),
    ("RM", "Malaysian ringgit or historical Reichsmark"),
    ("lb", "a pound of weight, which is not built in"),
    ("lbs", "a pound of weight, which is not built in"),
    ("Krone", "Danish, Norwegian, Swedish, Icelandic or Czech crowns"),
    ("krone", "Danish or Norwegian crowns"),
    ("kroner", "Danish or Norwegian crowns"),
    ("krona", "Swedish or Icelandic crowns"),
    ("kronor", "Swedish crowns"),
    ("crown", "Danish, Norwegian, Swedish, Icelandic or Czech crowns"),
    ("kr", "Danish, Norwegian, Swedish or Icelandic crowns"),
    ("kr.", "Danish, Norwegian, Swedish or Icelandic crowns"),
    ("Peso", "Mexican, Argentine, Chilean, Colombian or Philippine pesos"),
    ("Dinar", "Kuwaiti, Bahraini, Jordanian, Iraqi, Serbian … dinars"),
    ("Riyal", "Saudi, Qatari, Omani or Yemeni riyals"),
    ("Rial", "Iranian, Omani or Yemeni rials"),
    ("Lira", "Turkish lira or historical Italian lire"),
    ("Dirham", "UAE or Moroccan dirhams"),
    ("Schilling", "Kenyan, Ugandan, Tanzanian shillings or historical Austrian Schilling"),
    ("shilling", "Kenyan, Ugandan or Tanzanian shillings"),
    ("Franc", "Swiss, CFA, Congolese … francs"),
    ("franc", "Swiss, CFA, Congolese … francs"),
    ("Rupee", "Indian, Pakistani, Sri Lankan or Nepalese rupees"),
)

_CURRENCIES = [
    _currency(
        "USD",
        ["US-Dollar", "Dollar", "amerikanische Dollar"],
        ["US dollar", "dollar", "American dollar"],
        ["US$", "$", "USD$"],
    ),
    _currency("EUR", ["Euro"], ["euro"], ["€"]),
    _currency(
        "GBP",
        ["britische Pfund", "Pfund Sterling", "Sterling"],
        ["British pound", "pound sterling", "sterling"],
        ["£"],
    ),
    # Other dollars, francs, yen, yuan, rupees: their own units, never read as US dollars
    # ("kanadische Dollar", "C$" once read as usd) — a figure in them can only be evidence
    # for a fact in that currency.
    _currency("CAD", ["kanadische Dollar"], ["Canadian dollar"], ["C$", "CA$", "Can$", "CAD$"]),
    _currency("AUD", ["australische Dollar"], ["Australian dollar"], ["A$", "AU$", "AUD$"]),
    _currency(
        "NZD",
        ["neuseeländische Dollar", "Neuseeland-Dollar"],
        ["New Zealand dollar"],
        ["NZ$", "NZD$"],
    ),
    _currency(
        "HKD", ["Hongkong-Dollar", "Hongkong Dollar"], ["Hong Kong dollar", "HK dollar"], ["HK$"]
    ),
    _currency("SGD", ["Singapur-Dollar"], ["Singapore dollar"], ["S$"]),
    _currency("TWD", ["Taiwan-Dollar", "Neue Taiwan-Dollar"], ["New Taiwan dollar"], ["NT$"]),
    _currency("MXN", ["mexikanische Peso"], ["Mexican peso"], ["Mex$", "MXN$"]),
    _currency("ARS", ["argentinische Peso"], ["Argentine peso"]),
    _currency("CLP", ["chilenische Peso"], ["Chilean peso"]),
    _currency("COP", ["kolumbianische Peso"], ["Colombian peso"], code_is_word=True),
    _currency("PHP", ["philippinische Peso"], ["Philippine peso"], ["₱"], code_is_word=True),
    _currency("BRL", ["brasilianische Real"], ["Brazilian real"], ["R$"]),
    _currency("CHF", ["Schweizer Franken", "Franken"], ["Swiss franc"]),
    _currency("JPY", ["Yen", "japanische Yen"], ["yen", "Japanese yen"], ["¥"]),
    _currency(
        "CNY",
        ["Renminbi Yuan", "Yuan", "Renminbi", "chinesische Yuan"],
        ["yuan", "renminbi", "Chinese yuan"],
        ["RMB"],
    ),
    _currency(
        "INR",
        ["Rupie", "indische Rupie"],
        ["Indian rupee", "rupee"],
        ["₹", "Rs.", "Rs"],
    ),
    _currency("PKR", ["pakistanische Rupie"], ["Pakistani rupee"]),
    _currency("LKR", ["srilankische Rupie", "Sri-Lanka-Rupie"], ["Sri Lankan rupee"], ["ரூ"]),
    _currency("IDR", ["Rupiah", "indonesische Rupiah"], ["rupiah", "Indonesian rupiah"], ["Rp"]),
    _currency(
        "KRW", ["Won", "südkoreanische Won"], ["won", "South Korean won", "Korean won"], ["₩"]
    ),
    _currency(
        "RUB",
        ["Rubel", "russische Rubel"],
        ["ruble", "rouble", "Russian ruble", "Russian rouble"],
        ["₽"],
    ),
    _currency(
        "UAH",
        ["Hrywnja", "Griwna", "ukrainische Hrywnja", "ukrainische Hrywen", "Hrywen"],
        ["hryvnia", "hryvnya"],
        ["₴"],
    ),
    _currency(
        "NOK",
        ["norwegische Krone"],
        ["Norwegian krone", "Norwegian kroner", "Norwegian crown"],
    ),
    _currency("DKK", ["dänische Krone"], ["Danish krone", "Danish kroner", "Danish crown"]),
    _currency("SEK", ["schwedische Krone"], ["Swedish krona", "Swedish kronor", "Swedish crown"]),
    _currency(
        "ISK",
        ["isländische Krone"],
        ["Icelandic krona", "Icelandic króna", "Icelandic kronur", "Icelandic krónur"],
    ),
    _currency("CZK", ["tschechische Krone"], ["Czech koruna", "Czech crown"], ["Kč"]),
    _currency(
        "PLN", ["Złoty", "Zloty", "polnische Zloty"], ["zloty", "złoty", "Polish zloty"], ["zł"]
    ),
    _currency("HUF", ["Forint", "ungarische Forint"], ["forint", "Hungarian forint"]),
    _currency(
        "BGN", ["Lew", "bulgarische Lew"], ["lev", "leva", "Bulgarian lev", "Bulgarian leva"]
    ),
    _currency("RON", ["Leu", "rumänische Leu"], ["leu", "lei", "Romanian leu", "Romanian lei"]),
    _currency("TRY", ["türkische Lira"], ["Turkish lira"], ["₺"], before=["₺"]),
    _currency("ZAR", ["Rand", "südafrikanische Rand"], ["rand", "South African rand"]),
    _currency(
        "ILS",
        ["Schekel", "neue Schekel", "israelische Schekel"],
        ["shekel", "new shekel", "Israeli shekel", "new Israeli shekel"],
        ["₪", "NIS"],
    ),
    _currency(
        "EGP",
        ["ägyptische Pfund"],
        ["Egyptian pound", "egyptianpound", "geneh", "genihat masriya"],
        ["E£", "L.E.", "L.E"],
    ),
    _currency("LBP", ["libanesische Pfund"], ["Lebanese pound"], ["L£"]),
    _currency("KWD", ["kuwaitische Dinar", "Kuwait-Dinar"], ["Kuwaiti dinar"]),
    _currency("QAR", ["katarische Riyal", "Katar-Riyal"], ["Qatari riyal"]),
    _currency(
        "SAR", ["saudische Riyal", "Saudi-Riyal", "Saudi-Rial"], ["Saudi riyal", "Saudiriyal"]
    ),
    _currency("AED", ["VAE-Dirham"], ["UAE dirham", "Emirati dirham"]),
    _currency(
        "MYR",
        ["Ringgit", "malaysische Ringgit"],
        ["ringgit", "Malaysian ringgit", "Malaysia ringgit"],
    ),
    _currency("THB", ["Baht", "thailändische Baht"], ["baht", "Thai baht"], ["฿"]),
    _currency("VND", ["Dong", "vietnamesische Dong"], ["dong", "Vietnamese dong"], ["₫"]),
    _currency("MNT", ["Tögrög", "Tugrik"], ["tugrik", "tögrög", "tugrug"], ["₮"]),
    _currency(
        "CRC",
        ["Colón", "costa-ricanische Colón", "Costa-Rica-Colón"],
        ["Costa Rican colón", "colón"],
        ["₡"],
    ),
    _currency(
        "GEL", ["Lari", "georgische Lari"], ["lari", "Georgian lari"], ["₾"], code_is_word=True
    ),
    _currency("LAK", ["Kip", "laotische Kip"], ["kip", "Lao kip"], ["₭"]),
    _currency("NGN", ["Naira"], ["naira", "Nigerian naira"], ["₦"]),
    _currency("KES", ["kenianische Schilling", "Kenia-Schilling"], ["Kenyan shilling"], ["KSh"]),
]

BUILTIN_UNITS = UnitRegistry(
    (
        *_CURRENCIES,
        _unit(
            "percent",
            # "vom Hundert" (v. H.) in German statutes and statistics.
            ["Prozent", "vom Hundert", "v. H."],
            ["percent", "per cent", "percentage"],
            ["%", "p.c."],
            dimension="share",
        ),
        _unit(
            "percentage_points",
            ["Prozentpunkt"],
            ["percentage point"],
            ["pp"],
            dimension="share difference",
        ),
        # "fach" only ever follows a number ("10-fache", "zehnfach"); "mal" likewise.
        _unit("times", ["Mal", "fach"], ["times", "fold"], ["x", "×"], dimension="multiple"),
        *_scaled(
            "gw",
            "power",
            [
                ("gw", _F(1), ["Gigawatt"], ["gigawatt"], ["GW"]),
                ("w", _F(1, 10**9), ["Watt"], ["watt"], ["W"]),
                ("kw", _F(1, 10**6), ["Kilowatt"], ["kilowatt"], ["kW"]),
                ("mw", _F(1, 1000), ["Megawatt"], ["megawatt"], ["MW"]),
                ("tw", _F(1000), ["Terawatt"], ["terawatt"], ["TW"]),
            ],
        ),
        # Energy is read in gigawatt hours, beside power in gigawatts: "18 Milliarden kWh"
        # and "18 TWh" are both 18,000 gwh.
        *_scaled(
            "gwh",
            "energy",
            [
                ("gwh", _F(1), ["Gigawattstunde"], ["gigawatt hour", "gigawatt-hour"], ["GWh"]),
                ("wh", _F(1, 10**9), ["Wattstunde"], ["watt hour", "watt-hour"], ["Wh"]),
                (
                    "kwh",
                    _F(1, 10**6),
                    ["Kilowattstunde"],
                    ["kilowatt hour", "kilowatt-hour"],
                    ["kWh"],
                ),
                (
                    "mwh",
                    _F(1, 1000),
                    ["Megawattstunde"],
                    ["megawatt hour", "megawatt-hour"],
                    ["MWh"],
                ),
                ("twh", _F(1000), ["Terawattstunde"], ["terawatt hour", "terawatt-hour"], ["TWh"]),
            ],
        ),
        *_scaled(
            "t",
            "mass",
            [
                ("t", _F(1), ["Tonne"], ["tonne", "metric ton"], ["t"]),
                # No "g" symbol: "5G" is a network generation, not five grams.
                ("g", _F(1, 10**6), ["Gramm"], ["gram", "gramme"], []),
                (
                    "kg",
                    _F(1, 1000),
                    ["Kilogramm", "Kilo"],
                    ["kilogram", "kilogramme", "kilo"],
                    ["kg"],
                ),
                ("kt", _F(1000), ["Kilotonne"], ["kilotonne"], ["kt"]),
                ("mt", _F(10**6), ["Megatonne"], ["megatonne"], []),
            ],
        ),
        *_scaled(
            "km",
            "length",
            [
                ("km", _F(1), ["Kilometer"], ["kilometre", "kilometer"], ["km"]),
                # No "m" symbol: "$5m" and "5 m" are millions in English finance.
                ("m", _F(1, 1000), ["Meter"], ["metre", "meter"], []),
                ("cm", _F(1, 10**5), ["Zentimeter"], ["centimetre", "centimeter"], ["cm"]),
                # No "mm" symbol: "US$ 1MM" is a million in finance.
                ("mm", _F(1, 10**6), ["Millimeter"], ["millimetre", "millimeter"], []),
            ],
        ),
        *_scaled(
            "km2",
            "area",
            [
                (
                    "km2",
                    _F(1),
                    ["Quadratkilometer"],
                    ["square kilometre", "square kilometer"],
                    ["km²", "km2", "qkm"],
                ),
                (
                    "m2",
                    _F(1, 10**6),
                    ["Quadratmeter"],
                    ["square metre", "square meter"],
                    ["m²", "qm"],
                ),
                ("ha", _F(1, 100), ["Hektar"], ["hectare"], ["ha"]),
            ],
        ),
        *_scaled(
            "l",
            "volume",
            [
                ("l", _F(1), ["Liter"], ["litre", "liter"], ["l"]),
                ("ml", _F(1, 1000), ["Milliliter"], ["millilitre", "milliliter"], ["ml"]),
                ("hl", _F(100), ["Hektoliter"], ["hectolitre", "hectoliter"], ["hl"]),
                ("m3", _F(1000), ["Kubikmeter"], ["cubic metre", "cubic meter"], ["m³"]),
            ],
        ),
        # Time spans in two dimensions: seconds to weeks convert exactly into hours, months
        # into years; a year is no fixed number of hours (365 or 366 days), so the two
        # never meet. Clock times and dates are not spans and are not read (no "Uhr" here).
        # Left out on purpose: "h" ("19h" is a clock time), English "second" (singular:
        # "forty-second" is an ordinal; "seconds" is read).
        *_scaled(
            "hours",
            "duration",
            [
                ("hours", _F(1), ["Stunde"], ["hour"], ["Std."]),
                ("seconds", _F(1, 3600), ["Sekunde"], ["seconds"], ["Sek.", "sec"]),
                ("minutes", _F(1, 60), ["Minute"], ["minute"], ["min"]),
                ("days", _F(24), ["Tag"], ["day"], []),
                ("weeks", _F(168), ["Woche"], ["week"], []),
            ],
        ),
        *_scaled(
            "years",
            "calendar span",
            [
                ("years", _F(1), ["Jahr"], ["year"], []),
                ("months", _F(1, 12), ["Monat"], ["month"], []),
            ],
        ),
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
    ),
    AMBIGUOUS_WORDS,
)
