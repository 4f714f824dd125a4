"""The `kit` command: run a target on CPython, translate it, build a shipped VM, draw its graphs.

Every user mistake ends in a KitError printed without a traceback and a non-zero exit status.
"""

from __future__ import annotations

import argparse
import sys
import traceback
import types
from collections.abc import Sequence
from pathlib import Path

from kit.errors import KitError

USAGE_EXAMPLES = """examples:
  kit run examples/stackvm.py 1000
  kit build tutorial
  kit graph examples/stackvm.py -o stackvm.html
  kit graph examples/stackvm.py:run_program
  KITLOG=jit:trace.log build/bin/kit-tutorial prog.tut && kit jitview trace.log -o trace.html
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kit", description="kit: an interpreter construction kit",
                                     epilog=USAGE_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="run a target's entry_point untranslated, on CPython")
    run.add_argument("target", metavar="TARGET.py")
    run.add_argument("args", nargs=argparse.REMAINDER, metavar="ARGS")

    translate = commands.add_parser("translate", help="translate a target to a native executable")
    translate.add_argument("target", metavar="TARGET.py")
    translate.add_argument("-o", dest="output", metavar="EXE")
    translate.add_argument("--opt", type=int, choices=range(4), default=2, metavar="0-3")
    translate.add_argument("--gc", default="generational", metavar="NAME",
                           help="generational (default) or marksweep")
    translate.add_argument("--gc-stress", type=int, nargs="?", const=1, default=0, metavar="N",
                           help="collect at every allocation (or every Nth); KIT_GC_STRESS=N overrides at run time")
    translate.add_argument("--keep-ir", action="store_true", help="also write the LLVM IR next to the executable")
    translate.add_argument("--jit", nargs="?", const="llvm", default=None, metavar="BACKEND",
                           help="generate a JIT compiler from the interpreter's hints (backend: llvm, the "
                                "default, or interp: a trace interpreter for tests)")
    translate.add_argument("--sandbox", action="store_true")

    build = commands.add_parser("build", help="translate a shipped language VM into ./build/bin/kit-NAME",
                                description="translate a shipped language VM into ./build/bin/kit-NAME; NAME is one "
                                            "of: " + ", ".join(LANGUAGES))
    build.add_argument("language", metavar="NAME")
    build.add_argument("-o", dest="output", metavar="EXE", help="default: build/bin/kit-NAME")
    build.add_argument("--opt", type=int, choices=range(4), default=2, metavar="0-3")
    build.add_argument("--gc", default="generational", metavar="NAME", help="generational (default) or marksweep")
    build.add_argument("--keep-ir", action="store_true", help="also write the LLVM IR next to the executable")
    build.add_argument("--jit", default="llvm", metavar="BACKEND",
                       help="the JIT's backend: llvm (the default) or interp; a VM without JIT hints is built "
                            "without a JIT")
    build.add_argument("--no-jit", dest="jit", action="store_const", const=None, help="build the interpreter alone")

    graph = commands.add_parser("graph", help="draw the flow graphs of a target as an HTML page")
    graph.add_argument("target", metavar="TARGET.py[:FUNC]")
    graph.add_argument("-o", dest="output", metavar="FILE.html")

    jitview = commands.add_parser("jitview", help="show a JIT log (KITLOG=jit:FILE) as an HTML page")
    jitview.add_argument("log", metavar="LOGFILE")
    jitview.add_argument("-o", dest="output", metavar="FILE.html")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except KitError as exc:
        print(exc.format(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kit: interrupted", file=sys.stderr)
        return 130


def cmd_run(args: argparse.Namespace) -> int:
    from kit.target import find_entry_point, load_target
    entry = find_entry_point(load_target(args.target))
    # interpreters recurse deeply; CPython 3.11 runs Python-to-Python calls without C recursion
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    try:
        status = entry([args.target] + list(args.args))
    except SystemExit:
        raise
    except RecursionError:
        print("Fatal RPython error: RecursionError: maximum recursion depth exceeded", file=sys.stderr)
        return 1
    except Exception as exc:
        # like a translated program: the uncaught exception's class and message, plus where it came from
        tb = traceback.extract_tb(exc.__traceback__)
        user_frames = [f for f in tb if "/kit/" not in f.filename.replace("\\", "/") or "/examples/" in f.filename]
        print("Traceback (most recent call last):", file=sys.stderr)
        print("".join(traceback.format_list(user_frames)), end="", file=sys.stderr)
        print(f"Fatal RPython error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if not isinstance(status, int) or isinstance(status, bool):
        raise KitError(f"entry_point returned {status!r}; it must return an int (the exit status)")
    return status


def cmd_translate(args: argparse.Namespace) -> int:
    from kit.translator.driver import translate_target
    translate_target(args.target, args.output, args.opt, args.gc, args.jit, keep_ir=args.keep_ir,
                     gc_stress=args.gc_stress)
    return 0


# The language VMs shipped with kit: NAME -> the module whose entry_point `kit build NAME` translates.
LANGUAGES = {
    "tutorial": "languages.tutorial.target",
    "scheme": "languages.scheme.target",
    "smalltalk": "languages.smalltalk.target",
    "python": "languages.python.target",
}


def cmd_build(args: argparse.Namespace) -> int:
    import importlib

    from kit.target import find_entry_point
    from kit.translator.driver import translate_entry_point
    module_name = LANGUAGES.get(args.language)
    if module_name is None:
        raise KitError(f"unknown language {args.language!r}; `kit build` knows: {', '.join(LANGUAGES)}")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        raise KitError(f"cannot import {module_name} ({exc}): `kit build` needs kit's source tree") from None
    output = Path(args.output) if args.output else Path("build") / "bin" / f"kit-{args.language}"
    output.parent.mkdir(parents=True, exist_ok=True)
    print(f"kit build: {args.language} ({module_name}) -> {output}", file=sys.stderr, flush=True)
    translate_entry_point(find_entry_point(module), output, opt=args.opt, gc=args.gc, keep_ir=args.keep_ir,
                          jit=args.jit, jit_optional=True)
    return 0


def module_functions(module: types.ModuleType) -> list[tuple[str, types.FunctionType]]:
    """Functions and methods defined in `module`, in source order."""
    found: list[tuple[str, types.FunctionType]] = []
    for name, value in vars(module).items():
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            found.append((name, value))
        elif isinstance(value, type) and value.__module__ == module.__name__:
            for attr, member in vars(value).items():
                if isinstance(member, staticmethod | classmethod):
                    member = member.__func__
                if isinstance(member, types.FunctionType) and member.__module__ == module.__name__:
                    found.append((f"{name}.{attr}", member))
    found.sort(key=lambda item: item[1].__code__.co_firstlineno)
    return found


def cmd_graph(args: argparse.Namespace) -> int:
    from kit.flow import build_flow_graph
    from kit.target import load_target
    from kit.tools.graphpage import GRAPHVIZ_MISSING, have_dot, write_page

    path, _, func_name = args.target.partition(":")
    module = load_target(path)
    if func_name:
        value: object = module
        for part in func_name.split("."):
            value = getattr(value, part, None)
            if value is None:
                raise KitError(f"{path} has no function {func_name}")
        if isinstance(value, staticmethod | classmethod):
            value = value.__func__
        if not isinstance(value, types.FunctionType):
            raise KitError(f"{func_name} in {path} is not a Python function")
        functions = [(func_name, value)]
    else:
        functions = module_functions(module)
        if not functions:
            raise KitError(f"{path} defines no functions")
    graphs, errors = [], []
    for name, func in functions:
        try:
            graphs.append(build_flow_graph(func, name=name))
        except KitError as exc:
            errors.append((name, exc.format()))
            print(exc.format(), file=sys.stderr)
    output = args.output or f"{Path(path).stem}-graphs.html"
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    write_page(output, f"flow graphs of {Path(path).name}", graphs, errors)
    if not have_dot():
        print(f"kit graph: note: {GRAPHVIZ_MISSING}", file=sys.stderr)
    nblocks = sum(sum(1 for _ in g.iterblocks()) for g in graphs)
    print(f"kit graph: wrote {output}: {len(graphs)} graphs, {nblocks} blocks"
          + (f", {len(errors)} functions with errors" if errors else ""))
    return 1 if errors else 0


def cmd_jitview(args: argparse.Namespace) -> int:
    from kit.tools.jitview import write_jitview

    if not Path(args.log).is_file():
        raise KitError(f"no JIT log at {args.log} (write one with KITLOG=jit:{args.log} ./vm program)")
    output = args.output or f"{Path(args.log).stem}.html"
    log = write_jitview(args.log, output)
    loops = sum(1 for t in log.traces if t.kind == "loop")
    print(f"kit jitview: wrote {output}: {loops} loops, {len(log.traces) - loops} bridges, "
          f"{len(log.aborts)} aborted traces")
    return 0


COMMANDS = {"run": cmd_run, "translate": cmd_translate, "build": cmd_build, "graph": cmd_graph,
            "jitview": cmd_jitview}


if __name__ == "__main__":
    sys.exit(main())
