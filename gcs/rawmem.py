"""Raw-memory building blocks of the collectors (RPython): word loads and stores at addresses kept
as ints, a growable stack of addresses and an address-keyed hash map, all outside the GC heap.
"""

from __future__ import annotations

from gcs import base
from kit.rffi import c_calloc, c_free, c_malloc, c_memmove, c_memset
from kit.rtyper import lltype
from kit.rtyper.llop import llop

WORD = 8


def adr(value: int) -> lltype.Address:
    return llop.cast_int_to_adr(lltype.Address, value)


def int_of(address: lltype.Address) -> int:
    return llop.cast_adr_to_int(lltype.Signed, address)


def load(address: int, offset: int) -> int:
    return llop.raw_load(lltype.Signed, adr(address), offset)


def store(address: int, offset: int, value: int) -> None:
    llop.raw_store(lltype.Void, lltype.Signed, adr(address), offset, value)


def load_byte(address: int, offset: int) -> int:
    return lltype.cast_primitive(lltype.Signed, llop.raw_load(lltype.Char, adr(address), offset))


def store_byte(address: int, offset: int, value: int) -> None:
    llop.raw_store(lltype.Void, lltype.Char, adr(address), offset, lltype.cast_primitive(lltype.Char, value))


def copy(dst: int, src: int, nbytes: int) -> None:
    c_memmove(adr(dst), adr(src), nbytes)


def clear(address: int, nbytes: int) -> None:
    c_memset(adr(address), 0, nbytes)


def allocate_zeroed(nbytes: int) -> int:
    """calloc, or 0 when the memory is not there."""
    return int_of(c_calloc(1, nbytes))


def allocate(nbytes: int) -> int:
    return int_of(c_malloc(nbytes))


def release(address: int) -> None:
    c_free(adr(address))


def object_size(obj: int) -> int:
    """Bytes of the object at obj (header included), from its type id and, if var-sized, length."""
    typeid = load(obj, 0) & base.TYPEID_MASK
    size = base.ti_fixedsize(typeid)
    itemsize = base.ti_itemsize(typeid)
    if itemsize > 0:
        size += load(obj, base.ti_length_offset(typeid)) * itemsize
    return size


class AddressStack:
    """A stack of addresses (ints) in one malloc'ed block that doubles when full."""

    def __init__(self) -> None:
        self.data = 0
        self.count = 0
        self.capacity = 0

    def push(self, value: int) -> None:
        if self.count == self.capacity:
            self._grow()
        store(self.data, self.count * WORD, value)
        self.count += 1

    def pop(self) -> int:
        self.count -= 1
        return load(self.data, self.count * WORD)

    def non_empty(self) -> bool:
        return self.count > 0

    def clear(self) -> None:
        self.count = 0

    def _grow(self) -> None:
        capacity = self.capacity * 2 if self.capacity else 1024
        data = allocate(capacity * WORD)
        if data == 0:
            base.gc_fatal(1)
        if self.data != 0:
            copy(data, self.data, self.count * WORD)
            release(self.data)
        self.data = data
        self.capacity = capacity


class AddressMap:
    """An open-addressing hash map from addresses (non-zero ints) to ints; cleared as a whole."""

    def __init__(self) -> None:
        self.keys = 0            # 2 words per slot: key, value
        self.count = 0
        self.capacity = 0

    def _slot(self, key: int) -> int:
        mask = self.capacity - 1
        i = ((key >> 3) * 0x9E3779B1) & mask
        while True:
            k = load(self.keys, i * 16)
            if k == key or k == 0:
                return i
            i = (i + 1) & mask

    def get(self, key: int) -> int:
        if self.count == 0:
            return 0
        return load(self.keys, self._slot(key) * 16 + WORD)

    def set(self, key: int, value: int) -> None:
        if (self.count + 1) * 2 > self.capacity:
            self._grow()
        i = self._slot(key)
        if load(self.keys, i * 16) == 0:
            self.count += 1
        store(self.keys, i * 16, key)
        store(self.keys, i * 16 + WORD, value)

    def clear(self) -> None:
        if self.count > 0:
            clear(self.keys, self.capacity * 16)
            self.count = 0

    def _grow(self) -> None:
        old_keys = self.keys
        old_capacity = self.capacity
        self.capacity = old_capacity * 2 if old_capacity else 64
        self.keys = allocate_zeroed(self.capacity * 16)
        if self.keys == 0:
            base.gc_fatal(1)
        self.count = 0
        i = 0
        while i < old_capacity:
            k = load(old_keys, i * 16)
            if k != 0:
                self.set(k, load(old_keys, i * 16 + WORD))
            i += 1
        if old_keys != 0:
            release(old_keys)
