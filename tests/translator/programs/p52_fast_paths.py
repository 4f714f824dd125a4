"""Shapes the fast-path transforms must preserve: method calls of a few small bodies (tested and
inlined) that raise into the caller's handler, values live across allocations that trigger minor
collections, stores of None into lists and fields, shifts by constant counts."""

from kit.rlib.rarithmetic import r_uint


class Value:
    def truth(self):
        return True

    def plus(self, other):
        raise TypeError("cannot add")


class Int(Value):
    def __init__(self, n):
        self.n = n

    def truth(self):
        return self.n != 0

    def plus(self, other):
        if isinstance(other, Int):
            return Int(self.n + other.n)
        raise TypeError("int plus non-int")


class Text(Value):
    def __init__(self, s):
        self.s = s

    def plus(self, other):
        if isinstance(other, Text):
            return Text(self.s + other.s)
        return Text(self.s + "?")


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next_node = next_node


def describe(v):
    if isinstance(v, Int):
        return "Int(%d)" % v.n
    if isinstance(v, Text):
        return "Text(%s)" % v.s
    return "Value"


def mix(values):
    acc = values[0]
    errors = 0
    for i in range(1, len(values)):
        try:
            acc = acc.plus(values[i])
        except TypeError:
            errors += 1
    return acc, errors


def churn(n):
    # many live pointers across allocations (and garbage, so that minor collections happen and
    # move them): a short chain stays alive
    head = Node(Int(0), None)
    keep = [head]
    a, b, c = Int(1), Text("b"), Int(3)
    total_filler = 0
    i = 0
    while i < n:
        garbage = Node(Int(i), None)
        filler = [i, i, i, i, i, i, i, i, i, i, i, i, i, i, i, i]
        total_filler = len(filler)
        if i % 100 == 0:
            head = Node(garbage.value, head)
            keep.append(head)
        i += 1
    total = 0
    node = head
    while node is not None:
        v = node.value
        if isinstance(v, Int):
            total += v.n
        node = node.next_node
    return total + len(keep) + a.n + c.n + len(b.s) + total_filler


def stack_ops(n):
    stack = []
    for i in range(n):
        stack.append(Int(i))
        if i % 3 == 2:
            stack.pop()
            stack.pop()
    count = 0
    while stack:
        if stack.pop().truth():
            count += 1
    holder = Node(None, None)
    holder.value = None
    holder.next_node = None
    return count + (1 if holder.value is None else 0)


def shifts(x):
    u = r_uint(x)
    return (x >> 2) + (x << 3) + int(u >> 1) + int(u << 2) + (-x >> 1)


def signed_shifts(x):
    return (x >> 2) + (x << 3) + (x >> 63) + (x << 0)


def indexing(n):
    items = [10, 20, 30]
    text = "abc"
    out = []
    for i in [0, 2, -1, -3, 3, -4, n]:
        try:
            out.append("%d:%d" % (i, items[i]))
        except IndexError:
            out.append("%d:list" % i)
        try:
            out.append("%d:%s" % (i, text[i]))
        except IndexError:
            out.append("%d:str" % i)
        try:
            items[i] = i
        except IndexError:
            out.append("%d:set" % i)
    return " ".join(out) + " %d %d %d" % (items[0], items[1], items[2])


def entry_point(argv):
    values = [Int(1), Int(2), Text("x"), Int(4), Value(), Text("y")]
    acc, errors = mix(values)
    print(describe(acc), errors)
    acc, errors = mix([Text("a"), Int(1), Text("b")])
    print(describe(acc), errors)
    print(sum([1 for v in values if v.truth()]))
    print(churn(60000))
    print(stack_ops(1000))
    print(indexing(-9223372036854775807 - 1))
    print(indexing(9223372036854775807))
    print(shifts(12345), signed_shifts(-7), signed_shifts(-123456789))
    return 0
