"""The methods of set and frozenset: construction, repr, membership, the operators and their
method forms (union, intersection, difference, symmetric difference with any iterables),
comparisons (subset/superset), the in-place updates, and hashing of frozensets.
The algorithms follow CPython's setobject.c so that results iterate in CPython's order."""

from __future__ import annotations

from languages.python.objspace import errors, exceptions, intobject, ops, setobject, strobject, tupleobject
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented
from languages.python.objspace.setobject import W_SetObject, W_SetObjectUser, w_frozenset, w_set
from languages.python.objspace.typeobject import W_TypeObject


def self_set(args_w: list[W_Root | None]) -> W_SetObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_SetObject)
    return w_self


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


def others(args_w: list[W_Root | None]) -> list[W_Root]:
    w_args = args_w[1]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    return w_args.items_w


def as_set(w_other: W_Root) -> W_SetObject:
    """w_other itself when it is a set, else a new set of its items."""
    if isinstance(w_other, W_SetObject):
        return w_other
    w_result = W_SetObject(False)
    setobject.update(w_result, w_other)
    return w_result


# ---- construction and basics --------------------------------------------------------------------------

def new_of_class(w_cls: W_Root | None, frozen: bool) -> W_SetObject:
    if w_cls is None or w_cls is w_set or w_cls is w_frozenset:
        return W_SetObject(frozen)
    assert isinstance(w_cls, W_TypeObject)
    return W_SetObjectUser(w_cls, frozen)


@staticmethod_(w_set, "__new__", "cls, *args, **kwargs")
def set_new(args_w: list[W_Root | None]) -> W_Root:
    return new_of_class(args_w[0], False)


@method(w_set, "__init__", "self, iterable=None, /")
def set_init(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    setobject.clear(w_self)
    if args_w[1] is not None:
        setobject.update(w_self, arg(args_w, 1))
    return w_None


@staticmethod_(w_frozenset, "__new__", "cls, iterable=None, /")
def frozenset_new(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    w_cls = args_w[0]
    if (w_cls is None or w_cls is w_frozenset) and isinstance(w_iterable, W_SetObject) and w_iterable.frozen \
            and not w_iterable._user_:
        return w_iterable
    w_result = new_of_class(w_cls, True)
    if w_iterable is not None:
        setobject.update(w_result, w_iterable)
    return w_result


@method(w_frozenset, "__repr__", "self")
@method(w_set, "__repr__", "self")
def set_repr(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.listmethods import repr_items
    w_self = self_set(args_w)
    name = ops.type_name(w_self)
    items_w = setobject.items(w_self)
    if len(items_w) == 0:
        return strobject.newstr(name + "()")
    body = repr_items(w_self, items_w, "{", "}")
    if body == "{...}":
        return strobject.newstr(name + "(...)")
    if w_self.frozen or ops.type_of(w_self) is not w_set:
        return strobject.newstr(name + "(" + body + ")")
    return strobject.newstr(body)


@method(w_frozenset, "__len__", "self")
@method(w_set, "__len__", "self")
def set_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_set(args_w).used)


@method(w_frozenset, "__iter__", "self")
@method(w_set, "__iter__", "self")
def set_iter(args_w: list[W_Root | None]) -> W_Root:
    return setobject.W_SetIterObject(self_set(args_w))


@method(w_frozenset, "__contains__", "self, key, /")
@method(w_set, "__contains__", "self, key, /")
def set_contains(args_w: list[W_Root | None]) -> W_Root:
    w_key = arg(args_w, 1)
    try:
        return intobject.newbool(setobject.contains(self_set(args_w), w_key))
    except errors.OperationError as e:
        # an unhashable set is looked up as the frozenset with the same items
        if isinstance(w_key, W_SetObject) and errors.matches(e, exceptions.w_TypeError):
            return intobject.newbool(setobject.contains(self_set(args_w), setobject.copy_of(w_key, True)))
        raise


@method(w_frozenset, "copy", "self")
@method(w_set, "copy", "self")
def set_copy(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    if w_self.frozen and not w_self._user_:
        return w_self
    return setobject.copy_of(w_self, w_self.frozen)


@method(w_frozenset, "__hash__", "self")
def frozenset_hash(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_cached = w_self.w_hash_cache
    if w_cached is None:
        w_cached = intobject.newint(setobject.frozenset_hash(w_self))
        w_self.w_hash_cache = w_cached
    return w_cached


# ---- the algebra ----------------------------------------------------------------------------------------

def intersection(w_a: W_SetObject, w_other: W_Root) -> W_SetObject:
    """CPython's set_intersection: iterate the smaller set (or the iterable), keep what is in both."""
    if w_other is w_a:
        return setobject.copy_of(w_a, w_a.frozen)
    w_result = setobject.new_like(w_a)
    if isinstance(w_other, W_SetObject):
        w_small = w_other
        w_big = w_a
        if w_other.used > w_a.used:
            w_small = w_a
            w_big = w_other
        keys_w, hashes = setobject.entries(w_small)
        for i in range(len(keys_w)):
            if setobject.lookup_index(w_big, keys_w[i], hashes[i]) >= 0:
                setobject.add_hashed(w_result, keys_w[i], hashes[i])
        return w_result
    w_iter = ops.iter(w_other)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return w_result
        h = setobject.hash_of(w_item)
        if setobject.lookup_index(w_a, w_item, h) >= 0:
            setobject.add_hashed(w_result, w_item, h)


def difference_update(w_a: W_SetObject, w_other: W_Root) -> None:
    if w_other is w_a:
        setobject.clear(w_a)
        return
    if isinstance(w_other, W_SetObject):
        if (w_other.used >> 3) > w_a.used:
            w_other = intersection(w_a, w_other)
        assert isinstance(w_other, W_SetObject)
        keys_w, hashes = setobject.entries(w_other)
        for i in range(len(keys_w)):
            setobject.discard_hashed(w_a, keys_w[i], hashes[i])
    else:
        w_iter = ops.iter(w_other)
        while True:
            w_item = ops.next(w_iter)
            if w_item is None:
                break
            setobject.discard(w_a, w_item)
    if w_a.fill - w_a.used > setobject.mask_of(w_a) // 4:
        setobject.resize(w_a, w_a.used * 2 if w_a.used > 50000 else w_a.used * 4)


def difference(w_a: W_SetObject, w_other: W_Root) -> W_SetObject:
    from languages.python.objspace import dictobject
    if isinstance(w_other, W_SetObject):
        other_size = w_other.used
    elif isinstance(w_other, dictobject.W_DictObject) and not w_other._user_:
        other_size = w_other.used
    else:
        w_result = setobject.copy_of(w_a, w_a.frozen)
        difference_update(w_result, w_other)
        return w_result
    if (w_a.used >> 2) > other_size:
        w_result = setobject.copy_of(w_a, w_a.frozen)
        difference_update(w_result, w_other)
        return w_result
    w_result = setobject.new_like(w_a)
    keys_w, hashes = setobject.entries(w_a)
    for i in range(len(keys_w)):
        if isinstance(w_other, W_SetObject):
            found = setobject.lookup_index(w_other, keys_w[i], hashes[i]) >= 0
        else:
            assert isinstance(w_other, dictobject.W_DictObject)
            found = dictobject.lookup_hashed(w_other, keys_w[i], hashes[i]) is not None
        if not found:
            setobject.add_hashed(w_result, keys_w[i], hashes[i])
    return w_result


def symmetric_difference_update(w_a: W_SetObject, w_other: W_Root) -> None:
    if w_other is w_a:
        setobject.clear(w_a)
        return
    w_other_set = as_set(w_other)
    keys_w, hashes = setobject.entries(w_other_set)
    for i in range(len(keys_w)):
        if not setobject.discard_hashed(w_a, keys_w[i], hashes[i]):
            setobject.add_hashed(w_a, keys_w[i], hashes[i])


def symmetric_difference(w_a: W_SetObject, w_other: W_Root) -> W_SetObject:
    w_result = setobject.new_like(w_a)
    setobject.update(w_result, w_other)
    symmetric_difference_update(w_result, w_a)
    return w_result


def union(w_a: W_SetObject, others_w: list[W_Root]) -> W_SetObject:
    w_result = setobject.copy_of(w_a, w_a.frozen)
    for w_other in others_w:
        setobject.update(w_result, w_other)
    return w_result


def is_subset(w_a: W_SetObject, w_b: W_SetObject) -> bool:
    if w_a.used > w_b.used:
        return False
    keys_w, hashes = setobject.entries(w_a)
    for i in range(len(keys_w)):
        if setobject.lookup_index(w_b, keys_w[i], hashes[i]) < 0:
            return False
    return True


# ---- operators ----------------------------------------------------------------------------------------

def operand(args_w: list[W_Root | None]) -> W_SetObject | None:
    w_other = args_w[1]
    if isinstance(w_other, W_SetObject):
        return w_other
    return None


@method(w_frozenset, "__or__", "self, other, /")
@method(w_set, "__or__", "self, other, /")
def set_or(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return union(self_set(args_w), [w_other])


@method(w_frozenset, "__and__", "self, other, /")
@method(w_set, "__and__", "self, other, /")
def set_and(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return intersection(self_set(args_w), w_other)


@method(w_frozenset, "__sub__", "self, other, /")
@method(w_set, "__sub__", "self, other, /")
def set_sub(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return difference(self_set(args_w), w_other)


@method(w_frozenset, "__xor__", "self, other, /")
@method(w_set, "__xor__", "self, other, /")
def set_xor(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return symmetric_difference(self_set(args_w), w_other)


@method(w_frozenset, "__ror__", "self, other, /")
@method(w_set, "__ror__", "self, other, /")
def set_ror(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return union(w_other, [self_set(args_w)])


@method(w_frozenset, "__rand__", "self, other, /")
@method(w_set, "__rand__", "self, other, /")
def set_rand(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return intersection(w_other, self_set(args_w))


@method(w_frozenset, "__rsub__", "self, other, /")
@method(w_set, "__rsub__", "self, other, /")
def set_rsub(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return difference(w_other, self_set(args_w))


@method(w_frozenset, "__rxor__", "self, other, /")
@method(w_set, "__rxor__", "self, other, /")
def set_rxor(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    return symmetric_difference(w_other, self_set(args_w))


@method(w_set, "__ior__", "self, other, /")
def set_ior(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    w_self = self_set(args_w)
    setobject.merge(w_self, w_other)
    return w_self


@method(w_set, "__iand__", "self, other, /")
def set_iand(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    w_self = self_set(args_w)
    replace_contents(w_self, intersection(w_self, w_other))
    return w_self


@method(w_set, "__isub__", "self, other, /")
def set_isub(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    w_self = self_set(args_w)
    difference_update(w_self, w_other)
    return w_self


@method(w_set, "__ixor__", "self, other, /")
def set_ixor(args_w: list[W_Root | None]) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    w_self = self_set(args_w)
    symmetric_difference_update(w_self, w_other)
    return w_self


def replace_contents(w_target: W_SetObject, w_source: W_SetObject) -> None:
    """Swap in the table of w_source (set_intersection_update's swap of bodies)."""
    w_target.keys_w = w_source.keys_w
    w_target.hashes = w_source.hashes
    w_target.fill = w_source.fill
    w_target.used = w_source.used


# ---- method forms --------------------------------------------------------------------------------------

@method(w_frozenset, "union", "self, *others")
@method(w_set, "union", "self, *others")
def set_union(args_w: list[W_Root | None]) -> W_Root:
    return union(self_set(args_w), others(args_w))


@method(w_frozenset, "intersection", "self, *others")
@method(w_set, "intersection", "self, *others")
def set_intersection(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    others_w = others(args_w)
    if len(others_w) == 0:
        return setobject.copy_of(w_self, w_self.frozen)
    w_result = w_self
    for w_other in others_w:
        w_result = intersection(w_result, w_other)
    return w_result


@method(w_frozenset, "difference", "self, *others")
@method(w_set, "difference", "self, *others")
def set_difference(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    others_w = others(args_w)
    if len(others_w) == 0:
        return setobject.copy_of(w_self, w_self.frozen)
    w_result = difference(w_self, others_w[0])
    for i in range(1, len(others_w)):
        difference_update(w_result, others_w[i])
    return w_result


@method(w_frozenset, "symmetric_difference", "self, other, /")
@method(w_set, "symmetric_difference", "self, other, /")
def set_symmetric_difference(args_w: list[W_Root | None]) -> W_Root:
    return symmetric_difference(self_set(args_w), arg(args_w, 1))


@method(w_set, "update", "self, *others")
def set_update(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    for w_other in others(args_w):
        setobject.update(w_self, w_other)
    return w_None


@method(w_set, "intersection_update", "self, *others")
def set_intersection_update(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_result = w_self
    for w_other in others(args_w):
        w_result = intersection(w_result, w_other)
    if w_result is not w_self:
        replace_contents(w_self, w_result)
    return w_None


@method(w_set, "difference_update", "self, *others")
def set_difference_update(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    for w_other in others(args_w):
        difference_update(w_self, w_other)
    return w_None


@method(w_set, "symmetric_difference_update", "self, other, /")
def set_symmetric_difference_update(args_w: list[W_Root | None]) -> W_Root:
    symmetric_difference_update(self_set(args_w), arg(args_w, 1))
    return w_None


@method(w_frozenset, "isdisjoint", "self, other, /")
@method(w_set, "isdisjoint", "self, other, /")
def set_isdisjoint(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_iter = ops.iter(arg(args_w, 1))
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return intobject.w_True
        if setobject.contains(w_self, w_item):
            return intobject.w_False


@method(w_frozenset, "issubset", "self, other, /")
@method(w_set, "issubset", "self, other, /")
def set_issubset(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(is_subset(self_set(args_w), as_set(arg(args_w, 1))))


@method(w_frozenset, "issuperset", "self, other, /")
@method(w_set, "issuperset", "self, other, /")
def set_issuperset(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_set(args_w)
    w_other = arg(args_w, 1)
    if isinstance(w_other, W_SetObject):
        return intobject.newbool(is_subset(w_other, w_self))
    w_iter = ops.iter(w_other)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return intobject.w_True
        if not setobject.contains(w_self, w_item):
            return intobject.w_False


# ---- comparisons ---------------------------------------------------------------------------------------

def set_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    w_other = operand(args_w)
    if w_other is None:
        return w_NotImplemented
    w_self = self_set(args_w)
    if op == 1 or op == 2:
        equal = w_self.used == w_other.used and is_subset(w_self, w_other)
        return intobject.newbool(equal if op == 1 else not equal)
    if op == 3:
        return intobject.newbool(w_self.used < w_other.used and is_subset(w_self, w_other))
    if op == 4:
        return intobject.newbool(is_subset(w_self, w_other))
    if op == 5:
        return intobject.newbool(w_self.used > w_other.used and is_subset(w_other, w_self))
    return intobject.newbool(is_subset(w_other, w_self))


@method(w_frozenset, "__eq__", "self, other, /")
@method(w_set, "__eq__", "self, other, /")
def set_eq(args_w: list[W_Root | None]) -> W_Root:
    return set_compare(args_w, 1)


@method(w_frozenset, "__ne__", "self, other, /")
@method(w_set, "__ne__", "self, other, /")
def set_ne(args_w: list[W_Root | None]) -> W_Root:
    return set_compare(args_w, 2)


@method(w_frozenset, "__lt__", "self, other, /")
@method(w_set, "__lt__", "self, other, /")
def set_lt(args_w: list[W_Root | None]) -> W_Root:
    return set_compare(args_w, 3)


@method(w_frozenset, "__le__", "self, other, /")
@method(w_set, "__le__", "self, other, /")
def set_le(args_w: list[W_Root | None]) -> W_Root:
    return set_compare(args_w, 4)


@method(w_frozenset, "__gt__", "self, other, /")
@method(w_set, "__gt__", "self, other, /")
def set_gt(args_w: list[W_Root | None]) -> W_Root:
    return set_compare(args_w, 5)


@method(w_frozenset, "__ge__", "self, other, /")
@method(w_set, "__ge__", "self, other, /")
def set_ge(args_w: list[W_Root | None]) -> W_Root:
    return set_compare(args_w, 6)


# ---- mutation -----------------------------------------------------------------------------------------

@method(w_set, "add", "self, object, /")
def set_add(args_w: list[W_Root | None]) -> W_Root:
    setobject.add(self_set(args_w), arg(args_w, 1))
    return w_None


def discard_key(w_self: W_SetObject, w_key: W_Root) -> bool:
    try:
        return setobject.discard(w_self, w_key)
    except errors.OperationError as e:
        if isinstance(w_key, W_SetObject) and errors.matches(e, exceptions.w_TypeError):
            return setobject.discard(w_self, setobject.copy_of(w_key, True))
        raise


@method(w_set, "discard", "self, object, /")
def set_discard(args_w: list[W_Root | None]) -> W_Root:
    discard_key(self_set(args_w), arg(args_w, 1))
    return w_None


@method(w_set, "remove", "self, object, /")
def set_remove(args_w: list[W_Root | None]) -> W_Root:
    w_key = arg(args_w, 1)
    if not discard_key(self_set(args_w), w_key):
        raise errors.key_error(w_key)
    return w_None


@method(w_set, "pop", "self")
def set_pop(args_w: list[W_Root | None]) -> W_Root:
    w_key = setobject.pop(self_set(args_w))
    if w_key is None:
        raise errors.key_error(strobject.newstr("pop from an empty set"))
    return w_key


@method(w_set, "clear", "self")
def set_clear(args_w: list[W_Root | None]) -> W_Root:
    setobject.clear(self_set(args_w))
    return w_None
