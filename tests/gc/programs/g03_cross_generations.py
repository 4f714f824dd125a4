"""Arrays and dicts of pointers crossing generations: old containers get young items by item
stores, appends (the items array is replaced), inserts and slices (array copies)."""
# stress: 31

from kit.rlib import rgc


class Box:
    def __init__(self, value):
        self.value = value


def total(boxes):
    result = 0
    for b in boxes:
        result += b.value
    return result


def churn(n):
    kept = 0
    for i in range(n):
        kept += len([Box(i)])
    return kept


def entry_point(argv):
    boxes = [Box(i) for i in range(100)]
    table = {}
    for i in range(50):
        table["k%d" % i] = Box(i)
    rgc.collect()            # boxes and table are old now
    for i in range(0, 100, 2):
        boxes[i] = Box(1000 + i)
    for i in range(20):
        boxes.append(Box(i))
    boxes.insert(0, Box(-1))
    boxes[10:12] = [Box(7), Box(8), Box(9)]
    for i in range(50, 80):
        table["k%d" % i] = Box(i)
    table["k0"] = Box(-100)
    churn(300000)
    print(len(boxes), total(boxes))
    values = 0
    for key in sorted(table.keys()):
        values += table[key].value
    print(len(table), values)
    nested = [[Box(i)] for i in range(10)]
    rgc.collect()
    for inner in nested:
        inner.append(Box(len(inner)))
        inner[0] = Box(inner[0].value * 10)
    churn(100000)
    print([total(inner) for inner in nested])
    return 0
