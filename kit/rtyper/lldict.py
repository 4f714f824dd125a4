"""Low-level dicts: insertion-ordered entries (keys, values, hashes, alive flags) plus an
open-addressing index table, as CPython 3.6+ does.  Helpers are specialised per dict type and get
the key's hash and equality functions as constants.
"""

from __future__ import annotations

from typing import Any

from kit.rlib.objectmodel import specialize
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import malloc

FREE = -1
DELETED = -2
INDEXES = lltype.GcArray(lltype.Signed)
HASHES = lltype.GcArray(lltype.Signed)
ALIVE = lltype.GcArray(lltype.Bool)


def ll_newdict(DICT: Any) -> Any:
    d = malloc(DICT)
    _init_storage(d, 8)
    return d


def _init_storage(d: Any, capacity: int) -> None:
    d.num_items = 0
    d.num_used = 0
    d.keys = malloc(lltype.typeOf_struct(d.keys), capacity)
    d.values = malloc(lltype.typeOf_struct(d.values), capacity)
    d.hashes = malloc(HASHES, capacity)
    d.alive = malloc(ALIVE, capacity)
    size = 16
    while size * 2 < capacity * 3:
        size *= 2
    indexes = malloc(INDEXES, size)
    i = 0
    while i < size:
        indexes[i] = FREE
        i += 1
    d.indexes = indexes


def ll_dict_len(d: Any) -> int:
    return d.num_items


@specialize.arg(0)
def _hash(hashfn: Any, key: Any) -> int:
    if hashfn is None:
        return key
    return hashfn(key)


@specialize.arg(0)
def _eq(eqfn: Any, a: Any, b: Any) -> bool:
    if eqfn is None:
        return a == b
    return eqfn(a, b)


@specialize.arg(1, 2)
def ll_lookup(d: Any, hashfn: Any, eqfn: Any, key: Any, h: int) -> int:
    """The slot in d.indexes where key is, or the free slot where it would go (as -slot - 1)."""
    indexes = d.indexes
    mask = len(indexes) - 1
    perturb = h & 0x7FFFFFFFFFFFFFFF
    i = h & mask
    freeslot = -1
    while True:
        index = indexes[i]
        if index == FREE:
            if freeslot >= 0:
                return -freeslot - 1
            return -i - 1
        if index == DELETED:
            if freeslot < 0:
                freeslot = i
        elif d.hashes[index] == h and _eq(eqfn, d.keys[index], key):
            return i
        perturb >>= 5
        i = (i * 5 + perturb + 1) & mask


@specialize.arg(1, 2)
def ll_dict_getitem(d: Any, hashfn: Any, eqfn: Any, key: Any) -> Any:
    slot = ll_lookup(d, hashfn, eqfn, key, _hash(hashfn, key))
    if slot < 0:
        raise KeyError(key)
    return d.values[d.indexes[slot]]


@specialize.arg(1, 2)
def ll_dict_get(d: Any, hashfn: Any, eqfn: Any, key: Any, default: Any) -> Any:
    slot = ll_lookup(d, hashfn, eqfn, key, _hash(hashfn, key))
    if slot < 0:
        return default
    return d.values[d.indexes[slot]]


@specialize.arg(1, 2)
def ll_dict_contains(d: Any, hashfn: Any, eqfn: Any, key: Any) -> bool:
    return ll_lookup(d, hashfn, eqfn, key, _hash(hashfn, key)) >= 0


@specialize.arg(1, 2)
def ll_dict_setitem(d: Any, hashfn: Any, eqfn: Any, key: Any, value: Any) -> None:
    h = _hash(hashfn, key)
    slot = ll_lookup(d, hashfn, eqfn, key, h)
    if slot >= 0:
        d.values[d.indexes[slot]] = value
        return
    _insert_new(d, hashfn, eqfn, -slot - 1, key, value, h)


@specialize.arg(1, 2)
def _insert_new(d: Any, hashfn: Any, eqfn: Any, slot: int, key: Any, value: Any, h: int) -> None:
    entry = d.num_used
    if entry >= len(d.keys) or (entry + 1) * 3 >= len(d.indexes) * 2:
        _resize(d, hashfn, eqfn, d.num_items + 1)
        slot = -ll_lookup(d, hashfn, eqfn, key, h) - 1
        entry = d.num_used
    d.keys[entry] = key
    d.values[entry] = value
    d.hashes[entry] = h
    d.alive[entry] = True
    d.indexes[slot] = entry
    d.num_used = entry + 1
    d.num_items += 1


@specialize.arg(1, 2)
def _resize(d: Any, hashfn: Any, eqfn: Any, needed: int) -> None:
    """Compact the entries (dropping deleted ones) into storage for at least `needed` items."""
    capacity = 8
    while capacity < needed * 2:
        capacity *= 2
    old_keys = d.keys
    old_values = d.values
    old_hashes = d.hashes
    old_alive = d.alive
    old_used = d.num_used
    _init_storage(d, capacity)
    indexes = d.indexes
    mask = len(indexes) - 1
    n = 0
    j = 0
    while j < old_used:
        if old_alive[j]:
            h = old_hashes[j]
            d.keys[n] = old_keys[j]
            d.values[n] = old_values[j]
            d.hashes[n] = h
            d.alive[n] = True
            perturb = h & 0x7FFFFFFFFFFFFFFF
            i = h & mask
            while indexes[i] != FREE:
                perturb >>= 5
                i = (i * 5 + perturb + 1) & mask
            indexes[i] = n
            n += 1
        j += 1
    d.num_used = n
    d.num_items = n


@specialize.arg(1, 2)
def ll_dict_delitem(d: Any, hashfn: Any, eqfn: Any, key: Any) -> None:
    slot = ll_lookup(d, hashfn, eqfn, key, _hash(hashfn, key))
    if slot < 0:
        raise KeyError(key)
    _delete_slot(d, slot)


def _delete_slot(d: Any, slot: int) -> None:
    entry = d.indexes[slot]
    d.indexes[slot] = DELETED
    d.alive[entry] = False
    d.keys[entry] = lltype.default_of_item(d.keys)
    d.values[entry] = lltype.default_of_item(d.values)
    d.num_items -= 1


@specialize.arg(1, 2)
def ll_dict_pop(d: Any, hashfn: Any, eqfn: Any, key: Any) -> Any:
    slot = ll_lookup(d, hashfn, eqfn, key, _hash(hashfn, key))
    if slot < 0:
        raise KeyError(key)
    value = d.values[d.indexes[slot]]
    _delete_slot(d, slot)
    return value


@specialize.arg(1, 2)
def ll_dict_pop_default(d: Any, hashfn: Any, eqfn: Any, key: Any, default: Any) -> Any:
    slot = ll_lookup(d, hashfn, eqfn, key, _hash(hashfn, key))
    if slot < 0:
        return default
    value = d.values[d.indexes[slot]]
    _delete_slot(d, slot)
    return value


@specialize.arg(1, 2)
def ll_dict_setdefault(d: Any, hashfn: Any, eqfn: Any, key: Any, default: Any) -> Any:
    h = _hash(hashfn, key)
    slot = ll_lookup(d, hashfn, eqfn, key, h)
    if slot >= 0:
        return d.values[d.indexes[slot]]
    _insert_new(d, hashfn, eqfn, -slot - 1, key, default, h)
    return default


def ll_dict_clear(d: Any) -> None:
    _init_storage(d, 8)


def ll_dict_copy(d: Any) -> Any:
    new = malloc(lltype.typeOf_struct(d))
    new.num_items = d.num_items
    new.num_used = d.num_used
    new.keys = _copy_array(d.keys)
    new.values = _copy_array(d.values)
    new.hashes = _copy_array(d.hashes)
    new.alive = _copy_array(d.alive)
    new.indexes = _copy_array(d.indexes)
    return new


def _copy_array(a: Any) -> Any:
    n = len(a)
    b = malloc(lltype.typeOf_struct(a), n)
    llop.arraycopy(lltype.Void, a, b, 0, 0, n)
    return b


@specialize.arg(2, 3)
def ll_dict_update(d: Any, other: Any, hashfn: Any, eqfn: Any) -> None:
    j = 0
    while j < other.num_used:
        if other.alive[j]:
            ll_dict_setitem(d, hashfn, eqfn, other.keys[j], other.values[j])
        j += 1


def ll_dict_advance(it: Any) -> int:
    """The index of the next live entry of the dict an iterator walks (StopIteration at the end)."""
    from kit.rtyper.riter import STOP
    d = it.dict
    index = it.index
    while index < d.num_used:
        if d.alive[index]:
            it.index = index + 1
            return index
        index += 1
    it.index = index
    raise STOP


def ll_dictnext_key(it: Any) -> Any:
    index = ll_dict_advance(it)
    return it.dict.keys[index]


def ll_dictnext_value(it: Any) -> Any:
    index = ll_dict_advance(it)
    return it.dict.values[index]
