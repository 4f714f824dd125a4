"""`python -m languages.python FILE.py`: the Python VM on CPython."""

import sys

from languages.python.main import entry_point

sys.exit(entry_point(sys.argv))
