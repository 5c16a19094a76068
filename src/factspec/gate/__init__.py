"""Stage 5, the gate for corpus edits: lint, the lock, the impact of an edit, corpus mutation.

Imports the stages below it; only the faces (`cli`, `commands`, `plugin`) import it.
"""
