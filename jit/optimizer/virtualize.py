"""Allocation removal: new, new_with_vtable and new_array of a constant length make virtual objects
that are not allocated; reads and writes of their fields and items are resolved here.  A virtual
used by anything else escapes: it is forced (allocated and its fields stored) just before that
operation.  Guards keep virtuals in their resume data instead (jit/optimizer/resumebuilder.py).
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, FieldDescr, SizeDescr
from jit.metainterp.resoperation import ResOperation, rop
from jit.optimizer.optimizer import Optimization
from jit.optimizer.values import OptValue, VArrayValue, VirtualValue, VStructValue, default_constant


class OptVirtualize(Optimization):
    def __init__(self, max_virtual_array: int) -> None:
        Optimization.__init__(self)
        self.max_virtual_array = max_virtual_array

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.NEW_WITH_VTABLE or opnum == rop.NEW:
            # (the metainterp records `new` for instances too: their SizeDescr has the vtable)
            descr = op.descr
            self.optimize_new(op, opnum == rop.NEW_WITH_VTABLE
                              or (isinstance(descr, SizeDescr) and descr.vtable != 0))
        elif opnum == rop.NEW_ARRAY:
            self.optimize_new_array(op)
        elif opnum == rop.GETFIELD:
            self.optimize_getfield(op)
        elif opnum == rop.SETFIELD:
            self.optimize_setfield(op)
        elif opnum == rop.GETARRAYITEM or opnum == rop.GETINTERIORFIELD:
            self.optimize_getitem(op, opnum == rop.GETINTERIORFIELD)
        elif opnum == rop.SETARRAYITEM or opnum == rop.SETINTERIORFIELD:
            self.optimize_setitem(op, opnum == rop.SETINTERIORFIELD)
        elif opnum == rop.GETARRAYSIZE or opnum == rop.GETINTERIORARRAYSIZE:
            self.optimize_length(op, opnum == rop.GETINTERIORARRAYSIZE)
        else:
            self.force_args_and_emit(op)

    def force_args_and_emit(self, op: ResOperation) -> None:
        """OP is not one this pass understands: every virtual among its arguments escapes (guards'
        failargs are not arguments: their virtuals go into the resume data)."""
        for arg in op.args:
            value = self.getvalue(arg)
            if value.is_virtual():
                value.force_box(self.opt())
        self.emit(op)

    def virtual_of(self, op: ResOperation) -> VirtualValue | None:
        value = self.getvalue(op.args[0])
        if isinstance(value, VirtualValue) and value.is_virtual():
            return value
        return None

    # ---- allocations ----

    def optimize_new(self, op: ResOperation, is_instance: bool) -> None:
        descr = op.descr
        result = op.result
        assert isinstance(descr, SizeDescr) and result is not None
        self.opt().make_equal_to(result, VStructValue(result, descr, is_instance))

    def optimize_new_array(self, op: ResOperation) -> None:
        descr = op.descr
        result = op.result
        length = self.getvalue(op.args[0])
        if (isinstance(descr, ArrayDescr) and result is not None and length.is_constant_int()
                and 0 <= length.get_constant_int() <= self.max_virtual_array):
            self.opt().make_equal_to(result, VArrayValue(result, descr, length.get_constant_int()))
            return
        self.force_args_and_emit(op)

    # ---- fields ----

    def optimize_getfield(self, op: ResOperation) -> None:
        virtual = self.virtual_of(op)
        descr = op.descr
        if virtual is None or not isinstance(descr, FieldDescr):
            self.force_args_and_emit(op)
            return
        if isinstance(virtual, VArrayValue):
            virtual.is_varstruct = True
        result = op.result
        assert result is not None
        value = virtual.getfield(descr)
        if value is None:
            value = OptValue(default_constant(descr.kind))
        self.opt().make_equal_to(result, value)

    def optimize_setfield(self, op: ResOperation) -> None:
        virtual = self.virtual_of(op)
        descr = op.descr
        if virtual is None or not isinstance(descr, FieldDescr):
            self.force_args_and_emit(op)
            return
        if isinstance(virtual, VArrayValue):
            virtual.is_varstruct = True
        value = self.getvalue(op.args[1])
        virtual.setfield(descr, value)
        self.opt().note_field_write(virtual, descr, value)

    # ---- array items ----

    def virtual_array_and_index(self, op: ResOperation) -> int:
        """The constant index of an item access on a virtual array, if it is one; else -1."""
        value = self.getvalue(op.args[0])
        if not (isinstance(value, VArrayValue) and value.is_virtual()):
            return -1
        index = self.getvalue(op.args[1])
        if not index.is_constant_int():
            return -1
        i = index.get_constant_int()
        if i < 0 or i >= value.getlength():
            return -1
        return i

    def optimize_getitem(self, op: ResOperation, interior: bool) -> None:
        i = self.virtual_array_and_index(op)
        if i < 0:
            self.force_args_and_emit(op)
            return
        array = self.getvalue(op.args[0])
        assert isinstance(array, VArrayValue)
        if interior:
            array.is_varstruct = True
        result = op.result
        assert result is not None
        self.opt().make_equal_to(result, array.items[i])

    def optimize_setitem(self, op: ResOperation, interior: bool) -> None:
        i = self.virtual_array_and_index(op)
        if i < 0:
            self.force_args_and_emit(op)
            return
        array = self.getvalue(op.args[0])
        assert isinstance(array, VArrayValue)
        if interior:
            array.is_varstruct = True
        array.items[i] = self.getvalue(op.args[2])

    def optimize_length(self, op: ResOperation, interior: bool) -> None:
        array = self.getvalue(op.args[0])
        if not (isinstance(array, VArrayValue) and array.is_virtual()):
            self.force_args_and_emit(op)
            return
        if interior:
            array.is_varstruct = True
        result = op.result
        assert result is not None
        self.opt().make_constant_int(result, array.getlength())
