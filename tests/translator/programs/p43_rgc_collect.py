"""kit.rlib.rgc.collect(): a full collection in the middle of the program frees garbage and keeps
every object that is still reachable (from locals, globals and containers) intact."""

from kit.rlib import rgc


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class Registry:
    def __init__(self):
        self.items = []


REGISTRY = Registry()


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def total(node):
    s = 0
    while node is not None:
        s += node.value
        node = node.next
    return s


def entry_point(argv):
    keep = build(1000)
    for round in range(5):
        garbage = build(20000)
        REGISTRY.items.append(Node(round, None))
        rgc.collect()
        print(round, total(keep), total(garbage) > 0, len(REGISTRY.items))
    d = {}
    for i in range(100):
        d["k" + str(i)] = build(3)
    rgc.collect()
    print(total(d["k42"]), sum([n.value for n in REGISTRY.items]))
    return 0
