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


Relation = ValueStep | MultipleStep | ChangeStep | ChangeToStep | CompareStep | StatementStep


def facts_named(relation: Relation) -> tuple[str, ...]:
    """The facts a relation names: its fact, and the base of a two-fact relation."""
    base = getattr(relation, "base", None)
    return (relation.fact,) if base is None else (relation.fact, base)


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
    hint = f"did you mean {', '.join(nearest)}?" if nearest else f"known {kind}s: see facts.yaml"
    return f"unknown {kind} id {name!r} — {hint}"


def _phrase(template: str, regex: str, build: Callable[[re.Match[str], StepContext], Step]):
    return Phrase(template, re.compile(rf"^{regex}$", re.IGNORECASE), build)


_F, _B = rf"(?P<fact>{FACT_ID})", rf"(?P<base>{FACT_ID})"
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
    claimed = c.quantity(m["q"], unit="percent")
    return ChangeStep(c.fact(m["fact"]), c.fact(m["base"]), claimed, falling)


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
        _phrase("<fact> is not <quantity>", rf"{_F} is (?P<neg>not) (?P<q>.+)", _value),
        _phrase("<fact> is <quantity>", rf"{_F} is (?P<q>.+)", _value),
    ),
    "de": (
        _phrase(
            "ist <fact> größer als <fact>",
            rf"{_F} ist (?P<op>größer|höher|kleiner|niedriger|geringer) als {_B}",
            _compare,
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
            rf"{_F} (?:beträgt|ist|liegt bei) (?P<neg>nicht|keineswegs) (?:bei )?(?P<q>.+)",
            _value,
        ),
        _phrase("beträgt <fact> <Größe>", rf"{_F} (?:beträgt|ist|liegt bei) (?P<q>.+)", _value),
    ),
}


# German puts the verb second ("Dann beträgt X etwa …", "Dann stieg X um …"); the phrases
# are written fact-first, so the verb is moved behind the fact id before matching.
_GERMAN_VERB_SECOND = re.compile(
    rf"^(beträgt|ist|liegt|stieg|wuchs|fiel|sank|trifft) ({FACT_ID})\b", re.IGNORECASE
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
    try:
        for phrase in PHRASES[lang]:
            match = phrase.pattern.match(text)
            if match and _ids_known(phrase, match, context):
                return phrase.build(match, context)
        for phrase in PHRASES[lang]:  # a known shape with an unknown id: report the id
            match = phrase.pattern.match(text)
            if match:
                return phrase.build(match, context)
    except UnreadWordsError as error:
        raise UnreadWordsError(
            f"{error} — nearest known phrases: {nearest_phrases(text, lang)}"
        ) from error
    raise StepError(f"unknown step {text!r} — nearest known phrases: {nearest_phrases(text, lang)}")


def _ids_known(phrase: Phrase, match: re.Match[str], context: StepContext) -> bool:
    """A phrase only matches when the ids it names exist (so "is 10 times b" beats "is Q")."""
    names = match.groupdict()
    return all(names.get(key) in context.facts for key in ("fact", "base") if key in names)


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
