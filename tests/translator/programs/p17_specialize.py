"""specialize.argtype / arg / memo / call_location: one function, several types."""
from kit.rlib.objectmodel import specialize


@specialize.argtype(0)
def describe(x):
    return "value " + str(x)


@specialize.arg(1)
def repeat(s, times):
    result = ""
    for _ in range(times):
        result += s
    return result


@specialize.memo()
def table_for(n):
    return [i * i for i in range(n)]


@specialize.call_location()
def first_or(items, default):
    # a copy per call site: each one sees its own list and default types
    if len(items) > 0:
        return items[0]
    return default


def entry_point(argv):
    print(describe(5), describe("five"), describe(5.5))
    print(repeat("ab", 3), repeat("c", 2))
    print(table_for(5)[4], len(table_for(8)))
    print(first_or([len(argv) > 5], True), first_or(["x"] * len(argv), "none"), first_or([1.5] * (len(argv) - 1), 2.5))
    return 0
