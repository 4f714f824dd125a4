"""The root of the object model: W_Root, the interp-level exception that carries a Python
exception (OperationError), and the few singletons every module needs (None, NotImplemented, ...).
"""

from __future__ import annotations


class W_Root:
    """Every Python object. `static_type` is the type of instances of this interp-level class;
    instances of user subclasses of a builtin type override getclass() (UserMixin)."""

    _user_ = False          # True in the interp classes of instances of user-defined classes
    static_type = None      # the W_TypeObject, set where each type is built (typeobject.py, ...)

    def getclass(self) -> W_Root:
        return self.static_type

    def getdict(self) -> W_Root | None:
        """The instance's __dict__ (a W_DictObject), or None when it has none."""
        return None

    def setdict(self, w_dict: W_Root) -> bool:
        """Replace the instance's __dict__; False when the object has no __dict__."""
        return False

    def getslots(self) -> list[W_Root | None] | None:
        """The values of the __slots__ of user classes (None: not a user instance)."""
        return None


class OperationError(Exception):
    """A Python exception on its way up the interp-level stack. `w_value` is the exception
    instance (a W_BaseException); `reraised` tells the frame that catches it not to add a
    traceback entry (a bare `raise`, or RERAISE in the frame's own handler)."""

    def __init__(self, w_value: W_Root) -> None:
        self.w_value = w_value
        self.reraised = False
        self.context_set = False


class ExitProgram(Exception):
    """Raised to stop the whole program with an exit status (after SystemExit was reported)."""

    def __init__(self, status: int) -> None:
        self.status = status


class W_NoneObject(W_Root):
    pass


class W_NotImplementedObject(W_Root):
    pass


class W_EllipsisObject(W_Root):
    pass


w_None = W_NoneObject()
w_NotImplemented = W_NotImplementedObject()
w_Ellipsis = W_EllipsisObject()
