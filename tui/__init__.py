"""conflict-tui: many outlets' feeds about a war, one dated, source-linked timeline."""

__version__ = "0.1.0"
