"""Dicts keyed by instances hash them by identity: the hash must survive the object's move out of
the nursery (and major collections)."""
# stress: 31

from kit.rlib import rgc


class Key:
    def __init__(self, n):
        self.n = n


def entry_point(argv):
    keys = [Key(i) for i in range(5000)]
    table = {}
    for k in keys:
        table[k] = k.n * 2          # hashed while young
    for i in range(200000):
        Key(i)                      # minor collections move the keys
    rgc.collect()
    found = 0
    total = 0
    for k in keys:
        if k in table:
            found += 1
            total += table[k]
    print(found, total, len(table))
    late = Key(-1)
    table[late] = 7
    rgc.collect()
    print(table[late], table.get(Key(-2), -1))
    return 0
