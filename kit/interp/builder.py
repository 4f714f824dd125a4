"""The code builder: what a language's compiler writes bytecode with. It names local slots,
collects constants and names, places labels, patches jumps, records source lines and computes how
deep the value stack gets, then hands out an immutable Code object.
"""

from __future__ import annotations

from kit.interp.code import Code
from kit.interp.opcodes import ARG_BITS, BRANCH, JUMP, OpcodeTable, encode
from kit.rlib.parsing import SourcePosition


class BuilderError(Exception):
    """The compiler produced impossible code (a bug in the language's compiler, not the user's)."""

    message = ""     # known to the annotator even in a language that never raises it

    def __init__(self, message: str) -> None:
        self.message = message


class Label:
    """A place in the code that jumps can name before it is known; `place` fixes it."""

    def __init__(self) -> None:
        self.position = -1


class CodeBuilder:
    """Builds one code object: `emit` instructions, `jump` to labels, `place` labels, then `finish`.

        b = CodeBuilder(OPCODES, "countdown", "prog.tut")
        n = b.local("n")                        # argument slots first
        b.argcount = 1
        top = b.label(); done = b.label()
        b.place(top)
        b.emit("LOAD_LOCAL", n); b.jump("POP_JUMP_IF_FALSE", done) ...
        b.jump("JUMP", top); b.place(done) ...; code = b.finish()
    """

    def __init__(self, opcodes: OpcodeTable, name: str, filename: str = "", firstline: int = 0) -> None:
        self.opcodes = opcodes
        self.name = name
        self.filename = filename
        self.firstline = firstline
        self.argcount = 0
        self.words: list[int] = []
        self.targets: list[Label | None] = []     # per instruction: the label a jump goes to
        self.lines: list[int] = []
        self.columns: list[int] = []
        self.consts: list = []
        self.const_keys: dict[str, int] = {}
        self.names: list[str] = []
        self.local_names: list[str] = []
        self.line = firstline
        self.column = 0

    # ---- tables ----------------------------------------------------------------------------------

    def local(self, name: str) -> int:
        """The slot of local variable `name`, made on first use."""
        for i in range(len(self.local_names)):
            if self.local_names[i] == name:
                return i
        self.local_names.append(name)
        return len(self.local_names) - 1

    def has_local(self, name: str) -> bool:
        for known in self.local_names:
            if known == name:
                return True
        return False

    def const(self, value, key: str = "") -> int:
        """The index of a constant; constants with the same non-empty `key` share one slot."""
        if key != "":
            index = self.const_keys.get(key, -1)
            if index >= 0:
                return index
            self.const_keys[key] = len(self.consts)
        self.consts.append(value)
        return len(self.consts) - 1

    def name_index(self, name: str) -> int:
        """The index of `name` in the code's name table."""
        for i in range(len(self.names)):
            if self.names[i] == name:
                return i
        self.names.append(name)
        return len(self.names) - 1

    # ---- instructions ----------------------------------------------------------------------------

    def set_position(self, line: int, column: int = 0) -> None:
        """The source position of the instructions emitted from now on."""
        self.line = line
        self.column = column

    def at(self, position: SourcePosition | None) -> None:
        """set_position from a token's SourcePosition (kit.rlib.parsing); None keeps the current one."""
        if position is not None:
            self.line = position.lineno
            self.column = position.colno

    def position(self) -> int:
        """The index the next instruction will have."""
        return len(self.words)

    def emit(self, opname: str, argument: int = 0) -> int:
        """Append an instruction; returns its index."""
        number = self.opcodes.number(opname)
        if number < 0:
            raise BuilderError("%s: unknown opcode %s" % (self.opcodes.language, opname))
        kind = self.opcodes.opcodes[number].kind
        if kind == JUMP or kind == BRANCH:
            raise BuilderError("%s jumps: emit it with jump(\"%s\", label)" % (opname, opname))
        limit = 1 << (63 - ARG_BITS)
        if not (-limit <= argument < limit):
            raise BuilderError("argument %d of %s does not fit an instruction" % (argument, opname))
        self.words.append(encode(number, argument))
        self.targets.append(None)
        self.lines.append(self.line)
        self.columns.append(self.column)
        return len(self.words) - 1

    def label(self) -> Label:
        return Label()

    def place(self, label: Label) -> None:
        """The next instruction is where `label` is."""
        if label.position >= 0:
            raise BuilderError("a label is placed twice in %s" % self.name)
        label.position = len(self.words)

    def jump(self, opname: str, label: Label) -> int:
        """A jump or branch instruction to `label` (placed before or after)."""
        number = self.opcodes.number(opname)
        if number < 0:
            raise BuilderError("%s: unknown opcode %s" % (self.opcodes.language, opname))
        kind = self.opcodes.opcodes[number].kind
        if kind != JUMP and kind != BRANCH:
            raise BuilderError("%s is not a jump or branch" % opname)
        self.words.append(encode(number, 0))
        self.targets.append(label)
        self.lines.append(self.line)
        self.columns.append(self.column)
        return len(self.words) - 1

    # ---- finishing -------------------------------------------------------------------------------

    def finish(self) -> Code:
        """Patch the jumps, check the code and compute its stack size: the finished Code object."""
        if not self.words:
            raise BuilderError("%s has no instructions" % self.name)
        words = [0] * len(self.words)
        for pc in range(len(self.words)):
            word = self.words[pc]
            label = self.targets[pc]
            if label is not None:
                if label.position < 0:
                    raise BuilderError("a jump in %s goes to a label that is never placed" % self.name)
                if label.position >= len(self.words):
                    raise BuilderError("a jump in %s goes past the last instruction" % self.name)
                word = encode(word, label.position)
            words[pc] = word
        self.words = words
        stacksize = self.compute_stacksize()
        return Code(self.name, self.filename, words, self.consts[:], self.names[:], self.local_names[:],
                    self.argcount, self.lines[:], self.columns[:], stacksize, self.firstline)

    def compute_stacksize(self) -> int:
        """Follow every path through the code: the stack depth before each instruction must be the
        same on every path that reaches it, never negative, and no path may run off the end."""
        count = len(self.words)
        depths = [-1] * count
        depths[0] = 0
        work = [0]
        deepest = 0
        while work:
            pc = work.pop()
            depth = depths[pc]
            word = self.words[pc]
            op = self.opcodes.opcodes[word & 0xFF]
            depth += op.stack_effect(word >> ARG_BITS)
            if depth < 0:
                raise BuilderError("%s pops from an empty stack at instruction %d" % (op.name, pc))
            deepest = max(deepest, depth)
            successors = []
            if op.falls_through():
                if pc + 1 >= count:
                    raise BuilderError("the code of %s runs off its end after %s" % (self.name, op.name))
                successors.append(pc + 1)
            if op.kind == JUMP or op.kind == BRANCH:
                successors.append(word >> ARG_BITS)
            for target in successors:
                if depths[target] < 0:
                    depths[target] = depth
                    work.append(target)
                elif depths[target] != depth:
                    raise BuilderError("the stack depth at instruction %d of %s is %d on one path and %d on "
                                       "another" % (target, self.name, depths[target], depth))
        return deepest
