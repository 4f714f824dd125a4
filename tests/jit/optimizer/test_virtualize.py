"""Allocation removal: virtual structs, instances, arrays and strings; forced where they escape;
kept in the resume data of guards."""

from jit.metainterp.resume import (
    TAG_BOX,
    TAG_CONST,
    TAG_VIRTUAL,
    VIRTUAL_ARRAY,
    VIRTUAL_INSTANCE,
    VIRTUAL_VARSTRUCT,
    untag,
)

from .support import Checker


def test_virtual_instance_removed():
    Checker().check_bridge("""
    [i0]
    p0 = new_with_vtable(descr=node)
    setfield(p0, i0, descr=value)
    guard_class(p0, ConstClass(NodeClass)) []
    i1 = getfield(p0, descr=value)
    p1 = getfield(p0, descr=next)
    i2 = int_add(i1, 1)
    finish(i2, p1)
    """, """
    [i0]
    i2 = int_add(i0, 1)
    finish(i2, NULL)
    """)


def test_forced_when_passed_to_a_call():
    Checker().check_bridge("""
    [i0]
    p0 = new_with_vtable(descr=node)
    setfield(p0, i0, descr=value)
    setfield(p0, NULL, descr=next)
    i1 = call(111, p0, descr=anything)
    guard_no_exception() []
    i2 = getfield(p0, descr=value)
    finish(i2)
    """, """
    [i0]
    p0 = new_with_vtable(descr=node)
    setfield(p0, i0, descr=value)
    i1 = call(111, p0, descr=anything)
    guard_no_exception() []
    i2 = getfield(p0, descr=value)
    finish(i2)
    """)


def test_forced_when_stored_into_a_real_object():
    Checker().check_bridge("""
    [p9, i0]
    p0 = new(descr=plain)
    setfield(p0, i0, descr=value)
    p1 = new_with_vtable(descr=node)
    setfield(p1, p0, descr=next)
    setfield(p9, p1, descr=next)
    finish(i0)
    """, """
    [p9, i0]
    p1 = new_with_vtable(descr=node)
    p0 = new(descr=plain)
    setfield(p0, i0, descr=value)
    setfield(p1, p0, descr=next)
    setfield(p9, p1, descr=next)
    finish(i0)
    """)


def test_forced_at_finish_and_cycles():
    Checker().check_bridge("""
    [i0]
    p0 = new_with_vtable(descr=node)
    setfield(p0, p0, descr=next)
    setfield(p0, i0, descr=value)
    finish(p0)
    """, """
    [i0]
    p0 = new_with_vtable(descr=node)
    setfield(p0, p0, descr=next)
    setfield(p0, i0, descr=value)
    finish(p0)
    """)


def test_virtual_in_guard_resume_data():
    checker = Checker()
    got = checker.check_bridge("""
    [i0, i1]
    p0 = new_with_vtable(descr=node)
    setfield(p0, i0, descr=value)
    p1 = new_with_vtable(descr=node)
    setfield(p1, p0, descr=next)
    setfield(p1, 7, descr=value)
    guard_true(i1) [i0, p1, i1, p0]
    finish(i0)
    """, """
    [i0, i1]
    guard_true(i1) [i0, i1]
    finish(i0)
    """)
    guard = got.operations[0]
    descr = guard.descr
    numb = [untag(n) for n in descr.rd_numb]
    assert numb[0] == (0, TAG_BOX) and numb[2] == (1, TAG_BOX)
    assert numb[1][1] == TAG_VIRTUAL and numb[3][1] == TAG_VIRTUAL
    outer = descr.rd_virtuals[numb[1][0]]
    inner = descr.rd_virtuals[numb[3][0]]
    assert outer.kind == VIRTUAL_INSTANCE and outer.descr is checker.ns["node"]
    assert outer.fielddescrs == [checker.ns["next"], checker.ns["value"]]
    assert untag(outer.fieldnums[0]) == numb[3]            # p1.next is p0, the same virtual
    index, tag = untag(outer.fieldnums[1])
    assert tag == TAG_CONST and descr.rd_consts[index].getint() == 7
    assert inner.fieldnums == [descr.rd_numb[0]]          # p0.value is i0


def test_virtual_array():
    Checker().check_bridge("""
    [i0]
    p0 = new_array(3, descr=ints)
    setarrayitem(p0, 0, i0, descr=ints)
    setarrayitem(p0, 2, 5, descr=ints)
    i1 = getarrayitem(p0, 0, descr=ints)
    i2 = getarrayitem(p0, 1, descr=ints)
    i3 = getarraysize(p0, descr=ints)
    finish(i1, i2, i3)
    """, """
    [i0]
    finish(i0, 0, 3)
    """)


def test_virtual_array_forced_and_in_resume_data():
    checker = Checker()
    got = checker.check_bridge("""
    [i0, i1]
    p0 = new_array(2, descr=ints)
    setarrayitem(p0, 1, i0, descr=ints)
    guard_true(i1) [p0]
    escape(p0)
    finish(i0)
    """, """
    [i0, i1]
    guard_true(i1) [i0]
    p0 = new_array(2, descr=ints)
    setarrayitem(p0, 1, i0, descr=ints)
    escape(p0)
    finish(i0)
    """)
    descr = got.operations[0].descr
    info = descr.rd_virtuals[0]
    assert info.kind == VIRTUAL_ARRAY and len(info.fieldnums) == 2
    assert untag(info.fieldnums[0])[1] == TAG_CONST and untag(info.fieldnums[1]) == (0, TAG_BOX)


def test_array_with_variable_index_is_forced():
    Checker().check_bridge("""
    [i0]
    p0 = new_array(2, descr=ints)
    setarrayitem(p0, 0, 9, descr=ints)
    setarrayitem(p0, i0, 1, descr=ints)
    finish(p0)
    """, """
    [i0]
    p0 = new_array(2, descr=ints)
    setarrayitem(p0, 0, 9, descr=ints)
    setarrayitem(p0, i0, 1, descr=ints)
    finish(p0)
    """)


def test_large_or_variable_length_arrays_are_allocated():
    Checker().check_bridge("""
    [i0]
    p0 = new_array(i0, descr=ints)
    p1 = new_array(100000, descr=ints)
    finish(p0, p1)
    """, """
    [i0]
    p0 = new_array(i0, descr=ints)
    p1 = new_array(100000, descr=ints)
    finish(p0, p1)
    """)


def test_virtual_string():
    checker = Checker()
    got = checker.check_bridge("""
    [i0, i1]
    p0 = new_array(2, descr=str)
    setinteriorfield(p0, 0, 104, descr=str)
    setinteriorfield(p0, 1, i0, descr=str)
    setfield(p0, 0, descr=hash)
    i2 = getinteriorfield(p0, 1, descr=str)
    i3 = getinteriorarraysize(p0, descr=str)
    guard_true(i1) [p0]
    escape(p0)
    finish(i2, i3)
    """, """
    [i0, i1]
    guard_true(i1) [i0]
    p0 = new_array(2, descr=str)
    setinteriorfield(p0, 0, 104, descr=str)
    setinteriorfield(p0, 1, i0, descr=str)
    escape(p0)
    finish(i0, 2)
    """)
    info = got.operations[0].descr.rd_virtuals[0]
    assert info.kind == VIRTUAL_VARSTRUCT
    assert info.fielddescrs == [checker.ns["hash"]] and len(info.fieldnums) == 3


def test_virtual_compared_to_anything_else_is_different():
    Checker().check_bridge("""
    [p9]
    p0 = new(descr=plain)
    i0 = ptr_eq(p0, p9)
    i1 = ptr_ne(p0, NULL)
    i2 = ptr_nonzero(p0)
    finish(i0, i1, i2)
    """, """
    [p9]
    finish(0, 1, 1)
    """)


def test_virtualize_off():
    Checker(virtualize=False).check_bridge("""
    [i0]
    p0 = new(descr=plain)
    setfield(p0, i0, descr=value)
    i1 = getfield(p0, descr=value)
    finish(i1)
    """, """
    [i0]
    p0 = new(descr=plain)
    setfield(p0, i0, descr=value)
    finish(i0)
    """)
