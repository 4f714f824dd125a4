"""Tuples: an immutable GC struct with one field per item (items may have different types)."""

from __future__ import annotations

from typing import Any

from kit.rtyper import lltype
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rtyper import conversion, pairop


class TupleRepr(Repr):
    def __init__(self, rtyper: Any, items_r: list[Repr]) -> None:
        super().__init__(rtyper)
        self.items_r = list(items_r)
        fields = [(f"item{i}", r.lowleveltype) for i, r in enumerate(items_r)]
        name = "tuple" + str(len(items_r)) + "_" + "_".join(_short(r.lowleveltype) for r in items_r)
        self.TUPLE = lltype.intern(lltype.GcStruct(name, *fields))
        self.lowleveltype = lltype.Ptr(self.TUPLE)
        self._cache: dict[Any, Any] = {}

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(self.lowleveltype)
        if not isinstance(value, tuple) or len(value) != len(self.items_r):
            raise TyperError(f"not a tuple of {len(self.items_r)} items: {value!r}")
        key = tuple(id(v) for v in value)
        found = self._cache.get(key)
        if found is None:
            s = lltype.LLStruct(self.TUPLE)
            for i, (r, item) in enumerate(zip(self.items_r, value, strict=True)):
                s.setfield(f"item{i}", r.convert_const(item))
            found = self._cache[key] = (value, lltype.LLPointer(self.lowleveltype, s))
        return found[1]

    def build(self, llops: Any, items_v: list[Any], items_r: list[Repr]) -> Any:
        v = llops.genop("malloc", [inputconst(lltype.Void, self.TUPLE)], self.lowleveltype)
        for i, (item, r_from) in enumerate(zip(items_v, items_r, strict=True)):
            item = llops.convertvar(item, r_from, self.items_r[i])
            llops.genop("setfield", [v, inputconst(lltype.Void, f"item{i}"), item])
        return v

    def getitem(self, llops: Any, v: Any, index: int) -> Any:
        return llops.genop("getfield", [v, inputconst(lltype.Void, f"item{index}")],
                           self.items_r[index].lowleveltype)

    def rtype_len(self, hop: HighLevelOp) -> Any:
        return inputconst(lltype.Signed, len(self.items_r))

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        return inputconst(lltype.Bool, len(self.items_r) > 0)

    def rtype_hash(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(self.get_ll_hash_function(), v)

    def get_ll_hash_function(self) -> Any:
        return make_tuple_hash(self)

    def get_ll_eq_function(self) -> Any:
        return make_tuple_eq(self)

    def rtype_iter(self, hop: HighLevelOp) -> Any:
        from kit.rtyper.riter import make_tuple_iterator
        return make_tuple_iterator(hop, self)

    def to_str(self, llops: Any, v: Any) -> Any:
        return llops.gendirectcall(make_tuple_str_function(self), v)


class _FakeHop:
    """Just enough of a HighLevelOp for helpers that only emit operations."""

    def __init__(self, llops: Any, rtyper: Any) -> None:
        self.llops = llops
        self.rtyper = rtyper


def _str_type() -> Any:
    from kit.rtyper.llstr import STR
    return STR


def _short(T: lltype.LowLevelType) -> str:
    if isinstance(T, lltype.Ptr):
        to = T.TO
        return getattr(to, "_name", "ptr")
    return repr(T)


_STR_CACHE: dict[Any, Any] = {}


def make_tuple_str_function(r: TupleRepr) -> Any:
    """str(tuple) like CPython: '(a, b)', '(a,)', '()'."""
    key = r.lowleveltype
    if key in _STR_CACHE:
        return _STR_CACHE[key]
    from kit.rlib.unroll import unrolling_iterable
    from kit.rtyper.rstr import PARTS, ll_join_parts, repr_function, string_constant
    n = len(r.items_r)
    fields = unrolling_iterable([(i, f"item{i}", repr_function(ir)) for i, ir in enumerate(r.items_r)])
    open_p = string_constant(None, "(")
    close_p = string_constant(None, ",)" if n == 1 else ")")
    sep = string_constant(None, ", ")
    size = 2 * n + 1 if n else 2

    def ll_tuple_str(t: Any) -> Any:
        parts = lltype.malloc(PARTS, size)
        parts[0] = open_p
        for i, name, conv in fields:
            if i:
                parts[2 * i] = sep
            parts[2 * i + 1] = conv(getattr(t, name))
        parts[size - 1] = close_p
        return ll_join_parts(parts)

    _STR_CACHE[key] = ll_tuple_str
    return ll_tuple_str


_EQ_CACHE: dict[Any, Any] = {}


def make_tuple_eq(r: TupleRepr) -> Any:
    key = r.lowleveltype
    if key in _EQ_CACHE:
        return _EQ_CACHE[key]
    from kit.rlib.unroll import unrolling_iterable
    fields = unrolling_iterable([(f"item{i}", ir.get_ll_eq_function()) for i, ir in enumerate(r.items_r)])

    def ll_tuple_eq(t1: Any, t2: Any) -> bool:
        for name, eqfn in fields:
            a = getattr(t1, name)
            b = getattr(t2, name)
            if eqfn is None:
                if a != b:
                    return False
            elif not eqfn(a, b):
                return False
        return True

    _EQ_CACHE[key] = ll_tuple_eq
    return ll_tuple_eq


_HASH_CACHE: dict[Any, Any] = {}


def make_tuple_hash(r: TupleRepr) -> Any:
    key = r.lowleveltype
    if key in _HASH_CACHE:
        return _HASH_CACHE[key]
    from kit.rlib.unroll import unrolling_iterable
    fields = unrolling_iterable([(f"item{i}", ir.get_ll_hash_function()) for i, ir in enumerate(r.items_r)])

    def ll_tuple_hash(t: Any) -> int:
        h = 0x345678
        for name, hashfn in fields:
            h = (h ^ hashfn(getattr(t, name))) * 1000003
        return h

    _HASH_CACHE[key] = ll_tuple_hash
    return ll_tuple_hash


@pairop(TupleRepr, Repr, "getitem")
def rtype_tuple_getitem(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    s_index = hop.args_s[1]
    hop.exception_cannot_occur()
    v = hop.inputarg(r, 0)
    if s_index.is_constant():
        index = s_index.const
        if index < 0:
            index += len(r.items_r)
        return hop.llops.convertvar(r.getitem(hop.llops, v, index), r.items_r[index], hop.r_result)
    # a run-time index: the items must share one representation
    lltypes = {ir.lowleveltype for ir in r.items_r}
    if len(lltypes) != 1:
        raise TyperError("indexing a tuple whose items have different types needs a constant index")
    v_index = hop.inputarg(lltype.Signed, 1)
    hop.exception_is_here()
    v_item = hop.gendirectcall(make_tuple_getitem(r), v, v_index)
    return hop.llops.convertvar(v_item, r.items_r[0], hop.r_result)


_GETITEM_CACHE: dict[Any, Any] = {}


def make_tuple_getitem(r: TupleRepr) -> Any:
    key = r.lowleveltype
    if key in _GETITEM_CACHE:
        return _GETITEM_CACHE[key]
    from kit.rlib.unroll import unrolling_iterable
    n = len(r.items_r)
    fields = unrolling_iterable([(i, f"item{i}") for i in range(n)])

    def ll_tuple_getitem(t: Any, index: int) -> Any:
        if index < 0:
            index += n
        for i, name in fields:
            if index == i:
                return getattr(t, name)
        raise IndexError("tuple index out of range")

    _GETITEM_CACHE[key] = ll_tuple_getitem
    return ll_tuple_getitem


@pairop(TupleRepr, TupleRepr, "eq", "ne")
def rtype_tuple_eq(hop: HighLevelOp) -> Any:
    r1, r2 = hop.args_r
    if r1.lowleveltype != r2.lowleveltype:
        raise TyperError("comparing tuples of different types")
    v1, v2 = hop.inputargs(r1, r1)
    v = hop.gendirectcall(r1.get_ll_eq_function(), v1, v2)
    if hop.opname == "ne":
        v = hop.genop("bool_not", [v], lltype.Bool)
    return v


def rtype_newtuple(hop: HighLevelOp) -> Any:
    r = hop.r_result
    assert isinstance(r, TupleRepr)
    values = [hop.inputarg(hop.args_r[i], i) for i in range(hop.nb_args)]
    return r.build(hop.llops, values, hop.args_r)


_CMP_CACHE: dict[Any, Any] = {}


def item_cmp_function(r: Repr) -> Any:
    """A low-level function returning <0, 0 or >0 comparing two values of repr r (None: numbers)."""
    from kit.rtyper.llstr import ll_strcmp
    from kit.rtyper.rstr import AbstractStringRepr
    if isinstance(r, AbstractStringRepr):
        return ll_strcmp
    if isinstance(r, TupleRepr):
        return make_tuple_cmp(r)
    return None


def make_tuple_cmp(r: TupleRepr) -> Any:
    key = r.lowleveltype
    if key in _CMP_CACHE:
        return _CMP_CACHE[key]
    from kit.rlib.unroll import unrolling_iterable
    fields = unrolling_iterable([(f"item{i}", item_cmp_function(ir)) for i, ir in enumerate(r.items_r)])

    def ll_tuple_cmp(t1: Any, t2: Any) -> int:
        for name, cmpfn in fields:
            a = getattr(t1, name)
            b = getattr(t2, name)
            if cmpfn is None:
                if a < b:
                    return -1
                if b < a:
                    return 1
            else:
                c = cmpfn(a, b)
                if c != 0:
                    return c
        return 0

    _CMP_CACHE[key] = ll_tuple_cmp
    return ll_tuple_cmp


def ll_tuple_lt(cmpfn: Any, t1: Any, t2: Any) -> bool:
    return cmpfn(t1, t2) < 0


@pairop(TupleRepr, TupleRepr, "lt", "le", "gt", "ge")
def rtype_tuple_compare(hop: HighLevelOp) -> Any:
    r1, r2 = hop.args_r
    if r1.lowleveltype != r2.lowleveltype:
        raise TyperError("comparing tuples of different types")
    v1, v2 = hop.inputargs(r1, r1)
    v = hop.gendirectcall(make_tuple_cmp(r1), v1, v2)
    return hop.genop(f"int_{hop.opname}", [v, inputconst(lltype.Signed, 0)], lltype.Bool)


@conversion(TupleRepr, TupleRepr)
def convert_tuple_tuple(rtyper: Any, r_from: TupleRepr, r_to: TupleRepr, v: Any, llops: Any) -> Any:
    """A tuple whose items generalise (e.g. a None item that is a str elsewhere): rebuild it item by item."""
    if len(r_from.items_r) != len(r_to.items_r):
        return NotImplemented
    items = [r_from.getitem(llops, v, i) for i in range(len(r_from.items_r))]
    return r_to.build(llops, items, r_from.items_r)


_CONTAINS_CACHE: dict[Any, Any] = {}


@pairop(TupleRepr, Repr, "contains")
def rtype_tuple_contains(hop: HighLevelOp) -> Any:
    r_tuple = hop.args_r[0]
    if not r_tuple.items_r:
        hop.exception_cannot_occur()
        return inputconst(lltype.Bool, False)
    r_item = r_tuple.items_r[0]
    if any(r.lowleveltype != r_item.lowleveltype for r in r_tuple.items_r):
        raise TyperError("'in' on a tuple needs items of one type")
    v_tuple = hop.inputarg(r_tuple, 0)
    v_item = hop.inputarg(r_item, 1)
    hop.exception_cannot_occur()
    return hop.gendirectcall(make_tuple_contains(r_tuple, r_item), v_tuple, v_item)


def make_tuple_contains(r: TupleRepr, r_item: Repr) -> Any:
    key = r.lowleveltype
    if key in _CONTAINS_CACHE:
        return _CONTAINS_CACHE[key]
    from kit.rlib.unroll import unrolling_iterable
    eqfn = r_item.get_ll_eq_function()
    fields = unrolling_iterable([f"item{i}" for i in range(len(r.items_r))])

    def ll_tuple_contains(t: Any, x: Any) -> bool:
        for name in fields:
            a = getattr(t, name)
            if eqfn is None:
                if a == x:
                    return True
            elif eqfn(a, x):
                return True
        return False

    _CONTAINS_CACHE[key] = ll_tuple_contains
    return ll_tuple_contains
