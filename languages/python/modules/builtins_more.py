"""The remaining builtins: __import__, aiter/anext, exit/quit, and memoryview (a read-only or
writable view of the bytes of a bytes/bytearray object, byte format only); module.__dir__."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.modules.builtins import FUNCTIONS, function
from languages.python.objspace import (
    bytesobject,
    dictobject,
    errors,
    exceptions,
    intobject,
    listobject,
    moduleobject,
    ops,
    sliceobject,
    strobject,
    tupleobject,
)
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import OperationError, W_Root, set_static_type, w_None, w_NotImplemented
from languages.python.objspace.typeobject import make_builtin_type, w_object


@function(FUNCTIONS, "__import__", "name, globals=None, locals=None, fromlist=None, level=None")
def builtin_import(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.modules import importing
    name = ops.text_w(args_w[0], "__import__() argument 1")
    w_fromlist = args_w[3]
    if w_fromlist is None:
        w_fromlist = w_None
    level = 0
    if args_w[4] is not None:
        level = ops.int_w(args_w[4])
    if level < 0:
        raise errors.value_error("level must be >= 0")
    if name == "" and level == 0:
        raise errors.value_error("Empty module name")
    return importing.import_module(name, w_fromlist, level, args_w[1])


@function(FUNCTIONS, "aiter", "async_iterable, /")
def builtin_aiter(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import asyncgen
    w_obj = args_w[0]
    assert w_obj is not None
    return asyncgen.aiter_of(w_obj)


@function(FUNCTIONS, "anext", "aiterator, default=None, /")
def builtin_anext(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.interpreter import asyncgen
    w_obj = args_w[0]
    assert w_obj is not None
    if ops.type_of(w_obj).lookup("__anext__") is None:
        raise errors.type_error("'%s' object is not an async iterator" % ops.type_name(w_obj))
    w_awaitable = asyncgen.anext_awaitable(w_obj)
    w_default = args_w[1]
    if w_default is None:
        return w_awaitable
    return W_AnextWithDefault(w_awaitable, w_default)


class W_AnextWithDefault(W_Root):
    """anext(it, default): awaits the next item, or gives the default at StopAsyncIteration."""

    def __init__(self, w_awaitable: W_Root, w_default: W_Root) -> None:
        self.w_awaitable = w_awaitable
        self.w_default = w_default


w_anext_awaitable = make_builtin_type("anext_awaitable", w_object, base_ok=False)
set_static_type(W_AnextWithDefault, w_anext_awaitable)


def self_anext(args_w: list[W_Root | None]) -> W_AnextWithDefault:
    w_self = args_w[0]
    assert isinstance(w_self, W_AnextWithDefault)
    return w_self


@method(w_anext_awaitable, "__await__", "self")
@method(w_anext_awaitable, "__iter__", "self")
def anext_iter(args_w: list[W_Root | None]) -> W_Root:
    return self_anext(args_w)


def anext_step(w_self: W_AnextWithDefault, w_value: W_Root) -> W_Root:
    from languages.python.interpreter import generator
    w_awaitable = w_self.w_awaitable
    try:
        if isinstance(w_awaitable, generator.W_Generator):
            return generator.send(w_awaitable, w_value)
        if w_value is w_None:
            return ops.call_method(w_awaitable, "__next__", [])
        return ops.call_method(w_awaitable, "send", [w_value])
    except OperationError as e:
        if errors.matches(e, exceptions.w_StopAsyncIteration):
            raise errors.stop_iteration(w_self.w_default) from None
        raise


@method(w_anext_awaitable, "__next__", "self")
def anext_next(args_w: list[W_Root | None]) -> W_Root:
    return anext_step(self_anext(args_w), w_None)


@method(w_anext_awaitable, "send", "self, value, /")
def anext_send(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return anext_step(self_anext(args_w), w_value)


def exit_program(w_code: W_Root | None) -> W_Root:
    args_w: list[W_Root] = []
    if w_code is not None and w_code is not w_None:
        args_w.append(w_code)
    raise errors.oper_error_args(exceptions.w_SystemExit, args_w)


@function(FUNCTIONS, "exit", "code=None")
def builtin_exit(args_w: list[W_Root | None]) -> W_Root:
    return exit_program(args_w[0])


@function(FUNCTIONS, "quit", "code=None")
def builtin_quit(args_w: list[W_Root | None]) -> W_Root:
    return exit_program(args_w[0])


@method(moduleobject.w_module, "__dir__", "self")
def module_dir(args_w: list[W_Root | None]) -> W_Root:
    w_mod = args_w[0]
    assert isinstance(w_mod, moduleobject.W_ModuleObject)
    return listobject.W_ListObject(dictobject.keys(w_mod.w_dict))


# ---- memoryview -----------------------------------------------------------------------------------------

class W_MemoryView(W_Root):
    """A view of [start, start+length) of a bytes or bytearray object, stepping by `step`."""

    def __init__(self, w_base: W_Root, start: int, length: int, step: int) -> None:
        self.w_base = w_base
        self.start = start
        self.length = length
        self.step = step
        self.released = False


w_memoryview = make_builtin_type("memoryview", w_object, base_ok=False)
set_static_type(W_MemoryView, w_memoryview)


def self_view(args_w: list[W_Root | None]) -> W_MemoryView:
    w_self = args_w[0]
    assert isinstance(w_self, W_MemoryView)
    if w_self.released:
        raise errors.value_error("operation forbidden on released memoryview object")
    return w_self


def view_bytes(w_view: W_MemoryView) -> str:
    data = bytesobject.data_of(w_view.w_base)
    return strobject.slice_text(data, w_view.start, w_view.start + w_view.length * w_view.step, w_view.step,
                                w_view.length)


@staticmethod_(w_memoryview, "__new__", "cls, object")
def memoryview_new(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[1]
    assert w_obj is not None
    if isinstance(w_obj, W_MemoryView):
        return W_MemoryView(w_obj.w_base, w_obj.start, w_obj.length, w_obj.step)
    if not bytesobject.is_bytes_like(w_obj):
        raise errors.type_error("memoryview: a bytes-like object is required, not '%s'" % ops.type_name(w_obj))
    return W_MemoryView(w_obj, 0, len(bytesobject.data_of(w_obj)), 1)


@method(w_memoryview, "__len__", "self")
def memoryview_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_view(args_w).length)


@method(w_memoryview, "__getitem__", "self, key, /")
def memoryview_getitem(args_w: list[W_Root | None]) -> W_Root:
    w_view = self_view(args_w)
    w_key = args_w[1]
    assert w_key is not None
    if isinstance(w_key, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_key, w_view.length)
        return W_MemoryView(w_view.w_base, w_view.start + s.start * w_view.step, s.length, w_view.step * s.step)
    index = ops.item_index_w(w_key)
    if index < 0:
        index += w_view.length
    if index < 0 or index >= w_view.length:
        raise errors.index_error("index out of range on dimension 1")
    data = bytesobject.data_of(w_view.w_base)
    return intobject.newint(ord(data[w_view.start + index * w_view.step]))


@method(w_memoryview, "__setitem__", "self, key, value, /")
def memoryview_setitem(args_w: list[W_Root | None]) -> W_Root:
    w_view = self_view(args_w)
    w_base = w_view.w_base
    if not isinstance(w_base, bytesobject.W_BytearrayObject):
        raise errors.type_error("cannot modify read-only memory")
    w_key = args_w[1]
    w_value = args_w[2]
    assert w_key is not None and w_value is not None
    if isinstance(w_key, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_key, w_view.length)
        data = bytesobject.buffer_w(w_value)
        if len(data) != s.length:
            raise errors.value_error("memoryview assignment: lvalue and rvalue have different structures")
        for i in range(s.length):
            w_base.data[w_view.start + (s.start + i * s.step) * w_view.step] = data[i]
        return w_None
    index = ops.item_index_w(w_key)
    if index < 0:
        index += w_view.length
    if index < 0 or index >= w_view.length:
        raise errors.index_error("index out of range on dimension 1")
    value = ops.int_w(w_value)
    if value < 0 or value > 255:
        raise errors.value_error("memoryview: invalid value for format 'B'")
    w_base.data[w_view.start + index * w_view.step] = chr(value)
    return w_None


@method(w_memoryview, "tobytes", "self")
def memoryview_tobytes(args_w: list[W_Root | None]) -> W_Root:
    return bytesobject.W_BytesObject(view_bytes(self_view(args_w)))


@method(w_memoryview, "tolist", "self")
def memoryview_tolist(args_w: list[W_Root | None]) -> W_Root:
    return listobject.W_ListObject([intobject.newint(ord(ch)) for ch in view_bytes(self_view(args_w))])


@method(w_memoryview, "hex", "self")
def memoryview_hex(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import bytesmethods
    return bytesmethods.bytes_hex([bytesobject.W_BytesObject(view_bytes(self_view(args_w))), None, None])


@method(w_memoryview, "release", "self")
def memoryview_release(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, W_MemoryView)
    w_self.released = True
    return w_None


@method(w_memoryview, "__enter__", "self")
def memoryview_enter(args_w: list[W_Root | None]) -> W_Root:
    return self_view(args_w)


@method(w_memoryview, "__exit__", "self, *args")
def memoryview_exit(args_w: list[W_Root | None]) -> W_Root:
    return memoryview_release(args_w)


@method(w_memoryview, "__eq__", "self, other, /")
def memoryview_eq(args_w: list[W_Root | None]) -> W_Root:
    w_view = self_view(args_w)
    w_other = args_w[1]
    if isinstance(w_other, W_MemoryView):
        return intobject.newbool(view_bytes(w_view) == view_bytes(w_other))
    if w_other is not None and bytesobject.is_bytes_like(w_other):
        return intobject.newbool(view_bytes(w_view) == bytesobject.data_of(w_other))
    return w_NotImplemented


@method(w_memoryview, "__iter__", "self")
def memoryview_iter(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import iterobject
    items_w: list[W_Root] = [intobject.newint(ord(ch)) for ch in view_bytes(self_view(args_w))]
    return iterobject.W_TupleIterObject(items_w)


def view_readonly(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_MemoryView)
    return intobject.newbool(not isinstance(w_obj.w_base, bytesobject.W_BytearrayObject))


def view_nbytes(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_MemoryView)
    return intobject.newint(w_obj.length)


def view_obj(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_MemoryView)
    return w_obj.w_base


def view_format(w_obj: W_Root) -> W_Root:
    return strobject.newstr("B")


def view_one(w_obj: W_Root) -> W_Root:
    return intobject.newint(1)


def view_shape(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_MemoryView)
    return tupleobject.newtuple([intobject.newint(w_obj.length)])


@not_rpython
def install_view_attributes() -> None:
    from languages.python.objspace.descriptors import getset
    getset(w_memoryview, "readonly", view_readonly)
    getset(w_memoryview, "nbytes", view_nbytes)
    getset(w_memoryview, "obj", view_obj)
    getset(w_memoryview, "format", view_format)
    getset(w_memoryview, "itemsize", view_one)
    getset(w_memoryview, "ndim", view_one)
    getset(w_memoryview, "shape", view_shape)


install_view_attributes()
