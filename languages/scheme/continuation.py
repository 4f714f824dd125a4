"""The base of continuation frames: a heap-allocated linked list, so control never lives on the
Python stack (proper tail calls, re-entrant call/cc and deep recursion all follow from that).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from languages.scheme.objects import SourcePos, W_Object

if TYPE_CHECKING:
    from languages.scheme.machine import Machine
    from languages.scheme.nodes import Node


class Cont:
    """A frame waiting for a value. Frames are never mutated after creation (call/cc may re-enter
    them any number of times), except the shared cursor of top-level form sequences."""

    _immutable_fields_ = ["parent"]

    def __init__(self, parent: Cont | None) -> None:
        self.parent = parent

    def plug(self, m: Machine, value: W_Object) -> None:
        """Receive `value`; the machine has already popped this frame (m.cont is the parent)."""
        raise NotImplementedError

    def source_pos(self) -> SourcePos | None:
        """The position of the expression this frame belongs to, for error messages."""
        return None

    def return_point(self) -> Node | None:
        """The node whose evaluation this frame resumes: the JIT's program point while a value is
        returned to the frame (None: a frame of the machine's own)."""
        return None

    # whether a value returned to this kind of frame is a loop header (can_enter_jit)
    loop_on_return = False


class HaltCont(Cont):
    """The bottom of a run: a value arriving here ends Machine.run."""

    def __init__(self) -> None:
        Cont.__init__(self, None)

    def plug(self, m: Machine, value: W_Object) -> None:
        m.halted = True
        m.value = value


class CaptureCount:
    """How many continuations have been captured, by any machine (a library body runs on a machine
    of its own, and its continuations may be resumed by another). A frame created after the last
    capture is in no continuation: it is resumed at most once, so it may fill in its own lists
    (nodes.own_values)."""

    def __init__(self) -> None:
        self.count = 0


CAPTURES = CaptureCount()
