"""Allow ``python -m cartapp``."""

import sys

from cartapp.cli import main

sys.exit(main())
