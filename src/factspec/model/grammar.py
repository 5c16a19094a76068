"""The step phrases of a claim, in English and German, and the relation each one states.

One grammar serves both runners: pytest-bdd (through ``steps/``) and ``factspec check``.
A step either states a relation over facts (a value, a multiple, a change, a comparison, a
qualitative fact) or a requirement on the sources (how many must support the claim).
Facts are named by id; an unknown id or an unknown phrase fails with the nearest candidates.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from fractions import Fraction

from rapidfuzz import fuzz

from factspec.read.quantity import Quantity, QuantityError, read_quantities
from factspec.read.step_text import notation_problems, read_whole_words
from factspec.read.units import BUILTIN_UNITS, UnitRegistry

FACT_ID = r"[a-z][a-z0-9_]*"


class StepError(ValueError):
    """A step the grammar cannot use; the message says what is wrong and how to fix it."""


class UnreadWordsError(StepError):
    """A step of a known shape holding words the grammar does not read; `parse_step` adds
    the nearest phrases, since the whole step is needed to find them."""


@dataclass(frozen=True)
class ValueStep:
    """``fact is Q``: the fact's value (or range, or bound) is what Q allows; ``fact is not
    Q`` (negated): the fact's value lies outside what Q allows."""

    fact: str
    claimed: Quantity
    negated: bool = False
    as_of: str | None = None  # "YYYY-MM": the date the step names ("as of April 2024")


@dataclass(frozen=True)
class MultipleStep:
    """``a is Q times b``: a / b lies in Q (outside it when negated)."""

    fact: str
    base: str
    claimed: Quantity
    negated: bool = False


@dataclass(frozen=True)
class ChangeStep:
    """``new rose by Q over old``: (new − old) / old, in percent, lies in Q (negated for a fall)."""

    fact: str
    base: str
    claimed: Quantity
    falling: bool
    points: bool = False  # "by 3 percentage points": new − old, not (new − old) / old


@dataclass(frozen=True)
class ChangeToStep:
    """``new rose to Q from old``: the new value lies in Q, and it is above the old one (below
    it for a fall). Not ``rose by``: "to" states the value reached, "by" the change."""

    fact: str
    base: str
    claimed: Quantity
    falling: bool


@dataclass(frozen=True)
class CompareStep:
    """``a is greater than b`` (or less): the sign of a − b."""

    fact: str
    base: str
    greater: bool


@dataclass(frozen=True)
class SumStep:
    """``a and b together are Q``: a + b lies in Q."""

    fact: str
    other: str
    claimed: Quantity


@dataclass(frozen=True)
class GrowthStep:
    """``a over a0 grew faster than b over b0``: the change from a0 to a, in percent, is
    greater than the change from b0 to b (smaller for "more slowly")."""

    fact: str
    base: str
    other: str
    other_base: str
    faster: bool


@dataclass(frozen=True)
class StatementStep:
    """``fact holds`` / ``fact does not hold``: a qualitative fact and the stance claimed."""

    fact: str
    holds: bool


@dataclass(frozen=True)
class SupportCountStep:
    """``at least N sources support it``."""

    count: int


@dataclass(frozen=True)
class SourceSupportsStep:
    """``source X supports it`` (firmly), or ``source X suggests it`` (hedged support will do)."""

    source: str
    hedged_ok: bool = False


@dataclass(frozen=True)
class NoRefutationStep:
    """``no source refutes it``: the default rule, stated explicitly."""


Relation = (
    ValueStep
    | MultipleStep
    | ChangeStep
    | ChangeToStep
    | CompareStep
    | SumStep
    | GrowthStep
    | StatementStep
)

_FACT_FIELDS = ("fact", "base", "other", "other_base")


def facts_named(relation: Relation) -> tuple[str, ...]:
    """The facts a relation names, in order: its fact, then the base (and the other pair of a
    growth comparison, the other summand of a sum)."""
    return tuple(
        name for field in _FACT_FIELDS if (name := getattr(relation, field, None)) is not None
    )


Requirement = SupportCountStep | SourceSupportsStep | NoRefutationStep
Step = Relation | Requirement

_SMALL_NUMBERS = {
    "en": {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5},
    "de": {"eine": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5},
}


@dataclass(frozen=True)
class Phrase:
    """One step phrase: its pattern, a template shown to users, and how it builds a step."""

    template: str
    pattern: re.Pattern[str]
    build: Callable[[re.Match[str], StepContext], Step]


@dataclass(frozen=True)
class StepContext:
    """What a phrase needs to build its step: the language, known ids and units."""

    lang: str
    facts: Collection[str]
    sources: Collection[str]
    units: UnitRegistry
    tolerance: Fraction

    def fact(self, name: str) -> str:
        if name not in self.facts:
            raise StepError(_unknown("fact", name, self.facts))
        return name

    def source(self, name: str) -> str:
        if name not in self.sources:
            raise StepError(_unknown("source", name, self.sources))
        return name

    def quantity(self, text: str, *, unit: str | None = None) -> Quantity:
        """Read exactly one quantity from ``text`` (of ``unit`` when one is required), every
        word of it: a word the reader would pass over changes what the claim says."""
        foreign = notation_problems(text, self.lang)
        if foreign:
            raise StepError("; ".join(foreign))
        try:
            found = read_quantities(text, self.lang, units=self.units, tolerance=self.tolerance)
        except QuantityError as error:
            raise StepError(f"cannot read {text!r} as a quantity: {error}") from error
        if len(found) != 1:
            what = "no number" if not found else f"{len(found)} numbers"
            raise StepError(
                f"{text!r} holds {what}; a step states exactly one value, range or bound "
                "(check it with `factspec parse`)"
            )
        quantity = found[0]
        unread = read_whole_words(text, quantity, self.lang, self.units)
        if unread:
            words = ", ".join(repr(word) for word in unread)
            raise UnreadWordsError(
                f"the step's {'word' if len(unread) == 1 else 'words'} {words} cannot be read: "
                f"a step states a relation and its value ({quantity.text!r}) and nothing else, "
                "and a word left out could change what the claim says"
            )
        if unit is not None and quantity.unit != unit:
            raise StepError(f"{text!r} reads as {quantity.unit or 'no unit'}; expected {unit}")
        return quantity

    def count(self, word: str) -> int:
        if word.isdigit():
            return int(word)
        return _SMALL_NUMBERS[self.lang][word]


def _unknown(kind: str, name: str, known: Collection[str]) -> str:
    nearest = difflib.get_close_matches(name, sorted(known), n=3, cutoff=0.5)
    hint = (
        f"did you mean {', '.join(nearest)}?"
        if nearest
        else f"known {kind}s: see the fact files (facts.yaml, facts/*.yaml)"
    )
    return f"unknown {kind} id {name!r} — {hint}"


def _phrase(template: str, regex: str, build: Callable[[re.Match[str], StepContext], Step]):
    return Phrase(template, re.compile(rf"^{regex}$", re.IGNORECASE), build)


_F, _B = rf"(?P<fact>{FACT_ID})", rf"(?P<base>{FACT_ID})"
_O, _OB = rf"(?P<other>{FACT_ID})", rf"(?P<other_base>{FACT_ID})"
_COUNT_EN = r"(?P<n>\d+|one|two|three|four|five)"
_COUNT_DE = r"(?P<n>\d+|eine|einer|zwei|drei|vier|fünf)"


# A word like "llama3_training_gpu" is never part of a quantity: at the end of a value step it
# is a misspelt second fact of a multiple or comparison, and must be reported as such.
_ID_LIKE_TAIL = re.compile(rf"\b({FACT_ID}_[a-z0-9_]*)$")


def _value(m: re.Match[str], c: StepContext) -> Step:
    tail = _ID_LIKE_TAIL.search(m["q"])
    if tail:
        c.fact(tail.group(1))
    return ValueStep(c.fact(m["fact"]), c.quantity(m["q"]), negated=bool(m.groupdict().get("neg")))


def _multiple(m: re.Match[str], c: StepContext) -> Step:
    fact, base = c.fact(m["fact"]), c.fact(m["base"])  # an unknown id first: the likelier slip
    negated = bool(m.groupdict().get("neg"))
    return MultipleStep(fact, base, c.quantity(m["q"], unit="times"), negated)


_FALLING = {"fell", "dropped", "decreased", "fiel", "sank"}


def _change(m: re.Match[str], c: StepContext) -> Step:
    falling = m["dir"].lower() in _FALLING
    claimed = c.quantity(m["q"])
    if claimed.unit not in {"percent", "percentage_points"}:
        raise StepError(
            f"{m['q']!r} reads as {claimed.unit or 'no unit'}; a change by a share is in "
            "percent (or percentage points); to state the value reached, say 'rose to'"
        )
    points = claimed.unit == "percentage_points"
    return ChangeStep(c.fact(m["fact"]), c.fact(m["base"]), claimed, falling, points)


def _as_large(m: re.Match[str], c: StepContext) -> Step:
    """ "About as large as" is "about 1 times as large as"; "as large as", exactly 1 times."""
    fact, base = c.fact(m["fact"]), c.fact(m["base"])
    about = bool(m["about"])
    found = read_quantities(
        "about 1 times" if about else "1 times", "en", units=c.units, tolerance=c.tolerance
    )
    return MultipleStep(fact, base, found[0])


def _sum(m: re.Match[str], c: StepContext) -> Step:
    return SumStep(c.fact(m["fact"]), c.fact(m["other"]), c.quantity(m["q"]))


def _growth(m: re.Match[str], c: StepContext) -> Step:
    faster = m["op"].lower() in {"faster", "schneller"}
    ids = [c.fact(m[key]) for key in _FACT_FIELDS]
    return GrowthStep(*ids, faster=faster)


def _change_to(m: re.Match[str], c: StepContext) -> Step:
    falling = m["dir"].lower() in _FALLING
    return ChangeToStep(c.fact(m["fact"]), c.fact(m["base"]), c.quantity(m["q"]), falling)


def _compare(m: re.Match[str], c: StepContext) -> Step:
    greater = m["op"].lower() in {"greater", "more", "larger", "higher", "größer", "höher"}
    return CompareStep(c.fact(m["fact"]), c.fact(m["base"]), greater)


def _holds(m: re.Match[str], c: StepContext) -> Step:
    return StatementStep(c.fact(m["fact"]), holds=not m["neg"])


def _at_least(m: re.Match[str], c: StepContext) -> Step:
    count = c.count(m["n"].lower())
    if count < 1:
        raise StepError("a claim needs at least one supporting source; use a count of 1 or more")
    return SupportCountStep(count)


def _source(m: re.Match[str], c: StepContext) -> Step:
    return SourceSupportsStep(c.source(m["source"]))


def _source_suggests(m: re.Match[str], c: StepContext) -> Step:
    return SourceSupportsStep(c.source(m["source"]), hedged_ok=True)


def _no_refutation(m: re.Match[str], c: StepContext) -> Step:
    return NoRefutationStep()


# Order matters: a comparison would read as a multiple ("is greater than b"), and the multiple
# and change phrases end in a fact id that the value phrase's quantity would otherwise swallow.
PHRASES: dict[str, tuple[Phrase, ...]] = {
    "en": (
        _phrase(
            "<fact> is greater than <fact>",
            rf"{_F} is (?P<op>greater|more|larger|higher|less|smaller|lower) than {_B}",
            _compare,
        ),
        _phrase(
            "<fact> is about as large as <fact>",
            rf"{_F} is (?P<about>about |roughly |approximately )?"
            rf"as (?:large|big|high|much|many) as {_B}",
            _as_large,
        ),
        _phrase(
            "<fact> over <fact> grew faster than <fact> over <fact>",
            rf"{_F} over {_B} grew (?P<op>faster|more slowly|slower) than {_O} over {_OB}",
            _growth,
        ),
        _phrase(
            "<fact> and <fact> together are <quantity>",
            rf"{_F} and {_O} together (?:are|were|come to|came to) (?P<q>.+)",
            _sum,
        ),
        _phrase(
            "<fact> is not <quantity> times <fact>",
            rf"{_F} is (?P<neg>not) (?P<q>.+?(?: as (?:many|much|large|high|big) as)?) {_B}",
            _multiple,
        ),
        _phrase(
            "<fact> is <quantity> times <fact>",
            rf"{_F} is (?P<q>.+?(?: as (?:many|much|large|high|big) as)?) {_B}",
            _multiple,
        ),
        _phrase(
            "<fact> rose to <quantity> from <fact>",
            rf"{_F} (?P<dir>rose|grew|increased|fell|dropped|decreased) to (?P<q>.+?) "
            rf"(?:over|from|compared to|against) {_B}",
            _change_to,
        ),
        _phrase(
            "<fact> rose by <percent> over <fact>",
            rf"{_F} (?P<dir>rose|grew|increased|fell|dropped|decreased) (?:by )?(?!to )(?P<q>.+?) "
            rf"(?:over|from|compared to|against) {_B}",
            _change,
        ),
        _phrase("<fact> holds", rf"{_F} (?P<neg>does not )?holds?", _holds),
        _phrase(
            "at least <n> sources support it",
            rf"at least {_COUNT_EN} sources? supports? it",
            _at_least,
        ),
        _phrase("source <id> supports it", r"source (?P<source>\S+) supports it", _source),
        _phrase("source <id> suggests it", r"source (?P<source>\S+) suggests it", _source_suggests),
        _phrase("no source refutes it", r"no source refutes it", _no_refutation),
        _phrase("<fact> is not <quantity>", rf"{_F} (?:is|was) (?P<neg>not) (?P<q>.+)", _value),
        _phrase("<fact> is <quantity>", rf"{_F} (?:is|was) (?P<q>.+)", _value),
    ),
    "de": (
        _phrase(
            "ist <fact> größer als <fact>",
            rf"{_F} ist (?P<op>größer|höher|kleiner|niedriger|geringer) als {_B}",
            _compare,
        ),
        _phrase(
            "ist <fact> etwa so groß wie <fact>",
            rf"{_F} (?:ist|war) (?P<about>etwa |ungefähr |rund )?"
            rf"so (?:groß|hoch|viel|viele) wie {_B}",
            _as_large,
        ),
        _phrase(
            "wuchs <fact> gegenüber <fact> schneller als <fact> gegenüber <fact>",
            rf"{_F} wuchs gegenüber {_B} (?P<op>schneller|langsamer) als {_O} gegenüber {_OB}",
            _growth,
        ),
        _phrase(
            "betragen <fact> und <fact> zusammen <Größe>",
            rf"{_F} (?:betragen|betrugen) und {_O} zusammen (?P<q>.+)",
            _sum,
        ),
        _phrase(
            "ist <fact> nicht <Größe> so groß wie <fact>",
            rf"{_F} (?:ist|beträgt) (?P<neg>nicht|keineswegs) "
            rf"(?P<q>.+?(?: so (?:groß|viel|viele|hoch) wie| von)?) {_B}",
            _multiple,
        ),
        _phrase(
            "ist <fact> <Größe> so groß wie <fact>",
            rf"{_F} (?:ist|beträgt) (?P<q>.+?(?: so (?:groß|viel|viele|hoch) wie| von)?) {_B}",
            _multiple,
        ),
        _phrase(
            "stieg <fact> auf <Größe> gegenüber <fact>",
            rf"{_F} (?P<dir>stieg|wuchs|fiel|sank) auf (?P<q>.+?) (?:gegenüber|von) {_B}",
            _change_to,
        ),
        _phrase(
            "stieg <fact> von <fact> auf <Größe>",
            rf"{_F} (?P<dir>stieg|wuchs|fiel|sank) von {_B} auf (?P<q>.+)",
            _change_to,
        ),
        _phrase(
            "stieg <fact> um <Prozent> gegenüber <fact>",
            rf"{_F} (?P<dir>stieg|wuchs|fiel|sank) um (?P<q>.+?) gegenüber {_B}",
            _change,
        ),
        _phrase("trifft <fact> zu", rf"{_F} trifft (?P<neg>nicht )?zu", _holds),
        _phrase(
            "mindestens <n> Quellen stützen sie",
            rf"mindestens {_COUNT_DE} Quellen? (?:stützen|stützt) (?:sie|ihn|es)",
            _at_least,
        ),
        _phrase("Quelle <id> stützt sie", r"Quelle (?P<source>\S+) stützt (?:sie|ihn|es)", _source),
        _phrase(
            "Quelle <id> legt sie nahe",
            r"Quelle (?P<source>\S+) legt (?:sie|ihn|es) nahe",
            _source_suggests,
        ),
        _phrase(
            "keine Quelle widerspricht ihr",
            r"keine Quelle widerspricht (?:ihr|ihm)",
            _no_refutation,
        ),
        _phrase(
            "beträgt <fact> nicht <Größe>",
            rf"{_F} (?:beträgt|betrug|ist|war|liegt bei|lag bei) (?P<neg>nicht|keineswegs) "
            r"(?:bei )?(?P<q>.+)",
            _value,
        ),
        _phrase(
            "beträgt <fact> <Größe>",
            rf"{_F} (?:beträgt|betrug|ist|war|liegt bei|lag bei) (?P<q>.+)",
            _value,
        ),
    ),
}


# German puts the verb second ("Dann beträgt X etwa …", "Dann stieg X um …"); the phrases
# are written fact-first, so the verb is moved behind the fact id before matching.
_GERMAN_VERB_SECOND = re.compile(
    rf"^(beträgt|betrug|betragen|betrugen|ist|war|liegt|lag|stieg|wuchs|fiel|sank|trifft) "
    rf"({FACT_ID})\b",
    re.IGNORECASE,
)


def parse_step(
    text: str,
    lang: str,
    *,
    facts: Collection[str],
    sources: Collection[str] = (),
    units: UnitRegistry = BUILTIN_UNITS,
    tolerance: Fraction = Fraction(1, 10),
) -> Step:
    """Parse one step's text (without its Given/Then keyword) into the step it states."""
    if lang not in PHRASES:
        raise StepError(f"unknown language {lang!r}; steps are written in: {', '.join(PHRASES)}")
    context = StepContext(lang, facts, sources, units, tolerance)
    text = " ".join(text.split())
    if lang == "de":
        text = _GERMAN_VERB_SECOND.sub(r"\2 \1", text)
    text, as_of = step_date(text, lang)
    try:
        step = _match(text, lang, context)
        if step is not None:
            return _dated(step, as_of, text) if as_of is not None else step
    except UnreadWordsError as error:
        raise UnreadWordsError(
            f"{error} — nearest known phrases: {nearest_phrases(text, lang)}"
        ) from error
    raise StepError(f"unknown step {text!r} — nearest known phrases: {nearest_phrases(text, lang)}")


def _match(text: str, lang: str, context: StepContext) -> Step | None:
    refused: StepError | None = None
    for phrase in PHRASES[lang]:
        match = phrase.pattern.match(text)
        if match and _ids_known(match, context):
            # A fact id that is also a unit word ("gpus is 30,000 gpus") fits the multiple
            # phrase too; a phrase whose quantity cannot be read gives way to a later one
            # that reads the whole step, and its error stands only when none does.
            try:
                return phrase.build(match, context)
            except StepError as error:
                refused = refused or error
    if refused is not None:
        raise refused
    for phrase in PHRASES[lang]:  # a known shape with an unknown id: report the id
        match = phrase.pattern.match(text)
        if match:
            return phrase.build(match, context)
    return None


def _ids_known(match: re.Match[str], context: StepContext) -> bool:
    """A phrase only matches when the ids it names exist (so "is 10 times b" beats "is Q")."""
    names = match.groupdict()
    return all(names.get(key) in context.facts for key in _FACT_FIELDS if key in names)


_MONTHS = {
    "en": [
        *("january", "february", "march", "april", "may", "june"),
        *("july", "august", "september", "october", "november", "december"),
    ],
    "de": [
        *("januar", "februar", "märz", "april", "mai", "juni"),
        *("juli", "august", "september", "oktober", "november", "dezember"),
    ],
}
_DATE_WORDS = {"en": r"as of|in", "de": r"Stand|im"}


def step_date(text: str, lang: str) -> tuple[str, str | None]:
    """A step without the date it names ("as of April 2024", "Stand April 2024", "im April
    2024"), and that date as "YYYY-MM" (None when it names none)."""
    months = "|".join(_MONTHS[lang])
    pattern = rf"\s*,?\s*\b(?:{_DATE_WORDS[lang]}) (?P<month>{months}) (?P<year>\d{{4}})\b,?"
    found = list(re.finditer(pattern, text, re.IGNORECASE))
    if not found:
        return text, None
    if len(found) > 1:
        raise StepError(f"{text!r} names {len(found)} dates; a step is judged at one date")
    match = found[0]
    month = _MONTHS[lang].index(match["month"].lower()) + 1
    rest = (text[: match.start()] + " " + text[match.end() :]).strip()
    return " ".join(rest.split()), f"{match['year']}-{month:02d}"


def _dated(step: Step, as_of: str, text: str) -> Step:
    if not isinstance(step, ValueStep):
        raise StepError(
            f"{text!r} names a date, but only a value step ('<fact> is …') is judged at a date"
        )
    return ValueStep(step.fact, step.claimed, step.negated, as_of)


_NEGATION = re.compile(r"\b(?:not|nicht|keineswegs)\b", re.IGNORECASE)


def nearest_phrases(text: str, lang: str, limit: int = 3) -> str:
    """The templates of ``lang`` that look most like ``text``, for an unknown-step message.

    The step is first written in the templates' own placeholders (<fact>, <id>, <n>,
    <quantity>), so the comparison is between phrasings, not between ids and values.
    """
    shape = step_shape(text)
    templates = [phrase.template for phrase in PHRASES.get(lang, ())]
    if not _NEGATION.search(text):  # offer "is not" only to a step that says "not"
        templates = [template for template in templates if not _NEGATION.search(template)]
    best = sorted(templates, key=lambda template: -fuzz.ratio(shape, template))[:limit]
    return "; ".join(f"'{template}'" for template in best)


def step_shape(text: str) -> str:
    """A step with its ids and numbers replaced by the placeholders the templates use."""
    shape = re.sub(rf"\b{FACT_ID}_[a-z0-9_]*\b", "<fact>", text)
    shape = re.sub(r"\b(source|Quelle) \S+", r"\1 <id>", shape, flags=re.IGNORECASE)
    if "<fact>" in shape:  # a step about facts: its number and unit are a quantity
        return re.sub(r"\d.*?(?= <fact>|$)", "<quantity>", shape)
    return re.sub(r"\d+", "<n>", shape)


def phrase_templates(lang: str) -> list[str]:
    """Every phrase of ``lang``, for documentation and the pytest-bdd bindings."""
    return [phrase.template for phrase in PHRASES[lang]]
