"""Code objects: what a language's compiler produces and the bytecode interpreter runs.

A code object never changes once built, which the JIT exploits: it reads `bytecode[*]` and
`consts[*]` of a constant code object as constants (see `_immutable_fields_`).
"""

from __future__ import annotations

from kit.interp.opcodes import decode_argument, decode_opcode


class Code:
    """The compiled form of one function (or a whole program's top level).

    - `bytecode`: one word per instruction, `opcode | argument << 8` (kit.interp.opcodes);
    - `consts`: the language's values that LOAD_CONST and friends refer to by index;
    - `names`: strings the code refers to by index (global variables, attributes...);
    - `local_names`: the frame's local slots in order, the `argcount` arguments first;
    - `lines`, `columns`: the source position of each instruction (0: unknown);
    - `stacksize`: the deepest the value stack gets (computed by the builder).
    """

    _immutable_fields_ = ["name", "filename", "bytecode[*]", "consts[*]", "names[*]", "local_names[*]",
                          "lines[*]", "columns[*]", "argcount", "nlocals", "stacksize", "firstline"]

    def __init__(self, name: str, filename: str, bytecode: list[int], consts: list, names: list[str],
                 local_names: list[str], argcount: int, lines: list[int], columns: list[int],
                 stacksize: int, firstline: int) -> None:
        self.name = name
        self.filename = filename
        self.bytecode = bytecode
        self.consts = consts
        self.names = names
        self.local_names = local_names
        self.argcount = argcount
        self.nlocals = len(local_names)
        self.lines = lines
        self.columns = columns
        self.stacksize = stacksize
        self.firstline = firstline

    def length(self) -> int:
        """The number of instructions."""
        return len(self.bytecode)

    def opcode_at(self, pc: int) -> int:
        return decode_opcode(self.bytecode[pc])

    def argument_at(self, pc: int) -> int:
        return decode_argument(self.bytecode[pc])

    def line_at(self, pc: int) -> int:
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return 0

    def column_at(self, pc: int) -> int:
        if 0 <= pc < len(self.columns):
            return self.columns[pc]
        return 0
