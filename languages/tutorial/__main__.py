"""`python -m languages.tutorial FILE`: the tutorial language on CPython."""

import sys

from languages.tutorial.target import entry_point

sys.exit(entry_point(sys.argv))
