"""The pytest plugin of factspec (registered through the ``pytest11`` entry point).

It is the only engine module that imports pytest. Feature collection and verdict
recording arrive with the claims; until then the plugin only announces itself.
"""

from __future__ import annotations

import pytest


def pytest_report_header(config: pytest.Config) -> str:
    """Say in the run's header that factspec is active, so users know the plugin loaded."""
    from factspec import __version__

    return f"factspec {__version__}"
