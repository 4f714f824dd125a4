"""Raising Python exceptions from interp-level code: `raise errors.type_error("...")` and friends
build the exception instance and wrap it in an OperationError.
"""

from __future__ import annotations

from languages.python.objspace import exceptions
from languages.python.objspace.root import OperationError, W_Root
from languages.python.objspace.typeobject import W_TypeObject


def oper_error(w_type: W_TypeObject, message: str) -> OperationError:
    """An OperationError carrying a new `w_type(message)`."""
    from languages.python.objspace import strobject
    w_exc = exceptions.new_exception(w_type, [strobject.newstr(message)])
    return OperationError(w_exc)


def oper_error_args(w_type: W_TypeObject, args_w: list[W_Root]) -> OperationError:
    return OperationError(exceptions.new_exception(w_type, args_w))


def type_error(message: str) -> OperationError:
    return oper_error(exceptions.w_TypeError, message)


def value_error(message: str) -> OperationError:
    return oper_error(exceptions.w_ValueError, message)


def index_error(message: str) -> OperationError:
    return oper_error(exceptions.w_IndexError, message)


def key_error(w_key: W_Root) -> OperationError:
    return oper_error_args(exceptions.w_KeyError, [w_key])


def attribute_error(message: str) -> OperationError:
    return oper_error(exceptions.w_AttributeError, message)


def name_error(message: str) -> OperationError:
    return oper_error(exceptions.w_NameError, message)


def zero_division(message: str) -> OperationError:
    return oper_error(exceptions.w_ZeroDivisionError, message)


def overflow_error(message: str) -> OperationError:
    return oper_error(exceptions.w_OverflowError, message)


def runtime_error(message: str) -> OperationError:
    return oper_error(exceptions.w_RuntimeError, message)


def stop_iteration(w_value: W_Root | None) -> OperationError:
    if w_value is None:
        return OperationError(exceptions.new_exception(exceptions.w_StopIteration, []))
    return oper_error_args(exceptions.w_StopIteration, [w_value])


def memory_error() -> OperationError:
    return OperationError(exceptions.new_exception(exceptions.w_MemoryError, []))


def os_error(errno: int, strerror: str, filename: str) -> OperationError:
    """OSError (or the subclass CPython picks for this errno) with errno, strerror and filename."""
    from languages.python.objspace import intobject, strobject
    w_type = exceptions.oserror_subclass(errno)
    args_w: list[W_Root] = [intobject.newint(errno), strobject.newstr(strerror)]
    if filename != "":
        args_w.append(strobject.newstr(filename))
    w_exc = exceptions.new_exception(w_type, args_w)
    exceptions.init_oserror(w_exc, args_w)
    return OperationError(w_exc)


def matches(error: OperationError, w_type: W_TypeObject) -> bool:
    """Is the exception carried by `error` an instance of `w_type`?"""
    w_class = error.w_value.getclass()
    assert isinstance(w_class, W_TypeObject)
    return w_class.is_subtype(w_type)
