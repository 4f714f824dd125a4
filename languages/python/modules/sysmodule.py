"""The sys module: argv, exit, maxsize, version_info, the recursion limit, and stdout/stderr as
objects with write() and flush()."""

from __future__ import annotations

from languages.python.interpreter.state import state
from languages.python.modules import builtins
from languages.python.objspace import (
    dictobject,
    errors,
    exceptions,
    intobject,
    listobject,
    moduleobject,
    ops,
    strobject,
    tupleobject,
)
from languages.python.objspace.gateway import function, method
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object

FUNCTIONS: list = []


class W_StdStream(W_Root):
    def __init__(self, fd: int) -> None:
        self.fd = fd


w_stdstream = make_builtin_type("TextIOWrapper", w_object, base_ok=False)
set_static_type(W_StdStream, w_stdstream)


@method(w_stdstream, "write", "self, text, /")
def stream_write(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, W_StdStream)
    text = ops.text_w(args_w[1], "write() argument")
    if w_self.fd == 1:
        builtins.write_stdout(text)
    else:
        builtins.flush()
        builtins.write_fd(w_self.fd, text)
    return intobject.newint(len(text))


@method(w_stdstream, "flush", "self")
def stream_flush(args_w: list[W_Root | None]) -> W_Root:
    builtins.flush()
    return w_None


@function(FUNCTIONS, "exit", "status=None, /", module="sys")
def sys_exit(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import tupleobject
    w_status = args_w[0]
    args: list[W_Root] = []
    if isinstance(w_status, tupleobject.W_TupleObject):
        args = list(w_status.items_w)
    elif w_status is not None and w_status is not w_None:
        args.append(w_status)
    raise errors.oper_error_args(exceptions.w_SystemExit, args)


@function(FUNCTIONS, "getrecursionlimit", "", module="sys")
def sys_getrecursionlimit(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(state.recursion_limit)


@function(FUNCTIONS, "setrecursionlimit", "limit, /", module="sys")
def sys_setrecursionlimit(args_w: list[W_Root | None]) -> W_Root:
    limit = ops.int_w(args_w[0])
    if limit < 1:
        raise errors.value_error("recursion limit must be greater or equal than 1")
    state.recursion_limit = limit
    return w_None


def make_module() -> moduleobject.W_ModuleObject:
    w_module = moduleobject.W_ModuleObject("sys")
    for w_func in FUNCTIONS:
        moduleobject.set(w_module, w_func.name, w_func)
    moduleobject.set(w_module, "argv", listobject.W_ListObject([strobject.newstr(arg) for arg in state.argv]))
    moduleobject.set(w_module, "maxsize", intobject.newint(intobject.MAXINT))
    moduleobject.set(w_module, "version", strobject.newstr("3.11.0 (kit)"))
    moduleobject.set(w_module, "version_info", tupleobject.newtuple([
        intobject.newint(3), intobject.newint(11), intobject.newint(0), strobject.newstr("final"),
        intobject.newint(0)]))
    moduleobject.set(w_module, "platform", strobject.newstr("linux"))
    moduleobject.set(w_module, "byteorder", strobject.newstr("little"))
    moduleobject.set(w_module, "stdout", W_StdStream(1))
    moduleobject.set(w_module, "stderr", W_StdStream(2))
    moduleobject.set(w_module, "path", listobject.W_ListObject([strobject.newstr(p) for p in state.path]))
    w_modules = dictobject.W_DictObject()
    moduleobject.set(w_module, "modules", w_modules)
    w_impl = moduleobject.W_ModuleObject("implementation")
    moduleobject.set(w_impl, "name", strobject.newstr("kit"))
    moduleobject.set(w_module, "implementation", w_impl)
    return w_module
