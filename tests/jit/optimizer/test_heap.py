"""The heap cache: reads after reads and writes, invalidation by writes, calls and unknown
operations; immutable and quasi-immutable fields."""

from jit.optimizer import optimize_bridge

from .support import Checker


def test_read_after_read_and_write():
    Checker().check_bridge("""
    [p0, i0]
    i1 = getfield(p0, descr=value)
    i2 = getfield(p0, descr=value)
    setfield(p0, i0, descr=value)
    i3 = getfield(p0, descr=value)
    finish(i1, i2, i3)
    """, """
    [p0, i0]
    i1 = getfield(p0, descr=value)
    setfield(p0, i0, descr=value)
    finish(i1, i1, i0)
    """)


def test_write_of_the_value_already_there_is_dropped():
    Checker().check_bridge("""
    [p0]
    i1 = getfield(p0, descr=value)
    setfield(p0, i1, descr=value)
    finish(i1)
    """, """
    [p0]
    i1 = getfield(p0, descr=value)
    finish(i1)
    """)


def test_write_to_another_object_invalidates_same_field_only():
    Checker().check_bridge("""
    [p0, p1, i0]
    i1 = getfield(p0, descr=value)
    p2 = getfield(p0, descr=next)
    setfield(p1, i0, descr=value)
    i2 = getfield(p0, descr=value)
    p3 = getfield(p0, descr=next)
    i3 = getfield(p1, descr=value)
    finish(i1, i2, p2, p3, i3)
    """, """
    [p0, p1, i0]
    i1 = getfield(p0, descr=value)
    p2 = getfield(p0, descr=next)
    setfield(p1, i0, descr=value)
    i2 = getfield(p0, descr=value)
    finish(i1, i2, p2, p2, i0)
    """)


def test_different_constant_objects_do_not_alias():
    Checker().check_bridge("""
    [i0]
    i1 = getfield(ConstPtr(obj), descr=value)
    setfield(ConstPtr(obj2), i0, descr=value)
    i2 = getfield(ConstPtr(obj), descr=value)
    finish(i1, i2)
    """, """
    [i0]
    i1 = getfield(ConstPtr(obj), descr=value)
    setfield(ConstPtr(obj2), i0, descr=value)
    finish(i1, i1)
    """)


def test_calls_invalidate_by_their_effects():
    Checker().check_bridge("""
    [p0]
    i1 = getfield(p0, descr=value)
    p1 = getfield(p0, descr=next)
    call(111, p0, descr=writes_value)
    i2 = getfield(p0, descr=value)
    p2 = getfield(p0, descr=next)
    i9 = call_pure(222, i2, 1, descr=elidable)
    i3 = getfield(p0, descr=value)
    i4 = call(333, p0, descr=anything)
    guard_no_exception() []
    p3 = getfield(p0, descr=next)
    finish(i1, i2, i3, p1, p2, p3, i9, i4)
    """, """
    [p0]
    i1 = getfield(p0, descr=value)
    p1 = getfield(p0, descr=next)
    call(111, p0, descr=writes_value)
    i2 = getfield(p0, descr=value)
    i9 = call(222, i2, 1, descr=elidable)
    i4 = call(333, p0, descr=anything)
    guard_no_exception() []
    p3 = getfield(p0, descr=next)
    finish(i1, i2, i2, p1, p1, p3, i9, i4)
    """)


def test_unknown_operation_invalidates_everything_but_immutable_fields():
    Checker().check_bridge("""
    [p0]
    i1 = getfield(p0, descr=value)
    i2 = getfield(p0, descr=imm)
    escape(p0)
    i3 = getfield(p0, descr=value)
    i4 = getfield(p0, descr=imm)
    finish(i1, i2, i3, i4)
    """, """
    [p0]
    i1 = getfield(p0, descr=value)
    i2 = getfield(p0, descr=imm)
    escape(p0)
    i3 = getfield(p0, descr=value)
    finish(i1, i2, i3, i2)
    """)


def test_immutable_field_of_a_constant_is_the_recorded_value():
    checker = Checker()
    trace = checker.parse("""
    [i0]
    i1 = getfield(ConstPtr(obj), descr=imm)
    i2 = int_add(i1, i0)
    finish(i2)
    """)
    trace.boxes["i1"].intvalue = 40
    checker.assert_equal(optimize_bridge(trace, checker.options, []), """
    [i0]
    i2 = int_add(40, i0)
    finish(i2)
    """)


def test_quasi_immutable_field_of_a_constant():
    checker = Checker()
    trace = checker.parse("""
    [i0]
    quasiimmut_field(ConstPtr(obj), descr=quasi)
    guard_not_invalidated() []
    i1 = getfield(ConstPtr(obj), descr=quasi)
    quasiimmut_field(ConstPtr(obj), descr=quasi)
    guard_not_invalidated() []
    i2 = getfield(ConstPtr(obj), descr=quasi)
    i3 = int_add(i1, i2)
    finish(i3)
    """)
    trace.boxes["i1"].intvalue = 5
    trace.boxes["i2"].intvalue = 5
    checker.assert_equal(optimize_bridge(trace, checker.options, []), """
    [i0]
    quasiimmut_field(ConstPtr(obj), descr=quasi)
    guard_not_invalidated() []
    finish(10)
    """)


def test_quasi_immutable_field_of_a_variable_is_an_ordinary_read():
    Checker().check_bridge("""
    [p0]
    quasiimmut_field(p0, descr=quasi)
    guard_not_invalidated() []
    i1 = getfield(p0, descr=quasi)
    finish(i1)
    """, """
    [p0]
    guard_not_invalidated() []
    i1 = getfield(p0, descr=quasi)
    finish(i1)
    """)


def test_array_items_constant_index():
    Checker().check_bridge("""
    [p0, i0, i5]
    i1 = getarrayitem(p0, 0, descr=ints)
    i2 = getarrayitem(p0, 0, descr=ints)
    setarrayitem(p0, 1, i0, descr=ints)
    i3 = getarrayitem(p0, 0, descr=ints)
    i4 = getarrayitem(p0, 1, descr=ints)
    setarrayitem(p0, i5, 7, descr=ints)
    i6 = getarrayitem(p0, 0, descr=ints)
    i7 = getarrayitem(p0, i5, descr=ints)
    finish(i1, i2, i3, i4, i6, i7)
    """, """
    [p0, i0, i5]
    i1 = getarrayitem(p0, 0, descr=ints)
    setarrayitem(p0, 1, i0, descr=ints)
    setarrayitem(p0, i5, 7, descr=ints)
    i6 = getarrayitem(p0, 0, descr=ints)
    finish(i1, i1, i1, i0, i6, 7)
    """)


def test_immutable_array_items_survive_calls():
    Checker().check_bridge("""
    [p0, i0]
    i1 = getarrayitem(p0, i0, descr=immints)
    call(111, p0, descr=anyvoid)
    i2 = getarrayitem(p0, i0, descr=immints)
    finish(i1, i2)
    """, """
    [p0, i0]
    i1 = getarrayitem(p0, i0, descr=immints)
    call(111, p0, descr=anyvoid)
    finish(i1, i1)
    """)


def test_heap_off():
    Checker(heap=False).check_bridge("""
    [p0]
    i1 = getfield(p0, descr=value)
    i2 = getfield(p0, descr=value)
    finish(i1, i2)
    """, """
    [p0]
    i1 = getfield(p0, descr=value)
    i2 = getfield(p0, descr=value)
    finish(i1, i2)
    """)


def test_field_written_twice_is_written_once():
    # the first write is delayed, then replaced; pure operations and array accesses in between
    # do not see fields; a guard, a call and a read that misses the cache do, and two writes of
    # the same field of what may be one object keep their order
    Checker().check_bridge("""
    [p0, p1, p2, i0]
    setfield(p0, i0, descr=value)
    i1 = int_add(i0, 1)
    setarrayitem(p2, 0, i1, descr=ints)
    setfield(p0, i1, descr=value)
    setfield(p0, i0, descr=value)
    guard_true(i0) []
    setfield(p0, i1, descr=value)
    setfield(p1, i0, descr=value)
    setfield(p0, i0, descr=value)
    i2 = getfield(p1, descr=hash)
    i3 = int_add(i2, 1)
    setfield(p0, i3, descr=value)
    call(555, i0, descr=noraise)
    finish(i3)
    """, """
    [p0, p1, p2, i0]
    i1 = int_add(i0, 1)
    setarrayitem(p2, 0, i1, descr=ints)
    setfield(p0, i0, descr=value)
    guard_true(i0) []
    setfield(p0, i1, descr=value)
    setfield(p1, i0, descr=value)
    setfield(p0, i0, descr=value)
    i2 = getfield(p1, descr=hash)
    i3 = int_add(i2, 1)
    setfield(p0, i3, descr=value)
    call(555, i0, descr=noraise)
    finish(i3)
    """)
