"""Dicts: a pointer to an insertion-ordered hash table (lldict.py) specialised per key and value
type; the key repr supplies the hash and equality functions.
"""

from __future__ import annotations

from typing import Any

from kit.annotator.listdef import DictDef
from kit.rtyper import lldict, lltype
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rprimitive import IntegerRepr, NoneRepr
from kit.rtyper.rtyper import conversion, pairop

_DICT_TYPES: dict[Any, Any] = {}


def dict_type(K: lltype.LowLevelType, V: lltype.LowLevelType) -> lltype.GcStruct:
    key = (K, V)
    found = _DICT_TYPES.get(key)
    if found is None:
        found = lltype.GcStruct(
            "dict", ("num_items", lltype.Signed), ("num_used", lltype.Signed),
            ("keys", lltype.Ptr(lltype.GcArray(K))), ("values", lltype.Ptr(lltype.GcArray(V))),
            ("hashes", lltype.Ptr(lldict.HASHES)), ("alive", lltype.Ptr(lldict.ALIVE)),
            ("indexes", lltype.Ptr(lldict.INDEXES)))
        _DICT_TYPES[key] = found
    return found


class DictRepr(Repr):
    def __init__(self, rtyper: Any, dictdef: DictDef) -> None:
        super().__init__(rtyper)
        self.dictdef = dictdef
        self.key_repr = rtyper.getrepr(dictdef.s_key())
        self.value_repr = rtyper.getrepr(dictdef.s_value())
        self.DICT = dict_type(self.key_repr.lowleveltype, self.value_repr.lowleveltype)
        self.lowleveltype = lltype.Ptr(self.DICT)
        self._prebuilt: dict[int, tuple[Any, Any]] = {}
        from kit.rtyper.rprimitive import BoolRepr
        if isinstance(self.key_repr, IntegerRepr) and not isinstance(self.key_repr, BoolRepr):
            self.hashfn = None  # an int hashes to itself
        elif self.key_repr.lowleveltype == lltype.Void:
            self.hashfn = ll_hash_nothing  # a dict nothing is ever stored in
        else:
            self.hashfn = self.key_repr.get_ll_hash_function()
            if self.hashfn is None:
                raise TyperError(f"dict keys of {self.key_repr} cannot be hashed")
        self.eqfn = self.key_repr.get_ll_eq_function()

    def __repr__(self) -> str:
        return f"<DictRepr {self.key_repr} -> {self.value_repr}>"

    def fns(self) -> list[Any]:
        return [inputconst(lltype.Void, self.hashfn), inputconst(lltype.Void, self.eqfn)]

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(self.lowleveltype)
        if not isinstance(value, dict):
            raise TyperError(f"not a dict: {value!r}")
        found = self._prebuilt.get(id(value))
        if found is None:
            found = self._prebuilt[id(value)] = (value, self.build_prebuilt(value))
        return lltype.LLPointer(self.lowleveltype, found[1])

    def build_prebuilt(self, value: dict) -> lltype.LLStruct:
        """Lay out a prebuilt dict exactly as the low-level helpers would (hashes computed now)."""
        n = len(value)
        capacity = 8
        while capacity < n * 2:
            capacity *= 2
        size = 16
        while size * 2 < capacity * 3:
            size *= 2
        keys = [self.key_repr.convert_const(k) for k in value]
        values = [self.value_repr.convert_const(v) for v in value.values()]
        hashes = [self.prebuilt_hash(k) for k in value]
        indexes = [lldict.FREE] * size
        mask = size - 1
        for entry, h in enumerate(hashes):
            perturb = h & 0x7FFFFFFFFFFFFFFF
            i = h & mask
            while indexes[i] != lldict.FREE:
                perturb >>= 5
                i = (i * 5 + perturb + 1) & mask
            indexes[i] = entry
        struct = lltype.LLStruct(self.DICT)
        struct.setfield("num_items", n)
        struct.setfield("num_used", n)

        def array(T: Any, items: list) -> Any:
            arr = lltype.LLArray(T, capacity if T is not lldict.INDEXES else size)
            arr.items[:len(items)] = items
            return lltype.LLPointer(lltype.Ptr(T), arr)

        struct.setfield("keys", array(self.DICT.field_type("keys").TO, keys))
        struct.setfield("values", array(self.DICT.field_type("values").TO, values))
        struct.setfield("hashes", array(lldict.HASHES, hashes))
        struct.setfield("alive", array(lldict.ALIVE, [True] * n))
        struct.setfield("indexes", array(lldict.INDEXES, indexes))
        return struct

    def prebuilt_hash(self, key: Any) -> int:
        from kit.rtyper.rprimitive import BoolRepr
        from kit.rtyper.rstr import AbstractStringRepr
        if isinstance(self.key_repr, IntegerRepr) and not isinstance(self.key_repr, BoolRepr):
            return int(key)
        if isinstance(self.key_repr, AbstractStringRepr):
            return prebuilt_string_hash(key)
        raise TyperError(f"prebuilt dicts with keys of {self.key_repr} are not supported yet")

    # ---- operations --------------------------------------------------------------------------

    def rtype_len(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(lldict.ll_dict_len, v)

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        if hop.args_s[0].can_be_None:
            return hop.gendirectcall(ll_dict_is_true, v)
        return hop.genop("int_is_true", [hop.gendirectcall(lldict.ll_dict_len, v)], lltype.Bool)

    def rtype_iter(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        hop.exception_cannot_occur()
        return hop.r_result.build(hop.llops, v)

    def rtype_getitem(self, hop: HighLevelOp) -> Any:
        v_dict, v_key = hop.inputargs(self, self.key_repr)
        hop.exception_is_here()
        v = hop.gendirectcall(lldict.ll_dict_getitem, v_dict, *self.fns(), v_key)
        return hop.llops.convertvar(v, self.value_repr, hop.r_result)

    def rtype_setitem(self, hop: HighLevelOp) -> Any:
        v_dict, v_key, v_value = hop.inputargs(self, self.key_repr, self.value_repr)
        hop.exception_cannot_occur()
        hop.gendirectcall(lldict.ll_dict_setitem, v_dict, *self.fns(), v_key, v_value)

    def rtype_delitem(self, hop: HighLevelOp) -> Any:
        v_dict, v_key = hop.inputargs(self, self.key_repr)
        hop.exception_is_here()
        hop.gendirectcall(lldict.ll_dict_delitem, v_dict, *self.fns(), v_key)

    def rtype_contains(self, hop: HighLevelOp) -> Any:
        v_dict, v_key = hop.inputargs(self, self.key_repr)
        return hop.gendirectcall(lldict.ll_dict_contains, v_dict, *self.fns(), v_key)

    def method_get(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_key = hop.inputarg(self.key_repr, 0)
        r_default = hop.r_result
        if hop.nb_args > 1:
            v_default = hop.inputarg(r_default, 1)
        else:
            v_default = inputconst(r_default, None)
        hop.exception_cannot_occur()
        v_self = hop.llops.convertvar(v_self, self, self)
        if r_default.lowleveltype != self.value_repr.lowleveltype:
            raise TyperError("dict.get() default of another type than the values")
        return hop.gendirectcall(lldict.ll_dict_get, v_self, *self.fns(), v_key, v_default)

    def method_pop(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_key = hop.inputarg(self.key_repr, 0)
        if hop.nb_args > 1:
            v_default = hop.inputarg(self.value_repr, 1)
            hop.exception_cannot_occur()
            v = hop.gendirectcall(lldict.ll_dict_pop_default, v_self, *self.fns(), v_key, v_default)
        else:
            hop.exception_is_here()
            v = hop.gendirectcall(lldict.ll_dict_pop, v_self, *self.fns(), v_key)
        return hop.llops.convertvar(v, self.value_repr, hop.r_result)

    def method_setdefault(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_key = hop.inputarg(self.key_repr, 0)
        v_default = hop.inputarg(self.value_repr, 1)
        hop.exception_cannot_occur()
        v = hop.gendirectcall(lldict.ll_dict_setdefault, v_self, *self.fns(), v_key, v_default)
        return hop.llops.convertvar(v, self.value_repr, hop.r_result)

    def method_clear(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        hop.gendirectcall(lldict.ll_dict_clear, v_self)

    def method_copy(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        v = hop.gendirectcall(lldict.ll_dict_copy, v_self)
        return hop.llops.convertvar(v, self, hop.r_result)

    def method_update(self, hop: HighLevelOp, v_self: Any) -> Any:
        v_other = hop.inputarg(self, 0)
        hop.exception_cannot_occur()
        fns = self.fns()
        hop.gendirectcall(lldict.ll_dict_update, v_self, v_other, *fns)

    def _view(self, hop: HighLevelOp, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        return hop.r_result.build(hop.llops, v_self)

    method_keys = _view
    method_values = _view
    method_items = _view


def ll_hash_nothing(key: Any) -> int:
    return 0


def ll_dict_is_true(d: Any) -> bool:
    return bool(d) and d.num_items != 0


def prebuilt_string_hash(text: Any) -> int:
    """The hash llstr.ll_strhash computes at run time, computed now for prebuilt dicts."""
    from kit.rlib.rarithmetic import intmask
    h = 0x45D9F3B
    codes = [ord(c) for c in text] if isinstance(text, str) else list(text)
    for c in codes:
        h = intmask((h ^ c) * 1000003)
    h = intmask(h ^ len(codes))
    if h == 0 or h == -1:
        h = 29872897
    return h


@pairop(DictRepr, NoneRepr, "is_", "eq")
def rtype_dict_is_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_iszero", [v], lltype.Bool)


@pairop(DictRepr, NoneRepr, "ne")
def rtype_dict_isnot_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_nonzero", [v], lltype.Bool)


@conversion(NoneRepr, DictRepr)
def convert_none_dict(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    return inputconst(r_to.lowleveltype, lltype.nullptr(r_to.lowleveltype))


def rtype_newdict(hop: HighLevelOp) -> Any:
    r = hop.r_result
    assert isinstance(r, DictRepr)
    v_dict = hop.gendirectcall(lldict.ll_newdict, inputconst(lltype.Void, r.DICT))
    for i in range(0, hop.nb_args, 2):
        v_key = hop.inputarg(r.key_repr, i)
        v_value = hop.inputarg(r.value_repr, i + 1)
        hop.gendirectcall(lldict.ll_dict_setitem, v_dict, *r.fns(), v_key, v_value)
    return v_dict
