"""``python -m factspec``: the same command line as the ``factspec`` script."""

import sys

from factspec.cli import main

sys.exit(main())
