"""Stage 1, text → data: strict YAML, the corpus (folding and quote location), the quantity
reader with its units and exact intervals, feature files, and the located `Problem`.

Imports nothing of factspec outside this package.
"""
