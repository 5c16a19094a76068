"""factspec: a fact-check test suite as an executable specification."""

__version__ = "0.1.0"
