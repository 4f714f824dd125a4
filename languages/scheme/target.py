"""The Scheme VM's target: `entry_point(argv)` for `kit run`, `python -m languages.scheme` and
translation. Usage: [--jit PARAMS] [FILE [ARGS...]] | -e EXPR [ARGS...] | (nothing: the REPL)."""

from __future__ import annotations

from kit.interp.language import check_jit_params
from kit.rlib import jit
from languages.scheme.interpreter import Interpreter
from languages.scheme.ports import write_all

USAGE = """usage: scheme [--jit PARAMS] [FILE [ARGS...]]   run a program (its arguments go to (command-line))
       scheme [--jit PARAMS] -e EXPR [ARGS...]   evaluate expressions and write the last value
       scheme [--jit PARAMS]                     start the REPL
  --jit PARAMS   JIT parameters: off, or NAME=N,... (threshold, trace_eagerness, trace_limit, ...)
"""


def entry_point(argv: list[str]) -> int:
    # a guard that fails 50 times gets its bridge (Pycket's setting; the default 200 leaves
    # Scheme's many data-dependent branches in the blackhole interpreter for long, and every
    # blackhole run is costly); --jit and KIT_JIT still override it
    jit.set_param(None, "trace_eagerness", 50)
    if len(argv) >= 2 and (argv[1] == "-h" or argv[1] == "--help"):
        write_all(1, USAGE.encode("utf-8"))
        return 0
    if len(argv) >= 2 and argv[1] == "--jit":
        if len(argv) < 3:
            write_all(2, ("Error: --jit needs parameters, e.g. --jit off or --jit threshold=200\n"
                          + USAGE).encode("utf-8"))
            return 2
        problem = check_jit_params(argv[2])
        if problem != "":
            write_all(2, ("Error: --jit: " + problem + "\n").encode("utf-8"))
            return 2
        jit.set_user_param(None, argv[2])
        argv = [argv[0]] + argv[3:]
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
