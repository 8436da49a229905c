"""``python -m castguard``."""

import sys

from castguard.cli import main

sys.exit(main())
