"""Small modal dialogs: a text prompt, the timeline and item filters."""
