"""The disassembler: a code object as text, one instruction a line, for debugging compilers.

    >>> print(dis(code, OPCODES))
    code countdown(n): 1 argument, 1 local, stack 2, from prog.tut:1
      2      0 LOAD_LOCAL          0 (n)
             1 POP_JUMP_IF_FALSE   6 (to 6)
"""

from __future__ import annotations

from kit.interp.code import Code
from kit.interp.opcodes import ARG_CONST, ARG_INT, ARG_LOCAL, ARG_NAME, ARG_NONE, ARG_TARGET, Opcode, OpcodeTable


def plural(count: int, word: str) -> str:
    if count == 1:
        return "1 " + word
    return "%d %ss" % (count, word)


def describe_argument(code: Code, op: Opcode, argument: int, interp) -> str:
    """What an argument refers to, in parentheses; "" when a bare number says it all."""
    kind = op.arg
    if kind == ARG_CONST and 0 <= argument < len(code.consts):
        if interp is None:
            return ""
        return " (%s)" % interp.describe_const(code.consts[argument])
    if kind == ARG_LOCAL and 0 <= argument < len(code.local_names):
        return " (%s)" % code.local_names[argument]
    if kind == ARG_NAME and 0 <= argument < len(code.names):
        return " (%s)" % code.names[argument]
    if kind == ARG_TARGET:
        return " (to %d)" % argument
    if kind == ARG_INT:
        if 0 <= argument < len(op.arg_names):
            return " (%s)" % op.arg_names[argument]
        return ""
    return " (out of range)"


def dis(code: Code, opcodes: OpcodeTable, interp=None) -> str:
    """The listing of `code`: a header, then per instruction its line (when it changes), index,
    opcode name, argument and what the argument refers to. `interp` (a BytecodeInterpreter) shows
    constants through its `describe_const`."""
    params = ", ".join(code.local_names[:code.argcount])
    where = code.filename
    if code.firstline > 0:
        where = "%s:%d" % (where, code.firstline)
    lines = ["code %s(%s): %s, %s, stack %d, from %s" % (
        code.name, params, plural(code.argcount, "argument"), plural(code.nlocals, "local"), code.stacksize, where)]
    last_line = -1
    for pc in range(code.length()):
        opcode = code.opcode_at(pc)
        argument = code.argument_at(pc)
        line = code.line_at(pc)
        line_text = ""
        if line != last_line:
            line_text = str(line)
            last_line = line
        op = opcodes.get(opcode)
        if op is None:
            text = "<opcode %d> %d" % (opcode, argument)
        elif op.arg == ARG_NONE:
            text = op.name
        else:
            text = "%s %d%s" % (pad(op.name, 19), argument, describe_argument(code, op, argument, interp))
        lines.append("%s %s %s" % (pad_left(line_text, 5), pad_left(str(pc), 5), text))
    return "\n".join(lines) + "\n"


def pad(text: str, width: int) -> str:
    if len(text) >= width:
        return text
    return text + " " * (width - len(text))


def pad_left(text: str, width: int) -> str:
    if len(text) >= width:
        return text
    return " " * (width - len(text)) + text
