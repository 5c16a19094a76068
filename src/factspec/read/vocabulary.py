"""The words the quantity reader knows: qualifiers, scale words, number words, stopwords.

The tables are per language ("de", "en"); the functions at the end read one spelled-out
number ("zweihundert", "ninety-nine", "zehnmal") into its value. The reader's patterns
(`factspec.read.quantity_patterns`) are built from these tables, and
`factspec.read.step_text` checks a claim's step against them.
"""

from __future__ import annotations

import re
from fractions import Fraction

# -- tables ------------------------------------------------------------------------------

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
        # "an die 2.000 Autos", "um die 2.000": colloquial "about"; the article belongs to
        # the phrase, so it is not the topic ("über die 3 Milliarden") the determiner marks.
        "an die": "about",
        "um die": "about",
        # "gut und gerne 2.000": "easily 2.000", open above; "a good" would cap it at X + w.
        "gut und gerne": "at least",
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
        "close to": "about",
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
        "north of": "more than",
        "well over": "more than",
        "upwards of": "more than",
        "in excess of": "more than",
        # "beyond £200 billion for the first time": past the figure, never the figure.
        "beyond": "more than",
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
        "short of": "less than",
        "shy of": "less than",
    },
}

# Qualifiers that are also prepositions must touch the number: "über Cluster mit 24.000"
# and "a report about the 5 billion" are not "more than" and "about".
PREPOSITIONAL = {
    "de": {"über", "unter", "bis zu"},
    "en": {"about", "around", "over", "above", "under", "below", "some", "up to", "beyond"},
}

QUALIFIER_PHRASES = {
    lang: {phrase: phrase for phrase in table} for lang, table in QUALIFIERS.items()
}

# Words that may stand between a qualifier and its number without changing what it
# qualifies: "about another 40 %", "rund weitere 5 Milliarden" (still "about").
ADDITIVE_WORDS = {
    "de": ("weitere", "weiteren", "weiterer", "zusätzliche", "zusätzlichen", "nochmals"),
    "en": ("another", "a further", "an additional", "an extra", "a total of"),
}

# A tuple per language, not a set: the qualifier pattern built from it is then the same
# on every run. `DETERMINERS` below is the same words as sets, for membership tests.
DETERMINER_WORDS = {
    "de": ("der", "die", "das", "dem", "den", "des"),
    "en": ("the",),
}

SCALES: dict[str, dict[str, Fraction]] = {
    "de": {
        "hundert": Fraction(10**2),
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
        # A Billiarde is 10^15 ("zwei Billiarden siebenhunderteinundsiebzig Billionen").
        "billiarde": Fraction(10**15),
        "billiarden": Fraction(10**15),
    },
    "en": {
        "hundred": Fraction(10**2),
        "thousand": Fraction(10**3),
        "million": Fraction(10**6),
        "mn": Fraction(10**6),
        "mln": Fraction(10**6),
        "billion": Fraction(10**9),
        "bn": Fraction(10**9),
        "bln": Fraction(10**9),
        "trillion": Fraction(10**12),
        "tn": Fraction(10**12),
        # Plurals after a number ("three thousand millions", "twenty-five millions"): left
        # out, "millions" was passed over on the way to a unit and "2 millions" read as 2.
        "thousands": Fraction(10**3),
        "millions": Fraction(10**6),
        "billions": Fraction(10**9),
        "trillions": Fraction(10**12),
        # Indian English: a lakh is 10^5, a crore (koti) 10^7 ("30 lakh", "300 crores").
        "lakh": Fraction(10**5),
        "lakhs": Fraction(10**5),
        "lkh": Fraction(10**5),
        "lkhs": Fraction(10**5),
        "crore": Fraction(10**7),
        "crores": Fraction(10**7),
        "krore": Fraction(10**7),
        "krores": Fraction(10**7),
        "koti": Fraction(10**7),
    },
}
# Single letters are scales only glued to digits ("$5m", "10k"): spaced, "5 m" is metres.
# Capitals count only after a currency symbol: "$65B" is money, "405B" a model name.
GLUED_SCALES = {"k": Fraction(10**3), "m": Fraction(10**6), "b": Fraction(10**9)}
# Capitals glued to digits that are scales on their own ("100K", "3M", "1,2M", "US$ 1MM");
# "B" stays out ("405B", "70B" are models' parameter counts) unless money precedes it.
CAPITAL_GLUED_SCALES = {"K": Fraction(10**3), "M": Fraction(10**6), "MM": Fraction(10**6)}
# After a currency symbol a "T" is trillions too ("$2.174T"); bare, "5t" would be tonnes.
MONEY_GLUED_SCALES = {**GLUED_SCALES, "t": Fraction(10**12), "mm": Fraction(10**6)}

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

EN_ONES = {
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
# Zero is a number on its own ("zero point five"), never part of a compound ("twenty-zero").
EN_WORDS = {"zero": 0, "nought": 0, "naught": 0, **EN_ONES, **_EN_TEENS, **_EN_TENS}
_EN_ARTICLES = {"a", "an"}


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words that end the search for a unit a few words after the number: a unit behind them
# belongs to something else ("3 neue Standorte und 5.000 GPUs" has no 3 GPUs).
STOPWORDS = {
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
# Month abbreviations as datelines write them ("20. Sept.", "08 Jan 2024"), the full stop apart.
_MONTH_ABBREVIATIONS_DE = _wordset("jan feb mär apr jun jul aug sep sept okt nov dez")
_MONTHS_EN = _wordset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
)
#: Month names and their abbreviations: a day number beside one is a date, not a figure.
MONTHS = {"de": _MONTHS_DE | _MONTH_ABBREVIATIONS_DE, "en": _MONTHS_EN}
# "2. Quartal", "24. Januar", "zum 3. Mal": a digit with a full stop before these is an ordinal.
ORDINAL_NOUNS_DE = (
    _MONTHS_DE
    | _MONTH_ABBREVIATIONS_DE
    | _wordset(
        "quartal halbjahr jahrhundert jahrtausend platz rang stelle mal tag woche monat jahr "
        "auflage klasse liga runde stufe generation version kapitel absatz spieltag"
    )
)


# -- reading a number word ---------------------------------------------------------------


def word_value(word: str, lang: str) -> tuple[Fraction, int, str | None, bool] | None:
    """A spelled-out number: (value, decimals, unit, is_article), or None.

    ``halb``/``doppelt``/``half``/``twice`` come back as multiples; the caller checks that
    "so"/"as" follows, because only "halb so viele" is a multiple.
    """
    return _de_word_value(word) if lang == "de" else _en_word_value(word)


# Umlauts written out where a keyboard has none ("fuenf", "zwoelf"): the same number.
_UMLAUTS_SPELLED = {"ue": "ü", "oe": "ö", "ae": "ä"}


def _de_word_value(word: str) -> tuple[Fraction, int, str | None, bool] | None:
    if "ue" in word or "oe" in word or "ae" in word:
        for spelled, umlaut in _UMLAUTS_SPELLED.items():
            word = word.replace(spelled, umlaut)
    if word in MULTIPLIER_VERBS["de"]:
        return MULTIPLIER_VERBS["de"][word], 0, "times", False
    if word == "dreiviertel":
        return Fraction(3, 4), 0, None, False
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
    if word in ("anderthalb", "einundhalb"):
        return Fraction(3, 2), 1, unit, False
    if word.endswith("einhalb") and len(word) > len("einhalb"):
        whole = _de_cardinal(word[: -len("einhalb")])
        return None if whole is None else (whole + Fraction(1, 2), 1, unit, False)
    value = 0 if word == "null" and unit is None else _de_cardinal(word)
    return None if value is None else (Fraction(value), 0, unit, False)


def _en_word_value(word: str) -> tuple[Fraction, int, str | None, bool] | None:
    if word in MULTIPLIER_VERBS["en"]:
        return MULTIPLIER_VERBS["en"][word], 0, "times", False
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
    if head not in EN_WORDS or (head == "zero" and unit is not None):
        return None
    value = EN_WORDS[head]
    if tail:
        if head not in _EN_TENS or tail not in EN_ONES:
            return None
        value += EN_ONES[tail]
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


# -- what a whole-text reading may consist of ----------------------------------------------

#: Every scale word of each language (``Milliarden``, ``bn``): a step may hold them.
SCALE_WORDS: dict[str, frozenset[str]] = {lang: frozenset(table) for lang, table in SCALES.items()}
#: The determiners a qualifier may take before its number (``mehr als dem 1,5-Fachen``).
DETERMINERS: dict[str, frozenset[str]] = {
    lang: frozenset(words) for lang, words in DETERMINER_WORDS.items()
}


def is_number_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a number the reader spells out (``zehnmal``, ``sixfold``, ``a``)."""
    return word_value(word.lower(), lang) is not None


# -- fractions and multipliers -----------------------------------------------------------

# The denominator a fraction word names ("two thirds", "drei Viertel"): singular and plural.
FRACTION_DENOMINATORS: dict[str, dict[str, int]] = {
    "en": {
        **{w: 2 for w in ("half", "halves")},
        **{w: 3 for w in ("third", "thirds")},
        **{w: 4 for w in ("quarter", "quarters", "fourth", "fourths")},
        **{w: 5 for w in ("fifth", "fifths")},
        **{w: 6 for w in ("sixth", "sixths")},
        **{w: 7 for w in ("seventh", "sevenths")},
        **{w: 8 for w in ("eighth", "eighths")},
        **{w: 9 for w in ("ninth", "ninths")},
        **{w: 10 for w in ("tenth", "tenths")},
    },
    "de": {
        **{w: 2 for w in ("halb", "halbe", "halber", "halbes", "halben", "hälfte")},
        "drittel": 3,
        "viertel": 4,
        "fünftel": 5,
        "sechstel": 6,
        "siebtel": 7,
        "achtel": 8,
        "neuntel": 9,
        "zehntel": 10,
    },
}
# "jedes dritte", "jeder vierte": one in so many. English "every second" is a time, so its
# ordinals start at third.
EVERY_ORDINALS: dict[str, dict[str, int]] = {
    "de": {
        f"{stem}{ending}": n
        for stem, n in (
            ("zweit", 2),
            ("dritt", 3),
            ("viert", 4),
            ("fünft", 5),
            ("sechst", 6),
            ("siebt", 7),
            ("acht", 8),
            ("neunt", 9),
            ("zehnt", 10),
        )
        for ending in ("e", "er", "es", "en", "em")
    },
    "en": {
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
    },
}
# Verbs that multiply ("verdoppelt", "tripling"): read as a factor in times, like "zehnmal".
MULTIPLIER_VERBS: dict[str, dict[str, Fraction]] = {
    "de": {
        f"{stem}{ending}": factor
        for stem, factor in (
            ("verdoppel", Fraction(2)),
            ("verdopple", Fraction(2)),
            ("verdreifach", Fraction(3)),
            ("vervierfach", Fraction(4)),
            ("verfünffach", Fraction(5)),
            ("verzehnfach", Fraction(10)),
            ("halbier", Fraction(1, 2)),
        )
        for ending in ("t", "te", "ten", "n", "en", "e")
    },
    "en": {
        f"{stem}{ending}": factor
        for stem, factor in (
            ("doubl", Fraction(2)),
            ("tripl", Fraction(3)),
            ("quadrupl", Fraction(4)),
            ("halv", Fraction(1, 2)),
        )
        for ending in ("ed", "ing", "es")
    },
}
# Unicode's vulgar fractions: "½", "2½", "¾".
VULGAR_FRACTIONS = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5),
    "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6),
    "⅚": Fraction(5, 6),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}
