"""`python -m languages.smalltalk [-cp DIR:DIR...] Main.som [ARGS...]` runs a SOM program."""

import sys

from languages.smalltalk.target import entry_point

if __name__ == "__main__":
    sys.exit(entry_point(sys.argv))
