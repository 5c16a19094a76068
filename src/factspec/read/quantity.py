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
- ranges ``A bis B``, ``zwischen A und B``, ``A–B`` / ``A to B``, ``between A and B``;
- coordination ``A beziehungsweise/bzw./und/oder B`` and changes ``von A auf B`` /
  ``from A to B``: the scale and unit stated after B apply to a bare A.

What is not read: years (a bare 1800–2199), dates (``2024-08``, ``24.01.2025``,
``24. Januar``), times of day, ordinals (``2. Quartal``), model names and versions (``H100``,
``405B``, ``GPT-4``, ``Llama 3.1``), quarters (``Q2``), fractions and slashed dates
(``24/7``), numerals invalid in the language (``3.1`` in German, ``1,5`` in English), and
number words that carry no scale or unit (``eine der Apps``, ``zwei Wege``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction

from factspec.read.interval import Interval
from factspec.read.units import BUILTIN_UNITS, UnitMatch, UnitRegistry, lookup_case_blind

__all__ = ["QUALIFIERS", "Quantity", "QuantityError", "read_quantities"]


class QuantityError(ValueError):
    """The arguments cannot be read: an unknown language, a tolerance outside [0, 1), or
    something that is not text. Text itself never raises: what cannot be read is skipped."""


@dataclass(frozen=True)
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


# -- vocabulary ------------------------------------------------------------------------

# The qualifiers of DESIGN.md, plus the obvious negated forms and "less than", which would
# otherwise be read as plain numbers ("nicht mehr als 5" is at most 5, not exactly 5).
QUALIFIERS: dict[str, dict[str, str]] = {
    "de": {
        "rund": "about",
        "etwa": "about",
        "ca.": "about",
        "circa": "about",
        "zirka": "about",
        "ungefähr": "about",
        "annähernd": "about",
        "fast": "nearly",
        "knapp": "nearly",
        "knapp unter": "nearly",
        "beinahe": "nearly",
        "nahezu": "nearly",
        "gut": "a good",
        "knapp über": "a good",
        "über": "more than",
        "mehr als": "more than",
        "weit über": "more than",
        "deutlich über": "more than",
        "mindestens": "at least",
        "wenigstens": "at least",
        "nicht weniger als": "at least",
        "bis zu": "up to",
        "höchstens": "at most",
        "maximal": "at most",
        "nicht mehr als": "at most",
        "weniger als": "less than",
        "unter": "less than",
    },
    "en": {
        "about": "about",
        "around": "about",
        "roughly": "about",
        "approximately": "about",
        "approx.": "about",
        "some": "about",
        "circa": "about",
        "nearly": "nearly",
        "almost": "nearly",
        "just under": "nearly",
        "a good": "a good",
        "just over": "a good",
        "slightly more than": "a good",
        "slightly over": "a good",
        "more than": "more than",
        "over": "more than",
        "above": "more than",
        "well over": "more than",
        "at least": "at least",
        "no less than": "at least",
        "not less than": "at least",
        "up to": "up to",
        "at most": "at most",
        "no more than": "at most",
        "not more than": "at most",
        "less than": "less than",
        "fewer than": "less than",
        "under": "less than",
        "below": "less than",
    },
}

# Qualifiers that are also prepositions must touch the number: "über Cluster mit 24.000"
# and "a report about the 5 billion" are not "more than" and "about".
_PREPOSITIONAL = {
    "de": {"über", "unter", "bis zu"},
    "en": {"about", "around", "over", "above", "under", "below", "some", "up to"},
}

_QUALIFIER_PHRASES = {
    lang: {phrase: phrase for phrase in table} for lang, table in QUALIFIERS.items()
}

_DETERMINERS = {
    "de": ("der", "die", "das", "dem", "den", "des"),
    "en": ("the",),
}

_SCALES: dict[str, dict[str, Fraction]] = {
    "de": {
        "tausend": Fraction(10**3),
        "tsd.": Fraction(10**3),
        "million": Fraction(10**6),
        "millionen": Fraction(10**6),
        "mio.": Fraction(10**6),
        "mio": Fraction(10**6),
        "milliarde": Fraction(10**9),
        "milliarden": Fraction(10**9),
        "mrd.": Fraction(10**9),
        "mrd": Fraction(10**9),
        # A German Billion is an English trillion.
        "billion": Fraction(10**12),
        "billionen": Fraction(10**12),
        "bio.": Fraction(10**12),
    },
    "en": {
        "thousand": Fraction(10**3),
        "million": Fraction(10**6),
        "mn": Fraction(10**6),
        "mln": Fraction(10**6),
        "billion": Fraction(10**9),
        "bn": Fraction(10**9),
        "trillion": Fraction(10**12),
        "tn": Fraction(10**12),
    },
}
# Single letters are scales only glued to digits ("$5m", "10k"): spaced, "5 m" is metres.
# Capitals count only after a currency symbol: "$65B" is money, "405B" a model name.
_GLUED_SCALES = {"k": Fraction(10**3), "m": Fraction(10**6), "b": Fraction(10**9)}

_DE_ONES = {
    "ein": 1,
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
}
_DE_TEENS = {
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
}
_DE_TENS = {
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
}
_DE_ARTICLES = {"ein", "eine", "einer", "einem", "einen", "eines"}

_EN_ONES = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_EN_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_EN_WORDS = {**_EN_ONES, **_EN_TEENS, **_EN_TENS}
_EN_ARTICLES = {"a", "an"}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that end the search for a unit a few words after the number: a unit behind them
# belongs to something else ("3 neue Standorte und 5.000 GPUs" has no 3 GPUs).
_STOPWORDS = {
    "de": _wordset(
        "und oder bzw beziehungsweise sowie von vom für zu zum zur im in ins an am auf aus bei "
        "beim mit nach über unter vor gegenüber als wie der die das den dem des ein eine einer "
        "einem einen eines ist sind war waren wird werden wurde wurden hat haben hatte soll "
        "sollen sollte dürfte kann können könnte pro je bis seit um durch gegen ohne dass weil "
        "wenn aber auch noch nur schon bereits jeweils insgesamt mehr weniger so "
        "jahr jahre jahren jahres monat monate monaten tag tage tagen woche wochen stunde "
        "stunden minute minuten uhr quartal quartale quartalen"
    ),
    "en": _wordset(
        "and or of for to in into on at by with from than as the a an is are was were will be "
        "been has have had per each that which who this these those between about around over "
        "under up nearly almost more less some so year years month months day days week weeks "
        "hour hours minute minutes ago quarter quarters"
    ),
}

_MONTHS_DE = _wordset(
    "januar jänner februar märz april mai juni juli august september oktober november dezember"
)
# "2. Quartal", "24. Januar", "zum 3. Mal": a digit with a full stop before these is an ordinal.
_ORDINAL_NOUNS_DE = _MONTHS_DE | _wordset(
    "quartal halbjahr jahrhundert jahrtausend platz rang stelle mal tag woche monat jahr "
    "auflage klasse liga runde stufe generation version kapitel absatz spieltag"
)

_HYPHENS = "-\u2010\u2011"
_SPACE = re.compile(r"[^\S\r\n]{1,3}")  # a line break ends a figure: "7\nMilliarden" is not one
_TOKEN = re.compile(r"[^\W_]+(?:[-\u2010\u2011'’][^\W_]+)*")

# Thousands grouped by a space, no-break space, thin or narrow no-break space ("24 000",
# dpa and SI style) in both languages; tried first so "24 000" is one number, not two.
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"
_SPACED = rf"[0-9]{{1,3}}(?:{_GROUP_SPACE}[0-9]{{3}})+(?![0-9])"
_DIGITS = rf"{_SPACED}(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)*"
_DE_WORD_START = (
    "ein|zwei|drei|vier|fünf|sech|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|"
    "hundert|tausend|halb|doppelt|anderthalb"
)
_EN_WORD = "|".join(sorted([*_EN_WORDS, "a", "an", "half", "twice"], key=len, reverse=True))
_ANCHORS = {
    "de": re.compile(
        rf"(?P<digits>{_DIGITS})|(?<![^\W\d_])(?P<word>(?:{_DE_WORD_START})[^\W\d_]*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?P<digits>{_DIGITS})|(?<![^\W\d_])(?P<word>(?:{_EN_WORD})"
        rf"(?:-(?:{'|'.join(_EN_ONES)}))?(?:fold)?)(?![^\W\d_])",
        re.IGNORECASE,
    ),
}
_NUMERALS = {
    "de": re.compile(
        rf"(?P<int>{_SPACED}|[0-9]{{1,3}}(?:\.[0-9]{{3}})+|[0-9]+)(?:,(?P<frac>[0-9]+))?"
    ),
    "en": re.compile(
        rf"(?P<int>{_SPACED}|[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?"
    ),
}
_MAX_DIGITS = 40  # beyond any figure in prose; keeps int() far from Python's digit limit


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, so "mehr als" wins over a shorter word."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


_SCALE_PATTERNS = {
    lang: re.compile(rf"(?:{_alternation(table)})(?![^\W_])", re.IGNORECASE)
    for lang, table in _SCALES.items()
}
_QUALIFIER_PATTERNS = {
    lang: re.compile(
        rf"(?<![^\W\d_])(?P<q>{_alternation(table)})[^\S\r\n]+"
        rf"(?:(?P<det>{_alternation(_DETERMINERS[lang])})[^\S\r\n]+)?$",
        re.IGNORECASE,
    )
    for lang, table in QUALIFIERS.items()
}
_TIMES_TAIL = {
    # "zehnmal mehr", "fast zehnmal so viele", "ten times more": part of the multiple.
    "de": re.compile(
        r"[^\S\r\n]+(?:mehr|so[^\S\r\n]+(?:viele|viel|groß|hoch|stark|teuer|schnell|lang))"
        r"(?![^\W_])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"[^\S\r\n]+(?:more|as[^\S\r\n]+(?:many|much|large|big|high|fast|long))(?![^\W_])",
        re.IGNORECASE,
    ),
}
# "twice its 2024 spending", "twice the GPUs": twice as much as what follows.
_TWICE_THE = re.compile(
    r"[^\S\r\n]+(?:its|the|their|his|her|that|what|our)(?![^\W_])", re.IGNORECASE
)
_SO_AS = {
    "de": re.compile(r"[^\S\r\n]+so(?![^\W_])", re.IGNORECASE),
    "en": re.compile(r"[^\S\r\n]+as(?![^\W_])", re.IGNORECASE),
}
_RANGE_GAP = {
    "de": re.compile(r"\s*(?:bis|[–—-])\s*", re.IGNORECASE),
    "en": re.compile(r"\s*(?:to|[–—-])\s*", re.IGNORECASE),
}
_AND_GAP = re.compile(r"\s*(?:und|and)\s*", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])(?:zwischen|between)[^\S\r\n]+$", re.IGNORECASE)
_COORDINATION_GAP = {
    "de": re.compile(r"\s*(?:beziehungsweise|bzw\.|und|oder)\s*", re.IGNORECASE),
    "en": re.compile(r"\s*,?\s*(?:and|or)\s*", re.IGNORECASE),
}
_CHANGE_GAP = {
    "de": re.compile(r"\s*auf\s*", re.IGNORECASE),
    "en": re.compile(r"\s*to\s*", re.IGNORECASE),
}
_CHANGE_BEFORE = {
    "de": re.compile(r"(?<![^\W\d_])(?:von|vom)[^\S\r\n]+$", re.IGNORECASE),
    "en": re.compile(r"(?<![^\W\d_])from[^\S\r\n]+$", re.IGNORECASE),
}
_TIME_OF_DAY = {
    "de": re.compile(r"[^\S\r\n]*Uhr(?![^\W_])", re.IGNORECASE),
    "en": re.compile(r"[^\S\r\n]*(?:a\.m\.|p\.m\.|am|pm)(?![^\W_])", re.IGNORECASE),
}
_AND_A_HALF = re.compile(r"[^\S\r\n]+and[^\S\r\n]+a[^\S\r\n]+half(?![^\W_])", re.IGNORECASE)
_STRAY_DECIMAL = re.compile(r", ([0-9]{1,6})(?![0-9]|[.,][0-9])")
_DATE_AFTER_YEAR = re.compile(r"[-–][0-9]{2}(?![0-9])(?:-[0-9]{2}(?![0-9]))?")
# Words after which four digits 1800–2199 are a year even when a unit word follows them.
_YEAR_BEFORE = {
    "de": re.compile(
        r"(?<![^\W_])(?:Q[1-4]|H[12]|im|Jahr|Jahres|Geschäftsjahr|seit|Ende|Anfang|Mitte|"
        r"Frühjahr|Sommer|Herbst|Winter|Januar|Februar|März|April|Mai|Juni|Juli|August|"
        r"September|Oktober|November|Dezember)[^\S\r\n]+$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![^\W_])(?:Q[1-4]|H[12]|FY|in|year|since|end of|early|mid|late|spring|summer|"
        r"autumn|fall|winter|January|February|March|April|May|June|July|August|September|"
        r"October|November|December)[^\S\r\n]+$",
        re.IGNORECASE,
    ),
}
_TRAILING_TOKEN = re.compile(r"[^\W_]+$")
_SLASHED = re.compile(r"(?:[/:][0-9]+)+")
_LETTERS = re.compile(r"[^\W\d_]+")
_FULL_STOP_WORD = re.compile(r"\.[^\S\r\n]+([^\W\d_]+)")
_NAME_REST = re.compile(r"[\w.]*\w|")
_SPACED_DIGIT = re.compile(r"\s*[0-9]")
_ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")


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
    article: bool = False  # "eine", "a": a number only before a scale word
    name_like: bool = False  # glued to a preceding name ("Llama 3", "Windows 11")
    year_like: bool = False  # four plain digits 1800–2199

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

    def _unit_of(self, digit: Fraction) -> Fraction:
        """A unit of the numeral's digit at ``digit`` (1, 10, 1/10 …), × scale × factor."""
        if self.scale is not None:
            digit = digit * self.scale
        if self.factor != 1:
            digit = digit * self.factor
        return digit

    def stated_half(self) -> Fraction:
        """Half a unit of the last stated digit: ``8,5`` → 0.05, ``65`` → 0.5, ``60`` → 0.5."""
        return self._unit_of(Fraction(1, 2 * 10**self.decimals))

    def significant_half(self) -> Fraction | None:
        """Half a unit of the last significant digit: the last stated one when the numeral
        has decimals (``2,0`` → 0.05), else the last non-zero one (``160.000`` → 5,000,
        ``10`` → 5, ``475`` → 0.5). None where no digit is written (``anderthalb``, ``0``)."""
        if self.decimals:
            return self.stated_half()
        number = abs(self.number)
        if number.denominator != 1 or number == 0:
            return None
        digits = str(number.numerator)
        zeros = len(digits) - len(digits.rstrip("0"))
        return self._unit_of(Fraction(10**zeros, 2))


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

    def read(self) -> list[_Reading | _Range]:
        readings: list[_Reading] = []
        consumed = 0
        for anchor in _ANCHORS[self.lang].finditer(self.text):
            if anchor.start() < consumed:
                continue
            self.floor = consumed
            if anchor.group("digits") is not None:
                result = self._read_digits(anchor.start(), anchor.end())
            else:
                result = self._read_word(anchor.start(), anchor.end())
            if isinstance(result, _Reading):
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
        # Letter-hyphen-digits is a name: GPT-4, COVID-19, Llama-3.
        if before in _HYPHENS and start >= 2 and text[start - 2].isalpha():
            return self._skip_name(end)
        # Digits after / or : continue a date, a fraction or a time: 24/7, 14:30.
        if before in "/:" and start >= 2 and text[start - 2].isdigit():
            return end
        slashed = _SLASHED.match(text, end)
        if slashed:
            return slashed.end()
        raw = text[start:end]
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and raw.strip("0"):
            # "003", "0800": a code or an id; no figure is written with a leading 0. A run of
            # zeros stays a number: "16.\u200b000" must read as two numbers, not one.
            return end
        if len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199:
            date = _DATE_AFTER_YEAR.match(text, end)
            if date:  # 2024-08, 2024-08-01, 2024–25
                return date.end()
            if _YEAR_BEFORE[self.lang].search(text, max(0, start - 24), start):
                return end  # "Q1 2024 share drop", "im Jahr 2024 Aktien": a year, not a count
        parsed = self._parse_numeral(raw)
        if parsed is None:  # 3.1 in German, 1,5 in English, 24.01.2025: not a figure here
            return end
        number, decimals = parsed
        grouped = not raw.isdigit()
        if self.lang == "de" and not grouped and len(raw) <= 3:
            repaired = self._stray_decimal(raw, end)
            if repaired is not None:
                number, decimals, end = repaired
        if self.lang == "de" and not grouped and self._is_ordinal(end):
            return end + 1
        if _TIME_OF_DAY[self.lang].match(text, end):
            return end
        reading = _Reading(start, end, start, number, decimals)
        reading.year_like = len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199
        self._sign_and_prefix(reading)
        glued = _LETTERS.match(text, end)
        if glued and not self._glued_suffix_reads(reading, glued.end()):
            return self._skip_name(end)  # 405B, 3D, 24th, 1990er
        self._qualifier(reading)
        reading.name_like = self._after_name(reading.num_start)
        self._forward(reading)
        return reading

    def _parse_numeral(self, raw: str) -> tuple[Fraction, int] | None:
        m = _NUMERALS[self.lang].fullmatch(raw)
        if m is None or len(raw) > _MAX_DIGITS:
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
        m = _STRAY_DECIMAL.match(self.text, end)
        if m is None or not self._scale_or_unit_at(m.end()):
            return None
        frac = m.group(1)
        return int(raw) + Fraction(int(frac), 10 ** len(frac)), len(frac), m.end()

    def _scale_or_unit_at(self, pos: int) -> bool:
        for at, _kind in self._separated(pos):
            if _SCALE_PATTERNS[self.lang].match(self.text, at) or self.units.match_at(
                self.text, at, self.lang
            ):
                return True
        return False

    def _is_ordinal(self, end: int) -> bool:
        """German "2. Quartal", "24. Januar", "2. größte": a full stop after the digits
        followed by a lowercase word, a month or an ordinal noun; "… um 7. Danach" is not."""
        m = _FULL_STOP_WORD.match(self.text, end)
        if m is None:
            return False
        word = m.group(1)
        return word[0].islower() or word.lower() in _ORDINAL_NOUNS_DE

    def _skip_name(self, end: int) -> int:
        """Skip the rest of an alphanumeric name (405B, GPT-4o) so no digit in it is read."""
        return _NAME_REST.match(self.text, end).end()  # type: ignore[union-attr]

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

    def _glued_scale(self, reading: _Reading, at: int) -> tuple[Fraction, int] | None:
        """An English scale glued to the digits ("$5bn", "10k"): (scale, end) or None."""
        if self.lang != "en" or reading.word:
            return None  # German writes its scale words apart: "5 Mio."
        letters = _LETTERS.match(self.text, at)
        if letters is None:
            return None
        word = letters.group()
        if _SCALE_PATTERNS["en"].fullmatch(word):
            scale = lookup_case_blind(_SCALES["en"], word)
        elif word in _GLUED_SCALES or (reading.prefixed and word.lower() in _GLUED_SCALES):
            scale = _GLUED_SCALES[word.lower()]
        else:
            scale = None
        return None if scale is None else (scale, letters.end())

    def _read_word(self, start: int, end: int) -> _Reading | None:
        parsed = _word_value(self.text[start:end].lower(), self.lang)
        if parsed is None:
            return None
        number, decimals, unit, article = parsed
        if number in (Fraction(1, 2), 2) and unit == "times" and not article:
            word = self.text[start:end].lower()
            # "halb so viele", "twice as many": without so/as, "half of them" is no multiple.
            if (
                word in ("halb", "doppelt", "half", "twice")
                and not _SO_AS[self.lang].match(self.text, end)
                and not (word == "twice" and _TWICE_THE.match(self.text, end))
            ):
                return None
        if self.lang == "en" and not article and unit is None:
            half = _AND_A_HALF.match(self.text, end)
            if half:  # "one and a half times" = 1.5, stated to the tenth like "1.5"
                number, decimals, end = number + Fraction(1, 2), 1, half.end()
        if article and not self._scale_follows(end):
            return None  # "eine der Apps": decided before the costlier look around below
        reading = _Reading(start, end, start, number, decimals, unit=unit)
        reading.word, reading.article = True, article
        self._qualifier(reading)
        self._forward(reading)
        if article and reading.scale is None:
            return None  # "eine der Apps", "a report": an article, not a number
        return reading

    def _scale_follows(self, pos: int) -> bool:
        """Whether `_forward` would find a scale word after a spelled-out number ending at
        ``pos`` (a number word takes no glued scale): an article is a number only then, and
        articles are the commonest anchors in prose."""
        table, pattern = _SCALES[self.lang], _SCALE_PATTERNS[self.lang]
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
        if (
            start > self.floor
            and text[start - 1] in "-−+"
            and (start == 1 or text[start - 2] in " \t\n(\xa0")
        ):
            sign = -1 if text[start - 1] in "-−" else 1
            reading.number *= sign
            reading.signed = True
            reading.start -= 1
        prefix = self.units.prefix_before(text, reading.start)
        if prefix is not None and prefix.end >= self.floor:
            reading.unit, reading.factor, reading.prefixed = prefix.unit, prefix.factor, True
            reading.start = prefix.end

    def _qualifier(self, reading: _Reading) -> None:
        if reading.start == 0 or not self.text[reading.start - 1].isspace():
            return  # a qualifier is a word before the number: a space must separate them
        window_start = max(self.floor, reading.start - 40)
        window = self.text[window_start : reading.start]
        m = _QUALIFIER_PATTERNS[self.lang].search(window)
        if m is None:
            return
        phrase = lookup_case_blind(_QUALIFIER_PHRASES[self.lang], m.group("q"))
        if phrase is None:  # pragma: no cover - the pattern is built from the same table
            return
        if m.group("det") and phrase in _PREPOSITIONAL[self.lang]:
            return  # "über die 3 Milliarden" (about the 3 billion) is a topic, not a bound
        reading.qualifier = QUALIFIERS[self.lang][phrase]
        reading.start = window_start + m.start()

    def _after_name(self, num_start: int) -> bool:
        """A number after a capitalised token and one space: "Llama 3", "Windows 11".

        Only a bare number is dropped for this (see `_keep`): "Meta 3,2 Milliarden" stays.
        """
        if num_start < 2 or self.text[num_start - 1] not in " \xa0":
            return False
        m = _TRAILING_TOKEN.search(self.text, max(0, num_start - 41), num_start - 1)
        if m is None:
            return False
        token = m.group()
        return any(c.isupper() for c in token) and token.lower() not in _STOPWORDS[self.lang]

    def _separated(self, pos: int) -> list[tuple[int, str]]:
        """Where a scale or unit may start after ``pos``: glued, after a hyphen, after spaces."""
        text = self.text
        places = [(pos, "glued")]
        if pos < len(text) and text[pos] in _HYPHENS:
            places.append((pos + 1, "hyphen"))
        space = _SPACE.match(text, pos)
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
                m = _SCALE_PATTERNS[lang].match(text, at)
                scale = lookup_case_blind(_SCALES[lang], m.group()) if m else None
                found = None if m is None or scale is None else (scale, m.end())
            if found is not None:
                reading.scale, pos = found
                break
        if reading.unit is None:
            # After a name ("Llama 3 used fewer GPUs") only a unit right after the number
            # counts: the words a unit may lie past in prose are the sentence going on.
            adjacent = reading.name_like and reading.scale is None
            unit = self._unit_after(pos, compound_only=adjacent)
            if unit is not None:
                reading.unit, reading.factor = unit.unit, unit.factor
                pos = unit.end
        if reading.unit == "times":
            tail = _TIMES_TAIL[lang].match(text, pos)
            if tail:
                pos = tail.end()
            elif (
                reading.word
                and reading.number in (Fraction(1, 2), 2)
                and (so := _SO_AS[lang].match(text, pos))
            ):
                pos = so.end()  # "halb so groß": keep "so" in the span
        reading.end = pos

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
            token = _TOKEN.match(text, pos)
            if token is None or not self._skippable(token.group()):
                return None
            inner = self._unit_inside(token.start(), token.end())
            if inner is not None:
                return inner
            space = _SPACE.match(text, token.end())
            if space is None:
                return None
            pos = space.end()
            unit = self.units.match_at(text, pos, lang)
            if unit is not None and _unit_fits(text, unit):
                return unit
        return None

    def _unit_inside(self, start: int, end: int) -> UnitMatch | None:
        """The unit closing a hyphenated word: "H100-GPUs", "KI-Nutzer"."""
        text = self.text
        for i in range(start, end):
            if text[i] in _HYPHENS:
                unit = self.units.match_at(text, i + 1, self.lang)
                if unit is not None and unit.end == end:
                    return unit
        return None

    def _skippable(self, token: str) -> bool:
        """A word the unit may stand behind: an adjective, a name, a model code."""
        lowered = token.lower()
        if token.isdigit() or lowered in _STOPWORDS[self.lang]:
            return False
        if lowered in QUALIFIERS[self.lang] or _SCALE_PATTERNS[self.lang].fullmatch(token):
            return False
        if _word_value(lowered, self.lang) is not None:
            return False
        if token[0].isupper() or any(c.isdigit() for c in token):
            return True
        if self.lang == "de":
            # A lowercase German word is skipped only as an inflected adjective ("aktiven",
            # "neue"): "5 Jahre lang Menschen" must not give 5 people.
            return _ADJECTIVE_ENDING.search(lowered) is not None
        return True

    # -- combining neighbours ----------------------------------------------------------

    def _combine(self, readings: list[_Reading]) -> list[_Reading | _Range]:
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
        between = _BETWEEN_BEFORE.search(text, max(floor, a.start - 20), a.start)
        if between and _AND_GAP.fullmatch(gap):
            start = between.start()
        elif not _RANGE_GAP[self.lang].fullmatch(gap):
            return None
        elif self.lang == "en" and _CHANGE_BEFORE["en"].search(text, max(0, a.start - 10), a.start):
            return None  # "from 475 to 510" is a change, not a range
        if b.qualifier is not None or a.article or b.article:
            return None
        if a.unit is not None and b.unit is not None and (a.unit != b.unit):
            return None
        if a.unit is not None and b.unit is None and not a.prefixed:
            return None  # "5 Prozent bis 2025": the unit does not carry forward
        if a.scale is not None and b.scale is None:
            return None
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
        return _Range(a, b, start, b.end)

    def _distribute(self, a: _Reading, b: _Reading | _Range) -> None:
        """Coordination and change: a bare first number takes the second's scale and unit."""
        if a.unit is not None or a.article or a.name_like or (a.year_like and a.bare):
            return
        source = b.high if isinstance(b, _Range) else b
        if source.unit is None and source.scale is None:
            return
        gap = self.text[a.end : b.start]
        coordinated = _COORDINATION_GAP[self.lang].fullmatch(gap)
        changed = _CHANGE_GAP[self.lang].fullmatch(gap) and _CHANGE_BEFORE[self.lang].search(
            self.text, max(0, a.start - 10), a.start
        )
        if not (coordinated or changed):
            return
        if a.scale is None:
            a.scale = source.scale
        a.unit, a.factor = source.unit, source.factor

    def _keep(self, r: _Reading | _Range) -> bool:
        if isinstance(r, _Range):
            return True
        if r.article:
            return r.scale is not None
        if r.word:
            return r.unit is not None or r.scale is not None  # "zwei Wege", "one of them"
        return not (r.bare and (r.year_like or r.name_like))  # "im Jahr 2025", "Llama 3"


def _unit_fits(text: str, unit: UnitMatch) -> bool:
    """ "10 x 20 cm" is a dimension, not ten times."""
    if unit.unit == "times" and unit.word.lower() in ("x", "×"):
        return _SPACED_DIGIT.match(text, unit.end) is None
    return True


def _word_value(word: str, lang: str) -> tuple[Fraction, int, str | None, bool] | None:
    """A spelled-out number: (value, decimals, unit, is_article), or None.

    ``halb``/``doppelt``/``half``/``twice`` come back as multiples; the caller checks that
    "so"/"as" follows, because only "halb so viele" is a multiple.
    """
    return _de_word_value(word) if lang == "de" else _en_word_value(word)


def _de_word_value(word: str) -> tuple[Fraction, int, str | None, bool] | None:
    if word == "halb":
        return Fraction(1, 2), 0, "times", False
    if word == "doppelt":
        return Fraction(2), 0, "times", False
    if word in _DE_ARTICLES:
        return Fraction(1), 0, None, True
    unit = None
    multiple = re.fullmatch(r"(.+?)(mal|fach(?:e[nrsm]?)?)", word)
    # "einmal" (once, again) and "einfach" (simple) are adverbs, not multiples.
    if multiple and multiple.group(1) != "ein":
        word, unit = multiple.group(1), "times"
    if word == "anderthalb":
        return Fraction(3, 2), 1, unit, False
    if word.endswith("einhalb") and len(word) > len("einhalb"):
        whole = _de_cardinal(word[: -len("einhalb")])
        return None if whole is None else (whole + Fraction(1, 2), 1, unit, False)
    value = _de_cardinal(word)
    return None if value is None else (Fraction(value), 0, unit, False)


def _en_word_value(word: str) -> tuple[Fraction, int, str | None, bool] | None:
    if word == "half":
        return Fraction(1, 2), 0, "times", False
    if word == "twice":
        return Fraction(2), 0, "times", False
    if word in _EN_ARTICLES:
        return Fraction(1), 0, None, True
    unit = None
    if word.endswith("fold"):
        word, unit = word[: -len("fold")], "times"
    head, _, tail = word.partition("-")
    if head not in _EN_WORDS:
        return None
    value = _EN_WORDS[head]
    if tail:
        if head not in _EN_TENS or tail not in _EN_ONES:
            return None
        value += _EN_ONES[tail]
    return Fraction(value), 0, unit, False


def _de_cardinal(word: str) -> int | None:
    """A German cardinal written as one word, up to 999 999, or None."""
    if "tausend" in word:
        head, _, tail = word.partition("tausend")
        high = 1 if head in ("", "ein") else _de_below_1000(head)
        low = 0 if tail == "" else _de_below_1000(tail.removeprefix("und"))
        if high is None or low is None:
            return None
        return high * 1000 + low
    return _de_below_1000(word)


def _de_below_1000(word: str) -> int | None:
    if "hundert" in word:
        head, _, tail = word.partition("hundert")
        high = 1 if head in ("", "ein") else _DE_ONES.get(head) if head != "eins" else None
        low = 0 if tail == "" else _de_below_100(tail.removeprefix("und"))
        if high is None or low is None:
            return None
        return high * 100 + low
    return _de_below_100(word)


def _de_below_100(word: str) -> int | None:
    for table in (_DE_ONES, _DE_TEENS, _DE_TENS):
        if word in table:
            return table[word]
    ones, sep, tens = word.partition("und")
    if sep and ones in _DE_ONES and ones != "eins" and tens in _DE_TENS:
        return _DE_ONES[ones] + _DE_TENS[tens]
    return None


# -- results -----------------------------------------------------------------------------


def width(x: Fraction, half: Fraction | None, t: Fraction) -> Fraction:
    """w(X) = the smaller of t·|X| and half a unit of X's precision (DESIGN.md, "Precision"):
    a number stands for what its writer could have rounded to, never looser than t."""
    if x == 0:
        # t·|X| says nothing at zero: "0,0 %" is still rounded to a tenth.
        return Fraction(0) if half is None else half
    cap = t * abs(x)
    return cap if half is None or cap < half else half


def _plain(r: _Reading, t: Fraction) -> Interval:
    """A number with no qualifier: exact when it is a bare integer (``24.000``, ``zehn``),
    else ± half a unit of its last stated digit, capped at t (``8,5 Milliarden``)."""
    x = r.nominal
    if not r.decimals and r.scale is None:
        return Interval(x, x)
    w = width(x, r.stated_half(), t)
    return Interval(x - w, x + w)


def _qualified(r: _Reading, qualifier: str, t: Fraction) -> Interval:
    """What a qualifier allows around the nominal value X (DESIGN.md, the qualifier table)."""
    x = r.nominal
    if qualifier == "more than":
        return Interval.more_than(x)
    if qualifier == "less than":
        return Interval.less_than(x)
    if qualifier == "at least":
        return Interval.at_least(x)
    if qualifier == "at most":
        return Interval.at_most(x)
    if qualifier == "up to":
        # Everything up to X as written (its own precision: "bis zu 65 Milliarden" reaches
        # 65.5 billion as "65 Milliarden" does). That X is the top is kept as the quantity's
        # `top` and judged there (a claim "up to 100" is refuted by a source whose top is 65).
        high = _plain(r, t).high
        assert high is not None
        return Interval.closed(0, high) if x >= 0 else Interval.at_most(high)
    w = width(x, r.significant_half(), t)
    if qualifier == "about":
        return Interval(x - w, x + w)
    if w == 0:  # t = 0 or X = 0: no room below or above X, only the side
        return Interval.less_than(x) if qualifier == "nearly" else Interval.more_than(x)
    if qualifier == "nearly":
        return Interval(x - w, x, False, True)
    if qualifier == "a good":
        return Interval(x, x + w, True, False)
    raise AssertionError(f"unknown qualifier {qualifier!r}")  # pragma: no cover


def _allowed(r: _Reading, qualifier: str | None, t: Fraction) -> Interval:
    return _plain(r, t) if qualifier is None else _qualified(r, qualifier, t)


def _top(r: _Reading, t: Fraction) -> Interval:
    """Where the top of an "up to X" lies: X as written (its plain precision)."""
    return _plain(r, t)


def _to_quantity(text: str, r: _Reading | _Range, t: Fraction) -> Quantity:
    if isinstance(r, _Range):
        q = r.qualifier
        low, high = _allowed(r.low, q, t), _allowed(r.high, q, t)
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
            _top(r.high, t) if q == "up to" else None,
        )
    return Quantity(
        text[r.start : r.end],
        r.start,
        r.end,
        r.nominal,
        None,
        _allowed(r, r.qualifier, t),
        None,
        r.unit,
        r.qualifier,
        _top(r, t) if r.qualifier == "up to" else None,
    )


# -- what a whole-text reading may consist of ----------------------------------------------

#: Every scale word of each language (``Milliarden``, ``bn``): a step may hold them.
SCALE_WORDS: dict[str, frozenset[str]] = {lang: frozenset(table) for lang, table in _SCALES.items()}
#: The determiners a qualifier may take before its number (``mehr als dem 1,5-Fachen``).
DETERMINERS: dict[str, frozenset[str]] = {
    lang: frozenset(words) for lang, words in _DETERMINERS.items()
}


def is_number_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a number the reader spells out (``zehnmal``, ``sixfold``, ``a``)."""
    return _word_value(word.lower(), lang) is not None
