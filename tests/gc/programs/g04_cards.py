"""Card marking: a large old array of pointers gets young items at scattered places; minor
collections must find them (only the marked cards are scanned) and not lose the others."""
# stress: 5003

from kit.rlib import rgc


class Item:
    def __init__(self, value):
        self.value = value


def total(items):
    result = 0
    for item in items:
        result += item.value
    return result


def entry_point(argv):
    size = 200000
    items = [Item(i) for i in range(size)]
    rgc.collect()
    print(total(items))
    for round_number in range(5):
        for k in range(0, size, 997):
            items[(k + round_number * 131) % size] = Item(k + round_number)
        garbage = 0
        for j in range(50000):
            garbage += len([Item(j)])
        print(round_number, total(items), garbage)
    items.insert(0, Item(123))      # shifts every item: an array copy inside the old array
    items.append(Item(456))
    for j in range(50000):
        Item(j)
    print(len(items), total(items), items[0].value, items[-1].value, items[1].value)
    copy = items[:]                 # a fresh large array filled by copying
    for j in range(50000):
        Item(j)
    print(total(copy))
    return 0
