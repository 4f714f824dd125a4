"""The Scheme VM's target: `entry_point(argv)` for `kit run`, `python -m languages.scheme` and
(later) translation. Usage: [FILE [ARGS...]] | -e EXPR [ARGS...] | (nothing: the REPL)."""

from __future__ import annotations

from languages.scheme.interpreter import Interpreter
from languages.scheme.ports import write_all

USAGE = """usage: scheme [FILE [ARGS...]]   run a program (its arguments go to (command-line))
       scheme -e EXPR [ARGS...]   evaluate expressions and write the last value
       scheme                     start the REPL
"""


def entry_point(argv: list[str]) -> int:
    if len(argv) >= 2 and (argv[1] == "-h" or argv[1] == "--help"):
        write_all(1, USAGE.encode("utf-8"))
        return 0
    if len(argv) >= 2 and argv[1] == "-e":
        if len(argv) < 3:
            write_all(2, ("Error: -e needs an expression\n" + USAGE).encode("utf-8"))
            return 2
        vm = Interpreter(["-e"] + argv[3:])
        return vm.run_text(argv[2], "<expression>", True)
    if len(argv) >= 2:
        vm = Interpreter(argv[1:])
        return vm.run_file(argv[1])
    vm = Interpreter([argv[0] if len(argv) > 0 else "scheme"])
    return vm.repl()


def target() -> object:
    return entry_point
