"""Opcode tables: a language's instruction set, defined at import time. Each opcode has a number,
a kind (how control goes on after it), its effect on the value stack and what its argument means.

An instruction is one machine word, `opcode | argument << 8`, so an opcode number is below 256 and
the argument is any integer (negative ones too).
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython

# how control continues after an instruction (the dispatch loop and the code builder read this)
NEXT = 0      # on to the next instruction: handler(frame, arg)
JUMP = 1      # always to the argument: handler(frame, arg, next_pc) -> pc
BRANCH = 2    # to the argument or the next instruction: handler(frame, arg, next_pc) -> pc
RETURN = 3    # leave the frame: handler(frame, arg) -> the frame's result

KIND_NAMES = ["next", "jump", "branch", "return"]

# what an instruction's argument means (the disassembler and the code builder read this)
ARG_NONE = 0      # no argument
ARG_INT = 1       # a number (a count, an operator...)
ARG_CONST = 2     # an index into code.consts
ARG_LOCAL = 3     # an index into the frame's locals (code.local_names)
ARG_NAME = 4      # an index into code.names
ARG_TARGET = 5    # an instruction index (jumps and branches)

ARG_NAMES = ["none", "int", "const", "local", "name", "target"]

ARG_BITS = 8
OPCODE_MASK = (1 << ARG_BITS) - 1


class Opcode:
    """One instruction of a language: `op_NAME` is the method of the interpreter that runs it.

    `kind` is "next" (the default), "jump", "branch" or "return"; `arg` says what the argument is:
    "none" (the default), "int", "const", "local" or "name" (jumps and branches: a target).
    `arg_names` (with arg="int") names the argument's values for the disassembler, e.g. operators.
    Its stack effect is `effect + per_arg * argument` (CALL n: pops the callee and n arguments and
    pushes the result, so effect 0 and per_arg -1). Branches have the same effect both ways.
    """

    _immutable_fields_ = ["name", "number", "kind", "arg", "effect", "per_arg", "arg_names[*]"]

    @not_rpython
    def __init__(self, name: str, effect: int = 0, per_arg: int = 0, kind: str = "next", arg: str = "none",
                 arg_names: list[str] | None = None) -> None:
        if kind not in KIND_NAMES:
            raise ValueError(f"opcode {name}: kind must be one of {KIND_NAMES}, not {kind!r}")
        if arg not in ARG_NAMES:
            raise ValueError(f"opcode {name}: arg must be one of {ARG_NAMES}, not {arg!r}")
        if kind in ("jump", "branch"):
            arg = "target"
        self.name = name
        self.number = -1
        self.kind = KIND_NAMES.index(kind)
        self.arg = ARG_NAMES.index(arg)
        self.effect = effect
        self.per_arg = per_arg
        self.arg_names = list(arg_names or [])

    def stack_effect(self, argument: int) -> int:
        return self.effect + self.per_arg * argument

    def falls_through(self) -> bool:
        return self.kind == NEXT or self.kind == BRANCH

    def method_name(self) -> str:
        return "op_" + self.name


# The instructions every stack language needs; the base interpreter implements them all (the two
# branches ask the language's `is_true`). A language's table starts with these and adds its own.
STANDARD = [
    Opcode("LOAD_CONST", effect=1, arg="const"),
    Opcode("LOAD_LOCAL", effect=1, arg="local"),
    Opcode("STORE_LOCAL", effect=-1, arg="local"),
    Opcode("POP", effect=-1),
    Opcode("DUP", effect=1),
    Opcode("JUMP", kind="jump"),
    Opcode("POP_JUMP_IF_FALSE", effect=-1, kind="branch"),
    Opcode("POP_JUMP_IF_TRUE", effect=-1, kind="branch"),
    Opcode("RETURN_VALUE", effect=-1, kind="return"),
]


class OpcodeTable:
    """A language's instruction set: the standard opcodes, then the language's own, numbered in order."""

    _immutable_fields_ = ["opcodes[*]", "names[*]"]

    @not_rpython
    def __init__(self, language: str, own: list[Opcode], standard: bool = True) -> None:
        self.language = language
        self.opcodes = [copy_opcode(op) for op in (STANDARD if standard else []) + list(own)]
        if len(self.opcodes) > OPCODE_MASK + 1:
            raise ValueError(f"{language}: more than {OPCODE_MASK + 1} opcodes")
        self.numbers: dict[str, int] = {}
        for number, op in enumerate(self.opcodes):
            if op.name in self.numbers:
                raise ValueError(f"{language}: opcode {op.name} defined twice")
            if not op.name.isidentifier():
                raise ValueError(f"{language}: opcode name {op.name!r} is not an identifier")
            op.number = number
            self.numbers[op.name] = number
        self.names = [op.name for op in self.opcodes]

    def number(self, name: str) -> int:
        """The number of the opcode called `name`; -1 if there is none."""
        return self.numbers.get(name, -1)

    def get(self, number: int) -> Opcode | None:
        if 0 <= number < len(self.opcodes):
            return self.opcodes[number]
        return None

    def name_of(self, number: int) -> str:
        if 0 <= number < len(self.names):
            return self.names[number]
        return "<opcode %d>" % number

    @not_rpython
    def __repr__(self) -> str:
        return f"<OpcodeTable {self.language}: {len(self.opcodes)} opcodes>"


@not_rpython
def copy_opcode(op: Opcode) -> Opcode:
    """Each table numbers its own copies, so two languages can share the standard opcodes."""
    return Opcode(op.name, op.effect, op.per_arg, KIND_NAMES[op.kind], ARG_NAMES[op.arg], op.arg_names)


def encode(opcode: int, argument: int) -> int:
    """One instruction word."""
    return opcode | (argument << ARG_BITS)


def decode_opcode(word: int) -> int:
    return word & OPCODE_MASK


def decode_argument(word: int) -> int:
    return word >> ARG_BITS
