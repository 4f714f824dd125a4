"""Concrete operations on the translated program's memory, through descrs: what tracing and the
blackhole interpreter execute (`bh_*`), shared by every backend.  Translated code only.
"""

from __future__ import annotations

from jit.backend.callstub import MAX_ARGS, call_dispatch_f, call_dispatch_i, call_dispatch_r, call_dispatch_v
from jit.metainterp.descr import ArrayDescr, CallDescr, FieldDescr, SizeDescr
from kit.rlib import rgc
from kit.rtyper import layout, lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import GCREF, Address, Signed

NULL = lltype.nullptr(GCREF)


def _adr(ref: GCREF) -> Address:
    return llop.cast_ptr_to_adr(Address, ref)


def _int_adr(address: int) -> Address:
    return llop.cast_int_to_adr(Address, address)


def read_int(adr: Address, offset: int, size: int, signed: bool) -> int:
    if size == 8:
        return llop.raw_load(Signed, adr, offset)
    if size == 4:
        value = lltype.cast_primitive(Signed, llop.raw_load(lltype.UniChar, adr, offset))
        if signed and value >= 0x80000000:
            value -= 0x100000000
        return value
    if size == 1:
        return lltype.cast_primitive(Signed, llop.raw_load(lltype.Char, adr, offset))
    raise ValueError("bad field size")


def write_int(adr: Address, offset: int, size: int, value: int) -> None:
    if size == 8:
        llop.raw_store(lltype.Void, Signed, adr, offset, value)
    elif size == 4:
        llop.raw_store(lltype.Void, lltype.UniChar, adr, offset,
                       lltype.cast_primitive(lltype.UniChar, value & 0xFFFFFFFF))
    elif size == 1:
        llop.raw_store(lltype.Void, lltype.Char, adr, offset, lltype.cast_primitive(lltype.Char, value & 0xFF))
    else:
        raise ValueError("bad field size")


class LLCPU:
    """Memory access by offsets from descrs, allocation through the GC, residual calls through
    call stubs.  Subclassed by the backends, which add compiling and running traces."""

    # ---- fields ----------------------------------------------------------------------------------

    def bh_getfield_i(self, ref: GCREF, descr: FieldDescr) -> int:
        return read_int(_adr(ref), descr.offset, descr.size, descr.is_signed)

    def bh_getfield_r(self, ref: GCREF, descr: FieldDescr) -> GCREF:
        return llop.cast_adr_to_ptr(GCREF, GCREF, llop.raw_load(Address, _adr(ref), descr.offset))

    def bh_getfield_f(self, ref: GCREF, descr: FieldDescr) -> float:
        return llop.raw_load(lltype.Float, _adr(ref), descr.offset)

    def bh_setfield_i(self, ref: GCREF, value: int, descr: FieldDescr) -> None:
        write_int(_adr(ref), descr.offset, descr.size, value)

    def bh_setfield_r(self, ref: GCREF, value: GCREF, descr: FieldDescr) -> None:
        llop.gc_write_barrier(lltype.Void, ref)
        llop.raw_store(lltype.Void, Address, _adr(ref), descr.offset, _adr(value))

    def bh_setfield_f(self, ref: GCREF, value: float, descr: FieldDescr) -> None:
        llop.raw_store(lltype.Void, lltype.Float, _adr(ref), descr.offset, value)

    def bh_getfield_raw_i(self, address: int, descr: FieldDescr) -> int:
        return read_int(_int_adr(address), descr.offset, descr.size, descr.is_signed)

    def bh_getfield_raw_r(self, address: int, descr: FieldDescr) -> GCREF:
        return llop.cast_adr_to_ptr(GCREF, GCREF, llop.raw_load(Address, _int_adr(address), descr.offset))

    def bh_getfield_raw_f(self, address: int, descr: FieldDescr) -> float:
        return llop.raw_load(lltype.Float, _int_adr(address), descr.offset)

    # ---- arrays ----------------------------------------------------------------------------------

    def bh_arraylen(self, ref: GCREF, descr: ArrayDescr) -> int:
        return llop.raw_load(Signed, _adr(ref), descr.length_offset)

    def bh_getarrayitem_i(self, ref: GCREF, index: int, descr: ArrayDescr) -> int:
        return read_int(_adr(ref), descr.basesize + index * descr.itemsize, descr.itemsize, descr.is_signed)

    def bh_getarrayitem_r(self, ref: GCREF, index: int, descr: ArrayDescr) -> GCREF:
        return llop.cast_adr_to_ptr(GCREF, GCREF, llop.raw_load(Address, _adr(ref), descr.basesize + index * 8))

    def bh_getarrayitem_f(self, ref: GCREF, index: int, descr: ArrayDescr) -> float:
        return llop.raw_load(lltype.Float, _adr(ref), descr.basesize + index * 8)

    def bh_setarrayitem_i(self, ref: GCREF, index: int, value: int, descr: ArrayDescr) -> None:
        write_int(_adr(ref), descr.basesize + index * descr.itemsize, descr.itemsize, value)

    def bh_setarrayitem_r(self, ref: GCREF, index: int, value: GCREF, descr: ArrayDescr) -> None:
        llop.gc_write_barrier(lltype.Void, ref)
        llop.raw_store(lltype.Void, Address, _adr(ref), descr.basesize + index * 8, _adr(value))

    def bh_setarrayitem_f(self, ref: GCREF, index: int, value: float, descr: ArrayDescr) -> None:
        llop.raw_store(lltype.Void, lltype.Float, _adr(ref), descr.basesize + index * 8, value)

    # ---- allocation ------------------------------------------------------------------------------

    def bh_new(self, descr: SizeDescr) -> GCREF:
        result = llop.malloc_dynamic(GCREF, descr.typeid, descr.size)
        if descr.vtable:
            write_int(_adr(result), layout.HEADER_SIZE, 8, descr.vtable)
        return result

    def bh_new_array(self, length: int, descr: ArrayDescr) -> GCREF:
        return llop.malloc_varsize_dynamic(GCREF, descr.typeid, length, descr.fixedsize, descr.itemsize,
                                           descr.length_offset)

    def bh_classof(self, ref: GCREF, typeptr_descr: FieldDescr) -> int:
        return read_int(_adr(ref), typeptr_descr.offset, 8, False)

    def ref_address(self, ref: GCREF) -> int:
        """For hashing and printing only: objects may move."""
        return llop.cast_ptr_to_int(Signed, ref)

    # ---- calls -----------------------------------------------------------------------------------
    # the arguments go to three raw buffers the call stub reads before it calls.  The collector does
    # not see those buffers: from the first GC pointer stored there to the call nothing may
    # allocate (no for-range loop, whose range and iterator are heap objects; no tuple)

    raw_i = 0        # addresses of the three argument buffers (allocated on first use)
    raw_r = 0
    raw_f = 0

    def _fill(self, args_i: list[int], args_r: list[GCREF], args_f: list[float]) -> None:
        if self.raw_i == 0:
            self.raw_i = llop.cast_adr_to_int(Signed, llop.raw_malloc(Address, 8 * MAX_ARGS))
            self.raw_r = llop.cast_adr_to_int(Signed, llop.raw_malloc(Address, 8 * MAX_ARGS))
            self.raw_f = llop.cast_adr_to_int(Signed, llop.raw_malloc(Address, 8 * MAX_ARGS))
        if len(args_i) > MAX_ARGS or len(args_r) > MAX_ARGS or len(args_f) > MAX_ARGS:
            raise ValueError("too many arguments for a residual call")
        k = 0
        while k < len(args_i):
            llop.raw_store(lltype.Void, Signed, _int_adr(self.raw_i), 8 * k, args_i[k])
            k += 1
        k = 0
        while k < len(args_f):
            llop.raw_store(lltype.Void, lltype.Float, _int_adr(self.raw_f), 8 * k, args_f[k])
            k += 1
        k = 0
        while k < len(args_r):      # last
            llop.raw_store(lltype.Void, Address, _int_adr(self.raw_r), 8 * k, _adr(args_r[k]))
            k += 1

    # (nothing may allocate between _fill and the call: the collector does not see the buffers, so
    # a collection there would leave them pointing at objects' old places)

    def bh_call_i(self, fnaddr: int, descr: CallDescr, args_i: list[int], args_r: list[GCREF],
                  args_f: list[float]) -> int:
        self._fill(args_i, args_r, args_f)
        return call_dispatch_i(descr.sig_index, fnaddr, _int_adr(self.raw_i), _int_adr(self.raw_r),
                               _int_adr(self.raw_f))

    def bh_call_r(self, fnaddr: int, descr: CallDescr, args_i: list[int], args_r: list[GCREF],
                  args_f: list[float]) -> GCREF:
        self._fill(args_i, args_r, args_f)
        return call_dispatch_r(descr.sig_index, fnaddr, _int_adr(self.raw_i), _int_adr(self.raw_r),
                               _int_adr(self.raw_f))

    def bh_call_f(self, fnaddr: int, descr: CallDescr, args_i: list[int], args_r: list[GCREF],
                  args_f: list[float]) -> float:
        self._fill(args_i, args_r, args_f)
        return call_dispatch_f(descr.sig_index, fnaddr, _int_adr(self.raw_i), _int_adr(self.raw_r),
                               _int_adr(self.raw_f))

    def bh_call_v(self, fnaddr: int, descr: CallDescr, args_i: list[int], args_r: list[GCREF],
                  args_f: list[float]) -> None:
        self._fill(args_i, args_r, args_f)
        call_dispatch_v(descr.sig_index, fnaddr, _int_adr(self.raw_i), _int_adr(self.raw_r), _int_adr(self.raw_f))


__all__ = ["LLCPU", "NULL", "rgc"]
