"""The import system, so far for the builtin modules only (builtins, sys, math): each is made on
first import and kept in the program state; any other name raises ModuleNotFoundError."""

from __future__ import annotations

from languages.python.interpreter.state import state
from languages.python.modules import mathmodule, sysmodule
from languages.python.objspace import errors, exceptions, strobject
from languages.python.objspace.root import W_Root


def import_module(name: str, w_fromlist: W_Root, level: int) -> W_Root:
    if level == 0:
        if name in state.modules_w:
            return state.modules_w[name]
        w_module = make_builtin_module(name)
        if w_module is not None:
            state.modules_w[name] = w_module
            return w_module
    error = errors.oper_error(exceptions.w_ModuleNotFoundError, "No module named '%s'" % name)
    w_exc = error.w_value
    assert isinstance(w_exc, exceptions.W_BaseException)
    w_exc.set_attr("name", strobject.newstr(name))
    raise error


def make_builtin_module(name: str) -> W_Root | None:
    if name == "builtins":
        return state.w_builtins_module
    if name == "sys":
        return sysmodule.make_module()
    if name == "math":
        return mathmodule.make_module()
    return None
