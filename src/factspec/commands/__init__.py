"""The subcommands of ``factspec``: each module adds its parser with ``register(subparsers)``."""
