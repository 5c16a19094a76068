"""The fast path of `locate_quote`: a quote found in a source's raw text, without folding it.

The definition is `factspec.read.folding`: a quote stands where its folded key occurs in
the source's folded key without cutting a word. Folding a whole source costs far more than
a search in it, and most quotes are typed as their source prints them, so this module looks
a quote up by its longest fold-stable run (its anchor, a run of `_ANCHOR_RUN` characters)
in the raw text, and decides each occurrence from the characters around it, as far as the
raw text shows what the folded key holds there. Where it cannot tell, it answers None and
the caller folds the source after all.

It is a second form of the folding rules and must stay equal to them: wherever it answers,
it answers what the folded key says. tests/test_folding_fastpath.py checks that on
generated typeset texts.
"""

from __future__ import annotations

import re

from factspec.read.folding import (
    _DASH_CHARS,
    _IGNORABLE,
    _QUOTE_CHARS,
    _UNPLAIN,
    CANONICAL_QUOTE,
    _cuts,
)

# Characters that fold only ever copies: a key holding a run of them took it verbatim from
# the original, so a quote's longest such run can be looked up in the raw text by str.find.
# Left out beside space, quotation marks and "-" (made from dashes): K, ; and ` , which NFC
# makes from the Kelvin sign, the Greek question mark and the Greek varia.
_ANCHOR_RUN = re.compile(r"[!#-&(-,.-:<-JL-_a-~]+")

#: Past this many raw occurrences of a quote's anchor, folding the source is cheaper.
_MAX_PLAIN_HITS = 64


def holds_invisible(text: str) -> bool:
    """Whether ``text`` holds a character fold removes: then raw text and key differ in
    ways `locate_plainly` does not follow, and it must not be asked. A source keeps its
    answer (`SourceText`): it may take a pass over the whole text."""
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return _IGNORABLE.search(text) is not None
    return "\u00ad" in text  # the soft hyphen is the only one within Latin-1


def locate_plainly(text: str, needle: str) -> list[tuple[int, int]] | None:
    """Where ``needle`` stands in the folded key of ``text``, as original spans, found
    without folding ``text``; None when the raw text around some occurrence is not plain
    enough to decide it that way.

    ``text`` must hold no character that fold removes (see `holds_invisible`).

    Every place the quote stands in the key holds the needle's anchor, a run of
    `_ANCHOR_RUN` characters, verbatim in the raw text (folding removes nothing between
    such characters unless the source holds invisible ones), so checking each raw
    occurrence of the anchor finds every place. Where the stretch around an occurrence is
    plain (`_PLAIN`) and nothing beside it reaches in, folding copies it as it is: the
    quote stands there exactly when the raw text equals the needle (`_plain_place`).
    Elsewhere the raw text often still shows that it cannot (`_differs_plainly`); if not,
    the source is folded after all. The needle is folded already, so it neither starts
    nor ends with a space.
    """
    runs = _ANCHOR_RUN.findall(needle)
    if not runs:
        return None
    anchor = max(runs, key=len)  # the longest run occurs in the fewest places
    shift = needle.index(anchor)  # any occurrence of the anchor in the needle will do
    size, length = len(text), len(needle)
    found: list[tuple[int, int]] = []
    taken = 0  # where the last place found ends: places do not overlap
    hits = 0
    at = text.find(anchor)
    while at >= 0:
        hits += 1
        if hits > _MAX_PLAIN_HITS:
            return None
        start, end = at - shift, at - shift + length
        if _UNPLAIN.search(text, max(start, 0), min(end, size)) is not None:
            if _differs_plainly(text, needle, at, shift, len(anchor)):
                at = text.find(anchor, at + 1)
                continue  # typeset text nearby, but the quote plainly does not stand here
            return None
        if start >= 0 and end <= size:
            verdict = _plain_place(text, needle, start, end)
            if verdict is None:
                return None
            if verdict and start >= taken:
                found.append((start, end))
                taken = end
        at = text.find(anchor, at + 1)
    return found


def _differs_plainly(text: str, needle: str, at: int, shift: int, size: int) -> bool:
    """Whether the needle plainly cannot stand in the key with its anchor
    (``needle[shift:shift + size]``) at raw offset ``at``; False when that cannot be told
    without folding.

    Outwards from the anchor the key is read off the raw text for as long as that is
    certain: a plain character folds to itself (unless a combining mark joins it), a dash
    to "-", a run of whitespace to one space, or to nothing beside a quotation mark, which
    folds to '"'. The first key character that differs from the needle settles it, and so
    does an end of the text before the needle is used up.
    """
    last = len(text) - 1
    i, j = at + size, shift + size  # rightwards; text[i - 1] is in the key as it stands
    while j < len(needle):
        if i > last:
            return True  # the key ends before the needle does
        char, wanted = text[i], needle[j]
        if char.isspace():
            run_end = i + 1
            while run_end <= last and text[run_end].isspace():
                run_end += 1
            quoted = run_end <= last and text[run_end] in _QUOTE_CHARS
            shown = CANONICAL_QUOTE if quoted else " "
            if wanted != shown:
                return True
            if quoted:
                break  # past a quotation mark, spaces vanish: not followed here
            i, j = run_end, j + 1
            continue
        if char in _QUOTE_CHARS or char in _DASH_CHARS:
            if wanted != (CANONICAL_QUOTE if char in _QUOTE_CHARS else "-"):
                return True
            if char in _QUOTE_CHARS:
                break
        elif _UNPLAIN.match(char) is not None:
            break  # what folding makes of it cannot be told from here
        elif char != wanted:
            # Unless a combining mark joins it, the key holds this very character.
            following = text[i + 1] if i < last else " "
            if _UNPLAIN.match(following) is None or _folds_to_mark(following):
                return True
            break
        i, j = i + 1, j + 1
    i, j = at - 1, shift - 1  # leftwards; text[i + 1] is in the key as it stands
    while j >= 0:
        if i < 0:
            return True  # the key starts after the needle would
        char, wanted = text[i], needle[j]
        if char.isspace():
            run_start = i
            while run_start > 0 and text[run_start - 1].isspace():
                run_start -= 1
            quoted = run_start > 0 and text[run_start - 1] in _QUOTE_CHARS
            if wanted != (CANONICAL_QUOTE if quoted else " "):
                return True
            if quoted:
                return False
            i, j = run_start - 1, j - 1
            continue
        if char in _QUOTE_CHARS or char in _DASH_CHARS:
            if wanted != (CANONICAL_QUOTE if char in _QUOTE_CHARS else "-"):
                return True
            if char in _QUOTE_CHARS:
                return False
        elif _UNPLAIN.match(char) is not None:
            return False
        elif char != wanted:
            return True
        i, j = i - 1, j - 1
    return False


def _plain_place(text: str, needle: str, start: int, end: int) -> bool | None:
    """Whether ``needle`` stands alone at the plain stretch ``text[start:end]``; None when
    the characters around it keep the raw text from telling.

    Beyond the stretch, the folded key shows whitespace as a space (or drops it next to a
    quotation mark), a quotation mark as '"', a dash as "-", and a plain character as
    itself unless a combining mark follows it; only those cases are decided here.
    """
    if text[start] == " " and start and _folds_to_mark(text[start - 1]):
        return None  # the space may belong to a run that began before it
    if text[end - 1] == " " and end < len(text) and _folds_to_mark(text[end]):
        return None
    after = _beyond(text, end, 1)
    before = _beyond(text, start - 1, -1)
    if after is None or before is None:
        return None
    if text[start:end] != needle:
        return False
    return not (_cuts(needle[0], before) or _cuts(needle[-1], after))


def _beyond(text: str, at: int, step: int) -> str | None:
    """The two characters of the folded key next to a plain stretch, nearest first, from
    ``text[at]`` on in direction ``step``: exact where `_cuts` can tell them apart; None
    where the raw text cannot say."""
    shown = ""
    for offset in (at, at + step):
        if not 0 <= offset < len(text):
            break
        char = text[offset]
        if _folds_to_mark(char):
            # A space, '"' or "-" in the key (whitespace next to a quotation mark is dropped,
            # leaving the mark): none continues a word or a number, whatever follows.
            return shown + " "
        if _UNPLAIN.match(char) is not None:
            return None
        following = offset + 1
        if (
            following < len(text)
            and _UNPLAIN.match(text, following) is not None
            and not _folds_to_mark(text[following])
        ):
            return None  # a combining mark may join the character: not as raw
        shown += char
    return shown


def _folds_to_mark(char: str) -> bool:
    """Whether fold turns ``char`` into a space, '"' or "-", or drops it as whitespace."""
    return char.isspace() or char in _QUOTE_CHARS or char in _DASH_CHARS
