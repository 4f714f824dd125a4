"""The virtualizable: the interpreter's frame (a red named in `JitDriver(virtualizables=[...])`)
whose fields and array items compiled code keeps in registers instead of in the heap.

While tracing, the metainterp holds the frame's fields as boxes (`VableState`) and answers reads of
them without recording anything; the boxes cross loop iterations as extra arguments of the loop's
label, guards carry them in their resume data and write them back when they fail, and they are
written to the heap before a residual call that may read them (the codewriter's effect info
says which parts of the frame a callee may read or write; only the parts changed since the last
write are written) and read again after one that may write them, each when the trace first uses
it.  The flat order of the boxes: the scalar fields, then per array field its list, its items array and
the items.
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, FieldDescr
from jit.metainterp.history import FLOAT, INT, REF, AbstractValue, BoxFloat, BoxInt, BoxPtr, ConstInt
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
    """The virtualizable's fields as boxes, while tracing; and which boxes the frame in the heap
    is known to hold at this point of the trace (written there by an earlier sync, or read from
    there), so a sync before a call writes only what changed since.  A field or item that is None
    is in the heap and not read yet (after a call that may have written it, or at a function's
    entry): it is read when the trace first uses it (MetaInterp.vable_load_*), and a guard before
    that leaves it in the heap."""

    def __init__(self, vinfo: VirtualizableInfo, frame: AbstractValue) -> None:
        self.vinfo = vinfo
        self.frame = frame
        n = len(vinfo.array_field_descrs)
        self.static: list[AbstractValue | None] = [None] * len(vinfo.static_descrs)
        self.lists: list[AbstractValue] = [UNSET] * n
        self.items: list[AbstractValue] = [UNSET] * n
        self.arrays: list[list[AbstractValue | None]] = [[] for _ in range(n)]
        self.heap_static: list[AbstractValue | None] = [None] * len(vinfo.static_descrs)
        self.heap_arrays: list[list[AbstractValue | None]] = [[] for _ in range(n)]

    def lengths(self) -> list[int]:
        return [len(a) for a in self.arrays]

    def flatten(self, in_heap: int = 0) -> list[AbstractValue | None]:
        """The boxes in flat order (None: in the heap), leaving out the parts IN_HEAP (bits, see
        part_bit)."""
        boxes: list[AbstractValue | None] = []
        for k in range(len(self.static)):
            if not in_heap & part_bit(k):
                boxes.append(self.static[k])
        n = len(self.static)
        for k in range(len(self.arrays)):
            if not in_heap & part_bit(n + k):
                boxes.append(self.lists[k])
                boxes.append(self.items[k])
                boxes.extend(self.arrays[k])
        return boxes

    def load_flat(self, boxes: list[AbstractValue | None], lengths: list[int], in_heap: int = 0) -> None:
        """Take the boxes in flat order (from resume data), but for the parts IN_HEAP."""
        pos = 0
        for k in range(len(self.static)):
            if not in_heap & part_bit(k):
                self.static[k] = boxes[pos]
                pos += 1
        n = len(self.static)
        for k in range(len(lengths)):
            if not in_heap & part_bit(n + k):
                length = lengths[k]
                lst = boxes[pos]
                items = boxes[pos + 1]
                assert lst is not None and items is not None
                self.lists[k] = lst
                self.items[k] = items
                self.arrays[k] = boxes[pos + 2:pos + 2 + length]
                self.heap_arrays[k] = [None] * length
                pos += 2 + length

    def replace(self, old: AbstractValue, new: AbstractValue) -> None:
        """After a guard_value: the box is a constant here too."""
        _replace_in(self.static, old, new)
        _replace_in_heap(self.heap_static, old, new)
        for k in range(len(self.arrays)):
            _replace_in(self.arrays[k], old, new)
            _replace_in_heap(self.heap_arrays[k], old, new)

    def forget(self, parts: int) -> None:
        """A call may have written PARTS: their fields are in the heap, not in boxes (each array's
        list is read again at once, its items when used)."""
        for k in range(len(self.static)):
            if parts & part_bit(k):
                self.static[k] = None
                self.heap_static[k] = None
        n = len(self.static)
        for k in range(len(self.arrays)):
            if parts & part_bit(n + k):
                self.arrays[k] = []
                self.heap_arrays[k] = []

    def forget_heap(self) -> None:
        """Nothing is known about what the frame in the heap holds (a loop's start: from the
        second iteration on, the heap has what the last sync of the one before wrote)."""
        for k in range(len(self.heap_static)):
            self.heap_static[k] = None
        for k in range(len(self.arrays)):
            self.heap_arrays[k] = [None] * len(self.arrays[k])

    def write_to_heap(self, cpu: object, in_heap: int = 0) -> None:
        """Store every box's value into the frame (the real objects), but for the parts IN_HEAP."""
        vinfo = self.vinfo
        ref = self.frame.getref()
        for k in range(len(self.static)):
            box = self.static[k]
            if not in_heap & part_bit(k) and box is not None:
                write_field(cpu, ref, box, vinfo.static_descrs[k])
        n = len(self.static)
        for k in range(len(self.arrays)):
            if in_heap & part_bit(n + k):
                continue
            items = self.items[k].getref()
            array = self.arrays[k]
            for j in range(len(array)):
                item = array[j]
                if item is not None:
                    write_item(cpu, items, j, item, vinfo.item_descrs[k])


UNSET = ConstInt(0)      # a part of a VableState not filled yet


def part_bit(part: int) -> int:
    """The bit of one part of the virtualizable in an effect mask (jit/codewriter/effectinfo.py):
    the scalar fields first, then the arrays; masks of more than 62 parts keep the rest together."""
    return 1 << (part if part < 62 else 62)


def fresh_state(cpu: object, vinfo: VirtualizableInfo, frame: AbstractValue) -> VableState:
    """The frame's current fields as fresh boxes (a loop's extra input arguments)."""
    state = VableState(vinfo, frame)
    ref = frame.getref()
    for k in range(len(vinfo.static_descrs)):
        state.static[k] = read_field(cpu, ref, vinfo.static_descrs[k])
    for k in range(len(vinfo.array_field_descrs)):
        lst = cpu.bh_getfield_r(ref, vinfo.array_field_descrs[k])
        items = cpu.bh_getfield_r(lst, vinfo.items_descrs[k])
        length = cpu.bh_getfield_i(lst, vinfo.length_descrs[k])
        state.lists[k] = BoxPtr(lst)
        state.items[k] = BoxPtr(items)
        array: list[AbstractValue | None] = []
        for j in range(length):
            array.append(read_item(cpu, items, j, vinfo.item_descrs[k]))
        state.arrays[k] = array
    state.forget_heap()
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


def _replace_in(boxes: list[AbstractValue | None], old: AbstractValue, new: AbstractValue) -> None:
    for k in range(len(boxes)):
        if boxes[k] is old:
            boxes[k] = new


def _replace_in_heap(boxes: list[AbstractValue | None], old: AbstractValue, new: AbstractValue) -> None:
    for k in range(len(boxes)):
        if boxes[k] is old:
            boxes[k] = new
