"""Low-level helpers of resizable lists: a GC struct (length, items) whose items array grows by
over-allocation, as CPython's does.  Written in low-level RPython, specialised per list type.
"""

from __future__ import annotations

from typing import Any

from kit.rlib.objectmodel import dont_inline, specialize
from kit.rlib.rarithmetic import r_uint
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import malloc


def ll_newlist(LIST: Any, ITEMS: Any, length: int) -> Any:
    if length < 0:
        length = 0
    lst = malloc(LIST)
    lst.length = length
    lst.items = malloc(ITEMS, length)
    return lst


def ll_len(lst: Any) -> int:
    return lst.length


def ll_getitem(lst: Any, index: int) -> Any:
    length = lst.length
    # one unsigned comparison on the usual path: a negative index looks huge
    if r_uint(index) >= r_uint(length):
        if index < 0:
            index += length
        if index < 0 or index >= length:
            raise IndexError("list index out of range")
    return lst.items[index]


def ll_getitem_nonneg(lst: Any, index: int) -> Any:
    if index >= lst.length:
        raise IndexError("list index out of range")
    return lst.items[index]


def ll_setitem(lst: Any, index: int, value: Any) -> None:
    length = lst.length
    if r_uint(index) >= r_uint(length):
        if index < 0:
            index += length
        if index < 0 or index >= length:
            raise IndexError("list assignment index out of range")
    lst.items[index] = value


def ll_setitem_nonneg(lst: Any, index: int, value: Any) -> None:
    if index >= lst.length:
        raise IndexError("list assignment index out of range")
    lst.items[index] = value


@dont_inline
def _grow(lst: Any, newsize: int) -> None:
    items = lst.items
    allocated = len(items)
    if allocated >= newsize:
        return
    capacity = newsize + (newsize >> 3) + (3 if newsize < 9 else 6)
    newitems = malloc(lltype.typeOf_struct(items), capacity)
    llop.arraycopy(lltype.Void, items, newitems, 0, 0, lst.length)
    lst.items = newitems


def ll_append(lst: Any, value: Any) -> None:
    length = lst.length
    if length >= len(lst.items):
        _grow(lst, length + 1)
    lst.items[length] = value
    lst.length = length + 1


def ll_extend(lst: Any, other: Any) -> None:
    n = other.length
    length = lst.length
    _grow(lst, length + n)
    llop.arraycopy(lltype.Void, other.items, lst.items, 0, length, n)
    lst.length = length + n


def ll_insert(lst: Any, index: int, value: Any) -> None:
    length = lst.length
    if index < 0:
        index += length
        if index < 0:
            index = 0
    elif index > length:
        index = length
    _grow(lst, length + 1)
    items = lst.items
    i = length
    while i > index:
        items[i] = items[i - 1]
        i -= 1
    items[index] = value
    lst.length = length + 1


def ll_pop(lst: Any, index: int) -> Any:
    length = lst.length
    if length == 0:
        raise IndexError("pop from empty list")
    if index < 0:
        index += length
    if index < 0 or index >= length:
        raise IndexError("pop index out of range")
    items = lst.items
    result = items[index]
    i = index
    while i < length - 1:
        items[i] = items[i + 1]
        i += 1
    _shrink(lst, length - 1)
    return result


def ll_pop_last(lst: Any) -> Any:
    length = lst.length
    if length == 0:
        raise IndexError("pop from empty list")
    result = lst.items[length - 1]
    _shrink(lst, length - 1)
    return result


def _shrink(lst: Any, newlength: int) -> None:
    items = lst.items
    # clear the vacated slot so the GC does not keep its object alive
    items[newlength] = lltype.default_of_item(items)
    lst.length = newlength
    allocated = len(items)
    if newlength < (allocated >> 2) and allocated > 16:
        _shrink_storage(lst, newlength)


@dont_inline
def _shrink_storage(lst: Any, newlength: int) -> None:
    items = lst.items
    newitems = malloc(lltype.typeOf_struct(items), newlength + (newlength >> 1) + 4)
    llop.arraycopy(lltype.Void, items, newitems, 0, 0, newlength)
    lst.items = newitems


def ll_delitem(lst: Any, index: int) -> None:
    ll_pop(lst, index)


def ll_clear(lst: Any) -> None:
    lst.length = 0
    lst.items = malloc(lltype.typeOf_struct(lst.items), 0)


def ll_slice_start(length: int, start: int, has_start: bool) -> int:
    if not has_start:
        return 0
    if start < 0:
        start += length
        if start < 0:
            return 0
    elif start > length:
        return length
    return start


def ll_slice_stop(length: int, stop: int, has_stop: bool) -> int:
    if not has_stop:
        return length
    if stop < 0:
        stop += length
        if stop < 0:
            return 0
    elif stop > length:
        return length
    return stop


def ll_getslice(LIST: Any, lst: Any, start: int, stop: int, has_start: bool, has_stop: bool) -> Any:
    length = lst.length
    start = ll_slice_start(length, start, has_start)
    stop = ll_slice_stop(length, stop, has_stop)
    n = stop - start if stop > start else 0
    result = malloc(LIST)
    result.length = n
    result.items = malloc(lltype.typeOf_struct(lst.items), n)
    llop.arraycopy(lltype.Void, lst.items, result.items, start, 0, n)
    return result


def ll_getslice_step(LIST: Any, lst: Any, start: int, stop: int, step: int, has_start: bool,
                     has_stop: bool) -> Any:
    if step == 0:
        raise ValueError("slice step cannot be zero")
    length = lst.length
    if step > 0:
        start = ll_slice_start(length, start, has_start)
        stop = ll_slice_stop(length, stop, has_stop)
        n = (stop - start + step - 1) // step if stop > start else 0
    else:
        if not has_start:
            start = length - 1
        elif start < 0:
            start += length
            if start < 0:
                start = -1
        elif start >= length:
            start = length - 1
        if not has_stop:
            stop = -1
        elif stop < 0:
            stop += length
            if stop < 0:
                stop = -1
        elif stop >= length:
            stop = length - 1
        n = (start - stop - step - 1) // (-step) if start > stop else 0
    result = malloc(LIST)
    result.length = n
    result.items = malloc(lltype.typeOf_struct(lst.items), n)
    i = 0
    j = start
    while i < n:
        result.items[i] = lst.items[j]
        i += 1
        j += step
    return result


def ll_setslice(lst: Any, start: int, stop: int, has_start: bool, has_stop: bool, other: Any) -> None:
    length = lst.length
    start = ll_slice_start(length, start, has_start)
    stop = ll_slice_stop(length, stop, has_stop)
    if stop < start:
        stop = start
    n = other.length
    newlength = length - (stop - start) + n
    if other == lst:
        other = ll_copy_like(lst, other)
    _grow(lst, newlength)
    items = lst.items
    tail = length - stop
    llop.arraycopy(lltype.Void, items, items, stop, start + n, tail)
    llop.arraycopy(lltype.Void, other.items, items, 0, start, n)
    i = newlength
    while i < length:
        items[i] = lltype.default_of_item(items)
        i += 1
    lst.length = newlength


def ll_copy_like(lst: Any, other: Any) -> Any:
    result = malloc(lltype.typeOf_struct(lst))
    result.length = other.length
    result.items = malloc(lltype.typeOf_struct(other.items), other.length)
    llop.arraycopy(lltype.Void, other.items, result.items, 0, 0, other.length)
    return result


def ll_delslice(lst: Any, start: int, stop: int, has_start: bool, has_stop: bool) -> None:
    length = lst.length
    start = ll_slice_start(length, start, has_start)
    stop = ll_slice_stop(length, stop, has_stop)
    if stop <= start:
        return
    items = lst.items
    n = stop - start
    llop.arraycopy(lltype.Void, items, items, stop, start, length - stop)
    i = length - n
    while i < length:
        items[i] = lltype.default_of_item(items)
        i += 1
    lst.length = length - n


def ll_copy(lst: Any) -> Any:
    return ll_copy_like(lst, lst)


def ll_concat(LIST: Any, l1: Any, l2: Any) -> Any:
    n1 = l1.length
    n2 = l2.length
    result = malloc(LIST)
    result.length = n1 + n2
    result.items = malloc(lltype.typeOf_struct(l1.items), n1 + n2)
    llop.arraycopy(lltype.Void, l1.items, result.items, 0, 0, n1)
    llop.arraycopy(lltype.Void, l2.items, result.items, 0, n1, n2)
    return result


def ll_mul(lst: Any, times: int) -> Any:
    return ll_mul_fresh(lst, times, False)


def ll_mul_fresh(lst: Any, times: int, equal_means_same: bool) -> Any:
    """lst * times.  equal_means_same: items that compare equal to the type's default (0, null, False)
    are that default, i.e. not -0.0; then [default] * n only allocates (GC memory comes zeroed)."""
    n = lst.length
    if times < 0:
        times = 0
    total = n * times
    result = malloc(lltype.typeOf_struct(lst))
    result.length = total
    result.items = malloc(lltype.typeOf_struct(lst.items), total)
    if n == 1:
        # [x] * n, the usual way to make a list of a given length: a store loop, not n copies
        item = lst.items[0]
        if equal_means_same and item == lltype.default_of_item(result.items):
            return result
        k = 0
        while k < total:
            result.items[k] = item
            k += 1
        return result
    if total == 0:
        return result
    # one copy of lst, then double what is written: log2(times) copies
    llop.arraycopy(lltype.Void, lst.items, result.items, 0, 0, n)
    pos = n
    while pos < total:
        chunk = pos if pos <= total - pos else total - pos
        llop.arraycopy(lltype.Void, result.items, result.items, 0, pos, chunk)
        pos += chunk
    return result


def ll_inplace_mul(lst: Any, times: int) -> Any:
    result = ll_mul(lst, times)
    lst.length = result.length
    lst.items = result.items
    return lst


def ll_reverse(lst: Any) -> None:
    i = 0
    j = lst.length - 1
    items = lst.items
    while i < j:
        tmp = items[i]
        items[i] = items[j]
        items[j] = tmp
        i += 1
        j -= 1


def ll_index(lst: Any, value: Any, eqfn: Any) -> int:
    i = 0
    n = lst.length
    while i < n:
        item = lst.items[i]
        if eqfn is None:
            if item == value:
                return i
        elif eqfn(item, value):
            return i
        i += 1
    raise ValueError("list.index(x): x not in list")


def ll_contains(lst: Any, value: Any, eqfn: Any) -> bool:
    i = 0
    n = lst.length
    while i < n:
        item = lst.items[i]
        if eqfn is None:
            if item == value:
                return True
        elif eqfn(item, value):
            return True
        i += 1
    return False


def ll_count(lst: Any, value: Any, eqfn: Any) -> int:
    count = 0
    i = 0
    n = lst.length
    while i < n:
        item = lst.items[i]
        if eqfn is None:
            if item == value:
                count += 1
        elif eqfn(item, value):
            count += 1
        i += 1
    return count


def ll_remove(lst: Any, value: Any, eqfn: Any) -> None:
    i = 0
    n = lst.length
    while i < n:
        item = lst.items[i]
        if eqfn is None:
            found = item == value
        else:
            found = eqfn(item, value)
        if found:
            ll_pop(lst, i)
            return
        i += 1
    raise ValueError("list.remove(x): x not in list")


def ll_list_eq(l1: Any, l2: Any, eqfn: Any) -> bool:
    if l1 == l2:
        return True
    if not l1 or not l2:
        return False
    n = l1.length
    if n != l2.length:
        return False
    i = 0
    while i < n:
        a = l1.items[i]
        b = l2.items[i]
        if eqfn is None:
            if a != b:
                return False
        elif not eqfn(a, b):
            return False
        i += 1
    return True


def ll_sort(lst: Any, ltfn: Any, reverse: bool) -> None:
    """A stable merge sort (like Python's, equal items keep their order)."""
    n = lst.length
    if n < 2:
        return
    items = lst.items
    scratch = malloc(lltype.typeOf_struct(items), n)
    width = 1
    while width < n:
        start = 0
        while start < n:
            mid = start + width
            if mid > n:
                mid = n
            end = start + 2 * width
            if end > n:
                end = n
            i = start
            j = mid
            k = start
            while i < mid and j < end:
                a = items[i]
                b = items[j]
                # take from the right run only when strictly smaller: stability
                if reverse:
                    take_right = _lt(ltfn, a, b)
                else:
                    take_right = _lt(ltfn, b, a)
                if take_right:
                    scratch[k] = b
                    j += 1
                else:
                    scratch[k] = a
                    i += 1
                k += 1
            while i < mid:
                scratch[k] = items[i]
                i += 1
                k += 1
            while j < end:
                scratch[k] = items[j]
                j += 1
                k += 1
            start += 2 * width
        llop.arraycopy(lltype.Void, scratch, items, 0, 0, n)
        width *= 2


@specialize.arg(0)
def _lt(ltfn: Any, a: Any, b: Any) -> bool:
    if ltfn is None:
        return a < b
    return ltfn(a, b)
