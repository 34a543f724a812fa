"""Reusable widgets: the virtual lists, the entry detail pane, the status line."""
