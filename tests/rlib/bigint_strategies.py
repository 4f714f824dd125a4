"""Hypothesis strategies for integers that exercise rbigint's digit boundaries and algorithms."""

from hypothesis import strategies as st

from kit.rlib.bigdigits import KARATSUBA_CUTOFF, SHIFT
from kit.rlib.rarithmetic import MAXINT, MININT


def _edge_values():
    values = {0, 1, -1, 2, -2, MAXINT, MININT, MAXINT + 1, MININT - 1, 2 ** 64, -(2 ** 64)}
    for k in (30, 31, 32, 52, 53, 54, 61, 62, 63, 64, 93, 124, 125, 1023, 1024, 1025,
              SHIFT * KARATSUBA_CUTOFF, SHIFT * 2 * KARATSUBA_CUTOFF + 7):
        for d in (-1, 0, 1):
            values.add(2 ** k + d)
            values.add(-(2 ** k + d))
    return sorted(values)


EDGE_VALUES = _edge_values()

edges = st.sampled_from(EDGE_VALUES)


def _from_digit_list(digits, negative):
    value = 0
    for d in digits:
        value = (value << SHIFT) | d
    return -value if negative else value


# digits that stress carries, borrows and quotient estimates: all ones, top bit, near zero
_special_digit = st.sampled_from([0, 1, 2, (1 << SHIFT) - 1, (1 << SHIFT) - 2, 1 << (SHIFT - 1),
                                  (1 << (SHIFT - 1)) - 1, (1 << (SHIFT - 1)) + 1])
_any_digit = st.one_of(_special_digit, st.integers(0, (1 << SHIFT) - 1))

structured = st.builds(_from_digit_list, st.lists(_any_digit, min_size=1, max_size=12), st.booleans())

sized = st.integers(0, 400).flatmap(lambda n: st.integers(-(2 ** n), 2 ** n))
huge = st.integers(0, 8000).flatmap(lambda n: st.integers(-(2 ** n), 2 ** n))
small = st.integers(-(2 ** 70), 2 ** 70)

big_ints = st.one_of(edges, small, sized, structured, huge)
moderate_ints = st.one_of(edges.filter(lambda v: abs(v) < 2 ** 200), small, sized, structured)
machine_ints = st.one_of(st.sampled_from([0, 1, -1, MAXINT, MININT, 2 ** 31, -(2 ** 31), 2 ** 31 - 1]),
                         st.integers(MININT, MAXINT))
