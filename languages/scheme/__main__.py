"""`python -m languages.scheme [FILE [ARGS...] | -e EXPR]`: run the Scheme VM on CPython."""

import sys

from languages.scheme.target import entry_point

# the expander recurses on the nesting of source forms; give deeply nested programs room
sys.setrecursionlimit(20000)
sys.exit(entry_point(["scheme"] + sys.argv[1:]))
