"""hash() of floats is CPython's: integral floats hash like the equal int, others by the exact
rational rule (2**61 - 1 modulus), infinities as +-314159; huge and tiny values need no int cast."""

from kit.rlib.objectmodel import compute_hash


def entry_point(argv):
    values = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 0.1, 1e300, -1e300, 5e-324, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64,
              123456789.0, float("inf"), float("-inf"), 3.141592653589793, 1e-10]
    for x in values:
        print(repr(x), hash(x), compute_hash(x))
    print(hash(3.0) == hash(3), hash(-7.0) == hash(-7), hash(2.0 ** 62) == hash(1 << 62), hash(-1.0) == hash(-1))
    return 0
