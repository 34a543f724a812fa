"""``python -m tui.tagger --bench 5000 [--jobs 2]`` (and ``--text``): see `tui.tagger.bench`."""

import sys

from tui.tagger.bench import main

if __name__ == "__main__":
    sys.exit(main())
