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

This module is the scanner. The words it knows are in `factspec.read.vocabulary`, the
patterns it scans with in `factspec.read.quantity_patterns`, and what a reading allows
(DESIGN.md's precision rule and qualifier table) in `factspec.read.precision`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from factspec.read.interval import Interval
from factspec.read.precision import allowed, top
from factspec.read.quantity_patterns import (
    ADJECTIVE_ENDING,
    ANCHORS,
    AND_A_HALF,
    AND_GAP,
    BETWEEN_BEFORE,
    CHANGE_BEFORE,
    CHANGE_GAP,
    COORDINATION_GAP,
    DATE_AFTER_YEAR,
    FULL_STOP_WORD,
    HYPHENS,
    LETTERS,
    MAX_DIGITS,
    NAME_REST,
    NUMERALS,
    QUALIFIER_PATTERNS,
    RANGE_GAP,
    SCALE_PATTERNS,
    SLASHED,
    SO_AS,
    SPACE,
    SPACED_DIGIT,
    STRAY_DECIMAL,
    TIME_OF_DAY,
    TIMES_TAIL,
    TOKEN,
    TRAILING_BOUND,
    TRAILING_QUALIFIER,
    TRAILING_TOKEN,
    TWICE_THE,
    YEAR_BEFORE,
)
from factspec.read.units import BUILTIN_UNITS, UnitMatch, UnitRegistry, lookup_case_blind
from factspec.read.vocabulary import (
    DETERMINERS,
    GLUED_SCALES,
    ORDINAL_NOUNS_DE,
    PREPOSITIONAL,
    QUALIFIER_PHRASES,
    QUALIFIERS,
    SCALE_WORDS,
    SCALES,
    STOPWORDS,
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
    "is_number_word",
    "read_quantities",
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
        for anchor in ANCHORS[self.lang].finditer(self.text):
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
        if before in HYPHENS and start >= 2 and text[start - 2].isalpha():
            return self._skip_name(end)
        # Digits after / or : continue a date, a fraction or a time: 24/7, 14:30.
        if before in "/:" and start >= 2 and text[start - 2].isdigit():
            return end
        slashed = SLASHED.match(text, end)
        if slashed:
            return slashed.end()
        raw = text[start:end]
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit() and raw.strip("0"):
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
        if self.lang == "de" and not grouped and self._is_ordinal(end):
            return end + 1
        if TIME_OF_DAY[self.lang].match(text, end):
            return end
        if self._after_point(start):
            return end  # "point 77": the digits after a spoken point are not a number alone
        reading = _Reading(start, end, start, number, decimals)
        reading.year_like = len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2199
        self._sign_and_prefix(reading)
        glued = LETTERS.match(text, end)
        if glued and not self._glued_suffix_reads(reading, glued.end()):
            return self._skip_name(end)  # 405B, 3D, 24th, 1990er
        self._qualifier(reading)
        reading.name_like = self._after_name(reading.num_start)
        self._forward(reading)
        return reading

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

    def _is_ordinal(self, end: int) -> bool:
        """German "2. Quartal", "24. Januar", "2. größte": a full stop after the digits
        followed by a lowercase word, a month or an ordinal noun; "… um 7. Danach" is not."""
        m = FULL_STOP_WORD.match(self.text, end)
        if m is None:
            return False
        word = m.group(1)
        return word[0].islower() or word.lower() in ORDINAL_NOUNS_DE

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

    def _glued_scale(self, reading: _Reading, at: int) -> tuple[Fraction, int] | None:
        """An English scale glued to the digits ("$5bn", "10k"): (scale, end) or None."""
        if self.lang != "en" or reading.word:
            return None  # German writes its scale words apart: "5 Mio."
        letters = LETTERS.match(self.text, at)
        if letters is None:
            return None
        word = letters.group()
        if SCALE_PATTERNS["en"].fullmatch(word):
            scale = lookup_case_blind(SCALES["en"], word)
        elif word in GLUED_SCALES or (reading.prefixed and word.lower() in GLUED_SCALES):
            scale = GLUED_SCALES[word.lower()]
        else:
            scale = None
        return None if scale is None else (scale, letters.end())

    def _read_word(self, start: int, end: int) -> _Reading | int | None:
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
            # unread), so what follows is not the number
            return self._number_words_end(end)
        composed = None if unit is not None else self._composed(number, end, article=article)
        if composed is not None and composed[0] is None:
            return composed[1]  # a number this reader cannot compose: not read, not misread
        if composed is not None:  # "one hundred", "seven hundred twenty-one thousand twelve"
            number, end, grouped, spoken_decimals = composed
            decimals = max(decimals, spoken_decimals)
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

    def _composed(
        self, first: Fraction, end: int, *, article: bool = False
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
        while (space := SPACE.match(text, pos)) and (token := TOKEN.match(text, space.end())):
            word = token.group().lower()
            if word == _AND[lang] and joined:
                pos = token.end()
                joined = False
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
            if word == _POINT[lang] and not total and current == first and not steps:
                # "three point five billion": spoken decimals, one digit word each
                digits, after = self._spoken_digits(token.end())
                if not digits:
                    return None, self._number_words_end(token.end())
                value = first + Fraction(int(digits), 10 ** len(digits))
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
            pos = last = token.end()
            steps += 1
        if steps == 0:
            return None
        if steps == 1 and total and not current:
            return None  # one scale word: "zwei Millionen" reads as it always has
        return total + current, last, grouped, 0

    def _spoken_digits(self, pos: int) -> tuple[str, int]:
        """The digits spoken one word each after a decimal point word ("five", "zero three"),
        and where they end; "" when the next word is no single digit."""
        digits, end = "", pos
        while (space := SPACE.match(self.text, end)) and (
            token := TOKEN.match(self.text, space.end())
        ):
            value = word_value(token.group().lower(), self.lang)
            if value is None or value[2] is not None or value[3] or not (0 <= value[0] < 10):
                break
            if value[0].denominator != 1:
                break
            digits += str(int(value[0]))
            end = token.end()
        return digits, end

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

    def _approximation_sign(self, start: int) -> int | None:
        """Where a "~" or "≈" right before the number (one space allowed) starts, or None."""
        at = start - 1
        if at > self.floor and self.text[at] in " \xa0":
            at -= 1
        if at >= self.floor and self.text[at] in "~≈∼":
            return at
        return None

    def _after_name(self, num_start: int) -> bool:
        """A number after a capitalised token and one space: "Llama 3", "Windows 11".

        Only a bare number is dropped for this (see `_keep`): "Meta 3,2 Milliarden" stays.
        """
        if num_start < 2 or self.text[num_start - 1] not in " \xa0":
            return False
        m = TRAILING_TOKEN.search(self.text, max(0, num_start - 41), num_start - 1)
        if m is None:
            return False
        token = m.group()
        return any(c.isupper() for c in token) and token.lower() not in STOPWORDS[self.lang]

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
            tail = TIMES_TAIL[lang].match(text, pos)
            if tail:
                pos = tail.end()
            elif (
                reading.word
                and reading.number in (Fraction(1, 2), 2)
                and (so := SO_AS[lang].match(text, pos))
            ):
                pos = so.end()  # "halb so groß": keep "so" in the span
        if reading.qualifier is None and not reading.article:
            trailing = TRAILING_BOUND[lang].match(text, pos)
            if trailing:
                reading.qualifier = TRAILING_QUALIFIER[trailing["q"].lower()]
                pos = trailing.end()
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
            if unit is not None and _unit_fits(text, unit):
                return unit
        return None

    def _unit_inside(self, start: int, end: int) -> UnitMatch | None:
        """The unit closing a hyphenated word: "H100-GPUs", "KI-Nutzer"."""
        text = self.text
        for i in range(start, end):
            if text[i] in HYPHENS:
                unit = self.units.match_at(text, i + 1, self.lang)
                if unit is not None and unit.end == end:
                    return unit
        return None

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
        between = BETWEEN_BEFORE.search(text, max(floor, a.start - 20), a.start)
        if between and AND_GAP.fullmatch(gap):
            start = between.start()
        elif not RANGE_GAP[self.lang].fullmatch(gap):
            return None
        elif self.lang == "en" and CHANGE_BEFORE["en"].search(text, max(0, a.start - 10), a.start):
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
            return True
        if r.article:
            return r.scale is not None
        if r.word:  # "zwei Wege", "one of them" are no figures; "two hundred" is one
            return r.unit is not None or r.scale is not None or r.composed
        return not (r.bare and (r.year_like or r.name_like))  # "im Jahr 2025", "Llama 3"


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
    )
