"""A step's quantity read whole: every word accounted for, every digit in the step's notation.

The quantity reader is built for prose: it keeps the figures of a sentence and passes over
the words around them. A claim's step is no sentence: a word the reader passes over there
("not", "in 2025", "falsely") changes what the claim says, so it is an error naming the word,
never dropped. And a step's digits must be written in its feature's language: in an English
feature "24.000" would read as 24, so "more than 24.000 GPUs" would hold trivially.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factspec.read.quantity import (
    DETERMINERS,
    QUALIFIERS,
    SCALE_WORDS,
    Quantity,
    is_number_word,
    read_quantities,
)
from factspec.read.units import UnitMatch, UnitRegistry

_WORD = re.compile(r"[^\W\d_]+(?:\.(?=\s|$))?|[0-9]+(?:[.,][0-9]+)*")
DIGIT_RUN = re.compile(r"[0-9]+(?:[.,][0-9]+)*")  # the reader's digit anchor
SWAP = str.maketrans(".,", ",.")
LANGUAGE_NAMES = {"de": "German", "en": "English"}
SEPARATORS = {
    "de": "'.' groups thousands and ',' marks decimals",
    "en": "',' groups thousands and '.' marks decimals",
}
# The other language's thousands grouping: "24.000" in English, "20,000" in German. Each
# also reads as a decimal in the feature's language (24, 20), which is why it is refused.
_OTHER_GROUPING = {
    "en": re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+"),
    "de": re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+"),
}

# Words that join the parts of one quantity: ranges (bis, between … and), multiples
# ("so groß wie", "as many as", "times"), changes ("von A auf B" is not a step's).
_JOINERS = {
    "de": frozenset(
        {"bis", "zwischen", "und", "so", "wie", "groß", "viel", "viele", "hoch", "mal", "mehr"}
        | {"fach", "fache", "fachen"}
        | {"oder", "weniger"}  # "24.000 GPUs oder mehr"
    ),
    "en": frozenset(
        {"to", "between", "and", "as", "many", "much", "large", "big", "high", "times", "more"}
        | {"k", "m", "b"}  # scales glued to the digits: "24k", "$5bn" (bn, mn are scale words)
        | {"or", "less", "fewer"}  # a bound after the number: "24,000 GPUs or more"
    ),
}


_CLOSING = {"de": frozenset({"wie", "von"}), "en": frozenset({"as"})}


def _qualifier_words(lang: str) -> frozenset[str]:
    return frozenset(word for phrase in QUALIFIERS[lang] for word in phrase.split())


_ALLOWED = {
    lang: _JOINERS[lang]
    | _qualifier_words(lang)
    | SCALE_WORDS[lang]
    | frozenset(w.rstrip(".") for w in SCALE_WORDS[lang])
    | DETERMINERS[lang]
    for lang in QUALIFIERS
}


def read_whole_words(text: str, quantity: Quantity, lang: str, units: UnitRegistry) -> list[str]:
    """The words of ``text`` that are no part of ``quantity`` as read: words outside its
    span, and words inside it that are neither a qualifier, a number, a scale word, a unit
    nor a word joining a range or a multiple (the reader skips a model name between a
    number and its unit in prose; a step may not hide a word there)."""
    unread: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        if match.start() < position:
            continue  # inside a unit of several words, already accounted for
        word = match.group()
        inside = quantity.start <= match.start() and match.end() <= quantity.end
        if not inside:
            # The closing "as" of "as many as", "wie" of "so groß wie", "von" of "das
            # Zehnfache von": a multiple's own; so is the article of "das Zehnfache".
            after = match.start() >= quantity.end and word.lower() in _CLOSING[lang]
            before = match.end() <= quantity.start and word.lower() in DETERMINERS[lang]
            if not (after or before):
                unread.append(word)
            continue
        if word[0].isdigit():
            continue  # a numeral inside the span: the reader's own
        unit = _unit_over(text, match.start(), quantity.start, lang, units)
        if unit is not None:
            position = unit.end
            continue
        folded = word.lower()
        if folded in _ALLOWED[lang] or folded.rstrip(".") in _ALLOWED[lang]:
            continue
        if is_number_word(folded, lang):
            continue
        unread.append(word)
    return unread


def _unit_over(
    text: str, word_start: int, floor: int, lang: str, units: UnitRegistry
) -> UnitMatch | None:
    """The unit whose word or symbol covers the word at ``word_start``: one starting there,
    or one starting earlier in the same run of non-blank characters, so that a symbol such as
    "€/MWh" (a project's unit) accounts for its "MWh"."""
    run_start = word_start
    while run_start > floor and not text[run_start - 1].isspace():
        run_start -= 1
    for start in range(run_start, word_start + 1):
        if text[start].isdigit() or text[start] in ".,":
            continue  # the numeral glued to its unit ("78,51€/MWh") is the reader's own
        unit = units.match_at(text, start, lang)
        if unit is not None and unit.end > word_start:
            return unit
    return None


@lru_cache(maxsize=1024)
def reads_whole(run: str, lang: str) -> bool:
    """Whether the reader takes ``run`` alone for one number."""
    found = read_quantities(run, lang)
    return len(found) == 1 and (found[0].start, found[0].end) == (0, len(run))


def other_notation_only(run: str, lang: str) -> bool:
    """A run with a separator that is no number in ``lang`` but one with '.' and ','
    swapped: "8.5" in German, "1,5" in English. (Seeds and steps share this rule.)"""
    if "." not in run and "," not in run:
        return False
    return not reads_whole(run, lang) and reads_whole(run.translate(SWAP), lang)


def notation_problem(run: str, lang: str) -> str | None:
    """Why the digit run ``run`` is written in the other language's notation, or None.

    Two shapes: a run the feature's language cannot read but the other can ("8.5" in
    German, "1,5" in English), and the other language's thousands grouping, which the
    feature's language would read as a decimal ("24.000" in English is 24).
    """
    if "." not in run and "," not in run:
        return None
    language = LANGUAGE_NAMES[lang]
    if _OTHER_GROUPING[lang].fullmatch(run):
        grouped = run.translate(SWAP)
        one_group = run.count(".") + run.count(",") == 1
        # "24.000" is 24 in English and "20,000" 20 in German; "1.500.000" no number at all.
        reading = f"it reads as {run.rstrip('0').rstrip('.,')}" if one_group else "it is no number"
        return (
            f"{run!r} is the other language's thousands grouping, but in {language} "
            f"{SEPARATORS[lang]}, so {reading}; write {grouped} for the whole number"
        )
    if other_notation_only(run, lang):
        return (
            f"{run!r} is not a number in {language}, where {SEPARATORS[lang]}; "
            f"write {run.translate(SWAP)}"
        )
    return None


def notation_problems(text: str, lang: str) -> list[str]:
    """`notation_problem` for every digit run of ``text``."""
    found = (notation_problem(run.group(), lang) for run in DIGIT_RUN.finditer(text))
    return [problem for problem in found if problem is not None]
