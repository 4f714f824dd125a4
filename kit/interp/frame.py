"""Frames: the state of one running code object, a value stack and the local variables.

The frame is the JIT's *virtualizable*: in compiled loops its stack and locals live in machine
registers and are written back to the heap only when something outside the loop looks at them.
"""

from __future__ import annotations

from kit.interp.code import Code
from kit.interp.errors import LanguageError
from kit.rlib.objectmodel import always_inline


class Frame:
    """One activation of a code object.

    The value stack is a fixed-size list (`code.stacksize` slots, never more: the code builder
    computed the deepest point) and `depth` is the number of values on it. Unassigned locals are None.
    Languages may subclass Frame to keep more per-call state (an environment, a receiver...).
    """

    _virtualizable_ = ["code", "locals[*]", "stack[*]", "depth"]

    def __init__(self, code: Code) -> None:
        self.code = code
        self.locals = [None] * code.nlocals
        self.stack = [None] * code.stacksize
        self.depth = 0

    @always_inline
    def push(self, value) -> None:
        depth = self.depth
        assert depth < len(self.stack)
        self.stack[depth] = value
        self.depth = depth + 1

    @always_inline
    def pop(self):
        depth = self.depth - 1
        assert depth >= 0
        value = self.stack[depth]
        self.stack[depth] = None        # the frame keeps no reference to it (for the GC)
        self.depth = depth
        return value

    @always_inline
    def peek(self, distance: int = 0):
        """The value `distance` entries below the top (0: the top) without removing it."""
        index = self.depth - 1 - distance
        assert index >= 0
        return self.stack[index]

    def pop_many(self, count: int) -> list:
        """The top `count` values, in the order they were pushed."""
        values = [None] * count
        index = count - 1
        while index >= 0:
            values[index] = self.pop()
            index -= 1
        return values

    def load_local(self, index: int):
        """The local variable in slot `index`; a NameError if it was never assigned."""
        value = self.locals[index]
        if value is None:
            raise LanguageError("NameError", "local variable '%s' is used before it is assigned"
                                % self.code.local_names[index])
        return value

    def store_local(self, index: int, value) -> None:
        self.locals[index] = value
