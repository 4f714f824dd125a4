"""Code objects: the compiler's output for one scope (module, class body, function, lambda,
comprehension) — bytecode words, constants, names, the line table and the exception table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from languages.python.compiler import opcodes as op
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import make_builtin_type, w_object

if TYPE_CHECKING:
    from languages.python.interpreter.attrcache import AttrCacheEntry

# co_flags, as CPython numbers them
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


class PyCode(W_Root):
    """One compiled scope. Instruction i is `bytecode[i]` = opcode | argument << 8; it came from
    source line `lines[i]`, columns `columns[i]`..`end_columns[i]`; if it raises, control goes to
    `handler_targets[handlers[i]]` with the stack cut to `handler_depths[...]` (no handler: -1)."""

    _immutable_fields_ = ["name", "qualname", "filename", "firstlineno", "argcount", "posonlyargcount",
                          "kwonlyargcount", "flags", "varnames[*]", "cellvars[*]", "freevars[*]",
                          "names[*]", "names_w[*]", "consts_w[*]", "bytecode[*]", "lines[*]",
                          "handlers[*]", "handler_targets[*]", "handler_depths[*]", "handler_lasti[*]",
                          "stacksize", "cell2arg[*]", "nlocals", "ncells", "yielding_loops[*]"]

    def __init__(self, name: str, qualname: str, filename: str, firstlineno: int, argcount: int,
                 posonlyargcount: int, kwonlyargcount: int, flags: int, varnames: list[str],
                 cellvars: list[str], freevars: list[str], names: list[str], consts_w: list[W_Root],
                 bytecode: list[int], lines: list[int], columns: list[int], end_lines: list[int],
                 end_columns: list[int], handlers: list[int], handler_targets: list[int],
                 handler_depths: list[int], handler_lasti: list[bool], stacksize: int,
                 docstring: W_Root | None) -> None:
        from languages.python.objspace import strobject
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.flags = flags
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.names = names
        self.names_w = [strobject.interned(n) for n in names]     # hashed already: globals are read by them
        self.consts_w = consts_w
        self.bytecode = bytecode
        self.lines = lines
        self.columns = columns
        self.end_lines = end_lines
        self.end_columns = end_columns
        self.handlers = handlers
        self.handler_targets = handler_targets
        self.handler_depths = handler_depths
        self.handler_lasti = handler_lasti
        self.stacksize = stacksize
        # the interpreter's inline caches of attribute instructions, by pc (see attrcache)
        self.attr_caches: list[AttrCacheEntry | None] = [None] * len(bytecode)
        self.nlocals = len(varnames)
        self.ncells = len(cellvars) + len(freevars)
        self.w_docstring = docstring
        # for each cell variable that is also an argument, the argument's index (else -1)
        self.cell2arg = [-1] * len(cellvars)
        nargs = argcount + kwonlyargcount
        if flags & CO_VARARGS:
            nargs += 1
        if flags & CO_VARKEYWORDS:
            nargs += 1
        for i in range(len(cellvars)):
            for j in range(nargs):
                if varnames[j] == cellvars[i]:
                    self.cell2arg[i] = j
        self.yielding_loops = find_yielding_loops(bytecode, self.is_generator())

    def line_at(self, pc: int) -> int:
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return self.firstlineno

    def is_generator(self) -> bool:
        return (self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0

    def total_args(self) -> int:
        n = self.argcount + self.kwonlyargcount
        if self.flags & CO_VARARGS:
            n += 1
        if self.flags & CO_VARKEYWORDS:
            n += 1
        return n


def find_yielding_loops(bytecode: list[int], generator: bool) -> list[bool]:
    """For each pc: True at a backward JUMP whose loop body yields. Such a loop never comes
    back to its header within one run of the frame (each resumption runs one iteration), so it
    is no loop for the JIT: its traces would end in the frame's return and be thrown away; the
    resumption's function-entry trace covers it instead."""
    marks = [False] * len(bytecode)
    if not generator:
        return marks
    for pc in range(len(bytecode)):
        word = bytecode[pc]
        target = word >> op.ARG_BITS
        if word & op.OPCODE_MASK == op.JUMP and target <= pc:
            for i in range(target, pc):
                if bytecode[i] & op.OPCODE_MASK == op.YIELD_VALUE:
                    marks[pc] = True
                    break
    return marks


w_code = make_builtin_type("code", w_object, base_ok=False)
set_static_type(PyCode, w_code)
