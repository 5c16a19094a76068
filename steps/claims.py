"""pytest-bdd bindings: every step of every claim goes to factspec's one grammar.

No logic lives here. The factspec plugin loads this module for the project's features; the
grammar (``factspec.model.grammar``) knows the phrases in English and German, and an unknown
phrase fails at its step with the nearest known phrases. The plugin's built-in binding does
the same, so a project needs no ``steps/``: this one is kept as the example of a project's
own bindings, written with pytest-bdd's public API.
"""

from __future__ import annotations

from pytest_bdd import parsers, step

from factspec.plugin import ClaimRecorder


@step(parsers.re(r"(?P<text>.+)"))
def claim_step(text: str, factspec_claim: ClaimRecorder) -> None:
    factspec_claim.add(text)
