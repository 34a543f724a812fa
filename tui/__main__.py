"""`python -m tui` behaves exactly like the `conflict-tui` command."""

import sys

from tui.cli import main

sys.exit(main())
