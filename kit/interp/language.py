"""The `Language` base: everything a language's executable does besides the language itself —
the command line, reading files, the REPL, reporting errors and choosing the exit status.

    class Tutorial(Language):
        name = "tutorial"; file_extension = ".tut"; version = "1.0"
        def parse(self, source, filename): ...    # -> the language's program (raise LanguageError)
        def run(self, program): ...               # runs it (raise LanguageError / ProgramExit)

    entry_point = entry_point_for(Tutorial)       # in the target module
"""

from __future__ import annotations

import os
import sys

from kit.interp.builder import BuilderError
from kit.interp.errors import LanguageError, ProgramExit, UsageError, syntax_error
from kit.interp.files import FileError, LineReader, read_file, write_all, write_error
from kit.rlib import jit
from kit.rlib.objectmodel import not_rpython, we_are_translated
from kit.rlib.parsing import SourceError
from kit.rlib.rio import flush_stdout

# exit statuses
EXIT_OK = 0
EXIT_ERROR = 1          # the program failed: a syntax or run-time error, an unreadable file
EXIT_USAGE = 2          # the command line was wrong
EXIT_INTERNAL = 70      # a bug in the VM itself (EX_SOFTWARE), translated only


class Language:
    """A language's command line. Subclasses set `name`, `file_extension` and `version` and define
    `parse` and `run`; they may override the hooks below (their own options, how the REPL runs
    input and decides it needs more lines, how errors are shown).

    One Language instance runs one command line: `main(argv)` parses the options, then runs a file,
    the `-c` code or the REPL. State the language keeps in `self` lasts across REPL inputs.
    """

    name = "language"
    file_extension = ""
    version = "0.1"
    option_help = ""        # lines for -h describing the language's own options
    prompt = "> "           # the REPL's prompts (shown only when standard input is a terminal)
    continuation_prompt = ". "

    def __init__(self) -> None:
        self.argv: list[str] = []   # the program's arguments: its file (or -c, or "") and the rest
        self.filename = ""          # the name errors give the program being run (FILE, -c, <stdin>)
        self.input_fd = 0           # where the REPL and `-` read from (tests give it a pipe)

    # ---- what a language provides ----------------------------------------------------------------

    def parse(self, source: str, filename: str):
        """The program in `source`; raise LanguageError (kit's LexerError/ParsingError are turned
        into SyntaxErrors for you)."""
        raise NotImplementedError

    def run(self, program) -> None:
        """Run a parsed program; raise LanguageError for the user's mistakes, ProgramExit to stop."""
        raise NotImplementedError

    # ---- hooks with defaults ---------------------------------------------------------------------

    def handle_option(self, argv: list[str], index: int) -> int:
        """A language's own option at argv[index]: how many items it used (0: not an option of this
        language, an error). Raise UsageError for a bad value."""
        return 0

    def run_repl_input(self, program) -> None:
        """Run one complete input of the REPL (default: like a file; a language may print the value)."""
        self.run(program)

    def needs_more_input(self, source: str, error: LanguageError) -> bool:
        """In the REPL: is `error` (from parsing `source`) only the input stopping too early?"""
        return error.incomplete

    def report(self, error: LanguageError, filename: str) -> None:
        """Show an error of the user's program (default: one line on standard error)."""
        write_error(error.format(filename))

    # ---- the command line ------------------------------------------------------------------------

    def usage(self) -> str:
        ext = ""
        if self.file_extension != "":
            ext = " (%s files end in %s)" % (self.name, self.file_extension)
        text = ("usage: %s [OPTIONS] [FILE [ARGS...]]\n"
                "  FILE [ARGS...]     run the program in FILE%s; - reads it from standard input\n"
                "  -c CODE [ARGS...]  run the program CODE\n"
                "  (no FILE)          read programs from standard input line by line (the REPL)\n"
                "  --jit PARAMS       JIT parameters: off, or NAME=N,... (threshold, trace_limit, ...)\n"
                "  --version          show the version\n"
                "  -h, --help         show this help\n" % (self.name, ext))
        return text + self.option_help

    def main(self, argv: list[str]) -> int:
        """Run the command line `argv` (argv[0] is the program's own name); the exit status."""
        if not we_are_translated():
            allow_deep_recursion()
        try:
            status = self.dispatch(argv)
        except UsageError as error:
            write_error("%s: %s\n%s" % (self.name, error.message, "try '%s -h' for help" % self.name))
            status = EXIT_USAGE
        except ProgramExit as request:
            status = request.status
        flush_stdout()
        return status

    def dispatch(self, argv: list[str]) -> int:
        index = 1
        while index < len(argv):
            arg = argv[index]
            if arg == "-h" or arg == "--help":
                write_all(1, self.usage())
                return EXIT_OK
            if arg == "--version":
                write_all(1, "%s %s\n" % (self.name, self.version))
                return EXIT_OK
            if arg == "-c":
                if index + 1 >= len(argv):
                    raise UsageError("-c needs the code to run")
                self.argv = ["-c"] + argv[index + 2:]
                return self.run_source(argv[index + 1], "-c")
            if arg == "--jit" or arg.startswith("--jit="):
                if arg == "--jit":
                    if index + 1 >= len(argv):
                        raise UsageError("--jit needs parameters, e.g. --jit threshold=200 or --jit off")
                    text = argv[index + 1]
                    index += 2
                else:
                    text = arg[len("--jit="):]
                    index += 1
                apply_jit_params(text)
                continue
            if arg == "--":
                index += 1
                break
            if arg.startswith("-") and arg != "-":
                used = self.handle_option(argv, index)
                if used <= 0:
                    raise UsageError("unknown option %s" % arg)
                index += used
                continue
            break
        if index >= len(argv):
            self.argv = [""]
            return self.repl()
        self.argv = argv[index:]
        return self.run_file(argv[index])

    # ---- running ---------------------------------------------------------------------------------

    def run_file(self, path: str) -> int:
        try:
            source = read_file(path, self.input_fd)
        except FileError as error:
            write_error("%s: %s" % (self.name, error.message))
            return EXIT_ERROR
        return self.run_source(source, "<stdin>" if path == "-" else path)

    def run_source(self, source: str, filename: str) -> int:
        """Parse and run a whole program, reporting its error; the exit status. (A language that
        reads and runs a form at a time, like a Lisp, overrides this.)"""
        self.filename = filename
        try:
            program = self.parse_source(source, filename)
        except LanguageError as error:
            self.report(error, filename)
            return EXIT_ERROR
        return self.run_program(program, filename, False)

    def parse_source(self, source: str, filename: str):
        """`parse`, with kit's lexer and parser errors turned into SyntaxErrors (and code the code
        builder refuses, a bug in the language's compiler, into a CompilerError)."""
        try:
            return self.parse(source, filename)
        except SourceError as error:
            raise syntax_error(error) from None
        except BuilderError as error:
            raise LanguageError("CompilerError", error.message) from None

    def run_program(self, program, filename: str, in_repl: bool) -> int:
        """Run a parsed program (or REPL input), reporting its error; the exit status."""
        try:
            if in_repl:
                self.run_repl_input(program)
            else:
                self.run(program)
        except LanguageError as error:
            self.report(error, filename)
            return EXIT_ERROR
        except RecursionError:
            self.report(LanguageError("RecursionError", "maximum recursion depth exceeded"), filename)
            return EXIT_ERROR
        except MemoryError:
            self.report(LanguageError("MemoryError", "out of memory"), filename)
            return EXIT_ERROR
        except ProgramExit:
            raise
        except OSError as error:        # e.g. writing to a closed pipe
            write_error("%s: %s" % (self.name, error.strerror))
            return EXIT_ERROR
        except Exception as error:
            if not we_are_translated():
                raise       # untranslated, a bug in the VM shows its Python traceback
            write_error("%s: internal error: %s (a bug in the %s VM)" % (filename, type(error).__name__, self.name))
            return EXIT_INTERNAL
        return EXIT_OK

    def repl(self) -> int:
        """Read programs from standard input: a complete input (as `parse` sees it) runs at once,
        an incomplete one waits for more lines. Prompts and the banner appear only on a terminal.
        The status: 0, or 1 when input that is not a terminal had an error (like a script)."""
        interactive = os.isatty(self.input_fd)
        if interactive:
            write_all(1, "%s %s (kit) - end with Ctrl-D\n" % (self.name, self.version))
        reader = LineReader(self.input_fd)
        self.filename = "<stdin>"
        pending = ""
        failed = False
        while True:
            if interactive:
                flush_stdout()
                write_all(1, self.prompt if pending == "" else self.continuation_prompt)
            line = reader.read_line()
            if line is None:
                if interactive:
                    write_all(1, "\n")
                if pending.strip() != "" and self.run_source(pending, "<stdin>") != EXIT_OK:
                    failed = True
                break
            pending = pending + line + "\n"
            try:
                program = self.parse_source(pending, "<stdin>")
            except LanguageError as error:
                if self.needs_more_input(pending, error):
                    continue
                self.report(error, "<stdin>")
                failed = True
                pending = ""
                continue
            pending = ""
            if self.run_program(program, "<stdin>", True) != EXIT_OK:
                failed = True
        if failed and not interactive:
            return EXIT_ERROR
        return EXIT_OK


def check_jit_params(text: str) -> str:
    """What is wrong with a --jit argument ("" if nothing): `off`, `on`, `default` or NAME=N,..."""
    if text == "off" or text == "on" or text == "default":
        return ""
    for item in text.split(","):
        parts = item.split("=")
        if len(parts) != 2 or parts[0] not in jit.PARAMETERS:
            return "unknown JIT parameter '%s' (known: %s)" % (item, ", ".join(JIT_PARAMETER_NAMES))
        if parts[1] == "" or not parts[1].isdigit():
            return "the JIT parameter %s needs a number, not '%s'" % (parts[0], parts[1])
    return ""


JIT_PARAMETER_NAMES = sorted(jit.PARAMETERS)


def apply_jit_params(text: str) -> None:
    """--jit PARAMS: checked here, then handed to every JIT driver of the program."""
    problem = check_jit_params(text)
    if problem != "":
        raise UsageError(problem)
    jit.set_user_param(None, text)


@not_rpython
def allow_deep_recursion() -> None:
    """Untranslated, each call of the interpreted program costs a few Python frames."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100000))


@not_rpython
def entry_point_for(language_class: type) -> object:
    """The `entry_point(argv) -> int` of a target module: a fresh `language_class()` runs argv."""
    def entry_point(argv: list[str]) -> int:
        return language_class().main(argv)
    return entry_point
