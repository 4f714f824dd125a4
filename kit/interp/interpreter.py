"""The bytecode interpreter base: a dispatch loop in which every opcode is a method, with the JIT
hints in place, so a language that subclasses it gets a JIT (issue 8) without writing one hint.

A language defines `opcodes = OpcodeTable(...)` and an `op_NAME` method per opcode of its own; when
the subclass is created, the base builds that class's dispatch loop (`execute`) from the table.
"""

from __future__ import annotations

from kit.interp.code import Code
from kit.interp.dis import dis
from kit.interp.errors import LanguageError
from kit.interp.frame import Frame
from kit.interp.opcodes import ARG_BITS, NEXT, OPCODE_MASK, RETURN, OpcodeTable
from kit.rlib.jit import JitDriver, promote, unroll_safe
from kit.rlib.objectmodel import not_rpython, we_are_translated
from kit.rlib.unroll import unrolling_iterable


class BytecodeInterpreter:
    """Runs code objects. Subclass it, set `opcodes`, write `op_NAME(self, frame, arg)` for each opcode
    of your own (jumps and branches: `op_NAME(self, frame, arg, next_pc) -> pc`; returns:
    `op_NAME(self, frame, arg) -> value`) and `is_true(value)`. The standard opcodes (LOAD_CONST,
    LOAD_LOCAL, STORE_LOCAL, POP, DUP, JUMP, POP_JUMP_IF_FALSE/TRUE, RETURN_VALUE) are implemented here.

    `execute(frame)` runs a frame to its end and returns its result; `call(frame)` does the same and
    counts the depth of nested calls, raising the language's RecursionError past `max_depth`.
    """

    opcodes: OpcodeTable | None = None
    max_depth = 10000
    jitdriver: JitDriver | None = None
    # untranslated, dispatch through a list of handlers (fast on CPython); tests set this to False
    # to run the chain that translation produces
    untranslated_fast_dispatch = True

    def __init__(self) -> None:
        self.depth = 0

    @not_rpython
    def __init_subclass__(cls, **kwargs: object) -> None:
        """Import time: a subclass that defines its `opcodes` gets its own dispatch loop."""
        super().__init_subclass__(**kwargs)
        if "opcodes" in cls.__dict__:
            install_dispatch_loop(cls)

    # ---- what a language provides ----------------------------------------------------------------

    def is_true(self, value) -> bool:
        """The truth of a value, for the conditional jumps."""
        raise NotImplementedError

    def execute(self, frame: Frame):
        """Run `frame` until a return instruction; its result."""
        return self.dispatch(frame, frame.code, 0)

    def dispatch(self, frame: Frame, code: Code, pc: int):
        """Run `frame` (whose code is `code`) from `pc` until a return instruction; its result. The
        JIT's portal (built per language from `opcodes`): its arguments include the greens, so a
        trace that meets a call of it knows which function of the program is entered."""
        raise NotImplementedError

    def describe_const(self, value) -> str:
        """How the disassembler shows a constant of the language (override for readable listings)."""
        return "<constant>"

    def dis(self, code: Code) -> str:
        """The listing of `code` (kit.interp.dis), with this language's opcodes and constants."""
        return dis(code, self.opcodes, self)

    # ---- calls -----------------------------------------------------------------------------------

    def call(self, frame: Frame):
        """Run a new frame for a call from the program: `execute`, with the call depth checked."""
        if self.depth >= self.max_depth:
            raise LanguageError("RecursionError", "maximum recursion depth (%d) exceeded" % self.max_depth)
        self.depth += 1
        try:
            result = self.execute(frame)
        finally:
            self.depth -= 1
        return result

    @unroll_safe
    def call_with_arguments(self, frame: Frame, code: Code, count: int):
        """Call `code` with the top `count` values of `frame`'s stack (popped) as its first locals;
        the result. A language checks the argument count first, in its own words."""
        callee = self.new_frame(code)
        index = count - 1
        while index >= 0:
            callee.locals[index] = frame.pop()
            index -= 1
        return self.call(callee)

    def new_frame(self, code: Code) -> Frame:
        """The frame for running `code` (languages with their own Frame subclass override this)."""
        return Frame(code)

    # ---- the standard opcodes --------------------------------------------------------------------

    def op_LOAD_CONST(self, frame: Frame, arg: int) -> None:
        frame.push(frame.code.consts[arg])

    def op_LOAD_LOCAL(self, frame: Frame, arg: int) -> None:
        frame.push(frame.load_local(arg))

    def op_STORE_LOCAL(self, frame: Frame, arg: int) -> None:
        frame.store_local(arg, frame.pop())

    def op_POP(self, frame: Frame, arg: int) -> None:
        frame.pop()

    def op_DUP(self, frame: Frame, arg: int) -> None:
        frame.push(frame.peek())

    def op_JUMP(self, frame: Frame, arg: int, next_pc: int) -> int:
        return arg

    def op_POP_JUMP_IF_FALSE(self, frame: Frame, arg: int, next_pc: int) -> int:
        if self.is_true(frame.pop()):
            return next_pc
        return arg

    def op_POP_JUMP_IF_TRUE(self, frame: Frame, arg: int, next_pc: int) -> int:
        if self.is_true(frame.pop()):
            return arg
        return next_pc

    def op_RETURN_VALUE(self, frame: Frame, arg: int):
        return frame.pop()


@not_rpython
def install_dispatch_loop(cls: type) -> None:
    """Give `cls` its own JitDriver and `execute` method, made from its opcode table (import time)."""
    table = cls.__dict__["opcodes"]
    for op in table.opcodes:
        if not callable(getattr(cls, op.method_name(), None)):
            raise TypeError(f"{cls.__name__} has no method {op.method_name()} for its opcode {op.name}")
    cls.jitdriver = make_jitdriver(table)
    cls.dispatch = make_dispatch_loop(table, cls.jitdriver)


@not_rpython
def make_jitdriver(table: OpcodeTable) -> JitDriver:
    """greens: the position in the user's program (pc, code); reds: the frame (the JIT keeps its
    stack and locals in registers) and the interpreter."""
    language = table.language
    opcode_names = table.names

    def get_printable_location(pc: int, code: Code) -> str:
        word = code.bytecode[pc]
        opcode = word & OPCODE_MASK
        name = "<opcode %d>" % opcode
        if 0 <= opcode < len(opcode_names):
            name = opcode_names[opcode]
        return "%s: %s, line %d, #%d %s" % (language, code.name, code.line_at(pc), pc, name)

    return JitDriver(greens=["pc", "code"], reds=["frame", "interp"], virtualizables=["frame"],
                     get_printable_location=get_printable_location, is_recursive=True, name=language)


@not_rpython
def make_dispatch_loop(table: OpcodeTable, driver: JitDriver):
    """The `dispatch` method for one language. The `for` over `handlers` is unrolled when translated,
    into a chain of `if opcode == N: self.op_NAME(...)` that LLVM turns into a jump table."""
    handlers = unrolling_iterable([(op.number, op.method_name(), op.kind) for op in table.opcodes])
    # untranslated, a list lookup is much faster on CPython than walking the chain
    handler_list = [(op.method_name(), op.kind) for op in table.opcodes]

    def dispatch(self, frame, code, pc):
        while True:
            driver.jit_merge_point(pc=pc, code=code, frame=frame, interp=self)
            # the handlers read the frame's code: in a trace it is the green `code`, a constant
            promote(frame.code)
            word = code.bytecode[pc]
            opcode = word & OPCODE_MASK
            arg = word >> ARG_BITS
            next_pc = pc + 1
            try:
                if not we_are_translated() and self.untranslated_fast_dispatch:
                    if not 0 <= opcode < len(handler_list):
                        raise LanguageError("SystemError", "unknown opcode %d" % opcode)
                    method_name, kind = handler_list[opcode]
                    method = getattr(self, method_name)
                    if kind == NEXT:
                        method(frame, arg)
                        pc = next_pc
                    elif kind == RETURN:
                        return method(frame, arg)
                    else:
                        pc = method(frame, arg, next_pc)
                    continue
                for number, method, kind in handlers:
                    if opcode == number:
                        if kind == NEXT:
                            getattr(self, method)(frame, arg)
                            pc = next_pc
                        elif kind == RETURN:
                            return getattr(self, method)(frame, arg)
                        else:
                            pc = getattr(self, method)(frame, arg, next_pc)
                            if pc < next_pc:
                                driver.can_enter_jit(pc=pc, code=code, frame=frame, interp=self)
                        break
                else:
                    raise LanguageError("SystemError", "unknown opcode %d" % opcode)
            except LanguageError as error:
                error.set_position(frame.code.line_at(pc), frame.code.column_at(pc))
                raise

    # (the flow builder finds a function's source by its __name__, so it keeps the name `dispatch`)
    return dispatch

