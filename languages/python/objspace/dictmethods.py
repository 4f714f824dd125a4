"""The methods of dict (its views are in dictviews.py)."""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, intobject, iterobject, ops, strobject
from languages.python.objspace.dictobject import W_DictObject, w_dict
from languages.python.objspace.gateway import classmethod_, method, staticmethod_
from languages.python.objspace.listmethods import repr_guard
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented
from languages.python.objspace.typeobject import W_TypeObject


def self_dict(args_w: list[W_Root | None]) -> W_DictObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_DictObject)
    return w_self


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


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
            pairs_w = ops.unpack_iterable(w_other)
            for i in range(len(pairs_w)):
                w_pair = pairs_w[i]
                w_ptype = ops.type_of(w_pair)
                if w_ptype.lookup("__iter__") is None and w_ptype.lookup("__getitem__") is None:
                    raise errors.type_error("cannot convert dictionary update sequence element #%d to a sequence" % i)
                items_w = ops.unpack_iterable(w_pair)
                if len(items_w) != 2:
                    raise errors.value_error("dictionary update sequence element #%d has length %d; 2 is required"
                                             % (i, len(items_w)))
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


@method(w_dict, "__ror__", "self, other, /")
def dict_ror(args_w: list[W_Root | None]) -> W_Root:
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_DictObject):
        return w_NotImplemented
    w_result = dictobject.copy(w_other)
    dictobject.update_from_dict(w_result, self_dict(args_w))
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
    from languages.python.objspace.dictviews import W_DictView
    return W_DictView(self_dict(args_w), iterobject.KEYS)


@method(w_dict, "values", "self")
def dict_values(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.dictviews import W_DictView
    return W_DictView(self_dict(args_w), iterobject.VALUES)


@method(w_dict, "items", "self")
def dict_items(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.dictviews import W_DictView
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
    w_value = args_w[2]
    if w_value is None:
        w_value = w_None
    w_cls = args_w[0]
    if w_cls is not None and w_cls is not w_dict:
        # a subclass (or any callable class): build it empty, then store each key with its __setitem__
        w_new = ops.call_function(w_cls, [])
        for w_key in ops.unpack_iterable(arg(args_w, 1)):
            ops.setitem(w_new, w_key, w_value)
        return w_new
    w_result = W_DictObject()
    for w_key in ops.unpack_iterable(arg(args_w, 1)):
        dictobject.setitem(w_result, w_key, w_value)
    return w_result
