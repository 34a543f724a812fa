"""The event tagger, as its steps: text, mentions, speech, cues, news, roles, dates and
casualties (see `tui.tagger.core` for how `Tagger.tag` reads a report).

The names other packages use are importable from here.
"""

from tui.tagger.bench import bench, main
from tui.tagger.core import Tagger
from tui.tagger.text import split_sentences, unique_in_order

__all__ = ["Tagger", "bench", "main", "split_sentences", "unique_in_order"]
