"""Machine-word helpers behave like a 64-bit machine on CPython."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kit.rlib.objectmodel import import_from_mixin, specialize, we_are_translated
from kit.rlib.rarithmetic import MAXINT, MININT, intmask, ovfcheck, r_uint
from kit.rlib.unroll import unrolling_iterable

words = st.integers(MININT, MAXINT)


@given(words, words)
def test_ovfcheck_matches_range(a, b):
    total = a + b
    if MININT <= total <= MAXINT:
        assert ovfcheck(total) == total
    else:
        with pytest.raises(OverflowError):
            ovfcheck(total)


@given(st.integers(-(2 ** 130), 2 ** 130))
def test_intmask_wraps_like_hardware(n):
    wrapped = intmask(n)
    assert MININT <= wrapped <= MAXINT
    assert (wrapped - n) % 2 ** 64 == 0


def test_r_uint_wraps():
    assert r_uint(-1) == 2 ** 64 - 1
    assert r_uint(2 ** 64 - 1) + 1 == 0
    assert isinstance(r_uint(3) * 5, r_uint)
    assert intmask(r_uint(2 ** 63)) == MININT


def test_objectmodel_helpers():
    @specialize.argtype(0)
    def f(x):
        return x
    assert f._kit_specialize_ == ("argtype", (0,))
    assert we_are_translated() is False
    assert list(unrolling_iterable([1, "a"])) == [1, "a"]


def test_import_from_mixin_copies_functions():
    class Mixin:
        def hello(self):
            return "hello " + self.name

    class A:
        import_from_mixin(Mixin)

        def __init__(self):
            self.name = "a"

    assert A().hello() == "hello a"
    assert A.hello is not Mixin.hello
