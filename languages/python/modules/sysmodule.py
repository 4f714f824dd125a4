"""The sys module: argv, exit, maxsize, version_info, the recursion limit, stdin (a text file that
input() shares) and stdout/stderr as objects with write() and flush()."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
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


@function(FUNCTIONS, "exc_info", "", module="sys")
def sys_exc_info(args_w: list[W_Root | None]) -> W_Root:
    w_exc = state.w_handled
    if w_exc is None or w_exc is w_None:
        return tupleobject.newtuple([w_None, w_None, w_None])
    w_tb: W_Root = w_None
    if isinstance(w_exc, exceptions.W_BaseException):
        w_tb = w_exc.w_traceback
    return tupleobject.newtuple([ops.type_of(w_exc), w_exc, w_tb])


@function(FUNCTIONS, "exception", "", module="sys")
def sys_exception(args_w: list[W_Root | None]) -> W_Root:
    w_exc = state.w_handled
    if w_exc is None:
        return w_None
    return w_exc


@function(FUNCTIONS, "_getframe", "depth=None, /", module="sys")
def sys_getframe(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import frameattrs
    depth = 0
    if args_w[0] is not None:
        depth = ops.int_w(args_w[0])
    return frameattrs.getframe(depth)


@function(FUNCTIONS, "getdefaultencoding", "", module="sys")
def sys_getdefaultencoding(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr("utf-8")


# sys.version_info: a tuple with named fields, like CPython's struct sequences
w_version_info = make_builtin_type("version_info", tupleobject.w_tuple, base_ok=False)
w_version_info.module = "sys"
VERSION_FIELDS = ["major", "minor", "micro", "releaselevel", "serial"]


def version_item(w_obj: W_Root, index: int) -> W_Root:
    assert isinstance(w_obj, tupleobject.W_TupleObject)
    return w_obj.items_w[index]


def version_major(w_obj: W_Root) -> W_Root:
    return version_item(w_obj, 0)


def version_minor(w_obj: W_Root) -> W_Root:
    return version_item(w_obj, 1)


def version_micro(w_obj: W_Root) -> W_Root:
    return version_item(w_obj, 2)


def version_releaselevel(w_obj: W_Root) -> W_Root:
    return version_item(w_obj, 3)


def version_serial(w_obj: W_Root) -> W_Root:
    return version_item(w_obj, 4)


@method(w_version_info, "__repr__", "self")
def version_info_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, tupleobject.W_TupleObject)
    pieces = ["%s=%s" % (VERSION_FIELDS[i], ops.repr_w(w_self.items_w[i])) for i in range(len(VERSION_FIELDS))]
    return strobject.newstr("sys.version_info(" + ", ".join(pieces) + ")")


@not_rpython
def install_version_fields() -> None:
    from languages.python.objspace.descriptors import getset
    getters = [version_major, version_minor, version_micro, version_releaselevel, version_serial]
    for i in range(len(VERSION_FIELDS)):
        getset(w_version_info, VERSION_FIELDS[i], getters[i])


install_version_fields()


def make_module() -> moduleobject.W_ModuleObject:
    w_module = moduleobject.W_ModuleObject("sys")
    for w_func in FUNCTIONS:
        moduleobject.set(w_module, w_func.name, w_func)
    moduleobject.set(w_module, "argv", listobject.W_ListObject([strobject.newstr(arg) for arg in state.argv]))
    moduleobject.set(w_module, "maxsize", intobject.newint(intobject.MAXINT))
    moduleobject.set(w_module, "version", strobject.newstr("3.11.7 (kit)"))
    moduleobject.set(w_module, "version_info", tupleobject.W_TupleObjectUser(w_version_info, [
        intobject.newint(3), intobject.newint(11), intobject.newint(7), strobject.newstr("final"),
        intobject.newint(0)]))
    moduleobject.set(w_module, "hexversion", intobject.newint(0x030B07F0))
    moduleobject.set(w_module, "maxunicode", intobject.newint(0x10FFFF))
    moduleobject.set(w_module, "platform", strobject.newstr("linux"))
    moduleobject.set(w_module, "byteorder", strobject.newstr("little"))
    from languages.python.modules import fileobject
    moduleobject.set(w_module, "stdin", fileobject.stdin_file())
    moduleobject.set(w_module, "stdout", W_StdStream(1))
    moduleobject.set(w_module, "stderr", W_StdStream(2))
    moduleobject.set(w_module, "path", listobject.W_ListObject([strobject.newstr(p) for p in state.path]))
    w_modules = dictobject.W_DictObject()
    moduleobject.set(w_module, "modules", w_modules)
    w_impl = moduleobject.W_ModuleObject("implementation")
    moduleobject.set(w_impl, "name", strobject.newstr("kit"))
    moduleobject.set(w_module, "implementation", w_impl)
    return w_module
