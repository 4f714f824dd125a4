"""A linked structure with many fields: building, walking, mutating."""


class Cell:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None
        self.hits = 0
        self.weight = 1.0


class Chain:
    def __init__(self):
        self.first = None
        self.last = None
        self.size = 0

    def add(self, key, value):
        cell = Cell(key, value)
        if self.last is None:
            self.first = cell
        else:
            self.last.next = cell
            cell.prev = self.last
        self.last = cell
        self.size += 1
        return cell

    def find(self, key):
        cell = self.first
        while cell is not None:
            if cell.key == key:
                cell.hits += 1
                return cell
            cell = cell.next
        return None


def entry_point(argv):
    chain = Chain()
    for i in range(20):
        chain.add("k%d" % i, i * i)
    c = chain.find("k7")
    if c is not None:
        print(c.value, c.hits, c.prev.key if c.prev is not None else "-")
    print(chain.size, chain.find("zz") is None)
    backwards = []
    cell = chain.last
    while cell is not None:
        backwards.append(cell.value)
        cell = cell.prev
    print(backwards[:5])
    return 0
