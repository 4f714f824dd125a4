"""dict: an insertion-ordered hash table (CPython 3.6+'s compact layout: a sparse index table
pointing into dense entry lists), keyed by any hashable object through hash() and ==.
"""

from __future__ import annotations

from kit.rlib import jit
from languages.python.objspace import strobject
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object

EMPTY = -1
DUMMY = -2
MIN_SIZE = 8
PERTURB_MASK = (1 << 62) - 1


class LayoutVersion:
    """Bumped when a watched dict's keys change place (an insertion, deletion or clear), not when
    a value is replaced. Quasi-immutable: compiled code that read a global through a cached
    entry number is invalidated when the globals gain or lose a name."""

    _immutable_fields_ = ["value?"]

    def __init__(self) -> None:
        self.value = 0


class W_DictObject(W_Root):
    """`keys_w`/`values_w`/`hashes` are the entries in insertion order (deleted ones have key None);
    `indices` maps hash slots to entry numbers (EMPTY, DUMMY). Dicts used as globals carry a
    `layout_version` (see entry_index_str)."""

    def __init__(self) -> None:
        self.keys_w: list[W_Root | None] = []
        self.values_w: list[W_Root | None] = []
        self.hashes: list[int] = []
        self.indices: list[int] = [EMPTY] * MIN_SIZE
        self.used = 0
        self.version = 0        # bumped on every insertion or deletion (iterators check it)
        self.own_builtins = False   # a globals dict whose "__builtins__" replaces the builtins module
        self.layout_version: LayoutVersion | None = None

    def length(self) -> int:
        return self.used


class W_DictObjectUser(UserMixin, W_DictObject):
    def __init__(self, w_class: W_TypeObject) -> None:
        W_DictObject.__init__(self)
        self.init_user(w_class)


w_dict = make_builtin_type("dict", w_object)
set_static_type(W_DictObject, w_dict)


def keys_equal(w_a: W_Root, w_b: W_Root) -> bool:
    if w_a is w_b:
        return True
    if isinstance(w_a, strobject.W_StrObject) and isinstance(w_b, strobject.W_StrObject):
        if not w_a._user_ and not w_b._user_:
            return w_a.value == w_b.value
    from languages.python.objspace import ops
    return ops.eq_w(w_a, w_b)


def find_slot(w_d: W_DictObject, w_key: W_Root, h: int) -> int:
    """The index-table slot holding `w_key`, or -1 - (the slot where it would go)."""
    indices = w_d.indices
    mask = len(indices) - 1
    i = h & mask
    perturb = h & PERTURB_MASK
    free = -1
    while True:
        ix = indices[i]
        if ix == EMPTY:
            if free == -1:
                free = i
            return -1 - free
        if ix == DUMMY:
            if free == -1:
                free = i
        elif w_d.hashes[ix] == h:
            w_other = w_d.keys_w[ix]
            if w_other is not None and keys_equal(w_other, w_key):
                if w_d.indices is not indices:        # __eq__ changed the dict: start over
                    return find_slot(w_d, w_key, h)
                return i
        perturb >>= 5
        i = (i * 5 + perturb + 1) & mask


def lookup(w_d: W_DictObject, w_key: W_Root) -> W_Root | None:
    """The value stored under `w_key`, or None."""
    from languages.python.objspace import ops
    h = ops.hash_w(w_key)
    slot = find_slot(w_d, w_key, h)
    if slot < 0:
        return None
    return w_d.values_w[w_d.indices[slot]]


def lookup_hashed(w_d: W_DictObject, w_key: W_Root, h: int) -> W_Root | None:
    slot = find_slot(w_d, w_key, h)
    if slot < 0:
        return None
    return w_d.values_w[w_d.indices[slot]]


def getitem_str(w_d: W_DictObject, key: str) -> W_Root | None:
    w_key = strobject.interned(key)
    return lookup_hashed(w_d, w_key, strobject.str_hash(w_key))


def setitem_str(w_d: W_DictObject, key: str, w_value: W_Root) -> None:
    w_key = strobject.interned(key)
    setitem_hashed(w_d, w_key, strobject.str_hash(w_key), w_value)


def setitem(w_d: W_DictObject, w_key: W_Root, w_value: W_Root) -> None:
    from languages.python.objspace import ops
    setitem_hashed(w_d, w_key, ops.hash_w(w_key), w_value)


def setitem_hashed(w_d: W_DictObject, w_key: W_Root, h: int, w_value: W_Root) -> None:
    slot = find_slot(w_d, w_key, h)
    if slot >= 0:
        w_d.values_w[w_d.indices[slot]] = w_value
        return
    slot = -1 - slot
    w_d.indices[slot] = len(w_d.keys_w)
    w_d.keys_w.append(w_key)
    w_d.values_w.append(w_value)
    w_d.hashes.append(h)
    w_d.used += 1
    w_d.version += 1
    layout_changed(w_d)
    if len(w_d.keys_w) * 3 >= len(w_d.indices) * 2:
        resize(w_d)


def layout_changed(w_d: W_DictObject) -> None:
    layout_version = w_d.layout_version
    if layout_version is not None:
        layout_version.value += 1


def watched_layout(w_d: W_DictObject) -> LayoutVersion:
    """The dict's layout version (created on first use: only globals dicts are watched)."""
    layout_version = w_d.layout_version
    if layout_version is None:
        layout_version = LayoutVersion()
        w_d.layout_version = layout_version
    return jit.promote(layout_version)


def lookup_str_watched(w_d: W_DictObject, w_key: strobject.W_StrObject) -> W_Root | None:
    """The value of the exact str `w_key` in a dict read often and changed rarely (globals,
    builtins): in a trace the dict is a constant and the entry number of the key folds to a
    constant, so the read is one load."""
    w_d = jit.promote(w_d)
    index = entry_index_str(w_d, w_key, watched_layout(w_d).value)
    if index < 0:
        return None
    return w_d.values_w[index]


@jit.elidable
def entry_index_str(w_d: W_DictObject, w_key: strobject.W_StrObject, layout: int) -> int:
    """The entry number of the exact str `w_key` (-1: absent), unchanged while the dict's layout
    version is `layout`. Only exact str keys match (no __eq__ runs here)."""
    key = w_key.value
    h = strobject.str_hash(w_key)
    indices = w_d.indices
    mask = len(indices) - 1
    i = h & mask
    perturb = h & PERTURB_MASK
    while True:
        ix = indices[i]
        if ix == EMPTY:
            return -1
        if ix != DUMMY and w_d.hashes[ix] == h:
            w_other = w_d.keys_w[ix]
            if w_other is w_key:
                return ix
            if isinstance(w_other, strobject.W_StrObject) and not w_other._user_ and w_other.value == key:
                return ix
        perturb >>= 5
        i = (i * 5 + perturb + 1) & mask


def resize(w_d: W_DictObject) -> None:
    """Drop deleted entries and rebuild the index table with room to grow."""
    size = MIN_SIZE
    while size <= w_d.used * 3:
        size *= 2
    keys_w: list[W_Root | None] = []
    values_w: list[W_Root | None] = []
    hashes: list[int] = []
    for i in range(len(w_d.keys_w)):
        w_key = w_d.keys_w[i]
        if w_key is not None:
            keys_w.append(w_key)
            values_w.append(w_d.values_w[i])
            hashes.append(w_d.hashes[i])
    indices = [EMPTY] * size
    mask = size - 1
    for ix in range(len(keys_w)):
        h = hashes[ix]
        i = h & mask
        perturb = h & PERTURB_MASK
        while indices[i] != EMPTY:
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask
        indices[i] = ix
    w_d.keys_w = keys_w
    w_d.values_w = values_w
    w_d.hashes = hashes
    w_d.indices = indices


def delitem(w_d: W_DictObject, w_key: W_Root) -> bool:
    """Remove `w_key`; False if it was not there."""
    from languages.python.objspace import ops
    return delitem_hashed(w_d, w_key, ops.hash_w(w_key))


def delitem_hashed(w_d: W_DictObject, w_key: W_Root, h: int) -> bool:
    slot = find_slot(w_d, w_key, h)
    if slot < 0:
        return False
    ix = w_d.indices[slot]
    w_d.indices[slot] = DUMMY
    w_d.keys_w[ix] = None
    w_d.values_w[ix] = None
    w_d.used -= 1
    w_d.version += 1
    layout_changed(w_d)
    if w_d.used == 0:
        clear(w_d)
    return True


def pop_entry(w_d: W_DictObject, w_key: W_Root) -> W_Root | None:
    """Remove and return the value of `w_key` (None if absent)."""
    from languages.python.objspace import ops
    h = ops.hash_w(w_key)
    slot = find_slot(w_d, w_key, h)
    if slot < 0:
        return None
    w_value = w_d.values_w[w_d.indices[slot]]
    delitem_hashed(w_d, w_key, h)
    return w_value


def clear(w_d: W_DictObject) -> None:
    w_d.keys_w = []
    w_d.values_w = []
    w_d.hashes = []
    w_d.indices = [EMPTY] * MIN_SIZE
    w_d.used = 0
    w_d.version += 1
    layout_changed(w_d)


def keys(w_d: W_DictObject) -> list[W_Root]:
    result: list[W_Root] = []
    for w_key in w_d.keys_w:
        if w_key is not None:
            result.append(w_key)
    return result


def values(w_d: W_DictObject) -> list[W_Root]:
    result: list[W_Root] = []
    for i in range(len(w_d.keys_w)):
        if w_d.keys_w[i] is not None:
            w_value = w_d.values_w[i]
            assert w_value is not None
            result.append(w_value)
    return result


def copy(w_d: W_DictObject) -> W_DictObject:
    w_new = W_DictObject()
    for i in range(len(w_d.keys_w)):
        w_key = w_d.keys_w[i]
        if w_key is not None:
            w_value = w_d.values_w[i]
            assert w_value is not None
            setitem_hashed(w_new, w_key, w_d.hashes[i], w_value)
    return w_new


def update_from_dict(w_d: W_DictObject, w_other: W_DictObject) -> None:
    for i in range(len(w_other.keys_w)):
        w_key = w_other.keys_w[i]
        if w_key is not None:
            w_value = w_other.values_w[i]
            assert w_value is not None
            setitem_hashed(w_d, w_key, w_other.hashes[i], w_value)


def next_entry(w_d: W_DictObject, position: int) -> int:
    """The index of the first live entry at or after `position` (len(keys_w) at the end)."""
    n = len(w_d.keys_w)
    while position < n and w_d.keys_w[position] is None:
        position += 1
    return position


def newdict_from_pairs(keys_w: list[W_Root], values_w: list[W_Root]) -> W_DictObject:
    w_d = W_DictObject()
    for i in range(len(keys_w)):
        setitem(w_d, keys_w[i], values_w[i])
    return w_d
