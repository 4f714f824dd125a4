"""The root of the object model: W_Root, the interp-level exception that carries a Python
exception (OperationError), and the few singletons every module needs (None, NotImplemented, ...).
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython


class W_Root:
    """Every Python object. `typeindex` numbers the type of instances of this interp-level class
    in the type table; instances of user subclasses of a builtin type override getclass() (UserMixin)."""

    _user_ = False          # True in the interp classes of instances of user-defined classes
    typeindex = 0           # set by set_static_type where each type is built (0: object)

    def getclass(self) -> W_Root:
        return type_table.types_w[self.typeindex]

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


class TypeTable:
    """The builtin types, indexed by the `typeindex` of the interp-level classes. (A table rather
    than a class attribute holding the type: the annotator loops on class attributes holding
    prebuilt instances of the classes being defined.)"""

    def __init__(self) -> None:
        self.types_w: list[W_Root] = []


type_table = TypeTable()


@not_rpython
def set_static_type(cls: type, w_type: W_Root) -> None:
    """Instances of the interp-level class `cls` have the Python type `w_type`."""
    cls.typeindex = len(type_table.types_w)
    type_table.types_w.append(w_type)
