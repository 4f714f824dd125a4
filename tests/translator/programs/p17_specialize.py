"""specialize.argtype / arg / memo: one function, several types."""
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


def entry_point(argv):
    print(describe(5), describe("five"), describe(5.5))
    print(repeat("ab", 3), repeat("c", 2))
    print(table_for(5)[4], len(table_for(8)))
    return 0
