"""The SOM VM's entry point: `entry_point(argv)` for `kit run`/`kit translate`, and the CLI.

Usage: som [-cp DIR:DIR...] Main.som [ARGS...]. The class path is the directory of Main.som,
then the -cp directories in order, then our core library. Exit status 0 unless the program
calls `system exit:` or fails with a SOM error (status 1).
"""

import os
import sys
import time

import languages.smalltalk.universe as universe
from kit.rlib import jit
from kit.rlib.objectmodel import we_are_translated
from languages.smalltalk.callstack import call_stack
from languages.smalltalk.errors import ParseError, SomError, SomExit
from languages.smalltalk.frame import ReturnException
from languages.smalltalk.output import output
from languages.smalltalk.primitives.system_prims import print_stack_trace
from languages.smalltalk.sourcefiles import read_text_file, split_path, strip_extension
from languages.smalltalk.state import vm

CORELIB_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corelib")

USAGE = """usage: som [-cp DIR:DIR...] [--jit PARAMS] Main.som [ARGS...]
  -cp PATH      directories to search for classes, separated by ':' (before the core library)
  --jit PARAMS  off, or JIT parameters NAME=N,... (threshold, trace_eagerness, trace_limit), or
                enable_opts=PASS:PASS... (the trace optimizer's passes); only a VM
                translated with --jit has a JIT (elsewhere this is checked and ignored)
  -h            show this help
"""

# The trace optimizer's passes the VM asks for: all but loop peeling ("unroll"). Without it the
# traces are half as long, so cheaper to compile, and the SOM benchmarks run as fast or faster
# (Richards 3.8 s instead of 4.7 s; benchmarks/RESULTS.md, SOM section); the JIT of main at
# 7daf741 also miscompiled some SOM loops with peeling (fixed in 952b85d). `--jit
# enable_opts=all` or KIT_JIT=enable_opts=all turn it on. (Translated only: untranslated,
# kit.rlib.jit accepts numbers alone.)
DEFAULT_JIT_OPTIMIZATIONS = "enable_opts=intbounds:rewrite:virtualize:pure:heap"
# A bridge is traced after 5 failures of its guard, not the kit's 200: a failing guard resumes in
# the JIT's slow blackhole interpreter, and while it runs, the calls it makes (a recursive
# method's calls of itself, loops it enters) run in the interpreter without their compiled code;
# a guard that fails once per call of an outer recursive method costs a whole subtree each time.
# (Towers 1.6 s -> 1.0 s, Richards 1.3 -> 0.95, Json 3.2 -> 2.6.)
DEFAULT_JIT_PARAMETERS = "trace_eagerness=5"
OPTIMIZER_PASSES = ["intbounds", "rewrite", "virtualize", "pure", "heap", "unroll", "all", "none"]


def check_jit_params(text: str) -> str:
    """What is wrong with a --jit argument ("" if nothing): off, default, noopt, NAME=N,... or
    enable_opts=PASS:PASS..."""
    if text == "off" or text == "default" or text == "noopt":
        return ""
    for item in text.split(","):
        parts = item.split("=")
        if len(parts) == 2 and parts[0] == "enable_opts":
            for name in parts[1].split(":"):
                if name not in OPTIMIZER_PASSES:
                    return "unknown optimizer pass '%s' (known: %s)" % (name, ", ".join(OPTIMIZER_PASSES))
            continue
        if len(parts) != 2 or parts[0] not in jit.PARAMETERS:
            return "unknown JIT parameter '%s' (known: %s)" % (item, ", ".join(sorted(jit.PARAMETERS)))
        if parts[1] == "" or not parts[1].isdigit():
            return "the JIT parameter %s needs a number, not '%s'" % (parts[0], parts[1])
    return ""

# Untranslated, every SOM send costs several Python frames (import time: any Python is fine).
sys.setrecursionlimit(max(sys.getrecursionlimit(), 200000))


class Options:
    def __init__(self) -> None:
        self.classpath = []
        self.main_path = ""
        self.args = []
        self.show_help = False
        self.jit_params = ""
        self.error = ""


def parse_options(argv: list) -> Options:
    options = Options()
    i = 1
    while i < len(argv):
        arg = argv[i]
        if arg == "-h" or arg == "--help":
            options.show_help = True
            return options
        if arg == "-cp" or arg == "--classpath":
            if i + 1 >= len(argv):
                options.error = "-cp needs a path"
                return options
            for directory in argv[i + 1].split(":"):
                if directory != "":
                    options.classpath.append(directory)
            i += 2
            continue
        if arg == "--jit":
            if i + 1 >= len(argv):
                options.error = "--jit needs parameters (off, or NAME=N,...)"
                return options
            problem = check_jit_params(argv[i + 1])
            if problem != "":
                options.error = problem
                return options
            options.jit_params = argv[i + 1]
            i += 2
            continue
        if arg.startswith("-") and len(arg) > 1:
            options.error = "unknown option %s" % arg
            return options
        options.main_path = arg
        options.args = argv[i + 1:]
        return options
    options.error = "no class file given"
    return options


def run(options: Options) -> int:
    directory, filename = split_path(options.main_path)
    class_name = strip_extension(filename)
    if not options.main_path.endswith(".som"):
        options.main_path = options.main_path + ".som"
    if read_text_file(options.main_path) is None:
        output.write_error("som: cannot read %s\n" % options.main_path)
        return 1
    classpath = [directory if directory != "" else "."]
    for entry in options.classpath:
        classpath.append(entry)
    classpath.append(CORELIB_DIR)
    vm.start_time = time.time()
    args = [class_name]
    for arg in options.args:
        args.append(arg)
    try:
        universe.bootstrap(classpath)
        universe.run_main(args)
    except SomExit as exit_request:
        output.flush()
        return exit_request.code
    except SomError as error:
        report_error(error.message, reversed_sites(error.sites))
        return 1
    except ParseError as error:
        output.write_error(error.format() + "\n")
        return 1
    except ReturnException:
        report_error("a non-local return reached the top level", call_stack.recorded_sites())
        return 1
    output.flush()
    return 0


def report_error(message: str, sites: list) -> None:
    output.write_error("ERROR: %s\n" % message)
    print_stack_trace(sites)


def reversed_sites(sites: list) -> list:
    """An error's sites (innermost first) outermost first."""
    result = []
    i = len(sites) - 1
    while i >= 0:
        result.append(sites[i])
        i -= 1
    return result


def entry_point(argv: list) -> int:
    options = parse_options(argv)
    if options.show_help:
        output.write(USAGE)
        output.flush()
        return 0
    if options.error != "":
        output.write_error("som: %s\n%s" % (options.error, USAGE))
        return 2
    if we_are_translated():
        # (untranslated there is no JIT, and kit.rlib.jit checks only NAME=NUMBER)
        jit.set_user_param(None, DEFAULT_JIT_OPTIMIZATIONS)
        jit.set_user_param(None, DEFAULT_JIT_PARAMETERS)
        if options.jit_params != "":
            jit.set_user_param(None, options.jit_params)
    try:
        return run(options)
    except RecursionError:
        # the host stack ran out before the SOM depth limit
        report_error("stack overflow (the machine stack is exhausted)", call_stack.recorded_sites())
        return 1
    except Exception as error:
        if not we_are_translated():
            raise  # untranslated, a bug in the VM should show its Python traceback
        report_error("internal error in the VM: %s" % type(error).__name__, call_stack.recorded_sites())
        return 70


def target(*args):
    return entry_point
