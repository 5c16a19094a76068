"""The regular expressions the quantity reader scans with, per language.

Anchors (digits, number words), numerals, and the words around a figure that decide what it
is: scale words and qualifiers (built from `factspec.read.vocabulary`), ranges,
coordination, changes, times of day and years. The reader in `factspec.read.quantity`
decides where each is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from factspec.read.vocabulary import (
    ADDITIVE_WORDS,
    DETERMINER_WORDS,
    EN_ONES,
    EN_WORDS,
    MULTIPLIER_VERBS,
    QUALIFIERS,
    SCALES,
    VULGAR_FRACTIONS,
)

HYPHENS = "-\u2010\u2011"
SPACE = re.compile(r"[^\S\r\n]{1,3}")  # a line break ends a figure: "7\nMilliarden" is not one
TOKEN = re.compile(r"[^\W_]+(?:[-\u2010\u2011'’][^\W_]+)*")

# Thousands grouped by a space, no-break space, thin or narrow no-break space ("24 000",
# dpa and SI style) in both languages; tried first so "24 000" is one number, not two.
_GROUP_SPACE = "[ \u00a0\u2009\u202f]"
_SPACED = rf"[0-9]{{1,3}}(?:{_GROUP_SPACE}[0-9]{{3}})+(?![0-9])"
_DIGITS = rf"{_SPACED}(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)*"
_VULGAR = "".join(VULGAR_FRACTIONS)
_DE_WORD_START = (
    "ein|zwei|drei|vier|fünf|fuenf|sech|sieb|acht|neun|zehn|elf|zwölf|zwoelf|zwanzig|dreißig|"
    "dreissig|hundert|tausend|halb|doppelt|anderthalb|null|verdoppel|verdopple|verdreifach|"
    "vervierfach|verfünffach|verzehnfach|halbier|jede|hälfte"
)
_EN_WORD = "|".join(
    sorted(
        [
            *EN_WORDS,
            *MULTIPLIER_VERBS["en"],
            *("a", "an", "half", "twice", "quarter", "every", "hundred", "thousand"),
        ],
        key=len,
        reverse=True,
    )
)
ANCHORS = {
    "de": re.compile(
        rf"(?P<digits>{_DIGITS})|(?P<vulgar>[{_VULGAR}])"
        rf"|(?<![^\W\d_])(?P<word>(?:{_DE_WORD_START})[^\W\d_]*)",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?P<digits>{_DIGITS})|(?P<vulgar>[{_VULGAR}])|(?<![^\W\d_])(?P<word>(?:{_EN_WORD})"
        rf"(?:-(?:{'|'.join(EN_ONES)}))?(?:fold)?)(?![^\W\d_])",
        re.IGNORECASE,
    ),
}
NUMERALS = {
    "de": re.compile(
        rf"(?P<int>{_SPACED}|[0-9]{{1,3}}(?:\.[0-9]{{3}})+|[0-9]+)(?:,(?P<frac>[0-9]+))?"
    ),
    "en": re.compile(
        rf"(?P<int>{_SPACED}|[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)(?:\.(?P<frac>[0-9]+))?"
    ),
}
MAX_DIGITS = 40  # beyond any figure in prose; keeps int() far from Python's digit limit


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first, so "mehr als" wins over a shorter word."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in ordered)


SCALE_PATTERNS = {
    lang: re.compile(rf"(?:{_alternation(table)})(?![^\W_])", re.IGNORECASE)
    for lang, table in SCALES.items()
}
QUALIFIER_PATTERNS = {
    lang: re.compile(
        rf"(?<![^\W\d_])(?P<q>{_alternation(table)})[^\S\r\n]+"
        rf"(?:(?P<det>{_alternation(DETERMINER_WORDS[lang])})[^\S\r\n]+)?"
        rf"(?:(?P<more>{_alternation(ADDITIVE_WORDS[lang])})[^\S\r\n]+)?$",
        re.IGNORECASE,
    )
    for lang, table in QUALIFIERS.items()
}
# "topped the 50 % mark", "übertraf die 50-Prozent-Marke": passing a mark is "more than".
PASSED_BEFORE = {
    "de": re.compile(
        r"(?<![^\W\d_])(?:übertr(?:af|afen|ifft|effen)|überst(?:ieg|iegen|eigt)|"
        r"übersch(?:ritt|ritten|reitet)|knackt(?:e|en)?|geknackt|überschritten|übertroffen)"
        r"[^\S\r\n]+(?:die|den|das)[^\S\r\n]+$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![^\W\d_])(?:top(?:s|ped)|surpass(?:es|ed)|exceed(?:s|ed)|pass(?:es|ed)|"
        r"cross(?:es|ed)|br(?:oke|eaks)|clear(?:s|ed))[^\S\r\n]+the[^\S\r\n]+$",
        re.IGNORECASE,
    ),
}
MARK_AFTER = {
    "de": re.compile(r"[-\u2010\u2011]?(?:Marke|Schwelle|Grenze)(?![^\W_])", re.IGNORECASE),
    "en": re.compile(r"[^\S\r\n]+(?:mark|threshold|barrier|level)(?![^\W_])", re.IGNORECASE),
}
TIMES_TAIL = {
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
TWICE_THE = re.compile(
    r"[^\S\r\n]+(?:its|the|their|his|her|that|what|our)(?![^\W_])", re.IGNORECASE
)
# A bound written after the number: "24.000 GPUs oder mehr", "5 % or less" (DESIGN.md: "X or
# more" is at least X).
TRAILING_BOUND = {
    "de": re.compile(
        r"[^\S\r\n]+(?:oder|und(?=[^\S\r\n]+(?:mehr|weniger)))[^\S\r\n]+"
        r"(?P<q>mehr|weniger|so)(?![^\W_])",
        re.IGNORECASE,
    ),
    "en": re.compile(r"[^\S\r\n]+or[^\S\r\n]+(?P<q>more|less|fewer|so)(?![^\W_])", re.IGNORECASE),
}
# "the 2,000 or so cars", "2.000 oder so": about, the same as "about 2,000" ("und so" is no
# qualifier: "und so weiter" goes on with the sentence).
TRAILING_QUALIFIER = {
    "mehr": "at least",
    "more": "at least",
    "weniger": "at most",
    "less": "at most",
    "fewer": "at most",
    "so": "about",
}

SO_AS = {
    "de": re.compile(r"[^\S\r\n]+so(?![^\W_])", re.IGNORECASE),
    "en": re.compile(r"[^\S\r\n]+as(?![^\W_])", re.IGNORECASE),
}
RANGE_GAP = {
    # "zwei- bis dreimal", "2- bis 3-mal": a suspended hyphen before "bis" (the first part's
    # "-mal" left out) is part of the range, not a minus or a second dash.
    "de": re.compile(r"\s*(?:-\s*bis|bis|[–—-])\s*|~", re.IGNORECASE),
    # "two- to threefold", "20 through 100", "20~100"
    "en": re.compile(r"\s*(?:-\s*to|up\s+to|to|through|thru|[–—-])\s*|~", re.IGNORECASE),
}
AND_GAP = re.compile(r"\s*(?:und|and)\s*", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(r"(?<![^\W\d_])(?:zwischen|between)[^\S\r\n]+$", re.IGNORECASE)
COORDINATION_GAP = {
    "de": re.compile(r"\s*(?:beziehungsweise|bzw\.|und|oder)\s*", re.IGNORECASE),
    "en": re.compile(r"\s*,?\s*(?:and|or)\s*", re.IGNORECASE),
}
CHANGE_GAP = {
    "de": re.compile(r"\s*auf\s*", re.IGNORECASE),
    "en": re.compile(r"\s*to\s*", re.IGNORECASE),
}
CHANGE_BEFORE = {
    "de": re.compile(r"(?<![^\W\d_])(?:von|vom)[^\S\r\n]+$", re.IGNORECASE),
    "en": re.compile(r"(?<![^\W\d_])(?:from|by)[^\S\r\n]+$", re.IGNORECASE),
}
# The words of change, shared by "from A to B" and "A …, up to B" below.
_CHANGE_WORDS = (
    r"(?<![^\W\d_])(?:ris(?:e[sn]?|ing)|rose|f[ae]ll(?:s|en|ing)?|gr[eo]w(?:s|n|th|ing)?|"
    r"increas(?:e[sd]?|ing)|decreas(?:e[sd]?|ing)|declin(?:e[sd]?|ing)|drop(?:s|ped|ping)?|"
    r"climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|soar(?:s|ed|ing)?|surg(?:e[sd]?|ing)|"
    r"sl(?:ip|id)(?:s|ped|ping)?|plung(?:e[sd]?|ing)|plummet(?:s|ed|ing)?|tumbl(?:e[sd]?|ing)|"
    r"shr[iau]nk(?:s|ing)?|went|go(?:es|ing)?|up|down|rais(?:e[sd]?|ing)|cut(?:s|ting)?|"
    r"lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|lower(?:s|ed|ing)?|expand(?:s|ed|ing)?|"
    r"reduc(?:e[sd]?|ing|tion)|widen(?:s|ed|ing)?|narrow(?:s|ed|ing)?|chang(?:e[sd]?|ing)|"
    r"mov(?:e[sd]?|ing)|revis(?:e[sd]?|ing|ion)|hik(?:e[sd]?|ing)|gain(?:s|ed|ing)?|"
    r"los(?:e|es|t|ing)|doubl(?:e[sd]?|ing)|tripl(?:e[sd]?|ing)|halv(?:e[sd]?|ing))"
)
# English "from A to B" is a change after a verb or noun of change ("rose from 475 to 510",
# "an increase from 5 to 7 %") and a range otherwise ("from 10 dollars to 20 dollars").
CHANGE_WORD_BEFORE_FROM = re.compile(
    _CHANGE_WORDS + r"(?![^\W\d_])[^.;:!?\n]{0,40}?(?<![^\W\d_])from[^\S\r\n]+$",
    re.IGNORECASE,
)
# "a £3.1bn increase in capital investment …, up to £13.6bn overall": after an amount of
# change and a word of change in one sentence, "up to" is where the change leads, not a
# ceiling. A decimal point is no sentence end, so the words between are tempered by it.
CHANGE_WORD_IN = re.compile(
    _CHANGE_WORDS + r"(?![^\W\d_])",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.;:!?](?![0-9])|\n")
UP_TO_AFTER_CHANGE = re.compile(r",[^\S\r\n]*$")
UP_TO_WORDS = re.compile(r"up[^\S\r\n]+to[^\S\r\n]+", re.IGNORECASE)
# "one in every 35 cars", "1 in 21": a ratio, one of so many; the count after it is what
# the ratio is of, not its unit.
ONE_IN = re.compile(
    r"[^\S\r\n]+in[^\S\r\n]+(?:every[^\S\r\n]+)?(?P<n>[0-9]{1,3}(?:,[0-9]{3})*|[^\W\d_]+)"
    r"(?![^\W_]|[.,][0-9])",
    re.IGNORECASE,
)
# "jeder 35. Pkw": German writes the ordinal in digits with a full stop.
EVERY_DIGIT_ORDINAL = re.compile(r"[^\S\r\n]+(?P<n>[0-9]{1,3}(?:\.[0-9]{3})*)\.(?=[^\S\r\n])")
# A label before a number names a part, it does not count: "phase 2", "Phase 2 des Plans".
LABEL_BEFORE = {
    "de": re.compile(
        r"(?<![^\W\d_])(?:phase|stufe|schritt|teil|kapitel|abschnitt|artikel|paragraf|"
        r"paragraph|runde|welle|etappe|band|folge|staffel)[^\S\r\n]+$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?<![^\W\d_])(?:phase|stage|step|part|chapter|section|article|round|wave|tier|"
        r"volume|episode|season)[^\S\r\n]+$",
        re.IGNORECASE,
    ),
}
# "over two years", "über zwei Jahre": before a time span "over" is also "across" ("£22.6bn
# over two years"), so the bound it would give may be wrong; the number is reported unread.
TIME_SPAN_AFTER = {
    "de": re.compile(
        r"[^\S\r\n]+(?:jahr|jahre|jahren|jahrzehnt|jahrzehnte|jahrzehnten|monat|monate|"
        r"monaten|woche|wochen|tag|tage|tagen|quartal|quartale|quartalen|stunde|stunden)"
        r"(?![^\W_])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"[^\S\r\n]+(?:years?|decades?|months?|weeks?|days?|quarters?|hours?)(?![^\W_])",
        re.IGNORECASE,
    ),
}
OVER_WORD = {"de": "über", "en": "over"}
# Where "over" before a time span can only be "more than": an age or a distance in time
# ("over thirty years old", "over two years ago", "for over a decade", "seit über zwei
# Jahren", "vor über 5 Jahren", "über 40 Jahre alt").
OVER_SPAN_BOUND_AFTER = {
    "de": re.compile(r"[^\S\r\n]+alt(?![^\W_])", re.IGNORECASE),
    "en": re.compile(r"[^\S\r\n]+(?:old|ago)(?![^\W_])", re.IGNORECASE),
}
OVER_SPAN_BOUND_BEFORE = {
    "de": re.compile(r"(?<![^\W\d_])(?:seit|vor|nach)[^\S\r\n]+$", re.IGNORECASE),
    "en": re.compile(r"(?<![^\W\d_])(?:for|in|after)[^\S\r\n]+$", re.IGNORECASE),
}
_S = r"[^\S\r\n]+"
# After the hour: "15 Uhr 20" (the minutes go with it), "um 3 am Nachmittag", "8 o'clock".
TIME_OF_DAY = {
    "de": re.compile(
        rf"[^\S\r\n]*Uhr(?![^\W_])(?:{_S}[0-5]?[0-9](?![0-9]|[.,][0-9]))?"
        rf"|{_S}(?:am{_S}(?:nachmittag|vormittag|morgen|abend)|nachmittags|vormittags|morgens"
        rf"|abends|nachts)(?![^\W_])",
        re.IGNORECASE,
    ),
    "en": re.compile(r"[^\S\r\n]*(?:a\.m\.|p\.m\.|am|pm|o['’]clock)(?![^\W_])", re.IGNORECASE),
}
# Minutes before or after an hour: "15 past 3pm", "5 vor 12", "zehn nach 3".
MINUTES_TO_HOUR = {
    "de": re.compile(rf"{_S}(?:nach|vor){_S}(?:halb{_S})?[0-9]{{1,2}}(?![0-9]|[.,][0-9])"),
    "en": re.compile(rf"{_S}past{_S}(?:[0-9]{{1,2}}(?![0-9]|[.,][0-9])|noon|midnight)"),
}
# An hour after a clock word: "um halb 4", "viertel vor 12", "quarter past 3".
HOUR_AFTER = {
    "de": re.compile(
        rf"(?<![^\W\d_])(?:halb|viertel{_S}(?:nach|vor)|dreiviertel){_S}$", re.IGNORECASE
    ),
    "en": re.compile(rf"(?<![^\W\d_])(?:quarter{_S}(?:past|to)|half{_S}past){_S}$", re.IGNORECASE),
}
# "15 of February", "4 of July": the day before its month.
DAY_OF = re.compile(rf"{_S}(?:of{_S})?([^\W\d_]+)\.?(?![^\W_])", re.IGNORECASE)
# "March 3", "märz 3": the month before its day.
MONTH_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?[^\S\r\n]+$")
AND_A_HALF = re.compile(r"[^\S\r\n]+and[^\S\r\n]+a[^\S\r\n]+half(?![^\W_])", re.IGNORECASE)
STRAY_DECIMAL = re.compile(r", ([0-9]{1,6})(?![0-9]|[.,][0-9])")
DATE_AFTER_YEAR = re.compile(r"[-–][0-9]{2}(?![0-9])(?:-[0-9]{2}(?![0-9]))?")
# Words after which four digits 1800–2199 are a year even when a unit word follows them.
YEAR_BEFORE = {
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
TRAILING_TOKEN = re.compile(r"[^\W_]+$")
SLASHED = re.compile(r"(?:[/:][0-9]+)+")
LETTERS = re.compile(r"[^\W\d_]+")
FULL_STOP_WORD = re.compile(r"\.[^\S\r\n]+([^\W\d_]+)")
# "der 1. Test", "die 3. Banane": a determiner before digits and a full stop makes an ordinal.
DETERMINER_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:der|die|das|dem|den|des)[^\S\r\n]+$", re.IGNORECASE
)
# A list label opening a line: "4.", "1. Die Zahl" — numbering, not a figure.
LIST_LABEL = re.compile(r"\.(?=[^\S\r\n]|$)")
NAME_REST = re.compile(r"[\w.]*\w|")
SPACED_DIGIT = re.compile(r"\s*[0-9]")
ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")

# After a number word: the fraction it numbers ("two thirds", "one-third", "five - eighths",
# "drei Viertel", "ein halbes"); the word is checked against the denominators' table.
FRACTION_AFTER = re.compile(r"(?:[^\S\r\n]*[-\u2010\u2011][^\S\r\n]*|[^\S\r\n]+)([^\W\d_]+)")
# "and a half", "und drei Viertel": a fraction added to the whole number before it.
AND_WORD = {
    "en": re.compile(r"[^\S\r\n]+(?:and|&)[^\S\r\n]+", re.IGNORECASE),
    "de": re.compile(r"[^\S\r\n]+und[^\S\r\n]+", re.IGNORECASE),
}
# "two thirds of a million": the scale a fraction is taken of.
OF_A_SCALE = re.compile(r"[^\S\r\n]+of[^\S\r\n]+an?(?=[^\S\r\n]+)", re.IGNORECASE)
