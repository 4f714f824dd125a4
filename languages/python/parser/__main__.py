"""`python -m languages.python.parser FILE [--attributes]`: print the AST of FILE as ast.dump does.

A syntax error prints CPython's last traceback lines (file, line, caret, message) and exits 1.
"""

from __future__ import annotations

import sys

from languages.python.parser.errors import PySyntaxError
from languages.python.parser.parser import dump, parse


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 1:
        sys.stderr.write("usage: python -m languages.python.parser FILE [--attributes] [--mode=exec|eval|single]\n")
        return 2
    mode = "exec"
    for a in argv:
        if a.startswith("--mode="):
            mode = a[len("--mode="):]
    path = args[0]
    with open(path, encoding="utf-8") as f:
        source = f.read()
    try:
        tree = parse(source, path, mode)
    except PySyntaxError as e:
        sys.stderr.write(e.format())
        return 1
    sys.stdout.write(dump(tree, "--attributes" in argv) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
