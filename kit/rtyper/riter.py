"""Iteration: range objects and the iterators of lists, strings, tuples, dicts, enumerate(), zip()
and reversed(); `next` raises a prebuilt StopIteration at the end.
"""

from __future__ import annotations

from typing import Any

from kit.annotator.model import SomeDict, SomeIterator, SomeList, SomeRange, SomeTuple
from kit.rlib.objectmodel import specialize
from kit.rtyper import lltype
from kit.rtyper.lltype import malloc
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst

STOP = StopIteration()


def make_iterator_repr(rtyper: Any, s: SomeIterator) -> Repr:
    variant = s.variant
    if variant == "enumerate":
        return EnumerateIteratorRepr(rtyper, rtyper.getrepr(s.s_container))
    if variant == "zip":
        return ZipIteratorRepr(rtyper, [rtyper.getrepr(e) for e in s.extra])
    if variant == "reversed":
        return ReversedIteratorRepr(rtyper, rtyper.getrepr(s.s_container.s_container))  # type: ignore[attr-defined]
    s_c = s.s_container
    if isinstance(s_c, SomeIterator):
        return rtyper.getrepr(s_c)
    if isinstance(s_c, SomeRange):
        return RangeIteratorRepr(rtyper)
    if isinstance(s_c, SomeDict):
        return DictIteratorRepr(rtyper, rtyper.getrepr(s_c), variant)
    if isinstance(s_c, SomeTuple):
        from kit.annotator.listdef import ListDef
        from kit.annotator.model import unionof
        from kit.rtyper.rlist import ListRepr
        ld = ListDef(rtyper.bookkeeper, unionof(*s_c.items))
        return SequenceIteratorRepr(rtyper, ListRepr(rtyper, ld))
    if isinstance(s_c, SomeList) or True:
        return SequenceIteratorRepr(rtyper, rtyper.getrepr(s_c))
    raise TyperError(f"no iterator for {s_c.describe()}")


class IteratorRepr(Repr):
    def rtype_iter(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return v

    def rtype_next(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        hop.exception_is_here()
        v_item = hop.gendirectcall(self.ll_next_function(), v)
        return hop.llops.convertvar(v_item, self.item_repr(), hop.r_result)

    def item_repr(self) -> Repr:
        raise NotImplementedError

    def ll_next_function(self) -> Any:
        raise NotImplementedError


class SequenceIteratorRepr(IteratorRepr):
    """Over a list, str or bytes: (sequence, index)."""

    def __init__(self, rtyper: Any, r_seq: Repr) -> None:
        super().__init__(rtyper)
        self.r_seq = r_seq
        self.ITER = lltype.intern(lltype.GcStruct("seqiter", ("seq", r_seq.lowleveltype), ("index", lltype.Signed)))
        self.lowleveltype = lltype.Ptr(self.ITER)

    def build(self, llops: Any, v_seq: Any) -> Any:
        return llops.gendirectcall(ll_seqiter, inputconst(lltype.Void, self.ITER), v_seq)

    def item_repr(self) -> Repr:
        from kit.rtyper.rlist import ListRepr
        if isinstance(self.r_seq, ListRepr):
            return self.r_seq.item_repr
        from kit.rtyper.rstr import BytesRepr
        if isinstance(self.r_seq, BytesRepr):
            return self.rtyper.primitive_repr(lltype.Signed)
        return self.r_seq

    def ll_next_function(self) -> Any:
        from kit.rtyper.rlist import ListRepr
        from kit.rtyper.rstr import BytesRepr
        if isinstance(self.r_seq, ListRepr):
            return ll_listnext
        if isinstance(self.r_seq, BytesRepr):
            return ll_bytesnext
        return ll_strnext


def ll_seqiter(ITER: Any, seq: Any) -> Any:
    it = malloc(ITER)
    it.seq = seq
    it.index = 0
    return it


def ll_listnext(it: Any) -> Any:
    lst = it.seq
    index = it.index
    if index >= lst.length:
        raise STOP
    it.index = index + 1
    return lst.items[index]


def ll_strnext(it: Any) -> Any:
    from kit.rtyper.llstr import ll_char_at
    s = it.seq
    index = it.index
    if index >= len(s.chars):
        raise STOP
    it.index = index + 1
    return ll_char_at(s, index)


def ll_bytesnext(it: Any) -> int:
    s = it.seq
    index = it.index
    if index >= len(s.chars):
        raise STOP
    it.index = index + 1
    return lltype.cast_primitive(lltype.Signed, s.chars[index])


def make_sequence_iterator(hop: HighLevelOp, r_seq: Repr) -> Any:
    v = hop.inputarg(r_seq, 0)
    r_it = hop.r_result
    hop.exception_cannot_occur()
    if isinstance(r_it, SequenceIteratorRepr):
        if r_it.r_seq.lowleveltype != r_seq.lowleveltype:
            raise TyperError("iterator over a different sequence type")
        return r_it.build(hop.llops, v)
    raise TyperError(f"cannot iterate {r_seq} into {r_it}")


def make_tuple_iterator(hop: HighLevelOp, r_tuple: Any) -> Any:
    r_it = hop.r_result
    assert isinstance(r_it, SequenceIteratorRepr)
    r_list = r_it.r_seq
    v_tuple = hop.inputarg(r_tuple, 0)
    n = len(r_tuple.items_r)
    v_list = r_list.new(hop.llops, inputconst(lltype.Signed, n))  # type: ignore[attr-defined]
    v_items = hop.genop("getfield", [v_list, inputconst(lltype.Void, "items")], lltype.Ptr(r_list.ITEMS))  # type: ignore[attr-defined]
    for i in range(n):
        v_item = hop.llops.convertvar(r_tuple.getitem(hop.llops, v_tuple, i), r_tuple.items_r[i],
                                      r_list.item_repr)  # type: ignore[attr-defined]
        hop.genop("setarrayitem", [v_items, inputconst(lltype.Signed, i), v_item])
    hop.exception_cannot_occur()
    return r_it.build(hop.llops, v_list)


# ---- range -----------------------------------------------------------------------------------------

RANGE = lltype.GcStruct("range", ("start", lltype.Signed), ("stop", lltype.Signed), ("step", lltype.Signed))
RANGEITER = lltype.GcStruct("rangeiter", ("current", lltype.Signed), ("stop", lltype.Signed),
                            ("step", lltype.Signed))


class RangeRepr(Repr):
    lowleveltype = lltype.Ptr(RANGE)

    def rtype_iter(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        hop.exception_cannot_occur()
        return hop.gendirectcall(ll_rangeiter, v)

    def rtype_len(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(ll_rangelen, v)

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("int_is_true", [hop.gendirectcall(ll_rangelen, v)], lltype.Bool)


def ll_newrange(start: int, stop: int, step: int) -> Any:
    if step == 0:
        raise ValueError("range() arg 3 must not be zero")
    r = malloc(RANGE)
    r.start = start
    r.stop = stop
    r.step = step
    return r


def ll_rangelen(r: Any) -> int:
    step = r.step
    if step > 0:
        if r.stop <= r.start:
            return 0
        return (r.stop - r.start + step - 1) // step
    if r.stop >= r.start:
        return 0
    return (r.start - r.stop - step - 1) // (-step)


def ll_rangeiter(r: Any) -> Any:
    it = malloc(RANGEITER)
    it.current = r.start
    it.stop = r.stop
    it.step = r.step
    return it


def ll_rangenext(it: Any) -> int:
    cur = it.current
    step = it.step
    if step > 0:
        if cur >= it.stop:
            raise STOP
    elif cur <= it.stop:
        raise STOP
    it.current = cur + step
    return cur


class RangeIteratorRepr(IteratorRepr):
    lowleveltype = lltype.Ptr(RANGEITER)

    def item_repr(self) -> Repr:
        return self.rtyper.primitive_repr(lltype.Signed)

    def ll_next_function(self) -> Any:
        return ll_rangenext


# ---- dicts -----------------------------------------------------------------------------------------

class DictIteratorRepr(IteratorRepr):
    """keys(), values(), items() and plain iteration of a dict: (dict, index into its entries)."""

    def __init__(self, rtyper: Any, r_dict: Any, variant: str) -> None:
        super().__init__(rtyper)
        self.r_dict = r_dict
        self.variant = variant or "keys"
        self.ITER = lltype.intern(lltype.GcStruct("dictiter", ("dict", r_dict.lowleveltype), ("index", lltype.Signed)))
        self.lowleveltype = lltype.Ptr(self.ITER)
        if self.variant == "items":
            from kit.rtyper.rtuple import TupleRepr
            self.r_item = TupleRepr(rtyper, [r_dict.key_repr, r_dict.value_repr])
        else:
            self.r_item = r_dict.key_repr if self.variant == "keys" else r_dict.value_repr

    def build(self, llops: Any, v_dict: Any) -> Any:
        return llops.gendirectcall(ll_seqiter_dict, inputconst(lltype.Void, self.ITER), v_dict)

    def item_repr(self) -> Repr:
        return self.r_item

    def ll_next_function(self) -> Any:
        from kit.rtyper import lldict
        if self.variant == "keys":
            return lldict.ll_dictnext_key
        if self.variant == "values":
            return lldict.ll_dictnext_value
        return make_items_next(self.r_item.TUPLE)  # type: ignore[attr-defined]

    def rtype_len(self, hop: HighLevelOp) -> Any:
        from kit.rtyper import lldict
        (v,) = hop.inputargs(self)
        v_dict = hop.genop("getfield", [v, inputconst(lltype.Void, "dict")], self.r_dict.lowleveltype)
        return hop.gendirectcall(lldict.ll_dict_len, v_dict)


def ll_seqiter_dict(ITER: Any, d: Any) -> Any:
    it = malloc(ITER)
    it.dict = d
    it.index = 0
    return it


_ITEMS_NEXT: dict[Any, Any] = {}


def make_items_next(TUPLE: Any) -> Any:
    if TUPLE in _ITEMS_NEXT:
        return _ITEMS_NEXT[TUPLE]
    from kit.rtyper import lldict

    def ll_dictnext_item(it: Any) -> Any:
        index = lldict.ll_dict_advance(it)
        t = malloc(TUPLE)
        t.item0 = it.dict.keys[index]
        t.item1 = it.dict.values[index]
        return t

    _ITEMS_NEXT[TUPLE] = ll_dictnext_item
    return ll_dictnext_item


# ---- enumerate, zip, reversed -----------------------------------------------------------------------

class EnumerateIteratorRepr(IteratorRepr):
    def __init__(self, rtyper: Any, r_inner: IteratorRepr) -> None:
        super().__init__(rtyper)
        self.r_inner = r_inner
        self.ITER = lltype.intern(lltype.GcStruct("enumerate", ("inner", r_inner.lowleveltype),
                                                  ("count", lltype.Signed)))
        self.lowleveltype = lltype.Ptr(self.ITER)
        from kit.rtyper.rtuple import TupleRepr
        self.r_item = TupleRepr(rtyper, [rtyper.primitive_repr(lltype.Signed), r_inner.item_repr()])

    def item_repr(self) -> Repr:
        return self.r_item

    def ll_next_function(self) -> Any:
        return make_enumerate_next(self.r_item.TUPLE, self.r_inner.ll_next_function())  # type: ignore[attr-defined]


_ENUM_NEXT: dict[Any, Any] = {}


def make_enumerate_next(TUPLE: Any, inner_next: Any) -> Any:
    key = (TUPLE, inner_next)
    if key in _ENUM_NEXT:
        return _ENUM_NEXT[key]

    def ll_enumerate_next(it: Any) -> Any:
        item = inner_next(it.inner)
        t = malloc(TUPLE)
        t.item0 = it.count
        t.item1 = item
        it.count += 1
        return t

    _ENUM_NEXT[key] = ll_enumerate_next
    return ll_enumerate_next


class ZipIteratorRepr(IteratorRepr):
    def __init__(self, rtyper: Any, r_inners: list[IteratorRepr]) -> None:
        super().__init__(rtyper)
        self.r_inners = r_inners
        fields = [(f"it{i}", r.lowleveltype) for i, r in enumerate(r_inners)]
        self.ITER = lltype.intern(lltype.GcStruct("zip", *fields))
        self.lowleveltype = lltype.Ptr(self.ITER)
        from kit.rtyper.rtuple import TupleRepr
        self.r_item = TupleRepr(rtyper, [r.item_repr() for r in r_inners])

    def item_repr(self) -> Repr:
        return self.r_item

    def ll_next_function(self) -> Any:
        from kit.rlib.unroll import unrolling_iterable
        TUPLE = self.r_item.TUPLE  # type: ignore[attr-defined]
        parts = unrolling_iterable([(f"it{i}", f"item{i}", r.ll_next_function())
                                    for i, r in enumerate(self.r_inners)])

        def ll_zip_next(it: Any) -> Any:
            t = malloc(TUPLE)
            for itname, itemname, nextfn in parts:
                setattr(t, itemname, nextfn(getattr(it, itname)))
            return t

        return ll_zip_next


class ReversedIteratorRepr(IteratorRepr):
    def __init__(self, rtyper: Any, r_seq: Repr) -> None:
        super().__init__(rtyper)
        self.r_seq = r_seq
        self.forward = SequenceIteratorRepr(rtyper, r_seq)
        self.ITER = lltype.intern(lltype.GcStruct("reversed", ("seq", r_seq.lowleveltype), ("index", lltype.Signed)))
        self.lowleveltype = lltype.Ptr(self.ITER)

    def item_repr(self) -> Repr:
        return self.forward.item_repr()

    def ll_next_function(self) -> Any:
        from kit.rtyper.rlist import ListRepr
        return ll_reversed_list_next if isinstance(self.r_seq, ListRepr) else ll_reversed_str_next


def ll_reversed_list(ITER: Any, lst: Any) -> Any:
    it = malloc(ITER)
    it.seq = lst
    it.index = lst.length - 1
    return it


def ll_reversed_str(ITER: Any, s: Any) -> Any:
    it = malloc(ITER)
    it.seq = s
    it.index = len(s.chars) - 1
    return it


def ll_reversed_list_next(it: Any) -> Any:
    index = it.index
    if index < 0:
        raise STOP
    it.index = index - 1
    return it.seq.items[index]


def ll_reversed_str_next(it: Any) -> Any:
    from kit.rtyper.llstr import ll_char_at
    index = it.index
    if index < 0:
        raise STOP
    it.index = index - 1
    return ll_char_at(it.seq, index)


# ---- consuming an iterable -------------------------------------------------------------------------

@specialize.arg(2)
def ll_fill_list(lst: Any, it: Any, nextfn: Any) -> Any:
    from kit.rtyper.lllist import ll_append
    while True:
        try:
            item = nextfn(it)
        except StopIteration:
            break
        ll_append(lst, item)
    return lst


def iterator_of(hop: HighLevelOp, index: int) -> tuple[Any, IteratorRepr]:
    """An iterator (low-level value, repr) over argument `index` of hop."""
    r = hop.args_r[index]
    if isinstance(r, IteratorRepr):
        return hop.inputarg(r, index), r
    s = hop.args_s[index]
    s_it = hop.rtyper.annotator.rules.op_iter(_NoHop(), s) if not isinstance(s, SomeIterator) else s
    r_it = hop.rtyper.getrepr(s_it)
    v = hop.inputarg(r, index)
    if isinstance(r_it, SequenceIteratorRepr):
        return r_it.build(hop.llops, v), r_it
    if isinstance(r_it, RangeIteratorRepr):
        return hop.llops.gendirectcall(ll_rangeiter, v), r_it
    if isinstance(r_it, DictIteratorRepr):
        return r_it.build(hop.llops, v), r_it
    raise TyperError(f"cannot iterate over {r}")


class _NoHop:
    def error(self, message: str) -> Exception:
        return TyperError(message)

    def none_error(self, i: int, what: str) -> Exception:
        return TyperError(what)


def iterate_into_list(hop: HighLevelOp, r_list: Any, v_list: Any, index: int) -> Any:
    v_it, r_it = iterator_of(hop, index)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_fill_list, v_list, v_it, inputconst(lltype.Void, r_it.ll_next_function()))
