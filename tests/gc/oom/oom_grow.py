"""Keeps every object alive until memory runs out (run it under an address-space limit): the
program gets a MemoryError it can catch, and goes on once the data is garbage."""


class Box:
    def __init__(self, value, next_box):
        self.value = value
        self.next_box = next_box


def grow():
    chain = Box(0, None)
    checkpoints = [chain]
    i = 0
    while True:
        chain = Box(i, chain)
        if i % 1000 == 0:
            checkpoints.append(chain)
        i += 1


def entry_point(argv):
    try:
        grow()
    except MemoryError:
        print("MemoryError")
    total = 0
    for i in range(100000):
        total += len([Box(i, None), Box(i, None)])
    print("recovered", total)
    return 0
