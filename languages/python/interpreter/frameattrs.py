"""Introspection of frames and tracebacks: tb_frame/tb_lineno/tb_next, f_code/f_lineno/f_globals/
f_locals/f_back, and sys._getframe()."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.interpreter.pyframe import PyFrame, w_frame
from languages.python.interpreter.state import state
from languages.python.interpreter.traceback import W_Traceback, w_traceback
from languages.python.objspace import dictobject, errors, intobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.root import W_Root, w_None


def frame_locals(frame: PyFrame) -> W_Root:
    """The frame's namespace: the dict of module and class bodies, a snapshot in functions."""
    w_locals = frame.w_locals
    if w_locals is not None:
        return w_locals
    w_result = dictobject.W_DictObject()
    code = frame.code
    for i in range(len(code.varnames)):
        w_value = frame.locals_w[i]
        if w_value is not None:
            dictobject.setitem_str(w_result, code.varnames[i], w_value)
    return w_result


def tb_frame(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Traceback)
    return w_obj.frame


def tb_lineno(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Traceback)
    return intobject.newint(w_obj.lineno)


def tb_next(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Traceback)
    return w_obj.w_next


def tb_lasti(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_Traceback)
    return intobject.newint(0)


def f_code(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, PyFrame)
    return w_obj.code


def f_lineno(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, PyFrame)
    return intobject.newint(w_obj.code.line_at(w_obj.last_pc))


def f_globals(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, PyFrame)
    return w_obj.w_globals


def f_locals(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, PyFrame)
    return frame_locals(w_obj)


def f_back(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, PyFrame)
    back = w_obj.f_back
    if back is None:
        return w_None
    return back


def f_builtins(w_obj: W_Root) -> W_Root:
    w_builtins = state.w_builtins
    assert w_builtins is not None
    return w_builtins


@not_rpython
def install() -> None:
    getset(w_traceback, "tb_frame", tb_frame)
    getset(w_traceback, "tb_lineno", tb_lineno)
    getset(w_traceback, "tb_next", tb_next)
    getset(w_traceback, "tb_lasti", tb_lasti)
    getset(w_frame, "f_code", f_code)
    getset(w_frame, "f_lineno", f_lineno)
    getset(w_frame, "f_globals", f_globals)
    getset(w_frame, "f_locals", f_locals)
    getset(w_frame, "f_back", f_back)
    getset(w_frame, "f_builtins", f_builtins)


install()


def getframe(depth: int) -> W_Root:
    """sys._getframe(depth): the frame `depth` calls above the caller."""
    frame = state.topframe_frame
    while depth > 0 and frame is not None:
        frame = frame.f_back
        depth -= 1
    if frame is None:
        raise errors.value_error("call stack is not deep enough")
    return frame
