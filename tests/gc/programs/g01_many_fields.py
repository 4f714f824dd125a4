"""Objects with many pointer fields: every field must be traced and updated when objects move."""
# stress: 1009

from kit.rlib import rgc


class Leaf:
    def __init__(self, value):
        self.value = value


class Wide:
    def __init__(self, n):
        self.f0 = Leaf(n)
        self.f1 = Leaf(n + 1)
        self.f2 = Leaf(n + 2)
        self.f3 = Leaf(n + 3)
        self.f4 = Leaf(n + 4)
        self.f5 = Leaf(n + 5)
        self.f6 = Leaf(n + 6)
        self.f7 = Leaf(n + 7)
        self.f8 = Leaf(n + 8)
        self.f9 = Leaf(n + 9)
        self.f10 = Leaf(n + 10)
        self.f11 = Leaf(n + 11)
        self.f12 = Leaf(n + 12)
        self.f13 = Leaf(n + 13)
        self.f14 = Leaf(n + 14)
        self.f15 = Leaf(n + 15)
        self.name = "wide%d" % n
        self.items = [Leaf(n * 2), Leaf(n * 3)]

    def total(self):
        return (self.f0.value + self.f1.value + self.f2.value + self.f3.value + self.f4.value +
                self.f5.value + self.f6.value + self.f7.value + self.f8.value + self.f9.value +
                self.f10.value + self.f11.value + self.f12.value + self.f13.value + self.f14.value +
                self.f15.value + self.items[0].value + self.items[1].value + len(self.name))


def checksum(objs):
    total = 0
    for w in objs:
        total += w.total()
    return total


def entry_point(argv):
    objs = []
    for i in range(3000):
        objs.append(Wide(i))
    print(checksum(objs))
    rgc.collect()
    print(checksum(objs))
    # old objects get young fields
    for i in range(0, 3000, 3):
        objs[i].f7 = Leaf(-i)
        objs[i].f15 = Leaf(i * 100)
        objs[i].items.append(Leaf(1))
    garbage = 0
    for i in range(200000):
        garbage += len([Leaf(i), Leaf(i + 1)])
    print(garbage, checksum(objs))
    rgc.collect()
    print(checksum(objs))
    return 0
