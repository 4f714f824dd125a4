"""Activation records of methods and blocks, and the exception that carries `^` out of blocks.

A block's frame points to the frame the block was created in (`outer`); following `outer` to the
end reaches the home method's frame, which a non-local return unwinds to.
"""

from kit.rlib import jit
from languages.smalltalk.state import vm


class Frame:
    """The receiver, the arguments, the temporaries (including those of inlined blocks) and the
    enclosing frame of one activation. `on_stack` turns False when a method activation that
    blocks may return to has finished, so that a later `^` can tell the block has escaped."""

    # the references never change (the lists' contents do)
    _immutable_fields_ = ['receiver', 'args', 'temps', 'outer', 'block']

    def __init__(self, receiver, args: list, num_temps: int, outer: "Frame | None", block) -> None:
        self.receiver = receiver
        self.args = args
        self.temps = new_temps(num_temps)
        self.outer = outer
        self.block = block
        self.on_stack = True

    @jit.unroll_safe
    def home(self) -> "Frame":
        """The frame of the method this activation belongs to."""
        frame = self
        outer = frame.outer
        while outer is not None:
            frame = outer
            outer = frame.outer
        return frame

    @jit.unroll_safe
    def at_level(self, level: int) -> "Frame":
        """The frame `level` steps out along the chain of enclosing blocks."""
        frame = self
        while level > 0:
            outer = frame.outer
            assert outer is not None
            frame = outer
            level -= 1
        return frame


# The one empty list of values: the arguments of a unary send and the temporaries of an
# activation without any (never written: no index is valid). A frame that escapes from a trace
# then carries a constant instead of two new objects (a list and its items).
NO_VALUES = []


def new_temps(count: int) -> list:
    """Temporaries all nil. Small counts are list displays: a trace allocates those inline (and
    can keep them virtual), where `[nil] * n` is a call to a loop."""
    nilobj = vm.nilobj
    if count == 0:
        return NO_VALUES
    if count == 1:
        return [nilobj]
    if count == 2:
        return [nilobj, nilobj]
    if count == 3:
        return [nilobj, nilobj, nilobj]
    if count == 4:
        return [nilobj, nilobj, nilobj, nilobj]
    return [nilobj] * count


class ReturnException(Exception):
    """`^ value` leaving the activation `target` (a method frame, or an escaped block's frame)."""

    def __init__(self, target: Frame, value) -> None:
        self.target = target
        self.value = value
