"""Mixins and import_from_mixin: shared method bodies in unrelated classes."""
from kit.rlib.objectmodel import import_from_mixin


class Named:
    _mixin_ = True

    def label(self):
        return "<" + self.name + ">"


class Counter:
    def bump(self):
        self.count += 1
        return self.count


class A(Named):
    def __init__(self):
        self.name = "a"


class B(Named):
    def __init__(self):
        self.name = "b"


class C:
    import_from_mixin(Counter)

    def __init__(self):
        self.count = 0


class D:
    import_from_mixin(Counter)

    def __init__(self):
        self.count = 100


def entry_point(argv):
    print(A().label(), B().label())
    c = C()
    d = D()
    c.bump()
    print(c.bump(), d.bump())
    return 0
