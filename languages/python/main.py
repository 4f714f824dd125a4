"""The Python VM's command line on kit's Language base: parse and compile a program, run it as
the __main__ module, and report an uncaught exception with a CPython-style traceback (status 1).
"""

from __future__ import annotations

import os

from kit.interp import Language, LanguageError, ProgramExit, UsageError, entry_point_for
from kit.interp.files import write_error
from languages.python.compiler.codegen import compile_ast
from languages.python.interpreter import interp
from languages.python.interpreter.state import state
from languages.python.modules import builtins, setup
from languages.python.objspace import dictobject, exceptions, intobject, ops, strobject
from languages.python.objspace.root import OperationError, w_None
from languages.python.parser.errors import PySyntaxError
from languages.python.parser.parser import parse


class Python(Language):
    name = "python"
    file_extension = ".py"
    version = "3.11 (kit)"

    def __init__(self) -> None:
        Language.__init__(self)
        self.w_main_dict = dictobject.W_DictObject()
        self.ready = False
        self.in_repl = False

    def parse(self, source: str, filename: str):
        state.source_cache[filename] = source
        if self.in_repl and continues_block(source):
            raise incomplete_input()
        try:
            tree = parse(source, filename, "exec")
            return compile_ast(tree, source, filename, self.in_repl)
        except PySyntaxError as error:
            if self.in_repl and at_end_of_input(error, source):
                raise incomplete_input() from None
            raise LanguageError(PRINTED, error.format().rstrip("\n")) from None

    def report(self, error: LanguageError, filename: str) -> None:
        """Python's own errors come formatted (a SyntaxError, a traceback already printed)."""
        builtins.flush()
        if error.kind == PRINTED:
            if error.message != "":
                write_error(error.message)
            return
        Language.report(self, error, filename)

    def repl(self) -> int:
        """The interactive loop: a compound statement continues to an empty line, and the value
        of an expression statement is shown."""
        self.in_repl = True
        return Language.repl(self)

    def run_repl_input(self, program) -> None:
        self.prepare()
        try:
            interp.run_code(program, self.w_main_dict, self.w_main_dict)
        except OperationError as error:
            status = report_uncaught(error)
            if ops.isinstance_type(error.w_value, exceptions.w_SystemExit):
                raise ProgramExit(status) from None
            raise LanguageError(PRINTED, "") from None
        builtins.flush()

    option_help = "  -m MODULE [ARGS...]  run MODULE.py (or MODULE/__main__.py) from the current directory\n"

    def handle_option(self, argv: list[str], index: int) -> int:
        """-m MODULE: run a module's file as __main__ (the rest of argv are its arguments)."""
        if argv[index] != "-m":
            return 0
        if index + 1 >= len(argv):
            raise UsageError("-m needs a module name")
        name = argv[index + 1]
        base = os.getcwd() + "/" + name.replace(".", "/")
        path = base + ".py"
        try:
            os.close(os.open(path, os.O_RDONLY, 0))
        except OSError:
            path = base + "/__main__.py"
        self.argv = [path] + argv[index + 2:]
        raise ProgramExit(self.run_file(path))

    def run_file(self, path: str) -> int:
        """Like CPython, the main script is known by its absolute path (in tracebacks)."""
        if path != "-" and not path.startswith("/"):
            path = os.getcwd() + "/" + path
        slash = path.rfind("/")
        if slash > 0:
            state.path = [path[:slash]]
        if path != "-":
            dictobject.setitem_str(self.w_main_dict, "__file__", strobject.newstr(path))
        return Language.run_file(self, path)

    def parse_source(self, source: str, filename: str):
        """`parse` (the base class's version also catches kit's lexer, parser and code-builder
        errors, which this front end never raises)."""
        return self.parse(source, filename)

    def prepare(self) -> None:
        if self.ready:
            return
        self.ready = True
        state.path = state.path + pythonpath_entries()
        setup.initialize(self.argv)
        dictobject.setitem_str(self.w_main_dict, "__name__", strobject.newstr("__main__"))
        dictobject.setitem_str(self.w_main_dict, "__doc__", w_None)
        dictobject.setitem_str(self.w_main_dict, "__builtins__", setup.builtins_module())
        from languages.python.modules import importing
        from languages.python.objspace import moduleobject
        importing.register("__main__", moduleobject.W_ModuleObject("__main__", self.w_main_dict))
        importing.register("builtins", setup.builtins_module())

    def run(self, program) -> None:
        self.prepare()
        status = 0
        try:
            interp.run_code(program, self.w_main_dict, self.w_main_dict)
        except OperationError as error:
            status = report_uncaught(error)
        builtins.flush()
        if status != 0:
            raise ProgramExit(status)


def pythonpath_entries() -> list[str]:
    """Like CPython, the directories in $PYTHONPATH come after the script's own on the import path."""
    value = os.getenv("PYTHONPATH")
    if value is None:
        return []
    return [entry for entry in value.split(":") if entry != ""]


# the kind of LanguageError whose message is the full text CPython would print (or "" if printed)
PRINTED = "python"


def incomplete_input() -> LanguageError:
    error = LanguageError("SyntaxError", "incomplete input")
    error.incomplete = True
    return error


def continues_block(source: str) -> bool:
    """In the REPL, a compound statement (its first line ends with ':') runs at an empty line."""
    lines = source.split("\n")
    first = lines[0].strip()
    if not first.endswith(":"):
        return False
    return not source.endswith("\n\n")


def at_end_of_input(error: PySyntaxError, source: str) -> bool:
    """A syntax error that more lines could fix (an open bracket or block at the end)."""
    message = error.msg
    if message.endswith("was never closed") or message.startswith("expected an indented block"):
        return True
    return message.startswith("unexpected EOF") or message == "incomplete input"


def report_uncaught(error: OperationError) -> int:
    """Print the traceback (or handle SystemExit); the exit status."""
    from languages.python.interpreter import traceback
    w_exc = error.w_value
    builtins.flush()
    if ops.isinstance_type(w_exc, exceptions.w_SystemExit):
        return system_exit_status(w_exc)
    write_error(traceback.format_exception(w_exc).rstrip("\n"))
    return 1


def system_exit_status(w_exc) -> int:
    assert isinstance(w_exc, exceptions.W_BaseException)
    if len(w_exc.args_w) == 0:
        return 0
    w_code = w_exc.args_w[0]
    if len(w_exc.args_w) > 1:
        w_code = ops.newtuple(w_exc.args_w)
    if w_code is w_None:
        return 0
    if isinstance(w_code, intobject.W_IntObject):
        return w_code.intval & 0xFF
    write_error(ops.str_w(w_code))
    return 1


entry_point = entry_point_for(Python)
