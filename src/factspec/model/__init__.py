"""Stage 2, what a project is: the fact base (schema, cross-checks, messages), evidence resolved
against the corpus, per-source values, the step grammar, the pinned source hashes and the
project loader.

Imports `factspec.read` only.
"""
