"""Stage 3, verdicts: one claim against one source, the pass rule, the in-process checker, the
coverage model and the corpus figure coverage.

Imports `factspec.read` and `factspec.model`.
"""
