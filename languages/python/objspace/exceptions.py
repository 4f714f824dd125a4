"""The builtin exception hierarchy (BaseException and its 60-odd subclasses) and the instances
of every exception class, builtin or user-defined: args, cause, context, traceback, attributes.
"""

from __future__ import annotations

from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object


class W_BaseException(W_Root):
    """An instance of BaseException or of any subclass (builtin or user-defined)."""

    _user_ = True

    def __init__(self, w_class: W_TypeObject, args_w: list[W_Root]) -> None:
        self.w_class = w_class
        self.args_w = args_w
        self.w_dict: W_Root | None = None
        self.slots_w: list[W_Root | None] | None = None
        if w_class.nslots > 0:
            self.slots_w = [None] * w_class.nslots
        self.w_cause: W_Root = w_None
        self.w_context: W_Root = w_None
        self.suppress_context = False
        self.w_traceback: W_Root = w_None

    def getclass(self) -> W_Root:
        return self.w_class

    def getdict(self) -> W_Root | None:
        w_dict = self.w_dict
        if w_dict is None:
            from languages.python.objspace import dictobject
            w_dict = dictobject.W_DictObject()
            self.w_dict = w_dict
        return w_dict

    def setdict(self, w_dict: W_Root) -> bool:
        self.w_dict = w_dict
        return True

    def getslots(self) -> list[W_Root | None] | None:
        return self.slots_w

    def setclass(self, w_class: W_TypeObject) -> None:
        self.w_class = w_class

    def get_attr(self, name: str) -> W_Root | None:
        """An attribute stored in the instance dict (errno, filename, name...), or None."""
        w_dict = self.w_dict
        if w_dict is None:
            return None
        from languages.python.objspace import dictobject
        assert isinstance(w_dict, dictobject.W_DictObject)
        return dictobject.getitem_str(w_dict, name)

    def set_attr(self, name: str, w_value: W_Root) -> None:
        from languages.python.objspace import dictobject
        w_dict = self.getdict()
        assert isinstance(w_dict, dictobject.W_DictObject)
        dictobject.setitem_str(w_dict, name, w_value)


def new_exception(w_type: W_TypeObject, args_w: list[W_Root]) -> W_BaseException:
    return W_BaseException(w_type, args_w)


# ---- the hierarchy --------------------------------------------------------------------------------

w_BaseException = make_builtin_type("BaseException", w_object)
set_static_type(W_BaseException, w_BaseException)

ALL_EXCEPTIONS: dict[str, W_TypeObject] = {"BaseException": w_BaseException}


def _exc(name: str, w_base: W_TypeObject) -> W_TypeObject:
    w_new = make_builtin_type(name, w_base, own_layout=False)
    w_new.layout = w_BaseException
    ALL_EXCEPTIONS[name] = w_new
    return w_new


w_BaseExceptionGroup = _exc("BaseExceptionGroup", w_BaseException)
w_GeneratorExit = _exc("GeneratorExit", w_BaseException)
w_KeyboardInterrupt = _exc("KeyboardInterrupt", w_BaseException)
w_SystemExit = _exc("SystemExit", w_BaseException)
w_Exception = _exc("Exception", w_BaseException)
w_ArithmeticError = _exc("ArithmeticError", w_Exception)
w_FloatingPointError = _exc("FloatingPointError", w_ArithmeticError)
w_OverflowError = _exc("OverflowError", w_ArithmeticError)
w_ZeroDivisionError = _exc("ZeroDivisionError", w_ArithmeticError)
w_AssertionError = _exc("AssertionError", w_Exception)
w_AttributeError = _exc("AttributeError", w_Exception)
w_BufferError = _exc("BufferError", w_Exception)
w_EOFError = _exc("EOFError", w_Exception)
w_ExceptionGroup = make_builtin_type("ExceptionGroup", w_BaseExceptionGroup, own_layout=False)
w_ExceptionGroup.bases_w.append(w_Exception)
w_ExceptionGroup.layout = w_BaseException
ALL_EXCEPTIONS["ExceptionGroup"] = w_ExceptionGroup
w_ImportError = _exc("ImportError", w_Exception)
w_ModuleNotFoundError = _exc("ModuleNotFoundError", w_ImportError)
w_LookupError = _exc("LookupError", w_Exception)
w_IndexError = _exc("IndexError", w_LookupError)
w_KeyError = _exc("KeyError", w_LookupError)
w_MemoryError = _exc("MemoryError", w_Exception)
w_NameError = _exc("NameError", w_Exception)
w_UnboundLocalError = _exc("UnboundLocalError", w_NameError)
w_OSError = _exc("OSError", w_Exception)
w_BlockingIOError = _exc("BlockingIOError", w_OSError)
w_ChildProcessError = _exc("ChildProcessError", w_OSError)
w_ConnectionError = _exc("ConnectionError", w_OSError)
w_BrokenPipeError = _exc("BrokenPipeError", w_ConnectionError)
w_ConnectionAbortedError = _exc("ConnectionAbortedError", w_ConnectionError)
w_ConnectionRefusedError = _exc("ConnectionRefusedError", w_ConnectionError)
w_ConnectionResetError = _exc("ConnectionResetError", w_ConnectionError)
w_FileExistsError = _exc("FileExistsError", w_OSError)
w_FileNotFoundError = _exc("FileNotFoundError", w_OSError)
w_InterruptedError = _exc("InterruptedError", w_OSError)
w_IsADirectoryError = _exc("IsADirectoryError", w_OSError)
w_NotADirectoryError = _exc("NotADirectoryError", w_OSError)
w_PermissionError = _exc("PermissionError", w_OSError)
w_ProcessLookupError = _exc("ProcessLookupError", w_OSError)
w_TimeoutError = _exc("TimeoutError", w_OSError)
w_ReferenceError = _exc("ReferenceError", w_Exception)
w_RuntimeError = _exc("RuntimeError", w_Exception)
w_NotImplementedError = _exc("NotImplementedError", w_RuntimeError)
w_RecursionError = _exc("RecursionError", w_RuntimeError)
w_StopAsyncIteration = _exc("StopAsyncIteration", w_Exception)
w_StopIteration = _exc("StopIteration", w_Exception)
w_SyntaxError = _exc("SyntaxError", w_Exception)
w_IndentationError = _exc("IndentationError", w_SyntaxError)
w_TabError = _exc("TabError", w_IndentationError)
w_SystemError = _exc("SystemError", w_Exception)
w_TypeError = _exc("TypeError", w_Exception)
w_ValueError = _exc("ValueError", w_Exception)
w_UnicodeError = _exc("UnicodeError", w_ValueError)
w_UnicodeDecodeError = _exc("UnicodeDecodeError", w_UnicodeError)
w_UnicodeEncodeError = _exc("UnicodeEncodeError", w_UnicodeError)
w_UnicodeTranslateError = _exc("UnicodeTranslateError", w_UnicodeError)
w_Warning = _exc("Warning", w_Exception)
for _name in ["BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
              "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning",
              "UnicodeWarning", "UserWarning"]:
    _exc(_name, w_Warning)


def _fix_exception_group_mro() -> None:
    from languages.python.objspace.typeobject import compute_mro
    w_Exception.subclasses_w.append(w_ExceptionGroup)
    w_ExceptionGroup.mro_w = compute_mro(w_ExceptionGroup)


_fix_exception_group_mro()

# errno -> the OSError subclass CPython raises for it
ERRNO_CLASSES = {
    11: w_BlockingIOError, 114: w_BlockingIOError, 115: w_BlockingIOError, 10: w_ChildProcessError,
    32: w_BrokenPipeError, 108: w_BrokenPipeError, 103: w_ConnectionAbortedError,
    111: w_ConnectionRefusedError, 104: w_ConnectionResetError, 17: w_FileExistsError,
    2: w_FileNotFoundError, 4: w_InterruptedError, 21: w_IsADirectoryError, 20: w_NotADirectoryError,
    1: w_PermissionError, 13: w_PermissionError, 3: w_ProcessLookupError, 110: w_TimeoutError,
}


def oserror_subclass(errno: int) -> W_TypeObject:
    if errno in ERRNO_CLASSES:
        return ERRNO_CLASSES[errno]
    return w_OSError


def init_oserror(w_exc: W_BaseException, args_w: list[W_Root]) -> None:
    """OSError(errno, strerror[, filename]) keeps the parts as attributes."""
    n = len(args_w)
    if 2 <= n <= 5:
        w_exc.set_attr("errno", args_w[0])
        w_exc.set_attr("strerror", args_w[1])
        w_exc.set_attr("filename", args_w[2] if n >= 3 else w_None)
        if n >= 3:
            w_exc.args_w = [args_w[0], args_w[1]]
    else:
        w_exc.set_attr("errno", w_None)
        w_exc.set_attr("strerror", w_None)
        w_exc.set_attr("filename", w_None)
