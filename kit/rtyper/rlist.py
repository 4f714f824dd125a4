"""Lists: a pointer to a GC struct (length, items array); every operation is a call of a
low-level helper from lllist.py specialised for the list's type.
"""

from __future__ import annotations

from typing import Any

from kit.annotator.listdef import ListDef
from kit.rtyper import lllist, lltype
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rprimitive import IntegerRepr, NoneRepr
from kit.rtyper.rtyper import conversion, pairop

_LIST_TYPES: dict[Any, tuple[Any, Any]] = {}


def list_types(ITEM: lltype.LowLevelType) -> tuple[lltype.GcStruct, lltype.GcArray]:
    found = _LIST_TYPES.get(ITEM)
    if found is None:
        ITEMS = lltype.GcArray(ITEM)
        LIST = lltype.GcStruct("list_" + _name(ITEM), ("length", lltype.Signed), ("items", lltype.Ptr(ITEMS)),
                              hints={"never_negative": ("length",)})
        found = _LIST_TYPES[ITEM] = (LIST, ITEMS)
    return found


def _name(T: lltype.LowLevelType) -> str:
    if isinstance(T, lltype.Ptr):
        return getattr(T.TO, "_name", "ptr")
    return repr(T)


class ListRepr(Repr):
    def __init__(self, rtyper: Any, listdef: ListDef) -> None:
        super().__init__(rtyper)
        self.listdef = listdef
        self.item_repr = rtyper.getrepr(listdef.s_item())
        self.LIST, self.ITEMS = list_types(self.item_repr.lowleveltype)
        self.lowleveltype = lltype.Ptr(self.LIST)
        self._prebuilt: dict[int, tuple[Any, Any]] = {}

    def __repr__(self) -> str:
        return f"<ListRepr of {self.item_repr}>"

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(self.lowleveltype)
        if not isinstance(value, list):
            raise TyperError(f"not a list: {value!r}")
        found = self._prebuilt.get(id(value))
        if found is None:
            struct = lltype.LLStruct(self.LIST)
            found = self._prebuilt[id(value)] = (value, struct)
            items = lltype.LLArray(self.ITEMS, len(value), [self.item_repr.convert_const(v) for v in value])
            struct.setfield("length", len(value))
            struct.setfield("items", lltype.LLPointer(lltype.Ptr(self.ITEMS), items))
        return lltype.LLPointer(self.lowleveltype, found[1])

    def c_types(self) -> tuple[Any, Any]:
        return inputconst(lltype.Void, self.LIST), inputconst(lltype.Void, self.ITEMS)

    def new(self, llops: Any, v_length: Any) -> Any:
        c_list, c_items = self.c_types()
        return llops.gendirectcall(lllist.ll_newlist, c_list, c_items, v_length)

    def c_eqfn(self) -> Any:
        return inputconst(lltype.Void, self.item_repr.get_ll_eq_function())

    # ---- operations --------------------------------------------------------------------------

    def rtype_len(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(lllist.ll_len, v)

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        if hop.args_s[0].can_be_None:
            return hop.gendirectcall(ll_list_is_true, v)
        return hop.genop("int_is_true", [hop.gendirectcall(lllist.ll_len, v)], lltype.Bool)

    def rtype_iter(self, hop: HighLevelOp) -> Any:
        from kit.rtyper.riter import make_sequence_iterator
        return make_sequence_iterator(hop, self)

    def rtype_getslice(self, hop: HighLevelOp) -> Any:
        from kit.rtyper.rstr import slice_args
        v = hop.inputarg(self, 0)
        c_list, _ = self.c_types()
        if hop.nb_args > 3 and not isinstance(hop.args_r[3], NoneRepr):
            r_int = self.rtyper.primitive_repr(lltype.Signed)
            v_step = hop.inputarg(r_int, 3)
            hop.nb_args = 3
            args = slice_args(hop)
            hop.exception_is_here()
            return hop.gendirectcall(lllist.ll_getslice_step, c_list, v, args[0], args[1], v_step, args[2], args[3])
        args = slice_args(hop)
        hop.exception_cannot_occur()
        return hop.gendirectcall(lllist.ll_getslice, c_list, v, *args)

    def rtype_setslice(self, hop: HighLevelOp) -> Any:
        from kit.rtyper.rstr import slice_args
        v = hop.inputarg(self, 0)
        v_other = hop.inputarg(self, 4)
        hop.nb_args = 3
        args = slice_args(hop)
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_setslice, v, *args, v_other)

    def rtype_delslice(self, hop: HighLevelOp) -> Any:
        from kit.rtyper.rstr import slice_args
        v = hop.inputarg(self, 0)
        hop.nb_args = 3
        args = slice_args(hop)
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_delslice, v, *args)

    def rtype_inplace_add(self, hop: HighLevelOp) -> Any:
        v1, v2 = hop.inputargs(self, self)
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_extend, v1, v2)
        return v1

    def rtype_inplace_mul(self, hop: HighLevelOp) -> Any:
        v1, v2 = hop.inputargs(self, lltype.Signed)
        hop.exception_cannot_occur()
        return hop.gendirectcall(lllist.ll_inplace_mul, v1, v2)

    # methods: called through rbuiltin's bound-method repr
    def method_append(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_item = hop.inputarg(self.item_repr, 0)
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_append, v_self, v_item)

    def method_extend(self, hop: HighLevelOp, v_self: Any) -> Any:
        r_other = hop.args_r[0]
        if isinstance(r_other, ListRepr):
            v_other = hop.inputarg(self, 0)
            hop.exception_cannot_occur()
            hop.gendirectcall(lllist.ll_extend, v_self, v_other)
            return None
        from kit.rtyper.riter import iterate_into_list
        iterate_into_list(hop, self, v_self, 0)
        return None

    def method_insert(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_index = hop.inputarg(lltype.Signed, 0)
        v_item = hop.inputarg(self.item_repr, 1)
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_insert, v_self, v_index, v_item)

    def method_pop(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_is_here()
        if hop.nb_args == 0:
            return hop.gendirectcall(lllist.ll_pop_last, v_self)
        v_index = hop.inputarg(lltype.Signed, 0)
        hop.exception_is_here()
        return hop.gendirectcall(lllist.ll_pop, v_self, v_index)

    def method_remove(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_item = hop.inputarg(self.item_repr, 0)
        hop.exception_is_here()
        hop.gendirectcall(lllist.ll_remove, v_self, v_item, self.c_eqfn())

    def method_index(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_item = hop.inputarg(self.item_repr, 0)
        hop.exception_is_here()
        return hop.gendirectcall(lllist.ll_index, v_self, v_item, self.c_eqfn())

    def method_count(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_item = hop.inputarg(self.item_repr, 0)
        hop.exception_cannot_occur()
        return hop.gendirectcall(lllist.ll_count, v_self, v_item, self.c_eqfn())

    def method_reverse(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_reverse, v_self)

    def method_sort(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_reverse = inputconst(lltype.Bool, False)
        if "reverse" in hop.keywords:
            v_reverse = hop.inputarg(lltype.Bool, hop.keywords["reverse"])
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_sort, v_self, inputconst(lltype.Void, item_lt_function(self.item_repr)),
                          v_reverse)

    def method_copy(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        v = hop.gendirectcall(lllist.ll_copy, v_self)
        return hop.llops.convertvar(v, self, hop.r_result)

    def method_clear(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_clear, v_self)

    def to_str(self, llops: Any, v: Any) -> Any:
        from kit.rtyper.rtuple import _FakeHop
        fn = make_list_str_function(self, _FakeHop(llops, self.rtyper))
        return llops.gendirectcall(fn, v)


def ll_list_is_true(lst: Any) -> bool:
    return bool(lst) and lst.length != 0


def item_lt_function(r: Repr) -> Any:
    from kit.rtyper.rstr import AbstractStringRepr
    from kit.rtyper.rtuple import TupleRepr
    if isinstance(r, AbstractStringRepr):
        return ll_str_lt
    if isinstance(r, TupleRepr):
        from kit.rtyper.rtuple import make_tuple_cmp
        return make_tuple_lt_function(make_tuple_cmp(r))
    return None


_LT_CACHE: dict[Any, Any] = {}


def make_tuple_lt_function(cmpfn: Any) -> Any:
    if cmpfn not in _LT_CACHE:
        def ll_lt(a: Any, b: Any) -> bool:
            return cmpfn(a, b) < 0
        _LT_CACHE[cmpfn] = ll_lt
    return _LT_CACHE[cmpfn]


def ll_str_lt(a: Any, b: Any) -> bool:
    from kit.rtyper.llstr import ll_strcmp
    return ll_strcmp(a, b) < 0


_STR_FUNCS: dict[Any, Any] = {}


def make_list_str_function(r: ListRepr, hop: Any) -> Any:
    """str(list) like CPython: '[' + ', '.join(repr(item)) + ']' (for printable items)."""
    key = r.lowleveltype
    if key in _STR_FUNCS:
        return _STR_FUNCS[key]
    from kit.rtyper.rstr import PARTS, ll_join_parts, repr_function, string_constant
    conv = repr_function(r.item_repr)
    open_b = string_constant(None, "[")
    close_b = string_constant(None, "]")
    sep = string_constant(None, ", ")

    def ll_list_str(lst: Any) -> Any:
        n = lst.length
        size = 2 * n + 1 if n else 2
        parts = lltype.malloc(PARTS, size)
        parts[0] = open_b
        i = 0
        while i < n:
            if i:
                parts[2 * i] = sep
            parts[2 * i + 1] = conv(lst.items[i])
            i += 1
        parts[size - 1] = close_b
        return ll_join_parts(parts)

    _STR_FUNCS[key] = ll_list_str
    return ll_list_str


@pairop(ListRepr, IntegerRepr, "getitem")
def rtype_list_getitem(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    v_list, v_index = hop.inputargs(r, lltype.Signed)
    hop.exception_is_here()
    if hop.args_s[1].nonneg:
        v = hop.gendirectcall(lllist.ll_getitem_nonneg, v_list, v_index)
    else:
        v = hop.gendirectcall(lllist.ll_getitem, v_list, v_index)
    return hop.llops.convertvar(v, r.item_repr, hop.r_result)


@pairop(ListRepr, IntegerRepr, "setitem")
def rtype_list_setitem(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    v_list, v_index, v_value = hop.inputargs(r, lltype.Signed, r.item_repr)
    hop.exception_is_here()
    if hop.args_s[1].nonneg:
        hop.gendirectcall(lllist.ll_setitem_nonneg, v_list, v_index, v_value)
    else:
        hop.gendirectcall(lllist.ll_setitem, v_list, v_index, v_value)


@pairop(ListRepr, IntegerRepr, "delitem")
def rtype_list_delitem(hop: HighLevelOp) -> Any:
    v_list, v_index = hop.inputargs(hop.args_r[0], lltype.Signed)
    hop.exception_is_here()
    hop.gendirectcall(lllist.ll_delitem, v_list, v_index)


@pairop(ListRepr, ListRepr, "add")
def rtype_list_add(hop: HighLevelOp) -> Any:
    r = hop.r_result
    v1, v2 = hop.inputargs(r, r)
    c_list, _ = r.c_types()
    return hop.gendirectcall(lllist.ll_concat, c_list, v1, v2)


def _list_mul(hop: HighLevelOp, v_list: Any, v_times: Any) -> Any:
    # a float equal to the default 0.0 may be -0.0, which a fresh (zeroed) array does not hold
    equal_means_same = hop.r_result.item_repr.lowleveltype is not lltype.Float  # type: ignore[attr-defined]
    return hop.gendirectcall(lllist.ll_mul_fresh, v_list, v_times, inputconst(lltype.Bool, equal_means_same))


@pairop(ListRepr, IntegerRepr, "mul")
def rtype_list_mul(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.r_result, lltype.Signed)
    return _list_mul(hop, v1, v2)


@pairop(IntegerRepr, ListRepr, "mul")
def rtype_int_list_mul(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(lltype.Signed, hop.r_result)
    return _list_mul(hop, v2, v1)


@pairop(ListRepr, ListRepr, "eq", "ne")
def rtype_list_eq(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    v1, v2 = hop.inputargs(r, r)
    v = hop.gendirectcall(lllist.ll_list_eq, v1, v2, r.c_eqfn())
    if hop.opname == "ne":
        v = hop.genop("bool_not", [v], lltype.Bool)
    return v


@pairop(ListRepr, Repr, "contains")
def rtype_list_contains(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    v_list, v_item = hop.inputargs(r, r.item_repr)
    return hop.gendirectcall(lllist.ll_contains, v_list, v_item, r.c_eqfn())


@pairop(ListRepr, NoneRepr, "is_", "eq")
def rtype_list_is_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_iszero", [v], lltype.Bool)


@pairop(ListRepr, NoneRepr, "ne")
def rtype_list_isnot_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_nonzero", [v], lltype.Bool)


@pairop(ListRepr, ListRepr, "is_")
def rtype_list_is(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[0])
    return hop.genop("ptr_eq", [v1, v2], lltype.Bool)


@conversion(NoneRepr, ListRepr)
def convert_none_list(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    return inputconst(r_to.lowleveltype, lltype.nullptr(r_to.lowleveltype))


@conversion(ListRepr, ListRepr)
def convert_list_list(rtyper: Any, r_from: ListRepr, r_to: ListRepr, v: Any, llops: Any) -> Any:
    if r_from.lowleveltype == r_to.lowleveltype:
        return v
    return NotImplemented


def rtype_newlist(hop: HighLevelOp) -> Any:
    r = hop.r_result
    assert isinstance(r, ListRepr)
    n = hop.nb_args
    v_list = r.new(hop.llops, inputconst(lltype.Signed, n))
    if n:
        v_items = hop.genop("getfield", [v_list, inputconst(lltype.Void, "items")], lltype.Ptr(r.ITEMS))
        for i in range(n):
            v_item = hop.inputarg(r.item_repr, i)
            hop.genop("setarrayitem", [v_items, inputconst(lltype.Signed, i), v_item])
    return v_list
