"""The virtualizable: the interpreter's frame (a red named in `JitDriver(virtualizables=[...])`)
whose fields and array items compiled code keeps in registers instead of in the heap.

While tracing, the metainterp holds the frame's fields as boxes (`VableState`) and answers reads of
them without recording anything; the boxes cross loop iterations as extra arguments of the loop's
label, guards carry them in their resume data and write them back when they fail, and they are
written to the heap before a residual call (which may look at the frame) and read again after it.
The flat order of the boxes: the scalar fields, then per array field its list, its items array and
the items.
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, FieldDescr
from jit.metainterp.history import FLOAT, INT, REF, AbstractValue, BoxFloat, BoxInt, BoxPtr
from kit.rtyper.lltype import GCREF

_NO_FIELD = FieldDescr("<none>", 0, 8, REF)
_NO_ARRAY = ArrayDescr("<none>", 0, 8, 0, REF)


class VirtualizableInfo:
    """Where the virtualizable is among the driver's GC reds and how to reach its fields: the
    scalar fields' descrs, and per array field (`name[*]`, an RPython list) the field, the list's
    length and items fields, and the items array."""

    _immutable_ = True
    # never read: these class-level lists only give the annotator the item types of the instance's
    # lists, which are all empty for a frame without array fields (and an item read from a list
    # that is always empty does not annotate)
    array_field_descrs = [_NO_FIELD]
    length_descrs = [_NO_FIELD]
    items_descrs = [_NO_FIELD]
    item_descrs = [_NO_ARRAY]

    def __init__(self, red_index: int, static_descrs: list[FieldDescr], array_field_descrs: list[FieldDescr],
                 length_descrs: list[FieldDescr], items_descrs: list[FieldDescr],
                 item_descrs: list[ArrayDescr]) -> None:
        self.red_index = red_index
        self.static_descrs = static_descrs
        self.array_field_descrs = array_field_descrs
        self.length_descrs = length_descrs
        self.items_descrs = items_descrs
        self.item_descrs = item_descrs

    def static_index(self, descr: object) -> int:
        for k in range(len(self.static_descrs)):
            if self.static_descrs[k] is descr:
                return k
        return -1

    def array_index(self, descr: object) -> int:
        for k in range(len(self.array_field_descrs)):
            if self.array_field_descrs[k] is descr:
                return k
        return -1

    def read_lengths(self, cpu: object, ref: GCREF) -> list[int]:
        """The current lengths of the frame's arrays."""
        lengths = []
        for k in range(len(self.array_field_descrs)):
            lst = cpu.bh_getfield_r(ref, self.array_field_descrs[k])
            lengths.append(cpu.bh_getfield_i(lst, self.length_descrs[k]) if lst else -1)
        return lengths


def read_field(cpu: object, ref: GCREF, descr: FieldDescr) -> AbstractValue:
    if descr.kind == INT:
        return BoxInt(cpu.bh_getfield_i(ref, descr))
    if descr.kind == REF:
        return BoxPtr(cpu.bh_getfield_r(ref, descr))
    return BoxFloat(cpu.bh_getfield_f(ref, descr))


def read_item(cpu: object, ref: GCREF, index: int, descr: ArrayDescr) -> AbstractValue:
    if descr.kind == INT:
        return BoxInt(cpu.bh_getarrayitem_i(ref, index, descr))
    if descr.kind == REF:
        return BoxPtr(cpu.bh_getarrayitem_r(ref, index, descr))
    return BoxFloat(cpu.bh_getarrayitem_f(ref, index, descr))


def write_field(cpu: object, ref: GCREF, value: AbstractValue, descr: FieldDescr) -> None:
    if descr.kind == INT:
        cpu.bh_setfield_i(ref, value.getint(), descr)
    elif descr.kind == REF:
        cpu.bh_setfield_r(ref, value.getref(), descr)
    else:
        cpu.bh_setfield_f(ref, value.getfloat(), descr)


def write_item(cpu: object, ref: GCREF, index: int, value: AbstractValue, descr: ArrayDescr) -> None:
    if descr.kind == INT:
        cpu.bh_setarrayitem_i(ref, index, value.getint(), descr)
    elif descr.kind == REF:
        cpu.bh_setarrayitem_r(ref, index, value.getref(), descr)
    else:
        cpu.bh_setarrayitem_f(ref, index, value.getfloat(), descr)


class VableState:
    """The virtualizable's fields as boxes, while tracing."""

    def __init__(self, vinfo: VirtualizableInfo, frame: AbstractValue) -> None:
        self.vinfo = vinfo
        self.frame = frame
        self.static: list[AbstractValue] = []
        self.lists: list[AbstractValue] = []
        self.items: list[AbstractValue] = []
        self.arrays: list[list[AbstractValue]] = []

    def lengths(self) -> list[int]:
        return [len(a) for a in self.arrays]

    def flatten(self) -> list[AbstractValue]:
        boxes = list(self.static)
        for k in range(len(self.arrays)):
            boxes.append(self.lists[k])
            boxes.append(self.items[k])
            boxes.extend(self.arrays[k])
        return boxes

    def load_flat(self, boxes: list[AbstractValue], lengths: list[int]) -> None:
        """Take the boxes in flat order (from resume data)."""
        n = len(self.vinfo.static_descrs)
        self.static = boxes[:n]
        self.lists = []
        self.items = []
        self.arrays = []
        pos = n
        for length in lengths:
            self.lists.append(boxes[pos])
            self.items.append(boxes[pos + 1])
            self.arrays.append(boxes[pos + 2:pos + 2 + length])
            pos += 2 + length

    def replace(self, old: AbstractValue, new: AbstractValue) -> None:
        """After a guard_value: the box is a constant here too."""
        _replace_in(self.static, old, new)
        for array in self.arrays:
            _replace_in(array, old, new)

    def write_to_heap(self, cpu: object) -> None:
        """Store every box's value into the frame (the real objects)."""
        vinfo = self.vinfo
        ref = self.frame.getref()
        for k in range(len(self.static)):
            write_field(cpu, ref, self.static[k], vinfo.static_descrs[k])
        for k in range(len(self.arrays)):
            items = self.items[k].getref()
            array = self.arrays[k]
            for j in range(len(array)):
                write_item(cpu, items, j, array[j], vinfo.item_descrs[k])


def fresh_state(cpu: object, vinfo: VirtualizableInfo, frame: AbstractValue) -> VableState:
    """The frame's current fields as fresh boxes (a loop's extra input arguments)."""
    state = VableState(vinfo, frame)
    ref = frame.getref()
    for descr in vinfo.static_descrs:
        state.static.append(read_field(cpu, ref, descr))
    for k in range(len(vinfo.array_field_descrs)):
        lst = cpu.bh_getfield_r(ref, vinfo.array_field_descrs[k])
        items = cpu.bh_getfield_r(lst, vinfo.items_descrs[k])
        length = cpu.bh_getfield_i(lst, vinfo.length_descrs[k])
        state.lists.append(BoxPtr(lst))
        state.items.append(BoxPtr(items))
        array: list[AbstractValue] = []
        for j in range(length):
            array.append(read_item(cpu, items, j, vinfo.item_descrs[k]))
        state.arrays.append(array)
    return state


def entry_arguments(cpu: object, vinfo: VirtualizableInfo, ref: GCREF, lengths: list[int],
                    args_i: list[int], args_r: list[GCREF], args_f: list[float]) -> bool:
    """Append the frame's fields, in flat order, to a loop's arguments; False if its arrays do not
    have the lengths the loop was compiled for."""
    if not ref:
        return False
    for k in range(len(vinfo.array_field_descrs)):
        lst = cpu.bh_getfield_r(ref, vinfo.array_field_descrs[k])
        if not lst or cpu.bh_getfield_i(lst, vinfo.length_descrs[k]) != lengths[k]:
            return False
    for descr in vinfo.static_descrs:
        _append_field(cpu, ref, descr, args_i, args_r, args_f)
    for k in range(len(vinfo.array_field_descrs)):
        lst = cpu.bh_getfield_r(ref, vinfo.array_field_descrs[k])
        items = cpu.bh_getfield_r(lst, vinfo.items_descrs[k])
        args_r.append(lst)
        args_r.append(items)
        descr = vinfo.item_descrs[k]
        for j in range(lengths[k]):
            if descr.kind == INT:
                args_i.append(cpu.bh_getarrayitem_i(items, j, descr))
            elif descr.kind == REF:
                args_r.append(cpu.bh_getarrayitem_r(items, j, descr))
            else:
                args_f.append(cpu.bh_getarrayitem_f(items, j, descr))
    return True


def _append_field(cpu: object, ref: GCREF, descr: FieldDescr, args_i: list[int], args_r: list[GCREF],
                  args_f: list[float]) -> None:
    if descr.kind == INT:
        args_i.append(cpu.bh_getfield_i(ref, descr))
    elif descr.kind == REF:
        args_r.append(cpu.bh_getfield_r(ref, descr))
    else:
        assert descr.kind == FLOAT
        args_f.append(cpu.bh_getfield_f(ref, descr))


def _replace_in(boxes: list[AbstractValue], old: AbstractValue, new: AbstractValue) -> None:
    for k in range(len(boxes)):
        if boxes[k] is old:
            boxes[k] = new
