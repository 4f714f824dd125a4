"""Frames: one activation of a code object — its local variables, cells, value stack and the
position it has reached (a generator's frame is suspended there between resumptions).
"""

from __future__ import annotations

from kit.rlib import jit
from kit.rlib.objectmodel import always_inline, specialize
from languages.python.interpreter.pycode import PyCode
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_CellObject(W_Root):
    """A variable shared between a scope and the functions nested in it."""

    def __init__(self, w_value: W_Root | None) -> None:
        self.w_value = w_value


NO_CELLS: list[W_CellObject | None] = []    # shared, never written (its length is 0)


@specialize.call_location()
def new_slots(n: int) -> list[W_Root | None]:
    """A list of n Nones (a frame's locals or value stack). `[None] * n` is a residual call in
    traces (the list multiplication loops), and one that writes lists of the frame's list type,
    so the trace writes the caller's whole frame back before it; with n a constant of the trace
    these literals are plain allocations the JIT sees (and can keep virtual). One copy per call
    site, so that the lists made here do not all share one list type in the annotator."""
    if n <= 4:
        if n == 0:
            return []
        if n == 1:
            return [None]
        if n == 2:
            return [None, None]
        if n == 3:
            return [None, None, None]
        return [None, None, None, None]
    if n <= 8:
        if n == 5:
            return [None, None, None, None, None]
        if n == 6:
            return [None, None, None, None, None, None]
        if n == 7:
            return [None, None, None, None, None, None, None]
        return [None, None, None, None, None, None, None, None]
    if n == 9:
        return [None, None, None, None, None, None, None, None, None]
    if n == 10:
        return [None, None, None, None, None, None, None, None, None, None]
    if n == 11:
        return [None, None, None, None, None, None, None, None, None, None, None]
    if n == 12:
        return [None, None, None, None, None, None, None, None, None, None, None, None]
    return [None] * n


class PyFrame(W_Root):
    """`locals_w` are the fast locals (None: unbound), `cells` the cell and free variables;
    `w_locals` is the namespace of module and class bodies (None in functions)."""

    _virtualizable_ = ["code", "locals_w[*]", "stack_w[*]", "depth", "pc", "last_pc"]

    def __init__(self, code: PyCode, w_globals: W_Root, w_locals: W_Root | None) -> None:
        self.code = code
        self.w_globals = w_globals
        self.w_locals = w_locals
        self.locals_w = new_slots(code.nlocals)
        self.cells = NO_CELLS       # most code has no cells: one allocation less per call
        if code.ncells > 0:
            self.cells = [None] * code.ncells
        self.stack_w = new_slots(code.stacksize)
        self.depth = 0
        self.pc = 0
        self.last_pc = 0
        self.f_back: PyFrame | None = None
        self.running = False
        self.finished = False
        self.yielded = False      # the last run of the frame ended in a yield
        self.w_thrown: W_Root | None = None   # an exception generator.throw() raises at the yield
        self.w_generator: W_Root | None = None
        # the exception being handled when this frame (a generator's) was suspended
        self.w_saved_exception: W_Root | None = None

    @always_inline
    def push(self, w_value: W_Root | None) -> None:
        depth = self.depth
        self.stack_w[depth] = w_value
        self.depth = depth + 1

    @always_inline
    def pop(self) -> W_Root:
        depth = self.depth - 1
        w_value = self.stack_w[depth]
        self.stack_w[depth] = None
        self.depth = depth
        assert w_value is not None
        return w_value

    @always_inline
    def pop_maybe_null(self) -> W_Root | None:
        depth = self.depth - 1
        w_value = self.stack_w[depth]
        self.stack_w[depth] = None
        self.depth = depth
        return w_value

    @always_inline
    def top(self) -> W_Root:
        w_value = self.stack_w[self.depth - 1]
        assert w_value is not None
        return w_value

    @always_inline
    def peek(self, distance: int) -> W_Root | None:
        return self.stack_w[self.depth - 1 - distance]

    @always_inline
    def set_peek(self, distance: int, w_value: W_Root | None) -> None:
        self.stack_w[self.depth - 1 - distance] = w_value

    @jit.unroll_safe
    def pop_values(self, count: int) -> list[W_Root]:
        """The top `count` values in the order they were pushed."""
        values_w: list[W_Root] = new_slots(count)
        index = count - 1
        while index >= 0:
            values_w[index] = self.pop()
            index -= 1
        return values_w

    @jit.unroll_safe
    def drop_to(self, depth: int) -> None:
        while self.depth > depth:
            self.depth -= 1
            self.stack_w[self.depth] = None

    def current_line(self) -> int:
        return self.code.line_at(self.last_pc)


w_frame = make_builtin_type("frame", w_object, base_ok=False)
w_cell = make_builtin_type("cell", w_object, base_ok=False)
set_static_type(PyFrame, w_frame)
set_static_type(W_CellObject, w_cell)
