"""Read the numbers in German or English text into exact intervals with units.

``read_quantities(text, lang)`` returns one `Quantity` per figure, in order of appearance.
Each reading keeps its verbatim span and offsets, its nominal value (or a range's two
endpoints), the interval the words allow, its canonical unit and its qualifier.

What is read (de / en):

- digits ``160.000``, ``8,5``, ``1.234,5`` / ``160,000``, ``8.5``; a sign glued in front;
  in German the stray space after a decimal comma (``1, 3 Millionen``) when a scale word or
  unit follows;
- scale words Tausend/Tsd., Million(en)/Mio., Milliarde(n)/Mrd., Billion(en)/Bio. (10^12) /
  thousand, million, billion, trillion, bn, mn, tn, and glued k/m/b (``$5bn``, ``10k``);
  also in hyphenated compounds (``65-Milliarden-Dollar-Investitionsplan``);
- number words: German cardinals up to 999 999 as one word (``sieben``, ``zweihundert``),
  ``-einhalb``, ``anderthalb``, ``-mal``/``-fach`` (``zehnmal``, ``Zehnfache``), ``halb so``,
  ``doppelt so``; English one … ninety-nine, ``and a half``, ``-fold``, ``half as``,
  ``twice as``; an article (``eine``, ``a``) only directly before a scale word;
- units after the number, glued, hyphenated or a few words on (``24.000 Nvidia H100 GPUs``),
  and currency symbols before it (``$8.5 billion``);
- qualifiers (table in DESIGN.md) directly before the number, optionally with a determiner
  in between (``mehr als dem 1, 5-Fachen``) except for those that double as prepositions;
- ranges ``A bis B``, ``zwischen A und B``, ``A–B`` / ``A to B``, ``between A and B``,
  ``from A to B`` (no word of change before it), ``A through B``, ``A~B``, ``A up to B``;
- coordination ``A beziehungsweise/bzw./und/oder B`` and changes ``von A auf B`` /
  ``rose from A to B`` / ``by A to B`` (A with its own scale or unit): the scale and unit
  stated after B apply to a bare A;
- number words composed over hundreds, scales, "and"/"&" and digits (``4 thousand 3
  hundred and 21``, ``three thousand millions``, ``Eine Million dreihundertneunund…``,
  umlauts spelled out), spoken decimals (``two hundred point zero three``, ``eins komma
  zehn``), glued scale letters (``100K``, ``1,2M``, ``$2.174T``);
- fractions (``zwei Drittel``, ``die Hälfte``, ``jedes dritte``, ``a third``, ``2 fifths``,
  ``½``, ``1/2``, ``3 million and a half``, ``two thirds of a million``) as the ratio
  without a unit, and multiplying verbs (``verdoppelt``, ``halbiert``, ``tripling``) as a
  factor in ``times`` — docs/CURATION.md says how they count;
- an amount with its cents (``15 Dollar und 15 Cent``, ``zwei Euro fünfzig``, ``$20 43``);
- passing a mark (``topped the 50 % mark``, ``übertraf die 50-Prozent-Marke``) as "more
  than", and a word between qualifier and number (``rund weitere 5 Milliarden``).

What is not read: years (a bare 1800–2199), dates (``2024-08``, ``24.01.2025``,
``24. Januar``, ``March 3``, ``14 april``), times of day (``19:30``, ``um halb 4``, ``3 Uhr
15``, ``15 past 3pm``), ordinals (``2. Quartal``, ``der 1. Test``, a German list label
``4.``, ``twenty-fifth``), model names and versions (``H100``, ``405B``, ``GPT-4``, ``Llama
3.1``), quarters (``Q2``), slashed dates (``24/7``, ``1/2/2024``), numerals invalid in the
language (``3.1`` in German, ``1,5`` in English), and number words in running prose that
carry no scale, unit, qualifier or sign (``eine der Apps``, ``zwei Wege``) unless they are
all the text read.

What is seen but cannot be read (words that do not compose, ``1 cup and a half``) is not
read in part: `unread_figures` lists it, and lint reports it at its place.

This module is the scanner. The words it knows are in `factspec.read.vocabulary`, the
patterns it scans with in `factspec.read.quantity_patterns`, and what a reading allows
(DESIGN.md's precision rule and qualifier table) in `factspec.read.precision`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from fractions import Fraction
from itertools import pairwise

from factspec.read.interval import Interval
from factspec.read.precision import allowed, top
from factspec.read.quantity_patterns import (
    ADJECTIVE_ENDING,
    ANCHORS,
    AND_A_HALF,
    AND_GAP,
    AND_WORD,
    BETWEEN_BEFORE,
    CHANGE_BEFORE,
    CHANGE_GAP,
    CHANGE_WORD_BEFORE_FROM,
    CHANGE_WORD_IN,
    COORDINATION_GAP,
    DATE_AFTER_YEAR,
    DAY_OF,
    DETERMINER_BEFORE,
    EVERY_DIGIT_ORDINAL,
    FRACTION_AFTER,
    FULL_STOP_WORD,
    HOUR_AFTER,
    HYPHENS,
    LABEL_BEFORE,
    LETTERS,
    LIST_LABEL,
    MARK_AFTER,
    MAX_DIGITS,
    MINUTES_TO_HOUR,
    MONTH_BEFORE,
    NAME_REST,
    NUMERALS,
    OF_A_SCALE,
    ONE_IN,
    OVER_SPAN_BOUND_AFTER,
    OVER_SPAN_BOUND_BEFORE,
    OVER_WORD,
    PASSED_BEFORE,
    QUALIFIER_PATTERNS,
    RANGE_GAP,
    SCALE_PATTERNS,
    SENTENCE_END,
    SLASHED,
    SO_AS,
    SPACE,
    SPACED_DIGIT,
    STRAY_DECIMAL,
    TIME_OF_DAY,
    TIME_SPAN_AFTER,
    TIMES_TAIL,
    TOKEN,
    TRAILING_BOUND,
    TRAILING_QUALIFIER,
    TRAILING_TOKEN,
    TWICE_THE,
    UP_TO_AFTER_CHANGE,
    UP_TO_WORDS,
    YEAR_BEFORE,
)
from factspec.read.units import BUILTIN_UNITS, UnitMatch, UnitRegistry, lookup_case_blind
from factspec.read.vocabulary import (
    CAPITAL_GLUED_SCALES,
    DETERMINERS,
    EVERY_ORDINALS,
    FRACTION_DENOMINATORS,
    GLUED_SCALES,
    MONEY_GLUED_SCALES,
    MONTHS,
    ORDINAL_NOUNS_DE,
    PREPOSITIONAL,
    QUALIFIER_PHRASES,
    QUALIFIERS,
    SCALE_WORDS,
    SCALES,
    STOPWORDS,
    VULGAR_FRACTIONS,
    is_number_word,
    word_value,
)

# DETERMINERS, SCALE_WORDS and is_number_word live in `vocabulary`; they stay importable
# from here, where step_text and the tests have always found them.
__all__ = [
    "DETERMINERS",
    "QUALIFIERS",
    "SCALE_WORDS",
    "Quantity",
    "QuantityError",
    "UnreadFigure",
    "is_number_word",
    "read_quantities",
    "unread_figures",
]

# The word that multiplies by a hundred, apart from the number it follows.
_HUNDRED = {"en": frozenset({"hundred", "hundreds"}), "de": frozenset({"hundert"})}
# "two hundred and two": English joins groups with "and"; German writes them as one word,
# and its "und" between numbers is a list ("zwei Millionen und drei Milliarden").
_AND = {"en": "and", "de": None}
# A decimal point said as a word: "three point five", "drei komma fünf", "1 point 1".
_POINT = {"en": "point", "de": "komma"}
_SPOKEN_DECIMAL = {
    lang: re.compile(rf"[ \xa0]+{word}[ \xa0]+(?P<frac>[0-9]+)(?![0-9.,])", re.IGNORECASE)
    for lang, word in _POINT.items()
}
# Digits with a glued scale letter, ending where a hyphen follows: "5k" in "5k-20k".
_SCALED_DIGITS_BEFORE = re.compile(r"(?<![^\W_])[0-9]+(?:[.,][0-9]+)?(?:k|K|M|m|bn|mn)$")
# "a quarter past 3pm", "half past 4": a clock time, not a fraction.
_CLOCK_AFTER = re.compile(r"[^\S\r\n]+(?:past|to)(?![^\W_])", re.IGNORECASE)
# "one cup and a half": a fraction after "and" whose whole number is not right before it.
AND_BEFORE = {
    "en": re.compile(r"(?<![^\W\d_])(?:and|&)[^\S\r\n]+$", re.IGNORECASE),
    "de": re.compile(r"(?<![^\W\d_])und[^\S\r\n]+$", re.IGNORECASE),
}
# The "up to" of a range's top: "160 TWh up to 590 TWh".
_UP_TO = re.compile(r"up[^\S\r\n]+to[^\S\r\n]+", re.IGNORECASE)
# "half a million": the article between the fraction and its scale.
_ARTICLE_AFTER = re.compile(r"[^\S\r\n]+an?(?![^\W_])", re.IGNORECASE)
# A word after a number, past spaces or a hyphen: "14 April", "3 hundred", "2 fifths".
_WORD_AFTER = re.compile(r"[^\S\r\n]{0,3}[-\u2010\u2011]?[^\S\r\n]{0,3}[^\W\d_]")
# Why a number could not be read, as lint tells the curator.
_WHY_COMPOSE = "its number words do not compose into one number this reader can read"
_WHY_POINT = "the decimal point before these digits is not read, so neither are they"
_WHY_HEAD = "the number words before it are missing or unread, so it is not the whole number"
_WHY_APART = "a fraction stands apart from the whole number it belongs to"
_WHY_CURRENCY_BEFORE = (
    "a currency named by a word before the number ('dollar 22.5 million') is not read as its unit"
)
_WHY_OVER = (
    "before a time span 'over' may mean 'across' (\"£22.6bn over two years\") or 'more than', "
    "so no bound is read"
)
_WHY_RATIO = "a ratio or score 'A zu B' is not read as one number"
_WHY_BROKEN = "a line break separates the number from the unit or scale on the next line"
# "3 zu 1", "eins zu eins": a ratio or a score, said with "zu" between its two numbers.
_ZU_AFTER = re.compile(r"[^\S\r\n]+zu[^\S\r\n]+(?P<n>[0-9]+|[^\W\d_]+)(?![^\W_])", re.IGNORECASE)
# A line break and the indent of the next line, after a number that ends its line.
_LINE_BREAK = re.compile(r"[^\S\r\n]*\r?\n[^\S\r\n]*")
# Currencies divided into hundredths, by unit id: an amount may go on in cents ("zwei Euro
# fünfzig"). Yen and won have none.
_HUNDREDTHS = frozenset(
    {"usd", "eur", "gbp", "chf", "cad", "aud", "hkd", "nzd", "cny", "inr", "mxn", "sek", "nok"}
    | {"dkk", "pln", "czk", "brl", "zar", "sgd", "rub", "try", "ils", "myr", "egp", "uah"}
)
# The cents after an amount: digits or up to two number words, "und"/"and" allowed before.
_CENTS_NUMBER = {
    lang: re.compile(
        rf"[^\S\r\n]+(?:(?:{joiner})[^\S\r\n]+)?"
        r"(?P<n>[0-9]{1,2}(?![0-9.,]?[0-9])|[^\W\d_]+(?:[^\S\r\n]+[^\W\d_]+)?)",
        re.IGNORECASE,
    )
    for lang, joiner in (("de", "und"), ("en", "and|&"))
}
_CENTS_WORD = re.compile(
    r"[^\S\r\n]*(?:Cents?|ct\.?|¢|pennies|penny|pence|Rappen|sens?)(?![^\W_])", re.IGNORECASE
)
# What may close an amount said with its cents: punctuation, a line's or the text's end.
_AMOUNT_CLOSED = re.compile(r"[^\S\r\n]*(?:[.,;:!?)]|$)", re.MULTILINE)
# "percent of 10": English names the percent before its number.
_PERCENT_OF = re.compile(
    r"(?<![^\W\d_])(?:per[^\S\r\n]?cents?)[^\S\r\n]+of[^\S\r\n]+$", re.IGNORECASE
)
# A scale letter standing alone after a number: "2.33 k", "1,674,200.5 M".
_SPACED_SCALE_LETTER = re.compile(r"([kKM])(?![^\W_]|[.,]?[0-9])")
# A number word or digits right before: "hundred" after it continues that number.
_NUMBER_BEFORE = re.compile(
    r"(?:[0-9]|(?<![^\W\d_])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|and))[^\S\r\n]+$",
    re.IGNORECASE,
)
# "&" joins the groups of a spelled-out number like "and": "two hundred & forty".
_AMPERSAND = re.compile(r"&")
# The last word before a number, with only spaces after it.
_LAST_WORD = re.compile(r"(?P<word>[^\W\d_]+)[ \xa0]+$")
# Words that carry a spelled-out number on past what `_Scanner._composed` reads: a decimal
# point, an ordinal ending, a fraction.
_UNFINISHED = {
    "en": re.compile(
        r"point|and|[\w-]*(?:first|second|third|th|ths)|halves?|quarters?|thirds?", re.IGNORECASE
    ),
    "de": re.compile(r"komma|\w*(?:te[nrsm]?|ste[nrsm]?|tel|hälfte|viertel)", re.IGNORECASE),
}

# What may stand before a sign or a leading decimal separator: the start, a space, a bracket.
_BEFORE_SIGN = frozenset(" \t\n(\xa0\u202f\u2009")
# The decimal separator a number may begin with: ".77" in English, ",77" in German.
_LEADING_DECIMAL = {"en": ".", "de": ","}
# A word that makes the number after it negative ("minus 5", "negativ 1200000").
_MINUS_WORDS = {"en": ("minus", "negative"), "de": ("minus", "negativ")}
_SIGN_WORD = {
    lang: re.compile(rf"(?:^|(?<=[\s(]))(?P<word>{'|'.join(words)})[ \xa0]$", re.IGNORECASE)
    for lang, words in _MINUS_WORDS.items()
}


def _sign_before(text: str, start: int, floor: int, lang: str) -> tuple[int, int] | None:
    """The sign written before a number starting at ``start``: (+1 or -1, where it begins).

    "-5", "−5", "+5", the en dash of a typeset minus ("–3 %"), a sign set apart by a space
    at the start of a text or after a bracket ("- 1.200"), and the words "minus"/"negative".
    A dash between two numbers is a range, so a sign needs the start, a space or a bracket
    before it.
    """
    if start <= floor:
        return None
    char = text[start - 1]
    if char in "-−+–" and (start == 1 or text[start - 2] in _BEFORE_SIGN):
        return (-1 if char != "+" else 1), start - 1
    spaced = char == " " and start >= 2 and text[start - 2] in "-−–" and start - 2 >= floor
    if spaced and (start == 2 or text[start - 3] in "(\n"):
        return -1, start - 2  # "- 1.200" opening a text or a bracket
    window = text[max(floor, start - 12) : start]
    word = _SIGN_WORD[lang].search(window)
    if word is not None:
        return -1, start - len(window) + word.start("word")
    return None


# What may stand before an id written as zeros ("000"): a space, or an opening bracket or quote.
_CODE_OPENERS = frozenset(" \t\n\u00a0([{\"'„“‚‘«»")


class QuantityError(ValueError):
    """The arguments cannot be read: an unknown language, a tolerance outside [0, 1), or
    something that is not text. Text itself never raises: what cannot be read is skipped."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure read from a text."""

    text: str  # the span read, verbatim
    start: int  # offsets into the text that was read
    end: int
    value: Fraction | None  # nominal value; None for a range
    range: tuple[Fraction, Fraction] | None  # nominal endpoints of a range
    interval: Interval  # what the text allows (precision or qualifier applied)
    endpoints: tuple[Interval, Interval] | None  # a range's endpoints, each with its precision
    unit: str | None  # canonical unit id ("usd", "percent", "gpu", …) or None
    qualifier: str | None  # "about", "nearly", "a good", "more than", "at least", "up to", …
    # For "up to X": where its top X lies. "Up to" is anchored at its top: the values allowed
    # are `interval`, and a claim "up to X" also says that X is reached.
    top: Interval | None = None
    # A fraction of a whole in words or signs ("ein Viertel", "more than half", "¾"), with
    # no scale and no unit: a share, so it can stand for the same share in percent.
    fraction: bool = False

    def scaled_into(self, unit: str, factor: Fraction) -> Quantity:
        """This figure read in ``unit``, each of its own units worth ``factor`` of it."""
        return replace(
            self,
            unit=unit,
            value=None if self.value is None else self.value * factor,
            range=None if self.range is None else (self.range[0] * factor, self.range[1] * factor),
            interval=self.interval * factor,
            endpoints=None
            if self.endpoints is None
            else (self.endpoints[0] * factor, self.endpoints[1] * factor),
            top=None if self.top is None else self.top * factor,
            fraction=False,
        )

    def as_percent(self) -> Quantity | None:
        """A fraction of a whole as the same share in percent ("ein Viertel" is 25 %)."""
        return self.scaled_into("percent", Fraction(100)) if self.fraction else None


@dataclass(frozen=True)
class UnreadFigure:
    """A number the reader sees but cannot read: never dropped silently, never split in two.
    Lint reports it at its place so a curator decides (it cannot be evidence as written)."""

    text: str  # the span, verbatim
    start: int
    end: int
    why: str  # what about it cannot be read, in a curator's words


# -- provisional readings ----------------------------------------------------------------


@dataclass
class _Reading:
    """A figure while it is being read; coordination and ranges may still complete it."""

    start: int  # span start: qualifier, currency prefix or sign included
    end: int
    num_start: int  # where the numeral itself starts
    number: Fraction  # the numeral's value, signed, before scale and unit factor
    decimals: int = 0  # digits after the decimal mark: the precision of the last stated digit
    scale: Fraction | None = None
    unit: str | None = None
    factor: Fraction = field(default=Fraction(1))
    prefixed: bool = False  # the unit came from a currency symbol before the number
    qualifier: str | None = None
    signed: bool = False
    word: bool = False  # a spelled-out number ("sieben")
    composed: bool = False  # several number words ("seven hundred twenty-one"): a number
    article: bool = False  # "eine", "a": a number only before a scale word
    name_like: bool = False  # glued to a preceding name ("Llama 3", "Windows 11")
    year_like: bool = False  # four plain digits 1800–2199
    # Followed by a unit word that names several units ("902 Pfd.", "5 Kronen"): not read,
    # since the number without its unit would be a figure in no unit or the wrong one.
    ambiguous: bool = False
    # Seen but not read ("over two years"): reported by `_unread`, never a figure.
    unread: bool = False
    fraction: bool = False  # a fraction of a whole ("ein Viertel", "½")

    @property
    def bare(self) -> bool:
        """Nothing but the numeral: no scale, unit, qualifier or sign."""
        return (
            self.scale is None and self.unit is None and self.qualifier is None and not self.signed
        )

    @property
    def nominal(self) -> Fraction:
        # number × scale × factor, skipping the factors that are 1: each Fraction product
        # costs microseconds, and most figures have neither a scale word nor a unit factor.
        value = self.number
        if self.scale is not None:
            value = value * self.scale
        if self.factor != 1:
            value = value * self.factor
        return value


@dataclass
class _Range:
    """Two readings joined by bis/zwischen/–/to/between; the span runs from A's start."""

    low: _Reading
    high: _Reading
    start: int
    end: int

    @property
    def qualifier(self) -> str | None:
        return self.low.qualifier


# -- the reader --------------------------------------------------------------------------


def read_quantities(
    text: str,
    lang: str,
    *,
    units: UnitRegistry = BUILTIN_UNITS,
    tolerance: Fraction = Fraction(1, 10),
) -> list[Quantity]:
    """Every figure in ``text`` (written in ``lang``, "de" or "en"), in order of appearance.

    ``tolerance`` is t, the cap on every width: about X → [X − w, X + w] with
    w = min(t·|X|, half a unit of X's last significant digit), and so on (DESIGN.md).
    Raises `QuantityError` only for unusable arguments, never for the text's content.
    """
    if not isinstance(text, str):
        raise QuantityError(f"expected text to read, got {type(text).__name__}")
    if lang not in QUALIFIERS:
        raise QuantityError(f"unknown language {lang!r}: numbers are read in 'de' or 'en'")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | Fraction):
        raise QuantityError(f"tolerance must be an exact Fraction, not {tolerance!r}")
    tolerance = Fraction(tolerance)
    if not 0 <= tolerance < 1:
        raise QuantityError(f"tolerance must lie in [0, 1), got {tolerance}")
    if not isinstance(units, UnitRegistry):
        raise QuantityError("units must be a UnitRegistry")
    reader = _Reader(text, lang, units)
    readings = reader.read()
    if not readings:
        return []
    return [_to_quantity(text, r, tolerance) for r in readings]


def unread_figures(
    text: str, lang: str, *, units: UnitRegistry = BUILTIN_UNITS
) -> list[UnreadFigure]:
    """Every number in ``text`` the reader sees but cannot read, in order: a spelled-out
    number it cannot compose ("two hundred point zero three", "one twenty two"), digits after
    an unread decimal point ("point 77"), a fraction whose whole number stands apart ("1 cup
    and a half"). Dates, times, ordinals, years, names and codes are not figures and are not
    listed. Same arguments as `read_quantities`."""
    if not isinstance(text, str):
        raise QuantityError(f"expected text to read, got {type(text).__name__}")
    if lang not in QUALIFIERS:
        raise QuantityError(f"unknown language {lang!r}: numbers are read in 'de' or 'en'")
    reader = _Reader(text, lang, units)
    reader.read()
    return [
        UnreadFigure(text[start:end], start, end, why)
        for start, end, why in sorted(set(reader.unread))
        if end > start
    ]


def after_name(text: str, num_start: int, lang: str) -> bool:
    """Whether the number at ``num_start`` follows a capitalised token and one space, as a
    version follows its name ("Llama 3", "Windows 11"); stopwords ("Im 2", "The 5") are no
    names. Lint's probe of the other notation asks the same of "Llama 3.1" in German."""
    if num_start < 2 or text[num_start - 1] not in " \xa0":
        return False
    m = TRAILING_TOKEN.search(text, max(0, num_start - 41), num_start - 1)
    if m is None:
        return False
    token = m.group()
    return any(c.isupper() for c in token) and token.lower() not in STOPWORDS[lang]


class _Reader:
    """One pass over the text: anchors (digits, number words) → readings → ranges and
    coordination → the readings that are figures. Every look-around is bounded, so the
    pass stays linear in the length of the text."""

    def __init__(self, text: str, lang: str, units: UnitRegistry) -> None:
        self.text = text
        self.lang = lang
        self.units = units
        # Where the previous reading ended: a qualifier or currency symbol before a number
        # cannot reach back into it ("1 $ 1" is "1 $" and "1", not two readings of "$").
        self.floor = 0
        # (start, end, why) of every number seen but not read: lint reports each.
        self.unread: list[tuple[int, int, str]] = []

    def _unread(self, start: int, end: int, why: str) -> int:
        """Record a number that cannot be read; where the scan goes on (its end)."""
        self.unread.append((start, end, why))
        return end

    def read(self) -> list[_Reading | _Range]:
        readings: list[_Reading] = []
        consumed = 0
        for anchor in ANCHORS[self.lang].finditer(self.text):
            if anchor.start() < consumed:
                continue
            self.floor = consumed
            if anchor.group("digits") is not None:
                result = self._read_digits(anchor.start(), anchor.end())
            elif anchor.group("vulgar") is not None:
                result = self._read_vulgar(anchor.start(), anchor.end())
            else:
                result = self._read_word(anchor.start(), anchor.end())
            if isinstance(result, _Reading) and result.unread:
                consumed = result.end  # reported where it was found, e.g. "over two years"
            elif isinstance(result, _Reading) and (dangling := self._noun_and_fraction(result)):
                # "1 cup and a half": 1.5 cups, read neither as 1 nor ½
                consumed = self._unread(result.start, dangling, _WHY_APART)
            elif isinstance(result, _Reading):
                readings.append(result)
                consumed = result.end
            elif isinstance(result, int):
                consumed = result
        combined = self._combine(readings)
        return [r for r in combined if self._keep(r)]

    # -- numerals --------------------------------------------------------------------

    def _read_digits(self, start: int, end: int) -> _Reading | int | None:
        """A digit anchor: a reading, or the offset up to which the text is not a figure."""
        text = self.text
        before = text[start - 1] if start else ""
        # Letters glued in front make a name: H100, Q2, MP3.
        if before.isalpha():
            return self._skip_name(end)
        # Letter-hyphen-digits is a name: GPT-4, COVID-19, Llama-3 — but not the second
        # end of a range whose first end has a glued scale: "5k-20k".
        if (
            before in HYPHENS
            and start >= 2
            and text[start - 2].isalpha()
            and not _SCALED_DIGITS_BEFORE.search(text, max(0, start - 24), start - 1)
        ):
            return self._skip_name(end)
        # Digits after / or : continue a date, a fraction or a time: 24/7, 14:30.
        if before in "/:" and start >= 2 and text[start - 2].isdigit():
            return end
        slashed = SLASHED.match(text, end)
        if slashed:
            fraction = self._slashed_fraction(start, end, slashed)
            if fraction is None:
                return slashed.end()
            return self._fraction_reading(start, slashed.end(), fraction)
        raw = text[start:end]
        leading = _LEADING_DECIMAL[self.lang]
        after_separator = (
            start > self.floor
            and text[start - 1] == leading
            and (start == 1 or text[start - 2] in _BEFORE_SIGN)
        )
        if (
            len(raw) > 1
            and raw[0] == "0"
            and raw[1].isdigit()
            and raw.strip("0")
            and not after_separator
        ):
            # "003", "0800": a code or an id; no figure is written with a leading 0. A run of
            # zeros stays a number: "16.\u200b000" must read as two numbers, not one.
            return end
        if len(raw) > 1 and not raw.strip("0") and (start == 0 or text[start - 1] in _CODE_OPENERS):
            return end  # "000" standing as a word: an id ("source 000"), never the number 0
        if len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199:
            date = DATE_AFTER_YEAR.match(text, end)
            if date:  # 2024-08, 2024-08-01, 2024–25
                return date.end()
            if YEAR_BEFORE[self.lang].search(text, max(0, start - 24), start):
                return end  # "Q1 2024 share drop", "im Jahr 2024 Aktien": a year, not a count
        parsed = self._parse_numeral(raw)
        if parsed is None:  # 3.1 in German, 1,5 in English, 24.01.2025: not a figure here
            return end
        number, decimals = parsed
        grouped = not raw.isdigit()
        spoken = _SPOKEN_DECIMAL[self.lang].match(text, end) if not grouped else None
        if spoken is not None:  # "1 point 1", "1 komma 1": one number, 1.1, not two ones
            frac = spoken.group("frac")
            number = int(raw) + Fraction(int(frac), 10 ** len(frac))
            decimals, end = len(frac), spoken.end()
        if self.lang == "de" and not grouped and len(raw) <= 3:
            repaired = self._stray_decimal(raw, end)
            if repaired is not None:
                number, decimals, end = repaired
        if not grouped and self._is_ordinal(start, end):
            return end + 1
        if raw == "1" and decimals == 0:
            ratio = self._one_in(start, end)
            if ratio is not None:  # "1 in 21 cars": the ratio 1/21
                return ratio
        if raw.isdigit() and self._zu_ratio(end):  # "3 zu 1": a ratio or a score
            return self._unread(start, self._zu_ratio(end), _WHY_RATIO)
        clock = TIME_OF_DAY[self.lang].match(text, end)
        if clock:
            return clock.end()  # "15 Uhr 20": the minutes belong to the time, too
        # Whether a word follows (spaces or a hyphen between): the date, clock, spelled-out
        # and fraction forms below all need one, and most digits in prose have none.
        word_after = _WORD_AFTER.match(text, end) is not None
        if raw.isdigit() and len(raw) <= 2:
            calendar = self._calendar_or_clock(start, end, int(raw), word_after=word_after)
            if calendar is not None:
                return calendar
        if self._after_point(start):
            # "point 77": the digits after a spoken point are not a number alone
            return self._unread(start, end, _WHY_POINT)
        composed = self._digits_composed(raw, number, end) if word_after else None
        if isinstance(composed, int):
            return self._unread(start, composed, _WHY_COMPOSE)
        if composed is not None:
            number, end = composed
        if end < len(text) and text[end] in VULGAR_FRACTIONS and raw.isdigit():
            number, end = number + VULGAR_FRACTIONS[text[end]], end + 1  # "2½"
        elif word_after and raw.isdigit() and not grouped:
            fraction = self._fraction_after(end, number)
            if fraction is not None and fraction[0] == 0:
                return fraction[1]  # "21st"-like ordinals said in words: "2 third" is none
            if fraction is not None:  # "2 fifths"
                return self._fraction_reading(start, fraction[1], number / fraction[0])
        reading = _Reading(start, end, start, number, decimals)
        reading.year_like = len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199
        self._sign_and_prefix(reading)
        glued = LETTERS.match(text, end)
        if glued and not self._glued_suffix_reads(reading, glued.end()):
            return self._skip_name(end)  # 405B, 3D, 24th, 1990er
        self._qualifier(reading)
        # "Llama 3.1", "Windows 11" are names; a number of five digits or more ("Bevölkerung
        # 1 414 021 100") after a capitalised German noun is a figure.
        # A decimal comma or a thousands comma is never a version ("Braunkohle 8,8"); a
        # label before a number names a part ("phase 2", "Phase 2 des Plans").
        reading.name_like = (
            self._after_name(reading.num_start)
            and sum(c.isdigit() for c in raw) < 5
            and "," not in raw
        ) or self._after_label(reading.num_start)
        self._forward(reading)
        return reading

    def _digits_composed(
        self, raw: str, number: Fraction, end: int
    ) -> tuple[Fraction, int] | int | None:
        """Digits that begin an English number said in words: "3 hundred and one" (301),
        "4 thousand 3 hundred and 21" (4321); the number and where it ends, the offset to
        skip to when the words cannot be composed, or None when nothing is composed ("3
        hundred" alone keeps the scale word's precision, "5 million" reads as it always has).
        """
        if self.lang != "en" or not raw.isdigit() or len(raw) > 3:
            return None
        space = SPACE.match(self.text, end)
        first = TOKEN.match(self.text, space.end()) if space else None
        if first is None:
            return None
        word = first.group()
        if not word[0].isalpha():
            return None  # "1 2": the next word is a number of its own, no hundred or scale
        hundred = word.lower() in _HUNDRED["en"]
        scale = lookup_case_blind(SCALES["en"], word) is not None
        if not hundred and not (scale and self._digit_after_scale(first.end())):
            return None
        composed = self._composed(number, end)
        if composed is None:
            return None
        if composed[0] is None:
            return composed[1]
        value, composed_end = composed[0], composed[1]
        if composed_end <= first.end():
            return None  # only the hundred: "3 hundred" reads as a scale word
        return value, composed_end

    def _digit_after_scale(self, pos: int) -> bool:
        """ "4 thousand 3 hundred": digits, then a hundred, after the scale word."""
        space = SPACE.match(self.text, pos)
        token = TOKEN.match(self.text, space.end()) if space else None
        return token is not None and token.group().isdigit() and self._hundred_at(token.end())

    def _parse_numeral(self, raw: str) -> tuple[Fraction, int] | None:
        m = NUMERALS[self.lang].fullmatch(raw)
        if m is None or len(raw) > MAX_DIGITS:
            return None
        whole = int(re.sub(r"[.,\s\u2009\u202f]", "", m.group("int")))
        frac = m.group("frac") or ""
        if not frac:
            return Fraction(whole), 0
        # whole + frac / 10^k as one fraction: one construction instead of three.
        scale = 10 ** len(frac)
        return Fraction(whole * scale + int(frac), scale), len(frac)

    def _stray_decimal(self, raw: str, end: int) -> tuple[Fraction, int, int] | None:
        """German "1, 3 Millionen" = 1,3 Millionen, when a scale word or unit follows.

        Without the scale/unit condition, a list "Punkte 1, 3 und 5" would become 1.3.
        """
        m = STRAY_DECIMAL.match(self.text, end)
        if m is None or not self._scale_or_unit_at(m.end()):
            return None
        frac = m.group(1)
        return int(raw) + Fraction(int(frac), 10 ** len(frac)), len(frac), m.end()

    def _scale_or_unit_at(self, pos: int) -> bool:
        for at, _kind in self._separated(pos):
            if SCALE_PATTERNS[self.lang].match(self.text, at) or self.units.match_at(
                self.text, at, self.lang
            ):
                return True
        return False

    def _is_ordinal(self, start: int, end: int) -> bool:
        """German digits closed by a full stop that number rather than count (German writes
        its ordinals so; English "192." is 192): a label opening a line ("4.", "1. Die
        Zahl"), "2. Quartal", "24. Januar", "20. Sept.", "2. größte" (a lowercase word, a
        month or an ordinal noun follows) and "der 1. Test" (a determiner before); "… um 7.
        Danach" is a figure ending a sentence."""
        text = self.text
        if self.lang != "de" or not text.startswith(".", end):
            return False  # both forms close the digits with a full stop
        if self._opens_line(start) and LIST_LABEL.match(text, end):
            return True
        m = FULL_STOP_WORD.match(text, end)
        if m is None:
            return False
        word = m.group(1)
        if DETERMINER_BEFORE.search(text, max(0, start - 8), start):
            return True
        return word[0].islower() or word.lower() in ORDINAL_NOUNS_DE

    def _opens_line(self, start: int) -> bool:
        """Only spaces or tabs between the line's start and ``start`` (looked at backwards
        from ``start``, so a long line costs no more than its indent)."""
        at = start
        while at > 0 and self.text[at - 1] in " \t":
            at -= 1
        return at == 0 or self.text[at - 1] == "\n"

    def _calendar_or_clock(
        self, start: int, end: int, number: int, *, word_after: bool
    ) -> int | None:
        """Where a day of a date or a part of a clock time written with ``number`` ends, or
        None when it is neither: "14 April", "15 of February", "March 3" (no unit or scale
        after it), "um halb 4", "viertel vor 12", "15 past 3pm", "5 vor 12"."""
        text, lang = self.text, self.lang
        if word_after and 1 <= number <= 31:
            day_of = DAY_OF.match(text, end)
            if day_of and self._month(day_of.group(1)):
                return day_of.end()
        # Month and clock words stand before the number with a space: "März 3", "halb 4".
        word_before = start >= 2 and text[start - 1] == " " and not text[start - 2].isdigit()
        if word_before and 1 <= number <= 31:
            before = MONTH_BEFORE.search(text, max(0, start - 16), start)
            if before and self._month(before.group(1)) and not self._scale_or_unit_at(end):
                return end  # "im März 3 Prozent mehr" keeps its figure
        if (
            word_before
            and number <= 24
            and HOUR_AFTER[lang].search(text, max(0, start - 20), start)
        ):
            return end
        if word_after and number <= 59:
            minutes = MINUTES_TO_HOUR[lang].match(text, end)
            if minutes and not self._scale_or_unit_at(end):
                return minutes.end()
        return None

    def _month(self, word: str) -> bool:
        """A month's name or abbreviation; English "may" only as the capitalised month."""
        lowered = word.lower()
        if lowered == "may":
            return word == "May"
        return lowered in MONTHS[self.lang]

    def _skip_name(self, end: int) -> int:
        """Skip the rest of an alphanumeric name (405B, GPT-4o) so no digit in it is read."""
        return NAME_REST.match(self.text, end).end()  # type: ignore[union-attr]

    def _glued_suffix_reads(self, reading: _Reading, glued_end: int) -> bool:
        """Letters glued to digits are a scale ($5bn, 10k) or a unit (10x, 2GW, 10fach)."""
        text, end = self.text, reading.end
        if glued_end < len(text) and text[glued_end].isdigit():
            return False  # 3x3, 1F2: a code
        scale = self._glued_scale(reading, end)
        if scale is not None and scale[1] == glued_end:
            return True
        unit = self.units.match_at(text, end, self.lang)
        return unit is not None and unit.end == glued_end

    def _spaced_scale_letter(self, reading: _Reading, at: int) -> tuple[Fraction, int] | None:
        """English "2.33 k", "1,674,200.5 M": a scale letter set apart from a number written
        with decimals or grouping (a bare "5 m" is metres, "5 K" kelvin)."""
        if self.lang != "en" or reading.word or (reading.decimals == 0 and reading.number < 1000):
            return None
        m = _SPACED_SCALE_LETTER.match(self.text, at)
        if m is None:
            return None
        letter = m.group(1)
        scale = GLUED_SCALES["k"] if letter in "kK" else CAPITAL_GLUED_SCALES["M"]
        return scale, m.end(1)

    def _glued_scale(self, reading: _Reading, at: int) -> tuple[Fraction, int] | None:
        """A scale glued to the digits ("$5bn", "10k", "100K", "1,2M"): (scale, end) or None.
        German writes its scale words apart ("5 Mio."); only the letters of informal
        prose ("100k", "1,2M") are read glued there."""
        if reading.word:
            return None
        letters = LETTERS.match(self.text, at)
        if letters is None:
            return None
        word = letters.group()
        scale: Fraction | None = None
        if word in CAPITAL_GLUED_SCALES:
            scale = CAPITAL_GLUED_SCALES[word]
        elif self.lang == "de":
            scale = GLUED_SCALES["k"] if word == "k" else None
        elif SCALE_PATTERNS["en"].fullmatch(word):
            scale = lookup_case_blind(SCALES["en"], word)
        elif word in GLUED_SCALES:
            scale = GLUED_SCALES[word]
        elif reading.prefixed and word.lower() in MONEY_GLUED_SCALES:
            scale = MONEY_GLUED_SCALES[word.lower()]
        return None if scale is None else (scale, letters.end())

    # -- fractions ---------------------------------------------------------------------

    def _read_vulgar(self, start: int, end: int) -> _Reading | None:
        """ "½", "¾ der Befragten": the fraction the character stands for."""
        return self._fraction_reading(start, end, VULGAR_FRACTIONS[self.text[start]])

    def _slashed_fraction(self, start: int, end: int, slashed: re.Match[str]) -> Fraction | None:
        """ "1/2", "3/4": a fraction when the numerator is below a denominator of at most 10,
        and no other slash or colon goes on (24/7, 1/2/2024, 3/4/25 are not fractions)."""
        parts = slashed.group().split("/")
        if len(parts) != 2 or parts[0] or not parts[1].isdigit() or len(parts[1]) > 2:
            return None
        if start and self.text[start - 1] in "/:.,":
            return None
        numerator, denominator = int(self.text[start:end]), int(parts[1])
        if not 0 < numerator < denominator <= 10:
            return None
        return Fraction(numerator, denominator)

    def _fraction_after(
        self, pos: int, numerator: Fraction = Fraction(1)
    ) -> tuple[int, int] | None:
        """The denominator a fraction word right after ``pos`` names, and where it ends:
        "-thirds", " Viertel", " - eighths"; (0, end) for an English ordinal ("twenty-fifth",
        "seventy third": a singular after a numerator above one), which is no figure."""
        m = FRACTION_AFTER.match(self.text, pos)
        if m is None:
            return None
        word = m.group(1).lower()
        denominator = FRACTION_DENOMINATORS[self.lang].get(word)
        if denominator is None:
            return None
        if self.lang == "en" and numerator > 1 and not word.endswith(("s", "half")):
            return 0, m.end()
        if (
            self.lang == "en"
            and word in ("quarter", "half")
            and _CLOCK_AFTER.match(self.text, m.end())
        ):
            return 0, m.end()  # "a quarter past 3pm", "half past 4": a time
        return denominator, m.end()

    def _fraction_word(self, start: int, end: int, word: str) -> _Reading | int | None:
        """A fraction said in words, or 0 when the word at ``start`` starts none.

        "two thirds", "one-third", "a quarter", "ein Drittel", "drei halbe", "die Hälfte",
        "jedes dritte" / "every third" (one in three), "half a million", "quarter million",
        "two thirds of a million" (the scale after "of a" scales the fraction)."""
        text, lang = self.text, self.lang
        if word in ("jede", "jedes", "jeder", "jeden", "every"):
            token = (
                TOKEN.match(text, SPACE.match(text, end).end()) if SPACE.match(text, end) else None
            )
            n = EVERY_ORDINALS[lang].get(token.group().lower()) if token else None
            if n is None or token is None:
                digits = EVERY_DIGIT_ORDINAL.match(text, end) if lang == "de" else None
                count = int(digits.group("n").replace(".", "")) if digits else 0
                if digits is None or count < 2:
                    return None
                # "jeder 35. Pkw": one in 35, the full stop marking the ordinal
                return self._ratio_reading(start, digits.end(), Fraction(1, count))
            return self._fraction_reading(start, token.end(), Fraction(1, n))
        if word == "one":
            ratio = self._one_in(start, end)
            if ratio is not None:  # "one in every 35 cars"
                return ratio
        if word in ("eins", "ein", "eine") and (ratio_end := self._zu_ratio(end)):
            return self._unread(start, ratio_end, _WHY_RATIO)  # "fast eins zu eins"
        if word == "hälfte":
            return self._fraction_reading(start, end, Fraction(1, 2))
        article = _ARTICLE_AFTER.match(text, end) if word == "half" else None
        if article and self._scale_follows(article.end()):  # "half a million", not "a million"
            return self._fraction_reading(start, article.end(), Fraction(1, 2))
        if word in ("half", "quarter") and self._scale_follows(end):
            return self._fraction_reading(
                start, end, Fraction(1, FRACTION_DENOMINATORS["en"][word])
            )
        parsed = word_value(word, lang)
        if parsed is None or parsed[2] is not None or parsed[0].denominator != 1:
            return 0
        fraction = self._fraction_after(end, parsed[0])
        if fraction is None:
            return 0
        if fraction[0] == 0:
            return fraction[1]  # an ordinal ("twenty-fifth") or a time: no figure
        if AND_BEFORE[lang].search(text, max(0, start - 8), start):
            # "one cup and a half", whose whole number stands apart: not read, rather than
            # read as a half alone
            return self._unread(start, fraction[1], _WHY_APART)
        return self._fraction_reading(start, fraction[1], parsed[0] / fraction[0])

    def _one_in(self, start: int, end: int) -> _Reading | None:
        """English "one in every 35 cars", "1 in 21": the ratio 1/35, with no unit (the cars
        are what it is a ratio of); None when no such ratio follows ``end``."""
        if self.lang != "en":
            return None
        m = ONE_IN.match(self.text, end)
        if m is None:
            return None
        said = m.group("n")
        if said[0].isdigit():
            n: Fraction | None = Fraction(int(said.replace(",", "")))
        else:
            parsed = word_value(said.lower(), self.lang)
            n = None if parsed is None or parsed[2] is not None or parsed[3] else parsed[0]
        if n is None or n.denominator != 1 or n < 2:
            return None
        return self._ratio_reading(start, m.end(), 1 / n)

    def _zu_ratio(self, end: int) -> int:
        """Where "zu B" ends after a German number ("3 zu 1", "eins zu eins"), else 0."""
        if self.lang != "de":
            return 0
        m = _ZU_AFTER.match(self.text, end)
        if m is None:
            return 0
        said = m.group("n")
        if said.isdigit():
            return m.end()
        parsed = word_value(said.lower(), self.lang)
        if parsed is None or parsed[2] is not None or parsed[3]:
            return 0
        return m.end()

    def _ratio_reading(self, start: int, end: int, value: Fraction) -> _Reading:
        """One of so many ("jeder 35.", "one in 21"): the ratio, exact as written and widened
        only by a qualifier; no unit or scale is looked for after it, since the noun that
        follows ("Pkw", "cars") is what the ratio counts in, not the ratio's unit."""
        reading = _Reading(start, end, start, value)
        reading.word = reading.composed = True
        reading.fraction = True  # one of so many is a share of the whole, as "jedes dritte" is
        self._qualifier(reading)
        return reading

    def _fraction_reading(self, start: int, end: int, value: Fraction) -> _Reading:
        """A fraction read: exact as written (a number word is), a qualifier widens it by t;
        "of a million" hands the scale after it to the fraction."""
        of_a = OF_A_SCALE.match(self.text, end)
        if of_a and self._scale_follows(of_a.end()):
            end = of_a.end()
        reading = _Reading(start, end, start, value)
        reading.word = reading.composed = True  # a fraction is a figure without a unit
        reading.fraction = True
        self._qualifier(reading)
        self._forward(reading)
        return reading

    def _and_fraction(self, pos: int) -> tuple[Fraction, int] | None:
        """ "and a half", "and three fifths", "und drei Viertel" after ``pos``: the fraction
        added to the whole number before it, and where it ends."""
        joined = AND_WORD[self.lang].match(self.text, pos)
        token = TOKEN.match(self.text, joined.end()) if joined else None
        if token is None:
            return None
        parsed = word_value(token.group().lower(), self.lang)
        if parsed is None or parsed[2] is not None or parsed[0].denominator != 1:
            return None
        fraction = self._fraction_after(token.end(), parsed[0])
        if fraction is None or fraction[0] == 0:
            return None
        return parsed[0] / fraction[0], fraction[1]

    def _noun_and_fraction(self, reading: _Reading) -> int | None:
        """Where "and a half" ends when it follows the number and one word ("1 cup and a
        half", "zwei Tassen und eine halbe"): the fraction belongs to the number, which this
        reader does not join across the word; None when no such fraction follows."""
        text, end = self.text, reading.end
        if reading.number.denominator != 1 or not text[end + 1 : end + 2].isalpha():
            return None  # a word must follow: most figures end a clause or meet a digit
        right_after = self._and_fraction(reading.end)
        if right_after is not None and self._scale_follows(right_after[1]):
            return right_after[1]  # "one billion and a half million": not one number read
        space = SPACE.match(self.text, reading.end)
        token = TOKEN.match(self.text, space.end()) if space else None
        if token is None or not token.group()[0].isalpha():
            return None
        extra = self._and_fraction(token.end())
        return None if extra is None else extra[1]

    def _headless(self, start: int, end: int, word: str) -> _Reading | int | None:
        """English "hundred fifteen", "thousand nine hundred twenty", "hundred thousand
        dollars": a number opening with its hundred or thousand, read when more number words
        follow (a lone "thousand" or "Thousand Oaks" is no figure)."""
        if self._after_scale_word(start) or _NUMBER_BEFORE.search(
            self.text, max(0, start - 24), start
        ):
            return None  # the middle of a longer number, read (or refused) from its start
        composed = self._composed(Fraction(0), end, head=word)
        if composed is None:
            return None
        if composed[0] is None:
            return self._unread(start, composed[1], _WHY_COMPOSE)
        value, composed_end = composed[0], composed[1]
        if composed_end == end:
            return None
        reading = _Reading(start, composed_end, start, value)
        reading.word = reading.composed = True
        self._qualifier(reading)
        self._forward(reading)
        return reading

    def _read_word(self, start: int, end: int) -> _Reading | int | None:
        if self.lang == "en" and self.text[start:end].lower() in ("hundred", "thousand"):
            return self._headless(start, end, self.text[start:end].lower())
        fraction = self._fraction_word(start, end, self.text[start:end].lower())
        if fraction != 0:
            return fraction
        parsed = word_value(self.text[start:end].lower(), self.lang)
        if parsed is None:
            return None
        number, decimals, unit, article = parsed
        if number in (Fraction(1, 2), 2) and unit == "times" and not article:
            word = self.text[start:end].lower()
            # "halb so viele", "twice as many": without so/as, "half of them" is no multiple.
            if (
                word in ("halb", "doppelt", "half", "twice")
                and not SO_AS[self.lang].match(self.text, end)
                and not (word == "twice" and TWICE_THE.match(self.text, end))
            ):
                return None
        if self.lang == "en" and not article and unit is None:
            half = AND_A_HALF.match(self.text, end)
            if half:  # "one and a half times" = 1.5, stated to the tenth like "1.5"
                number, decimals, end = number + Fraction(1, 2), 1, half.end()
        if unit is None and (self._after_scale_word(start) or self._after_point(start)):
            # "thousand nine hundred", "zero point three": the number's head is missing (or
            # unread), so what follows is not the number. Reported when number words go on
            # ("nine hundred"); "$5 billion a year", "5 billion two years ago" are prose.
            words_end = self._number_words_end(end)
            if article or words_end == end:
                return words_end
            return self._unread(start, words_end, _WHY_HEAD)
        composed = None if unit is not None else self._composed(number, end, article=article)
        if composed is not None and composed[0] is None:
            # a number this reader cannot compose: not read, not misread — and reported
            return self._unread(start, composed[1], _WHY_COMPOSE)
        if composed is not None:  # "one hundred", "seven hundred twenty-one thousand twelve"
            number, end, grouped, spoken_decimals = composed
            decimals = max(decimals, spoken_decimals)
            article = False
        if unit is None and number.denominator == 1:
            extra = self._and_fraction(end)
            if extra is not None and AND_BEFORE[self.lang].search(
                self.text, max(0, start - 8), start
            ):
                # "twenty and three and three fifths": not one number read
                return self._unread(start, extra[1], _WHY_COMPOSE)
            if extra is not None:  # "five and a quarter", "sechs und zwei Drittel Millionen"
                number, end, article = number + extra[0], extra[1], False
                composed, grouped = (number, end, True, 0), True
        if article and self.lang == "de" and self._percent_follows(end):
            # "etwa einem Prozent", "ein Prozentpunkt": before a percent the article is the
            # number one (no article is said before a percent as a unit alone)
            article = False
        if article and not self._scale_follows(end):
            return None  # "eine der Apps": decided before the costlier look around below
        reading = _Reading(start, end, start, number, decimals, unit=unit)
        reading.word, reading.article = True, article
        reading.composed = composed is not None and grouped
        sign = None if article else _sign_before(self.text, start, self.floor, self.lang)
        if sign is not None:  # "minus five percent"
            reading.number *= sign[0]
            reading.signed = True
            reading.start = sign[1]
        self._qualifier(reading)
        self._forward(reading)
        if article and reading.scale is None:
            return None  # "eine der Apps", "a report": an article, not a number
        return reading

    def _percent_follows(self, pos: int) -> bool:
        space = SPACE.match(self.text, pos)
        unit = self.units.match_at(self.text, space.end(), self.lang) if space else None
        return unit is not None and unit.unit in ("percent", "percentage_points")

    def _composed(
        self, first: Fraction, end: int, *, article: bool = False, head: str | None = None
    ) -> tuple[Fraction, int, bool, int] | tuple[None, int] | None:
        """A spelled-out number continued by more number words: (its value, where it ends,
        whether a hundred or scale word made it a figure on its own — "forty five" needs a
        unit, like "five"), or None when nothing follows but one scale word (`_forward` reads
        that as before), or (None, end) when the words cannot be read as one number.

        "one hundred percent" is 100, not 1 with "hundred" passed over on the way to the unit;
        "seven hundred twenty-one thousand twelve" is 721012, not "twenty-one thousand";
        "dreißig tausend vier hundert zwanzig" is 30420. Hundreds multiply what is built so
        far, a scale word closes a group, and a larger scale after a group scales it all
        ("three thousand millions"). "and"/"und" is read only between a hundred or a scale
        and the number it joins ("two hundred and two thousand").
        """
        if first.denominator != 1:
            return None
        text, lang = self.text, self.lang
        total, current, pos, last = Fraction(0), first, end, end
        steps = 0
        last_scale: Fraction | None = None
        grouped = False  # a hundred or a scale word was read: a number, not "forty five"
        joined = False  # the last word read was a hundred or a scale: "and" may follow
        after_and = False  # "hundred and 21": digits may close the group they join
        if head == "hundred":  # "hundred fifteen": the number opens with its hundred
            current, joined, grouped = Fraction(100), True, True
        elif head == "thousand":  # "thousand nine hundred twenty", "thousand million"
            total, current, last_scale = Fraction(1000), Fraction(0), Fraction(1000)
            joined = grouped = True
        while True:
            if joined and last_scale is not None and self._comma_group(pos):
                pos += 1  # "three million, two hundred & forty": one number, its groups set off
            space = SPACE.match(text, pos)
            if space is None:
                break
            token = TOKEN.match(text, space.end()) or _AMPERSAND.match(text, space.end())
            if token is None:
                break
            word = token.group().lower()
            if word in (_AND[lang], "&") and self._and_fraction(pos) is not None:
                break  # "six million and two thirds": the fraction is added after the scale
            if word in (_AND[lang], "&") and joined:
                pos = token.end()
                joined = False
                after_and = True
                continue
            if lang == "de" and word == "und" and 0 < current % 100 < 10:
                # "drei und zwanzig": a compound written apart is one number (23), not 3 and 20
                tens = self._german_tens_after(token.end())
                if tens is None:
                    break
                current += tens[0]
                pos = last = tens[1]
                steps += 1
                continue
            if word == _POINT[lang] and current.denominator == 1 and not after_and:
                # "three point five billion", "two hundred point zero three", "one point
                # ten": spoken decimals, one digit word each or one word of two digits
                digits, after = self._spoken_digits(token.end())
                if not digits:
                    return None, self._number_words_end(token.end())
                whole = total + current
                value = whole + Fraction(int(digits), 10 ** len(digits))
                return value, after, True, len(digits)
            if steps and _UNFINISHED[lang].fullmatch(word):
                # "two hundred point zero three", "one hundred twenty fifth", "one hundred
                # and three quarters": more of the number follows than this reader composes;
                # reading the start of it would be a wrong number, so it is not read at all.
                return None, self._number_words_end(token.end())
            scale = lookup_case_blind(SCALES[lang], token.group())
            if word in _HUNDRED[lang]:
                current = (current or 1) * 100
                joined = grouped = True
            elif scale is not None:
                if current == 0 and total > 0:
                    total *= scale
                elif last_scale is not None and scale >= last_scale:
                    # "two million and three billion": two numbers, or one this reader
                    # cannot compose; either way not read as one.
                    return None, self._number_words_end(token.end())
                else:
                    total, current = total + (current or 1) * scale, Fraction(0)
                last_scale = scale
                joined = grouped = True
            else:
                value = word_value(word, lang)
                if value is None and self._digit_group(token, after_and=after_and):
                    value = (Fraction(int(word)), 0, None, False)
                if value is None or (article and not steps):
                    break  # an article is a number only before a hundred or a scale
                if value[2] is not None or value[3] or value[0].denominator != 1:
                    if not steps:
                        return None  # "a tenfold increase": the next word is its own number
                    # "ein hundert ein und dreißig": a number word the composition cannot take
                    return None, self._number_words_end(token.end())
                tens = current % 100 and current % 10 == 0 and value[0] < 10
                if current % 100 and value[0] < 100 and not joined and not tens:
                    # "one twenty two" (122 to some), "twenty twelve": not one number this
                    # reader can tell; none of it is read, rather than a part of it.
                    return None, self._number_words_end(token.end())
                current += value[0]
                joined = False
            after_and = False
            pos = last = token.end()
            steps += 1
        if steps == 0:
            return None
        if steps == 1 and total and not current and head is None:
            return None  # one scale word: "zwei Millionen" reads as it always has
        return total + current, last, grouped, 0

    def _digit_group(self, token: re.Match[str], *, after_and: bool) -> bool:
        """Digits inside an English number said in words: "4 thousand 3 hundred and 21".
        Only below a thousand, and only before a hundred or after "hundred and": "3 million
        5 percent" stays two figures."""
        word = token.group()
        if self.lang != "en" or not word.isdigit() or len(word) > 3 or word[0] == "0":
            return False
        return after_and or self._hundred_at(token.end())

    def _comma_group(self, pos: int) -> bool:
        """English ", two hundred" after a scale word: the next group of the same number,
        set off by a comma; only with a hundred in it, so "3 million, two of them" is not
        3,000,002."""
        if self.lang != "en" or not self.text.startswith(",", pos):
            return False
        space = SPACE.match(self.text, pos + 1)
        token = TOKEN.match(self.text, space.end()) if space else None
        if token is None:
            return False
        value = word_value(token.group().lower(), "en")
        return value is not None and not value[3] and self._hundred_at(token.end())

    def _hundred_at(self, pos: int) -> bool:
        """Whether the next word after ``pos`` is a hundred ("3 hundred")."""
        space = SPACE.match(self.text, pos)
        token = TOKEN.match(self.text, space.end()) if space else None
        return token is not None and token.group().lower() in _HUNDRED[self.lang]

    def _spoken_digits(self, pos: int) -> tuple[str, int]:
        """The digits spoken one word each after a decimal point word ("five", "zero three"),
        and where they end; "" when the next word is no single digit."""
        digits, end = "", pos
        while (space := SPACE.match(self.text, end)) and (
            token := TOKEN.match(self.text, space.end())
        ):
            value = word_value(token.group().lower(), self.lang)
            if value is None or value[2] is not None or value[3] or value[0].denominator != 1:
                break
            if not digits and 10 <= value[0] < 100 and self._no_digit_word_at(token.end()):
                # "one point ten" (1.10), "eins komma zehn", "thirty-two point seventy-five"
                return str(int(value[0])), token.end()
            if not (0 <= value[0] < 10):
                break
            if value[0].denominator != 1:
                break
            digits += str(int(value[0]))
            end = token.end()
        return digits, end

    def _no_digit_word_at(self, pos: int) -> bool:
        """Whether no further number word follows ``pos`` ("point ten five" is unreadable)."""
        space = SPACE.match(self.text, pos)
        token = TOKEN.match(self.text, space.end()) if space else None
        return token is None or word_value(token.group().lower(), self.lang) is None

    def _german_tens_after(self, pos: int) -> tuple[int, int] | None:
        """The tens word ("zwanzig" … "neunzig") after ``pos``, and where it ends."""
        space = SPACE.match(self.text, pos)
        token = TOKEN.match(self.text, space.end()) if space else None
        if token is None:
            return None
        value = word_value(token.group().lower(), "de")
        if value is None or value[2] is not None or value[3]:
            return None
        number = value[0]
        if number.denominator != 1 or not (20 <= number < 100) or number % 10:
            return None
        return int(number), token.end()

    def _after_scale_word(self, start: int) -> bool:
        """Whether a hundred or scale word stands right before ``start`` ("thousand nine
        hundred twenty"): the number's head is missing, so what follows is not the number."""
        before = _LAST_WORD.search(self.text, max(0, start - 24), start)
        if before is None:
            return False
        word = before.group("word")
        hundred = word.lower() in _HUNDRED[self.lang]
        return hundred or lookup_case_blind(SCALES[self.lang], word) is not None

    def _after_point(self, start: int) -> bool:
        """Whether a decimal point word ("point", "komma") stands right before ``start``."""
        before = _LAST_WORD.search(self.text, max(0, start - 12), start)
        return before is not None and before.group("word").lower() == _POINT[self.lang]

    def _number_words_end(self, pos: int) -> int:
        """Where the run of number words (and "and"/"point") going on at ``pos`` ends."""
        text, lang = self.text, self.lang
        while (space := SPACE.match(text, pos)) and (token := TOKEN.match(text, space.end())):
            word = token.group().lower()
            known = (
                word_value(word, lang) is not None
                or lookup_case_blind(SCALES[lang], token.group()) is not None
                or _UNFINISHED[lang].fullmatch(word)
            )
            if not known:
                break
            pos = token.end()
        return pos

    def _scale_follows(self, pos: int) -> bool:
        """Whether `_forward` would find a scale word after a spelled-out number ending at
        ``pos`` (a number word takes no glued scale): an article is a number only then, and
        articles are the commonest anchors in prose."""
        table, pattern = SCALES[self.lang], SCALE_PATTERNS[self.lang]
        for at, kind in self._separated(pos):
            if kind == "glued":
                continue
            m = pattern.match(self.text, at)
            if m is not None and lookup_case_blind(table, m.group()) is not None:
                return True
        return False

    # -- around the numeral ------------------------------------------------------------

    def _sign_and_prefix(self, reading: _Reading) -> None:
        text, start = self.text, reading.start
        leading = _LEADING_DECIMAL[self.lang]
        if (
            start > self.floor
            and text[start - 1] == leading
            and (start == 1 or text[start - 2] in _BEFORE_SIGN)
            and reading.decimals == 0
            and text[start : reading.end].isdigit()
        ):
            # ".77" / ",77": the separator starts the number, it does not end another one.
            digits = reading.end - start
            reading.number = Fraction(int(reading.number), 10**digits)
            reading.decimals = digits
            reading.start = start = start - 1
        sign = _sign_before(text, start, self.floor, self.lang)
        if sign is not None:
            factor, sign_start = sign
            reading.number *= factor
            reading.signed = True
            reading.start = sign_start
        prefix = self.units.prefix_before(text, reading.start)
        if prefix is not None and prefix.end >= self.floor:
            reading.unit, reading.factor, reading.prefixed = prefix.unit, prefix.factor, True
            reading.start = prefix.end
        elif self.lang == "en" and (
            percent_of := _PERCENT_OF.search(
                text, max(self.floor, reading.start - 16), reading.start
            )
        ):
            # "percent of 10", "per cent of 210": the percent named before its number
            reading.unit, reading.start = "percent", percent_of.start()

    def _qualifier(self, reading: _Reading) -> None:
        symbol = self._approximation_sign(reading.start)
        if symbol is not None:  # "~24,000", "≈ 5 %": about, as DESIGN.md's table has it
            reading.qualifier, reading.start = "about", symbol
            return
        if reading.start == 0 or not self.text[reading.start - 1].isspace():
            return  # a qualifier is a word before the number: a space must separate them
        window_start = max(self.floor, reading.start - 40)
        window = self.text[window_start : reading.start]
        m = QUALIFIER_PATTERNS[self.lang].search(window)
        if m is None:
            return
        phrase = lookup_case_blind(QUALIFIER_PHRASES[self.lang], m.group("q"))
        if phrase is None:  # pragma: no cover - the pattern is built from the same table
            return
        if m.group("det") and phrase in PREPOSITIONAL[self.lang]:
            return  # "über die 3 Milliarden" (about the 3 billion) is a topic, not a bound
        reading.qualifier = QUALIFIERS[self.lang][phrase]
        reading.start = window_start + m.start()
        if (
            phrase.lower() == OVER_WORD[self.lang]
            and (span := TIME_SPAN_AFTER[self.lang].match(self.text, reading.end))
            and not OVER_SPAN_BOUND_AFTER[self.lang].match(self.text, span.end())
            and not OVER_SPAN_BOUND_BEFORE[self.lang].search(
                self.text, max(0, reading.start - 8), reading.start
            )
        ):
            # "£22.6bn over two years" is across two years, "over two years ago" more
            # than two: which one the text means is not read, it is reported.
            reading.unread = True
            reading.end = self._unread(reading.start, span.end(), _WHY_OVER)

    def _approximation_sign(self, start: int) -> int | None:
        """Where a "~" or "≈" right before the number (one space allowed) starts, or None.
        A "~" glued between two numbers ("20~100") is a range's dash, not "about"."""
        at = start - 1
        if at > self.floor and self.text[at] in " \xa0":
            at -= 1
        if at >= self.floor and self.text[at] in "~≈∼":
            if at == start - 1 and self.text[at] != "≈" and at and self.text[at - 1].isdigit():
                return None
            return at
        return None

    def _after_label(self, num_start: int) -> bool:
        """A number after a label noun ("phase 2", "Kapitel 3"): a name, not a count."""
        return (
            LABEL_BEFORE[self.lang].search(self.text, max(0, num_start - 12), num_start) is not None
        )

    def _after_name(self, num_start: int) -> bool:
        """A number after a capitalised token and one space: "Llama 3", "Windows 11".

        Only a bare number is dropped for this (see `_keep`): "Meta 3,2 Milliarden" stays.
        """
        return after_name(self.text, num_start, self.lang)

    def _separated(self, pos: int) -> list[tuple[int, str]]:
        """Where a scale or unit may start after ``pos``: glued, after a hyphen, after spaces."""
        text = self.text
        places = [(pos, "glued")]
        if pos < len(text) and text[pos] in HYPHENS:
            places.append((pos + 1, "hyphen"))
        space = SPACE.match(text, pos)
        if space:
            places.append((space.end(), "space"))
        return places

    def _forward(self, reading: _Reading) -> None:
        """Scale word, unit and the tail of a multiple after the numeral."""
        text, lang = self.text, self.lang
        pos = reading.end
        for at, kind in self._separated(pos):
            if kind == "glued":
                found = self._glued_scale(reading, at)
            else:
                m = SCALE_PATTERNS[lang].match(text, at)
                scale = lookup_case_blind(SCALES[lang], m.group()) if m else None
                found = None if m is None or scale is None else (scale, m.end())
                if found is None and kind == "space":
                    found = self._spaced_scale_letter(reading, at)
            if found is not None:
                reading.scale, pos = found
                extra = self._and_fraction(pos) if reading.number.denominator == 1 else None
                if extra is not None and self._scale_follows(extra[1]):
                    extra = None  # "one billion and a half million": see _noun_and_fraction
                if extra is not None:  # "3 million and a half" is 3.5 million
                    reading.number, pos = reading.number + extra[0], extra[1]
                break
        if reading.unit is None:
            # After a name ("Llama 3 used fewer GPUs") only a unit right after the number
            # counts: the words a unit may lie past in prose are the sentence going on.
            adjacent = reading.name_like and reading.scale is None
            unit = self._unit_after(pos, compound_only=adjacent)
            if unit is not None:
                reading.unit, reading.factor = unit.unit, unit.factor
                pos = unit.end
            else:
                reading.ambiguous = any(
                    self.units.ambiguous_at(text, at, lang) or self._other_currency_at(at)
                    for at, _ in self._separated(pos)
                )
                named_before = self._currency_word_before(reading.start)
                if named_before is not None:
                    reading.unread = True
                    self._unread(named_before, pos, _WHY_CURRENCY_BEFORE)
        if reading.unit == "times":
            tail = TIMES_TAIL[lang].match(text, pos)
            if tail:
                pos = tail.end()
            elif (
                reading.word
                and reading.number in (Fraction(1, 2), 2)
                and (so := SO_AS[lang].match(text, pos))
            ):
                pos = so.end()  # "halb so groß": keep "so" in the span
        if reading.unit in _HUNDREDTHS and reading.scale is None and not reading.decimals:
            cents = self._cents(pos) if reading.number.denominator == 1 else None
            if cents is not None:  # "15 Dollar und 15 Cent", "zwei Euro fünfzig", "$20 43"
                reading.number += Fraction(cents[0], 100) * (1 if reading.number >= 0 else -1)
                reading.decimals, pos = 2, cents[1]
        if reading.qualifier is None and not reading.article:
            trailing = TRAILING_BOUND[lang].match(text, pos)
            if trailing:
                reading.qualifier = TRAILING_QUALIFIER[trailing["q"].lower()]
                pos = trailing.end()
                if reading.unit is None and reading.qualifier == "about":
                    # "the 2,000 or so cars": the unit follows the qualifier
                    unit = self._unit_after(pos, compound_only=False)
                    if unit is not None:
                        reading.unit, reading.factor, pos = unit.unit, unit.factor, unit.end
        if reading.qualifier is None and (mark := MARK_AFTER[lang].match(text, pos)):
            passed = PASSED_BEFORE[lang].search(
                text, max(self.floor, reading.start - 40), reading.start
            )
            if passed is not None:  # "topped the 50 % mark": more than 50 %
                reading.qualifier, reading.start, pos = "more than", passed.start(), mark.end()
        reading.end = pos

    def _cents(self, pos: int) -> tuple[int, int] | None:
        """The hundredths said after an amount of money, and where they end: "und 15 Cent",
        "fünfzig", " 43", " and fourteen", " 50 ¢". Without a word for cents the number
        must close the amount (punctuation or the end follows: "zwei Euro fünfzig.");
        "15 Dollar und 15 Prozent" and "5 dollars and 20 people" are two figures."""
        text = self.text
        m = _CENTS_NUMBER[self.lang].match(text, pos)
        if m is None:
            return None
        value = self._below_hundred(m.group("n"))
        if value is None:
            return None
        end = m.end()
        word = _CENTS_WORD.match(text, end)
        if word is not None:
            return value, word.end()
        if _AMOUNT_CLOSED.match(text, end) is None:
            return None
        return value, end

    def _below_hundred(self, said: str) -> int | None:
        """0–99 in digits ("43"), one word ("fünfzig", "fourteen") or two ("forty five")."""
        if said.isdigit():
            return int(said) if len(said) <= 2 else None
        words = said.lower().split()
        values = [word_value(w, self.lang) for w in words]
        if any(v is None or v[2] is not None or v[3] for v in values):
            return None
        numbers = [v[0] for v in values if v is not None]
        if any(n.denominator != 1 for n in numbers):
            return None
        if len(numbers) == 2 and not (
            numbers[0] % 10 == 0 and numbers[0] >= 20 and numbers[1] < 10
        ):
            return None  # "forty five" is 45; "five forty" is no number of cents
        total = int(sum(numbers))
        return total if 0 <= total < 100 else None

    def _unit_after(self, pos: int, *, compound_only: bool) -> UnitMatch | None:
        text, lang = self.text, self.lang
        for at, kind in self._separated(pos):
            unit = self.units.match_at(text, at, lang)
            if unit is not None and _unit_fits(text, unit):
                return unit
            if kind == "space" and not compound_only:
                return self._unit_past_words(at)
        return None

    def _unit_past_words(self, pos: int) -> UnitMatch | None:
        """A unit up to three words on: past adjectives and a maker or model name
        ("24.000 Nvidia H100 GPUs", "200 Millionen aktiven monatlichen Nutzer:innen")."""
        text, lang = self.text, self.lang
        for _ in range(3):
            token = TOKEN.match(text, pos)
            if token is None or not self._skippable(token.group()):
                return None
            inner = self._unit_inside(token.start(), token.end())
            if inner is not None:
                return inner
            space = SPACE.match(text, token.end())
            if space is None:
                return None
            pos = space.end()
            unit = self.units.match_at(text, pos, lang)
            if unit is not None and _unit_fits(text, unit) and not self._time_span(unit):
                return unit
        return None

    def _time_span(self, unit: UnitMatch) -> bool:
        """A span of time is a figure's unit only right after it: past a word, "year" is the
        sentence's time ("396,000 last year", "5 Millionen im vergangenen Jahr"), not what
        the figure counts."""
        return self.units.dimension_of(unit.unit) in _TIME_SPANS

    def _unit_inside(self, start: int, end: int) -> UnitMatch | None:
        """The unit closing a hyphenated word: "H100-GPUs", "KI-Nutzer"."""
        text = self.text
        for i in range(start, end):
            if text[i] in HYPHENS:
                unit = self.units.match_at(text, i + 1, self.lang)
                # Not a currency: "Neuseeland-Dollar", "Simbabwe-Dollar" are no US dollars.
                if (
                    unit is not None
                    and unit.end == end
                    and self.units.dimension_of(unit.unit) != "currency"
                    and not self._time_span(unit)
                ):
                    return unit
        return None

    def _currency_word_before(self, start: int) -> int | None:
        """Where a currency named by a word right before the figure starts ("ringgit 42",
        "dollar 22.5 million"), or None: the figure is money, but prose does not put the name
        there, so it is reported unread rather than read as a number without its currency."""
        before = _LAST_WORD.search(self.text, max(0, start - 24), start)
        if before is None:
            return None
        unit = self.units.match_at(self.text, before.start("word"), self.lang)
        if (
            unit is not None
            and unit.end == before.end("word")
            and self.units.dimension_of(unit.unit) == "currency"
        ):
            return before.start("word")
        return None

    def _other_currency_at(self, pos: int) -> bool:
        """A compound naming a currency the registry does not know ("Simbabwe-Dollar"):
        the figure is money, but not in any unit this registry could read it in."""
        # Matched within a bounded window, so "1-1-1-…" stays linear.
        window_end = min(len(self.text), pos + _LONGEST_COMPOUND + 1)
        token = TOKEN.match(self.text, pos, window_end)
        if token is None or token.end() == pos + _LONGEST_COMPOUND + 1:
            return False
        for i in range(token.start(), token.end()):
            if self.text[i] in HYPHENS:
                unit = self.units.match_at(self.text, i + 1, self.lang)
                if unit is not None and unit.end == token.end():
                    return self.units.dimension_of(unit.unit) == "currency"
        return False

    def _skippable(self, token: str) -> bool:
        """A word the unit may stand behind: an adjective, a name, a model code."""
        lowered = token.lower()
        if token.isdigit() or lowered in STOPWORDS[self.lang]:
            return False
        if lowered in QUALIFIERS[self.lang] or SCALE_PATTERNS[self.lang].fullmatch(token):
            return False
        if lowered in _HUNDRED[self.lang]:
            return False  # "3 hundred dollars" is not 3 dollars
        if word_value(lowered, self.lang) is not None:
            return False
        if token[0].isupper() or any(c.isdigit() for c in token):
            return True
        if self.lang == "de":
            # A lowercase German word is skipped only as an inflected adjective ("aktiven",
            # "neue"): "5 Jahre lang Menschen" must not give 5 people.
            return ADJECTIVE_ENDING.search(lowered) is not None
        return True

    # -- combining neighbours ----------------------------------------------------------

    def _combine(self, readings: list[_Reading]) -> list[_Reading | _Range]:
        for before, after in pairwise(readings):
            if self._up_to_level(before, after):
                # "a £3.1bn increase …, up to £13.6bn overall": the level reached, as written
                after.qualifier = None
                after.start = UP_TO_WORDS.match(self.text, after.start).end()  # type: ignore[union-attr]
        combined: list[_Reading | _Range] = []
        i = 0
        while i < len(readings):
            if i + 1 < len(readings):
                floor = combined[-1].end if combined else 0
                joined = self._range(readings[i], readings[i + 1], floor)
                if joined is not None:
                    combined.append(joined)
                    i += 2
                    continue
            combined.append(readings[i])
            i += 1
        # Right to left, so "A bzw. B bzw. 5,7 Milliarden Dollar" hands the scale all the way.
        for i in range(len(combined) - 2, -1, -1):
            first, second = combined[i], combined[i + 1]
            if isinstance(first, _Reading):
                self._distribute(first, second)
        return combined

    def _range(self, a: _Reading, b: _Reading, floor: int) -> _Range | None:
        """A bis B, zwischen A und B, A–B / A to B, between A and B — or None."""
        text = self.text
        gap = text[a.end : b.start]
        start = a.start
        if (
            self.lang == "en"
            and b.qualifier == "up to"
            and not gap.strip()
            and a.qualifier is None
            and _UP_TO.fullmatch(text, b.start, b.num_start)
        ):
            # "160 TWh up to 590 TWh": a range whose top is "up to" B, not a second figure
            up_to_top, gap = True, text[a.end : b.num_start]
        else:
            up_to_top = False
        between = BETWEEN_BEFORE.search(text, max(floor, a.start - 20), a.start)
        if between and AND_GAP.fullmatch(gap):
            start = between.start()
        elif not RANGE_GAP[self.lang].fullmatch(gap):
            return None
        elif self.lang == "en" and self._english_change(a):
            return None  # "rose from 475 to 510", "rose by 7 billion to 39": a change
        if (b.qualifier is not None and not up_to_top) or a.article or b.article:
            return None
        if a.unit is not None and b.unit is not None and (a.unit != b.unit):
            return None
        if a.unit is not None and b.unit is None and not a.prefixed:
            return None  # "5 Prozent bis 2025": the unit does not carry forward
        if a.scale is not None and b.scale is None and not b.composed:
            return (
                None  # "5 Millionen bis 7"; "one thousand to one thousand and five hundred" is one
            )
        if (a.year_like and a.bare) or (b.year_like and b.bare):
            return None  # "2020 bis 2024", "bis Ende 2024"
        # The scale and unit after the second endpoint apply to the first ("37 bis 40
        # Milliarden US-Dollar"); a currency symbol before the first applies to the second.
        a_unit, a_factor = (a.unit, a.factor) if a.unit is not None else (b.unit, b.factor)
        b_unit, b_factor = (b.unit, b.factor) if b.unit is not None else (a.unit, a.factor)
        a_scale = a.scale if a.scale is not None else b.scale
        if a.number * (a_scale or 1) * a_factor >= b.nominal / b.factor * b_factor:
            return None  # "40 bis 37" is no range
        a.unit, a.factor, a.scale = a_unit, a_factor, a_scale
        b.unit, b.factor = b_unit, b_factor
        if up_to_top:
            b.qualifier = None
        return _Range(a, b, start, b.end)

    def _up_to_level(self, a: _Reading, b: _Reading) -> bool:
        """Whether English "up to B" after the amount of a change A is the level the change
        leads to rather than a ceiling: "a £3.1bn increase in capital investment …, up to
        £13.6bn overall", "rose by 5 %, up to 20 %". Conservative: A and B in one sentence
        and one unit, A an exact amount, a word of change next to A (before it, "rose by
        £3.1bn", or between them, "£3.1bn increase"), and "up to" opening an apposition
        after a comma. "up to B" alone, "by up to B" and "rose up to B" stay ceilings."""
        if self.lang != "en" or b.qualifier != "up to" or a.qualifier is not None:
            return False
        if a.unit is None or a.unit != b.unit or a.unit == "times":
            return False
        text = self.text
        if UP_TO_WORDS.match(text, b.start) is None:
            return False
        gap_start, gap_end = a.end, b.start
        if SENTENCE_END.search(text, gap_start, gap_end) or not UP_TO_AFTER_CHANGE.search(
            text, gap_start, gap_end
        ):
            return False
        before = text[max(0, a.start - 40) : a.start]
        cut = max((m.end() for m in SENTENCE_END.finditer(before)), default=0)
        return bool(
            CHANGE_WORD_IN.search(text, gap_start, gap_end) or CHANGE_WORD_IN.search(before, cut)
        )

    def _english_change(self, a: _Reading) -> bool:
        """Whether "A to B" is a change rather than a range. "by A to B" is a change when A
        carries its own scale or unit ("rose by 7 billion to 39 billion dollars", "by 5 %
        to 510": B is the new value, read as its own) and the range of the change's size when
        A is bare ("fell by 4 to 7 percent"); "from A to B" is a change after a word of
        change ("rose from 475 to 510") and a range otherwise ("from 10 to 20 dollars")."""
        text, start = self.text, a.start
        before = CHANGE_BEFORE["en"].search(text, max(0, start - 10), start)
        if before is None:
            return False
        if before.group().lower().startswith("by"):
            return a.scale is not None or a.unit is not None
        return CHANGE_WORD_BEFORE_FROM.search(text, max(0, start - 80), start) is not None

    def _distribute(self, a: _Reading, b: _Reading | _Range) -> None:
        """Coordination and change: a bare first number takes the second's scale and unit."""
        if a.unit is not None or a.article or a.name_like or (a.year_like and a.bare):
            return
        source = b.high if isinstance(b, _Range) else b
        if source.unit is None and source.scale is None:
            return
        gap = self.text[a.end : b.start]
        coordinated = COORDINATION_GAP[self.lang].fullmatch(gap)
        changed = CHANGE_GAP[self.lang].fullmatch(gap) and CHANGE_BEFORE[self.lang].search(
            self.text, max(0, a.start - 10), a.start
        )
        if not (coordinated or changed):
            return
        if a.scale is None:
            a.scale = source.scale
        a.unit, a.factor = source.unit, source.factor

    def _keep(self, r: _Reading | _Range) -> bool:
        if isinstance(r, _Range):
            return not (r.low.ambiguous or r.high.ambiguous)
        if r.ambiguous:
            return False
        if r.article:
            return r.scale is not None
        if r.word:  # "zwei Wege", "one of them" are no figures; "two hundred" is one
            return (
                r.unit is not None
                or r.scale is not None
                or r.composed
                or self._alone(r)
                # "mehr als dreißig Jahre", "minus one": a bound or a sign makes it a figure
                or r.qualifier is not None
                or r.signed
                # "zweieinhalb Stücke", "hundert Neuigkeiten": no idiom ("one of them")
                # says a fraction or a hundred
                or r.number.denominator != 1
                or abs(r.number) >= 100
            )
        if r.bare and r.name_like and (broken := self._broken_from_unit(r.end)):
            # "Braunkohle 8\nProzent": a name only because the line broke before its unit
            self._unread(r.num_start, broken, _WHY_BROKEN)
            return False
        return not (r.bare and (r.year_like or r.name_like))  # "im Jahr 2025", "Llama 3"

    def _broken_from_unit(self, end: int) -> int:
        """Where the unit or scale word opening the next line ends, when the line breaks right
        after ``end``; else 0. A line break ends a figure (a unit on the next line is not
        read), so a number it leaves bare after a name is reported, not dropped."""
        brk = _LINE_BREAK.match(self.text, end)
        if brk is None:
            return 0
        at = brk.end()
        scale = SCALE_PATTERNS[self.lang].match(self.text, at)
        if scale is not None and lookup_case_blind(SCALES[self.lang], scale.group()) is not None:
            return scale.end()
        unit = self.units.match_at(self.text, at, self.lang)
        return unit.end if unit is not None else 0

    def _alone(self, r: _Reading) -> bool:
        """A number word that is all the text read ("sechzehn", "twenty two."): the curator
        named it as the number (a `reads:` of "drei", a step's value, `factspec parse
        sixteen`), so it is the figure; in running prose it stays a word ("zwei Wege")."""
        return not self.text[: r.start].strip() and not self.text[r.end :].strip(" \t\n.!?")


# No currency compound is longer ("Costa-Rica-Colón", "Neuseeland-Dollar" are 17).
_LONGEST_COMPOUND = 40


_TIME_SPANS = frozenset({"duration", "calendar span"})


def _unit_fits(text: str, unit: UnitMatch) -> bool:
    """ "10 x 20 cm" is a dimension, not ten times."""
    if unit.unit == "times" and unit.word.lower() in ("x", "×"):
        return SPACED_DIGIT.match(text, unit.end) is None
    return True


# -- results -----------------------------------------------------------------------------


def _to_quantity(text: str, r: _Reading | _Range, t: Fraction) -> Quantity:
    if isinstance(r, _Range):
        q = r.qualifier
        low, high = allowed(r.low, q, t), allowed(r.high, q, t)
        nominal = (r.low.nominal, r.high.nominal)
        interval = Interval(*nominal) if q is None else low.hull(high)
        return Quantity(
            text[r.start : r.end],
            r.start,
            r.end,
            None,
            nominal,
            interval,
            (low, high),
            r.high.unit,
            q,
            top(r.high, t) if q == "up to" else None,
        )
    return Quantity(
        text[r.start : r.end],
        r.start,
        r.end,
        r.nominal,
        None,
        allowed(r, r.qualifier, t),
        None,
        r.unit,
        r.qualifier,
        top(r, t) if r.qualifier == "up to" else None,
        r.fraction and r.scale is None and r.unit is None,
    )
