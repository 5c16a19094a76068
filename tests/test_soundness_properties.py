"""Properties of the verdict that must hold for every number, qualifier and evidence:

- a claim that repeats its source's words (the same qualifier, the same number, in either
  language) is supported by it;
- evidence disjoint from what the claim allows refutes it;
- "is not" swaps SUPPORTS and REFUTES and keeps COMPATIBLE;
- a step holding a word the grammar does not read is never judged.
"""

from __future__ import annotations

from fractions import Fraction

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from factspec.judge.verdict import Target, Verdict
from factspec.model.grammar import StepError, parse_step
from factspec.read.interval import Interval
from factspec.read.quantity import QUALIFIERS, is_number_word, read_quantities
from factspec.read.step_text import _ALLOWED
from factspec.read.units import BUILTIN_UNITS

# The same qualifier in both languages: a German source and an English claim, word for word.
SAME_QUALIFIER = {
    "about": "etwa",
    "nearly": "fast",
    "a good": "gut",
    "more than": "mehr als",
    "less than": "weniger als",
    "at least": "mindestens",
    "at most": "höchstens",
    "up to": "bis zu",
    "": "",
}
SCALES = {"": "", "million": "Millionen", "billion": "Milliarden"}
FLIPPED = {Verdict.SUPPORTS: Verdict.REFUTES, Verdict.REFUTES: Verdict.SUPPORTS}


def written(digits: int, decimals: int, lang: str) -> str:
    """``digits`` / 10^decimals written in ``lang``'s notation, thousands grouped."""
    whole, frac = divmod(digits, 10**decimals)
    grouped = f"{whole:,}" if lang == "en" else f"{whole:,}".replace(",", ".")
    if not decimals:
        return grouped
    mark = "." if lang == "en" else ","
    return f"{grouped}{mark}{frac:0{decimals}d}"


numbers = st.tuples(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=0, max_value=2),
)


def only(text: str, lang: str):
    found = read_quantities(text, lang)
    assert len(found) == 1, (text, [q.text for q in found])
    return found[0]


@settings(max_examples=400, deadline=None)
@given(
    number=numbers,
    qualifier=st.sampled_from(sorted(SAME_QUALIFIER)),
    scale=st.sampled_from(sorted(SCALES)),
)
def test_a_claim_in_its_sources_words_is_supported(
    number: tuple[int, int], qualifier: str, scale: str
) -> None:
    digits, decimals = number
    claim_text = " ".join(w for w in (qualifier, written(digits, decimals, "en"), scale) if w)
    source_words = (SAME_QUALIFIER[qualifier], written(digits, decimals, "de"), SCALES[scale])
    source_text = " ".join(w for w in source_words if w)
    claim, evidence = only(claim_text, "en"), only(source_text, "de")
    assert claim.interval == evidence.interval
    assert Target(claim.interval, claim.top).judge(evidence.interval) is Verdict.SUPPORTS


@settings(max_examples=400, deadline=None)
@given(
    number=numbers,
    qualifier=st.sampled_from(sorted(SAME_QUALIFIER)),
    above=st.booleans(),
    distance=st.fractions(min_value=Fraction(1, 1000), max_value=1000),
)
def test_evidence_outside_the_claim_refutes_it(
    number: tuple[int, int], qualifier: str, above: bool, distance: Fraction
) -> None:
    digits, decimals = number
    claim = only(" ".join(w for w in (qualifier, written(digits, decimals, "en")) if w), "en")
    allowed = claim.interval
    bound = allowed.high if above else allowed.low
    assume(bound is not None)
    assert bound is not None
    outside = bound + distance if above else bound - distance
    evidence = Interval.point(outside)
    assert evidence.disjoint_from(allowed)
    assert Target(allowed, claim.top).judge(evidence) is Verdict.REFUTES


intervals = st.builds(
    lambda a, b, lo, hi: Interval(min(a, b), max(a, b), lo and a != b, hi and a != b),
    st.fractions(min_value=-100, max_value=100),
    st.fractions(min_value=-100, max_value=100),
    st.booleans(),
    st.booleans(),
)


@settings(max_examples=500, deadline=None)
@given(evidence=intervals, claim=intervals)
def test_negation_swaps_support_and_refutation(evidence: Interval, claim: Interval) -> None:
    plain = Target(claim).judge(evidence)
    negated = Target(claim, negated=True).judge(evidence)
    assert negated is FLIPPED.get(plain, plain)


def _unknown_word(word: str) -> bool:
    return (
        word not in _ALLOWED["en"]
        and word not in QUALIFIERS["en"]
        and not is_number_word(word, "en")
        and BUILTIN_UNITS.match_at(word, 0, "en") is None
    )


@settings(max_examples=300, deadline=None)
@given(
    word=st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9),
    where=st.sampled_from(["before", "inside", "after"]),
)
def test_a_step_with_an_unread_word_is_never_judged(word: str, where: str) -> None:
    assume(_unknown_word(word))
    quantity = {
        "before": f"{word} about 16,000 GPUs",
        "inside": f"about 16,000 {word} GPUs",
        "after": f"about 16,000 GPUs {word}",
    }[where]
    try:
        parse_step(f"gpus is {quantity}", "en", facts={"gpus"})
    except StepError as error:
        # Named where the quantity was read ("16,000 am" is a time of day, so no number).
        message = str(error)
        assert repr(word) in message or "holds no number" in message or "unknown step" in message
    else:
        raise AssertionError(f"{quantity!r} was read with {word!r} dropped")
