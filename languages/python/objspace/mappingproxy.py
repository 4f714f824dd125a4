"""mappingproxy: the read-only view of a class's namespace that `cls.__dict__` returns."""

from __future__ import annotations

from languages.python.objspace import errors, intobject, iterobject, ops, strobject
from languages.python.objspace.dictobject import W_DictObject
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import W_Root, set_static_type, w_None, w_NotImplemented
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_MappingProxy(W_Root):
    def __init__(self, w_mapping: W_Root) -> None:
        self.w_mapping = w_mapping


w_mappingproxy = make_builtin_type("mappingproxy", w_object, base_ok=False)
set_static_type(W_MappingProxy, w_mappingproxy)


def mapping_of(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, W_MappingProxy)
    return w_self.w_mapping


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


@staticmethod_(w_mappingproxy, "__new__", "cls, mapping")
def mappingproxy_new(args_w: list[W_Root | None]) -> W_Root:
    w_mapping = arg(args_w, 1)
    if ops.type_of(w_mapping).lookup("__getitem__") is None or ops.type_of(w_mapping).lookup("keys") is None:
        raise errors.type_error("mappingproxy() argument must be a mapping, not %s" % ops.type_name(w_mapping))
    return W_MappingProxy(w_mapping)


@method(w_mappingproxy, "__getitem__", "self, key, /")
def mappingproxy_getitem(args_w: list[W_Root | None]) -> W_Root:
    return ops.getitem(mapping_of(args_w), arg(args_w, 1))


@method(w_mappingproxy, "__contains__", "self, key, /")
def mappingproxy_contains(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(ops.contains(mapping_of(args_w), arg(args_w, 1)))


@method(w_mappingproxy, "__iter__", "self")
def mappingproxy_iter(args_w: list[W_Root | None]) -> W_Root:
    return ops.iter(mapping_of(args_w))


@method(w_mappingproxy, "__len__", "self")
def mappingproxy_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(ops.len_w(mapping_of(args_w)))


@method(w_mappingproxy, "__repr__", "self")
def mappingproxy_repr(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr("mappingproxy(%s)" % ops.repr_w(mapping_of(args_w)))


@method(w_mappingproxy, "__str__", "self")
def mappingproxy_str(args_w: list[W_Root | None]) -> W_Root:
    return ops.str(mapping_of(args_w))


@method(w_mappingproxy, "keys", "self")
def mappingproxy_keys(args_w: list[W_Root | None]) -> W_Root:
    return ops.call_method(mapping_of(args_w), "keys", [])


@method(w_mappingproxy, "values", "self")
def mappingproxy_values(args_w: list[W_Root | None]) -> W_Root:
    return ops.call_method(mapping_of(args_w), "values", [])


@method(w_mappingproxy, "items", "self")
def mappingproxy_items(args_w: list[W_Root | None]) -> W_Root:
    return ops.call_method(mapping_of(args_w), "items", [])


@method(w_mappingproxy, "copy", "self")
def mappingproxy_copy(args_w: list[W_Root | None]) -> W_Root:
    return ops.call_method(mapping_of(args_w), "copy", [])


@method(w_mappingproxy, "get", "self, key, default=None, /")
def mappingproxy_get(args_w: list[W_Root | None]) -> W_Root:
    w_default = args_w[2]
    if w_default is None:
        w_default = w_None
    return ops.call_method(mapping_of(args_w), "get", [arg(args_w, 1), w_default])


@method(w_mappingproxy, "__eq__", "self, other, /")
def mappingproxy_eq(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    w_other = arg(args_w, 1)
    if isinstance(w_other, W_MappingProxy):
        w_other = w_other.w_mapping
    return operators.compare(mapping_of(args_w), w_other, operators.EQ)


@method(w_mappingproxy, "__or__", "self, other, /")
def mappingproxy_or(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    w_other = arg(args_w, 1)
    if isinstance(w_other, W_MappingProxy):
        w_other = w_other.w_mapping
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    w_copy = ops.call_method(mapping_of(args_w), "copy", [])
    return operators.binary_op(w_copy, w_other, operators.OR)


@method(w_mappingproxy, "__reversed__", "self")
def mappingproxy_reversed(args_w: list[W_Root | None]) -> W_Root:
    w_mapping = mapping_of(args_w)
    if isinstance(w_mapping, W_DictObject):
        return iterobject.W_DictReverseIterObject(w_mapping, iterobject.KEYS)
    return ops.call_method(w_mapping, "__reversed__", [])
