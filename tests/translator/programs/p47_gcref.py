"""GCREF: instances erased to untyped GC pointers (what the JIT keeps) survive collections in a list
and come back as instances."""

from kit.rlib import rgc


class A:
    def __init__(self, x):
        self.x = x


class Holder:
    def __init__(self):
        self.refs = []


def entry_point(argv):
    h = Holder()
    for i in range(5):
        h.refs.append(rgc.cast_instance_to_gcref(A(i)))
    rgc.collect()
    total = 0
    for r in h.refs:
        a = rgc.cast_gcref_to_instance(A, r)
        total += a.x
    print(total, len(h.refs))
    return 0
