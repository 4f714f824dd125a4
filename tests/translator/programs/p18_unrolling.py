"""unrolling_iterable: a loop over a constant table of functions, unrolled at translation."""
from kit.rlib.unroll import unrolling_iterable


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return a * b


OPS = unrolling_iterable([("add", op_add), ("sub", op_sub), ("mul", op_mul)])


def dispatch(name, a, b):
    for opname, func in OPS:
        if name == opname:
            return func(a, b)
    return -1


def entry_point(argv):
    for name in ["add", "sub", "mul", "div"]:
        print(name, dispatch(name, 7, 3))
    return 0
