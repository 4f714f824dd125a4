"""The interpreter: builds the system namespace, runs programs, expressions and the REPL, and
reports uncaught conditions as `Error: <message> <irritants>` with the position of the raise.
"""

from __future__ import annotations

import os

from languages.scheme.compiler import Compiler
from languages.scheme.continuation import HaltCont
from languages.scheme.environment import Scope, W_Environment
from languages.scheme.libraries import LibraryManager, dirname
from languages.scheme.machine import Machine, SchemeUncaught
from languages.scheme.objects import (
    UNSPECIFIED,
    W_FALSE,
    SchemeError,
    SchemeExit,
    SourcePos,
    W_ErrorObject,
    W_Object,
    W_Values,
    sym,
)
from languages.scheme.ports import (
    W_BinaryOutputPort,
    W_FdTextInputPort,
    W_FdTextOutputPort,
    W_Port,
    W_TextOutputPort,
    read_file_text,
    write_all,
)
from languages.scheme.printer import write_string
from languages.scheme.procedures import W_Parameter
from languages.scheme.reader import Reader, ReadError
from languages.scheme.stdlib import (
    PRELUDE_SOURCE,
    install_libraries,
    install_primitives,
    install_special_forms,
    make_r5rs_environment,
    make_user_environment,
)
from languages.scheme.toplevel import start_program, start_sequence


class Interpreter:
    def __init__(self, command_line: list[str]) -> None:
        self.command_line = command_line
        self.compiler = Compiler(self)
        self.libraries = LibraryManager(self)
        self.system_env = W_Environment("system")
        self.system_scope = Scope(None, None, self.system_env)
        self.stdin = W_FdTextInputPort(0, os.isatty(0))
        self.stdout = W_FdTextOutputPort(1, True)
        self.stderr = W_FdTextOutputPort(2, False)
        self.current_input = W_Parameter(self.stdin, W_FALSE, "current-input-port")
        self.current_output = W_Parameter(self.stdout, W_FALSE, "current-output-port")
        self.current_error = W_Parameter(self.stderr, W_FALSE, "current-error-port")
        self.open_ports: list[W_Port] = []
        self.machine = Machine(self)
        self.user_env = self.system_env
        self.boot()

    def boot(self) -> None:
        env = self.system_env
        install_special_forms(env)
        install_primitives(env)
        env.define_value("current-input-port", self.current_input, sym("current-input-port"))
        env.define_value("current-output-port", self.current_output, sym("current-output-port"))
        env.define_value("current-error-port", self.current_error, sym("current-error-port"))
        forms = Reader(PRELUDE_SOURCE, "<prelude>", False).read_all()
        self.run_forms(forms, self.system_scope)
        install_libraries(self)
        self.user_env = make_user_environment(env)

    # ---- services for the compiler and primitives ---------------------------------------------

    def system_procedure(self, name: str) -> W_Object:
        cell = self.system_env.cell_for(sym(name))
        value = cell.get()
        assert value is not None
        return value

    def r5rs_environment(self) -> W_Environment:
        return make_r5rs_environment(self)

    def track_port(self, port: W_Port) -> None:
        self.open_ports.append(port)

    def flush_console(self) -> None:
        self.stdout.flush()

    def flush_all(self) -> None:
        for port in self.open_ports:
            if port.is_open:
                if isinstance(port, W_TextOutputPort):
                    port.flush()
                elif isinstance(port, W_BinaryOutputPort):
                    port.flush()
        self.stdout.flush()
        self.stderr.flush()

    def run_forms(self, forms: list[W_Object], scope: Scope) -> W_Object:
        """Run top-level forms to completion on a machine of their own (library bodies, the
        prelude); an uncaught condition becomes a SchemeError for the caller."""
        m = Machine(self)
        start_sequence(m, forms, scope)
        try:
            return m.run()
        except SchemeUncaught as uncaught:
            raise SchemeError(uncaught.payload) from None

    def run_library_form(self, form: W_Object) -> None:
        self.run_forms([form], Scope(None, None, self.user_env))

    # ---- programs -----------------------------------------------------------------------------

    def run_file(self, path: str) -> int:
        text = read_file_text(path)
        if text is None:
            self.error_line("Error: cannot read file " + path, None)
            return 1
        self.libraries.search_dirs = [dirname(path), "."]
        return self.run_text(text, path, False)

    def run_text(self, text: str, filename: str, print_result: bool) -> int:
        """Read all of `text` (so a malformed program runs nothing), then run it; the exit status."""
        try:
            program = Reader(text, filename).read_program()
        except ReadError as error:
            self.error_line("Error: " + error.reason, error.pos)
            return 1
        m = self.machine
        m.cont = HaltCont()
        start_program(m, program, Scope(None, None, self.user_env))
        status = self.execute(m, print_result)
        self.flush_all()
        return status

    def execute(self, m: Machine, print_result: bool) -> int:
        try:
            result = m.run()
        except SchemeUncaught as uncaught:
            self.report(uncaught.payload, uncaught.pos)
            return 1
        except SchemeExit as leaving:
            return leaving.code
        except RecursionError:
            self.error_line("Error: nesting too deep", None)
            return 1
        if print_result:
            self.print_result(result)
        return 0

    def print_result(self, value: W_Object) -> None:
        if value is UNSPECIFIED:
            return
        if isinstance(value, W_Values):
            for item in value.items:
                self.stdout.write(write_string(item) + "\n")
        else:
            self.stdout.write(write_string(value) + "\n")
        self.stdout.flush()

    # ---- errors -------------------------------------------------------------------------------

    def report(self, payload: W_Object, pos: SourcePos | None) -> None:
        if isinstance(payload, W_ErrorObject):
            parts = [payload.message]
            for irritant in payload.irritants:
                parts.append(write_string(irritant))
            message = " ".join(parts)
            payload_pos = payload.pos
            if payload_pos is not None:
                pos = payload_pos
            if payload.kind == "read":
                message = "read error: " + message
        else:
            message = "uncaught exception: " + write_string(payload)
        self.error_line("Error: " + message, pos)

    def error_line(self, message: str, pos: SourcePos | None) -> None:
        self.flush_all()
        text = message + "\n"
        if pos is not None:
            text += "  at " + pos.describe() + "\n"
        write_all(2, text.encode("utf-8"))

    # ---- the REPL -----------------------------------------------------------------------------

    def repl(self) -> int:
        out = self.stdout
        pending = ""
        while True:
            out.write("> " if pending == "" else "  ")
            out.flush()
            line = self.stdin.read_line()
            if line is None:
                out.write("\n")
                out.flush()
                return 0
            pending = pending + line + "\n"
            try:
                program = Reader(pending, "<repl>").read_program()
            except ReadError as error:
                if error.incomplete:
                    continue
                self.error_line("Error: " + error.reason, error.pos)
                pending = ""
                continue
            pending = ""
            for top in program:
                m = self.machine
                m.winders = None
                m.handlers = None
                m.params = None
                m.cont = HaltCont()
                start_program(m, [top], Scope(None, None, self.user_env))
                self.execute_repl(m)

    def execute_repl(self, m: Machine) -> None:
        try:
            result = m.run()
        except SchemeUncaught as uncaught:
            self.report(uncaught.payload, uncaught.pos)
            return
        except SchemeExit as leaving:
            self.flush_all()
            raise leaving
        except RecursionError:
            self.error_line("Error: nesting too deep", None)
            return
        self.print_result(result)

