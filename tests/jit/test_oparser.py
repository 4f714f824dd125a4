"""The text form of traces: parsing and printing agree, box kinds and constants are read right."""

import pytest

from jit.metainterp.descr import FieldDescr
from jit.metainterp.history import BoxInt, BoxPtr, ConstFloat, ConstInt, ConstPtr
from jit.metainterp.logger import trace_text
from jit.metainterp.resoperation import rop
from jit.tool.oparser import ParseError, parse


class Named:
    def __init__(self, name):
        self.name = name


def test_roundtrip():
    fdescr = FieldDescr("x", 16, 8, "i")
    ns = {"fdescr": fdescr, "obj": Named("obj")}
    text = """
    [i0, p0]
    i1 = int_add(i0, 1)
    i2 = int_lt(i1, 100)
    guard_true(i2) [i1, p0]
    i3 = getfield(p0, descr=fdescr)
    f0 = cast_int_to_float(i3)
    f1 = float_add(f0, 1.5)
    p1 = same_as(ConstPtr(obj))
    guard_nonnull(p1) []
    jump(i1, p0)
    """
    trace = parse(text, ns)
    assert [type(b) for b in trace.inputargs] == [BoxInt, BoxPtr]
    ops = trace.operations
    assert ops[0].opnum == rop.INT_ADD and isinstance(ops[0].args[1], ConstInt)
    assert ops[2].is_guard() and ops[2].failargs == [ops[0].result, trace.inputargs[1]]
    assert ops[3].descr is fdescr
    assert isinstance(ops[5].args[1], ConstFloat)
    assert isinstance(ops[6].args[0], ConstPtr) and ops[6].args[0].refvalue is ns["obj"]
    printed = trace_text(trace.inputargs, trace.operations)
    expected = """[i0, p0]
i1 = int_add(i0, 1)
i2 = int_lt(i1, 100)
guard_true(i2) [i1, p0]
i3 = getfield(p0, descr=<Field x 16>)
f0 = cast_int_to_float(i3)
f1 = float_add(f0, 1.5)
p1 = same_as(ConstPtr(obj))
guard_nonnull(p1) []
jump(i1, p0)
"""
    assert printed == expected


def test_errors():
    with pytest.raises(ParseError):
        parse("i0 = int_add(1, 2)")
    with pytest.raises(ParseError):
        parse("[i0]\ni1 = no_such_op(i0)")
