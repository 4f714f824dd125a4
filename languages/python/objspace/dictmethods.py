"""The methods of dict (with its keys/values/items views) and of set and frozenset."""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, intobject, iterobject, ops, setobject, strobject
from languages.python.objspace.dictobject import W_DictObject, w_dict
from languages.python.objspace.gateway import classmethod_, method, staticmethod_
from languages.python.objspace.listmethods import repr_guard
from languages.python.objspace.root import W_Root, set_static_type, w_None, w_NotImplemented
from languages.python.objspace.setobject import W_SetObject, w_frozenset, w_set
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object


def self_dict(args_w: list[W_Root | None]) -> W_DictObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_DictObject)
    return w_self


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


class W_DictView(W_Root):
    def __init__(self, w_dict_: W_DictObject, kind: int) -> None:
        self.w_dict = w_dict_
        self.kind = kind

    def getclass(self) -> W_Root:
        if self.kind == iterobject.KEYS:
            return w_dict_keys
        if self.kind == iterobject.VALUES:
            return w_dict_values
        return w_dict_items


w_dict_keys = make_builtin_type("dict_keys", w_object, base_ok=False)
w_dict_values = make_builtin_type("dict_values", w_object, base_ok=False)
w_dict_items = make_builtin_type("dict_items", w_object, base_ok=False)
set_static_type(W_DictView, w_dict_keys)


@staticmethod_(w_dict, "__new__", "cls, *args, **kwargs")
def dict_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    if w_cls is w_dict:
        return W_DictObject()
    from languages.python.objspace.dictobject import W_DictObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_DictObjectUser(w_cls)


@method(w_dict, "__init__", "self, other=None, /, **kwargs")
def dict_init(args_w: list[W_Root | None]) -> W_Root:
    update_from(self_dict(args_w), args_w[1], args_w[2])
    return w_None


@method(w_dict, "update", "self, other=None, /, **kwargs")
def dict_update(args_w: list[W_Root | None]) -> W_Root:
    update_from(self_dict(args_w), args_w[1], args_w[2])
    return w_None


def update_from(w_self: W_DictObject, w_other: W_Root | None, w_kwargs: W_Root | None) -> None:
    if w_other is not None:
        if isinstance(w_other, W_DictObject):
            dictobject.update_from_dict(w_self, w_other)
        elif ops.getattr_or_none(w_other, "keys") is not None:
            for w_key in ops.unpack_iterable(ops.call_method(w_other, "keys", [])):
                dictobject.setitem(w_self, w_key, ops.getitem(w_other, w_key))
        else:
            for w_pair in ops.unpack_iterable(w_other):
                items_w = ops.unpack_iterable(w_pair)
                if len(items_w) != 2:
                    raise errors.value_error("dictionary update sequence element has length %d; 2 is required"
                                             % len(items_w))
                dictobject.setitem(w_self, items_w[0], items_w[1])
    if isinstance(w_kwargs, W_DictObject):
        dictobject.update_from_dict(w_self, w_kwargs)


@method(w_dict, "__repr__", "self")
def dict_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_dict(args_w)
    for w_active in repr_guard.active:
        if w_active is w_self:
            return strobject.newstr("{...}")
    repr_guard.active.append(w_self)
    try:
        pieces: list[str] = []
        for w_key in dictobject.keys(w_self):
            w_value = dictobject.lookup(w_self, w_key)
            assert w_value is not None
            pieces.append(ops.repr_w(w_key) + ": " + ops.repr_w(w_value))
    finally:
        repr_guard.active.pop()
    return strobject.newstr("{" + ", ".join(pieces) + "}")


@method(w_dict, "__len__", "self")
def dict_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_dict(args_w).used)


@method(w_dict, "__iter__", "self")
def dict_iter(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_DictIterObject(self_dict(args_w), iterobject.KEYS)


@method(w_dict, "__getitem__", "self, key, /")
def dict_getitem(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_dict(args_w)
    w_key = arg(args_w, 1)
    w_value = dictobject.lookup(w_self, w_key)
    if w_value is None:
        w_missing = ops.type_of(w_self).lookup("__missing__")
        if w_missing is not None:
            return ops.call_function(w_missing, [w_self, w_key])
        raise errors.key_error(w_key)
    return w_value


@method(w_dict, "__setitem__", "self, key, value, /")
def dict_setitem(args_w: list[W_Root | None]) -> W_Root:
    dictobject.setitem(self_dict(args_w), arg(args_w, 1), arg(args_w, 2))
    return w_None


@method(w_dict, "__delitem__", "self, key, /")
def dict_delitem(args_w: list[W_Root | None]) -> W_Root:
    w_key = arg(args_w, 1)
    if not dictobject.delitem(self_dict(args_w), w_key):
        raise errors.key_error(w_key)
    return w_None


@method(w_dict, "__contains__", "self, key, /")
def dict_contains(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(dictobject.lookup(self_dict(args_w), arg(args_w, 1)) is not None)


@method(w_dict, "__eq__", "self, other, /")
def dict_eq(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_dict(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    if w_self.used != w_other.used:
        return intobject.w_False
    for w_key in dictobject.keys(w_self):
        w_value = dictobject.lookup(w_self, w_key)
        w_other_value = dictobject.lookup(w_other, w_key)
        assert w_value is not None
        if w_other_value is None or not ops.eq_w(w_value, w_other_value):
            return intobject.w_False
    return intobject.w_True


@method(w_dict, "__or__", "self, other, /")
def dict_or(args_w: list[W_Root | None]) -> W_Root:
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    w_result = dictobject.copy(self_dict(args_w))
    dictobject.update_from_dict(w_result, w_other)
    return w_result


@method(w_dict, "__ior__", "self, other, /")
def dict_ior(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_dict(args_w)
    update_from(w_self, arg(args_w, 1), None)
    return w_self


@method(w_dict, "get", "self, key, default=None, /")
def dict_get(args_w: list[W_Root | None]) -> W_Root:
    w_value = dictobject.lookup(self_dict(args_w), arg(args_w, 1))
    if w_value is None:
        w_default = args_w[2]
        return w_None if w_default is None else w_default
    return w_value


@method(w_dict, "setdefault", "self, key, default=None, /")
def dict_setdefault(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_dict(args_w)
    w_key = arg(args_w, 1)
    w_value = dictobject.lookup(w_self, w_key)
    if w_value is None:
        w_default = args_w[2]
        w_value = w_None if w_default is None else w_default
        dictobject.setitem(w_self, w_key, w_value)
    return w_value


@method(w_dict, "pop", "self, key, default=None, /")
def dict_pop(args_w: list[W_Root | None]) -> W_Root:
    w_key = arg(args_w, 1)
    w_value = dictobject.pop_entry(self_dict(args_w), w_key)
    if w_value is None:
        w_default = args_w[2]
        if w_default is None:
            raise errors.key_error(w_key)
        return w_default
    return w_value


@method(w_dict, "popitem", "self")
def dict_popitem(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import tupleobject
    w_self = self_dict(args_w)
    keys_w = dictobject.keys(w_self)
    if len(keys_w) == 0:
        raise errors.key_error(strobject.newstr("popitem(): dictionary is empty"))
    w_key = keys_w[len(keys_w) - 1]
    w_value = dictobject.pop_entry(w_self, w_key)
    assert w_value is not None
    return tupleobject.newtuple([w_key, w_value])


@method(w_dict, "__reversed__", "self")
def dict_reversed(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_DictReverseIterObject(self_dict(args_w), iterobject.KEYS)


@method(w_dict, "keys", "self")
def dict_keys(args_w: list[W_Root | None]) -> W_Root:
    return W_DictView(self_dict(args_w), iterobject.KEYS)


@method(w_dict, "values", "self")
def dict_values(args_w: list[W_Root | None]) -> W_Root:
    return W_DictView(self_dict(args_w), iterobject.VALUES)


@method(w_dict, "items", "self")
def dict_items(args_w: list[W_Root | None]) -> W_Root:
    return W_DictView(self_dict(args_w), iterobject.ITEMS)


@method(w_dict, "copy", "self")
def dict_copy(args_w: list[W_Root | None]) -> W_Root:
    return dictobject.copy(self_dict(args_w))


@method(w_dict, "clear", "self")
def dict_clear(args_w: list[W_Root | None]) -> W_Root:
    dictobject.clear(self_dict(args_w))
    return w_None


@classmethod_(w_dict, "fromkeys", "cls, iterable, value=None, /")
def dict_fromkeys(args_w: list[W_Root | None]) -> W_Root:
    w_result = W_DictObject()
    w_value = args_w[2]
    if w_value is None:
        w_value = w_None
    for w_key in ops.unpack_iterable(arg(args_w, 1)):
        dictobject.setitem(w_result, w_key, w_value)
    return w_result


def view_of(args_w: list[W_Root | None]) -> W_DictView:
    w_self = args_w[0]
    assert isinstance(w_self, W_DictView)
    return w_self


def view_iter(args_w: list[W_Root | None]) -> W_Root:
    w_view = view_of(args_w)
    return iterobject.W_DictIterObject(w_view.w_dict, w_view.kind)


def view_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(view_of(args_w).w_dict.used)


def view_repr(args_w: list[W_Root | None]) -> W_Root:
    w_view = view_of(args_w)
    w_iter = iterobject.W_DictIterObject(w_view.w_dict, w_view.kind)
    pieces: list[str] = []
    while True:
        w_item = w_iter.next_w()
        if w_item is None:
            break
        pieces.append(ops.repr_w(w_item))
    return strobject.newstr("%s([%s])" % (ops.type_name(w_view), ", ".join(pieces)))


def view_contains(args_w: list[W_Root | None]) -> W_Root:
    w_view = view_of(args_w)
    w_item = arg(args_w, 1)
    if w_view.kind == iterobject.KEYS:
        return intobject.newbool(dictobject.lookup(w_view.w_dict, w_item) is not None)
    w_iter = iterobject.W_DictIterObject(w_view.w_dict, w_view.kind)
    while True:
        w_next = w_iter.next_w()
        if w_next is None:
            return intobject.w_False
        if ops.eq_w(w_next, w_item):
            return intobject.w_True


def install_views() -> None:
    from languages.python.objspace.gateway import METHOD, W_BuiltinFunction, parse_spec
    for w_t in [w_dict_keys, w_dict_values, w_dict_items]:
        for name, func, spec in [("__iter__", view_iter, "self"), ("__len__", view_len, "self"),
                                 ("__repr__", view_repr, "self"), ("__contains__", view_contains, "self, x")]:
            w_t.dict_w[name] = W_BuiltinFunction(name, func, parse_spec(spec), METHOD, None, "builtins", "")


install_views()


# ---- set and frozenset -----------------------------------------------------------------------------------

def self_set(args_w: list[W_Root | None]) -> W_SetObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_SetObject)
    return w_self


@staticmethod_(w_set, "__new__", "cls, iterable=None, /")
def set_new(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    items_w: list[W_Root] = []
    if w_iterable is not None:
        items_w = ops.unpack_iterable(w_iterable)
    return setobject.new_set(items_w, False)


@staticmethod_(w_frozenset, "__new__", "cls, iterable=None, /")
def frozenset_new(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    items_w: list[W_Root] = []
    if w_iterable is not None:
        items_w = ops.unpack_iterable(w_iterable)
    return setobject.new_set(items_w, True)


def set_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    items_w = setobject.items(w_self)
    pieces = [ops.repr_w(w_item) for w_item in items_w]
    if w_self.frozen:
        if len(items_w) == 0:
            return strobject.newstr("frozenset()")
        return strobject.newstr("frozenset({" + ", ".join(pieces) + "})")
    if len(items_w) == 0:
        return strobject.newstr("set()")
    return strobject.newstr("{" + ", ".join(pieces) + "}")


def set_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(setobject.length(self_set(args_w)))


def set_iter(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_DictIterObject(self_set(args_w).w_dict, iterobject.KEYS)


def set_contains(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(setobject.contains(self_set(args_w), arg(args_w, 1)))


def set_items_of(w_other: W_Root) -> list[W_Root]:
    if isinstance(w_other, W_SetObject):
        return setobject.items(w_other)
    return ops.unpack_iterable(w_other)


def set_union(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_SetObject):
        return w_NotImplemented
    return setobject.new_set(setobject.items(w_self) + setobject.items(w_other), w_self.frozen)


def set_intersection(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_SetObject):
        return w_NotImplemented
    return setobject.new_set([w_x for w_x in setobject.items(w_self) if setobject.contains(w_other, w_x)],
                             w_self.frozen)


def set_difference(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_SetObject):
        return w_NotImplemented
    return setobject.new_set([w_x for w_x in setobject.items(w_self) if not setobject.contains(w_other, w_x)],
                             w_self.frozen)


def set_symmetric_difference(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_SetObject):
        return w_NotImplemented
    items_w = [w_x for w_x in setobject.items(w_self) if not setobject.contains(w_other, w_x)]
    items_w += [w_x for w_x in setobject.items(w_other) if not setobject.contains(w_self, w_x)]
    return setobject.new_set(items_w, w_self.frozen)


def set_union_method(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    return setobject.new_set(setobject.items(w_self) + set_items_of(arg(args_w, 1)), w_self.frozen)


def set_intersection_method(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = setobject.new_set(set_items_of(arg(args_w, 1)), True)
    return setobject.new_set([w_x for w_x in setobject.items(w_self) if setobject.contains(w_other, w_x)],
                             w_self.frozen)


def set_difference_method(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = setobject.new_set(set_items_of(arg(args_w, 1)), True)
    return setobject.new_set([w_x for w_x in setobject.items(w_self) if not setobject.contains(w_other, w_x)],
                             w_self.frozen)


def set_eq(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_SetObject):
        return w_NotImplemented
    if setobject.length(w_self) != setobject.length(w_other):
        return intobject.w_False
    for w_x in setobject.items(w_self):
        if not setobject.contains(w_other, w_x):
            return intobject.w_False
    return intobject.w_True


def set_le(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_SetObject):
        return w_NotImplemented
    for w_x in setobject.items(w_self):
        if not setobject.contains(w_other, w_x):
            return intobject.w_False
    return intobject.w_True


def set_add(args_w: list[W_Root | None]) -> W_Root:
    setobject.add(self_set(args_w), arg(args_w, 1))
    return w_None


def set_discard(args_w: list[W_Root | None]) -> W_Root:
    dictobject.delitem(self_set(args_w).w_dict, arg(args_w, 1))
    return w_None


def set_remove(args_w: list[W_Root | None]) -> W_Root:
    w_item = arg(args_w, 1)
    if not dictobject.delitem(self_set(args_w).w_dict, w_item):
        raise errors.key_error(w_item)
    return w_None


def set_update(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    for w_item in set_items_of(arg(args_w, 1)):
        setobject.add(w_self, w_item)
    return w_None


def set_pop(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    items_w = setobject.items(w_self)
    if len(items_w) == 0:
        raise errors.key_error(strobject.newstr("pop from an empty set"))
    dictobject.delitem(w_self.w_dict, items_w[0])
    return items_w[0]


def set_hash(args_w: list[W_Root | None]) -> W_Root:
    h = 0
    for w_item in setobject.items(self_set(args_w)):
        h ^= ops.hash_w(w_item)
    return intobject.newint(h)


def install_sets() -> None:
    from languages.python.objspace.gateway import METHOD, W_BuiltinFunction, parse_spec
    common = [("__repr__", set_repr, "self"), ("__len__", set_len, "self"), ("__iter__", set_iter, "self"),
              ("__contains__", set_contains, "self, x"), ("__or__", set_union, "self, other"),
              ("union", set_union_method, "self, other"), ("__and__", set_intersection, "self, other"),
              ("intersection", set_intersection_method, "self, other"), ("__sub__", set_difference, "self, other"),
              ("difference", set_difference_method, "self, other"),
              ("__xor__", set_symmetric_difference, "self, other"),
              ("__eq__", set_eq, "self, other"), ("__le__", set_le, "self, other"),
              ("issubset", set_le, "self, other")]
    mutators = [("add", set_add, "self, x"), ("discard", set_discard, "self, x"),
                ("remove", set_remove, "self, x"), ("update", set_update, "self, other"),
                ("pop", set_pop, "self")]
    for name, func, spec in common + mutators:
        w_set.dict_w[name] = W_BuiltinFunction(name, func, parse_spec(spec), METHOD, None, "builtins", "")
    for name, func, spec in common + [("__hash__", set_hash, "self")]:
        w_frozenset.dict_w[name] = W_BuiltinFunction(name, func, parse_spec(spec), METHOD, None, "builtins", "")
    w_set.dict_w["__hash__"] = w_None


install_sets()
