"""types.GenericAlias: what `list[int]` and other parameterized builtin types evaluate to (an
origin class and a tuple of arguments, printed as written, callable like the origin)."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.objspace import intobject, ops, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.gateway import classmethod_, method
from languages.python.objspace.root import W_Root, set_static_type, w_Ellipsis, w_NotImplemented
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object


class W_GenericAlias(W_Root):
    def __init__(self, w_origin: W_Root, args_w: list[W_Root]) -> None:
        self.w_origin = w_origin
        self.args_w = args_w


w_generic_alias = make_builtin_type("GenericAlias", w_object, base_ok=False)
w_generic_alias.module = "types"
set_static_type(W_GenericAlias, w_generic_alias)


def self_alias(args_w: list[W_Root | None]) -> W_GenericAlias:
    w_self = args_w[0]
    assert isinstance(w_self, W_GenericAlias)
    return w_self


def class_getitem(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    w_item = args_w[1]
    assert w_cls is not None and w_item is not None
    if isinstance(w_item, tupleobject.W_TupleObject):
        return W_GenericAlias(w_cls, list(w_item.items_w))
    return W_GenericAlias(w_cls, [w_item])


def argument_repr(w_arg: W_Root) -> str:
    if w_arg is w_Ellipsis:
        return "..."
    if isinstance(w_arg, W_TypeObject):
        if w_arg.module == "builtins":
            return w_arg.qualname
        return w_arg.module + "." + w_arg.qualname
    return ops.repr_w(w_arg)


@method(w_generic_alias, "__repr__", "self")
def alias_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_alias(args_w)
    pieces = [argument_repr(w_arg) for w_arg in w_self.args_w]
    if len(pieces) == 0:
        pieces.append("()")
    return strobject.newstr(argument_repr(w_self.w_origin) + "[" + ", ".join(pieces) + "]")


@method(w_generic_alias, "__call__", "self, *args, **kwargs")
def alias_call(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    return ops.call_args(self_alias(args_w).w_origin, typedescr.arguments_from(args_w[1], args_w[2]))


@method(w_generic_alias, "__mro_entries__", "self, bases, /")
def alias_mro_entries(args_w: list[W_Root | None]) -> W_Root:
    return tupleobject.newtuple([self_alias(args_w).w_origin])


@method(w_generic_alias, "__eq__", "self, other, /")
def alias_eq(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_alias(args_w)
    w_other = args_w[1]
    if not isinstance(w_other, W_GenericAlias):
        return w_NotImplemented
    if w_self.w_origin is not w_other.w_origin:
        return intobject.w_False
    return intobject.newbool(ops.eq_w(tupleobject.newtuple(w_self.args_w), tupleobject.newtuple(w_other.args_w)))


@method(w_generic_alias, "__hash__", "self")
def alias_hash(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_alias(args_w)
    return intobject.newint(ops.hash_w(w_self.w_origin) ^ ops.hash_w(tupleobject.newtuple(w_self.args_w)))


def alias_origin(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_GenericAlias)
    return w_obj.w_origin


def alias_args(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_GenericAlias)
    return tupleobject.newtuple(w_obj.args_w)


def alias_parameters(w_obj: W_Root) -> W_Root:
    return tupleobject.newtuple([])


getset(w_generic_alias, "__origin__", alias_origin)
getset(w_generic_alias, "__args__", alias_args)
getset(w_generic_alias, "__parameters__", alias_parameters)


@not_rpython
def install() -> None:
    """__class_getitem__ for the builtin generic types."""
    from languages.python.objspace import dictobject, listobject, setobject
    from languages.python.objspace.typeobject import w_type
    for w_t in [listobject.w_list, dictobject.w_dict, tupleobject.w_tuple, setobject.w_set, setobject.w_frozenset,
                w_type]:
        classmethod_(w_t, "__class_getitem__", "cls, item, /")(class_getitem)


install()
