"""The code builder: the compiler emits instructions with symbolic labels and exception handlers
here; assemble() resolves the labels, computes the stack depth at every instruction (and so the
depth each handler restores) and produces the line and exception tables of a PyCode.
"""

from __future__ import annotations

from languages.python.compiler import opcodes as op
from languages.python.compiler.opcodes import encode

# a pseudo-instruction: "the handler on top of the stack starts here" (it records the depth)
SETUP = 255


class Label:
    def __init__(self) -> None:
        self.position = -1


class Handler:
    """An exception handler: where control goes and (after analysis) the stack depth it keeps."""

    def __init__(self, label: Label, extra: int) -> None:
        self.label = label
        self.extra = extra          # items the handler keeps above the depth at its SETUP point
        self.depth = -1
        self.index = -1


class Instr:
    def __init__(self, opcode: int, arg: int, target: Label | None, handler: Handler | None,
                 lineno: int, col: int, end_lineno: int, end_col: int) -> None:
        self.opcode = opcode
        self.arg = arg
        self.target = target
        self.handler = handler
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col


class AssemblyError(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


class CodeBuilder:
    def __init__(self) -> None:
        self.instrs: list[Instr] = []
        self.handlers: list[Handler] = []
        self.handler_stack: list[Handler] = []
        self.lineno = 0
        self.col = 0
        self.end_lineno = 0
        self.end_col = 0

    def set_position(self, lineno: int, col: int, end_lineno: int, end_col: int) -> None:
        self.lineno = lineno
        self.col = col
        self.end_lineno = end_lineno
        self.end_col = end_col

    def current_handler(self) -> Handler | None:
        if len(self.handler_stack) == 0:
            return None
        return self.handler_stack[-1]

    def emit(self, opcode: int, arg: int = 0) -> None:
        self.instrs.append(Instr(opcode, arg, None, self.current_handler(), self.lineno, self.col,
                                 self.end_lineno, self.end_col))

    def emit_jump(self, opcode: int, target: Label) -> None:
        self.instrs.append(Instr(opcode, 0, target, self.current_handler(), self.lineno, self.col,
                                 self.end_lineno, self.end_col))

    def new_label(self) -> Label:
        return Label()

    def place(self, label: Label) -> None:
        """The next instruction emitted is the label's target."""
        label.position = len(self.instrs)

    def push_handler(self, label: Label, extra: int = 0) -> Handler:
        """Exceptions raised by the instructions emitted from now on go to `label`."""
        handler = Handler(label, extra)
        self.handlers.append(handler)
        self.handler_stack.append(handler)
        self.instrs.append(Instr(SETUP, 0, label, None, self.lineno, self.col, self.end_lineno, self.end_col))
        self.instrs[-1].handler = handler
        return handler

    def pop_handler(self) -> None:
        self.handler_stack.pop()

    def last_is_terminal(self) -> bool:
        if len(self.instrs) == 0:
            return False
        last = self.instrs[-1].opcode
        return is_terminal(last)


def is_terminal(opcode: int) -> bool:
    """Control never falls through to the next instruction."""
    return (opcode == op.RETURN_VALUE or opcode == op.JUMP or opcode == op.RAISE_VARARGS or
            opcode == op.RERAISE or opcode == op.POP_EXCEPT_AND_RERAISE)


class Assembled:
    def __init__(self, bytecode: list[int], lines: list[int], columns: list[int], end_lines: list[int],
                 end_columns: list[int], handlers: list[int], handler_targets: list[int],
                 handler_depths: list[int], stacksize: int) -> None:
        self.bytecode = bytecode
        self.lines = lines
        self.columns = columns
        self.end_lines = end_lines
        self.end_columns = end_columns
        self.handlers = handlers
        self.handler_targets = handler_targets
        self.handler_depths = handler_depths
        self.stacksize = stacksize


def assemble(builder: CodeBuilder, firstlineno: int) -> Assembled:
    instrs = builder.instrs
    n = len(instrs)
    # stack depths by flow analysis over the instruction list (SETUP included)
    depths = [-1] * (n + 1)
    worklist: list[int] = []
    maxdepth = 0
    if n > 0:
        depths[0] = 0
        worklist.append(0)
    while len(worklist) > 0:
        i = worklist.pop()
        depth = depths[i]
        while i < n:
            instr = instrs[i]
            opcode = instr.opcode
            if opcode == SETUP:
                handler = instr.handler
                assert handler is not None
                handler.depth = depth + handler.extra
                target = handler.label.position
                target_depth = handler.depth + 1
                if target_depth > maxdepth:
                    maxdepth = target_depth
                if depths[target] < 0:
                    depths[target] = target_depth
                    worklist.append(target)
                i += 1
                if depths[i] >= 0:
                    break
                depths[i] = depth
                continue
            if op.IS_JUMP[opcode]:
                label = instr.target
                assert label is not None
                target_depth = depth + op.stack_effect(opcode, instr.arg, True)
                if target_depth > maxdepth:
                    maxdepth = target_depth
                if depths[label.position] < 0:
                    depths[label.position] = target_depth
                    worklist.append(label.position)
            depth += op.stack_effect(opcode, instr.arg, False)
            if depth > maxdepth:
                maxdepth = depth
            if depth < 0:
                raise AssemblyError("negative stack depth at %d (%s)" % (i, op.NAMES[opcode]))
            if is_terminal(opcode):
                break
            i += 1
            if depths[i] >= 0:
                break
            depths[i] = depth
    # drop the SETUP pseudo-instructions; map old positions to new ones
    new_index = [0] * (n + 1)
    count = 0
    for i in range(n):
        new_index[i] = count
        if instrs[i].opcode != SETUP:
            count += 1
    new_index[n] = count
    bytecode: list[int] = []
    lines: list[int] = []
    columns: list[int] = []
    end_lines: list[int] = []
    end_columns: list[int] = []
    handler_ids: list[int] = []
    handler_targets: list[int] = []
    handler_depths: list[int] = []
    for handler in builder.handlers:
        if handler.depth < 0:
            continue        # unreachable code only
        handler.index = len(handler_targets)
        handler_targets.append(new_index[handler.label.position])
        handler_depths.append(handler.depth)
    for i in range(n):
        instr = instrs[i]
        if instr.opcode == SETUP:
            continue
        arg = instr.arg
        label = instr.target
        if label is not None:
            arg = new_index[label.position]
        bytecode.append(encode(instr.opcode, arg))
        lines.append(instr.lineno if instr.lineno > 0 else firstlineno)
        columns.append(instr.col)
        end_lines.append(instr.end_lineno)
        end_columns.append(instr.end_col)
        handler = instr.handler
        if handler is not None and handler.index >= 0:
            handler_ids.append(handler.index)
        else:
            handler_ids.append(-1)
    return Assembled(bytecode, lines, columns, end_lines, end_columns, handler_ids, handler_targets,
                     handler_depths, maxdepth + 1)
