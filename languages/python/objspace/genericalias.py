"""types.GenericAlias (what `list[int]` evaluates to: an origin class and arguments, printed as
written, callable like the origin) and types.UnionType (`int | str`: usable with isinstance)."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.objspace import errors, intobject, ops, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.gateway import classmethod_, method
from languages.python.objspace.root import W_Root, set_static_type, w_Ellipsis, w_None, w_NotImplemented
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


# ---- int | str --------------------------------------------------------------------------------------

class W_UnionType(W_Root):
    def __init__(self, args_w: list[W_Root]) -> None:
        self.args_w = args_w


w_union_type = make_builtin_type("UnionType", w_object, base_ok=False)
w_union_type.module = "types"
set_static_type(W_UnionType, w_union_type)


def is_union_member(w_obj: W_Root) -> bool:
    return (isinstance(w_obj, W_TypeObject) or isinstance(w_obj, W_UnionType) or isinstance(w_obj, W_GenericAlias)
            or w_obj is w_None)


def union_of(w_a: W_Root, w_b: W_Root) -> W_Root:
    """a | b for types (None standing for NoneType); NotImplemented for anything else."""
    if not is_union_member(w_a) or not is_union_member(w_b):
        return w_NotImplemented
    members_w: list[W_Root] = []
    for w_side in [w_a, w_b]:
        if isinstance(w_side, W_UnionType):
            items_w = w_side.args_w
        else:
            items_w = [w_side]
        for w_item in items_w:
            if w_item is w_None:
                w_item = ops.type_of(w_None)
            duplicate = False
            for w_seen in members_w:
                if w_seen is w_item:
                    duplicate = True
            if not duplicate:
                members_w.append(w_item)
    if len(members_w) == 1:
        return members_w[0]
    return W_UnionType(members_w)


def self_union(args_w: list[W_Root | None]) -> W_UnionType:
    w_self = args_w[0]
    assert isinstance(w_self, W_UnionType)
    return w_self


@method(w_union_type, "__or__", "self, other, /")
def union_or(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    assert w_other is not None
    return union_of(self_union(args_w), w_other)


@method(w_union_type, "__ror__", "self, other, /")
def union_ror(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    assert w_other is not None
    return union_of(w_other, self_union(args_w))


@method(w_union_type, "__repr__", "self")
def union_repr(args_w: list[W_Root | None]) -> W_Root:
    pieces: list[str] = []
    for w_arg in self_union(args_w).args_w:
        if w_arg is ops.type_of(w_None):
            pieces.append("None")
        else:
            pieces.append(argument_repr(w_arg))
    return strobject.newstr(" | ".join(pieces))


@method(w_union_type, "__instancecheck__", "self, instance, /")
def union_instancecheck(args_w: list[W_Root | None]) -> W_Root:
    w_instance = args_w[1]
    assert w_instance is not None
    for w_arg in self_union(args_w).args_w:
        if isinstance(w_arg, W_GenericAlias):
            raise errors.type_error("isinstance() argument 2 cannot be a parameterized generic")
        if ops.isinstance_w(w_instance, w_arg):
            return intobject.w_True
    return intobject.w_False


@method(w_union_type, "__subclasscheck__", "self, subclass, /")
def union_subclasscheck(args_w: list[W_Root | None]) -> W_Root:
    w_sub = args_w[1]
    assert w_sub is not None
    for w_arg in self_union(args_w).args_w:
        if ops.issubclass_w(w_sub, w_arg):
            return intobject.w_True
    return intobject.w_False


@method(w_union_type, "__eq__", "self, other, /")
def union_eq(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    if not isinstance(w_other, W_UnionType):
        return w_NotImplemented
    mine = self_union(args_w).args_w
    if len(mine) != len(w_other.args_w):
        return intobject.w_False
    for w_arg in mine:
        found = False
        for w_theirs in w_other.args_w:
            if w_theirs is w_arg:
                found = True
        if not found:
            return intobject.w_False
    return intobject.w_True


@method(w_union_type, "__hash__", "self")
def union_hash(args_w: list[W_Root | None]) -> W_Root:
    h = 0
    for w_arg in self_union(args_w).args_w:
        h ^= ops.hash_w(w_arg)
    return intobject.newint(h)


def union_args(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_UnionType)
    return tupleobject.newtuple(w_obj.args_w)


getset(w_union_type, "__args__", union_args)


@not_rpython
def install() -> None:
    """__class_getitem__ for the builtin generic types."""
    from languages.python.objspace import dictobject, listobject, setobject
    from languages.python.objspace.typeobject import w_type
    for w_t in [listobject.w_list, dictobject.w_dict, tupleobject.w_tuple, setobject.w_set, setobject.w_frozenset,
                w_type]:
        classmethod_(w_t, "__class_getitem__", "cls, item, /")(class_getitem)


install()
