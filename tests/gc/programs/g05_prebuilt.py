"""Prebuilt objects (old, in the executable's data) that get pointers to young objects."""
# stress: 3

from kit.rlib import rgc


class Entry:
    def __init__(self, name, value):
        self.name = name
        self.value = value


class Registry:
    def __init__(self):
        self.latest = Entry("initial", 0)
        self.entries = [Entry("a", 1), Entry("b", 2)]
        self.by_name = {"a": Entry("a", 1)}


REGISTRY = Registry()
HISTORY = [Entry("start", 0)]


def churn(n):
    count = 0
    for i in range(n):
        count += len(Entry("x", i).name)
    return count


def entry_point(argv):
    for i in range(1000):
        REGISTRY.latest = Entry("e%d" % i, i)
        if i % 10 == 0:
            REGISTRY.entries.append(Entry("n%d" % i, i))
            HISTORY.append(REGISTRY.latest)
            REGISTRY.by_name["n%d" % i] = Entry("v%d" % i, i * 2)
        churn(200)
    rgc.collect()
    churn(10000)
    total = 0
    for e in REGISTRY.entries:
        total += e.value
    for e in HISTORY:
        total += e.value
    for key in REGISTRY.by_name:
        total += REGISTRY.by_name[key].value
    print(REGISTRY.latest.name, len(REGISTRY.entries), len(HISTORY), len(REGISTRY.by_name), total)
    return 0
