"""The import system (so far: only the builtins module; other imports raise ImportError)."""

from __future__ import annotations

from languages.python.interpreter.state import state
from languages.python.objspace import errors, exceptions, strobject
from languages.python.objspace.root import W_Root


def import_module(name: str, w_fromlist: W_Root, level: int) -> W_Root:
    if name == "builtins" and level == 0:
        w_module = state.w_builtins_module
        assert w_module is not None
        return w_module
    error = errors.oper_error(exceptions.w_ModuleNotFoundError, "No module named '%s'" % name)
    w_exc = error.w_value
    assert isinstance(w_exc, exceptions.W_BaseException)
    w_exc.set_attr("name", strobject.newstr(name))
    raise error
