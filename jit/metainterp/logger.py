"""The text form of traces, as KITLOG=jit writes them and jit/tool/oparser.py reads them back:

    [i0, p1]
    i2 = int_add(i0, 1)
    guard_true(i3) [i2, p1]
    p4 = getfield(p1, descr=<Field x 16>)
    jump(i2, p1, descr=<Loop 0>)

Boxes are named by kind and number (i, p, f); constants print as numbers, NULL or ConstPtr(0x...).
"""

from __future__ import annotations

from typing import Any

from jit.metainterp.history import FLOAT, INT, REF, AbstractValue, ConstFloat, ConstInt, ConstPtr
from jit.metainterp.resoperation import OPNAMES, ResOperation
from kit.rlib.objectmodel import we_are_translated
from kit.rtyper import lltype
from kit.rtyper.llop import llop


class Names:
    """Box -> name, numbering each kind in order of first appearance."""

    def __init__(self) -> None:
        self.names: dict[AbstractValue, str] = {}
        self.counts = [0, 0, 0]

    def name_of(self, box: AbstractValue) -> str:
        name = self.names.get(box, "")
        if name:
            return name
        if box.type == INT:
            k, prefix = 0, "i"
        elif box.type == REF:
            k, prefix = 1, "p"
        else:
            k, prefix = 2, "f"
        name = prefix + str(self.counts[k])
        self.counts[k] += 1
        self.names[box] = name
        return name


def value_text(value: AbstractValue, names: Names) -> str:
    if isinstance(value, ConstInt):
        return str(value.intvalue)
    if isinstance(value, ConstFloat):
        return repr(value.floatvalue)
    if isinstance(value, ConstPtr):
        if not value.refvalue:
            return "NULL"
        if not we_are_translated():
            return "ConstPtr(%s)" % _untranslated_const_name(value.refvalue)
        return "ConstPtr(0x%x)" % _address(value.refvalue)
    return names.name_of(value)


def _address(ref: lltype.GCREF) -> int:
    return llop.cast_ptr_to_int(lltype.Signed, ref)


def _untranslated_const_name(ref: object) -> str:
    """Untranslated (tests), a constant pointer is any Python object: print its name if it has one."""
    return str(getattr(ref, "name", "0x%x" % id(ref)))


def op_text(op: ResOperation, names_or_dict: Any) -> str:
    names = names_or_dict if isinstance(names_or_dict, Names) else Names()
    args = [value_text(a, names) for a in op.args]
    if op.descr is not None:
        args.append("descr=" + op.descr.repr_of_descr())
    text = OPNAMES[op.opnum] + "(" + ", ".join(args) + ")"
    if op.result is not None:
        text = value_text(op.result, names) + " = " + text
    failargs = op.failargs
    if failargs is not None:
        text += " [" + ", ".join([value_text(a, names) for a in failargs]) + "]"
    return text


def trace_text(inputargs: list[AbstractValue], operations: list[ResOperation], names: Names | None = None) -> str:
    if names is None:
        names = Names()
    lines = ["[" + ", ".join([value_text(a, names) for a in inputargs]) + "]"]
    for op in operations:
        lines.append(op_text(op, names))
    return "\n".join(lines) + "\n"


__all__ = ["FLOAT", "Names", "op_text", "trace_text", "value_text"]
